//! The one error type every server function returns.
//!
//! It is closed on purpose: each variant is something a person in the browser can act on, and
//! none carries text from the AWS SDK (which holds ARNs, request ids and account numbers). The
//! detail of a failure is logged on the server where it happens (see `cognito::error`), and only
//! the variant crosses the wire.

use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, thiserror::Error)]
pub enum AppError {
    /// No session, or it expired: sign in again.
    #[error("Your session has ended. Please sign in again.")]
    Unauthenticated,
    /// Signed in, but not allowed to do this.
    #[error("Your account is not allowed to do this.")]
    Forbidden,
    /// Login refused. One message for every cause (unknown user, wrong password, disabled
    /// account, an account with no console role), so that it tells nothing about which accounts
    /// exist or which passwords are right; the cause is in the server log and the audit row.
    #[error("Incorrect username or password.")]
    LoginFailed,
    /// A dangerous action (a secret, a delete, a console-group membership) and the operator
    /// has not entered their password within the step-up window.
    #[error("Confirm your password to continue: this action needs a recent sign-in.")]
    StepUpRequired,
    #[error("{what} was not found.")]
    NotFound { what: String },
    /// Bad input, reported next to the field it concerns.
    #[error("{message}")]
    Invalid { field: String, message: String },
    #[error("{message}")]
    Conflict { message: String },
    #[error("Cognito is throttling requests. Wait a moment and try again.")]
    Throttled,
    /// The console's own sign-in limit (per client address and per username). One message for
    /// both, so that it tells nothing about which accounts exist.
    #[error("Too many sign-in attempts. Wait a minute and try again.")]
    TooManyAttempts,
    /// The backend refused or could not be reached; `what` says which operation, never why in
    /// the SDK's words.
    #[error("{message}")]
    Unavailable { message: String },
    /// The Cognito endpoint does not implement the operation (a local emulator, or an AWS
    /// feature off for this pool): retrying will not help. `message` names what and which call.
    #[error("{message}")]
    Unsupported { message: String },
    #[error("Something went wrong on the server. The details are in the server log.")]
    Internal,
}

impl AppError {
    pub fn invalid(field: impl Into<String>, message: impl Into<String>) -> Self {
        Self::Invalid { field: field.into(), message: message.into() }
    }

    pub fn not_found(what: impl Into<String>) -> Self {
        Self::NotFound { what: what.into() }
    }

    pub fn unavailable(message: impl Into<String>) -> Self {
        Self::Unavailable { message: message.into() }
    }

    /// The HTTP status this error is sent with.
    pub fn status_code(&self) -> u16 {
        match self {
            Self::Unauthenticated | Self::LoginFailed => 401,
            Self::Forbidden | Self::StepUpRequired => 403,
            Self::NotFound { .. } => 404,
            Self::Invalid { .. } => 422,
            Self::Conflict { .. } => 409,
            Self::Throttled | Self::TooManyAttempts => 429,
            Self::Unavailable { .. } => 503,
            Self::Unsupported { .. } => 501,
            Self::Internal => 500,
        }
    }

    /// A short code for logs and the audit log: the variant, and for `Invalid` its field.
    pub fn code(&self) -> String {
        let code = match self {
            Self::Unauthenticated => "unauthenticated",
            Self::Forbidden => "forbidden",
            Self::LoginFailed => "login_failed",
            Self::StepUpRequired => "step_up_required",
            Self::NotFound { .. } => "not_found",
            Self::Invalid { field, .. } if !field.is_empty() => return format!("invalid:{field}"),
            Self::Invalid { .. } => "invalid",
            Self::Conflict { .. } => "conflict",
            Self::Throttled => "throttled",
            Self::TooManyAttempts => "too_many_attempts",
            Self::Unavailable { .. } => "unavailable",
            Self::Unsupported { .. } => "unsupported",
            Self::Internal => "internal",
        };
        code.to_string()
    }

    /// The sentence a page shows, in the page's language. `Display` is English for the variants
    /// without a sentence of their own (the log's words); the sentences `Invalid`, `Conflict`,
    /// `Unavailable` and `Unsupported` carry were written in the operator's language where they
    /// were made (a server function sees the request's language,
    /// `server::security::provide_request_context`; elsewhere they are English), and both show
    /// them as they are. The log names an error by `code()`.
    pub fn message(&self) -> String {
        use crate::i18n::{t, t_with};
        match self {
            Self::Unauthenticated => t("error-unauthenticated"),
            Self::Forbidden => t("error-forbidden"),
            Self::LoginFailed => t("error-login-failed"),
            Self::StepUpRequired => t("error-step-up-required"),
            Self::NotFound { what } => t_with("error-not-found", &[("what", missing(what).into())]),
            Self::Invalid { message, .. }
            | Self::Conflict { message }
            | Self::Unavailable { message }
            | Self::Unsupported { message } => message.clone(),
            Self::Throttled => t("error-throttled"),
            Self::TooManyAttempts => t("error-too-many-attempts"),
            Self::Internal => t("error-internal"),
        }
    }

    /// The field an `Invalid` error belongs to, for showing it beside that field.
    pub fn field(&self) -> Option<&str> {
        match self {
            Self::Invalid { field, .. } => Some(field),
            _ => None,
        }
    }
}

/// What a `NotFound` names ("The user pool", as the code writes it) in the page's language:
/// `missing-the-user-pool` in `i18n/*/errors.ftl`; a test finds every name the sources give.
fn missing(what: &str) -> String {
    crate::i18n::try_text(crate::i18n::lang(), &missing_key(what), &[]).unwrap_or_else(|| what.to_string())
}

/// The message of what a NotFound names: "The user pool" → `missing-the-user-pool`.
fn missing_key(what: &str) -> String {
    format!("missing-{}", what.to_lowercase().replace(' ', "-"))
}

impl leptos::server_fn::error::FromServerFnError for AppError {
    type Encoder = leptos::server_fn::codec::JsonEncoding;

    /// Every error a server function answers with is encoded here, so on the server this is
    /// also where its HTTP status and audit outcome are set (`server::audit::answered`).
    fn ser(&self) -> leptos::server_fn::Bytes {
        use leptos::server_fn::Encodes;
        #[cfg(feature = "ssr")]
        crate::server::audit::answered(self);
        Self::Encoder::encode(self).unwrap_or_default()
    }

    /// Failures of the server-function machinery itself (a malformed request, a missing
    /// argument). Their text describes our own types, not the backend, but it still stays in the
    /// log: the browser gets a plain sentence.
    fn from_server_fn_error(value: leptos::server_fn::error::ServerFnErrorErr) -> Self {
        use leptos::server_fn::error::ServerFnErrorErr as E;
        #[cfg(feature = "ssr")]
        tracing::warn!(error = %value, "server function request failed before it ran");
        match value {
            E::Args(_) | E::MissingArg(_) | E::Deserialization(_) => {
                Self::invalid("", "The request was incomplete or malformed.")
            }
            E::Request(_) | E::Response(_) => {
                Self::unavailable("The server could not be reached. Check your connection.")
            }
            _ => Self::Internal,
        }
    }
}

impl From<leptos::server_fn::error::ServerFnErrorErr> for AppError {
    fn from(value: leptos::server_fn::error::ServerFnErrorErr) -> Self {
        <Self as leptos::server_fn::error::FromServerFnError>::from_server_fn_error(value)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::preferences::Lang;

    /// Every name a `NotFound` is made with (the literals given `AppError::not_found`, and the
    /// `missing` names of `cognito::operations`) has its words in each language.
    #[test]
    fn every_missing_thing_has_its_name_in_each_language() {
        let mut names = Vec::new();
        for (_, source) in crate::i18n::sources() {
            for (at, _) in source.match_indices("not_found(\"").chain(source.match_indices(": &str = \"The "))
            {
                let rest = &source[at..];
                let start = rest.find('"').unwrap() + 1;
                let end = start + rest[start..].find('"').unwrap();
                names.push(rest[start..end].to_string());
            }
        }
        assert!(names.len() > 20, "{names:?}");
        let unworded = crate::i18n::unworded(names.iter().map(|name| missing_key(name)));
        assert!(unworded.is_empty(), "{unworded:?}");
    }

    #[test]
    fn a_page_shows_the_error_in_its_language_and_the_log_in_english() {
        crate::i18n::as_request_in(Lang::De, || {
            let gone = AppError::not_found("The user pool");
            assert_eq!(gone.message(), "Der Benutzerpool wurde nicht gefunden.");
            assert_eq!(gone.to_string(), "The user pool was not found.");
            assert_eq!(AppError::Throttled.message(), crate::i18n::text(Lang::De, "error-throttled", &[]));
            let refused = AppError::invalid("name", "Schon vergeben.");
            assert_eq!(refused.message(), "Schon vergeben.");
        });
        // Outside a page (no context) the words are English, and the same as the log's.
        for e in [
            AppError::Unauthenticated,
            AppError::Forbidden,
            AppError::LoginFailed,
            AppError::StepUpRequired,
            AppError::not_found("The job"),
            AppError::Throttled,
            AppError::TooManyAttempts,
            AppError::Internal,
        ] {
            assert_eq!(e.message(), e.to_string());
        }
    }
}
