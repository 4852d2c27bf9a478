//! One file per screen.

pub mod advisor;
pub mod audit;
pub mod backup;
pub mod blueprint;
pub mod client_create;
pub mod client_detail;
pub mod clients;
pub mod domain;
pub mod group_detail;
pub mod groups;
pub mod identity_pool_detail;
pub mod identity_pools;
pub mod import;
pub mod jobs;
pub mod login;
pub mod pool_create;
pub mod pool_overview;
pub mod pool_settings;
pub mod pools;
pub mod resource_servers;
pub mod summary;
pub mod test_console;
pub mod user_create;
pub mod user_detail;
pub mod users;
