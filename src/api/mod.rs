//! Server functions, one file per resource. Each is a public HTTP endpoint: it declares its least
//! role, audit record and the arguments that name its target with `permission!` (see
//! `model::role`), and its first line is the guard that declaration generates
//! (`ItsType::guard(…)`); the login steps have no guard and name their target with
//! `ItsType::record(…)`.

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
