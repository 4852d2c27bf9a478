//! The console's index of a pool (`server::index`): every user with attributes, status, dates and
//! groups, read by a job into the console's database, so that the users page searches what
//! ListUsers cannot (any attribute, custom ones included; contains, ends with, absent; combined
//! with status, groups and dates) and the analytics page counts the whole pool. What the pages
//! send (`IndexQuery`, all in the URL) and get back.

use serde::{Deserialize, Serialize};

use crate::error::AppError;
use crate::i18n::{t, text};
use crate::model::encode;
use crate::model::preferences::Lang;
use crate::model::user::UserRow;

/// How a search compares an attribute's value.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
pub enum ValueOp {
    #[default]
    Contains,
    StartsWith,
    EndsWith,
    Equals,
    /// The user has the attribute, with any value.
    Present,
    /// The user has no such attribute (or an empty one).
    Absent,
}

impl ValueOp {
    pub const ALL: [Self; 6] =
        [Self::Contains, Self::StartsWith, Self::EndsWith, Self::Equals, Self::Present, Self::Absent];

    pub fn as_param(self) -> &'static str {
        match self {
            Self::Contains => "contains",
            Self::StartsWith => "starts",
            Self::EndsWith => "ends",
            Self::Equals => "equals",
            Self::Present => "present",
            Self::Absent => "absent",
        }
    }

    /// Its name in the search form, in `lang`.
    pub fn label(self, lang: Lang) -> String {
        let key = match self {
            Self::Contains => "search-op-contains",
            Self::StartsWith => "search-op-starts-with",
            Self::EndsWith => "search-op-ends-with",
            Self::Equals => "search-op-equals",
            Self::Present => "search-op-present",
            Self::Absent => "search-op-absent",
        };
        text(lang, key, &[])
    }

    pub fn parse(s: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|op| op.as_param() == s)
    }

    /// Whether the operator compares with a value (present and absent take none).
    pub fn takes_value(self) -> bool {
        !matches!(self, Self::Present | Self::Absent)
    }
}

/// How several groups combine.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
pub enum GroupMode {
    /// A member of at least one.
    #[default]
    Any,
    /// A member of every one.
    All,
    /// A member of none.
    None,
}

impl GroupMode {
    pub const ALL: [Self; 3] = [Self::Any, Self::All, Self::None];

    pub fn as_param(self) -> &'static str {
        match self {
            Self::Any => "any",
            Self::All => "all",
            Self::None => "none",
        }
    }

    /// Its name in the search form, in `lang`.
    pub fn label(self, lang: Lang) -> String {
        let key = match self {
            Self::Any => "search-groups-any",
            Self::All => "search-groups-all",
            Self::None => "search-groups-none",
        };
        text(lang, key, &[])
    }

    pub fn parse(s: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|m| m.as_param() == s)
    }
}

/// The columns a search sorts by.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
pub enum SortKey {
    #[default]
    Username,
    Email,
    Status,
    Created,
    Modified,
}

impl SortKey {
    pub const ALL: [Self; 5] = [Self::Username, Self::Email, Self::Status, Self::Created, Self::Modified];

    pub fn as_param(self) -> &'static str {
        match self {
            Self::Username => "username",
            Self::Email => "email",
            Self::Status => "status",
            Self::Created => "created",
            Self::Modified => "modified",
        }
    }

    /// Its name in the sort links, in `lang`.
    pub fn label(self, lang: Lang) -> String {
        let key = match self {
            Self::Username => "search-sort-username",
            Self::Email => "search-sort-email",
            Self::Status => "search-sort-status",
            Self::Created => "search-sort-created",
            Self::Modified => "search-sort-modified",
        };
        text(lang, key, &[])
    }

    pub fn parse(s: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|k| k.as_param() == s)
    }
}

/// The user statuses Cognito reports.
pub const STATUSES: [&str; 8] = [
    "UNCONFIRMED",
    "CONFIRMED",
    "FORCE_CHANGE_PASSWORD",
    "RESET_REQUIRED",
    "EXTERNAL_PROVIDER",
    "ARCHIVED",
    "COMPROMISED",
    "UNKNOWN",
];

/// The pseudo-attribute that searches the username itself.
pub const USERNAME: &str = "username";

/// Page sizes the search offers.
pub const PAGE_SIZES: [u32; 3] = [20, 60, 100];

/// One search of the index. Every field is in the URL (`from_params`, `to_query`), so that a
/// search is shared, bookmarked and saved as a link.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct IndexQuery {
    /// An attribute name (`email`, `custom:tier`), or `username`.
    pub attribute: String,
    pub op: ValueOp,
    pub value: String,
    /// One of `STATUSES`, or any.
    pub status: Option<String>,
    pub enabled: Option<bool>,
    pub groups: Vec<String>,
    pub group_mode: GroupMode,
    /// Dates `YYYY-MM-DD` (UTC); the "to" day is included.
    pub created_from: String,
    pub created_to: String,
    pub modified_from: String,
    pub modified_to: String,
    pub sort: SortKey,
    pub descending: bool,
    pub size: u32,
}

impl Default for IndexQuery {
    fn default() -> Self {
        Self {
            attribute: "email".into(),
            op: ValueOp::Contains,
            value: String::new(),
            status: None,
            enabled: None,
            groups: Vec::new(),
            group_mode: GroupMode::Any,
            created_from: String::new(),
            created_to: String::new(),
            modified_from: String::new(),
            modified_to: String::new(),
            sort: SortKey::Username,
            descending: false,
            size: PAGE_SIZES[0],
        }
    }
}

/// A search, checked: what the database is asked (`server::index::search`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CheckedQuery {
    pub query: IndexQuery,
    /// Unix seconds, `from` included, `to` excluded (the day after the "to" day).
    pub created: (Option<i64>, Option<i64>),
    pub modified: (Option<i64>, Option<i64>),
}

impl IndexQuery {
    /// From the URL's parameters (`get` gives one value, `get_all` every value of a name).
    /// Unknown values fall back to the defaults; what can be wrong in a way the operator
    /// should hear about (a date, a long value) is refused by `check`.
    pub fn from_params(get: impl Fn(&str) -> Option<String>, groups: Vec<String>) -> Self {
        let d = Self::default();
        let text = |name: &str| get(name).unwrap_or_default().trim().to_string();
        Self {
            attribute: get("attr")
                .map(|a| a.trim().to_string())
                .filter(|a| !a.is_empty())
                .unwrap_or(d.attribute),
            op: get("op").and_then(|o| ValueOp::parse(&o)).unwrap_or(d.op),
            value: get("q").unwrap_or_default(),
            status: get("status").filter(|s| STATUSES.contains(&s.as_str())),
            enabled: match get("enabled").as_deref() {
                Some("yes") => Some(true),
                Some("no") => Some(false),
                _ => None,
            },
            groups: groups.into_iter().filter(|g| !g.is_empty()).collect(),
            group_mode: get("in").and_then(|m| GroupMode::parse(&m)).unwrap_or(d.group_mode),
            created_from: text("created_from"),
            created_to: text("created_to"),
            modified_from: text("modified_from"),
            modified_to: text("modified_to"),
            sort: get("sort").and_then(|s| SortKey::parse(&s)).unwrap_or(d.sort),
            descending: get("dir").as_deref() == Some("desc"),
            size: get("size")
                .and_then(|s| s.parse().ok())
                .filter(|s| PAGE_SIZES.contains(s))
                .unwrap_or(d.size),
        }
    }

    /// The query string of this search (without the pages), the inverse of `from_params`.
    pub fn to_query(&self) -> String {
        let mut parts =
            vec![format!("attr={}", encode(&self.attribute)), format!("op={}", self.op.as_param())];
        if !self.value.is_empty() {
            parts.push(format!("q={}", encode(&self.value)));
        }
        if let Some(status) = &self.status {
            parts.push(format!("status={}", encode(status)));
        }
        if let Some(enabled) = self.enabled {
            parts.push(format!("enabled={}", if enabled { "yes" } else { "no" }));
        }
        for group in &self.groups {
            parts.push(format!("groups={}", encode(group)));
        }
        if !self.groups.is_empty() {
            parts.push(format!("in={}", self.group_mode.as_param()));
        }
        for (name, value) in [
            ("created_from", &self.created_from),
            ("created_to", &self.created_to),
            ("modified_from", &self.modified_from),
            ("modified_to", &self.modified_to),
        ] {
            if !value.is_empty() {
                parts.push(format!("{name}={}", encode(value)));
            }
        }
        if self.sort != SortKey::Username || self.descending {
            parts.push(format!("sort={}", self.sort.as_param()));
        }
        if self.descending {
            parts.push("dir=desc".into());
        }
        if self.size != PAGE_SIZES[0] {
            parts.push(format!("size={}", self.size));
        }
        parts.join("&")
    }

    /// Checks every field (each refusal names its field) and turns the dates into seconds.
    pub fn check(self) -> Result<CheckedQuery, AppError> {
        let attribute_ok = self.attribute.len() <= 64
            && !self.attribute.is_empty()
            && self
                .attribute
                .chars()
                .all(|c| c.is_ascii_alphanumeric() || matches!(c, '_' | ':' | '-' | '.'));
        if !attribute_ok {
            return Err(AppError::invalid("attr", t("search-bad-attribute")));
        }
        if self.value.chars().count() > 256 || self.value.chars().any(char::is_control) {
            return Err(AppError::invalid("q", t("search-value-too-long")));
        }
        if self.groups.len() > 10 {
            return Err(AppError::invalid("groups", t("search-too-many-groups")));
        }
        for group in &self.groups {
            crate::model::group::validate_group_name(group)
                .map_err(|_| AppError::invalid("groups", t("search-unknown-group")))?;
        }
        let day = |field: &'static str, value: &str, after: bool| -> Result<Option<i64>, AppError> {
            if value.is_empty() {
                return Ok(None);
            }
            let start = day_start(value).ok_or_else(|| AppError::invalid(field, t("search-bad-date")))?;
            Ok(Some(if after { start + 86_400 } else { start }))
        };
        let created =
            (day("created_from", &self.created_from, false)?, day("created_to", &self.created_to, true)?);
        let modified =
            (day("modified_from", &self.modified_from, false)?, day("modified_to", &self.modified_to, true)?);
        for (field, (from, to)) in [("created_to", created), ("modified_to", modified)] {
            if let (Some(from), Some(to)) = (from, to)
                && to <= from
            {
                return Err(AppError::invalid(field, t("search-end-before-start")));
            }
        }
        Ok(CheckedQuery { query: self, created, modified })
    }
}

/// Midnight UTC of a `YYYY-MM-DD` day, in Unix seconds.
pub fn day_start(date: &str) -> Option<i64> {
    let mut parts = date.splitn(3, '-');
    let (y, m, d) = (parts.next()?, parts.next()?, parts.next()?);
    if y.len() != 4 || m.len() != 2 || d.len() != 2 {
        return None;
    }
    let (y, m, d): (i64, i64, i64) = (y.parse().ok()?, m.parse().ok()?, d.parse().ok()?);
    let leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
    let days_in_month = [31, if leap { 29 } else { 28 }, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
    if !(1970..=9999).contains(&y) || !(1..=12).contains(&m) || d < 1 || d > days_in_month[(m - 1) as usize] {
        return None;
    }
    // Howard Hinnant's days-from-civil algorithm.
    let y = if m <= 2 { y - 1 } else { y };
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let mp = (m + 9) % 12;
    let doy = (153 * mp + 2) / 5 + d - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    Some((era * 146_097 + doe - 719_468) * 86_400)
}

/// The day of a Unix timestamp, `YYYY-MM-DD`.
pub fn day_of(epoch: i64) -> String {
    crate::model::format_date(Some(epoch))[..10].to_string()
}

/// Where a page of results goes on from: the last row's sort value and username, as hex (so
/// that the pager's space-separated stack holds it whatever the value).
pub fn encode_cursor(sort_value: &str, username: &str) -> String {
    let json = serde_json::to_string(&(sort_value, username)).unwrap_or_default();
    json.bytes().map(|b| format!("{b:02x}")).collect()
}

/// The inverse of `encode_cursor`; `None` for anything it did not make.
pub fn decode_cursor(cursor: &str) -> Option<(String, String)> {
    if !cursor.len().is_multiple_of(2) || cursor.len() > 2_000 {
        return None;
    }
    let bytes: Option<Vec<u8>> =
        (0..cursor.len()).step_by(2).map(|i| u8::from_str_radix(cursor.get(i..i + 2)?, 16).ok()).collect();
    serde_json::from_slice(&bytes?).ok()
}

/// Where a pool's index stands.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct IndexStatus {
    /// When the last build finished (milliseconds); `None`: never built, searches go to Cognito.
    pub built_ms: Option<i64>,
    /// Users in the index.
    pub users: u64,
    /// The build job queued or running, if any.
    pub building: Option<String>,
    /// Rebuilt on its own every this many hours (off when `None`).
    pub every_hours: Option<u32>,
    /// The operator may build it (support desk or admin).
    pub can_build: bool,
    /// Seconds since the last build finished.
    pub age_secs: Option<u64>,
    /// The attribute names the last build found (what the search offers).
    pub attributes: Vec<String>,
}

impl IndexStatus {
    pub fn is_ready(&self) -> bool {
        self.built_ms.is_some()
    }
}

/// How old an index is, in words ("4 minutes", "2 days"), in `lang`: what follows "built …"
/// ("… ago"; in German the dative, after "vor").
pub fn age_in(lang: Lang, secs: u64) -> String {
    let (n, key) = match secs {
        0..60 => return text(lang, "search-age-under-a-minute", &[]),
        60..3_600 => (secs / 60, "search-age-minutes"),
        3_600..86_400 => (secs / 3_600, "search-age-hours"),
        _ => (secs / 86_400, "search-age-days"),
    };
    text(lang, key, &[("count", n.into())])
}

/// Schedules an operator may choose: hours between builds.
pub const SCHEDULES: [u32; 4] = [1, 6, 24, 168];

/// One page of an index search.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct IndexPage {
    pub users: Vec<UserRow>,
    /// Users matching in all.
    pub total: u64,
    /// The cursor of the next page.
    pub next: Option<String>,
    pub built_ms: i64,
}

/// A search an operator saved, as its link.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SavedSearch {
    pub id: String,
    pub name: String,
    /// `IndexQuery::to_query`.
    pub query: String,
}

/// A count and the search that lists those users.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Bar {
    pub label: String,
    pub count: u64,
    /// `IndexQuery::to_query`, for the users page.
    pub search: String,
}

/// The pool at a glance, counted from its index.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct PoolAnalytics {
    pub built_ms: i64,
    /// Now, in seconds, when counted (the day charts end today).
    pub now: i64,
    pub total: u64,
    pub by_status: Vec<Bar>,
    pub by_enabled: Vec<Bar>,
    pub email: Vec<Bar>,
    pub phone: Vec<Bar>,
    /// Each group's members, largest first, and the users in no group.
    pub groups: Vec<Bar>,
    /// Sign-ups (creation dates) on each of the last 30 days, oldest first.
    pub per_day: Vec<Bar>,
    /// And in each of the last 26 weeks (Monday to Sunday).
    pub per_week: Vec<Bar>,
    /// Days after which a temporary password counts as stuck.
    pub stuck_days: u32,
    /// Users still on a temporary password (FORCE_CHANGE_PASSWORD) not changed for `stuck_days`.
    pub stuck: Bar,
}

/// Days in the sign-ups-per-day chart, and weeks in the per-week one.
pub const DAYS_CHARTED: i64 = 30;
pub const WEEKS_CHARTED: i64 = 26;

#[cfg(test)]
mod tests {
    use std::collections::HashMap;

    use super::*;

    fn params(pairs: &[(&str, &str)]) -> IndexQuery {
        let map: HashMap<String, String> =
            pairs.iter().map(|(k, v)| (k.to_string(), v.to_string())).collect();
        let groups = pairs.iter().filter(|(k, _)| *k == "groups").map(|(_, v)| v.to_string()).collect();
        IndexQuery::from_params(|name| map.get(name).cloned(), groups)
    }

    #[test]
    fn a_search_round_trips_through_its_url() {
        let q = params(&[
            ("attr", "custom:tier"),
            ("op", "ends"),
            ("q", "gold & co"),
            ("status", "CONFIRMED"),
            ("enabled", "no"),
            ("groups", "editors"),
            ("in", "none"),
            ("created_from", "2026-01-01"),
            ("sort", "created"),
            ("dir", "desc"),
            ("size", "60"),
        ]);
        assert_eq!(q.attribute, "custom:tier");
        assert_eq!(q.op, ValueOp::EndsWith);
        assert_eq!(q.enabled, Some(false));
        assert_eq!(q.group_mode, GroupMode::None);
        let query = q.to_query();
        assert_eq!(
            query,
            "attr=custom%3Atier&op=ends&q=gold+%26+co&status=CONFIRMED&enabled=no&groups=editors&in=none&created_from=2026-01-01&sort=created&dir=desc&size=60"
        );
        // What the router hands back after decoding.
        let decoded: Vec<(String, String)> = query
            .split('&')
            .map(|kv| {
                let (k, v) = kv.split_once('=').unwrap();
                let v = v.replace('+', " ").replace("%3A", ":").replace("%26", "&");
                (k.to_string(), v)
            })
            .collect();
        let pairs: Vec<(&str, &str)> = decoded.iter().map(|(k, v)| (k.as_str(), v.as_str())).collect();
        assert_eq!(params(&pairs), q);
    }

    #[test]
    fn unknown_values_fall_back_and_bad_ones_are_refused_by_field() {
        let q =
            params(&[("op", "regex"), ("status", "DROP TABLE"), ("size", "1000000"), ("sort", "password")]);
        assert_eq!(
            (q.op, q.status.clone(), q.size, q.sort),
            (ValueOp::Contains, None, 20, SortKey::Username)
        );
        let field = |q: IndexQuery| match q.check() {
            Err(AppError::Invalid { field, .. }) => field,
            other => panic!("{other:?}"),
        };
        assert_eq!(field(params(&[("attr", "email' OR 1=1 --")])), "attr");
        assert_eq!(field(params(&[("created_from", "2026-02-30")])), "created_from");
        assert_eq!(
            field(params(&[("created_from", "2026-03-02"), ("created_to", "2026-03-01")])),
            "created_to"
        );
        assert_eq!(field(params(&[("q", &"x".repeat(300))])), "q");
        let checked =
            params(&[("created_from", "2026-03-01"), ("created_to", "2026-03-01")]).check().unwrap();
        assert_eq!(checked.created, (Some(1_772_323_200), Some(1_772_409_600)));
    }

    #[test]
    fn days_and_cursors() {
        assert_eq!(day_start("1970-01-01"), Some(0));
        assert_eq!(day_start("2000-02-29"), Some(951_782_400));
        assert_eq!(day_start("1999-02-29"), None);
        assert_eq!(day_start("2026-1-01"), None);
        assert_eq!(day_of(951_782_400 + 3600), "2000-02-29");
        let cursor = encode_cursor("ann smith@example.com", "u-1");
        assert!(cursor.chars().all(|c| c.is_ascii_hexdigit()));
        assert_eq!(decode_cursor(&cursor), Some(("ann smith@example.com".into(), "u-1".into())));
        assert_eq!(decode_cursor("zz"), None);
        assert_eq!(age_in(Lang::En, 59), "less than a minute");
        assert_eq!(age_in(Lang::En, 60), "1 minute");
        assert_eq!(age_in(Lang::En, 7_300), "2 hours");
        assert_eq!(age_in(Lang::En, 3 * 86_400 + 5), "3 days");
        assert_eq!(age_in(Lang::De, 3 * 86_400 + 5), "3 Tagen");
        assert_eq!(ValueOp::StartsWith.label(Lang::En), "starts with");
    }
}
