//! Reusable view pieces.

pub mod actions;
pub mod bulk;
pub mod client_fields;
pub mod copy;
pub mod details;
pub mod feedback;
pub mod form;
pub mod identity_pool_fields;
pub mod layout;
pub mod pagination;
pub mod permit;
pub mod pool_fields;
pub mod table;
