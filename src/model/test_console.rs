//! The test console's results (the guide's step 7): what a login or a client-credentials
//! request gave, decoded for the admin who ran it. The raw tokens never leave the server.

use serde::{Deserialize, Serialize};

use crate::i18n::text;
use crate::model::preferences::Lang;

/// One token, decoded.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct DecodedToken {
    /// `id` or `access`.
    pub token_use: String,
    /// Header and payload as indented JSON.
    pub header: String,
    pub payload: String,
    /// `exp`, seconds since the epoch.
    pub expires: Option<i64>,
    pub groups: Vec<String>,
    pub scopes: Vec<String>,
    /// `Ok(())` when the signature and the issuer, audience and expiry checked out against the
    /// pool's JWKS; else why not.
    pub verified: Result<(), String>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub enum LoginTestOutcome {
    SignedIn {
        tokens: Vec<DecodedToken>,
        refresh_token: bool,
    },
    /// Cognito asks for another step the form did not supply.
    Challenge {
        name: String,
        hint: String,
    },
    Failed {
        problem: String,
        hint: String,
    },
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct LoginTestReport {
    /// What was sent, step by step (never a secret).
    pub steps: Vec<String>,
    pub outcome: LoginTestOutcome,
}

/// What Cognito's answer means for someone testing a login, and what to check: the guide's
/// troubleshooting list. `code` is the exception name, `message` its text (read here, on the
/// server; only our own words reach the page).
pub fn login_failure_hint(lang: Lang, code: Option<&str>, message: &str) -> (String, String) {
    let m = message.to_lowercase();
    let (problem, hint) = match code.unwrap_or("") {
        "NotAuthorizedException" if m.contains("secret hash") => {
            ("test-problem-secret-hash", "test-hint-secret-hash")
        }
        "NotAuthorizedException" if m.contains("disabled") => ("test-problem-disabled", "test-hint-disabled"),
        "NotAuthorizedException" if m.contains("attempts exceeded") => {
            ("test-problem-attempts", "test-hint-attempts")
        }
        "NotAuthorizedException" | "InvalidParameterException" if m.contains("flow") => {
            ("test-problem-flow", "test-hint-flow")
        }
        "NotAuthorizedException" => ("test-problem-incorrect", "test-hint-incorrect"),
        "UserNotFoundException" => ("test-problem-no-user", "test-hint-no-user"),
        "UserNotConfirmedException" => ("test-problem-unconfirmed", "test-hint-unconfirmed"),
        "PasswordResetRequiredException" => ("test-problem-reset", "test-hint-reset"),
        "ResourceNotFoundException" => ("test-problem-not-found", "test-hint-not-found"),
        "InvalidParameterException" if m.contains("secret") => {
            ("test-problem-needs-hash", "test-hint-needs-hash")
        }
        "InvalidParameterException" => ("test-problem-parameters", "test-hint-parameters"),
        "TooManyRequestsException" => ("test-problem-throttled", "test-hint-throttled"),
        "UserLambdaValidationException" | "UnexpectedLambdaException" | "InvalidLambdaResponseException" => {
            ("test-problem-lambda", "test-hint-lambda")
        }
        _ => ("test-problem-refused", "test-hint-refused"),
    };
    (text(lang, problem, &[]), text(lang, hint, &[]))
}

/// What to do about a challenge the test stopped at.
pub fn challenge_hint(lang: Lang, name: &str) -> String {
    let key = match name {
        "NEW_PASSWORD_REQUIRED" => "test-challenge-new-password",
        "SOFTWARE_TOKEN_MFA" => "test-challenge-totp",
        "SMS_MFA" | "EMAIL_OTP" => "test-challenge-code-sent",
        "MFA_SETUP" => "test-challenge-mfa-setup",
        _ => "test-challenge-other",
    };
    text(lang, key, &[])
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn troubleshooting_hints_match_the_cause() {
        let problem = |code: &str, message: &str| login_failure_hint(Lang::En, Some(code), message).0;
        assert!(
            problem("NotAuthorizedException", "Unable to verify secret hash for client abc")
                .contains("SECRET_HASH")
        );
        assert!(problem("NotAuthorizedException", "Incorrect username or password.").contains("Incorrect"));
        assert!(problem("NotAuthorizedException", "User is disabled.").contains("disabled"));
        assert!(
            problem("InvalidParameterException", "USER_PASSWORD_AUTH flow not enabled for this client")
                .contains("not enabled")
        );
        assert!(problem("UserNotConfirmedException", "").contains("confirmed"));
        assert!(
            problem("ResourceNotFoundException", "User pool client x does not exist.").contains("not found")
        );
        assert!(problem("UserNotFoundException", "").contains("No such user"));
        assert!(problem("PasswordResetRequiredException", "").contains("reset"));
        let (problem, hint) = login_failure_hint(Lang::En, None, "arn:aws:... something");
        assert!(!problem.contains("arn") && !hint.contains("arn"), "SDK text never reaches the page");
        let (problem, _) = login_failure_hint(Lang::De, Some("UserNotFoundException"), "");
        assert_eq!(problem, "Kein solcher Benutzer in diesem Pool.");
    }

    #[test]
    fn challenges_say_what_to_fill_in() {
        assert!(challenge_hint(Lang::En, "NEW_PASSWORD_REQUIRED").contains("New password"));
        assert!(challenge_hint(Lang::En, "SOFTWARE_TOKEN_MFA").contains("code"));
        assert!(challenge_hint(Lang::En, "CUSTOM_CHALLENGE").contains("cannot"));
        assert!(challenge_hint(Lang::De, "NEW_PASSWORD_REQUIRED").contains("Neues Passwort"));
    }

    #[test]
    fn every_hint_is_said_in_each_language() {
        let causes = [
            ("NotAuthorizedException", "secret hash"),
            ("NotAuthorizedException", "disabled"),
            ("NotAuthorizedException", "attempts exceeded"),
            ("InvalidParameterException", "flow"),
            ("NotAuthorizedException", ""),
            ("UserNotFoundException", ""),
            ("UserNotConfirmedException", ""),
            ("PasswordResetRequiredException", ""),
            ("ResourceNotFoundException", ""),
            ("InvalidParameterException", "secret"),
            ("InvalidParameterException", ""),
            ("TooManyRequestsException", ""),
            ("UnexpectedLambdaException", ""),
            ("SomethingElse", ""),
        ];
        for lang in Lang::ALL {
            for (code, message) in causes {
                let (problem, hint) = login_failure_hint(lang, Some(code), message);
                assert!(!problem.starts_with("test-") && !hint.starts_with("test-"), "{code} {message}");
            }
            for name in
                ["NEW_PASSWORD_REQUIRED", "SOFTWARE_TOKEN_MFA", "SMS_MFA", "MFA_SETUP", "CUSTOM_CHALLENGE"]
            {
                assert!(!challenge_hint(lang, name).starts_with("test-"), "{name}");
            }
        }
    }
}
