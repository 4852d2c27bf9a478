//! CSV import of users: the export's columns read back, every row checked before anything is
//! applied, and a report per row (create, update, skip, or what is wrong). A file with an
//! unknown column is refused with the column's name; a file with any bad row is not imported
//! at all. The rows that pass become the users of a backup with the live pool's own
//! configuration, so they are planned and applied as a restore is (`rules::restore`), without
//! removal: an import adds and aligns, never deletes.

use std::collections::HashMap;

use crate::error::AppError;
use crate::i18n::{t, t_with};
use crate::model::blueprint::{PlanStep, StepAction};
use crate::model::import::{ImportReport, ImportRow, RowAction};
use crate::model::user_export::{COGNITO_CSV_ATTRIBUTES, GROUP_SEPARATOR, is_formula};
use crate::rules::restore::{BACKUP_SCHEMA, Backup, BackupUser, Live, Options, by_email, plan};

/// Columns of the export an import reads past: Cognito sets them, or a row cannot set them.
const READ_PAST: [&str; 7] =
    ["sub", "status", "created", "modified", "cognito:mfa_enabled", "preferred_mfa", "mfa_methods"];
const USERNAME: &str = "cognito:username";
/// Attributes that take `true` or `false`.
const FLAGS: [&str; 2] = ["email_verified", "phone_number_verified"];

fn refused(message: impl Into<String>) -> AppError {
    AppError::invalid("csv", message)
}

/// The rows that can be imported (line, user), and a report row for each that cannot.
pub struct Parsed {
    pub users: Vec<(u64, BackupUser)>,
    pub errors: Vec<ImportRow>,
}

/// Reads `text` against the live pool (its custom attributes, groups and sign-in attributes).
/// `Err` when the file as a whole cannot be read (no header, an unknown or repeated column);
/// a bad row is a report row.
pub fn parse(text: &str, live: &Live) -> Result<Parsed, AppError> {
    let email_key = by_email(live);
    let custom: Vec<&str> = live.config.custom_attributes.iter().map(|a| a.name.as_str()).collect();
    let groups: Vec<&str> = live.config.groups.iter().map(|g| g.name.as_str()).collect();
    let mut reader = csv::ReaderBuilder::new().from_reader(text.as_bytes());
    let header: Vec<String> = reader
        .headers()
        .map_err(|e| refused(t_with("import-header-unreadable", &[("error", e.to_string().into())])))?
        .iter()
        .map(|h| h.trim().to_string())
        .collect();
    if header.iter().all(String::is_empty) {
        return Err(refused(t("import-file-empty")));
    }
    let known = |h: &str| {
        COGNITO_CSV_ATTRIBUTES.contains(&h)
            || custom.contains(&h)
            || READ_PAST.contains(&h)
            || [USERNAME, "enabled", "groups"].contains(&h)
    };
    let unknown: Vec<&str> = header.iter().map(String::as_str).filter(|h| !known(h)).collect();
    if !unknown.is_empty() {
        return Err(refused(t_with("import-unknown-columns", &[("columns", unknown.join(", ").into())])));
    }
    if let Some(twice) = header.iter().enumerate().find(|(i, h)| header[..*i].contains(h)).map(|(_, h)| h) {
        return Err(refused(t_with("import-column-twice", &[("column", twice.clone().into())])));
    }
    let needed = if email_key { "email" } else { USERNAME };
    if !header.iter().any(|h| h == needed || (!email_key && h == "email")) {
        return Err(refused(t_with("import-column-needed", &[("column", needed.into())])));
    }

    let mut parsed = Parsed { users: Vec::new(), errors: Vec::new() };
    let mut seen: HashMap<String, u64> = HashMap::new();
    for record in reader.records() {
        let record = match record {
            Ok(record) => record,
            Err(e) => {
                let line = e.position().map_or(0, |p| line_at(text, p.byte()));
                parsed.errors.push(error_row(
                    line,
                    "",
                    vec![t_with("import-row-unreadable", &[("error", e.to_string().into())])],
                ));
                continue;
            }
        };
        let line = record.position().map_or(0, |p| line_at(text, p.byte()));
        if record.iter().all(|c| c.trim().is_empty()) {
            continue;
        }
        let mut problems = Vec::new();
        let mut user = BackupUser { enabled: true, ..BackupUser::default() };
        let mut username = String::new();
        for (column, raw) in header.iter().zip(record.iter()) {
            let value = match cell(raw) {
                Ok(value) => value,
                Err(why) => {
                    problems.push(format!("{column}: {why}"));
                    continue;
                }
            };
            if value.is_empty() || READ_PAST.contains(&column.as_str()) {
                continue;
            }
            match column.as_str() {
                USERNAME => username = value,
                "enabled" => match value.to_ascii_lowercase().as_str() {
                    "true" => user.enabled = true,
                    "false" => user.enabled = false,
                    _ => problems.push(format!(
                        "enabled: {}",
                        t_with("import-not-true-false", &[("value", format!("{value:?}").into())])
                    )),
                },
                "groups" => {
                    for g in value.split(GROUP_SEPARATOR).map(str::trim).filter(|g| !g.is_empty()) {
                        if groups.contains(&g) {
                            user.groups.push(g.to_string());
                        } else {
                            problems.push(format!(
                                "groups: {}",
                                t_with("import-not-a-group", &[("group", format!("{g:?}").into())])
                            ));
                        }
                    }
                }
                attribute => {
                    if let Err(why) = check_attribute(attribute, &value) {
                        problems.push(format!("{attribute}: {why}"));
                    }
                    user.attributes.insert(attribute.to_string(), value);
                }
            }
        }
        let email = user.attributes.get("email").cloned();
        user.username = match (email_key, username.is_empty()) {
            // The pool's usernames are Cognito's own: the email names the user.
            (true, _) => email.clone().unwrap_or_default(),
            (false, false) => username,
            (false, true) => email.clone().unwrap_or_default(),
        };
        let shown = email.unwrap_or_else(|| user.username.clone());
        if user.username.is_empty() {
            problems.push(format!("{needed}: {}", t("import-no-user")));
        } else if let Some(key) = user.key(email_key) {
            match seen.get(&key) {
                Some(first) => problems.push(t_with("import-same-user", &[("line", (*first).into())])),
                None => {
                    seen.insert(key, line);
                }
            }
        }
        match problems.is_empty() {
            true => parsed.users.push((line, user)),
            false => parsed.errors.push(error_row(line, &shown, problems)),
        }
    }
    if parsed.users.is_empty() && parsed.errors.is_empty() {
        return Err(refused(t("import-no-rows")));
    }
    Ok(parsed)
}

/// The line (from 1) of the record starting at byte `at`. After a CRLF line end the reader
/// starts the next record at the `\n`: line ends are stepped over first.
fn line_at(text: &str, at: u64) -> u64 {
    let bytes = text.as_bytes();
    let mut at = (at as usize).min(bytes.len());
    while at < bytes.len() && matches!(bytes[at], b'\r' | b'\n') {
        at += 1;
    }
    1 + bytes[..at].iter().filter(|b| **b == b'\n').count() as u64
}

fn error_row(line: u64, user: &str, problems: Vec<String>) -> ImportRow {
    ImportRow { line, user: user.to_string(), action: RowAction::Error, detail: problems.join("; ") }
}

/// A cell's value: trimmed, and the export's guard (`'` before a formula) taken off. A cell
/// that a spreadsheet would run as a formula is refused: it may be one typed (or planted) there.
fn cell(raw: &str) -> Result<String, String> {
    let value = raw.trim();
    if let Some(guarded) = value.strip_prefix('\'').filter(|rest| is_formula(rest)) {
        return Ok(guarded.to_string());
    }
    if is_formula(value) {
        return Err(t_with("import-formula", &[("value", format!("{value:?}").into())]));
    }
    Ok(value.to_string())
}

fn check_attribute(name: &str, value: &str) -> Result<(), String> {
    match name {
        "email" => {
            let ok = value.split_once('@').is_some_and(|(local, domain)| {
                !local.is_empty()
                    && domain.contains('.')
                    && !domain.starts_with('.')
                    && !domain.ends_with('.')
            }) && !value.chars().any(char::is_whitespace)
                && value.matches('@').count() == 1;
            if ok {
                Ok(())
            } else {
                Err(t_with("import-not-email", &[("value", format!("{value:?}").into())]))
            }
        }
        "phone_number" => {
            let digits = value.strip_prefix('+').unwrap_or_default();
            if !digits.is_empty() && digits.len() <= 15 && digits.chars().all(|c| c.is_ascii_digit()) {
                Ok(())
            } else {
                Err(t_with("import-not-phone", &[("value", format!("{value:?}").into())]))
            }
        }
        flag if FLAGS.contains(&flag) => match value {
            "true" | "false" => Ok(()),
            _ => Err(t_with("import-not-true-false", &[("value", format!("{value:?}").into())])),
        },
        _ if value.chars().count() > 2048 => Err(t("import-too-long")),
        _ => Ok(()),
    }
}

/// The rows that pass, as a backup of the live pool's own configuration: planning it changes
/// only users and memberships.
pub fn as_backup(users: Vec<BackupUser>, live: &Live, pool_id: &str) -> Backup {
    Backup { schema: BACKUP_SCHEMA.into(), pool_id: pool_id.into(), config: live.config.clone(), users }
}

/// The report of `parsed` against the live pool: each row's create, update or skip with what
/// changes, and the rows in error, in the file's order.
pub fn report(parsed: &Parsed, live: &Live, pool_id: &str) -> ImportReport {
    let email_key = by_email(live);
    let users: Vec<BackupUser> = parsed.users.iter().map(|(_, u)| u.clone()).collect();
    let steps = plan(&as_backup(users, live, pool_id), live, Options::default());
    // Each user's own step and the groups it joins, by key.
    let mut by_user: HashMap<&str, (Option<&PlanStep>, Vec<&str>)> = HashMap::new();
    for step in &steps {
        match step.kind.as_str() {
            "user" => by_user.entry(step.name.as_str()).or_default().0 = Some(step),
            "membership" => {
                if let Some((key, group)) = step.name.rsplit_once(" → ") {
                    by_user.entry(key).or_default().1.push(group);
                }
            }
            _ => {}
        }
    }
    let mut rows: Vec<ImportRow> = parsed
        .users
        .iter()
        .map(|(line, user)| {
            let key = user.key(email_key).unwrap_or_default();
            let (user_step, joins) = by_user.get(key.as_str()).cloned().unwrap_or_default();
            let mut detail: Vec<String> = user_step.map(|s| s.detail.clone()).into_iter().collect();
            if !joins.is_empty() {
                detail.push(t_with("import-joins", &[("groups", joins.join(", ").into())]));
            }
            let action = match (user_step.map(|s| s.action), joins.is_empty()) {
                (Some(StepAction::Create), _) => RowAction::Create,
                (Some(_), _) | (None, false) => RowAction::Update,
                (None, true) => RowAction::Skip,
            };
            if action == RowAction::Skip {
                detail.push(t("import-already"));
            }
            ImportRow { line: *line, user: key, action, detail: detail.join("; ") }
        })
        .chain(parsed.errors.iter().cloned())
        .collect();
    rows.sort_by_key(|r| r.line);
    ImportReport { rows }
}

/// The rows in error, for a refusal beside the file's field: the first ten, and how many more.
pub fn refusal(report: &ImportReport) -> Option<AppError> {
    let errors: Vec<&ImportRow> = report.rows.iter().filter(|r| r.action == RowAction::Error).collect();
    if errors.is_empty() {
        return None;
    }
    let mut lines: Vec<String> = errors
        .iter()
        .take(10)
        .map(|r| {
            t_with(
                "import-error-line",
                &[
                    ("line", r.line.into()),
                    ("user", r.user.clone().into()),
                    ("detail", r.detail.clone().into()),
                ],
            )
        })
        .collect();
    if errors.len() > 10 {
        lines.push(t_with("import-and-more", &[("count", (errors.len() - 10).into())]));
    }
    Some(refused(t_with(
        "import-refused-rows",
        &[("count", errors.len().into()), ("lines", lines.join(" · ").into())],
    )))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::pool::SchemaAttribute;
    use crate::rules::restore::{BackupGroup, BackupPool};

    fn live(email_key: bool) -> Live {
        let mut live = Live::default();
        live.config.pool = BackupPool {
            name: "p".into(),
            username_attributes: if email_key { vec!["email".into()] } else { vec![] },
            ..BackupPool::default()
        };
        live.config.custom_attributes = vec![SchemaAttribute {
            name: "custom:team".into(),
            mutable: true,
            required: false,
            kind: "String".into(),
            min: None,
            max: None,
        }];
        live.config.groups = ["editors", "viewers"]
            .iter()
            .map(|g| BackupGroup { name: g.to_string(), description: None, precedence: None, role_arn: None })
            .collect();
        live.users = vec![BackupUser {
            username: "uuid-1".into(),
            attributes: [("email", "old@example.com"), ("given_name", "Old")]
                .iter()
                .map(|(k, v)| (k.to_string(), v.to_string()))
                .collect(),
            status: "CONFIRMED".into(),
            enabled: true,
            groups: vec!["editors".into()],
        }];
        live
    }

    fn field_message(r: Result<Parsed, AppError>) -> String {
        match r {
            Err(AppError::Invalid { field, message }) if field == "csv" => message,
            Err(other) => panic!("{other:?}"),
            Ok(_) => panic!("accepted"),
        }
    }

    #[test]
    fn unknown_and_repeated_columns_are_refused_by_name() {
        let m = field_message(parse("email,nickname,shoe_size,custom:colour\n", &live(true)));
        assert!(m.starts_with("Unknown column(s): shoe_size, custom:colour."), "{m}");
        let m = field_message(parse("email,email\na@example.com,a@example.com\n", &live(true)));
        assert_eq!(m, "The column email is there twice.");
        let m = field_message(parse("given_name\nAda\n", &live(true)));
        assert!(m.starts_with("A column email is needed"), "{m}");
        let m = field_message(parse("email\n", &live(true)));
        assert_eq!(m, "The file has no rows after its column names.");
    }

    #[test]
    fn every_bad_row_is_reported_and_the_good_ones_planned() {
        let text = "email,given_name,custom:team,enabled,groups,sub\r\n\
            new@example.com,New,blue,true,viewers,ignored\r\n\
            not-an-email,Bad,,,,\r\n\
            old@example.com,Old,,false,editors;viewers,\r\n\
            NEW@example.com,Twice,,,,\r\n\
            formula@example.com,=HYPERLINK(\"http://x\"),,,,\r\n\
            guarded@example.com,'=1+1,,,,\r\n\
            ghost@example.com,,,maybe,admins,\r\n";
        let live = live(true);
        let parsed = parse(text, &live).unwrap();
        let report = report(&parsed, &live, "p");
        let rows: Vec<(u64, &str, RowAction)> =
            report.rows.iter().map(|r| (r.line, r.user.as_str(), r.action)).collect();
        assert_eq!(
            rows,
            [
                (2, "new@example.com", RowAction::Create),
                (3, "not-an-email", RowAction::Error),
                (4, "old@example.com", RowAction::Update),
                (5, "NEW@example.com", RowAction::Error),
                (6, "formula@example.com", RowAction::Error),
                (7, "guarded@example.com", RowAction::Create),
                (8, "ghost@example.com", RowAction::Error),
            ]
        );
        let detail = |line: u64| report.rows.iter().find(|r| r.line == line).unwrap().detail.clone();
        assert_eq!(detail(3), "email: \"not-an-email\" is not an email address");
        assert_eq!(detail(4), "disable; joins viewers");
        assert_eq!(detail(5), "the same user as line 2");
        assert!(
            detail(6).starts_with(
                "given_name: \"=HYPERLINK(\\\"http://x\\\")\" would run as a spreadsheet formula"
            ),
            "{}",
            detail(6)
        );
        assert_eq!(
            detail(8),
            "enabled: \"maybe\" is neither true nor false; groups: \"admins\" is not a group of this pool"
        );
        let guarded = &parsed.users.iter().find(|(l, _)| *l == 7).unwrap().1;
        assert_eq!(guarded.attributes["given_name"], "=1+1", "the export's guard is taken off");
        let refusal = refusal(&report).unwrap();
        assert_eq!(refusal.field(), Some("csv"));
        assert!(
            refusal.to_string().starts_with("4 row(s) cannot be imported, so nothing was: line 3"),
            "{refusal}"
        );
    }

    #[test]
    fn a_username_pool_reads_cognito_username_and_a_clean_file_has_no_refusal() {
        let text = "cognito:username,email,phone_number\nada,ada@example.com,+15550100\nbob,,\n";
        let live = live(false);
        let parsed = parse(text, &live).unwrap();
        let report = report(&parsed, &live, "p");
        assert_eq!(report.count(RowAction::Create), 2);
        assert!(refusal(&report).is_none());
        assert_eq!(parsed.users[0].1.username, "ada");
        let lines = parse("cognito:username,given_name\nann,\"two\nlines\"\nbea,=1\n", &live).unwrap();
        assert_eq!(lines.errors[0].line, 4, "a cell's line break counts");
        let bad = parse("cognito:username,phone_number\ncy,555-0100\n", &live).unwrap();
        assert_eq!(
            bad.errors[0].detail,
            "phone_number: \"555-0100\" is not a phone number in +15551234567 form"
        );
    }
}
