//! Reusable view pieces.

use leptos::prelude::GetUntracked;

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

/// This page's path and query, as a link back to it.
pub fn this_page() -> String {
    let here = leptos_router::hooks::use_location();
    match (here.pathname.get_untracked(), here.search.get_untracked()) {
        (path, search) if search.is_empty() => path,
        (path, search) => format!("{path}?{search}"),
    }
}
