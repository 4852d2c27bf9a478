use serde::{Deserialize, Serialize};

use crate::error::AppError;
use crate::i18n::t;
use crate::model::group::validate_group_name;
use crate::model::pool::PoolDetail;

/// One row of the users table.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct UserRow {
    pub username: String,
    pub email: Option<String>,
    /// UNCONFIRMED, CONFIRMED, FORCE_CHANGE_PASSWORD, RESET_REQUIRED, …
    pub status: String,
    pub enabled: bool,
    pub created: Option<i64>,
    pub modified: Option<i64>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct UserPage {
    pub users: Vec<UserRow>,
    pub next_token: Option<String>,
}

/// ListUsers pages hold at most 60 users.
pub const MAX_USERS_PAGE: i32 = 60;

/// The attributes ListUsers can filter on.
pub const SEARCHABLE_ATTRIBUTES: [&str; 10] = [
    "email",
    "username",
    "phone_number",
    "name",
    "given_name",
    "family_name",
    "preferred_username",
    "sub",
    "status",
    "cognito:user_status",
];

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum MatchKind {
    /// `=`
    Exact,
    /// `^=`
    Prefix,
}

impl MatchKind {
    pub fn operator(self) -> &'static str {
        match self {
            Self::Exact => "=",
            Self::Prefix => "^=",
        }
    }

    pub fn parse(s: &str) -> Self {
        if s == "exact" { Self::Exact } else { Self::Prefix }
    }

    pub fn as_param(self) -> &'static str {
        match self {
            Self::Exact => "exact",
            Self::Prefix => "prefix",
        }
    }
}

/// ListUsers' filter expression, e.g. `email ^= "ann"`. The value is quoted with `"` and `\`
/// escaped, so that no input can end the string and add to the expression.
pub fn filter_expression(attribute: &str, kind: MatchKind, value: &str) -> Result<String, AppError> {
    if !SEARCHABLE_ATTRIBUTES.contains(&attribute) {
        return Err(AppError::invalid("attribute", t("invalid-search-attribute")));
    }
    if value.chars().count() > 256 || value.chars().any(char::is_control) {
        return Err(AppError::invalid("value", t("invalid-search-value")));
    }
    let mut quoted = String::with_capacity(value.len() + 2);
    for c in value.chars() {
        if c == '"' || c == '\\' {
            quoted.push('\\');
        }
        quoted.push(c);
    }
    Ok(format!("{attribute} {} \"{quoted}\"", kind.operator()))
}

/// An attribute of a user, as Cognito stores it (all values are strings).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Attribute {
    pub name: String,
    pub value: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct GroupRef {
    pub name: String,
    pub precedence: Option<i32>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct UserDetail {
    pub username: String,
    pub sub: Option<String>,
    pub status: String,
    pub enabled: bool,
    pub created: Option<i64>,
    pub modified: Option<i64>,
    pub attributes: Vec<Attribute>,
    pub preferred_mfa: Option<String>,
    pub mfa_methods: Vec<String>,
    /// Sorted by precedence, lowest (strongest) first.
    pub groups: Vec<GroupRef>,
    /// Whether this is the operator looking at the page (no disable, delete or leaving admin).
    pub is_self: bool,
    /// Attributes the pool lets an admin change (mutable in its schema).
    #[serde(default)]
    pub editable: Vec<String>,
    /// What the signed-in operator may change on this user (the target rule, `server::desk`).
    #[serde(default)]
    pub access: TargetAccess,
    /// The pool's MFA, for the user page's MFA card.
    #[serde(default)]
    pub pool_mfa: crate::model::mfa::PoolMfa,
    /// AdminGetUserAuthFactors' names, where the endpoint has the operation.
    #[serde(default)]
    pub sign_in_factors: Option<Vec<String>>,
}

/// What the page offers the operator on one user. The server applies the same rule again at
/// call time; this only keeps the page from offering what it would refuse.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct TargetAccess {
    /// Why the operator may change nothing on this user (a console operator, for a support
    /// operator), if so.
    pub locked: Option<String>,
    /// Groups whose membership the operator may not change here (the console's groups, below
    /// admin, in the console's pool).
    pub locked_groups: Vec<String>,
}

impl UserDetail {
    /// An empty user, for tests and for building one field by field.
    pub fn sample() -> Self {
        Self {
            username: "u".into(),
            sub: None,
            status: "CONFIRMED".into(),
            enabled: true,
            created: None,
            modified: None,
            attributes: Vec::new(),
            preferred_mfa: None,
            mfa_methods: Vec::new(),
            groups: Vec::new(),
            is_self: false,
            editable: Vec::new(),
            access: TargetAccess::default(),
            pool_mfa: crate::model::mfa::PoolMfa::default(),
            sign_in_factors: None,
        }
    }

    pub fn attribute(&self, name: &str) -> Option<&str> {
        self.attributes.iter().find(|a| a.name == name).map(|a| a.value.as_str())
    }

    /// The user's MFA as Cognito reported it with the user.
    pub fn mfa(&self) -> crate::model::mfa::UserMfa {
        let has = |name: &str| self.attribute(name).is_some_and(|v| !v.is_empty());
        crate::model::mfa::UserMfa::of(
            &self.mfa_methods,
            self.preferred_mfa.as_deref(),
            has("phone_number"),
            has("email"),
        )
    }
}

/// Sorts groups the way Cognito resolves them: lowest precedence first, groups without one
/// last, then by name.
pub fn sort_by_precedence(groups: &mut [GroupRef]) {
    groups.sort_by(|a, b| {
        (a.precedence.is_none(), a.precedence, &a.name).cmp(&(b.precedence.is_none(), b.precedence, &b.name))
    });
}

/// What the create-user form sends.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct NewUserInput {
    pub username: String,
    pub email: String,
    pub phone_number: String,
    pub attributes: Vec<(String, String)>,
    pub temporary_password: String,
    /// "email", "sms" or "suppress".
    pub invitation: String,
    pub email_verified: bool,
    pub phone_verified: bool,
    pub group: String,
}

/// A new user checked against the pool's settings, ready for AdminCreateUser.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CheckedNewUser {
    pub username: String,
    /// `None`: generate one.
    pub temporary_password: Option<String>,
    pub invite: bool,
    pub delivery_sms: bool,
    pub attributes: Vec<(String, String)>,
    pub group: Option<String>,
}

fn valid_email(email: &str) -> bool {
    let mut parts = email.split('@');
    matches!((parts.next(), parts.next(), parts.next()), (Some(local), Some(domain), None)
        if !local.is_empty() && domain.contains('.') && !domain.starts_with('.') && !domain.ends_with('.'))
        && email.len() <= 2048
        && !email.chars().any(|c| c.is_whitespace() || c.is_control())
}

/// E.164, as Cognito wants phone numbers: `+` and 8 to 15 digits.
fn valid_phone(phone: &str) -> bool {
    phone
        .strip_prefix('+')
        .is_some_and(|d| (8..=15).contains(&d.len()) && d.bytes().all(|b| b.is_ascii_digit()))
}

impl NewUserInput {
    /// Checks the input against the pool: its sign-in identifiers, required attributes and
    /// password policy. Every problem names its field.
    pub fn validate(&self, pool: &PoolDetail) -> Result<CheckedNewUser, AppError> {
        let email = self.email.trim();
        let phone = self.phone_number.trim();
        if !email.is_empty() && !valid_email(email) {
            return Err(AppError::invalid("email", t("invalid-email")));
        }
        if !phone.is_empty() && !valid_phone(phone) {
            return Err(AppError::invalid("phone_number", t("invalid-phone")));
        }
        let by_email = pool.username_attributes.iter().any(|a| a == "email");
        let by_phone = pool.username_attributes.iter().any(|a| a == "phone_number");
        let username = if by_email && !email.is_empty() {
            email.to_string()
        } else if by_phone && !phone.is_empty() {
            phone.to_string()
        } else if by_email || by_phone {
            let field = if by_email { "email" } else { "phone_number" };
            return Err(AppError::invalid(field, t("invalid-signs-in-with-it")));
        } else {
            let u = self.username.trim();
            if u.is_empty()
                || u.chars().count() > 128
                || u.chars().any(|c| c.is_whitespace() || c.is_control())
            {
                return Err(AppError::invalid("username", t("invalid-username")));
            }
            u.to_string()
        };
        let mut attributes = Vec::new();
        if !email.is_empty() {
            attributes.push(("email".to_string(), email.to_string()));
            if self.email_verified {
                attributes.push(("email_verified".to_string(), "true".to_string()));
            }
        } else if self.email_verified {
            return Err(AppError::invalid("email", t("invalid-email-to-verify")));
        }
        if !phone.is_empty() {
            attributes.push(("phone_number".to_string(), phone.to_string()));
            if self.phone_verified {
                attributes.push(("phone_number_verified".to_string(), "true".to_string()));
            }
        } else if self.phone_verified {
            return Err(AppError::invalid("phone_number", t("invalid-phone-to-verify")));
        }
        for name in &pool.required_attributes {
            if name == "email" || name == "phone_number" {
                let given = if name == "email" { email } else { phone };
                if given.is_empty() {
                    return Err(AppError::invalid(name.clone(), t("invalid-required")));
                }
                continue;
            }
            if name == "sub" {
                continue;
            }
            let value = self.attributes.iter().find(|(n, _)| n == name).map(|(_, v)| v.trim()).unwrap_or("");
            if value.is_empty() {
                return Err(AppError::invalid(format!("attributes[{name}]"), t("invalid-required")));
            }
            if value.chars().count() > 2048 {
                return Err(AppError::invalid(format!("attributes[{name}]"), t("invalid-max-2048")));
            }
            attributes.push((name.clone(), value.to_string()));
        }
        let temporary_password = match self.temporary_password.as_str() {
            "" => None,
            typed => {
                let broken = pool.password_policy.violations(typed);
                if !broken.is_empty() {
                    return Err(AppError::invalid("temporary_password", broken.join(" ")));
                }
                Some(typed.to_string())
            }
        };
        let (invite, delivery_sms) = match self.invitation.as_str() {
            "email" if email.is_empty() => {
                return Err(AppError::invalid("email", t("invalid-email-invitation")));
            }
            "sms" if phone.is_empty() => {
                return Err(AppError::invalid("phone_number", t("invalid-sms-invitation")));
            }
            "email" => (true, false),
            "sms" => (true, true),
            _ => (false, false),
        };
        let group = match self.group.trim() {
            "" => None,
            g => {
                validate_group_name(g).map_err(|_| AppError::invalid("group", t("invalid-choose-group")))?;
                Some(g.to_string())
            }
        };
        Ok(CheckedNewUser { username, temporary_password, invite, delivery_sms, attributes, group })
    }
}

#[cfg(test)]
mod new_user_tests {
    use super::*;
    use crate::model::pool::{PasswordPolicy, SchemaAttribute};

    fn pool(username_attributes: &[&str], required: &[&str]) -> PoolDetail {
        PoolDetail {
            id: "us-east-1_x".into(),
            name: "p".into(),
            region: "us-east-1".into(),
            username_attributes: username_attributes.iter().map(|s| s.to_string()).collect(),
            password_policy: PasswordPolicy::default(),
            mfa: "OFF".into(),
            required_attributes: required.iter().map(|s| s.to_string()).collect(),
            ..PoolDetail::default()
        }
    }

    fn input() -> NewUserInput {
        NewUserInput {
            email: "ann@example.com".into(),
            attributes: vec![("given_name".into(), "Ann".into()), ("family_name".into(), "Lee".into())],
            invitation: "suppress".into(),
            email_verified: true,
            ..Default::default()
        }
    }

    #[test]
    fn attributes_are_labelled_in_words_with_cognitos_name_after() {
        use crate::model::preferences::Lang;
        assert_eq!(super::attribute_label("given_name", Lang::En), "Given name (given_name)");
        assert_eq!(super::attribute_label("given_name", Lang::De), "Vorname (given_name)");
        assert_eq!(super::attribute_label("custom:tenant", Lang::De), "tenant (custom:tenant)");
        assert_eq!(super::attribute_label("dev:custom:x", Lang::En), "dev:custom:x (dev:custom:x)");
    }

    #[test]
    fn email_pools_use_the_email_as_username() {
        let u = input().validate(&pool(&["email"], &["email", "given_name", "family_name"])).unwrap();
        assert_eq!(u.username, "ann@example.com");
        assert_eq!(u.temporary_password, None);
        assert!(u.attributes.contains(&("email_verified".into(), "true".into())));
        assert!(u.attributes.contains(&("family_name".into(), "Lee".into())));
        assert!(!u.invite);
    }

    #[test]
    fn each_problem_names_its_field() {
        let p = pool(&["email"], &["email", "given_name", "family_name"]);
        let field = |i: NewUserInput| i.validate(&p).unwrap_err().field().unwrap().to_string();
        assert_eq!(field(NewUserInput { email: "not-an-email".into(), ..input() }), "email");
        assert_eq!(field(NewUserInput { email: String::new(), email_verified: false, ..input() }), "email");
        assert_eq!(field(NewUserInput { attributes: vec![], ..input() }), "attributes[given_name]");
        assert_eq!(
            field(NewUserInput { temporary_password: "weak".into(), ..input() }),
            "temporary_password"
        );
        assert_eq!(field(NewUserInput { phone_number: "555".into(), ..input() }), "phone_number");
        assert_eq!(field(NewUserInput { invitation: "sms".into(), ..input() }), "phone_number");
        let username_pool = pool(&[], &[]);
        let err =
            NewUserInput { username: "two words".into(), ..input() }.validate(&username_pool).unwrap_err();
        assert_eq!(err.field(), Some("username"));
    }

    fn user_with(attributes: &[(&str, &str)]) -> UserDetail {
        UserDetail {
            attributes: attributes
                .iter()
                .map(|(n, v)| Attribute { name: n.to_string(), value: v.to_string() })
                .collect(),
            ..UserDetail::sample()
        }
    }

    #[test]
    fn attribute_changes_follow_the_schema() {
        let mut p = pool(&["email"], &["email", "family_name"]);
        let attr =
            |name: &str, mutable: bool| SchemaAttribute { name: name.into(), mutable, ..Default::default() };
        p.schema = vec![
            attr("sub", false),
            attr("email", true),
            attr("family_name", true),
            attr("nickname", true),
            attr("birthdate", false),
        ];
        let u = user_with(&[("email", "a@example.com"), ("family_name", "Lee"), ("nickname", "al")]);
        let submit = |pairs: &[(&str, &str)]| {
            attribute_change(&p, &u, pairs.iter().map(|(n, v)| (n.to_string(), v.to_string())))
        };
        // Unchanged values are left out; an emptied optional one is removed.
        let change = submit(&[("email", "a@example.com"), ("family_name", "Li"), ("nickname", "")]).unwrap();
        assert_eq!(change.set, vec![("family_name".to_string(), "Li".to_string())]);
        assert_eq!(change.remove, vec!["nickname".to_string()]);
        let field = |pairs: &[(&str, &str)]| submit(pairs).unwrap_err().field().unwrap().to_string();
        assert_eq!(field(&[("family_name", "")]), "attributes[family_name]");
        assert_eq!(field(&[("birthdate", "2000-01-01")]), "attributes[birthdate]");
        assert_eq!(field(&[("sub", "x")]), "attributes[sub]");
        assert_eq!(field(&[("email", "nope")]), "attributes[email]");
        assert_eq!(editable_attributes(&p), ["email", "family_name", "nickname"]);
    }

    #[test]
    fn typed_passwords_and_invitations_pass_through() {
        let p = pool(&[], &[]);
        let u = NewUserInput {
            username: "ann".into(),
            temporary_password: "Good-Pass-123!".into(),
            invitation: "email".into(),
            ..input()
        }
        .validate(&p)
        .unwrap();
        assert_eq!(u.username, "ann");
        assert_eq!(u.temporary_password.as_deref(), Some("Good-Pass-123!"));
        assert!(u.invite && !u.delivery_sms);
    }
}

/// Attributes a user may not edit through the console even when mutable: identifiers Cognito
/// manages itself.
const MANAGED_ATTRIBUTES: [&str; 3] = ["sub", "identities", "updated_at"];

/// The attributes of `pool` an admin can edit.
/// An attribute as people say it, with Cognito's name after it for those who know the API:
/// "Given name (given_name)", "tenant (custom:tenant)".
pub fn attribute_label(name: &str, lang: crate::model::preferences::Lang) -> String {
    let key = match name {
        "address" => "attr-address",
        "birthdate" => "attr-birthdate",
        "email" => "attr-email",
        "email_verified" => "attr-email-verified",
        "family_name" => "attr-family-name",
        "gender" => "attr-gender",
        "given_name" => "attr-given-name",
        "locale" => "attr-locale",
        "middle_name" => "attr-middle-name",
        "name" => "attr-name",
        "nickname" => "attr-nickname",
        "phone_number" => "attr-phone-number",
        "phone_number_verified" => "attr-phone-number-verified",
        "picture" => "attr-picture",
        "preferred_username" => "attr-preferred-username",
        "profile" => "attr-profile",
        "sub" => "attr-sub",
        "updated_at" => "attr-updated-at",
        "website" => "attr-website",
        "zoneinfo" => "attr-zoneinfo",
        other => return format!("{} ({other})", other.strip_prefix("custom:").unwrap_or(other)),
    };
    format!("{} ({name})", crate::i18n::text(lang, key, &[]))
}

pub fn editable_attributes(pool: &PoolDetail) -> Vec<String> {
    pool.schema
        .iter()
        .filter(|a| a.mutable && !MANAGED_ATTRIBUTES.contains(&a.name.as_str()))
        .map(|a| a.name.clone())
        .collect()
}

/// What an attribute edit does: values to set and names to remove.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct AttributeChange {
    pub set: Vec<(String, String)>,
    pub remove: Vec<String>,
}

/// Checks an edit against the pool's schema and the user's current values. Unchanged values
/// are left out, so an untouched form changes nothing.
pub fn attribute_change(
    pool: &PoolDetail,
    user: &UserDetail,
    submitted: impl IntoIterator<Item = (String, String)>,
) -> Result<AttributeChange, AppError> {
    let editable = editable_attributes(pool);
    let mut change = AttributeChange::default();
    let mut submitted: Vec<(String, String)> = submitted.into_iter().collect();
    submitted.sort();
    for (name, value) in submitted {
        let field = format!("attributes[{name}]");
        if !editable.contains(&name) {
            return Err(AppError::invalid(field, t("invalid-immutable")));
        }
        let value = value.trim().to_string();
        if value.chars().count() > 2048 {
            return Err(AppError::invalid(field, t("invalid-max-2048")));
        }
        if user.attribute(&name) == Some(value.as_str())
            || (value.is_empty() && user.attribute(&name).is_none())
        {
            continue;
        }
        if value.is_empty() {
            if pool.required_attributes.contains(&name) {
                return Err(AppError::invalid(field, t("invalid-required")));
            }
            change.remove.push(name);
            continue;
        }
        if name == "email" && !valid_email(&value) {
            return Err(AppError::invalid(field, t("invalid-email")));
        }
        if name == "phone_number" && !valid_phone(&value) {
            return Err(AppError::invalid(field, t("invalid-phone-short")));
        }
        if name.ends_with("_verified") && value != "true" && value != "false" {
            return Err(AppError::invalid(field, t("invalid-true-false")));
        }
        change.set.push((name, value));
    }
    Ok(change)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn filter_quotes_and_escapes_the_value() {
        assert_eq!(filter_expression("email", MatchKind::Prefix, "ann").unwrap(), r#"email ^= "ann""#);
        assert_eq!(
            filter_expression("name", MatchKind::Exact, r#"a" or email ^= "\"#).unwrap(),
            r#"name = "a\" or email ^= \"\\""#
        );
        assert_eq!(
            filter_expression("cognito:user_status", MatchKind::Exact, "CONFIRMED").unwrap(),
            r#"cognito:user_status = "CONFIRMED""#
        );
    }

    #[test]
    fn filter_refuses_other_attributes_and_control_characters() {
        assert!(filter_expression("custom:tier", MatchKind::Exact, "x").is_err());
        assert!(filter_expression("email", MatchKind::Exact, "a\nb").is_err());
    }

    #[test]
    fn groups_sort_by_precedence_then_name() {
        let g = |n: &str, p: Option<i32>| GroupRef { name: n.into(), precedence: p };
        let mut groups = vec![g("user", Some(10)), g("none", None), g("admin", Some(1)), g("also", Some(10))];
        sort_by_precedence(&mut groups);
        let names: Vec<_> = groups.iter().map(|g| g.name.as_str()).collect();
        assert_eq!(names, ["admin", "also", "user", "none"]);
    }
}
