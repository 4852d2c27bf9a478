//! Server functions, one file per resource. Each is a public HTTP endpoint: it declares its least
//! role, audit record and the arguments that name its target with `permission!` (see
//! `model::role`), and its first line is the guard that declaration generates
//! (`ItsType::guard(…)`); the login steps have no guard and name their target with
//! `ItsType::record(…)`.

pub mod audit;
pub mod auth;
pub mod auth_events;
pub mod backup;
pub mod blueprint;
pub mod clients;
pub mod devices;
pub mod domains;
pub mod groups;
pub mod identity_pools;
pub mod identity_providers;
pub mod index;
pub mod jobs;
pub mod linked_identities;
pub mod pools;
pub mod resource_servers;
pub mod summary;
pub mod test_console;
pub mod threat_protection;
pub mod users;

#[cfg(feature = "ssr")]
use crate::model::ticked;

/// Server functions register themselves (with `server_fn` and `model::role`) from the module
/// that defines them, and a binary links a module only if it uses something in it. The server
/// uses them all through its pages; a binary that calls none (the integration tests) calls this
/// first, so that the registries it reads are the server's.
#[cfg(feature = "ssr")]
pub fn link_all() {
    for link in [
        audit::link,
        auth::link,
        auth_events::link,
        backup::link,
        blueprint::link,
        clients::link,
        devices::link,
        domains::link,
        groups::link,
        identity_pools::link,
        identity_providers::link,
        index::link,
        jobs::link,
        linked_identities::link,
        pools::link,
        resource_servers::link,
        summary::link,
        test_console::link,
        threat_protection::link,
        users::link,
    ] {
        std::hint::black_box(link)();
    }
}
