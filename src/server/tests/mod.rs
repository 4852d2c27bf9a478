//! Tests of the whole HTTP stack against a real moto server, through the real AWS SDK.
//!
//! They live inside the crate (not under `tests/`) because server functions register themselves
//! at link time: a crate's own test binary links every one of its objects, so the registry the
//! tests enumerate is exactly the one the server has. moto's address comes from
//! `POOLDESK_TEST_MOTO` (default `http://127.0.0.1:5055`); the test command starts it. Every
//! test works on its own uniquely named pool.

mod bench;
mod blueprint;
mod clients;
mod groups;
mod guard;
mod hosting;
mod login;
mod pools;
mod summary;
mod users;

use std::sync::atomic::{AtomicU32, Ordering};

use axum::Router;
use axum::body::Body;
use axum::http::{Request, StatusCode, header};
use leptos::prelude::LeptosOptions;
use serde::Serialize;
use serde::de::DeserializeOwned;
use tower::ServiceExt;

use super::config::{CognitoArgs, SecureCookies, ServeConfig};
use crate::cognito::bootstrap::{self, GuideSetup, SetupReport};
use crate::cognito::{CognitoAdmin, load_sdk_config};
use crate::components::pagination::encode;
use crate::error::AppError;
use crate::model::PoolForm;

pub const REGION: &str = "us-east-1";

pub fn moto() -> String {
    std::env::var("POOLDESK_TEST_MOTO").unwrap_or_else(|_| "http://127.0.0.1:5055".into())
}

fn unique(prefix: &str) -> String {
    static N: AtomicU32 = AtomicU32::new(0);
    let nanos = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).unwrap().subsec_nanos();
    format!("{prefix}-{}-{nanos}-{}", std::process::id(), N.fetch_add(1, Ordering::Relaxed))
}

/// A seeded pool, the console's router in front of it, and a direct admin handle for arranging
/// the test.
pub struct Harness {
    pub router: Router,
    pub cognito: CognitoAdmin,
    pub pool_id: String,
    pub admin_email: String,
    pub user_email: String,
    pub report: SetupReport,
}

impl Harness {
    pub async fn new() -> Self {
        Self::with_recheck(300).await
    }

    /// `recheck_seconds` 0 makes the guard ask Cognito on every call.
    pub async fn with_recheck(recheck_seconds: u64) -> Self {
        let cognito_args =
            CognitoArgs { region: REGION.into(), endpoint_url: Some(moto()), call_timeout_secs: 10 };
        let endpoint = cognito_args.endpoint();
        let sdk = load_sdk_config(&endpoint).await;
        let cognito = CognitoAdmin::new(&sdk);
        let setup = GuideSetup {
            pool_name: unique("pd-test"),
            deletion_protection: false,
            admin_email: format!("{}@example.com", unique("admin")),
            user_email: format!("{}@example.com", unique("user")),
        };
        let report = bootstrap::apply(&cognito, &setup).await.unwrap_or_else(|e| {
            panic!("seeding a pool on moto at {} failed ({e:?}); is moto running?", moto())
        });
        let data_dir = std::env::temp_dir().join(unique("pooldesk-test"));
        let config = ServeConfig {
            cognito: cognito_args,
            bind: "127.0.0.1:0".parse().unwrap(),
            pool_id: report.pool_id.clone(),
            client_id: report.console_client_id.clone(),
            client_secret: report.console_client_secret.clone(),
            admin_group: "admin".into(),
            jwks_url: Some(format!("{}/{}/.well-known/jwks.json", moto(), report.pool_id)),
            data_dir,
            database_url: None,
            secure_cookies: SecureCookies::Never,
            idle_minutes: 30,
            session_hours: 8,
            recheck_seconds,
            site_root: "target/site".into(),
        };
        let store = super::session_store(&config).await.unwrap();
        let options = LeptosOptions::builder().output_name("pooldesk").build();
        let state = super::build_state(config, options).await;
        Self {
            router: super::router(state, store),
            cognito,
            pool_id: report.pool_id.clone(),
            admin_email: setup.admin_email,
            user_email: setup.user_email,
            report,
        }
    }

    /// POSTs a server function the way the browser's JavaScript does.
    pub async fn call(&self, path: &str, args: &[(&str, &str)], cookie: Option<&str>) -> Reply {
        let body = args.iter().map(|(k, v)| format!("{k}={}", encode(v))).collect::<Vec<_>>().join("&");
        let mut req = Request::post(path)
            .header(header::CONTENT_TYPE, "application/x-www-form-urlencoded")
            .header(header::ACCEPT, "application/json");
        if let Some(c) = cookie {
            req = req.header(header::COOKIE, c);
        }
        self.send(req.body(Body::from(body)).unwrap()).await
    }

    pub async fn send(&self, req: Request<Body>) -> Reply {
        let res = self.router.clone().oneshot(req).await.unwrap();
        let status = res.status();
        let headers = res.headers().clone();
        let bytes = axum::body::to_bytes(res.into_body(), 1 << 20).await.unwrap();
        Reply { status, headers, body: String::from_utf8_lossy(&bytes).into_owned() }
    }

    /// Signs in and returns the session cookie.
    pub async fn sign_in(&self, username: &str, password: &str) -> String {
        let reply = self.call("/api/login", &[("username", username), ("password", password)], None).await;
        assert_eq!(reply.status, StatusCode::OK, "{}", reply.body);
        reply.cookie().expect("a session cookie after sign-in")
    }

    pub async fn admin_cookie(&self) -> String {
        self.sign_in(&self.admin_email, &self.report.admin_password).await
    }

    /// POSTs `args` followed by a form struct's fields, as the browser submits the page's form.
    pub async fn call_form<T: Serialize>(
        &self,
        path: &str,
        args: &[(&str, &str)],
        form: &T,
        cookie: &str,
    ) -> Reply {
        let fields = form_args(form);
        let mut all = args.to_vec();
        all.extend(fields.iter().map(|(k, v)| (k.as_str(), v.as_str())));
        self.call(path, &all, Some(cookie)).await
    }

    /// Creates a pool through `create_user_pool` and returns its id.
    pub async fn create_pool(&self, cookie: &str, form: &PoolForm) -> String {
        self.call_form("/api/create_user_pool", &[], form, cookie).await.ok()
    }

    /// Cleans up a pool a test created: its domain first (Cognito refuses otherwise), then the
    /// pool itself, directly (moto does not enforce deletion protection).
    pub async fn remove_pool(&self, pool_id: &str) {
        let pool = self.cognito.client().describe_user_pool().user_pool_id(pool_id).send().await.unwrap();
        if let Some(domain) = pool.user_pool().and_then(|p| p.custom_domain().or(p.domain())) {
            self.cognito
                .client()
                .delete_user_pool_domain()
                .user_pool_id(pool_id)
                .domain(domain)
                .send()
                .await
                .unwrap();
        }
        self.cognito.client().delete_user_pool().user_pool_id(pool_id).send().await.unwrap();
    }
}

/// A form struct as the browser posts it: text fields as they are (empty ones too), ticked
/// checkboxes (`Some`) as `name=on`, unticked ones not at all, lists as repeated `name[]`.
pub fn form_args<T: Serialize>(form: &T) -> Vec<(String, String)> {
    use serde_json::Value;
    let Value::Object(fields) = serde_json::to_value(form).unwrap() else { panic!("a form is a struct") };
    let mut out = Vec::new();
    for (name, value) in fields {
        match value {
            Value::Null => {}
            Value::String(text) => out.push((name, text)),
            Value::Array(items) => {
                for item in items {
                    let Value::String(text) = item else { panic!("{name}: lists of text only") };
                    out.push((format!("{name}[]"), text));
                }
            }
            other => panic!("{name}: a form field is text, not {other}"),
        }
    }
    out
}

pub struct Reply {
    pub status: StatusCode,
    pub headers: axum::http::HeaderMap,
    pub body: String,
}

impl Reply {
    /// The `name=value` of the session cookie this response sets, if any.
    pub fn cookie(&self) -> Option<String> {
        self.headers
            .get_all(header::SET_COOKIE)
            .iter()
            .filter_map(|v| v.to_str().ok())
            .find(|v| v.split('=').next().is_some_and(|n| n.ends_with("pooldesk_session")))
            .map(|v| v.split(';').next().unwrap().to_string())
    }

    pub fn error(&self) -> AppError {
        serde_json::from_str(&self.body)
            .unwrap_or_else(|_| panic!("not an AppError: {} {}", self.status, self.body))
    }

    /// The successful result (200 and its JSON).
    pub fn ok<T: DeserializeOwned>(&self) -> T {
        assert_eq!(self.status, StatusCode::OK, "{}", self.body);
        serde_json::from_str(&self.body).unwrap_or_else(|e| panic!("{e}: {}", self.body))
    }

    /// The field of the `Invalid` error (422) this reply must be.
    pub fn invalid_field(&self) -> String {
        match self.error() {
            AppError::Invalid { field, .. } if self.status == StatusCode::UNPROCESSABLE_ENTITY => field,
            other => panic!("expected Invalid, got {} {other:?}", self.status),
        }
    }
}
