//! Server functions, one file per resource. Each is a public HTTP endpoint: its first line is
//! the guard (`require::<ItsType>()`), except the login steps; each declares its least role and
//! audit record with `permission!` (see `model::role`).

pub mod audit;
pub mod auth;
pub mod blueprint;
pub mod clients;
pub mod domains;
pub mod groups;
pub mod identity_pools;
pub mod pools;
pub mod resource_servers;
pub mod summary;
pub mod test_console;
pub mod users;
