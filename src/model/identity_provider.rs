//! A pool's identity providers (federation): SAML 2.0, OpenID Connect and the four social
//! providers, their details, attribute mapping and identifiers, and the form that creates or
//! edits one, checked against Cognito's rules before any call. Secrets (a client secret, Apple's
//! private key) never leave the server: the browser learns only that one is set.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use crate::error::AppError;
use crate::i18n::{t, t_with, text};
use crate::model::pool::SchemaAttribute;
use crate::model::preferences::Lang;

/// One kind of provider: Cognito's `ProviderType`, its name in words, the scopes a new one asks
/// for, and the provider claim Cognito accepts for `username` (`None`: SAML takes its NameID).
pub struct ProviderKind {
    pub key: &'static str,
    pub label: &'static str,
    pub scopes: &'static str,
    pub username_claim: Option<&'static str>,
}

pub const KINDS: [ProviderKind; 6] = [
    ProviderKind { key: "SAML", label: "SAML 2.0", scopes: "", username_claim: None },
    ProviderKind {
        key: "OIDC",
        label: "OpenID Connect",
        scopes: "openid email profile",
        username_claim: Some("sub"),
    },
    ProviderKind {
        key: "Google",
        label: "Google",
        scopes: "openid email profile",
        username_claim: Some("sub"),
    },
    ProviderKind {
        key: "Facebook",
        label: "Facebook",
        scopes: "public_profile, email",
        username_claim: Some("id"),
    },
    ProviderKind {
        key: "LoginWithAmazon",
        label: "Login with Amazon",
        scopes: "profile",
        username_claim: Some("user_id"),
    },
    ProviderKind {
        key: "SignInWithApple",
        label: "Sign in with Apple",
        scopes: "email name",
        username_claim: Some("sub"),
    },
];

pub fn kind(key: &str) -> Option<&'static ProviderKind> {
    KINDS.iter().find(|k| k.key == key)
}

/// A social provider: its name is its type, so a pool has at most one of each.
pub fn is_social(key: &str) -> bool {
    matches!(key, "Google" | "Facebook" | "LoginWithAmazon" | "SignInWithApple")
}

/// The provider's type in words ("Login with Amazon"); an unknown type as Cognito sent it.
pub fn kind_label(key: &str) -> &str {
    kind(key).map_or(key, |k| k.label)
}

/// An OIDC provider's endpoints, for an issuer without a discovery document: all four or none.
pub const OIDC_ENDPOINTS: [&str; 4] = ["authorize_url", "token_url", "attributes_url", "jwks_uri"];

/// Details whose value stays on the server: the provider's secrets, and the SAML metadata
/// document (long; shown by size).
pub const WITHHELD: [&str; 3] = ["client_secret", "private_key", "MetadataFile"];

/// What the browser sees of one provider.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct IdentityProvider {
    pub name: String,
    /// Cognito's `ProviderType` (`KINDS`).
    pub provider_type: String,
    /// ProviderDetails without the `WITHHELD` keys.
    pub details: BTreeMap<String, String>,
    /// The `WITHHELD` keys Cognito holds a value for.
    pub withheld: Vec<String>,
    /// Pool attribute → provider attribute.
    pub attribute_mapping: BTreeMap<String, String>,
    pub identifiers: Vec<String>,
    pub created: Option<i64>,
    pub last_modified: Option<i64>,
}

impl IdentityProvider {
    pub fn detail(&self, key: &str) -> &str {
        self.details.get(key).map_or("", String::as_str)
    }

    pub fn holds(&self, key: &str) -> bool {
        self.withheld.iter().any(|k| k == key)
    }

    /// The mapping as the form's field shows it: one `pool attribute = provider attribute` a line.
    pub fn mapping_text(&self) -> String {
        self.attribute_mapping.iter().map(|(k, v)| format!("{k} = {v}")).collect::<Vec<_>>().join("\n")
    }

    /// The pool's required attributes (but `sub`) this provider does not map: a federated user
    /// without one cannot be created.
    pub fn unmapped_required(&self, attributes: &[SchemaAttribute]) -> Vec<String> {
        unmapped_required(&self.attribute_mapping, attributes)
    }
}

fn unmapped_required(mapping: &BTreeMap<String, String>, attributes: &[SchemaAttribute]) -> Vec<String> {
    attributes
        .iter()
        .filter(|a| a.required && a.name != "sub" && !mapping.contains_key(&a.name))
        .map(|a| a.name.clone())
        .collect()
}

/// The identity providers page: every provider with the app clients that offer it, and what
/// the forms check against.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct IdentityProviders {
    /// Each provider with the app clients (id, name) that list it in SupportedIdentityProviders.
    pub providers: Vec<(IdentityProvider, Vec<(String, String)>)>,
    /// The pool's schema: which attributes can be mapped, which must be.
    pub attributes: Vec<SchemaAttribute>,
    /// The pool's managed login address (`model::domain::hosted_ui_url`): federated sign-in goes
    /// through it, and each provider is given its return address under it. `None`: no domain.
    pub login_url: Option<String>,
    /// The pool's ID: a SAML provider knows the pool by `urn:amazon:cognito:sp:<pool id>`.
    pub pool_id: String,
    /// Why the endpoint lists no providers (an emulator without federation).
    pub unavailable: Option<String>,
}

impl IdentityProviders {
    /// Where the provider sends its answer: SAML assertions to `/saml2/idpresponse`, the others'
    /// codes to `/oauth2/idpresponse` (the redirect URI to register with the provider).
    pub fn return_url(&self, provider_type: &str) -> Option<String> {
        let path = if provider_type == "SAML" { "saml2" } else { "oauth2" };
        self.login_url.as_ref().map(|base| format!("{base}/{path}/idpresponse"))
    }

    /// The pool as a SAML service provider (its entity ID).
    pub fn saml_entity_id(&self) -> String {
        format!("urn:amazon:cognito:sp:{}", self.pool_id)
    }
}

/// A provider detail's name in words in `lang`; Cognito's key for one Pooldesk does not know.
pub fn detail_label(lang: Lang, key: &str) -> String {
    match key {
        "client_id" => text(lang, "idp-client-id", &[]),
        "client_secret" => text(lang, "idp-client-secret", &[]),
        "authorize_scopes" => text(lang, "idp-scopes", &[]),
        "api_version" => text(lang, "idp-api-version", &[]),
        "team_id" => text(lang, "idp-team-id", &[]),
        "key_id" => text(lang, "idp-key-id", &[]),
        "private_key" => text(lang, "idp-private-key", &[]),
        "oidc_issuer" => text(lang, "idp-issuer", &[]),
        "attributes_request_method" => text(lang, "idp-attributes-request-method", &[]),
        "authorize_url" => text(lang, "idp-authorize-url", &[]),
        "token_url" => text(lang, "idp-token-url", &[]),
        "attributes_url" => text(lang, "idp-attributes-url", &[]),
        "jwks_uri" => text(lang, "idp-jwks-uri", &[]),
        "token_request_method" => text(lang, "idp-token-request-method", &[]),
        "attributes_url_add_attributes" => text(lang, "idp-attributes-url-add-attributes", &[]),
        "MetadataURL" => text(lang, "idp-metadata-url", &[]),
        "MetadataFile" => text(lang, "idp-metadata-file", &[]),
        "IDPSignout" => text(lang, "idp-signout", &[]),
        "IDPInit" => text(lang, "idp-init", &[]),
        "EncryptedResponses" => text(lang, "idp-encrypted-responses", &[]),
        "RequestSigningAlgorithm" => text(lang, "idp-request-signing", &[]),
        "SSORedirectBindingURI" => text(lang, "idp-sso-url", &[]),
        "SLORedirectBindingURI" => text(lang, "idp-slo-url", &[]),
        "ActiveEncryptionCertificate" => text(lang, "idp-encryption-certificate", &[]),
        other => other.to_string(),
    }
}

/// The create and edit form, one set of fields for every kind (each kind's form shows its own).
/// On an edit, an empty secret, private key or metadata document keeps the one Cognito holds.
#[derive(Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct ProviderForm {
    pub provider_type: String,
    pub provider_name: String,
    pub client_id: String,
    pub client_secret: String,
    pub authorize_scopes: String,
    /// Facebook's Graph API version (`v17.0`); empty for Cognito's default.
    pub api_version: String,
    pub team_id: String,
    pub key_id: String,
    pub private_key: String,
    pub oidc_issuer: String,
    pub attributes_request_method: String,
    /// OIDC endpoints for an issuer without a discovery document: all four or none.
    pub authorize_url: String,
    pub token_url: String,
    pub attributes_url: String,
    pub jwks_uri: String,
    pub metadata_url: String,
    pub metadata_file: String,
    pub idp_signout: Option<String>,
    pub idp_init: Option<String>,
    pub encrypted_responses: Option<String>,
    pub sign_requests: Option<String>,
    /// One `pool attribute = provider attribute` a line.
    pub attribute_mapping: String,
    /// One identifier a line.
    pub identifiers: String,
}

/// Never prints the secret or the private key (a refused form may be logged).
impl std::fmt::Debug for ProviderForm {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("ProviderForm")
            .field("provider_type", &self.provider_type)
            .field("provider_name", &self.provider_name)
            .field("client_id", &self.client_id)
            .field("client_secret", &(!self.client_secret.is_empty()).then_some("…"))
            .field("private_key", &(!self.private_key.is_empty()).then_some("…"))
            .finish_non_exhaustive()
    }
}

/// A checked create or edit: what Cognito is sent.
#[derive(Clone, PartialEq, Eq)]
pub struct ProviderChange {
    pub name: String,
    pub provider_type: String,
    /// The whole ProviderDetails map (Cognito replaces it on an update).
    pub details: BTreeMap<String, String>,
    /// `WITHHELD` details to copy from what Cognito holds: not typed again on an edit.
    pub keep: Vec<&'static str>,
    pub attribute_mapping: BTreeMap<String, String>,
    pub identifiers: Vec<String>,
}

/// Cognito's limits: identifiers per provider and the length of one; a metadata document we
/// accept pasted (real ones are a few KB).
pub const MAX_IDENTIFIERS: usize = 50;
const MAX_IDENTIFIER_LEN: usize = 40;
const MAX_METADATA_LEN: usize = 128 * 1024;

impl ProviderForm {
    /// Checks the form for a new provider (`current` is `None`) or an edit of `current`, whose
    /// name and type it keeps. `attributes` is the pool's schema.
    pub fn validate(
        &self,
        current: Option<&IdentityProvider>,
        attributes: &[SchemaAttribute],
    ) -> Result<ProviderChange, AppError> {
        let (name, provider_type) = match current {
            Some(c) => (c.name.clone(), c.provider_type.clone()),
            None => {
                let kind = kind(self.provider_type.trim())
                    .ok_or_else(|| AppError::invalid("provider_type", t("idp-error-choose-type")))?;
                (check_name(self.provider_name.trim(), kind.key)?, kind.key.to_string())
            }
        };
        let kind = kind(&provider_type).ok_or_else(|| AppError::Conflict {
            message: t_with("idp-error-cannot-edit", &[("type", provider_type.clone().into())]),
        })?;
        let mut keep = Vec::new();
        let mut details = BTreeMap::new();
        let mut put = |k: &str, v: String| {
            details.insert(k.to_string(), v);
        };
        let held = |key: &str| current.is_some_and(|c| c.holds(key));
        if kind.key == "SAML" {
            let url = self.metadata_url.trim();
            let file = self.metadata_file.trim();
            match (url.is_empty(), file.is_empty()) {
                (false, false) => {
                    return Err(AppError::invalid("metadata_url", t("idp-error-metadata-both")));
                }
                (false, true) => put("MetadataURL", https_url(url, "metadata_url")?),
                (true, false) => put("MetadataFile", metadata_document(file)?),
                (true, true) if held("MetadataFile") => keep.push("MetadataFile"),
                (true, true) => {
                    return Err(AppError::invalid("metadata_url", t("idp-error-metadata-missing")));
                }
            }
            let flag = |box_: &Option<String>| ticked(box_).to_string();
            put("IDPSignout", flag(&self.idp_signout));
            put("IDPInit", flag(&self.idp_init));
            put("EncryptedResponses", flag(&self.encrypted_responses));
            if ticked(&self.sign_requests) {
                put("RequestSigningAlgorithm", "rsa-sha256".into());
            }
        } else {
            put("client_id", required(&self.client_id, "client_id", || t("idp-error-client-id"))?);
            put("authorize_scopes", scopes(kind, &self.authorize_scopes)?);
            // Apple signs in with a key; every other kind with a client secret.
            let (secret_key, secret) = if kind.key == "SignInWithApple" {
                ("private_key", &self.private_key)
            } else {
                ("client_secret", &self.client_secret)
            };
            let secret = secret.trim();
            if !secret.is_empty() {
                if secret_key == "private_key" && !secret.contains("PRIVATE KEY") {
                    return Err(AppError::invalid("private_key", t("idp-error-private-key-whole")));
                }
                put(secret_key, secret.to_string());
            } else if held(secret_key) {
                keep.push(secret_key);
            } else {
                let missing = if secret_key == "private_key" {
                    t("idp-error-private-key-missing")
                } else {
                    t("idp-error-client-secret-missing")
                };
                return Err(AppError::invalid(secret_key, missing));
            }
            match kind.key {
                "Facebook" => {
                    let version = self.api_version.trim();
                    if !version.is_empty() {
                        let ok = version.strip_prefix('v').and_then(|v| v.split_once('.')).is_some_and(
                            |(a, b)| {
                                !a.is_empty()
                                    && !b.is_empty()
                                    && a.bytes().chain(b.bytes()).all(|c| c.is_ascii_digit())
                            },
                        );
                        if !ok {
                            return Err(AppError::invalid("api_version", t("idp-error-api-version")));
                        }
                        put("api_version", version.to_string());
                    }
                }
                "SignInWithApple" => {
                    put("team_id", apple_id(&self.team_id, "team_id", || t("idp-error-team-id"))?);
                    put("key_id", apple_id(&self.key_id, "key_id", || t("idp-error-key-id"))?);
                }
                "OIDC" => {
                    put("oidc_issuer", https_url(self.oidc_issuer.trim(), "oidc_issuer")?);
                    let method = self.attributes_request_method.trim();
                    if method != "GET" && method != "POST" {
                        return Err(AppError::invalid(
                            "attributes_request_method",
                            t("idp-error-request-method"),
                        ));
                    }
                    put("attributes_request_method", method.to_string());
                    let endpoints = OIDC_ENDPOINTS.into_iter().zip([
                        &self.authorize_url,
                        &self.token_url,
                        &self.attributes_url,
                        &self.jwks_uri,
                    ]);
                    if endpoints.clone().any(|(_, v)| !v.trim().is_empty()) {
                        for (key, value) in endpoints {
                            if value.trim().is_empty() {
                                return Err(AppError::invalid(key, t("idp-error-endpoints")));
                            }
                            put(key, https_url(value.trim(), key)?);
                        }
                    }
                }
                _ => {}
            }
        }
        Ok(ProviderChange {
            name,
            provider_type: kind.key.to_string(),
            details,
            keep,
            attribute_mapping: mapping(kind, &self.attribute_mapping, attributes)?,
            identifiers: identifiers(&self.identifiers)?,
        })
    }
}

fn ticked(value: &Option<String>) -> bool {
    super::ticked(value.as_deref())
}

/// A SAML or OIDC provider's name: 3 to 32 characters without spaces or underscores (Cognito's
/// pattern lets an underscore stand second; the stricter rule is simpler to say), not `COGNITO`
/// (the app clients' name for the pool itself) and not a social provider's. A social provider's
/// name is its type.
fn check_name(name: &str, kind: &str) -> Result<String, AppError> {
    if is_social(kind) {
        if name != kind {
            return Err(AppError::invalid(
                "provider_name",
                t_with(
                    "idp-error-social-name",
                    &[("kind", kind_label(kind).to_string().into()), ("name", kind.to_string().into())],
                ),
            ));
        }
        return Ok(name.to_string());
    }
    let len = name.chars().count();
    if !(3..=32).contains(&len) || name.chars().any(|c| c == '_' || c.is_whitespace() || c.is_control()) {
        return Err(AppError::invalid("provider_name", t("idp-error-name")));
    }
    if name.eq_ignore_ascii_case("cognito")
        || KINDS.iter().any(|k| is_social(k.key) && k.key.eq_ignore_ascii_case(name))
    {
        return Err(AppError::invalid(
            "provider_name",
            t_with("idp-error-name-reserved", &[("name", name.to_string().into())]),
        ));
    }
    Ok(name.to_string())
}

fn required(value: &str, field: &str, message: impl FnOnce() -> String) -> Result<String, AppError> {
    let value = value.trim();
    if value.is_empty() || value.len() > 2048 || value.chars().any(char::is_control) {
        return Err(AppError::invalid(field, message()));
    }
    Ok(value.to_string())
}

fn https_url(url: &str, field: &str) -> Result<String, AppError> {
    let host = url.strip_prefix("https://").and_then(|r| r.split(['/', '?', '#']).next()).unwrap_or_default();
    if host.is_empty() || url.len() > 2048 || url.chars().any(|c| c.is_whitespace() || c.is_control()) {
        return Err(AppError::invalid(field, t("idp-error-https")));
    }
    Ok(url.to_string())
}

fn metadata_document(xml: &str) -> Result<String, AppError> {
    if xml.len() > MAX_METADATA_LEN {
        return Err(AppError::invalid("metadata_file", t("idp-error-metadata-size")));
    }
    if !xml.starts_with('<') || !xml.contains("EntityDescriptor") {
        return Err(AppError::invalid("metadata_file", t("idp-error-metadata-not-saml")));
    }
    Ok(xml.to_string())
}

/// Apple's team and key IDs: ten letters and digits (`refused`: the message if not).
fn apple_id(value: &str, field: &str, refused: impl FnOnce() -> String) -> Result<String, AppError> {
    let value = value.trim();
    if value.len() != 10 || !value.bytes().all(|b| b.is_ascii_alphanumeric()) {
        return Err(AppError::invalid(field, refused()));
    }
    Ok(value.to_string())
}

/// The scopes as the kind writes them (Facebook with commas, the others with spaces); OIDC needs
/// `openid`, Apple offers only `email` and `name`.
fn scopes(kind: &ProviderKind, text: &str) -> Result<String, AppError> {
    let mut list: Vec<&str> = Vec::new();
    for scope in text.split([' ', ',', '\n', '\t']).map(str::trim).filter(|s| !s.is_empty()) {
        if !list.contains(&scope) {
            list.push(scope);
        }
    }
    let field = "authorize_scopes";
    if list.is_empty() {
        return Err(AppError::invalid(
            field,
            t_with("idp-error-scopes-missing", &[("scopes", kind.scopes.into())]),
        ));
    }
    if let Some(bad) = list.iter().find(|s| s.len() > 256 || s.chars().any(|c| c.is_control() || c == '"')) {
        return Err(AppError::invalid(
            field,
            t_with("idp-error-not-a-scope", &[("scope", bad.to_string().into())]),
        ));
    }
    if kind.key == "OIDC" && !list.contains(&"openid") {
        return Err(AppError::invalid(field, t("idp-error-openid-scope")));
    }
    if kind.key == "SignInWithApple"
        && let Some(bad) = list.iter().find(|s| **s != "email" && **s != "name")
    {
        return Err(AppError::invalid(
            field,
            t_with("idp-error-apple-scopes", &[("scope", bad.to_string().into())]),
        ));
    }
    Ok(list.join(if kind.key == "Facebook" { ", " } else { " " }))
}

/// The attribute mapping: each key a mutable attribute of the pool (Cognito writes them at every
/// federated sign-in and fails on an immutable one) or `username` from the one claim Cognito
/// takes for it; every required attribute mapped (a federated user without one cannot be made).
fn mapping(
    kind: &ProviderKind,
    text: &str,
    attributes: &[SchemaAttribute],
) -> Result<BTreeMap<String, String>, AppError> {
    let field = "attribute_mapping";
    let mut out = BTreeMap::new();
    for line in text.lines().map(str::trim).filter(|l| !l.is_empty()) {
        let Some((key, value)) = line.split_once('=').map(|(k, v)| (k.trim(), v.trim())) else {
            return Err(AppError::invalid(
                field,
                t_with("idp-error-mapping-line", &[("line", line.to_string().into())]),
            ));
        };
        if value.is_empty() || value.len() > 131_072 {
            return Err(AppError::invalid(
                field,
                t_with("idp-error-mapping-value", &[("attribute", key.to_string().into())]),
            ));
        }
        if key == "username" {
            match kind.username_claim {
                Some(claim) if claim == value => {}
                Some(claim) => {
                    return Err(AppError::invalid(
                        field,
                        t_with(
                            "idp-error-username-claim",
                            &[("claim", claim.into()), ("kind", kind.label.into())],
                        ),
                    ));
                }
                None => {
                    return Err(AppError::invalid(field, t("idp-error-saml-username")));
                }
            }
        } else {
            match attributes.iter().find(|a| a.name == key) {
                None => {
                    return Err(AppError::invalid(
                        field,
                        t_with("idp-error-not-an-attribute", &[("attribute", key.to_string().into())]),
                    ));
                }
                Some(a) if !a.mutable => {
                    return Err(AppError::invalid(
                        field,
                        t_with("idp-error-immutable", &[("attribute", key.to_string().into())]),
                    ));
                }
                Some(_) => {}
            }
        }
        if out.insert(key.to_string(), value.to_string()).is_some() {
            return Err(AppError::invalid(
                field,
                t_with("idp-error-mapped-twice", &[("attribute", key.to_string().into())]),
            ));
        }
    }
    if let Some(missing) = unmapped_required(&out, attributes).first() {
        return Err(AppError::invalid(
            field,
            t_with("idp-error-required-unmapped", &[("attribute", missing.clone().into())]),
        ));
    }
    Ok(out)
}

fn identifiers(text: &str) -> Result<Vec<String>, AppError> {
    let field = "identifiers";
    let mut out: Vec<String> = Vec::new();
    for id in text.lines().map(str::trim).filter(|l| !l.is_empty()) {
        let allowed = |c: char| c.is_alphanumeric() || c == '_' || c == ' ' || "+=.@-".contains(c);
        if id.chars().count() > MAX_IDENTIFIER_LEN || !id.chars().all(allowed) {
            return Err(AppError::invalid(
                field,
                t_with("idp-error-identifier", &[("identifier", id.to_string().into())]),
            ));
        }
        if out.iter().any(|o| o == id) {
            return Err(AppError::invalid(
                field,
                t_with("idp-error-identifier-twice", &[("identifier", id.to_string().into())]),
            ));
        }
        out.push(id.to_string());
    }
    if out.len() > MAX_IDENTIFIERS {
        return Err(AppError::invalid(field, t("idp-error-too-many-identifiers")));
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn attr(name: &str, mutable: bool, required: bool) -> SchemaAttribute {
        SchemaAttribute { name: name.into(), mutable, required, ..Default::default() }
    }

    fn schema() -> Vec<SchemaAttribute> {
        vec![
            attr("sub", false, true),
            attr("email", true, true),
            attr("name", true, false),
            attr("birthdate", false, false),
        ]
    }

    fn google() -> ProviderForm {
        ProviderForm {
            provider_type: "Google".into(),
            provider_name: "Google".into(),
            client_id: "123.apps.googleusercontent.com".into(),
            client_secret: "s3cret".into(),
            authorize_scopes: "openid email, profile".into(),
            attribute_mapping: "email = email\nusername = sub".into(),
            ..Default::default()
        }
    }

    fn field(r: Result<ProviderChange, AppError>) -> String {
        r.err().and_then(|e| e.field().map(str::to_string)).unwrap_or_else(|| "ok".into())
    }

    #[test]
    fn a_social_provider_is_named_by_its_type_and_sends_its_scopes_its_way() {
        let change = google().validate(None, &schema()).unwrap();
        assert_eq!(change.name, "Google");
        assert_eq!(change.details["authorize_scopes"], "openid email profile");
        assert_eq!(change.details["client_secret"], "s3cret");
        assert_eq!(change.attribute_mapping["username"], "sub");
        let facebook = ProviderForm {
            provider_type: "Facebook".into(),
            provider_name: "Facebook".into(),
            authorize_scopes: "public_profile email".into(),
            api_version: "v17.0".into(),
            attribute_mapping: "email = email".into(),
            ..google()
        };
        let change = facebook.validate(None, &schema()).unwrap();
        assert_eq!(change.details["authorize_scopes"], "public_profile, email");
        assert_eq!(change.details["api_version"], "v17.0");
        assert_eq!(
            field(ProviderForm { api_version: "17".into(), ..facebook }.validate(None, &schema())),
            "api_version"
        );
        assert_eq!(
            field(ProviderForm { provider_name: "MyGoogle".into(), ..google() }.validate(None, &schema())),
            "provider_name"
        );
        assert_eq!(
            field(ProviderForm { provider_type: "LDAP".into(), ..google() }.validate(None, &schema())),
            "provider_type"
        );
    }

    #[test]
    fn the_mapping_follows_cognito_s_rules() {
        let with =
            |m: &str| ProviderForm { attribute_mapping: m.into(), ..google() }.validate(None, &schema());
        assert_eq!(field(with("name = name")), "attribute_mapping", "email is required");
        assert_eq!(field(with("email = email\nbirthdate = birthday")), "attribute_mapping", "immutable");
        assert_eq!(
            field(with("email = email\nusername = email")),
            "attribute_mapping",
            "username from sub only"
        );
        assert_eq!(field(with("email = email\nnickname = nick")), "attribute_mapping", "not in the schema");
        assert_eq!(field(with("email = email\nemail = mail")), "attribute_mapping", "twice");
        assert_eq!(field(with("email email")), "attribute_mapping", "no =");
        assert_eq!(field(with("email = email\nname = given_name")), "ok");
        let idp = IdentityProvider {
            attribute_mapping: BTreeMap::from([("name".to_string(), "n".to_string())]),
            ..Default::default()
        };
        assert_eq!(idp.unmapped_required(&schema()), ["email"]);
        assert_eq!(idp.mapping_text(), "name = n");
    }

    #[test]
    fn oidc_needs_an_https_issuer_openid_and_all_four_endpoints_or_none() {
        let oidc = ProviderForm {
            provider_type: "OIDC".into(),
            provider_name: "Okta".into(),
            oidc_issuer: "https://example.okta.com".into(),
            attributes_request_method: "GET".into(),
            authorize_scopes: "openid email".into(),
            ..google()
        };
        let change = oidc.validate(None, &schema()).unwrap();
        assert_eq!(change.details["oidc_issuer"], "https://example.okta.com");
        assert!(!change.details.contains_key("token_url"));
        let v = |f: ProviderForm| field(f.validate(None, &schema()));
        assert_eq!(
            v(ProviderForm { oidc_issuer: "http://example.okta.com".into(), ..oidc.clone() }),
            "oidc_issuer"
        );
        assert_eq!(v(ProviderForm { authorize_scopes: "email".into(), ..oidc.clone() }), "authorize_scopes");
        assert_eq!(
            v(ProviderForm { attributes_request_method: "PUT".into(), ..oidc.clone() }),
            "attributes_request_method"
        );
        assert_eq!(
            v(ProviderForm { token_url: "https://example.okta.com/token".into(), ..oidc.clone() }),
            "authorize_url"
        );
        assert_eq!(v(ProviderForm { provider_name: "my idp".into(), ..oidc.clone() }), "provider_name");
        assert_eq!(v(ProviderForm { provider_name: "cognito".into(), ..oidc.clone() }), "provider_name");
        assert_eq!(v(ProviderForm { provider_name: "Google".into(), ..oidc.clone() }), "provider_name");
        assert_eq!(v(ProviderForm { client_secret: String::new(), ..oidc }), "client_secret");
    }

    #[test]
    fn saml_takes_a_url_or_a_document_and_sends_every_flag() {
        let saml = ProviderForm {
            provider_type: "SAML".into(),
            provider_name: "CorpAD".into(),
            metadata_url: "https://idp.example.com/metadata".into(),
            idp_signout: Some("on".into()),
            attribute_mapping: "email = http://schemas.xmlsoap.org/ws/2005/05/identity/claims/emailaddress"
                .into(),
            identifiers: "example.com\nexample.org".into(),
            ..Default::default()
        };
        let change = saml.validate(None, &schema()).unwrap();
        assert_eq!(change.details["IDPSignout"], "true");
        assert_eq!(change.details["IDPInit"], "false");
        assert!(!change.details.contains_key("RequestSigningAlgorithm"));
        assert_eq!(change.identifiers, ["example.com", "example.org"]);
        let v = |f: ProviderForm| field(f.validate(None, &schema()));
        assert_eq!(
            v(ProviderForm { metadata_file: "<EntityDescriptor/>".into(), ..saml.clone() }),
            "metadata_url"
        );
        assert_eq!(v(ProviderForm { metadata_url: String::new(), ..saml.clone() }), "metadata_url");
        assert_eq!(
            v(ProviderForm { metadata_url: String::new(), metadata_file: "hello".into(), ..saml.clone() }),
            "metadata_file"
        );
        assert_eq!(
            v(ProviderForm { attribute_mapping: "email = e\nusername = x".into(), ..saml.clone() }),
            "attribute_mapping"
        );
        assert_eq!(v(ProviderForm { identifiers: "a/b".into(), ..saml.clone() }), "identifiers");
        assert_eq!(v(ProviderForm { identifiers: "a\na".into(), ..saml }), "identifiers");
    }

    #[test]
    fn an_edit_keeps_the_held_secret_and_document_when_not_typed_again() {
        let held = IdentityProvider {
            name: "Google".into(),
            provider_type: "Google".into(),
            withheld: vec!["client_secret".into()],
            ..Default::default()
        };
        // The type and name come from Cognito, not from the form.
        let edit = ProviderForm { client_secret: String::new(), provider_type: "SAML".into(), ..google() };
        let change = edit.validate(Some(&held), &schema()).unwrap();
        assert_eq!((change.name.as_str(), change.provider_type.as_str()), ("Google", "Google"));
        assert_eq!(change.keep, ["client_secret"]);
        assert!(!change.details.contains_key("client_secret"));
        let saml = IdentityProvider {
            name: "CorpAD".into(),
            provider_type: "SAML".into(),
            withheld: vec!["MetadataFile".into()],
            ..Default::default()
        };
        let change = ProviderForm { attribute_mapping: "email = mail".into(), ..Default::default() }
            .validate(Some(&saml), &schema())
            .unwrap();
        assert_eq!(change.keep, ["MetadataFile"]);
    }

    #[test]
    fn apple_takes_a_key_and_ten_character_ids() {
        let apple = ProviderForm {
            provider_type: "SignInWithApple".into(),
            provider_name: "SignInWithApple".into(),
            client_id: "com.example.signin".into(),
            client_secret: String::new(),
            team_id: "ABCDE12345".into(),
            key_id: "KEY1234567".into(),
            private_key: "-----BEGIN PRIVATE KEY-----\nMIG\n-----END PRIVATE KEY-----".into(),
            authorize_scopes: "email name".into(),
            ..google()
        };
        let change = apple.validate(None, &schema()).unwrap();
        assert!(change.details.contains_key("private_key") && !change.details.contains_key("client_secret"));
        let v = |f: ProviderForm| field(f.validate(None, &schema()));
        assert_eq!(v(ProviderForm { team_id: "ABC".into(), ..apple.clone() }), "team_id");
        assert_eq!(v(ProviderForm { private_key: "secret".into(), ..apple.clone() }), "private_key");
        assert_eq!(v(ProviderForm { authorize_scopes: "email openid".into(), ..apple }), "authorize_scopes");
    }

    #[test]
    fn details_are_named_in_the_page_s_language_and_refusals_in_english_outside_a_request() {
        assert_eq!(detail_label(Lang::En, "client_id"), "Client ID");
        assert_eq!(detail_label(Lang::De, "client_id"), "Client-ID");
        assert_eq!(detail_label(Lang::De, "SomethingNew"), "SomethingNew");
        let refused = ProviderForm { provider_type: "OIDC".into(), provider_name: "a b".into(), ..google() }
            .validate(None, &schema())
            .err()
            .expect("a name with a space is refused");
        assert_eq!(
            refused.to_string(),
            "Use 3 to 32 characters without spaces or underscores, e.g. Okta or CorpAD."
        );
    }

    #[test]
    fn the_form_s_debug_hides_its_secrets() {
        let shown = format!("{:?}", ProviderForm { private_key: "PRIVATE KEY abc".into(), ..google() });
        assert!(!shown.contains("s3cret") && !shown.contains("abc"), "{shown}");
    }
}
