//! A pool's domain, for the hosted UI and the OAuth endpoints.

use serde::{Deserialize, Serialize};

use super::arn::is_us_east_1_certificate_arn;
use crate::error::AppError;
use crate::i18n::t;

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
                return Err(AppError::invalid("domain", t("domain-error-prefix")));
            }
            if ["aws", "amazon", "cognito"].iter().any(|w| domain.contains(w)) {
                return Err(AppError::invalid("domain", t("domain-error-reserved")));
            }
            Ok(NewDomain { domain, certificate_arn: None })
        }
        "custom" => {
            let labels: Vec<&str> = domain.split('.').collect();
            if labels.len() < 2 || domain.len() > 253 || !labels.iter().all(|l| label(l)) {
                return Err(AppError::invalid("domain", t("domain-error-full-name")));
            }
            let arn = certificate_arn.trim();
            if !is_us_east_1_certificate_arn(arn) {
                return Err(AppError::invalid("certificate_arn", t("domain-error-certificate")));
            }
            Ok(NewDomain { domain, certificate_arn: Some(arn.to_string()) })
        }
        _ => Err(AppError::invalid("kind", t("domain-error-kind"))),
    }
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
}
