//! Layers every response passes through: security and caching headers (with each page's
//! nonce policy), the page gate that sends anonymous visitors to the login page before any page
//! renders, and the pages' deadline. (CSRF is tower-http's `CsrfLayer`, installed in
//! `server::router`.)

use axum::extract::{Request, State};
use axum::http::{HeaderValue, Method, StatusCode, header};
use axum::middleware::Next;
use axum::response::{IntoResponse, Redirect, Response};
use tower_sessions::Session;

use super::AppState;
use super::request::RequestContext;

/// The policy for anything that is not an HTML document (those get `page_csp`, with a nonce).
const DEFAULT_CSP: &str = "default-src 'none'; frame-ancestors 'none'; base-uri 'none'";

/// What the headers every response gets depend on.
#[derive(Clone, Copy, Debug)]
pub struct HeaderPolicy {
    /// The console is served over https (secure cookies), so browsers should insist on it.
    pub hsts: bool,
    /// The built files under `/pkg` have content-hashed names (`hash_files`, kept on only with
    /// cargo-leptos' hash file next to the binary), so a browser may keep them for a year.
    pub immutable_pkg: bool,
}

/// A page's policy: its scripts run only with `nonce` (no inline-script allowance), and the
/// wasm needs 'wasm-unsafe-eval'.
fn page_csp(nonce: &str) -> String {
    format!(
        "default-src 'self'; script-src 'self' 'nonce-{nonce}' 'wasm-unsafe-eval'; style-src 'self'; \
         img-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'none'; \
         form-action 'self'; frame-ancestors 'none'"
    )
}

/// Leptos' context for a page's render and a server function's call:
/// - the request's own nonce (made by `request::request_context`), so the scripts Leptos writes
///   carry the nonce of the policy `security_headers` sends. The policy used to go through
///   Leptos' `ResponseOptions`, and now and then a page left without it (README, known
///   problems): the header no longer depends on the render;
/// - the operator's preferences (cookies, `Accept-Language`), so that `i18n::t` answers in the
///   operator's language on a page and in the sentences a server function returns.
pub fn provide_request_context() {
    use leptos::prelude::{provide_context, use_context};
    let Some(parts) = use_context::<axum::http::request::Parts>() else { return };
    provide_context(super::preferences::of_headers(&parts.headers));
    if let Some(context) = parts.extensions.get::<RequestContext>() {
        provide_context(leptos::nonce::Nonce::from_value(context.nonce.clone()));
    }
}

/// A year: a hashed file never changes, a new build has new names.
const IMMUTABLE: &str = "public, max-age=31536000, immutable";

pub async fn security_headers(State(policy): State<HeaderPolicy>, req: Request, next: Next) -> Response {
    let pkg = req.uri().path().starts_with("/pkg/");
    let nonce = req.extensions().get::<RequestContext>().map(|c| c.nonce.clone());
    let mut res = next.run(req).await;
    // A 304 revalidates a kept copy: its headers replace the copy's, so it keeps them too.
    let found = res.status().is_success() || res.status() == StatusCode::NOT_MODIFIED;
    let h = res.headers_mut();
    h.insert(header::X_CONTENT_TYPE_OPTIONS, HeaderValue::from_static("nosniff"));
    h.insert(header::X_FRAME_OPTIONS, HeaderValue::from_static("DENY"));
    h.insert(header::REFERRER_POLICY, HeaderValue::from_static("same-origin"));
    h.insert(
        "permissions-policy",
        HeaderValue::from_static("camera=(), microphone=(), geolocation=(), payment=()"),
    );
    h.insert("cross-origin-opener-policy", HeaderValue::from_static("same-origin"));
    if policy.hsts {
        h.insert(header::STRICT_TRANSPORT_SECURITY, HeaderValue::from_static("max-age=31536000"));
    }
    // An HTML document gets the page policy with this request's nonce, the one its scripts
    // carry; anything else gets none of the page's allowances.
    let html = h.get(header::CONTENT_TYPE).is_some_and(|t| t.as_bytes().starts_with(b"text/html"));
    let page = nonce.filter(|_| html).and_then(|n| HeaderValue::from_str(&page_csp(&n)).ok());
    h.insert(header::CONTENT_SECURITY_POLICY, page.unwrap_or(HeaderValue::from_static(DEFAULT_CSP)));
    // Pages and server functions carry pool data: never kept in a cache. A built file is kept
    // for a year when its name is hashed, else asked again each time (its Last-Modified makes
    // that a 304); a missing one is not kept (the name may exist after the next deployment).
    let caching = match (pkg, found, policy.immutable_pkg) {
        (true, true, true) => IMMUTABLE,
        (true, true, false) => "no-cache",
        _ => "no-store",
    };
    h.insert(header::CACHE_CONTROL, HeaderValue::from_static(caching));
    res
}

/// A state-changing request must say where it comes from. tower-http's `CsrfLayer` refuses a
/// foreign `Origin` or `Sec-Fetch-Site`, but lets through a request with neither (it cannot come
/// from a browser page, which sends at least one on every POST). The console has no client
/// but browsers, so it refuses those too: one rule less to reason about.
pub async fn require_origin(req: Request, next: Next) -> Response {
    let safe = matches!(*req.method(), Method::GET | Method::HEAD | Method::OPTIONS);
    let h = req.headers();
    let says = |name: &str| h.get(name).is_some_and(|v| !v.is_empty());
    if !safe && !says("origin") && !says("sec-fetch-site") {
        tracing::warn!(path = %req.uri().path(), "refused: a state-changing request without Origin or Sec-Fetch-Site");
        return (StatusCode::FORBIDDEN, "").into_response();
    }
    next.run(req).await
}

/// Is this a page load (not an asset, a server function or a health check)?
fn is_page(req: &Request) -> bool {
    let path = req.uri().path();
    req.method() == Method::GET
        && !path.starts_with("/api/")
        && !path.starts_with("/pkg/")
        && !path.contains('.')
        && !matches!(path, "/healthz" | "/readyz" | "/preferences")
}

/// What a page that did not render in time answers: plain HTML, no script or style, to be
/// reloaded.
const STALLED_PAGE: &str = "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>Pooldesk</title></head><body data-stalled=\"\"><h1>This page took too long</h1><p>Nothing was changed. Reload the page; if this keeps happening, ask the console's operator to look at its log.</p></body></html>";

/// The largest page the console renders is well under this (a page of users, a summary).
const PAGE_BYTES: usize = 16 << 20;

/// A page answers whole within `deadline`, or with a short "reload" page: a render that
/// stalls (pages wait for all their data before answering) must not keep the browser loading
/// forever. The page is held until complete, which the pages' all-at-once rendering does anyway;
/// a dropped render changes nothing (pages only read).
pub async fn page_deadline(
    State(deadline): State<std::time::Duration>,
    req: Request,
    next: Next,
) -> Response {
    if !is_page(&req) {
        return next.run(req).await;
    }
    let path = req.uri().path().to_string();
    let nonce = req.extensions().get::<RequestContext>().map(|c| format!("nonce=\"{}\"", c.nonce));
    let render = async {
        let (parts, body) = next.run(req).await.into_parts();
        let bytes = axum::body::to_bytes(body, PAGE_BYTES).await?;
        // The scripts must carry this request's nonce, which the policy names (a render that
        // read another request's context would not run).
        let text = String::from_utf8_lossy(&bytes);
        if let Some(nonce) = nonce.as_ref().filter(|_| text.contains("<script"))
            && !text.contains(nonce.as_str())
        {
            tracing::error!(%path, "a page was rendered without this request's nonce");
        }
        Ok::<_, axum::Error>(Response::from_parts(parts, bytes.into()))
    };
    match tokio::time::timeout(deadline, render).await {
        Ok(Ok(page)) => page,
        Ok(Err(e)) => {
            tracing::error!(%path, error = %e, "a page could not be rendered");
            (StatusCode::INTERNAL_SERVER_ERROR, "").into_response()
        }
        Err(_) => {
            tracing::error!(%path, seconds = deadline.as_secs(), "a page did not render in time; answered 503");
            let headers = [(header::CONTENT_TYPE, "text/html; charset=utf-8"), (header::RETRY_AFTER, "1")];
            (StatusCode::SERVICE_UNAVAILABLE, headers, STALLED_PAGE).into_response()
        }
    }
}

/// Anonymous page loads go to the login page; signed-in visits to the login page go to the
/// console. Server functions are not redirected: each one runs the guard itself.
///
/// A no-JS form post that fails comes back to its page with the error in `?__err=`; Leptos
/// shows it. Only such same-origin redirects may carry it: from a link elsewhere it would let
/// anyone put words in the page's error banner, so it is dropped.
pub async fn page_gate(
    State(state): State<AppState>,
    session: Session,
    mut req: Request,
    next: Next,
) -> Response {
    if !is_page(&req) {
        return next.run(req).await;
    }
    // The answer of the form post that led here, for this page's forms (`flash`).
    if let Some(flash) = super::flash::take(&state, &session).await {
        req.extensions_mut().insert(flash);
    }
    let same_origin = req.headers().get("sec-fetch-site").is_some_and(|v| v == "same-origin");
    if !same_origin && req.uri().query().is_some_and(|q| q.contains("__err=")) {
        return Redirect::to(req.uri().path()).into_response();
    }
    // The guard's own check: a page load also ends the session of an operator who lost their
    // groups (when the last check is older than `recheck_seconds`). If Cognito cannot answer
    // that check, the page renders: its own calls meet the same failure and show the banner,
    // instead of sending a signed-in operator to a login page that cannot work either.
    let signed_in = !matches!(super::guard::signed_in(&state, &session).await, Ok(None));
    let on_login = req.uri().path().starts_with("/login");
    match (signed_in, on_login) {
        (false, false) => Redirect::to("/login").into_response(),
        (true, true) => Redirect::to("/pools").into_response(),
        _ => next.run(req).await,
    }
}

#[cfg(test)]
mod tests {
    use axum::Router;
    use axum::body::Body;
    use axum::http::{Request, StatusCode, header};
    use tower::ServiceExt;

    use super::*;

    async fn cache_control(policy: HeaderPolicy, path: &str) -> String {
        let app = Router::new()
            .route("/pkg/pooldesk.Xy3.wasm", axum::routing::get(|| async { "wasm" }))
            .route("/pools", axum::routing::get(|| async { "page" }))
            .route("/pkg/pooldesk.kept.css", axum::routing::get(|| async { StatusCode::NOT_MODIFIED }))
            .fallback(|| async { StatusCode::NOT_FOUND })
            .layer(axum::middleware::from_fn_with_state(policy, security_headers));
        let res = app.oneshot(Request::get(path).body(Body::empty()).unwrap()).await.unwrap();
        res.headers()[header::CACHE_CONTROL].to_str().unwrap().to_string()
    }

    #[tokio::test]
    async fn hashed_files_are_kept_a_year_and_nothing_else_is_kept() {
        let hashed = HeaderPolicy { hsts: false, immutable_pkg: true };
        let plain = HeaderPolicy { immutable_pkg: false, ..hashed };
        assert_eq!(cache_control(hashed, "/pkg/pooldesk.Xy3.wasm").await, IMMUTABLE);
        assert_eq!(cache_control(plain, "/pkg/pooldesk.Xy3.wasm").await, "no-cache");
        assert_eq!(cache_control(plain, "/pkg/pooldesk.kept.css").await, "no-cache", "a revalidated copy");
        assert_eq!(cache_control(hashed, "/pkg/pooldesk.old.wasm").await, "no-store", "a missing file");
        assert_eq!(cache_control(hashed, "/pools").await, "no-store");
    }
}
