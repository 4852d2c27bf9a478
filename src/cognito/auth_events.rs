//! A user's sign-in history (AdminListUserAuthEvents) and the feedback on one event
//! (AdminUpdateAuthEventFeedback). Cognito records events only with threat protection on.

use aws_sdk_cognitoidentityprovider::types::{AuthEventType, FeedbackValueType};

use super::operations::{ADMIN_LIST_USER_AUTH_EVENTS, ADMIN_UPDATE_AUTH_EVENT_FEEDBACK};
use super::{CognitoRead, CognitoUsers, epoch};
use crate::error::AppError;
use crate::model::auth_event::{AuthEvent, AuthEventPage, EVENTS_PAGE};

/// One page of events, newest first as Cognito lists them.
pub async fn page(
    cognito: &CognitoRead,
    pool_id: &str,
    username: &str,
    next_token: Option<String>,
) -> Result<AuthEventPage, AppError> {
    let out = cognito
        .client()
        .admin_list_user_auth_events()
        .user_pool_id(pool_id)
        .username(username)
        .max_results(EVENTS_PAGE)
        .set_next_token(next_token)
        .send()
        .await
        .map_err(|e| ADMIN_LIST_USER_AUTH_EVENTS.error(e))?;
    Ok(AuthEventPage {
        events: out.auth_events().iter().map(event).collect(),
        next_token: out.next_token().filter(|t| !t.is_empty()).map(str::to_string),
        unavailable: None,
    })
}

fn event(e: &AuthEventType) -> AuthEvent {
    let risk = e.event_risk();
    let context = e.event_context_data();
    let text = |v: Option<&str>| v.filter(|v| !v.is_empty()).map(str::to_string);
    AuthEvent {
        id: e.event_id().unwrap_or_default().to_string(),
        kind: e.event_type().map(|t| t.as_str().to_string()).unwrap_or_default(),
        at: epoch(e.creation_date()),
        response: e.event_response().map(|r| r.as_str().to_string()),
        risk_level: risk.and_then(|r| r.risk_level()).map(|l| l.as_str().to_string()),
        risk_decision: risk.and_then(|r| r.risk_decision()).map(|d| d.as_str().to_string()),
        compromised_credentials: risk.and_then(|r| r.compromised_credentials_detected()).unwrap_or(false),
        ip: text(context.and_then(|c| c.ip_address())),
        city: text(context.and_then(|c| c.city())),
        country: text(context.and_then(|c| c.country())),
        device: text(context.and_then(|c| c.device_name())),
        challenges: e
            .challenge_responses()
            .iter()
            .map(|c| {
                let name = c.challenge_name().map(|n| n.as_str()).unwrap_or("Challenge");
                let answer = c.challenge_response().map(|r| r.as_str()).unwrap_or("–");
                format!("{name}: {answer}")
            })
            .collect(),
        feedback: e.event_feedback().map(|f| f.feedback_value().as_str().to_string()),
    }
}

/// "This was the user" (`valid`) or "this was not the user": threat protection learns from it.
pub async fn feedback(
    cognito: &CognitoUsers,
    pool_id: &str,
    username: &str,
    event_id: &str,
    valid: bool,
) -> Result<(), AppError> {
    let value = if valid { FeedbackValueType::Valid } else { FeedbackValueType::Invalid };
    cognito
        .client()
        .admin_update_auth_event_feedback()
        .user_pool_id(pool_id)
        .username(username)
        .event_id(event_id)
        .feedback_value(value)
        .send()
        .await
        .map(|_| ())
        .map_err(|e| ADMIN_UPDATE_AUTH_EVENT_FEEDBACK.error(e))
}

#[cfg(test)]
mod tests {
    use super::super::SdkFailure;
    use super::*;

    /// AWS refuses both calls with `UserPoolAddOnNotEnabledException` when threat protection is
    /// off; no emulator does (fakecloud answers anyway, moto has neither call), so the meaning
    /// is pinned here: what the pool lacks, not a failure to retry.
    #[test]
    fn threat_protection_off_is_said_as_what_the_pool_lacks_pinned_for_aws_no_emulator_refuses() {
        let off = SdkFailure::Service { code: Some("UserPoolAddOnNotEnabledException".into()), status: 400 };
        for operation in [&ADMIN_LIST_USER_AUTH_EVENTS, &ADMIN_UPDATE_AUTH_EVENT_FEEDBACK] {
            assert_eq!(
                operation.meaning(&off),
                AppError::Unsupported { message: crate::i18n::t("auth-events-no-threat-protection") },
                "{}",
                operation.name
            );
        }
        let gone = SdkFailure::Service { code: Some("ResourceNotFoundException".into()), status: 400 };
        assert_eq!(ADMIN_UPDATE_AUTH_EVENT_FEEDBACK.meaning(&gone), AppError::not_found("The sign-in event"));
    }
}
