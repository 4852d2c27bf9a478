//! One file per screen.

pub mod login;
pub mod pool_overview;
pub mod pools;
