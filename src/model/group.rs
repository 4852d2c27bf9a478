use serde::{Deserialize, Serialize};

use crate::error::AppError;
use crate::i18n::t;

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct GroupInfo {
    pub name: String,
    pub description: Option<String>,
    pub precedence: Option<i32>,
    pub role_arn: Option<String>,
    pub created: Option<i64>,
    pub modified: Option<i64>,
    /// Whether its membership is out of the signed-in operator's reach (a console group in the
    /// console's own pool, below admin): the pages leave it out of pickers and offer no add or
    /// remove. Set by the server functions that list groups.
    #[serde(default)]
    pub locked: bool,
}

/// The guide's groups: name, precedence (lower wins), description.
pub const GUIDE_GROUPS: [(&str, i32, &str); 5] = [
    ("admin", 1, "Administrators with full access"),
    ("moderator", 5, "Moderators who review content"),
    ("premium", 8, "Paying users with premium features"),
    ("user", 10, "Regular users"),
    ("readonly", 15, "Read-only access"),
];

/// What the create and edit forms send.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct GroupInput {
    pub name: String,
    pub description: String,
    pub precedence: String,
    pub role_arn: String,
}

/// A checked group, ready for Cognito.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ValidGroup {
    pub name: String,
    pub description: Option<String>,
    pub precedence: Option<i32>,
    pub role_arn: Option<String>,
}

/// Cognito's rules for a group name: 1 to 128 characters of `[\p{L}\p{M}\p{S}\p{N}\p{P}]`,
/// i.e. no whitespace and no control characters.
pub fn validate_group_name(name: &str) -> Result<(), AppError> {
    let len = name.chars().count();
    if len == 0 {
        return Err(AppError::invalid("name", t("invalid-group-name")));
    }
    if len > 128 {
        return Err(AppError::invalid("name", t("invalid-max-128")));
    }
    if name.chars().any(|c| c.is_whitespace() || c.is_control()) {
        return Err(AppError::invalid("name", t("invalid-group-spaces")));
    }
    Ok(())
}

/// An IAM role ARN: `arn:<partition>:iam::<12-digit account>:role/<path/name>`.
pub fn validate_role_arn(arn: &str) -> Result<(), AppError> {
    if super::arn::is_role_arn(arn) {
        Ok(())
    } else {
        Err(AppError::invalid("role_arn", t("invalid-role-arn")))
    }
}

impl GroupInput {
    pub fn validate(&self) -> Result<ValidGroup, AppError> {
        let name = self.name.trim().to_string();
        validate_group_name(&name)?;
        let description = self.description.trim();
        if description.chars().count() > 2048 {
            return Err(AppError::invalid("description", t("invalid-max-2048")));
        }
        let precedence = match self.precedence.trim() {
            "" => None,
            p => Some(
                p.parse::<i32>()
                    .ok()
                    .filter(|p| *p >= 0)
                    .ok_or_else(|| AppError::invalid("precedence", t("invalid-precedence")))?,
            ),
        };
        let role_arn = match self.role_arn.trim() {
            "" => None,
            arn => {
                validate_role_arn(arn)?;
                Some(arn.to_string())
            }
        };
        Ok(ValidGroup {
            name,
            description: (!description.is_empty()).then(|| description.to_string()),
            precedence,
            role_arn,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn input(name: &str, precedence: &str, role: &str) -> GroupInput {
        GroupInput {
            name: name.into(),
            description: " Staff ".into(),
            precedence: precedence.into(),
            role_arn: role.into(),
        }
    }

    #[test]
    fn accepts_a_complete_group() {
        let g = input("admin", "1", "arn:aws:iam::123456789012:role/cognito/Admin").validate().unwrap();
        assert_eq!(g.precedence, Some(1));
        assert_eq!(g.description.as_deref(), Some("Staff"));
        assert_eq!(input("x", "2147483647", "").validate().unwrap().precedence, Some(i32::MAX));
        assert_eq!(input("x", "", "").validate().unwrap().precedence, None);
    }

    #[test]
    fn refuses_each_bad_field_by_name() {
        let field = |g: GroupInput| g.validate().unwrap_err().field().unwrap().to_string();
        assert_eq!(field(input("", "1", "")), "name");
        assert_eq!(field(input("two words", "1", "")), "name");
        assert_eq!(field(input(&"x".repeat(129), "1", "")), "name");
        assert_eq!(field(input("ok", "-1", "")), "precedence");
        assert_eq!(field(input("ok", "2147483648", "")), "precedence");
        assert_eq!(field(input("ok", "1.5", "")), "precedence");
        assert_eq!(field(input("ok", "1", "arn:aws:iam::123:role/x")), "role_arn");
        assert_eq!(field(input("ok", "1", "arn:aws:s3:::bucket")), "role_arn");
    }
}
