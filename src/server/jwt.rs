//! ID token verification, per aws-jwt-verify's checklist: RS256 only; key chosen by `kid` from
//! the pool's JWKS; `iss`, `aud`, `exp` required and checked; `token_use` must be `id`.
//!
//! The JWKS is cached and fetched again when a token names a `kid` we do not know (a key
//! rotation), at most once every 10 seconds so that forged `kid`s cannot make us hammer the
//! endpoint. Issuer and JWKS URL come from `cognito::TokenSource` (derived from the endpoint,
//! or set with `--issuer` and `--jwks-url`).

use std::collections::HashMap;
use std::time::{Duration, Instant};

use jsonwebtoken::jwk::JwkSet;
use jsonwebtoken::{Algorithm, DecodingKey, Validation, decode, decode_header};
use serde::Deserialize;
use tokio::sync::RwLock;

use crate::cognito::TokenSource;

/// Seconds of clock skew tolerated on `exp`.
const LEEWAY_SECS: u64 = 5;
const REFETCH_INTERVAL: Duration = Duration::from_secs(10);

/// The claims of a verified ID token that the console uses.
#[derive(Debug, Clone, Deserialize)]
pub struct IdClaims {
    pub sub: String,
    #[serde(rename = "cognito:username")]
    pub username: String,
    #[serde(default)]
    pub email: Option<String>,
    #[serde(rename = "cognito:groups", default)]
    pub groups: Vec<String>,
    pub token_use: String,
    pub exp: u64,
}

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum TokenError {
    #[error("token is malformed")]
    Malformed,
    #[error("algorithm {0:?} is not accepted")]
    Algorithm(String),
    #[error("token names no key or an unknown key")]
    UnknownKey,
    #[error("the signing keys could not be fetched")]
    KeysUnavailable,
    #[error("token is invalid: {0}")]
    Invalid(String),
    #[error("token_use is {0:?}, expected \"id\"")]
    WrongUse(String),
}

struct KeyCache {
    keys: HashMap<String, DecodingKey>,
    fetched_at: Option<Instant>,
}

pub struct TokenVerifier {
    jwks_url: String,
    issuers: Vec<String>,
    audience: String,
    http: reqwest::Client,
    cache: RwLock<KeyCache>,
}

impl TokenVerifier {
    pub fn new(source: TokenSource, audience: String) -> Self {
        let http = reqwest::Client::builder()
            .connect_timeout(Duration::from_secs(2))
            .timeout(Duration::from_secs(5))
            .build()
            .expect("HTTP client for the JWKS");
        Self {
            jwks_url: source.jwks_url,
            issuers: source.issuers,
            audience,
            http,
            cache: RwLock::new(KeyCache { keys: HashMap::new(), fetched_at: None }),
        }
    }

    /// A verifier that never fetches: for unit tests with their own keys.
    #[cfg(test)]
    fn with_keys(issuer: &str, audience: &str, keys: HashMap<String, DecodingKey>) -> Self {
        let source = TokenSource { issuers: vec![issuer.into()], jwks_url: String::new() };
        let v = Self::new(source, audience.into());
        *v.cache.try_write().unwrap() = KeyCache { keys, fetched_at: Some(Instant::now()) };
        v
    }

    pub async fn verify_id_token(&self, token: &str) -> Result<IdClaims, TokenError> {
        let header = decode_header(token).map_err(|_| TokenError::Malformed)?;
        if header.alg != Algorithm::RS256 {
            return Err(TokenError::Algorithm(format!("{:?}", header.alg)));
        }
        let kid = header.kid.ok_or(TokenError::UnknownKey)?;
        let key = self.key(&kid).await?;
        let mut validation = Validation::new(Algorithm::RS256);
        validation.leeway = LEEWAY_SECS;
        validation.set_issuer(&self.issuers);
        validation.set_audience(&[&self.audience]);
        validation.set_required_spec_claims(&["exp", "iss", "aud", "sub"]);
        let data = decode::<IdClaims>(token, &key, &validation)
            .map_err(|e| TokenError::Invalid(format!("{:?}", e.kind())))?;
        if data.claims.token_use != "id" {
            return Err(TokenError::WrongUse(data.claims.token_use));
        }
        Ok(data.claims)
    }

    async fn key(&self, kid: &str) -> Result<DecodingKey, TokenError> {
        if let Some(key) = self.cache.read().await.keys.get(kid) {
            return Ok(key.clone());
        }
        let mut cache = self.cache.write().await;
        // Another request may have refreshed the keys while we waited for the lock.
        if let Some(key) = cache.keys.get(kid) {
            return Ok(key.clone());
        }
        if cache.fetched_at.is_some_and(|at| at.elapsed() < REFETCH_INTERVAL) {
            return Err(TokenError::UnknownKey);
        }
        cache.fetched_at = Some(Instant::now());
        cache.keys = self.fetch().await?;
        cache.keys.get(kid).cloned().ok_or(TokenError::UnknownKey)
    }

    async fn fetch(&self) -> Result<HashMap<String, DecodingKey>, TokenError> {
        let set: JwkSet =
            async { self.http.get(&self.jwks_url).send().await?.error_for_status()?.json().await }
                .await
                .map_err(|e: reqwest::Error| {
                    tracing::warn!(url = %self.jwks_url, error = %e, "JWKS fetch failed");
                    TokenError::KeysUnavailable
                })?;
        Ok(set
            .keys
            .iter()
            .filter_map(|jwk| Some((jwk.common.key_id.clone()?, DecodingKey::from_jwk(jwk).ok()?)))
            .collect())
    }
}

/// Decodes tokens for the test console and checks each against the pool's JWKS: RS256, the
/// key by `kid`, the issuer, expiry, and the client (`aud` of an ID token, `client_id` of an
/// access token). Never fails as a whole: a token that does not verify says why.
pub async fn inspect_tokens(
    source: &TokenSource,
    client_id: &str,
    tokens: &[&str],
) -> Vec<crate::model::test_console::DecodedToken> {
    let jwks_url = &source.jwks_url;
    // One client for the process: its connection pool makes the fetch one round trip.
    static HTTP: std::sync::OnceLock<Option<reqwest::Client>> = std::sync::OnceLock::new();
    let http = HTTP.get_or_init(|| {
        reqwest::Client::builder()
            .connect_timeout(Duration::from_secs(2))
            .timeout(Duration::from_secs(5))
            .build()
            .ok()
    });
    let keys: Result<JwkSet, String> = match http {
        Some(http) => async { http.get(jwks_url).send().await?.error_for_status()?.json().await }
            .await
            .map_err(|e: reqwest::Error| {
                tracing::warn!(url = %jwks_url, error = %e, "JWKS fetch failed");
                "The pool's signing keys could not be fetched.".to_string()
            }),
        None => Err("The pool's signing keys could not be fetched.".to_string()),
    };
    tokens.iter().map(|t| inspect(t, keys.as_ref(), &source.issuers, client_id)).collect()
}

fn segment(token: &str, index: usize) -> Option<serde_json::Value> {
    use base64::Engine;
    let part = token.split('.').nth(index)?;
    let bytes = base64::engine::general_purpose::URL_SAFE_NO_PAD.decode(part.trim_end_matches('=')).ok()?;
    serde_json::from_slice(&bytes).ok()
}

fn inspect(
    token: &str,
    keys: Result<&JwkSet, &String>,
    issuers: &[String],
    client_id: &str,
) -> crate::model::test_console::DecodedToken {
    let header = segment(token, 0).unwrap_or_default();
    let payload = segment(token, 1).unwrap_or_default();
    let strings = |v: &serde_json::Value| -> Vec<String> {
        match v {
            serde_json::Value::Array(items) => {
                items.iter().filter_map(|i| i.as_str().map(str::to_string)).collect()
            }
            serde_json::Value::String(s) => s.split(' ').map(str::to_string).collect(),
            _ => Vec::new(),
        }
    };
    let token_use = payload["token_use"].as_str().unwrap_or("unknown").to_string();
    let verified =
        keys.map_err(Clone::clone).and_then(|keys| verify(token, keys, issuers, client_id, &token_use));
    crate::model::test_console::DecodedToken {
        header: serde_json::to_string_pretty(&header).unwrap_or_default(),
        payload: serde_json::to_string_pretty(&payload).unwrap_or_default(),
        expires: payload["exp"].as_i64(),
        groups: strings(&payload["cognito:groups"]),
        scopes: strings(&payload["scope"]),
        verified,
        token_use,
    }
}

fn verify(
    token: &str,
    keys: &JwkSet,
    issuers: &[String],
    client_id: &str,
    token_use: &str,
) -> Result<(), String> {
    let header = decode_header(token).map_err(|_| "The token is malformed.".to_string())?;
    if header.alg != Algorithm::RS256 {
        return Err(format!("Signed with {:?}, not RS256.", header.alg));
    }
    let jwk = header
        .kid
        .as_deref()
        .and_then(|kid| keys.find(kid))
        .ok_or_else(|| "No key of the pool's JWKS matches the token's kid.".to_string())?;
    let key = DecodingKey::from_jwk(jwk).map_err(|_| "The pool's key could not be read.".to_string())?;
    let mut validation = Validation::new(Algorithm::RS256);
    validation.leeway = LEEWAY_SECS;
    validation.set_issuer(issuers);
    validation.set_required_spec_claims(&["exp", "iss"]);
    if token_use == "id" {
        validation.set_audience(&[client_id]);
    } else {
        validation.validate_aud = false;
    }
    let data = decode::<serde_json::Value>(token, &key, &validation)
        .map_err(|e| format!("Not valid: {:?}.", e.kind()))?;
    if token_use == "access" && data.claims["client_id"].as_str() != Some(client_id) {
        return Err("The access token was issued to another client.".into());
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use aws_lc_rs::rand::SystemRandom;
    use aws_lc_rs::rsa::{KeyPair, KeySize};
    use aws_lc_rs::signature::{KeyPair as _, RSA_PKCS1_SHA256};
    use base64::Engine;
    use base64::engine::general_purpose::URL_SAFE_NO_PAD;
    use serde_json::{Value, json};

    const ISS: &str = "https://cognito-idp.eu-west-1.amazonaws.com/eu-west-1_test";
    const AUD: &str = "client-123";

    struct Signer {
        pair: KeyPair,
    }

    impl Signer {
        fn new() -> Self {
            Self { pair: KeyPair::generate(KeySize::Rsa2048).unwrap() }
        }

        fn decoding_key(&self) -> DecodingKey {
            let pk = self.pair.public_key();
            DecodingKey::from_rsa_raw_components(
                pk.modulus().big_endian_without_leading_zero(),
                pk.exponent().big_endian_without_leading_zero(),
            )
        }

        fn token(&self, header: Value, claims: Value) -> String {
            let input = format!("{}.{}", b64(&header), b64(&claims));
            let mut sig = vec![0u8; self.pair.public_modulus_len()];
            self.pair.sign(&RSA_PKCS1_SHA256, &SystemRandom::new(), input.as_bytes(), &mut sig).unwrap();
            format!("{input}.{}", URL_SAFE_NO_PAD.encode(sig))
        }
    }

    fn b64(v: &Value) -> String {
        URL_SAFE_NO_PAD.encode(serde_json::to_vec(v).unwrap())
    }

    fn now() -> u64 {
        std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).unwrap().as_secs()
    }

    fn claims() -> Value {
        json!({
            "sub": "1111-2222", "cognito:username": "1111-2222", "email": "admin@example.com",
            "cognito:groups": ["admin"], "token_use": "id", "iss": ISS, "aud": AUD,
            "exp": now() + 600, "iat": now(),
        })
    }

    fn header() -> Value {
        json!({"alg": "RS256", "kid": "k1", "typ": "JWT"})
    }

    fn verifier(signer: &Signer) -> TokenVerifier {
        TokenVerifier::with_keys(ISS, AUD, HashMap::from([("k1".to_string(), signer.decoding_key())]))
    }

    fn with(mut base: Value, key: &str, value: Value) -> Value {
        base[key] = value;
        base
    }

    #[tokio::test]
    async fn accepts_a_valid_id_token() {
        let s = Signer::new();
        let claims = verifier(&s).verify_id_token(&s.token(header(), claims())).await.unwrap();
        assert_eq!(claims.groups, vec!["admin"]);
        assert_eq!(claims.email.as_deref(), Some("admin@example.com"));
    }

    #[tokio::test]
    async fn refuses_alg_none() {
        let s = Signer::new();
        let token = format!("{}.{}.", b64(&json!({"alg": "none", "kid": "k1"})), b64(&claims()));
        assert!(verifier(&s).verify_id_token(&token).await.is_err());
    }

    /// The classic confusion attack: HMAC "signed" with the RSA public key as secret.
    #[tokio::test]
    async fn refuses_hs256_signed_with_the_public_key() {
        let s = Signer::new();
        let public_der = s.pair.public_key().as_ref().to_vec();
        let input = format!("{}.{}", b64(&json!({"alg": "HS256", "kid": "k1"})), b64(&claims()));
        let key = aws_lc_rs::hmac::Key::new(aws_lc_rs::hmac::HMAC_SHA256, &public_der);
        let tag = aws_lc_rs::hmac::sign(&key, input.as_bytes());
        let token = format!("{input}.{}", URL_SAFE_NO_PAD.encode(tag.as_ref()));
        assert_eq!(
            verifier(&s).verify_id_token(&token).await.unwrap_err(),
            TokenError::Algorithm("HS256".into())
        );
    }

    #[tokio::test]
    async fn refuses_an_unknown_kid_without_refetching_within_ten_seconds() {
        let s = Signer::new();
        let token = s.token(json!({"alg": "RS256", "kid": "other"}), claims());
        assert_eq!(verifier(&s).verify_id_token(&token).await.unwrap_err(), TokenError::UnknownKey);
    }

    #[tokio::test]
    async fn refuses_a_token_signed_by_another_key() {
        let s = Signer::new();
        let token = Signer::new().token(header(), claims());
        assert!(matches!(verifier(&s).verify_id_token(&token).await, Err(TokenError::Invalid(_))));
    }

    #[tokio::test]
    async fn refuses_wrong_issuer() {
        let s = Signer::new();
        let c = with(claims(), "iss", json!("https://cognito-idp.eu-west-1.amazonaws.com/other"));
        assert!(
            matches!(verifier(&s).verify_id_token(&s.token(header(), c)).await, Err(TokenError::Invalid(k)) if k.contains("Issuer"))
        );
    }

    #[tokio::test]
    async fn refuses_wrong_audience() {
        let s = Signer::new();
        let c = with(claims(), "aud", json!("another-client"));
        assert!(
            matches!(verifier(&s).verify_id_token(&s.token(header(), c)).await, Err(TokenError::Invalid(k)) if k.contains("Audience"))
        );
    }

    #[tokio::test]
    async fn refuses_missing_audience() {
        let s = Signer::new();
        let mut c = claims();
        c.as_object_mut().unwrap().remove("aud");
        assert!(verifier(&s).verify_id_token(&s.token(header(), c)).await.is_err());
    }

    #[tokio::test]
    async fn refuses_an_access_token() {
        let s = Signer::new();
        let c = with(claims(), "token_use", json!("access"));
        assert_eq!(
            verifier(&s).verify_id_token(&s.token(header(), c)).await.unwrap_err(),
            TokenError::WrongUse("access".into())
        );
    }

    #[tokio::test]
    async fn refuses_an_expired_token() {
        let s = Signer::new();
        let c = with(claims(), "exp", json!(now() - 60));
        assert!(
            matches!(verifier(&s).verify_id_token(&s.token(header(), c)).await, Err(TokenError::Invalid(k)) if k.contains("Expired"))
        );
    }
}
