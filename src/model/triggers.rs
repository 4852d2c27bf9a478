//! Lambda triggers: the ten a pool's LambdaConfig names, and the check of the form that sets them.

use super::arn::is_lambda_arn;
use crate::error::AppError;
use crate::i18n::{t_with, text};
use crate::model::preferences::Lang;

/// Lambda triggers of LambdaConfig: form key, label, when it runs (in English; in the page's
/// language: `label` and `hint`).
pub const TRIGGERS: [(&str, &str, &str); 10] = [
    ("pre_sign_up", "Pre sign-up", "Before a user is registered; can auto-confirm or reject"),
    ("post_confirmation", "Post confirmation", "After a user confirms their account"),
    ("pre_authentication", "Pre authentication", "Before sign-in; can deny it"),
    ("post_authentication", "Post authentication", "After a successful sign-in"),
    ("user_migration", "User migration", "Signs in users that exist only in an old directory"),
    ("custom_message", "Custom message", "Rewrites verification and invitation messages"),
    ("pre_token_generation", "Pre token generation", "Adds or removes claims in tokens"),
    ("define_auth_challenge", "Define auth challenge", "Custom authentication: which challenge next"),
    ("create_auth_challenge", "Create auth challenge", "Custom authentication: builds the challenge"),
    (
        "verify_auth_challenge_response",
        "Verify auth challenge response",
        "Custom authentication: checks the answer",
    ),
];

/// A trigger's name in `lang` (the key itself when it is not one of `TRIGGERS`).
pub fn label(lang: Lang, key: &str) -> String {
    match TRIGGERS.iter().find(|(k, ..)| *k == key) {
        Some(_) => text(lang, &format!("trigger-{}", key.replace('_', "-")), &[]),
        None => key.to_string(),
    }
}

/// When a trigger runs, in `lang` (empty when it is not one of `TRIGGERS`).
pub fn hint(lang: Lang, key: &str) -> String {
    match TRIGGERS.iter().find(|(k, ..)| *k == key) {
        Some(_) => text(lang, &format!("trigger-{}-hint", key.replace('_', "-")), &[]),
        None => String::new(),
    }
}

/// The triggers form: every key of `TRIGGERS`, an empty value removing that trigger. Returns
/// (key, ARN) for each trigger to set.
pub fn validate_triggers(
    form: &std::collections::HashMap<String, String>,
) -> Result<Vec<(String, String)>, AppError> {
    if let Some(unknown) = form.keys().find(|k| !TRIGGERS.iter().any(|(key, _, _)| key == k)) {
        return Err(AppError::invalid(
            "",
            t_with("test-trigger-unknown", &[("key", unknown.clone().into())]),
        ));
    }
    let mut out = Vec::new();
    for (key, _, _) in TRIGGERS {
        let arn = form.get(key).map(|s| s.trim()).unwrap_or_default();
        if arn.is_empty() {
            continue;
        }
        if !is_lambda_arn(arn) {
            return Err(AppError::invalid(format!("triggers[{key}]"), crate::i18n::t("test-trigger-arn")));
        }
        out.push((key.to_string(), arn.to_string()));
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn field(result: Result<impl std::fmt::Debug, AppError>) -> String {
        result.unwrap_err().field().unwrap_or("-").to_string()
    }

    #[test]
    fn triggers_need_lambda_arns() {
        let mut form = std::collections::HashMap::new();
        form.insert(
            "pre_sign_up".to_string(),
            "arn:aws:lambda:us-east-1:123456789012:function:check".to_string(),
        );
        form.insert("post_confirmation".to_string(), " ".to_string());
        assert_eq!(
            validate_triggers(&form).unwrap(),
            [("pre_sign_up".to_string(), "arn:aws:lambda:us-east-1:123456789012:function:check".to_string())]
        );
        form.insert("user_migration".to_string(), "arn:aws:iam::123456789012:role/x".to_string());
        assert_eq!(field(validate_triggers(&form)), "triggers[user_migration]");
        form.clear();
        form.insert("evil".to_string(), String::new());
        assert!(validate_triggers(&form).is_err());
    }

    #[test]
    fn every_trigger_is_named_in_each_language_as_in_the_table() {
        for (key, name, when) in TRIGGERS {
            assert_eq!((label(Lang::En, key), hint(Lang::En, key)), (name.to_string(), when.to_string()));
            assert!(!label(Lang::De, key).is_empty() && !hint(Lang::De, key).is_empty());
        }
        assert_eq!(label(Lang::De, "pre_sign_up"), "Vor der Registrierung");
        assert_eq!(label(Lang::De, "other"), "other");
    }
}
