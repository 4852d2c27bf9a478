//! Reusable view pieces.

pub mod badge;
pub mod bulk;
pub mod client_fields;
pub mod copy;
pub mod details;
pub mod disclosure;
pub mod feedback;
pub mod form;
pub mod hidden;
pub mod identity_pool_fields;
pub mod keys;
pub mod layout;
pub mod outcome;
pub mod pagination;
pub mod permit;
pub mod plan;
pub mod pool_fields;
pub mod preferences;
pub mod style;
pub mod table;
