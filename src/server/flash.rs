//! A form's answer across the redirect that follows a plain form post.
//!
//! Pages are rendered on the server and only small islands hydrate, so an action form posts as
//! an HTML form. Leptos runs the server function and redirects back to the page (`Referer`): a
//! refusal travels in the URL (`?__err=`, shown by the form's `ServerAction`), but a success
//! was dropped, and with it what the function answered (a generated password, a plan, a
//! revealed secret). `keep` stores the answer, and what was typed (never a password, secret or
//! code), for the operator's session; `page_gate` takes it out for the next page load, where
//! `components::outcome::action` gives it to the form's `ServerAction` as if the browser had
//! called the function. It is read once: a reload shows the page as it is.
//!
//! The answers live in a table of their own, keyed by a hash of the session id, not in the
//! session record: writing the session on every post could write a session signed out
//! meanwhile (in another tab) back into the store. An answer not taken within `KEPT_MS` is
//! dropped, and swept with the replicas' heartbeat.

use axum::body::Body;
use axum::extract::{Request, State};
use axum::http::{HeaderMap, Method, StatusCode, header};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use serde::{Deserialize, Serialize};
use sqlx::QueryBuilder;
use tower_sessions::Session;

use super::AppState;
use super::db::{Db, on_db};
use super::session::{SIGNED_IN, SignedIn};

/// axum's own limit for a request body read by an extractor: a server function would refuse a
/// larger form anyway.
const FORM_BYTES: usize = 2 << 20;

/// A server function's answer: the largest is a blueprint's report or an import check, well
/// under this. A larger one is not kept (the page shows no outcome).
const ANSWER_BYTES: usize = 2 << 20;

/// How long an answer waits for its page: the redirect is followed at once.
const KEPT_MS: i64 = 5 * 60_000;

/// What one plain form post came to, for the page it returns to.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct FormFlash {
    /// The server function's path: only that function's `ServerAction` takes the answer.
    pub path: String,
    /// Its answer as the function encodes it (JSON), when it succeeded.
    pub answer: Option<String>,
    /// The form's fields as posted, but for secrets: a page fills them in again.
    pub fields: Vec<(String, String)>,
}

impl FormFlash {
    /// The answer of the function at `path`, decoded.
    pub fn answer_of<T: serde::de::DeserializeOwned>(&self, path: &str) -> Option<T> {
        let answer = self.answer.as_deref().filter(|_| self.path == path)?;
        serde_json::from_str(answer)
            .inspect_err(|e| tracing::error!(%path, error = %e, "a kept form answer did not decode"))
            .ok()
    }

    /// What was typed into the field `name`.
    pub fn field(&self, name: &str) -> Option<&str> {
        self.fields.iter().find(|(k, _)| k == name).map(|(_, v)| v.as_str())
    }
}

pub async fn migrate(db: &Db) -> Result<(), sqlx::Error> {
    on_db!(db, pool => {
        sqlx::query(
            "CREATE TABLE IF NOT EXISTS pooldesk_form_answers (session_hash TEXT PRIMARY KEY, \
             kept_ms BIGINT NOT NULL, flash TEXT NOT NULL)",
        )
        .execute(pool)
        .await
        .map(|_| ())
    })
}

/// Drops the answers no page took in time.
pub async fn sweep(db: &Db, now_ms: i64) -> Result<(), sqlx::Error> {
    on_db!(db, pool => {
        let mut qb = QueryBuilder::new("DELETE FROM pooldesk_form_answers WHERE kept_ms < ");
        qb.push_bind(now_ms - KEPT_MS).build().execute(pool).await.map(|_| ())
    })
}

/// The answers waiting for their pages, one per session (a newer post replaces it).
pub struct FormAnswers {
    db: Db,
}

impl FormAnswers {
    pub fn new(db: Db) -> Self {
        Self { db }
    }

    async fn put(&self, session_hash: &str, flash: &FormFlash, now_ms: i64) -> Result<(), sqlx::Error> {
        let text = serde_json::to_string(flash).unwrap_or_default();
        on_db!(&self.db, pool => {
            let mut qb = QueryBuilder::new("INSERT INTO pooldesk_form_answers (session_hash, kept_ms, flash) VALUES (");
            qb.push_bind(session_hash.to_string()).push(", ").push_bind(now_ms).push(", ").push_bind(text.clone());
            qb.push(") ON CONFLICT (session_hash) DO UPDATE SET kept_ms = ").push_bind(now_ms);
            qb.push(", flash = ").push_bind(text);
            qb.build().execute(pool).await.map(|_| ())
        })
    }

    async fn take(&self, session_hash: &str, now_ms: i64) -> Result<Option<FormFlash>, sqlx::Error> {
        let row: Option<(i64, String)> = on_db!(&self.db, pool => {
            let mut qb = QueryBuilder::new("DELETE FROM pooldesk_form_answers WHERE session_hash = ");
            qb.push_bind(session_hash.to_string()).push(" RETURNING kept_ms, flash");
            qb.build_query_as().fetch_optional(pool).await
        })?;
        Ok(row
            .filter(|(kept, _)| now_ms - kept <= KEPT_MS)
            .and_then(|(_, text)| serde_json::from_str(&text).ok()))
    }
}

/// The row's key: the table does not hold what the cookie proves.
fn session_hash(session: &Session) -> Option<String> {
    session.id().map(|id| super::limits::hash(&id.to_string()))
}

/// A field never kept: what the operator typed there stays out of the database.
fn is_secret(name: &str) -> bool {
    ["password", "secret", "private", "code", "token"].iter().any(|s| name.contains(s))
}

fn fields(body: &[u8]) -> Vec<(String, String)> {
    form_urlencoded::parse(body)
        .filter(|(k, _)| !is_secret(k))
        .map(|(k, v)| (k.into_owned(), v.into_owned()))
        .collect()
}

/// A form post made by the browser itself (not a script's `fetch`, which asks for JSON).
fn from_form(method: &Method, path: &str, headers: &HeaderMap) -> bool {
    method == Method::POST
        && path.starts_with("/api/")
        && headers.get(header::ACCEPT).and_then(|v| v.to_str().ok()).is_some_and(|v| v.contains("text/html"))
}

/// Keeps the answer of a plain form post for the page it is redirected to.
pub async fn keep(State(state): State<AppState>, session: Session, req: Request, next: Next) -> Response {
    if !from_form(req.method(), req.uri().path(), req.headers()) {
        return next.run(req).await;
    }
    let path = req.uri().path().to_string();
    let (parts, body) = req.into_parts();
    let Ok(body) = axum::body::to_bytes(body, FORM_BYTES).await else {
        return StatusCode::PAYLOAD_TOO_LARGE.into_response();
    };
    let typed = fields(&body);
    let res = next.run(Request::from_parts(parts, Body::from(body))).await;
    if !res.status().is_redirection() {
        return res;
    }
    // Only for a signed-in operator's session: the sign-in steps' answers are their redirects.
    let signed_in = matches!(super::session::read::<SignedIn>(&session, SIGNED_IN).await, Ok(Some(_)));
    let Some(key) = session_hash(&session).filter(|_| signed_in) else {
        return res;
    };
    let refused = res
        .headers()
        .get(header::LOCATION)
        .and_then(|l| l.to_str().ok())
        .is_some_and(|l| l.contains("__err="));
    let (parts, body) = res.into_parts();
    let Ok(answer) = axum::body::to_bytes(body, ANSWER_BYTES).await else {
        tracing::warn!(%path, "a form's answer was too large to keep for its page");
        return Response::from_parts(parts, Body::empty());
    };
    let flash = FormFlash {
        path,
        answer: (!refused).then(|| String::from_utf8_lossy(&answer).into_owned()),
        fields: typed,
    };
    if let Err(e) = state.answers().put(&key, &flash, super::now_ms()).await {
        tracing::error!(error = %e, "a form's answer could not be kept for its page");
    }
    Response::from_parts(parts, Body::from(answer))
}

/// The kept answer of this session, taken out by the page load that shows it.
pub async fn take(state: &AppState, session: &Session) -> Option<FormFlash> {
    let key = session_hash(session)?;
    state
        .answers()
        .take(&key, super::now_ms())
        .await
        .inspect_err(|e| tracing::error!(error = %e, "a form's kept answer could not be read"))
        .ok()
        .flatten()
}

/// The answer handed to this page's render (`page_gate` puts it in the request).
pub fn current() -> Option<FormFlash> {
    leptos::prelude::use_context::<axum::http::request::Parts>()?.extensions.get::<FormFlash>().cloned()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn secrets_are_not_kept() {
        let kept =
            fields(b"pool_id=eu-west-1_A&temporary_password=P%40ss&new_password=x&code=123456&csv=a%2Cb&client_secret=s&private_key=k");
        assert_eq!(kept, vec![("pool_id".into(), "eu-west-1_A".into()), ("csv".into(), "a,b".into())]);
    }

    #[test]
    fn only_the_posted_function_takes_the_answer() {
        let flash = FormFlash { path: "/api/plan".into(), answer: Some("[1,2]".into()), fields: vec![] };
        assert_eq!(flash.answer_of::<Vec<u8>>("/api/plan"), Some(vec![1, 2]));
        assert_eq!(flash.answer_of::<Vec<u8>>("/api/apply"), None);
        let refused = FormFlash { answer: None, ..flash };
        assert_eq!(refused.answer_of::<Vec<u8>>("/api/plan"), None);
    }

    #[test]
    fn a_script_call_is_not_a_form_post() {
        let mut headers = HeaderMap::new();
        headers.insert(header::ACCEPT, "application/json".parse().unwrap());
        assert!(!from_form(&Method::POST, "/api/x", &headers));
        headers.insert(header::ACCEPT, "text/html,application/xhtml+xml".parse().unwrap());
        assert!(from_form(&Method::POST, "/api/x", &headers));
        assert!(!from_form(&Method::GET, "/api/x", &headers));
        assert!(!from_form(&Method::POST, "/pools", &headers));
    }
}
