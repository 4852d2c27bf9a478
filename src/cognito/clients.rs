//! App clients: list, describe (without the secret), the secret on its own, create, edit by
//! read-modify-write, delete; and what the client forms need to know about the pool.

use aws_sdk_cognitoidentityprovider::types::{
    ExplicitAuthFlowsType, OAuthFlowType, PreventUserExistenceErrorTypes, TimeUnitsType,
    TokenValidityUnitsType, UserPoolClientType,
};
use futures::StreamExt;

use super::operations::{
    CREATE_USER_POOL_CLIENT, DELETE_USER_POOL_CLIENT, DESCRIBE_USER_POOL_CLIENT, LIST_USER_POOL_CLIENTS,
    UPDATE_USER_POOL_CLIENT,
};
use super::{CognitoAdmin, CognitoRead, CognitoSecrets, epoch, pools, resource_servers};
use crate::error::AppError;
use crate::model::client::{ClientContext, ClientDetail, ClientSettings, ClientSummary, Validity};

/// DescribeUserPoolClient calls in flight at once while listing.
const DESCRIBE_CONCURRENCY: usize = 4;

async fn describe_raw(
    cognito: &CognitoRead,
    pool_id: &str,
    client_id: &str,
) -> Result<UserPoolClientType, AppError> {
    let out = cognito
        .client()
        .describe_user_pool_client()
        .user_pool_id(pool_id)
        .client_id(client_id)
        .send()
        .await
        .map_err(|e| DESCRIBE_USER_POOL_CLIENT.error(e))?;
    out.user_pool_client.ok_or_else(|| AppError::not_found("The app client"))
}

/// Every (id, name) of the pool's clients.
pub async fn ids(cognito: &CognitoRead, pool_id: &str) -> Result<Vec<(String, String)>, AppError> {
    let mut out = Vec::new();
    let mut next = None;
    loop {
        let page = cognito
            .client()
            .list_user_pool_clients()
            .user_pool_id(pool_id)
            .max_results(60)
            .set_next_token(next)
            .send()
            .await
            .map_err(|e| LIST_USER_POOL_CLIENTS.error(e))?;
        out.extend(page.user_pool_clients().iter().filter_map(|c| {
            Some((c.client_id()?.to_string(), c.client_name().unwrap_or_default().to_string()))
        }));
        match page.next_token() {
            Some(t) => next = Some(t.to_string()),
            None => return Ok(out),
        }
    }
}

/// Every client with its flows; ListUserPoolClients has only names, so each is described.
pub async fn list(cognito: &CognitoRead, pool_id: &str) -> Result<Vec<ClientSummary>, AppError> {
    let rows = describe_all(cognito, pool_id, None).await?;
    Ok(rows
        .into_iter()
        .map(|c| ClientSummary {
            id: c.id,
            name: c.settings.name,
            has_secret: c.has_secret,
            auth_flows: c.settings.auth_flows,
            oauth_flows: c.settings.oauth_flows,
        })
        .collect())
}

/// Every client of the pool, described, by name.
pub async fn describe_all(
    cognito: &CognitoRead,
    pool_id: &str,
    console_client_id: Option<&str>,
) -> Result<Vec<ClientDetail>, AppError> {
    let ids = ids(cognito, pool_id).await?;
    let described: Vec<Result<UserPoolClientType, AppError>> =
        futures::stream::iter(ids.into_iter().map(|(id, _)| {
            let (cognito, pool_id) = (cognito.clone(), pool_id.to_string());
            async move { describe_raw(&cognito, &pool_id, &id).await }
        }))
        .buffered(DESCRIBE_CONCURRENCY)
        .collect()
        .await;
    let mut rows = Vec::new();
    for client in described {
        rows.push(detail(&client?, pool_id, console_client_id));
    }
    rows.sort_by_cached_key(|r| r.settings.name.to_lowercase());
    Ok(rows)
}

fn unit(unit: Option<&TimeUnitsType>, default: &str) -> String {
    unit.map(|u| u.as_str().to_string()).unwrap_or_else(|| default.to_string())
}

/// The settings of a described client. Without TokenValidityUnits Cognito counts access and ID
/// tokens in hours and refresh tokens in days.
fn settings(c: &UserPoolClientType) -> ClientSettings {
    let units = c.token_validity_units();
    let strings = |items: &[String]| items.to_vec();
    ClientSettings {
        name: c.client_name().unwrap_or_default().to_string(),
        auth_flows: c.explicit_auth_flows().iter().map(|f| f.as_str().to_string()).collect(),
        oauth_flows: c.allowed_o_auth_flows().iter().map(|f| f.as_str().to_string()).collect(),
        scopes: strings(c.allowed_o_auth_scopes()),
        identity_providers: strings(c.supported_identity_providers()),
        callback_urls: strings(c.callback_urls()),
        logout_urls: strings(c.logout_urls()),
        default_redirect_uri: c.default_redirect_uri().map(str::to_string),
        // An absent lifetime is Cognito's default (1 hour, 30 days) whatever unit is set: a
        // client created with units but without, say, IdTokenValidity is not "1 minute".
        access_token: match c.access_token_validity() {
            Some(value) => Validity { value, unit: unit(units.and_then(|u| u.access_token()), "hours") },
            None => Validity::new(1, "hours"),
        },
        id_token: match c.id_token_validity() {
            Some(value) => Validity { value, unit: unit(units.and_then(|u| u.id_token()), "hours") },
            None => Validity::new(1, "hours"),
        },
        refresh_token: match c.refresh_token_validity() {
            value if value > 0 => {
                Validity { value, unit: unit(units.and_then(|u| u.refresh_token()), "days") }
            }
            _ => Validity::new(30, "days"),
        },
        read_attributes: strings(c.read_attributes()),
        write_attributes: strings(c.write_attributes()),
        prevent_user_existence_errors: c.prevent_user_existence_errors()
            == Some(&PreventUserExistenceErrorTypes::Enabled),
        token_revocation: c.enable_token_revocation().unwrap_or(true),
        auth_session_minutes: c.auth_session_validity().unwrap_or(3),
    }
}

pub async fn describe(
    cognito: &CognitoRead,
    pool_id: &str,
    client_id: &str,
    console_client_id: Option<&str>,
) -> Result<ClientDetail, AppError> {
    Ok(detail(&describe_raw(cognito, pool_id, client_id).await?, pool_id, console_client_id))
}

fn detail(c: &UserPoolClientType, pool_id: &str, console_client_id: Option<&str>) -> ClientDetail {
    let id = c.client_id().unwrap_or_default().to_string();
    ClientDetail {
        pool_id: pool_id.to_string(),
        has_secret: c.client_secret().is_some(),
        created: epoch(c.creation_date()),
        modified: epoch(c.last_modified_date()),
        settings: settings(c),
        is_console: console_client_id == Some(id.as_str()),
        id,
    }
}

/// The client and its secret from one DescribeUserPoolClient, for the test console's calls that
/// sign in with it (the secret stays on the server, so it is not for `api/`).
pub(super) async fn describe_with_secret(
    cognito: &CognitoRead,
    pool_id: &str,
    client_id: &str,
) -> Result<(ClientDetail, Option<String>), AppError> {
    let c = describe_raw(cognito, pool_id, client_id).await?;
    Ok((detail(&c, pool_id, None), c.client_secret().map(str::to_string)))
}

/// The client secret, for the one server function that reveals it.
pub async fn secret(
    cognito: &CognitoSecrets,
    pool_id: &str,
    client_id: &str,
) -> Result<Option<String>, AppError> {
    Ok(describe_raw(cognito, pool_id, client_id).await?.client_secret().map(str::to_string))
}

fn time_unit(unit: &str) -> TimeUnitsType {
    TimeUnitsType::from(unit)
}

/// Sets every field of the form on a create or update request (the two builders share the
/// setter names, not a type).
macro_rules! with_settings {
    ($request:expr, $s:expr) => {{
        let s: &ClientSettings = $s;
        let nonempty = |v: &Vec<String>| (!v.is_empty()).then(|| v.clone());
        $request
            .client_name(&s.name)
            .set_explicit_auth_flows(Some(
                s.auth_flows.iter().map(|f| ExplicitAuthFlowsType::from(f.as_str())).collect(),
            ))
            .allowed_o_auth_flows_user_pool_client(!s.oauth_flows.is_empty())
            .set_allowed_o_auth_flows(
                (!s.oauth_flows.is_empty())
                    .then(|| s.oauth_flows.iter().map(|f| OAuthFlowType::from(f.as_str())).collect()),
            )
            .set_allowed_o_auth_scopes(nonempty(&s.scopes))
            .set_supported_identity_providers(nonempty(&s.identity_providers))
            .set_callback_urls(nonempty(&s.callback_urls))
            .set_logout_urls(nonempty(&s.logout_urls))
            .set_default_redirect_uri(s.default_redirect_uri.clone())
            .access_token_validity(s.access_token.value)
            .id_token_validity(s.id_token.value)
            .refresh_token_validity(s.refresh_token.value)
            .token_validity_units(
                TokenValidityUnitsType::builder()
                    .access_token(time_unit(&s.access_token.unit))
                    .id_token(time_unit(&s.id_token.unit))
                    .refresh_token(time_unit(&s.refresh_token.unit))
                    .build(),
            )
            .set_read_attributes(nonempty(&s.read_attributes))
            .set_write_attributes(nonempty(&s.write_attributes))
            .prevent_user_existence_errors(if s.prevent_user_existence_errors {
                PreventUserExistenceErrorTypes::Enabled
            } else {
                PreventUserExistenceErrorTypes::Legacy
            })
            .enable_token_revocation(s.token_revocation)
            .auth_session_validity(s.auth_session_minutes)
    }};
}

pub async fn create(
    cognito: &CognitoAdmin,
    pool_id: &str,
    settings: &ClientSettings,
    generate_secret: bool,
) -> Result<String, AppError> {
    let request =
        cognito.client().create_user_pool_client().user_pool_id(pool_id).generate_secret(generate_secret);
    let out = with_settings!(request, settings).send().await.map_err(|e| CREATE_USER_POOL_CLIENT.error(e))?;
    out.user_pool_client().and_then(|c| c.client_id()).map(str::to_string).ok_or(AppError::Internal)
}

/// UpdateUserPoolClient resets what it is not sent: the form's fields plus everything the form
/// does not show (analytics, refresh-token rotation, context data), taken from the described
/// client.
pub(crate) fn update_request(
    request: aws_sdk_cognitoidentityprovider::operation::update_user_pool_client::builders::UpdateUserPoolClientFluentBuilder,
    current: &UserPoolClientType,
    settings: &ClientSettings,
) -> aws_sdk_cognitoidentityprovider::operation::update_user_pool_client::builders::UpdateUserPoolClientFluentBuilder{
    let request = request
        .set_user_pool_id(current.user_pool_id().map(str::to_string))
        .set_client_id(current.client_id().map(str::to_string))
        .set_analytics_configuration(current.analytics_configuration().cloned())
        .set_enable_propagate_additional_user_context_data(
            current.enable_propagate_additional_user_context_data(),
        )
        .set_refresh_token_rotation(current.refresh_token_rotation().cloned());
    with_settings!(request, settings)
}

pub async fn update(
    cognito: &CognitoAdmin,
    pool_id: &str,
    client_id: &str,
    settings: &ClientSettings,
) -> Result<(), AppError> {
    let current = describe_raw(cognito, pool_id, client_id).await?;
    update_request(cognito.client().update_user_pool_client(), &current, settings)
        .send()
        .await
        .map_err(|e| UPDATE_USER_POOL_CLIENT.error(e))?;
    Ok(())
}

pub async fn delete(cognito: &CognitoAdmin, pool_id: &str, client_id: &str) -> Result<(), AppError> {
    cognito
        .client()
        .delete_user_pool_client()
        .user_pool_id(pool_id)
        .client_id(client_id)
        .send()
        .await
        .map_err(|e| DELETE_USER_POOL_CLIENT.error(e))?;
    Ok(())
}

/// What the client form offers and checks against: the pool's custom scopes, identity
/// providers, attributes, and whether it has a domain.
pub async fn context(cognito: &CognitoRead, pool_id: &str) -> Result<ClientContext, AppError> {
    let (pool, servers, providers) = tokio::join!(
        pools::describe_raw(cognito.client(), pool_id),
        resource_servers::list(cognito, pool_id),
        super::identity_providers::names(cognito, pool_id),
    );
    let pool = pool?;
    // An endpoint without resource servers or federation (cognito-local) has none to offer.
    let (servers, _) = super::error::unless_unsupported(servers)?;
    let (providers, _) = super::error::unless_unsupported(providers)?;
    let schema = pool.schema_attributes();
    Ok(ClientContext {
        custom_scopes: servers.iter().flat_map(|s| s.full_scopes()).collect(),
        identity_providers: std::iter::once("COGNITO".to_string()).chain(providers).collect(),
        attributes: schema.iter().filter_map(|a| a.name()).map(str::to_string).collect(),
        mutable_attributes: schema
            .iter()
            .filter(|a| a.mutable().unwrap_or(false))
            .filter_map(|a| a.name())
            .map(str::to_string)
            .collect(),
        has_domain: pool.domain().is_some() || pool.custom_domain().is_some(),
    })
}

#[cfg(test)]
mod tests {
    use aws_sdk_cognitoidentityprovider::types::{
        AnalyticsConfigurationType, FeatureType, RefreshTokenRotationType,
    };

    use super::*;
    use crate::model::client::ClientForm;

    #[test]
    fn absent_lifetimes_are_cognitos_defaults_whatever_the_units() {
        let described = UserPoolClientType::builder()
            .client_name("creds")
            .access_token_validity(60)
            .token_validity_units(
                TokenValidityUnitsType::builder()
                    .access_token(TimeUnitsType::Minutes)
                    .id_token(TimeUnitsType::Minutes)
                    .refresh_token(TimeUnitsType::Hours)
                    .build(),
            )
            .build();
        let s = settings(&described);
        assert_eq!(s.access_token, Validity::new(60, "minutes"));
        assert_eq!(s.id_token.minutes(), 60, "not 1 minute");
        assert_eq!(s.refresh_token, Validity::new(30, "days"), "not 30 hours");
    }

    #[test]
    fn update_request_keeps_what_the_form_does_not_show_pinned_for_aws() {
        let config = aws_sdk_cognitoidentityprovider::Config::builder()
            .behavior_version(aws_config::BehaviorVersion::latest())
            .region(aws_config::Region::new("us-east-1"))
            .build();
        let client = aws_sdk_cognitoidentityprovider::Client::from_conf(config);
        let current = UserPoolClientType::builder()
            .user_pool_id("us-east-1_Abc")
            .client_id("client1")
            .client_name("old")
            .analytics_configuration(AnalyticsConfigurationType::builder().application_id("app").build())
            .enable_propagate_additional_user_context_data(true)
            .refresh_token_rotation(
                RefreshTokenRotationType::builder()
                    .feature(FeatureType::Enabled)
                    .retry_grace_period_seconds(10)
                    .build()
                    .unwrap(),
            )
            .build();
        let ctx = ClientContext { identity_providers: vec!["COGNITO".into()], ..Default::default() };
        let settings = ClientForm::user_password_preset().validate(&ctx, false).unwrap();
        let request = update_request(client.update_user_pool_client(), &current, &settings);
        let input = request.as_input();
        assert_eq!(input.get_client_id().as_deref(), Some("client1"));
        assert_eq!(input.get_client_name().as_deref(), Some("MyApp-UserAuth"));
        assert!(input.get_analytics_configuration().is_some(), "kept");
        assert_eq!(input.get_enable_propagate_additional_user_context_data(), &Some(true), "kept");
        assert!(input.get_refresh_token_rotation().is_some(), "kept");
        assert_eq!(input.get_access_token_validity(), &Some(60));
        assert_eq!(input.get_refresh_token_validity(), &Some(30));
        assert_eq!(input.get_allowed_o_auth_flows_user_pool_client(), &Some(true));
        assert_eq!(
            input.get_callback_urls().as_deref(),
            Some(&["http://localhost:3000/callback".to_string()][..])
        );
    }
}
