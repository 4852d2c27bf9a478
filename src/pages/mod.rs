//! One file per screen.

pub mod group_detail;
pub mod groups;
pub mod login;
pub mod pool_overview;
pub mod pools;
pub mod user_create;
pub mod user_detail;
pub mod users;
