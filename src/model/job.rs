//! Jobs: work on many users that the server runs on its own (`server::jobs`), so that it goes
//! on when the tab closes and resumes when the console restarts. What a job is asked to do, and
//! what the pages show of it.

use fluent_templates::fluent_bundle::FluentValue;
use serde::{Deserialize, Serialize};

use crate::i18n::text;
use crate::model::bulk::{BulkAction, BulkOutcome};
use crate::model::preferences::Lang;

/// The users a bulk job changes: the ones ticked, or every user a search matches (listed by
/// the job itself when it starts).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub enum Selection {
    Users(Vec<String>),
    Search(UserSearch),
    /// Every user a search of the console's index matches (`model::index`), listed from the
    /// index when the job starts.
    Indexed(Box<crate::model::index::IndexQuery>),
}

/// A users-page search, as `list_users` takes it: a group's members, or an attribute filter
/// (`model::user::filter_expression`), or everyone.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct UserSearch {
    pub attribute: String,
    pub kind: String,
    pub value: String,
    pub group: String,
}

/// The formats of a user export.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum ExportFormat {
    Csv,
    Json,
    Ndjson,
    /// The whole pool (`pooldesk.backup/1`): its configuration, then the users as in JSON.
    Backup,
}

impl ExportFormat {
    pub fn parse(s: &str) -> Option<Self> {
        Some(match s.to_ascii_lowercase().as_str() {
            "csv" => Self::Csv,
            "json" => Self::Json,
            "ndjson" | "jsonl" => Self::Ndjson,
            "backup" => Self::Backup,
            _ => return None,
        })
    }

    pub fn extension(self) -> &'static str {
        match self {
            Self::Csv => "csv",
            Self::Json | Self::Backup => "json",
            Self::Ndjson => "ndjson",
        }
    }

    pub fn content_type(self) -> &'static str {
        match self {
            Self::Csv => "text/csv; charset=utf-8",
            Self::Json | Self::Backup => "application/json",
            Self::Ndjson => "application/x-ndjson",
        }
    }

    pub fn label(self) -> &'static str {
        match self {
            Self::Csv => "CSV",
            Self::Json => "JSON",
            Self::Ndjson => "NDJSON",
            Self::Backup => "backup",
        }
    }
}

/// What a job is asked to do. Stored with the job (as JSON) so that a restarted console
/// resumes it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub enum JobSpec {
    /// One change to many users; each passes the target rule on its own.
    Bulk { action: BulkAction, group: Option<String>, selection: Selection },
    /// Every user of the pool with attributes, status, enabled flag, dates and groups, and
    /// with `with_mfa` each user's MFA (one more read per user).
    Export {
        format: ExportFormat,
        #[serde(default)]
        with_mfa: bool,
        /// Only the users this search of the index matches when the job starts (not for a
        /// backup, which is of the whole pool).
        #[serde(default, skip_serializing_if = "Option::is_none")]
        matching: Option<Box<crate::model::index::IndexQuery>>,
        /// A backup added from a file (another console's, `pooldesk backup`), not taken here.
        #[serde(default, skip_serializing_if = "std::ops::Not::not")]
        uploaded: bool,
    },
    /// A backup (the output of the finished `Export` job `backup_job`) restored into the job's
    /// pool: its planned steps are the items, applied kind by kind.
    Restore {
        backup_job: String,
        /// Also delete what the backup does not have (typed confirmation when started).
        remove: bool,
        /// Send Cognito's invitation to the users it creates.
        invite: bool,
    },
    /// Users from a CSV file (kept as the job's own output, row 0), checked, planned and
    /// applied as a restore without removal.
    Import {
        /// Rows in the file that name a user.
        rows: u64,
        invite: bool,
    },
    /// The console's index of the pool (`server::index`), read whole again; `because` says why
    /// when no operator asked (the pool's schedule, a restore that ended).
    Index {
        #[serde(default)]
        because: Option<String>,
    },
}

impl JobSpec {
    /// How the Jobs page names it, in `lang` (the store keeps it in English).
    pub fn label(&self, lang: Lang) -> String {
        let words = |key: &str, args: &[(&'static str, FluentValue<'static>)]| text(lang, key, args);
        match self {
            Self::Bulk { action, group, selection } => {
                let what = match (action, group) {
                    (BulkAction::AddToGroup, Some(g)) => {
                        words("job-label-add", &[("group", g.clone().into())])
                    }
                    (BulkAction::RemoveFromGroup, Some(g)) => {
                        words("job-label-remove", &[("group", g.clone().into())])
                    }
                    (BulkAction::Enable, _) => words("job-label-enable", &[]),
                    (BulkAction::Disable, _) => words("job-label-disable", &[]),
                    (_, None) => words("job-label-change-group", &[]),
                };
                match selection {
                    Selection::Users(users) => {
                        words("job-label-selected", &[("what", what.into()), ("count", users.len().into())])
                    }
                    Selection::Search(_) | Selection::Indexed(_) => {
                        words("job-label-matching", &[("what", what.into())])
                    }
                }
            }
            Self::Export { format: ExportFormat::Backup, uploaded: true, .. } => {
                words("job-label-backup-file", &[])
            }
            Self::Export { format: ExportFormat::Backup, .. } => words("job-label-backup", &[]),
            Self::Export { format, with_mfa, matching, .. } => words(
                "job-label-export",
                &[
                    ("matching", matching.is_some().to_string().into()),
                    ("format", format.label().into()),
                    ("mfa", with_mfa.to_string().into()),
                ],
            ),
            Self::Restore { remove, .. } => {
                words("job-label-restore", &[("remove", remove.to_string().into())])
            }
            Self::Import { rows, .. } => words("job-label-import", &[("rows", (*rows).into())]),
            Self::Index { because: None } => words("job-label-index", &[]),
            Self::Index { because: Some(why) } => {
                words("job-label-index-because", &[("why", why.clone().into())])
            }
        }
    }
}

/// Where a job stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum JobState {
    /// Waiting for a console process to take it.
    Queued,
    Running,
    /// Every item has its outcome.
    Finished,
    /// Stopped before the end for one reason (Cognito unreachable, the pool gone, the operator
    /// no longer allowed); the items not attempted are listed as such.
    Stopped,
    /// Cancelled by its owner or an admin.
    Cancelled,
}

impl JobState {
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Queued => "queued",
            Self::Running => "running",
            Self::Finished => "finished",
            Self::Stopped => "stopped",
            Self::Cancelled => "cancelled",
        }
    }

    pub fn parse(s: &str) -> Option<Self> {
        [Self::Queued, Self::Running, Self::Finished, Self::Stopped, Self::Cancelled]
            .into_iter()
            .find(|state| state.as_str() == s)
    }

    /// Still to run or running.
    pub fn is_active(self) -> bool {
        matches!(self, Self::Queued | Self::Running)
    }
}

/// A job as the Jobs page lists it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct JobSummary {
    pub id: String,
    pub label: String,
    pub pool_id: String,
    pub state: JobState,
    /// Who started it (email or username).
    pub started_by: String,
    pub created_ms: i64,
    pub finished_ms: Option<i64>,
    /// Items in all, once known (a search is listed first; an export counts as it reads).
    pub total: Option<u64>,
    /// Items with an outcome (users written, for an export).
    pub processed: u64,
    pub done: u64,
    pub already: u64,
    pub failed: u64,
    /// Why it stopped, when it did.
    pub reason: Option<String>,
    /// Seconds it takes at Cognito's quotas, estimated when it was started.
    pub estimate_secs: Option<u64>,
}

/// One user of a bulk job, or one step of a restore.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct JobItem {
    /// The username, or a restore's step ("user: alice", "group: editors").
    pub username: String,
    /// `None`: not attempted (yet).
    pub outcome: Option<BulkOutcome>,
}

/// A job's own page.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct JobDetail {
    pub summary: JobSummary,
    /// The per-user report of a bulk job, failures first (at most `ITEMS_SHOWN`).
    pub items: Vec<JobItem>,
    pub can_cancel: bool,
    /// The file an export made, ready to download.
    pub download: Option<String>,
    /// The items are users (a bulk job), each with a page; a restore's are its steps.
    pub items_are_users: bool,
    /// A finished backup: the pool it can be restored into from the Restore page.
    pub restorable: bool,
}

/// The report lists at most this many users (failures first); the counts cover all.
pub const ITEMS_SHOWN: usize = 1000;

/// Seconds `items` changes take at `update_rate` per second (plus one read each at
/// `read_rate` when the target rule reads the user first).
pub fn bulk_estimate(items: u64, update_rate: f64, read_rate: Option<f64>) -> u64 {
    let per = |rate: f64| if rate > 0.0 { items as f64 / rate } else { 0.0 };
    (per(update_rate) + read_rate.map(per).unwrap_or_default()).ceil() as u64
}

/// Seconds an export of about `users` takes: pages of 60 at `list_rate` per second, plus one
/// page per 60 members of each group, and with MFA one read per user at `read_rate`.
pub fn export_estimate(users: u64, memberships: u64, list_rate: f64, read_rate: Option<f64>) -> u64 {
    let per = |n: u64, rate: f64| if rate > 0.0 { n as f64 / rate } else { 0.0 };
    let pages = users.div_ceil(60) + memberships.div_ceil(60);
    (per(pages, list_rate) + read_rate.map(|r| per(users, r)).unwrap_or_default()).ceil() as u64
}

/// Seconds a restore takes: `creations` users created at `creation_rate`, `changes` other
/// changes at `update_rate`, and the live pool's `users` listed twice (when it is planned on
/// the page and when the job starts) at `list_rate` pages of 60 a second.
pub fn restore_estimate(creations: u64, changes: u64, users: u64, rates: (f64, f64, f64)) -> u64 {
    let (creation_rate, update_rate, list_rate) = rates;
    let per = |n: u64, rate: f64| if rate > 0.0 { n as f64 / rate } else { 0.0 };
    (per(creations, creation_rate) + per(changes, update_rate) + per(2 * users.div_ceil(60), list_rate))
        .ceil() as u64
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn labels_and_estimates() {
        let spec = JobSpec::Bulk {
            action: BulkAction::AddToGroup,
            group: Some("editors".into()),
            selection: Selection::Users(vec!["a".into(), "b".into()]),
        };
        assert_eq!(spec.label(Lang::En), "Add to group editors: 2 selected user(s)");
        assert_eq!(
            JobSpec::Export {
                format: ExportFormat::Ndjson,
                with_mfa: false,
                matching: None,
                uploaded: false
            }
            .label(Lang::En),
            "Export all users (NDJSON)"
        );
        assert_eq!(bulk_estimate(500, 25.0, None), 20);
        assert_eq!(bulk_estimate(500, 25.0, Some(50.0)), 30);
        assert_eq!(export_estimate(5000, 0, 30.0, None), 3);
        assert_eq!(export_estimate(6000, 0, 30.0, Some(120.0)), 54);
        assert_eq!(ExportFormat::parse("JSONL"), Some(ExportFormat::Ndjson));
        assert_eq!(restore_estimate(1000, 500, 0, (50.0, 25.0, 30.0)), 40);
        assert_eq!(JobState::parse("stopped"), Some(JobState::Stopped));
        assert!(JobState::Queued.is_active() && !JobState::Cancelled.is_active());
    }
}
