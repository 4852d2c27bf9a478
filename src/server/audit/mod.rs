//! The audit log. Every server function that declares a record kind other than `Nothing`
//! (`permission!`, see `model::role`) is recorded, and nothing here reads a request body:
//!
//! - `permission!` names the arguments that identify the call's target, and generates
//!   `F::guard(those arguments)`, the function's only way to a guard. For a change or a secret,
//!   the guard writes the row (outcome `pending`) *before* the function runs, once it knows the
//!   operator; if the row cannot be written the call is refused and nothing happens.
//! - A sign-in step or sign-out names its target with `F::record(…)`; its row is written when
//!   it returns, with the operator the session names then (or named before a sign-out).
//! - The outcome is set where the answer is made: an `AppError` on its way to the browser
//!   (`answered`), a partial report (`report_partial`), a refused sign-in's cause
//!   (`set_outcome`); otherwise `ok`.
//! - The layer (`record`) gives each call its slot, writes the outcome when the function has
//!   returned, and refuses the answer of a declared function that changed something without
//!   opening its row: a bug the registry test finds first.
//!
//! Only the fields of `AuditEntry` are kept; passwords, secrets, tokens and session ids are
//! never arguments a declaration names. Each row is also a `tracing` event (target
//! `pooldesk::audit`) for log shipping.

mod csv;
mod store;

pub use csv::csv;
pub use store::{AuditLog, GONE_AFTER_MS, HEARTBEAT, heartbeat, interrupt_own, migrate, read_failed};

use std::sync::{Arc, Mutex, PoisonError};

use axum::extract::{Request, State};
use axum::http::{Method, StatusCode, header};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use tower_sessions::Session;

use super::request::RequestContext;
use super::session::{SIGNED_IN, SignedIn};
use super::{AppState, now_ms};
use crate::error::AppError;
use crate::model::audit::{AuditEntry, OUTCOME_OK, OUTCOME_PENDING};
use crate::model::role::{Declared, Record};
use crate::model::session::Operator;

pub const OUTCOME_PARTIAL: &str = "partial";

/// Longest recorded value; longer ones are cut (with an ellipsis).
const VALUE_MAX: usize = 200;
/// How many names of a list (a bulk run's users) the target shows.
const LIST_SHOWN: usize = 5;

/// How an argument shows in the audit target.
pub trait AuditValue {
    fn shown(&self) -> Shown;
}

/// An argument's value as the target shows it.
pub enum Shown {
    Absent,
    One(String),
    Many(Vec<String>),
}

impl AuditValue for str {
    fn shown(&self) -> Shown {
        if self.is_empty() { Shown::Absent } else { Shown::One(self.to_string()) }
    }
}

impl AuditValue for String {
    fn shown(&self) -> Shown {
        self.as_str().shown()
    }
}

impl AuditValue for bool {
    fn shown(&self) -> Shown {
        Shown::One(self.to_string())
    }
}

impl<T: AuditValue> AuditValue for Option<T> {
    fn shown(&self) -> Shown {
        self.as_ref().map_or(Shown::Absent, AuditValue::shown)
    }
}

impl AuditValue for [String] {
    fn shown(&self) -> Shown {
        Shown::Many(self.to_vec())
    }
}

impl AuditValue for Vec<String> {
    fn shown(&self) -> Shown {
        self.as_slice().shown()
    }
}

/// The labels of the target's arguments, where the argument's name is not the label.
const LABELS: &[(&str, &str)] = &[
    ("username", "user"),
    ("usernames", "users"),
    ("client_id", "client"),
    ("identifier", "resource_server"),
];

/// The pool and target of a call, from the arguments its declaration names.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Target {
    pub pool_id: Option<String>,
    pub target: Option<String>,
}

impl Target {
    /// `args`: each named argument and its value; `pool_id` goes to its own column.
    pub fn of(args: &[(&'static str, Shown)]) -> Self {
        let cut = |v: &str| -> String {
            let clean: String = v.chars().filter(|c| !c.is_control()).collect();
            match clean.char_indices().nth(VALUE_MAX) {
                Some((i, _)) => format!("{}…", &clean[..i]),
                None => clean,
            }
        };
        let mut pool_id = None;
        let mut parts = Vec::new();
        for (name, value) in args {
            let label = LABELS.iter().find(|(n, _)| n == name).map_or(*name, |(_, label)| *label);
            match value {
                Shown::Absent => {}
                Shown::One(v) if *name == "pool_id" => pool_id = Some(cut(v)),
                Shown::One(v) => parts.push(format!("{label}={}", cut(v))),
                Shown::Many(items) if items.is_empty() => {}
                Shown::Many(items) => {
                    let shown: Vec<String> = items.iter().take(LIST_SHOWN).map(|v| cut(v)).collect();
                    let more = if items.len() > LIST_SHOWN {
                        format!(",…({} {label})", items.len())
                    } else {
                        String::new()
                    };
                    parts.push(format!("{label}={}{more}", shown.join(",")));
                }
            }
        }
        Self { pool_id, target: (!parts.is_empty()).then(|| parts.join(" ")) }
    }
}

/// One call's record, shared between the layer (which makes it) and the function (which finds
/// it in the request's extensions).
#[derive(Clone)]
pub struct Call(Arc<Mutex<CallState>>);

struct CallState {
    facts: RequestFacts,
    target: Target,
    operator: Option<Operator>,
    /// The row written before the function ran (changes and secrets).
    row: Option<i64>,
    outcome: Option<String>,
}

impl Call {
    fn new(facts: RequestFacts) -> Self {
        Self(Arc::new(Mutex::new(CallState {
            facts,
            target: Target::default(),
            operator: None,
            row: None,
            outcome: None,
        })))
    }

    /// The record of the server function being run, if its declaration asks for one.
    pub fn current() -> Option<Self> {
        leptos::prelude::with_context::<axum::http::request::Parts, _>(Self::of).flatten()
    }

    fn of(parts: &axum::http::request::Parts) -> Option<Self> {
        parts.extensions.get::<Self>().cloned()
    }

    fn with<T>(&self, f: impl FnOnce(&mut CallState) -> T) -> T {
        f(&mut self.0.lock().unwrap_or_else(PoisonError::into_inner))
    }

    /// For the guard: a change or secret by `operator` on `target`, written as `pending` before
    /// the function goes on. If the log cannot be written, nothing may happen.
    pub async fn open(&self, log: &AuditLog, operator: &Operator, target: Target) -> Result<(), AppError> {
        let base = self.with(|call| {
            call.target = target;
            call.operator = Some(operator.clone());
            call.row
        });
        if base.is_some() {
            return Ok(());
        }
        let entry = self.entry(OUTCOME_PENDING);
        match log.insert(&entry).await {
            Ok(id) => {
                self.with(|call| call.row = Some(id));
                Ok(())
            }
            Err(e) => {
                tracing::error!(error = %e, action = %entry.action, "audit log write failed; call refused");
                super::metrics::audit_write_failed();
                Err(AppError::unavailable(crate::i18n::t("audit-write-failed")))
            }
        }
    }

    /// For a sign-in step or the guard of a `Session` function: the target (and operator, when
    /// known), written with the outcome when the function returns.
    pub fn note(&self, operator: Option<&Operator>, target: Target) {
        self.with(|call| {
            call.target = target;
            call.operator = operator.cloned();
        });
    }

    fn set_outcome(&self, outcome: &str, replace: bool) {
        self.with(|call| {
            if replace || call.outcome.is_none() {
                call.outcome = Some(outcome.to_string());
            }
        });
    }

    fn entry(&self, outcome: &str) -> AuditEntry {
        self.with(|call| {
            let mut entry = base_entry(&call.facts, &call.target);
            if let Some(op) = &call.operator {
                entry.operator_sub = Some(op.sub.clone());
                entry.operator_username = Some(op.username.clone());
                entry.operator_email = op.email.clone();
            }
            entry.outcome = outcome.to_string();
            entry
        })
    }
}

/// What the layer knows of the request, filled in when the call is made.
struct RequestFacts {
    request_id: String,
    source_ip: Option<String>,
    action: String,
    at_ms: i64,
}

fn base_entry(facts: &RequestFacts, target: &Target) -> AuditEntry {
    AuditEntry {
        id: 0,
        at_ms: facts.at_ms,
        request_id: facts.request_id.clone(),
        operator_sub: None,
        operator_username: None,
        operator_email: None,
        source_ip: facts.source_ip.clone(),
        action: facts.action.clone(),
        pool_id: target.pool_id.clone(),
        target: target.target.clone(),
        outcome: OUTCOME_PENDING.into(),
    }
}

/// For a server function whose report says some of its steps failed: recorded as `partial`.
pub fn report_partial() {
    set_outcome(OUTCOME_PARTIAL);
}

/// Records `outcome` instead of the one the answer would give: a refused sign-in's cause
/// (`login_failed:wrong_password`, `login_failed:not_operator`, …), which the answer itself
/// must not tell.
pub fn set_outcome(outcome: &str) {
    if let Some(call) = Call::current() {
        call.set_outcome(outcome, true);
    }
}

/// Every error a server function returns passes here on its way to the browser (see
/// `AppError`'s `ser`): the call's outcome is its code, unless the function set a more precise
/// one, and the answer gets the error's own status (401, 403, 422, …; server functions answer
/// 500 otherwise). A form posted without JavaScript keeps its redirect back to the page, which
/// carries the error in its URL.
pub fn answered(err: &AppError) {
    use leptos::prelude::{use_context, with_context};
    // One look at the request: its record, and whether it is a form posted without JavaScript.
    let Some((call, form_post)) = with_context::<axum::http::request::Parts, _>(|parts| {
        let accept = parts.headers.get(header::ACCEPT).and_then(|v| v.to_str().ok());
        (Call::of(parts), accept.is_some_and(|v| v.contains("text/html")))
    }) else {
        return;
    };
    if let Some(call) = call {
        call.set_outcome(&err.code(), false);
    }
    if let (false, Some(res)) = (form_post, use_context::<leptos_axum::ResponseOptions>()) {
        res.set_status(StatusCode::from_u16(err.status_code()).unwrap_or(StatusCode::INTERNAL_SERVER_ERROR));
    }
}

/// The layer: a slot for each call of a declared function, and its row finished (or, for a
/// sign-in step, written) when the function has returned.
pub async fn record(
    State(state): State<AppState>,
    session: Session,
    mut req: Request,
    next: Next,
) -> Response {
    let declared = (req.method() == Method::POST)
        .then(|| crate::model::role::declared(req.uri().path()))
        .flatten()
        .filter(|d| d.record != Record::Nothing);
    let Some(declared) = declared else {
        return next.run(req).await;
    };
    let context = req.extensions().get::<RequestContext>().cloned();
    let facts = RequestFacts {
        request_id: context.as_ref().map(|c| c.id.clone()).unwrap_or_default(),
        source_ip: context.and_then(|c| c.client_ip).map(|ip| ip.to_string()),
        action: function_name(declared).to_string(),
        at_ms: now_ms(),
    };
    let call = Call::new(facts);
    req.extensions_mut().insert(call.clone());
    let before = match declared.record {
        Record::Session => session.get::<SignedIn>(SIGNED_IN).await.ok().flatten().map(|s| s.operator),
        _ => None,
    };
    let res = next.run(req).await;
    let status = res.status();
    let outcome = call.with(|c| c.outcome.clone()).unwrap_or_else(|| {
        if status.is_success() || status.is_redirection() {
            OUTCOME_OK.into()
        } else {
            format!("http_{}", status.as_u16())
        }
    });
    let log = state.audit();
    if declared.record == Record::Session {
        super::metrics::sign_in_step(function_name(declared), &outcome);
        if outcome == AppError::TooManyAttempts.code() {
            // A flood of refused attempts is not a flood of rows: the trace has them.
            emit(&call.entry(&outcome));
            return res;
        }
        // After a sign-in the session names the operator; at sign-out it did before.
        let after = session.get::<SignedIn>(SIGNED_IN).await.ok().flatten().map(|s| s.operator);
        if let Some(op) = after.or(before) {
            call.with(|c| c.operator = Some(op));
        }
        let entry = call.entry(&outcome);
        if let Err(e) = log.insert(&entry).await {
            tracing::error!(error = %e, action = %entry.action, "audit log write failed");
            super::metrics::audit_write_failed();
        }
        emit(&entry);
        return res;
    }
    let Some(id) = call.with(|c| c.row) else {
        if status.is_success() || status.is_redirection() {
            // The function answered without its guard: a declaration without `F::guard`.
            tracing::error!(
                action = function_name(declared),
                "a recorded function ran without opening its audit record"
            );
            return refuse(AppError::Internal);
        }
        // Refused before the guard knew the operator (no session, a malformed request): a row
        // per anonymous request would let anyone fill the log.
        return res;
    };
    let mut entry = call.entry(&outcome);
    entry.id = id;
    if let Err(e) = log.set_outcome(id, &entry.outcome).await {
        tracing::error!(error = %e, id, "audit log outcome not written (the row stays pending)");
        super::metrics::audit_write_failed();
    }
    emit(&entry);
    res
}

/// A row no request writes (a job's end): written whole, and traced like every row.
pub async fn write_event(log: &AuditLog, entry: &AuditEntry) {
    if let Err(e) = log.insert(entry).await {
        tracing::error!(error = %e, action = %entry.action, "audit log write failed");
        super::metrics::audit_write_failed();
    }
    emit(entry);
}

/// Every action the log can hold (the functions that declare a record, and a job's end),
/// sorted.
pub fn actions() -> Vec<String> {
    let mut names: Vec<String> = inventory::iter::<Declared>
        .into_iter()
        .filter(|d| d.record != Record::Nothing)
        .map(|d| function_name(d).to_string())
        .chain([crate::model::audit::ACTION_JOB_FINISHED.to_string()])
        .collect();
    names.sort();
    names.dedup();
    names
}

/// A server function's name: the last segment of its path (`delete_user`).
pub fn function_name(declared: &Declared) -> &'static str {
    declared.path.rsplit('/').next().unwrap_or(declared.path)
}

fn refuse(err: AppError) -> Response {
    let status = StatusCode::from_u16(err.status_code()).unwrap_or(StatusCode::INTERNAL_SERVER_ERROR);
    let body = serde_json::to_string(&err).unwrap_or_default();
    (status, [(header::CONTENT_TYPE, "application/json")], body).into_response()
}

fn emit(e: &AuditEntry) {
    tracing::info!(
        target: "pooldesk::audit",
        request_id = %e.request_id,
        operator_sub = e.operator_sub.as_deref().unwrap_or(""),
        operator_email = e.operator_email.as_deref().unwrap_or(""),
        source_ip = e.source_ip.as_deref().unwrap_or(""),
        action = %e.action,
        pool_id = e.pool_id.as_deref().unwrap_or(""),
        target = e.target.as_deref().unwrap_or(""),
        outcome = %e.outcome,
        "audit"
    );
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_target_shows_the_named_arguments_cut_and_listed() {
        let t = Target::of(&[
            ("pool_id", "us-east-1_a".shown()),
            ("username", "jane@example.com".shown()),
            ("group", Some("admin".to_string()).shown()),
            ("confirm", "".shown()),
        ]);
        assert_eq!(t.pool_id.as_deref(), Some("us-east-1_a"));
        assert_eq!(t.target.as_deref(), Some("user=jane@example.com group=admin"));
        let users: Vec<String> = (0..7).map(|i| format!("u{i}")).collect();
        let bulk = Target::of(&[("action", "disable".shown()), ("usernames", users.shown())]);
        assert_eq!(bulk.target.as_deref(), Some("action=disable users=u0,u1,u2,u3,u4,…(7 users)"));
        let long = Target::of(&[("username", format!("{}\n", "x".repeat(300)).shown())]);
        assert_eq!(long.target.unwrap().chars().count(), "user=".len() + VALUE_MAX + 1);
    }
}
