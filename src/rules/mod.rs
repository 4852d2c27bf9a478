//! Server-only rules over the wire types: the advisor's findings, blueprint and backup reading
//! and planning. Pure functions (no SDK, no I/O), each pinned by unit tests; behind `ssr`, so the
//! browser's bundle carries none of them. (The exports stay in `model::export`: the Summary page
//! renders the ones without secrets itself, as the format is switched.)

pub mod advisor;
pub mod blueprint;
pub mod import;
pub mod restore;
