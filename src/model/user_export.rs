//! A user export, written as it is read: a header, one record per user, a footer, so that the
//! whole file never sits in memory. CSV puts the standard attributes in the order of Cognito's
//! own import header (GetCSVHeader), then the pool's custom attributes, then what only an
//! export has (status, enabled, dates, groups, and MFA when it was read); JSON is one document;
//! NDJSON one user per line; a backup is the JSON document with the pool's configuration before
//! the users (`rules::restore` reads it back).

use serde::Serialize;

use crate::model::job::ExportFormat;

/// Standard attributes in the order of Cognito's CSV import header.
pub const COGNITO_CSV_ATTRIBUTES: [&str; 19] = [
    "name",
    "given_name",
    "family_name",
    "middle_name",
    "nickname",
    "preferred_username",
    "profile",
    "picture",
    "website",
    "email",
    "email_verified",
    "gender",
    "birthdate",
    "zoneinfo",
    "locale",
    "phone_number",
    "phone_number_verified",
    "address",
    "updated_at",
];

/// The columns after the attributes.
const TRAILING: [&str; 7] = ["cognito:username", "sub", "status", "enabled", "created", "modified", "groups"];

/// With MFA read: Cognito's own column (before `cognito:username`, as in its import header),
/// and the details after the groups.
const MFA_ENABLED: &str = "cognito:mfa_enabled";
const MFA_DETAILS: [&str; 2] = ["preferred_mfa", "mfa_methods"];

/// A user's MFA as AdminGetUser reports it (read only when the export asks: one call per user).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct ExportedMfa {
    /// `SMS_MFA`, `SOFTWARE_TOKEN_MFA`, `EMAIL_OTP`, or none.
    pub preferred: Option<String>,
    pub methods: Vec<String>,
}

/// Groups in one CSV cell are separated by this.
pub const GROUP_SEPARATOR: &str = ";";

/// One user as exported. Dates are Unix seconds.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct ExportedUser {
    pub username: String,
    /// Every attribute Cognito returned, `sub` included, in its order.
    pub attributes: Vec<(String, String)>,
    pub status: String,
    pub enabled: bool,
    pub created: Option<i64>,
    pub modified: Option<i64>,
    pub groups: Vec<String>,
    /// Read only for an export with MFA.
    pub mfa: Option<ExportedMfa>,
}

impl ExportedUser {
    fn attribute(&self, name: &str) -> Option<&str> {
        self.attributes.iter().find(|(n, _)| n == name).map(|(_, v)| v.as_str())
    }
}

/// The JSON form of a user (attributes as an object), borrowed from the user.
#[derive(Serialize)]
struct JsonUser<'a> {
    username: &'a str,
    attributes: Attributes<'a>,
    status: &'a str,
    enabled: bool,
    created: Option<i64>,
    modified: Option<i64>,
    groups: &'a [String],
    #[serde(skip_serializing_if = "Option::is_none")]
    mfa: Option<&'a ExportedMfa>,
}

/// Formats an export of one pool.
pub struct ExportWriter {
    format: ExportFormat,
    /// `custom:` attributes of the pool's schema (CSV columns).
    custom: Vec<String>,
    pool_id: String,
    /// The users' MFA was read (its CSV columns are there).
    with_mfa: bool,
    /// A backup's configuration (JSON), written before the users.
    config: String,
    written: u64,
}

/// The JSON document's schema name.
pub const EXPORT_SCHEMA: &str = "pooldesk.users/1";
/// A backup's: the JSON document with the pool's configuration before the users.
pub const BACKUP_SCHEMA: &str = "pooldesk.backup/1";

impl ExportWriter {
    pub fn new(format: ExportFormat, pool_id: &str, custom_attributes: Vec<String>, with_mfa: bool) -> Self {
        Self {
            format,
            custom: custom_attributes,
            pool_id: pool_id.to_string(),
            with_mfa,
            config: "null".into(),
            written: 0,
        }
    }

    /// A backup's writer: `config` is the pool's configuration as JSON.
    pub fn with_config(mut self, config: String) -> Self {
        self.config = config;
        self
    }

    pub fn written(&self) -> u64 {
        self.written
    }

    /// The CSV header row's names.
    pub fn columns(&self) -> Vec<String> {
        let (mfa_enabled, mfa_details): (&[&str], &[&str]) =
            if self.with_mfa { (&[MFA_ENABLED], &MFA_DETAILS) } else { (&[], &[]) };
        COGNITO_CSV_ATTRIBUTES
            .iter()
            .map(|a| a.to_string())
            .chain(self.custom.iter().cloned())
            .chain(mfa_enabled.iter().map(|c| c.to_string()))
            .chain(TRAILING.iter().map(|c| c.to_string()))
            .chain(mfa_details.iter().map(|c| c.to_string()))
            .collect()
    }

    pub fn header(&self) -> String {
        match self.format {
            ExportFormat::Csv => csv_line(self.columns().iter().map(String::as_str)),
            ExportFormat::Json => format!(
                "{{\"schema\":\"{EXPORT_SCHEMA}\",\"pool_id\":{},\"users\":[",
                serde_json::Value::String(self.pool_id.clone())
            ),
            ExportFormat::Backup => format!(
                "{{\"schema\":\"{BACKUP_SCHEMA}\",\"pool_id\":{},\"config\":{},\"users\":[",
                serde_json::Value::String(self.pool_id.clone()),
                self.config
            ),
            ExportFormat::Ndjson => String::new(),
        }
    }

    pub fn record(&mut self, user: &ExportedUser) -> String {
        self.written += 1;
        match self.format {
            ExportFormat::Csv => {
                let mut cells: Vec<String> = COGNITO_CSV_ATTRIBUTES
                    .iter()
                    .copied()
                    .chain(self.custom.iter().map(String::as_str))
                    .map(|a| user.attribute(a).unwrap_or_default().to_string())
                    .collect();
                let mfa = user.mfa.clone().unwrap_or_default();
                if self.with_mfa {
                    cells.push((!mfa.methods.is_empty()).to_string());
                }
                cells.extend([
                    user.username.clone(),
                    user.attribute("sub").unwrap_or_default().to_string(),
                    user.status.clone(),
                    user.enabled.to_string(),
                    user.created.map(|d| d.to_string()).unwrap_or_default(),
                    user.modified.map(|d| d.to_string()).unwrap_or_default(),
                    user.groups.join(GROUP_SEPARATOR),
                ]);
                if self.with_mfa {
                    cells.extend([mfa.preferred.unwrap_or_default(), mfa.methods.join(GROUP_SEPARATOR)]);
                }
                csv_line(cells.iter().map(String::as_str))
            }
            ExportFormat::Json | ExportFormat::Ndjson | ExportFormat::Backup => {
                let json = json_user(user);
                match (self.format, self.written) {
                    (ExportFormat::Ndjson, _) => format!("{json}\n"),
                    (_, 1) => format!("\n{json}"),
                    _ => format!(",\n{json}"),
                }
            }
        }
    }

    pub fn footer(&self) -> String {
        match self.format {
            ExportFormat::Json | ExportFormat::Backup => "\n]}\n".into(),
            _ => String::new(),
        }
    }
}

/// Attributes as a JSON object, in Cognito's order, without copying them.
struct Attributes<'a>(&'a [(String, String)]);

impl Serialize for Attributes<'_> {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap;
        let mut map = serializer.serialize_map(Some(self.0.len()))?;
        for (name, value) in self.0 {
            map.serialize_entry(name, value)?;
        }
        map.end()
    }
}

fn json_user(user: &ExportedUser) -> String {
    let json = JsonUser {
        username: &user.username,
        attributes: Attributes(&user.attributes),
        status: &user.status,
        enabled: user.enabled,
        created: user.created,
        modified: user.modified,
        groups: &user.groups,
        mfa: user.mfa.as_ref(),
    };
    serde_json::to_string(&json).unwrap_or_default()
}

/// One CSV line (RFC 4180, CRLF).
fn csv_line<'a>(cells: impl Iterator<Item = &'a str>) -> String {
    let mut line = cells.map(csv_cell).collect::<Vec<_>>().join(",");
    line.push_str("\r\n");
    line
}

/// Would a spreadsheet run this cell as a formula? A phone number (`+` and digits) or a negative
/// number would not.
pub fn is_formula(value: &str) -> bool {
    let plain_number = |rest: &str| !rest.is_empty() && rest.chars().all(|c| c.is_ascii_digit() || c == '.');
    match value.chars().next() {
        Some('=' | '@' | '\t' | '\r') => true,
        Some('+' | '-') => !plain_number(&value[1..]),
        _ => false,
    }
}

/// A CSV cell. One that a spreadsheet would run as a formula gets a leading apostrophe: values
/// are typed by other people. A phone number (`+` and digits) or a negative number is left as
/// it is, so that a round trip keeps it.
pub fn csv_cell(value: &str) -> String {
    let value = if is_formula(value) { format!("'{value}") } else { value.to_string() };
    if value.contains([',', '"', '\n', '\r']) { format!("\"{}\"", value.replace('"', "\"\"")) } else { value }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn user() -> ExportedUser {
        ExportedUser {
            username: "u-1".into(),
            attributes: vec![
                ("sub".into(), "s-1".into()),
                ("email".into(), "a@example.com".into()),
                ("phone_number".into(), "+15550100".into()),
                ("custom:team".into(), "=HYPERLINK(\"x\")".into()),
            ],
            status: "CONFIRMED".into(),
            enabled: false,
            created: Some(1_700_000_000),
            modified: None,
            groups: vec!["editors".into(), "premium".into()],
            mfa: None,
        }
    }

    #[test]
    fn csv_follows_cognitos_header_and_guards_formulas() {
        let mut w = ExportWriter::new(ExportFormat::Csv, "p", vec!["custom:team".into()], false);
        let header = w.header();
        assert!(header.starts_with("name,given_name,family_name,"));
        assert!(header.ends_with(
            "updated_at,custom:team,cognito:username,sub,status,enabled,created,modified,groups\r\n"
        ));
        let line = w.record(&user());
        assert!(line.contains(",a@example.com,"), "{line}");
        assert!(line.contains(",+15550100,"), "a phone number is kept: {line}");
        assert!(
            line.contains(
                ",\"'=HYPERLINK(\"\"x\"\")\",u-1,s-1,CONFIRMED,false,1700000000,,editors;premium\r\n"
            ),
            "{line}"
        );
        assert_eq!(w.footer(), "");
    }

    #[test]
    fn json_is_one_document_and_ndjson_one_line_per_user() {
        let mut w = ExportWriter::new(ExportFormat::Json, "eu-west-1_x", vec![], false);
        let doc = format!("{}{}{}{}", w.header(), w.record(&user()), w.record(&user()), w.footer());
        let parsed: serde_json::Value = serde_json::from_str(&doc).unwrap();
        assert_eq!(parsed["schema"], EXPORT_SCHEMA);
        assert_eq!(parsed["users"].as_array().unwrap().len(), 2);
        assert_eq!(parsed["users"][0]["attributes"]["email"], "a@example.com");
        assert_eq!(parsed["users"][0]["groups"][1], "premium");
        let empty = ExportWriter::new(ExportFormat::Json, "p", vec![], false);
        let none: serde_json::Value =
            serde_json::from_str(&format!("{}{}", empty.header(), empty.footer())).unwrap();
        assert_eq!(none["users"].as_array().unwrap().len(), 0);
        let mut nd = ExportWriter::new(ExportFormat::Ndjson, "p", vec![], false);
        let lines = format!("{}{}", nd.record(&user()), nd.record(&user()));
        assert_eq!(lines.lines().count(), 2);
        assert!(lines.lines().all(|l| serde_json::from_str::<serde_json::Value>(l).is_ok()));
    }

    #[test]
    fn mfa_columns_only_when_read() {
        let mut w = ExportWriter::new(ExportFormat::Csv, "p", vec![], true);
        let header = w.header();
        assert!(header.contains(",updated_at,cognito:mfa_enabled,cognito:username,"), "{header}");
        assert!(header.ends_with(",groups,preferred_mfa,mfa_methods\r\n"), "{header}");
        let mfa = ExportedMfa { preferred: Some("SMS_MFA".into()), methods: vec!["SMS_MFA".into()] };
        let line = w.record(&ExportedUser { mfa: Some(mfa), ..user() });
        assert!(line.contains(",true,u-1,"), "{line}");
        assert!(line.ends_with(",editors;premium,SMS_MFA,SMS_MFA\r\n"), "{line}");
        let mut json = ExportWriter::new(ExportFormat::Ndjson, "p", vec![], false);
        assert!(!json.record(&user()).contains("\"mfa\""), "no MFA key when it was not read");
    }

    #[test]
    fn cells() {
        assert_eq!(csv_cell("-12.5"), "-12.5");
        assert_eq!(csv_cell("-cmd"), "'-cmd");
        assert_eq!(csv_cell("+"), "'+");
        assert_eq!(csv_cell("@SUM(A1)"), "'@SUM(A1)");
        assert_eq!(csv_cell("a,b"), "\"a,b\"");
    }
}
