//! What every request carries from the outermost layer on: an id (in the logs, the audit log
//! and the `x-request-id` response header) and the client's address.

use std::net::{IpAddr, SocketAddr};

use axum::extract::{ConnectInfo, Request, State};
use axum::http::HeaderValue;
use axum::middleware::Next;
use axum::response::Response;

#[derive(Clone, Debug)]
pub struct RequestContext {
    pub id: String,
    pub client_ip: Option<IpAddr>,
    /// The nonce of this response's script policy, if it is a page (`security::provide_request_context`).
    pub nonce: String,
}

/// Always a new id: one sent by the client is not trusted (it would let anyone choose the
/// request ids in the audit log). `trust_forwarded_for`: take the address the reverse proxy
/// appended (the last `X-Forwarded-For` entry), not the peer's.
pub async fn request_context(
    State(trust_forwarded_for): State<bool>,
    mut req: Request,
    next: Next,
) -> Response {
    let peer = req.extensions().get::<ConnectInfo<SocketAddr>>().map(|c| c.0.ip());
    let forwarded = trust_forwarded_for
        .then(|| {
            let header = req.headers().get_all("x-forwarded-for").iter().next_back()?.to_str().ok()?;
            header.rsplit(',').next()?.trim().parse::<IpAddr>().ok()
        })
        .flatten();
    let context = RequestContext {
        id: uuid::Uuid::new_v4().simple().to_string(),
        client_ip: forwarded.or(peer),
        // 122 random bits, in characters a nonce may hold.
        nonce: uuid::Uuid::new_v4().simple().to_string(),
    };
    let id = HeaderValue::from_str(&context.id).ok();
    req.extensions_mut().insert(context);
    let mut res = next.run(req).await;
    if let Some(id) = id {
        res.headers_mut().insert("x-request-id", id);
    }
    res
}

/// The client's address, inside a server function (when known).
pub async fn client_ip() -> Option<IpAddr> {
    leptos_axum::extract::<axum::Extension<RequestContext>>().await.ok().and_then(|e| e.0.client_ip)
}
