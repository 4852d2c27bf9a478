//! SDK errors in, `AppError` out, through each operation's table (`Operation`, listed in
//! `operations`). The SDK's text (with ARNs and request ids) is logged here and goes no further.
//! `{e}` of an SDK error prints only "service error", so the code and message are read through
//! `ProvideErrorMetadata`.

use std::fmt::Debug;

use aws_sdk_cognitoidentityprovider::config::interceptors::InterceptorContext;
use aws_sdk_cognitoidentityprovider::config::retry::{ClassifyRetry, RetryAction};
use aws_sdk_cognitoidentityprovider::error::{ProvideErrorMetadata, SdkError};

use crate::error::AppError;
use crate::i18n::{t, t_with};

/// What went wrong with one call, reduced to what the mapping needs. Keeping it separate from
/// `SdkError` lets the mapping be unit-tested without building SDK errors by hand.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SdkFailure {
    /// Cognito answered with an exception code (e.g. `UserNotFoundException`).
    Service {
        code: Option<String>,
        status: u16,
    },
    Timeout,
    Unreachable,
    Other,
}

impl SdkFailure {
    pub fn from_sdk<E, R>(err: &SdkError<E, R>) -> Self
    where
        E: ProvideErrorMetadata,
        R: HttpStatus,
    {
        match err {
            SdkError::ServiceError(ctx) => {
                Self::Service { code: ctx.err().code().map(str::to_owned), status: ctx.raw().http_status() }
            }
            SdkError::ResponseError(ctx) => Self::Service { code: None, status: ctx.raw().http_status() },
            SdkError::TimeoutError(_) => Self::Timeout,
            SdkError::DispatchFailure(f) if f.is_timeout() => Self::Timeout,
            SdkError::DispatchFailure(_) => Self::Unreachable,
            _ => Self::Other,
        }
    }

    pub fn code(&self) -> Option<&str> {
        match self {
            Self::Service { code, .. } => code.as_deref(),
            _ => None,
        }
    }

    /// "This endpoint does not implement the operation", in each form an endpoint says it:
    /// AWS's `UnsupportedOperationException`, cognito-local's `Unsupported`, and moto's bare
    /// HTML 500 (no code at all; AWS always answers with a code).
    pub fn is_unsupported(&self) -> bool {
        match self {
            Self::Service { code: Some(code), .. } => UNSUPPORTED_CODES.contains(&code.as_str()),
            Self::Service { code: None, status } => *status == 500 || *status == 501,
            _ => false,
        }
    }
}

/// Cognito's "slow down": over a quota category's rate.
const THROTTLING_CODES: &[&str] = &["TooManyRequestsException", "ThrottlingException"];

const UNSUPPORTED_CODES: &[&str] = &["UnsupportedOperationException", "Unsupported"];

/// One Cognito operation's error table: what it does in the operator's words, what a
/// `ResourceNotFoundException` from it refers to, and the codes whose meaning is its own. Every
/// call's failure is read once, here (`Operation::error`); the tables are in `operations`.
#[derive(Debug)]
pub struct Operation {
    /// Cognito's name for it, for the log and the "not supported" message.
    pub name: &'static str,
    /// What it does ("reset the user's password"), for messages.
    pub does: &'static str,
    /// What a `ResourceNotFoundException` from it means is missing ("The user pool").
    pub missing: &'static str,
    /// Codes with a meaning particular to this operation, looked up before the shared ones.
    pub codes: &'static [OwnCode],
}

/// An error code and what it means for one operation.
pub type OwnCode = (&'static str, fn() -> AppError);

impl Operation {
    /// Logs the SDK error in full on the server and returns what the browser may see.
    pub fn error<E, R>(&self, err: SdkError<E, R>) -> AppError
    where
        E: ProvideErrorMetadata + Debug + std::error::Error + 'static,
        R: HttpStatus + Debug,
    {
        let app = self.meaning(&SdkFailure::from_sdk(&err));
        tracing::warn!(
            operation = self.name,
            code = err.code().unwrap_or("-"),
            message = err.message().unwrap_or("-"),
            detail = %aws_sdk_cognitoidentityprovider::error::DisplayErrorContext(&err),
            mapped = ?app,
            "cognito call failed"
        );
        app
    }

    /// The operator's error for `failure` of this operation.
    pub fn meaning(&self, failure: &SdkFailure) -> AppError {
        // In the request's language (`i18n::t`); German names the operation instead of `does`.
        let named = |key| t_with(key, &[("does", self.does.into()), ("operation", self.name.into())]);
        if let Some((_, own)) = failure.code().and_then(|c| self.codes.iter().find(|(code, _)| *code == c)) {
            return own();
        }
        if failure.is_unsupported() {
            return AppError::Unsupported { message: named("cognito-unsupported") };
        }
        match failure {
            SdkFailure::Timeout => AppError::unavailable(t("cognito-timeout")),
            SdkFailure::Unreachable => AppError::unavailable(t("cognito-unreachable")),
            SdkFailure::Other => AppError::Internal,
            SdkFailure::Service { code, status } => match code.as_deref() {
                Some(code) if THROTTLING_CODES.contains(&code) => AppError::Throttled,
                Some("LimitExceededException") => AppError::unavailable(t("cognito-limit")),
                Some("ResourceNotFoundException") => AppError::not_found(self.missing),
                Some("UserNotFoundException") => AppError::not_found("The user"),
                Some("GroupExistsException") => AppError::Conflict { message: t("cognito-group-exists") },
                Some("UsernameExistsException") => AppError::Conflict { message: t("cognito-user-exists") },
                Some("InvalidPasswordException") => {
                    AppError::invalid("password", t("cognito-password-policy"))
                }
                Some("CodeMismatchException" | "ExpiredCodeException") => {
                    AppError::invalid("code", t("cognito-code-mismatch"))
                }
                Some("InvalidParameterException") => AppError::invalid("", named("cognito-rejected-value")),
                Some("NotAuthorizedException") => AppError::Forbidden,
                // IAM refused the console's own credentials: not the operator's role, and not
                // something retrying fixes.
                Some("AccessDeniedException") => AppError::unavailable(named("cognito-access-denied")),
                _ if *status >= 500 => AppError::unavailable(named("cognito-failed")),
                _ => AppError::Internal,
            },
        }
    }
}

/// Keeps the SDK from sending a call again when the endpoint said it does not implement it
/// (its standard retry resends every 500): one answer, at once, instead of two and a wait.
#[derive(Debug)]
pub struct NoRetryWhenUnsupported;

impl ClassifyRetry for NoRetryWhenUnsupported {
    fn classify_retry(&self, ctx: &InterceptorContext) -> RetryAction {
        let Some(res) = ctx.response() else { return RetryAction::NoActionIndicated };
        if answers_unsupported(res.status().as_u16(), res.body().bytes().unwrap_or_default()) {
            RetryAction::RetryForbidden
        } else {
            RetryAction::NoActionIndicated
        }
    }

    fn name(&self) -> &'static str {
        "NoRetryWhenUnsupported"
    }
}

/// What the endpoint does not implement (a local emulator without that kind) as an empty
/// answer (a list, a page, a configuration) with why; any other failure stays one.
pub fn unless_unsupported<T: Default>(answer: Result<T, AppError>) -> Result<(T, Option<String>), AppError> {
    match answer {
        Err(AppError::Unsupported { message }) => Ok((T::default(), Some(message))),
        other => other.map(|answer| (answer, None)),
    }
}

/// Does this raw answer say "not implemented" (see `SdkFailure::is_unsupported`)?
fn answers_unsupported(status: u16, body: &[u8]) -> bool {
    raw_answer(status, body) == RawAnswer::Unsupported
}

/// What a raw error answer says, for the retry classifier and the call metrics.
#[derive(Debug, PartialEq, Eq)]
pub(super) enum RawAnswer {
    /// Over a quota category's rate.
    Throttled,
    /// The endpoint lacks the operation.
    Unsupported,
    /// Any other refusal (not found, invalid, …).
    Other,
}

/// A JSON error names its code in `__type` (AWS, moto) or `code` (cognito-local), possibly
/// after a `#`; a 500 that is no JSON at all is moto's page for an operation it lacks.
pub(super) fn raw_answer(status: u16, body: &[u8]) -> RawAnswer {
    let Ok(value) = serde_json::from_slice::<serde_json::Value>(body) else {
        return if status == 500 || status == 501 { RawAnswer::Unsupported } else { RawAnswer::Other };
    };
    let codes: Vec<&str> = ["__type", "code"]
        .iter()
        .filter_map(|k| value.get(k).and_then(|v| v.as_str()))
        .map(|code| code.rsplit('#').next().unwrap_or(code))
        .collect();
    if codes.iter().any(|code| UNSUPPORTED_CODES.contains(code)) {
        RawAnswer::Unsupported
    } else if codes.iter().any(|code| THROTTLING_CODES.contains(code)) {
        RawAnswer::Throttled
    } else {
        RawAnswer::Other
    }
}

/// The HTTP status of a raw response, whatever the SDK calls its response type.
pub trait HttpStatus {
    fn http_status(&self) -> u16;
}

impl HttpStatus for aws_sdk_cognitoidentityprovider::config::http::HttpResponse {
    fn http_status(&self) -> u16 {
        self.status().as_u16()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const RESET: Operation = Operation {
        name: "AdminResetUserPassword",
        does: "reset the user's password",
        missing: "The user pool",
        codes: &[("NotAuthorizedException", || AppError::Conflict { message: "own".into() })],
    };

    fn service(code: &str) -> SdkFailure {
        SdkFailure::Service { code: Some(code.into()), status: 400 }
    }

    #[test]
    fn an_operation_s_own_codes_come_first_then_the_shared_ones() {
        assert_eq!(
            RESET.meaning(&service("NotAuthorizedException")),
            AppError::Conflict { message: "own".into() }
        );
        assert_eq!(RESET.meaning(&service("TooManyRequestsException")), AppError::Throttled);
        assert_eq!(RESET.meaning(&service("UserNotFoundException")), AppError::not_found("The user"));
    }

    #[test]
    fn a_missing_resource_is_the_one_the_operation_names() {
        // A bulk run whose pool went away says so, not "the user was not found" per user.
        assert_eq!(
            RESET.meaning(&service("ResourceNotFoundException")),
            AppError::not_found("The user pool")
        );
    }

    #[test]
    fn iam_refusing_the_console_is_not_the_operator_s_role_nor_the_user_s_state() {
        let e = RESET.meaning(&service("AccessDeniedException"));
        assert!(
            matches!(&e, AppError::Unavailable { message } if message.contains("AWS credentials")),
            "{e:?}"
        );
    }

    #[test]
    fn unsupported_in_every_form_names_the_operation() {
        let forms = [
            SdkFailure::Service { code: None, status: 500 },
            SdkFailure::Service { code: None, status: 501 },
            service("UnsupportedOperationException"),
            SdkFailure::Service { code: Some("Unsupported".into()), status: 500 },
        ];
        for failure in forms {
            assert_eq!(
                RESET.meaning(&failure),
                AppError::Unsupported {
                    message: "This Cognito endpoint cannot reset the user's password: it does not \
                              support AdminResetUserPassword."
                        .into()
                },
                "{failure:?}"
            );
        }
    }

    #[test]
    fn unsupported_answers_are_not_retried_and_real_failures_are() {
        assert!(answers_unsupported(500, b"<!doctype html><title>500 Internal Server Error</title>"));
        assert!(answers_unsupported(500, br#"{"code":"CognitoLocal#Unsupported","message":"x"}"#));
        assert!(answers_unsupported(400, br#"{"__type":"UnsupportedOperationException"}"#));
        assert!(!answers_unsupported(500, br#"{"__type":"InternalErrorException"}"#));
        assert!(!answers_unsupported(503, b""));
    }

    #[test]
    fn unknown_client_error_is_internal_and_carries_no_text() {
        assert_eq!(RESET.meaning(&service("SomethingNewException")), AppError::Internal);
    }

    #[test]
    fn timeouts_and_unreachable_are_unavailable() {
        assert!(matches!(RESET.meaning(&SdkFailure::Timeout), AppError::Unavailable { .. }));
        assert!(matches!(RESET.meaning(&SdkFailure::Unreachable), AppError::Unavailable { .. }));
    }
}
