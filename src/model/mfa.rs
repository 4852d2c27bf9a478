//! A user's MFA, as the account desk shows and changes it: the factors the pool offers, the
//! ones the user has on and the preferred one (AdminGetUser's `UserMFASettingList` and
//! `PreferredMfaSetting`), a change to one factor (AdminSetUserMFAPreference), and what the
//! user meets at their next sign-in, in words.

use serde::{Deserialize, Serialize};

use crate::error::AppError;
use crate::i18n::{t, text};
use crate::model::preferences::Lang;

/// A second factor, in the order the page lists them.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum MfaFactor {
    Totp,
    Sms,
    Email,
}

pub const FACTORS: [MfaFactor; 3] = [MfaFactor::Totp, MfaFactor::Sms, MfaFactor::Email];

impl MfaFactor {
    /// The form's value.
    pub fn key(self) -> &'static str {
        match self {
            Self::Totp => "totp",
            Self::Sms => "sms",
            Self::Email => "email",
        }
    }

    pub fn parse(key: &str) -> Option<Self> {
        FACTORS.into_iter().find(|f| f.key() == key)
    }

    /// Cognito's name in `UserMFASettingList` and `PreferredMfaSetting`.
    pub fn cognito_name(self) -> &'static str {
        match self {
            Self::Totp => "SOFTWARE_TOKEN_MFA",
            Self::Sms => "SMS_MFA",
            Self::Email => "EMAIL_OTP",
        }
    }

    pub fn of_cognito_name(name: &str) -> Option<Self> {
        FACTORS.into_iter().find(|f| f.cognito_name() == name)
    }

    /// Its name in `lang`.
    pub fn label(self, lang: Lang) -> String {
        let key = match self {
            Self::Totp => "mfa-factor-totp",
            Self::Sms => "mfa-factor-sms",
            Self::Email => "mfa-factor-email",
        };
        text(lang, key, &[])
    }

    /// How a code of this factor reaches the user, for the sentences below.
    fn code(self, lang: Lang) -> String {
        let key = match self {
            Self::Totp => "mfa-code-totp",
            Self::Sms => "mfa-code-sms",
            Self::Email => "mfa-code-email",
        };
        text(lang, key, &[])
    }
}

/// What a change does to one factor.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum MfaSetting {
    Off,
    On,
    Preferred,
}

impl MfaSetting {
    pub fn key(self) -> &'static str {
        match self {
            Self::Off => "off",
            Self::On => "on",
            Self::Preferred => "preferred",
        }
    }

    pub fn parse(key: &str) -> Option<Self> {
        [Self::Off, Self::On, Self::Preferred].into_iter().find(|s| s.key() == key)
    }
}

/// One factor turned off, on, or on and preferred.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct MfaChange {
    pub factor: MfaFactor,
    pub setting: MfaSetting,
}

impl MfaChange {
    pub fn parse(factor: &str, setting: &str) -> Result<Self, AppError> {
        let factor =
            MfaFactor::parse(factor).ok_or_else(|| AppError::invalid("factor", t("mfa-invalid-factor")))?;
        let setting = MfaSetting::parse(setting)
            .ok_or_else(|| AppError::invalid("setting", t("mfa-invalid-setting")))?;
        Ok(Self { factor, setting })
    }

    /// Whether Cognito can make it for this user in this pool; refused before any call, with
    /// what to do instead. Turning a factor off is always possible.
    pub fn check(&self, pool: &PoolMfa, user: &UserMfa) -> Result<(), AppError> {
        if self.setting == MfaSetting::Off {
            return Ok(());
        }
        let refuse = |message: String| Err(AppError::invalid("setting", message));
        if pool.mode == "OFF" {
            return refuse(t("mfa-refused-pool-off"));
        }
        if !pool.offers(self.factor) {
            return refuse(t("mfa-refused-not-offered"));
        }
        match self.factor {
            // The secret is shared between Cognito and the user's app when the user sets it up
            // (AssociateSoftwareToken with their own token): no admin can do it for them.
            MfaFactor::Totp if !user.on.contains(&MfaFactor::Totp) => refuse(t("mfa-refused-totp")),
            MfaFactor::Sms if !user.has_phone => refuse(t("mfa-refused-no-phone")),
            MfaFactor::Email if !user.has_email => refuse(t("mfa-refused-no-email")),
            _ => Ok(()),
        }
    }
}

/// The pool's MFA (GetUserPoolMfaConfig): `mode` is Cognito's OFF, ON (required) or OPTIONAL.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct PoolMfa {
    pub mode: String,
    pub totp: bool,
    pub sms: bool,
    pub email: bool,
    /// The pool's passkey settings, where it has them.
    #[serde(default)]
    pub passkeys: Option<Passkeys>,
}

/// A pool's passkeys: allowed as a first sign-in factor (the sign-in policy's
/// AllowedFirstAuthFactors has WEB_AUTHN) and GetUserPoolMfaConfig's WebAuthnConfiguration.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Passkeys {
    pub allowed: bool,
    /// The relying party (a domain); `None`: the pool's own domain.
    pub relying_party: Option<String>,
    /// `preferred` or `required`.
    pub user_verification: Option<String>,
}

impl Passkeys {
    /// The pool's passkeys, and what the desk can do about a user's: nothing but show them,
    /// since Cognito lists and deletes passkeys only with the user's own token
    /// (ListWebAuthnCredentials, DeleteWebAuthnCredential).
    pub fn describe(&self, lang: Lang) -> String {
        if !self.allowed {
            return text(lang, "passkeys-off", &[]);
        }
        let party = match self.relying_party.as_deref() {
            Some(party) => party.to_string(),
            None => text(lang, "passkeys-party-default", &[]),
        };
        let verification = match self.user_verification.as_deref() {
            Some("required") => text(lang, "passkeys-verification-required", &[]),
            Some("preferred") => text(lang, "passkeys-verification-preferred", &[]),
            _ => String::new(),
        };
        text(lang, "passkeys-on", &[("party", party.into()), ("verification", verification.into())])
    }
}

impl PoolMfa {
    pub fn of(pool: &crate::model::pool::PoolDetail) -> Self {
        Self {
            mode: pool.mfa.clone(),
            totp: pool.mfa_totp,
            sms: pool.mfa_sms,
            email: pool.mfa_email,
            passkeys: pool.passkeys.clone(),
        }
    }

    pub fn offers(&self, factor: MfaFactor) -> bool {
        match factor {
            MfaFactor::Totp => self.totp,
            MfaFactor::Sms => self.sms,
            MfaFactor::Email => self.email,
        }
    }

    pub fn describe(&self, lang: Lang) -> String {
        let key = match self.mode.as_str() {
            "ON" => "mfa-pool-on",
            "OPTIONAL" => "mfa-pool-optional",
            _ => "mfa-pool-off",
        };
        text(lang, key, &[])
    }
}

/// What Cognito reports of one user's MFA.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct UserMfa {
    /// The factors on, in `FACTORS` order.
    pub on: Vec<MfaFactor>,
    pub preferred: Option<MfaFactor>,
    pub has_phone: bool,
    pub has_email: bool,
}

impl UserMfa {
    /// From AdminGetUser's names and the user's attributes (`phone_number`, `email`).
    pub fn of(mfa_methods: &[String], preferred: Option<&str>, has_phone: bool, has_email: bool) -> Self {
        let on = FACTORS.into_iter().filter(|f| mfa_methods.iter().any(|m| m == f.cognito_name())).collect();
        Self { on, preferred: preferred.and_then(MfaFactor::of_cognito_name), has_phone, has_email }
    }

    /// What the user meets at their next sign-in, after the password, in `lang`.
    pub fn next_sign_in(&self, pool: &PoolMfa, lang: Lang) -> String {
        let on: Vec<MfaFactor> = self.on.iter().copied().filter(|f| pool.offers(*f)).collect();
        let enters =
            |factor: MfaFactor| text(lang, "next-sign-in-enters", &[("code", factor.code(lang).into())]);
        match (pool.mode.as_str(), self.preferred.filter(|p| on.contains(p)), on.as_slice()) {
            ("ON" | "OPTIONAL", Some(preferred), _) => enters(preferred),
            ("ON" | "OPTIONAL", None, [only]) => enters(*only),
            ("ON" | "OPTIONAL", None, [_, ..]) => text(lang, "next-sign-in-chooses", &[]),
            ("ON", None, []) if pool.totp => text(lang, "next-sign-in-sets-up-app", &[]),
            ("ON", None, []) => text(lang, "next-sign-in-other-means", &[]),
            _ => text(lang, "next-sign-in-password-alone", &[]),
        }
    }
}

/// A sign-in factor of AdminGetUserAuthFactors in words (one Pooldesk does not know, as it
/// comes).
pub fn sign_in_factor_label(name: &str, lang: Lang) -> String {
    let key = match name {
        "PASSWORD" => "sign-in-factor-password",
        "EMAIL_OTP" => "sign-in-factor-email",
        "SMS_OTP" => "sign-in-factor-sms",
        "WEB_AUTHN" => "sign-in-factor-passkey",
        other => return other.to_lowercase().replace('_', " "),
    };
    text(lang, key, &[])
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn passkeys_are_said_with_what_the_desk_cannot_do() {
        assert_eq!(Passkeys::default().describe(Lang::En), "Passkeys are not a sign-in option of this pool.");
        let on = Passkeys {
            allowed: true,
            relying_party: Some("auth.example.com".into()),
            user_verification: Some("required".into()),
        };
        let said = on.describe(Lang::En);
        assert!(
            said.starts_with(
                "Passkeys: allowed (relying party auth.example.com, user verification required)."
            )
        );
        assert!(said.contains("only from the user's own sign-in"));
    }

    fn pool(mode: &str) -> PoolMfa {
        PoolMfa { mode: mode.into(), totp: true, sms: true, email: false, passkeys: None }
    }

    #[test]
    fn the_next_sign_in_in_words() {
        let totp = UserMfa::of(&["SOFTWARE_TOKEN_MFA".into()], Some("SOFTWARE_TOKEN_MFA"), true, true);
        let next = |user: &UserMfa, mode: &str| user.next_sign_in(&pool(mode), Lang::En);
        assert!(next(&totp, "OPTIONAL").contains("authenticator app"));
        assert!(totp.next_sign_in(&pool("OPTIONAL"), Lang::De).contains("Authenticator-App"));
        assert!(next(&totp, "OFF").contains("password alone"));
        let none = UserMfa::default();
        assert!(next(&none, "OPTIONAL").contains("password alone"));
        assert!(next(&none, "ON").contains("set one up"));
        let both = UserMfa::of(&["SMS_MFA".into(), "SOFTWARE_TOKEN_MFA".into()], None, true, true);
        assert_eq!(both.on, [MfaFactor::Totp, MfaFactor::Sms]);
        assert!(next(&both, "ON").contains("chooses"));
        // A factor the pool no longer offers is not asked for.
        let email = UserMfa::of(&["EMAIL_OTP".into()], Some("EMAIL_OTP"), false, true);
        assert!(next(&email, "OPTIONAL").contains("password alone"));
    }

    #[test]
    fn a_change_cognito_cannot_make_is_refused_by_field() {
        let user = UserMfa { has_phone: false, has_email: true, ..UserMfa::default() };
        let change = |f: &str, s: &str| MfaChange::parse(f, s).unwrap();
        let field = |r: Result<(), AppError>| r.unwrap_err().field().unwrap_or_default().to_string();
        assert_eq!(MfaChange::parse("push", "on").unwrap_err().field(), Some("factor"));
        assert_eq!(MfaChange::parse("sms", "maybe").unwrap_err().field(), Some("setting"));
        assert_eq!(field(change("sms", "on").check(&pool("OPTIONAL"), &user)), "setting");
        assert_eq!(field(change("totp", "preferred").check(&pool("OPTIONAL"), &user)), "setting");
        assert_eq!(field(change("email", "on").check(&pool("OPTIONAL"), &user)), "setting");
        assert_eq!(field(change("sms", "on").check(&pool("OFF"), &user)), "setting");
        assert!(change("totp", "off").check(&pool("OFF"), &user).is_ok(), "off is always possible");
        let with_totp = UserMfa { on: vec![MfaFactor::Totp], ..user };
        assert!(change("totp", "preferred").check(&pool("ON"), &with_totp).is_ok());
    }
}
