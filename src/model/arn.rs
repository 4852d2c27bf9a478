//! Amazon Resource Names, checked before they reach Cognito so that a typo gets a message next
//! to its field instead of a backend refusal.

/// Whether `arn` is `arn:<partition>:<service>:<region>:<account>:<resource>` with a 12-digit
/// account, a region when `regional`, and a resource that `resource` accepts.
pub fn is_arn(arn: &str, service: &str, regional: bool, resource: impl Fn(&str) -> bool) -> bool {
    let parts: Vec<&str> = arn.splitn(6, ':').collect();
    parts.len() == 6
        && arn.len() <= 2048
        && parts[0] == "arn"
        && matches!(parts[1], "aws" | "aws-cn" | "aws-us-gov")
        && parts[2] == service
        && (if regional { is_region(parts[3]) } else { parts[3].is_empty() })
        && parts[4].len() == 12
        && parts[4].bytes().all(|b| b.is_ascii_digit())
        && resource(parts[5])
}

/// `us-east-1`, `eu-central-2`, `us-gov-west-1`: lowercase words and a number.
pub fn is_region(region: &str) -> bool {
    let mut words = region.split('-');
    let number = words.next_back();
    !region.is_empty()
        && number.is_some_and(|n| !n.is_empty() && n.bytes().all(|b| b.is_ascii_digit()))
        && region.split('-').count() >= 3
        && words.all(|w| !w.is_empty() && w.bytes().all(|b| b.is_ascii_lowercase()))
}

/// A name made of letters, digits and the given extra characters, 1 to `max` long.
pub fn is_name(name: &str, max: usize, extra: &[u8]) -> bool {
    !name.is_empty()
        && name.len() <= max
        && name.bytes().all(|b| b.is_ascii_alphanumeric() || extra.contains(&b))
}

/// Cognito's pattern for the names people give pools, clients and resource servers
/// (`[\w\s+=,.@-]+`): 1 to `max` letters, digits, spaces or `+=,.@-_`. The error names `field`.
pub fn validate_display_name(name: &str, max: usize, field: &str) -> Result<(), crate::error::AppError> {
    let ok = !name.is_empty()
        && name.chars().count() <= max
        && name.chars().all(|c| c.is_alphanumeric() || c == ' ' || "+=,.@-_".contains(c));
    if ok {
        Ok(())
    } else {
        Err(crate::error::AppError::invalid(
            field,
            crate::i18n::t_with("invalid-display-name", &[("max", max.into())]),
        ))
    }
}

/// An IAM role: `arn:aws:iam::123456789012:role/path/Name`.
pub fn is_role_arn(arn: &str) -> bool {
    is_arn(arn, "iam", false, |r| r.strip_prefix("role/").is_some_and(|name| is_name(name, 512, b"+=,.@_-/")))
}

/// A Lambda function, optionally with a version or alias:
/// `arn:aws:lambda:us-east-1:123456789012:function:name[:qualifier]`.
pub fn is_lambda_arn(arn: &str) -> bool {
    is_arn(arn, "lambda", true, |r| {
        let mut parts = r.split(':');
        parts.next() == Some("function")
            && parts.next().is_some_and(|name| is_name(name, 64, b"-_"))
            && parts.next().is_none_or(|q| is_name(q, 128, b"-_$"))
            && parts.next().is_none()
    })
}

/// An SES identity: `arn:aws:ses:us-east-1:123456789012:identity/example.com`.
pub fn is_ses_identity_arn(arn: &str) -> bool {
    is_arn(arn, "ses", true, |r| r.strip_prefix("identity/").is_some_and(|id| is_name(id, 320, b"-_.@+")))
}

/// An ACM certificate. Cognito custom domains need it in us-east-1 (CloudFront's region).
pub fn is_us_east_1_certificate_arn(arn: &str) -> bool {
    is_arn(arn, "acm", true, |r| r.strip_prefix("certificate/").is_some_and(|id| is_name(id, 64, b"-")))
        && arn.split(':').nth(3) == Some("us-east-1")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn regions() {
        assert!(is_region("us-east-1"));
        assert!(is_region("us-gov-west-1"));
        assert!(!is_region("us-east"));
        assert!(!is_region("US-EAST-1"));
        assert!(!is_region(""));
    }

    #[test]
    fn lambda_arns() {
        assert!(is_lambda_arn("arn:aws:lambda:us-east-1:123456789012:function:pre-signup"));
        assert!(is_lambda_arn("arn:aws:lambda:eu-west-1:123456789012:function:fn_1:live"));
        assert!(!is_lambda_arn("arn:aws:lambda:us-east-1:123456789012:layer:x"));
        assert!(!is_lambda_arn("arn:aws:lambda:us-east-1:1234:function:x"));
        assert!(!is_lambda_arn("arn:aws:lambda::123456789012:function:x"));
        assert!(!is_lambda_arn("arn:aws:lambda:us-east-1:123456789012:function:a:b:c"));
        assert!(!is_lambda_arn("pre-signup"));
    }

    #[test]
    fn other_arns() {
        assert!(is_role_arn("arn:aws:iam::123456789012:role/service/SnsCaller"));
        assert!(!is_role_arn("arn:aws:iam:us-east-1:123456789012:role/x"));
        assert!(is_ses_identity_arn("arn:aws:ses:us-east-1:123456789012:identity/example.com"));
        assert!(!is_ses_identity_arn("arn:aws:ses:us-east-1:123456789012:configuration-set/x"));
        assert!(is_us_east_1_certificate_arn(
            "arn:aws:acm:us-east-1:123456789012:certificate/0f1e2d3c-4b5a-6978-8796-a5b4c3d2e1f0"
        ));
        assert!(!is_us_east_1_certificate_arn("arn:aws:acm:eu-west-1:123456789012:certificate/abc"));
    }
}
