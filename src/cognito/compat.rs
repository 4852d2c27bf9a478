//! Where moto lies, and only there.
//!
//! UpdateUserPool cannot take UsernameAttributes, AliasAttributes or UsernameConfiguration: on
//! AWS they are fixed at creation and an update keeps them. moto instead replaces the pool's
//! whole stored configuration with the request, so after any edit an email-as-username pool
//! forgets that it signs in with email (and the console's own login stops working). Against the
//! emulator only, this interceptor writes the described values into the request body before it
//! is signed. The request built for AWS is unchanged and pinned by the unit tests in `pools`.

use aws_sdk_cognitoidentityprovider::config::interceptors::BeforeTransmitInterceptorContextMut;
use aws_sdk_cognitoidentityprovider::config::{ConfigBag, Intercept, RuntimeComponents};
use aws_sdk_cognitoidentityprovider::error::BoxError;
use aws_sdk_cognitoidentityprovider::types::UserPoolType;
use serde_json::{Map, Value, json};

#[derive(Debug)]
pub struct KeepSignInSettings(Map<String, Value>);

impl KeepSignInSettings {
    pub fn of(pool: &UserPoolType) -> Self {
        let mut keep = Map::new();
        let names = |items: Vec<&str>| Value::from(items.into_iter().map(Value::from).collect::<Vec<_>>());
        if !pool.username_attributes().is_empty() {
            keep.insert(
                "UsernameAttributes".into(),
                names(pool.username_attributes().iter().map(|a| a.as_str()).collect()),
            );
        }
        if !pool.alias_attributes().is_empty() {
            keep.insert(
                "AliasAttributes".into(),
                names(pool.alias_attributes().iter().map(|a| a.as_str()).collect()),
            );
        }
        if let Some(config) = pool.username_configuration() {
            keep.insert("UsernameConfiguration".into(), json!({ "CaseSensitive": config.case_sensitive() }));
        }
        Self(keep)
    }

    /// The request body with the kept settings added (never replacing what the request has).
    fn patch(&self, body: &[u8]) -> Result<Vec<u8>, BoxError> {
        let mut request: Map<String, Value> = serde_json::from_slice(body)?;
        for (key, value) in &self.0 {
            request.entry(key.clone()).or_insert_with(|| value.clone());
        }
        Ok(serde_json::to_vec(&request)?)
    }
}

impl Intercept for KeepSignInSettings {
    fn name(&self) -> &'static str {
        "KeepSignInSettings"
    }

    fn modify_before_signing(
        &self,
        context: &mut BeforeTransmitInterceptorContextMut<'_>,
        _components: &RuntimeComponents,
        _cfg: &mut ConfigBag,
    ) -> Result<(), BoxError> {
        let request = context.request_mut();
        let Some(body) = request.body().bytes() else {
            return Ok(());
        };
        let patched = self.patch(body)?;
        request.headers_mut().insert("content-length", patched.len().to_string());
        *request.body_mut() = patched.into();
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use aws_sdk_cognitoidentityprovider::types::{UsernameAttributeType, UsernameConfigurationType};

    use super::*;

    #[test]
    fn adds_the_sign_in_settings_without_overriding_the_request() {
        let pool = UserPoolType::builder()
            .username_attributes(UsernameAttributeType::Email)
            .username_configuration(
                UsernameConfigurationType::builder().case_sensitive(false).build().unwrap(),
            )
            .build();
        let patched =
            KeepSignInSettings::of(&pool).patch(br#"{"UserPoolId":"p","MfaConfiguration":"OFF"}"#).unwrap();
        let body: Value = serde_json::from_slice(&patched).unwrap();
        assert_eq!(body["UsernameAttributes"], json!(["email"]));
        assert_eq!(body["UsernameConfiguration"], json!({ "CaseSensitive": false }));
        assert_eq!(body["UserPoolId"], "p");
        assert!(body.get("AliasAttributes").is_none());
    }
}
