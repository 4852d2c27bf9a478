//! The console's whole HTTP stack against a real local Cognito (moto), through the real AWS SDK:
//! every server function as each role, the audit log on SQLite and PostgreSQL, faults, and the
//! guide's setup end to end. moto's address comes from `POOLDESK_TEST_MOTO` (default
//! `http://127.0.0.1:5055`); the test command starts it. Every test works on its own uniquely
//! named pool.
//!
//! Server functions register themselves at link time, from the modules that define them. This
//! binary calls none of them directly, so `harness` links them all through
//! `pooldesk::api::link_all()` before any test reads a registry.

mod harness;

mod account_desk;
mod audit;
mod backup;
mod blueprint;
mod clients;
mod domains_and_resource_servers;
mod exports;
mod faults;
mod forms;
mod groups;
mod guard;
mod identity_providers;
mod index;
mod jobs;
mod login;
mod mfa;
mod pools;
mod replicas;
mod security;
mod summary;
mod targets;
mod threat_protection;
mod users;

pub use harness::*;
