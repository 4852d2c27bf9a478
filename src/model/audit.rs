//! The audit log as the Audit page sees it: entries, the filter form, and the CSV export.
//! Times are Unix milliseconds, shown in UTC.

use serde::{Deserialize, Serialize};

use crate::error::AppError;
use crate::i18n::{t, t_with};

/// Entries per page of the Audit page.
pub const AUDIT_PAGE_SIZE: i64 = 50;
/// The most rows one CSV export holds (newest first); narrow the filter for older ones.
pub const AUDIT_CSV_LIMIT: i64 = 10_000;
/// The outcome of a call that had not finished when it was recorded. Its console process sets
/// the real one when it answers; if the process stops first, it becomes `interrupted`.
pub const OUTCOME_PENDING: &str = "pending";
/// A change whose console process stopped before it answered: it may or may not have been made.
pub const OUTCOME_INTERRUPTED: &str = "interrupted";
pub const OUTCOME_OK: &str = "ok";
/// The action of a job's end (a row no request writes: `server::jobs`).
pub const ACTION_JOB_FINISHED: &str = "job_finished";

/// One recorded call. Never holds a password, token, secret or session id: only the fields
/// named here, filled from a fixed list of argument names (see `server::audit`).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct AuditEntry {
    pub id: i64,
    pub at_ms: i64,
    pub request_id: String,
    pub operator_sub: Option<String>,
    pub operator_username: Option<String>,
    pub operator_email: Option<String>,
    pub source_ip: Option<String>,
    /// The server function's endpoint name, e.g. `delete_user`.
    pub action: String,
    pub pool_id: Option<String>,
    /// What was acted on, e.g. `user=jane@example.com group=admin`.
    pub target: Option<String>,
    /// `ok`, `pending`, or the error's code (`forbidden`, `invalid:password`, …).
    pub outcome: String,
}

impl AuditEntry {
    /// Who, for the page: the email, else the username, else (a failed sign-in) a dash.
    pub fn operator_label(&self) -> String {
        self.operator_email.clone().or_else(|| self.operator_username.clone()).unwrap_or_else(|| "–".into())
    }
}

/// The Audit page's filter as typed (query parameters; empty means any).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct AuditFilter {
    /// Part of the operator's email, username or sub.
    pub operator: String,
    pub action: String,
    pub pool: String,
    /// Part of the target.
    pub target: String,
    /// `YYYY-MM-DD` or `YYYY-MM-DDTHH:MM` (UTC), inclusive.
    pub from: String,
    pub to: String,
    /// `ok`, `error` (any failure), `pending`, or one error code.
    pub outcome: String,
}

/// A checked filter, ready for the store.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct AuditQuery {
    pub operator: Option<String>,
    pub action: Option<String>,
    pub pool: Option<String>,
    pub target: Option<String>,
    pub from_ms: Option<i64>,
    /// Exclusive.
    pub until_ms: Option<i64>,
    pub outcome: Option<String>,
}

const FILTER_MAX: usize = 200;

impl AuditFilter {
    pub fn validate(&self) -> Result<AuditQuery, AppError> {
        let text = |field: &str, value: &str| -> Result<Option<String>, AppError> {
            let value = value.trim();
            if value.chars().count() > FILTER_MAX || value.chars().any(char::is_control) {
                return Err(AppError::invalid(
                    field,
                    t_with("audit-filter-too-long", &[("max", FILTER_MAX.into())]),
                ));
            }
            Ok((!value.is_empty()).then(|| value.to_string()))
        };
        let from_ms = match text("from", &self.from)? {
            Some(t) => Some(parse_utc(&t).ok_or_else(|| bad_time("from"))? * 1000),
            None => None,
        };
        // "to 2026-11-27" means the whole day; "to 10:30" the whole minute.
        let until_ms = match text("to", &self.to)? {
            Some(t) => {
                let start = parse_utc(&t).ok_or_else(|| bad_time("to"))?;
                Some((start + if t.len() == 10 { 86_400 } else { 60 }) * 1000)
            }
            None => None,
        };
        if let (Some(from), Some(until)) = (from_ms, until_ms)
            && from >= until
        {
            return Err(AppError::invalid("to", t("audit-end-before-start")));
        }
        Ok(AuditQuery {
            operator: text("operator", &self.operator)?,
            action: text("action", &self.action)?,
            pool: text("pool", &self.pool)?,
            target: text("target", &self.target)?,
            from_ms,
            until_ms,
            outcome: text("outcome", &self.outcome)?,
        })
    }

    /// The filter as query parameters (for pagination and export links), empty ones left out.
    pub fn query_string(&self) -> String {
        [
            ("operator", &self.operator),
            ("action", &self.action),
            ("pool", &self.pool),
            ("target", &self.target),
            ("from", &self.from),
            ("to", &self.to),
            ("outcome", &self.outcome),
        ]
        .iter()
        .filter(|(_, v)| !v.is_empty())
        .map(|(k, v)| format!("{k}={}", super::encode(v)))
        .collect::<Vec<_>>()
        .join("&")
    }
}

fn bad_time(field: &str) -> AppError {
    AppError::invalid(field, t("audit-bad-time"))
}

/// `YYYY-MM-DD` or `YYYY-MM-DDTHH:MM[:SS]` in UTC to Unix seconds.
pub fn parse_utc(text: &str) -> Option<i64> {
    let (date, time) = match text.split_once(['T', ' ']) {
        Some((d, t)) => (d, Some(t)),
        None => (text, None),
    };
    let mut d = date.splitn(3, '-').map(|p| p.parse::<i64>().ok());
    let (year, month, day) = (d.next()??, d.next()??, d.next()??);
    if date.len() != 10 || !(1970..=9999).contains(&year) || !(1..=12).contains(&month) {
        return None;
    }
    let days_in_month = match month {
        2 if year % 4 == 0 && (year % 100 != 0 || year % 400 == 0) => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    };
    if !(1..=days_in_month).contains(&day) {
        return None;
    }
    let seconds = match time {
        None => 0,
        Some(t) => {
            let parts: Vec<i64> = t.split(':').map(|p| p.parse().ok()).collect::<Option<_>>()?;
            match parts[..] {
                [h, m] if h < 24 && m < 60 && t.len() == 5 => h * 3600 + m * 60,
                [h, m, s] if h < 24 && m < 60 && s < 60 && t.len() == 8 => h * 3600 + m * 60 + s,
                _ => return None,
            }
        }
    };
    // Howard Hinnant's days-from-civil algorithm.
    let y = if month <= 2 { year - 1 } else { year };
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let mp = (month + 9) % 12;
    let doy = (153 * mp + 2) / 5 + day - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    Some((era * 146_097 + doe - 719_468) * 86_400 + seconds)
}

/// Unix milliseconds as `YYYY-MM-DD HH:MM:SS UTC`.
pub fn format_timestamp_ms(ms: i64) -> String {
    let secs = ms.div_euclid(1000);
    let minute = super::format_date(Some(secs));
    minute.replacen(" UTC", &format!(":{:02} UTC", secs.rem_euclid(60)), 1)
}

/// One page of the log, newest first.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct AuditPage {
    pub entries: Vec<AuditEntry>,
    /// The cursor of the next (older) page, if there is one.
    pub older: Option<i64>,
    /// Every action the log can hold, for the filter.
    pub actions: Vec<String>,
}

/// The entries as CSV (RFC 4180, header first); cells that a spreadsheet would run as a
/// formula are guarded (`user_export::csv_cell`): targets and usernames are typed by others.
pub fn audit_csv(entries: &[AuditEntry]) -> String {
    use super::user_export::csv_cell as cell;
    let mut out = String::from(
        "time_utc,request_id,operator_sub,operator_username,operator_email,source_ip,action,pool_id,target,outcome\r\n",
    );
    for e in entries {
        let time = format_timestamp_ms(e.at_ms);
        let fields = [
            time.as_str(),
            &e.request_id,
            e.operator_sub.as_deref().unwrap_or(""),
            e.operator_username.as_deref().unwrap_or(""),
            e.operator_email.as_deref().unwrap_or(""),
            e.source_ip.as_deref().unwrap_or(""),
            &e.action,
            e.pool_id.as_deref().unwrap_or(""),
            e.target.as_deref().unwrap_or(""),
            &e.outcome,
        ];
        out.push_str(&fields.map(cell).join(","));
        out.push_str("\r\n");
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_dates_and_minutes_in_utc() {
        assert_eq!(parse_utc("1970-01-01"), Some(0));
        assert_eq!(parse_utc("2000-02-29T00:00"), Some(951_782_400));
        assert_eq!(parse_utc("2026-11-18T11:06"), Some(1_795_000_000 - 40));
        assert_eq!(parse_utc("2026-11-18 11:06:40"), Some(1_795_000_000));
        for bad in ["2026-02-30", "2026-13-01", "26-11-18", "2026-11-18T25:00", "2026-11-18T10", "x"] {
            assert_eq!(parse_utc(bad), None, "{bad}");
        }
        assert_eq!(format_timestamp_ms(1_795_000_000_123), "2026-11-18 11:06:40 UTC");
    }

    #[test]
    fn a_filter_checks_times_and_lengths_by_field() {
        let f = AuditFilter { to: "2026-11-18".into(), from: "2026-11-18".into(), ..Default::default() };
        let q = f.validate().unwrap();
        assert_eq!(q.until_ms.unwrap() - q.from_ms.unwrap(), 86_400_000, "a day is inclusive");
        let backwards =
            AuditFilter { from: "2026-11-19".into(), to: "2026-11-18".into(), ..Default::default() };
        assert_eq!(backwards.validate().unwrap_err().field(), Some("to"));
        // Outside a request, in English.
        assert_eq!(backwards.validate().unwrap_err().to_string(), "The end must come after the start.");
        let bad = AuditFilter { from: "yesterday".into(), ..Default::default() };
        assert_eq!(bad.validate().unwrap_err().field(), Some("from"));
        let long = AuditFilter { target: "x".repeat(201), ..Default::default() };
        assert_eq!(long.validate().unwrap_err().field(), Some("target"));
        let blank = AuditFilter { operator: "  ".into(), ..Default::default() };
        assert_eq!(blank.validate().unwrap(), AuditQuery::default());
    }

    #[test]
    fn csv_quotes_and_defuses_formulas() {
        let entry = AuditEntry {
            id: 1,
            at_ms: 0,
            request_id: "r1".into(),
            operator_sub: None,
            operator_username: Some("=HYPERLINK(\"x\")".into()),
            operator_email: Some("a,b@example.com".into()),
            source_ip: Some("127.0.0.1".into()),
            action: "delete_user".into(),
            pool_id: Some("us-east-1_a".into()),
            target: Some("user=\"q\"\nnext".into()),
            outcome: "ok".into(),
        };
        let csv = audit_csv(&[entry]);
        let row = csv.split("\r\n").nth(1).unwrap();
        assert!(row.starts_with("1970-01-01 00:00:00 UTC,r1,,"), "{row}");
        assert!(row.contains(",\"'=HYPERLINK(\"\"x\"\")\",\"a,b@example.com\","), "{row}");
        assert!(csv.contains("\"user=\"\"q\"\"\nnext\""), "{csv}");
    }

    #[test]
    fn query_string_keeps_only_set_fields() {
        let f = AuditFilter { operator: "jane doe".into(), outcome: "ok".into(), ..Default::default() };
        assert_eq!(f.query_string(), "operator=jane+doe&outcome=ok");
    }
}
