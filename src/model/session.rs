use serde::{Deserialize, Serialize};

/// The signed-in operator, as the browser may see it (no token, no session id).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Operator {
    pub sub: String,
    pub username: String,
    pub email: Option<String>,
    /// From the operator's groups; re-read with them (see `server::guard`).
    #[serde(default)]
    pub role: crate::model::role::Role,
}

impl Operator {
    /// Whether this operator may call server function `F` (for hiding what they cannot do).
    pub fn may<F: crate::model::role::Permission>(&self) -> bool {
        F::allows(self.role)
    }
}

/// Where a login attempt stands after one step.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum LoginStep {
    SignedIn,
    NewPasswordRequired,
    MfaRequired,
}

/// `path` if it is a path of this site (`/…`, not `//host` or `/\host`): where a form may send
/// the operator back to after a step-up. Anything else is dropped, so a link cannot redirect
/// elsewhere.
pub fn local_path(path: &str) -> Option<&str> {
    let local = path.starts_with('/')
        && !path.starts_with("//")
        && !path.contains('\\')
        && !path.chars().any(char::is_control);
    local.then_some(path)
}

/// A delete's confirmation: `typed` must repeat `expected` (the name of what goes), or the
/// refusal is shown beside the field. The form's `TypeToConfirm` asks for the same.
pub fn check_typed(typed: &str, expected: &str) -> Result<(), crate::error::AppError> {
    if typed.trim() == expected {
        Ok(())
    } else {
        let message = crate::i18n::t_with("invalid-typed", &[("expected", expected.to_string().into())]);
        Err(crate::error::AppError::invalid("confirm", message))
    }
}

impl LoginStep {
    /// The page that continues the login from this step.
    pub fn next_path(self) -> &'static str {
        match self {
            Self::SignedIn => "/pools",
            Self::NewPasswordRequired => "/login/new-password",
            Self::MfaRequired => "/login/mfa",
        }
    }
}

#[cfg(test)]
mod tests {
    use super::local_path;

    #[test]
    fn a_delete_is_confirmed_by_its_exact_name() {
        assert_eq!(super::check_typed(" MyApp-UserPool ", "MyApp-UserPool"), Ok(()));
        let refused = super::check_typed("myapp-userpool", "MyApp-UserPool").unwrap_err();
        assert_eq!(refused.field(), Some("confirm"));
        assert_eq!(refused.to_string(), "Type MyApp-UserPool exactly to confirm.");
    }

    #[test]
    fn only_paths_of_this_site_are_kept() {
        assert_eq!(local_path("/pools/p/clients?x=1"), Some("/pools/p/clients?x=1"));
        for other in ["", "https://evil.example/", "//evil.example/", "/\\evil.example", "pools", "/a\nb"] {
            assert_eq!(local_path(other), None, "{other}");
        }
    }
}
