//! Sign-in rate limits: per client address and per username, whichever runs out first. A
//! refused attempt never reaches Cognito and gets the same message either way.

use std::net::IpAddr;
use std::num::NonZeroU32;

use governor::{DefaultKeyedRateLimiter, Quota, RateLimiter};

use crate::error::AppError;

pub struct LoginLimiter {
    per_ip: DefaultKeyedRateLimiter<IpAddr>,
    per_user: DefaultKeyedRateLimiter<String>,
}

/// Past this many tracked keys, ones with a full allowance again are forgotten.
const MAX_KEYS: usize = 10_000;

impl LoginLimiter {
    /// Each allows a burst of `n` and then one more every `60 / n` seconds.
    pub fn new(per_ip_per_minute: u32, per_user_per_minute: u32) -> Self {
        let quota = |n: u32| Quota::per_minute(NonZeroU32::new(n).unwrap_or(NonZeroU32::MIN));
        Self {
            per_ip: RateLimiter::keyed(quota(per_ip_per_minute)),
            per_user: RateLimiter::keyed(quota(per_user_per_minute)),
        }
    }

    /// Counts one attempt from `ip` (when known) for `username` (when the step names one).
    pub fn check(&self, ip: Option<IpAddr>, username: Option<&str>) -> Result<(), AppError> {
        if self.per_ip.len() > MAX_KEYS {
            self.per_ip.retain_recent();
        }
        if self.per_user.len() > MAX_KEYS {
            self.per_user.retain_recent();
        }
        if let Some(ip) = ip
            && self.per_ip.check_key(&ip).is_err()
        {
            tracing::warn!(%ip, "sign-in attempts over the per-address limit");
            return Err(AppError::TooManyAttempts);
        }
        if let Some(name) = username
            && self.per_user.check_key(&name.trim().to_lowercase()).is_err()
        {
            tracing::warn!("sign-in attempts over the per-username limit");
            return Err(AppError::TooManyAttempts);
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_key_gets_its_own_allowance() {
        let limiter = LoginLimiter::new(3, 2);
        let a: IpAddr = "203.0.113.1".parse().unwrap();
        let b: IpAddr = "203.0.113.2".parse().unwrap();
        assert!(limiter.check(Some(a), Some("jane")).is_ok());
        // The username's allowance is shared by every address and ignores case.
        assert!(limiter.check(Some(b), Some(" JANE ")).is_ok());
        assert_eq!(limiter.check(Some(b), Some("jane")), Err(AppError::TooManyAttempts));
        assert!(limiter.check(Some(a), Some("bob")).is_ok());
        assert!(limiter.check(Some(a), Some("carol")).is_ok());
        // Address a has used its three.
        assert_eq!(limiter.check(Some(a), Some("erin")), Err(AppError::TooManyAttempts));
        assert!(limiter.check(None, Some("dave")).is_ok());
    }
}
