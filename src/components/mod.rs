//! Reusable view pieces.

pub mod actions;
pub mod bulk;
pub mod feedback;
pub mod form;
pub mod layout;
pub mod pagination;
