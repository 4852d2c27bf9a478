//! Types shared by the server and the browser, one module per Cognito resource, named by path
//! (`model::user::UserDetail`). Plain data and the checks both sides make: no SDK type ever
//! appears here, so the wasm never links the AWS SDK and a page never sees more than we chose to
//! send. The rules only the server runs (advisor, blueprint planning) are in `rules`.

pub mod advisor;
pub mod arn;
pub mod audit;
pub mod auth_event;
pub mod blueprint;
pub mod bulk;
pub mod client;
pub mod device;
pub mod domain;
pub mod export;
pub mod group;
pub mod identity_pool;
pub mod identity_provider;
pub mod import;
pub mod index;
pub mod job;
pub mod linked_identity;
pub mod mfa;
pub mod pool;
pub mod pool_settings;
pub mod preferences;
pub mod resource_server;
pub mod risk;
pub mod role;
pub mod session;
pub mod summary;
pub mod test_console;
pub mod triggers;
pub mod user;
pub mod user_export;

/// Whether a form's checkbox or hidden field says yes (a checkbox sends `on` when ticked and
/// nothing when not).
pub fn ticked(value: Option<&str>) -> bool {
    matches!(value, Some("1" | "on" | "true"))
}

/// Percent-encoding for a query value (a space becomes `+`).
pub fn encode(value: &str) -> String {
    percent_encode(value, "+")
}

/// Every byte but the unreserved ones percent-encoded; `space` is what a space becomes (`+` in
/// a query, `%20` elsewhere).
pub fn percent_encode(value: &str, space: &str) -> String {
    let mut out = String::with_capacity(value.len());
    for b in value.bytes() {
        match b {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'_' | b'.' | b'~' => out.push(b as char),
            b' ' => out.push_str(space),
            _ => out.push_str(&format!("%{b:02X}")),
        }
    }
    out
}

/// A Unix timestamp as `YYYY-MM-DD HH:MM UTC` (the same wherever it is rendered), or a dash.
pub fn format_date(epoch: Option<i64>) -> String {
    let Some(secs) = epoch else {
        return "–".into();
    };
    let days = secs.div_euclid(86_400);
    let rem = secs.rem_euclid(86_400);
    // Howard Hinnant's days-to-civil algorithm.
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z.rem_euclid(146_097);
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let day = doy - (153 * mp + 2) / 5 + 1;
    let month = if mp < 10 { mp + 3 } else { mp - 9 };
    let year = yoe + era * 400 + i64::from(month <= 2);
    format!("{year:04}-{month:02}-{day:02} {:02}:{:02} UTC", rem / 3600, rem % 3600 / 60)
}

#[cfg(test)]
mod tests {
    #[test]
    fn formats_dates_in_utc() {
        assert_eq!(super::format_date(Some(0)), "1970-01-01 00:00 UTC");
        assert_eq!(super::format_date(Some(1_795_000_000)), "2026-11-18 11:06 UTC");
        assert_eq!(super::format_date(Some(951_782_400)), "2000-02-29 00:00 UTC");
        assert_eq!(super::format_date(None), "–");
    }
}
