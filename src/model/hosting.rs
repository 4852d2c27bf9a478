//! A pool's domain (for the hosted UI and the OAuth endpoints) and its resource servers with
//! their custom scopes.

use serde::{Deserialize, Serialize};

use super::arn::is_us_east_1_certificate_arn;
use crate::error::AppError;

/// The pool's domain as DescribeUserPoolDomain reports it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct DomainInfo {
    pub domain: String,
    /// A custom domain (the prefix kind lives under amazoncognito.com).
    pub custom: bool,
    /// CREATING, ACTIVE, UPDATING, DELETING or FAILED.
    pub status: Option<String>,
    /// For a custom domain: the CloudFront name its DNS record must point at.
    pub cloudfront: Option<String>,
    pub certificate_arn: Option<String>,
    /// Where the hosted UI and the OAuth endpoints (`/oauth2/token`, …) are.
    pub base_url: String,
}

/// The hosted UI's base URL for a domain.
pub fn hosted_ui_url(domain: &str, custom: bool, region: &str) -> String {
    if custom {
        format!("https://{domain}")
    } else {
        format!("https://{domain}.auth.{region}.amazoncognito.com")
    }
}

/// A domain to create: a prefix, or a custom domain with its certificate.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NewDomain {
    pub domain: String,
    pub certificate_arn: Option<String>,
}

/// Checks the domain form. `kind` is `prefix` or `custom`.
pub fn validate_domain(kind: &str, domain: &str, certificate_arn: &str) -> Result<NewDomain, AppError> {
    let domain = domain.trim().to_ascii_lowercase();
    let label = |l: &str| {
        !l.is_empty()
            && l.len() <= 63
            && !l.starts_with('-')
            && !l.ends_with('-')
            && l.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
    };
    match kind {
        "prefix" => {
            if !label(&domain) {
                return Err(AppError::invalid(
                    "domain",
                    "Use 1 to 63 lowercase letters, digits and hyphens, not starting or ending with a hyphen.",
                ));
            }
            if ["aws", "amazon", "cognito"].iter().any(|w| domain.contains(w)) {
                return Err(AppError::invalid("domain", "A prefix cannot contain aws, amazon or cognito."));
            }
            Ok(NewDomain { domain, certificate_arn: None })
        }
        "custom" => {
            let labels: Vec<&str> = domain.split('.').collect();
            if labels.len() < 2 || domain.len() > 253 || !labels.iter().all(|l| label(l)) {
                return Err(AppError::invalid(
                    "domain",
                    "Enter a full domain name such as auth.example.com.",
                ));
            }
            let arn = certificate_arn.trim();
            if !is_us_east_1_certificate_arn(arn) {
                return Err(AppError::invalid(
                    "certificate_arn",
                    "Enter an ACM certificate ARN in us-east-1 (CloudFront serves custom domains from there).",
                ));
            }
            Ok(NewDomain { domain, certificate_arn: Some(arn.to_string()) })
        }
        _ => Err(AppError::invalid("kind", "Choose a Cognito prefix or a custom domain.")),
    }
}

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
        return Err(AppError::invalid(
            "identifier",
            "Use 1 to 256 characters without spaces, quotes or backslashes, e.g. myapp-api or https://api.example.com.",
        ));
    }
    let name = name.trim();
    super::validate_display_name(name, 256, "resource_name")?;
    let mut list: Vec<Scope> = Vec::new();
    for line in scopes.lines().map(str::trim).filter(|l| !l.is_empty()) {
        let (scope, description) = line.split_once(char::is_whitespace).unwrap_or((line, ""));
        let description = description.trim();
        if scope.len() > 256 || !printable(scope, b"/") {
            return Err(AppError::invalid(
                "scopes",
                format!("{scope}: scope names have no spaces, slashes, quotes or backslashes."),
            ));
        }
        if description.is_empty() || description.chars().count() > 256 {
            return Err(AppError::invalid(
                "scopes",
                format!("{scope}: add a description after the name (up to 256 characters)."),
            ));
        }
        if list.iter().any(|s| s.name == scope) {
            return Err(AppError::invalid("scopes", format!("The scope {scope} is listed twice.")));
        }
        list.push(Scope { name: scope.to_string(), description: description.to_string() });
    }
    if list.len() > 100 {
        return Err(AppError::invalid("scopes", "A resource server can have at most 100 scopes."));
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
    fn domains() {
        assert_eq!(validate_domain("prefix", " MyApp-Auth ", "").unwrap().domain, "myapp-auth");
        assert_eq!(field(validate_domain("prefix", "-x", "")), "domain");
        assert_eq!(field(validate_domain("prefix", "my.app", "")), "domain");
        assert_eq!(field(validate_domain("prefix", "mycognito", "")), "domain");
        let cert = "arn:aws:acm:us-east-1:123456789012:certificate/0f1e2d3c-4b5a-6978-8796-a5b4c3d2e1f0";
        let custom = validate_domain("custom", "auth.example.com", cert).unwrap();
        assert_eq!(custom.certificate_arn.as_deref(), Some(cert));
        assert_eq!(field(validate_domain("custom", "localhost", cert)), "domain");
        assert_eq!(field(validate_domain("custom", "auth.example.com", "")), "certificate_arn");
        assert_eq!(
            field(validate_domain("custom", "auth.example.com", &cert.replace("us-east-1", "eu-west-1"))),
            "certificate_arn"
        );
        assert_eq!(
            hosted_ui_url("myapp", false, "eu-west-1"),
            "https://myapp.auth.eu-west-1.amazoncognito.com"
        );
        assert_eq!(hosted_ui_url("auth.example.com", true, "eu-west-1"), "https://auth.example.com");
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
    }
}
