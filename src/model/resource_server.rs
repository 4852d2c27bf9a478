//! A pool's resource servers with their custom scopes.

use serde::{Deserialize, Serialize};

use crate::error::AppError;
use crate::i18n::{t, t_with};

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Scope {
    pub name: String,
    pub description: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ResourceServer {
    pub identifier: String,
    pub name: String,
    pub scopes: Vec<Scope>,
}

impl ResourceServer {
    /// The scopes as clients ask for them: `identifier/name`.
    pub fn full_scopes(&self) -> Vec<String> {
        self.scopes.iter().map(|s| format!("{}/{}", self.identifier, s.name)).collect()
    }
}

/// The scopes field: one per line, the name first, then its description.
pub fn scopes_text(scopes: &[Scope]) -> String {
    scopes.iter().map(|s| format!("{} {}", s.name, s.description)).collect::<Vec<_>>().join("\n")
}

/// Checks the resource server form against Cognito's patterns: identifier and scope names are
/// printable without spaces, quotes or backslashes (scope names also without `/`); every scope
/// needs a description; at most 100 scopes.
pub fn validate_resource_server(
    identifier: &str,
    name: &str,
    scopes: &str,
) -> Result<ResourceServer, AppError> {
    let printable = |s: &str, extra_forbidden: &[u8]| {
        s.bytes()
            .all(|b| (0x21..=0x7e).contains(&b) && b != b'"' && b != b'\\' && !extra_forbidden.contains(&b))
    };
    let identifier = identifier.trim();
    if identifier.is_empty() || identifier.len() > 256 || !printable(identifier, b"") {
        return Err(AppError::invalid("identifier", t("rs-error-identifier")));
    }
    let name = name.trim();
    crate::model::arn::validate_display_name(name, 256, "resource_name")?;
    let mut list: Vec<Scope> = Vec::new();
    for line in scopes.lines().map(str::trim).filter(|l| !l.is_empty()) {
        let (scope, description) = line.split_once(char::is_whitespace).unwrap_or((line, ""));
        let description = description.trim();
        if scope.len() > 256 || !printable(scope, b"/") {
            return Err(AppError::invalid(
                "scopes",
                t_with("rs-error-scope-name", &[("scope", scope.to_string().into())]),
            ));
        }
        if description.is_empty() || description.chars().count() > 256 {
            return Err(AppError::invalid(
                "scopes",
                t_with("rs-error-scope-description", &[("scope", scope.to_string().into())]),
            ));
        }
        if list.iter().any(|s| s.name == scope) {
            return Err(AppError::invalid(
                "scopes",
                t_with("rs-error-scope-twice", &[("scope", scope.to_string().into())]),
            ));
        }
        list.push(Scope { name: scope.to_string(), description: description.to_string() });
    }
    if list.len() > 100 {
        return Err(AppError::invalid("scopes", t("rs-error-too-many-scopes")));
    }
    Ok(ResourceServer { identifier: identifier.to_string(), name: name.to_string(), scopes: list })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn field<T: std::fmt::Debug>(r: Result<T, AppError>) -> String {
        r.unwrap_err().field().unwrap_or("-").to_string()
    }

    #[test]
    fn resource_servers() {
        let rs =
            validate_resource_server("myapp-api", "MyApp API", "read Read access\n\nwrite  Write access")
                .unwrap();
        assert_eq!(rs.full_scopes(), ["myapp-api/read", "myapp-api/write"]);
        assert_eq!(rs.scopes[1].description, "Write access");
        assert_eq!(scopes_text(&rs.scopes), "read Read access\nwrite Write access");
        assert_eq!(field(validate_resource_server("my api", "n", "")), "identifier");
        assert_eq!(field(validate_resource_server("api", "", "")), "resource_name");
        assert_eq!(field(validate_resource_server("api", "n", "read")), "scopes");
        assert_eq!(field(validate_resource_server("api", "n", "a/b desc")), "scopes");
        assert_eq!(field(validate_resource_server("api", "n", "a x\na y")), "scopes");
        let twice = validate_resource_server("api", "n", "a x\na y").unwrap_err().to_string();
        assert_eq!(twice, "The scope a is listed twice.");
    }
}
