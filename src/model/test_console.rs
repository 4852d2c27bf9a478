//! The test console's results (the guide's step 7): what a login or a client-credentials
//! request gave, decoded for the admin who ran it. The raw tokens never leave the server.

use serde::{Deserialize, Serialize};

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
pub fn login_failure_hint(code: Option<&str>, message: &str) -> (String, String) {
    let m = message.to_lowercase();
    let (problem, hint) = match code.unwrap_or("") {
        "NotAuthorizedException" if m.contains("secret hash") => (
            "The SECRET_HASH was not accepted.",
            "The client has a secret: the hash is HMAC-SHA256(secret, username + client id). Check that the secret belongs to this client and that the username is the one Cognito knows (in email-as-username pools the hash of a refresh uses the user's sub).",
        ),
        "NotAuthorizedException" if m.contains("disabled") => {
            ("The user is disabled.", "Enable the user on the user's page.")
        }
        "NotAuthorizedException" if m.contains("attempts exceeded") => (
            "Too many failed attempts for this user.",
            "Cognito locks the user out for a while after repeated failures. Wait, then try again.",
        ),
        "NotAuthorizedException" | "InvalidParameterException" if m.contains("flow") => (
            "USER_PASSWORD_AUTH is not enabled for this client.",
            "Enable ALLOW_USER_PASSWORD_AUTH on the app client.",
        ),
        "NotAuthorizedException" => (
            "Incorrect username or password.",
            "Check the password (set a new one on the user's page if needed) and that the user belongs to this pool. With PreventUserExistenceErrors on, an unknown user gets this message too.",
        ),
        "UserNotFoundException" => (
            "No such user in this pool.",
            "Check the username and that you picked the right pool and region. Enable PreventUserExistenceErrors on the client so that apps cannot tell.",
        ),
        "UserNotConfirmedException" => (
            "The user has not confirmed the account.",
            "Confirm the user on the user's page, or have them enter the code they were sent.",
        ),
        "PasswordResetRequiredException" => (
            "A password reset is required.",
            "The user must finish the reset with the code they were sent, or set a new password on the user's page.",
        ),
        "ResourceNotFoundException" => (
            "The app client or the pool was not found.",
            "The client id must belong to this pool, in this region.",
        ),
        "InvalidParameterException" if m.contains("secret") => (
            "The client needs a SECRET_HASH.",
            "The client has a secret; the console sends the hash only when it can read the secret.",
        ),
        "InvalidParameterException" => (
            "Cognito rejected the request's parameters.",
            "Check the client's settings and the username format the pool expects (email, phone or username).",
        ),
        "TooManyRequestsException" => ("Cognito is throttling requests.", "Wait a moment and try again."),
        "UserLambdaValidationException" | "UnexpectedLambdaException" | "InvalidLambdaResponseException" => (
            "A Lambda trigger failed or refused the sign-in.",
            "Check the pool's pre-authentication and pre-token-generation triggers and their logs.",
        ),
        _ => ("Cognito refused the sign-in.", "The details are in the server log."),
    };
    (problem.to_string(), hint.to_string())
}

/// What to do about a challenge the test stopped at.
pub fn challenge_hint(name: &str) -> String {
    match name {
        "NEW_PASSWORD_REQUIRED" => "The user still has a temporary password. Fill in \"New password\" to complete the first sign-in, or set a permanent password on the user's page.",
        "SOFTWARE_TOKEN_MFA" => "The user has an authenticator app. Fill in the current code to continue.",
        "SMS_MFA" | "EMAIL_OTP" => "Cognito sent the user a code. Fill it in to continue.",
        "MFA_SETUP" => "MFA is required but the user has not set up a factor yet; they must do so in your app first.",
        _ => "The console cannot answer this challenge; the app must.",
    }
    .to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn troubleshooting_hints_match_the_cause() {
        let problem = |code: &str, message: &str| login_failure_hint(Some(code), message).0;
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
        let (problem, hint) = login_failure_hint(None, "arn:aws:... something");
        assert!(!problem.contains("arn") && !hint.contains("arn"), "SDK text never reaches the page");
    }

    #[test]
    fn challenges_say_what_to_fill_in() {
        assert!(challenge_hint("NEW_PASSWORD_REQUIRED").contains("New password"));
        assert!(challenge_hint("SOFTWARE_TOKEN_MFA").contains("code"));
        assert!(challenge_hint("CUSTOM_CHALLENGE").contains("cannot"));
    }
}
