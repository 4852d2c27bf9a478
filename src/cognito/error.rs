//! SDK errors in, `AppError` out. The SDK's text (with ARNs and request ids) is logged here and
//! goes no further. `{e}` of an SDK error prints only "service error", so the code and message
//! are read through `ProvideErrorMetadata`.

use std::fmt::Debug;

use aws_sdk_cognitoidentityprovider::error::{ProvideErrorMetadata, SdkError};

use crate::error::AppError;

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

    /// The user-facing error for this failure of `operation` (a phrase such as "list user pools").
    pub fn to_app_error(&self, operation: &str) -> AppError {
        match self {
            Self::Timeout => AppError::unavailable("Cognito did not answer in time. Try again."),
            Self::Unreachable => {
                AppError::unavailable("Cognito could not be reached. Check the endpoint and network.")
            }
            Self::Other => AppError::Internal,
            Self::Service { code, status } => match code.as_deref() {
                Some("TooManyRequestsException" | "ThrottlingException") => AppError::Throttled,
                Some("LimitExceededException") => {
                    AppError::unavailable("A Cognito limit was reached for this operation. Try again later.")
                }
                Some("UserNotFoundException") => AppError::not_found("The user"),
                Some("ResourceNotFoundException") => AppError::not_found("The requested resource"),
                Some("GroupExistsException") => {
                    AppError::Conflict { message: "A group with this name already exists.".into() }
                }
                Some("UsernameExistsException") => {
                    AppError::Conflict { message: "A user with this username already exists.".into() }
                }
                Some("InvalidPasswordException") => {
                    AppError::invalid("password", "The password does not meet the pool's password policy.")
                }
                Some("CodeMismatchException" | "ExpiredCodeException") => {
                    AppError::invalid("code", "The code is wrong or has expired.")
                }
                Some("InvalidParameterException") => AppError::invalid(
                    "",
                    format!("Cognito rejected a value given to {operation}. Check the fields."),
                ),
                Some("NotAuthorizedException" | "AccessDeniedException") => AppError::Forbidden,
                // The emulator answers 500/501 for operations it does not implement.
                None if *status == 500 || *status == 501 => AppError::unavailable(format!(
                    "This Cognito endpoint cannot {operation}: it does not support that operation."
                )),
                _ if *status >= 500 => {
                    AppError::unavailable(format!("Cognito failed to {operation}. Try again later."))
                }
                _ => AppError::Internal,
            },
        }
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

/// Logs an SDK error in full on the server and returns what the browser may see.
pub fn map_sdk_error<E, R>(operation: &'static str, err: SdkError<E, R>) -> AppError
where
    E: ProvideErrorMetadata + Debug + std::error::Error + 'static,
    R: HttpStatus + Debug,
{
    let failure = SdkFailure::from_sdk(&err);
    let app = failure.to_app_error(operation);
    tracing::warn!(
        operation,
        code = err.code().unwrap_or("-"),
        message = err.message().unwrap_or("-"),
        detail = %aws_sdk_cognitoidentityprovider::error::DisplayErrorContext(&err),
        mapped = ?app,
        "cognito call failed"
    );
    app
}

#[cfg(test)]
mod tests {
    use super::*;

    fn service(code: &str) -> SdkFailure {
        SdkFailure::Service { code: Some(code.into()), status: 400 }
    }

    #[test]
    fn throttling_maps_to_throttled() {
        assert_eq!(service("TooManyRequestsException").to_app_error("x"), AppError::Throttled);
    }

    #[test]
    fn emulator_not_implemented_names_the_operation() {
        let e = SdkFailure::Service { code: None, status: 500 }.to_app_error("revoke a token");
        assert_eq!(
            e,
            AppError::unavailable(
                "This Cognito endpoint cannot revoke a token: it does not support that operation."
            )
        );
    }

    #[test]
    fn unknown_client_error_is_internal_and_carries_no_text() {
        let e = service("SomethingNewException").to_app_error("x");
        assert_eq!(e, AppError::Internal);
    }

    #[test]
    fn timeouts_and_unreachable_are_unavailable() {
        assert!(matches!(SdkFailure::Timeout.to_app_error("x"), AppError::Unavailable { .. }));
        assert!(matches!(SdkFailure::Unreachable.to_app_error("x"), AppError::Unavailable { .. }));
    }
}
