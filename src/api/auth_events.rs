//! A user's sign-in history: Cognito's events (viewers read them), what operators did to the
//! account (from the audit log, for whoever may act on it), and "this was / was not the user"
//! (the support desk, after the target rule).

use leptos::prelude::*;

use crate::error::AppError;
use crate::model::auth_event::{AuthEventPage, TrailRow};
#[cfg(feature = "ssr")]
use crate::server::desk::UserAction;

crate::permission!(ListUserAuthEvents => Viewer);
/// One page of the user's sign-in events, or why there are none: threat protection is off
/// (Cognito records nothing then), or the endpoint lacks AdminListUserAuthEvents.
#[server(endpoint = "list_user_auth_events")]
pub async fn list_user_auth_events(
    pool_id: String,
    username: String,
    next_token: Option<String>,
) -> Result<AuthEventPage, AppError> {
    use crate::cognito::{auth_events, pools};
    let guard = ListUserAuthEvents::guard().await?;
    super::users::checks::target(&pool_id, &username)?;
    let pool = pools::describe_without_mfa(guard.cognito(), &pool_id).await?;
    if !pool.records_sign_ins() {
        return Ok(AuthEventPage {
            unavailable: Some(crate::i18n::t("auth-events-no-threat-protection")),
            ..Default::default()
        });
    }
    let next_token = next_token.filter(|t| !t.is_empty());
    let (page, unavailable) = crate::cognito::unless_unsupported(
        auth_events::page(guard.cognito(), &pool_id, &username, next_token).await,
    )?;
    Ok(AuthEventPage { unavailable, ..page })
}

crate::permission!(ListAccountTrail => Support);
/// What operators did to the user, `since_ms..until_ms` (the span of one page of events).
#[server(endpoint = "list_account_trail")]
pub async fn list_account_trail(
    pool_id: String,
    username: String,
    since_ms: Option<i64>,
    until_ms: Option<i64>,
) -> Result<Vec<TrailRow>, AppError> {
    let guard = ListAccountTrail::guard().await?;
    super::users::checks::target(&pool_id, &username)?;
    guard.account_trail(&pool_id, &username, (since_ms, until_ms)).await
}

crate::permission!(SetAuthEventFeedback => Support, Change; pool_id, username, event_id, valid);
/// AdminUpdateAuthEventFeedback: whether a sign-in was the user. "Not the user" on a risky
/// sign-in teaches threat protection; follow it with a password reset and a sign-out.
#[server(endpoint = "set_auth_event_feedback")]
pub async fn set_auth_event_feedback(
    pool_id: String,
    username: String,
    event_id: String,
    valid: bool,
) -> Result<(), AppError> {
    let guard = SetAuthEventFeedback::guard(&pool_id, &username, &event_id, &valid).await?;
    super::users::checks::target(&pool_id, &username)?;
    crate::model::auth_event::validate_event_id(&event_id)?;
    let action = UserAction::AuthEventFeedback { event_id, valid };
    guard.desk().apply(&pool_id, &username, action).await
}

/// Links this module's server functions into a binary that calls none of them (`link_all`).
#[cfg(feature = "ssr")]
#[inline(never)]
pub(crate) fn link() {}
