//! Threat protection's risk configuration (DescribeRiskConfiguration, SetRiskConfiguration) for
//! a pool or one app client. SetRiskConfiguration replaces the whole configuration: what the
//! form does not show (the SES sender of risk emails and each level's "notify") is sent back as
//! Cognito described it. The request is built apart so that unit tests pin it.

use aws_sdk_cognitoidentityprovider::operation::set_risk_configuration::builders::SetRiskConfigurationFluentBuilder;
use aws_sdk_cognitoidentityprovider::types::{
    AccountTakeoverActionType, AccountTakeoverActionsType, AccountTakeoverEventActionType,
    AccountTakeoverRiskConfigurationType, CompromisedCredentialsActionsType,
    CompromisedCredentialsEventActionType, CompromisedCredentialsRiskConfigurationType, EventFilterType,
    RiskConfigurationType, RiskExceptionConfigurationType,
};

use super::operations::{DESCRIBE_RISK_CONFIGURATION, SET_RISK_CONFIGURATION};
use super::pool_requests::build_error;
use super::{CognitoAdmin, CognitoRead};
use crate::error::AppError;
use crate::model::risk::{RiskChange, RiskConfig, TakeoverAction};

async fn describe_raw(
    cognito: &CognitoRead,
    pool_id: &str,
    client_id: Option<&str>,
) -> Result<Option<RiskConfigurationType>, AppError> {
    let out = cognito
        .client()
        .describe_risk_configuration()
        .user_pool_id(pool_id)
        .set_client_id(client_id.map(str::to_string))
        .send()
        .await
        .map_err(|e| DESCRIBE_RISK_CONFIGURATION.error(e))?;
    Ok(out.risk_configuration)
}

/// The configuration in force for the pool, or for `client_id` (its own, or the pool's when it
/// has none: then `client_id` of the answer is `None`).
pub async fn describe(
    cognito: &CognitoRead,
    pool_id: &str,
    client_id: Option<&str>,
) -> Result<RiskConfig, AppError> {
    Ok(describe_raw(cognito, pool_id, client_id).await?.as_ref().map(config).unwrap_or_default())
}

fn config(r: &RiskConfigurationType) -> RiskConfig {
    let compromised = r.compromised_credentials_risk_configuration();
    let takeover = r.account_takeover_risk_configuration().and_then(|t| t.actions());
    let level = |a: Option<&AccountTakeoverActionType>| TakeoverAction {
        action: a.map(|a| a.event_action().as_str().to_string()).unwrap_or_else(|| "NO_ACTION".into()),
        notify: a.is_some_and(|a| a.notify()),
    };
    let exceptions = r.risk_exception_configuration();
    RiskConfig {
        client_id: r.client_id().filter(|c| !c.is_empty() && *c != "ALL").map(str::to_string),
        compromised_events: compromised
            .map(|c| c.event_filter().iter().map(|e| e.as_str().to_string()).collect())
            .unwrap_or_default(),
        compromised_block: compromised
            .and_then(|c| c.actions())
            .is_some_and(|a| a.event_action() == &CompromisedCredentialsEventActionType::Block),
        takeover: takeover.map(|t| [level(t.low_action()), level(t.medium_action()), level(t.high_action())]),
        blocked_ips: exceptions.map(|e| e.blocked_ip_range_list().to_vec()).unwrap_or_default(),
        skipped_ips: exceptions.map(|e| e.skipped_ip_range_list().to_vec()).unwrap_or_default(),
        notify_configured: r
            .account_takeover_risk_configuration()
            .and_then(|t| t.notify_configuration())
            .is_some(),
    }
}

/// SetRiskConfiguration for the pool (`client_id` `None`) or one client.
pub async fn set(
    cognito: &CognitoAdmin,
    pool_id: &str,
    client_id: Option<&str>,
    change: &RiskChange,
) -> Result<(), AppError> {
    let current = describe_raw(cognito, pool_id, client_id).await?;
    let request = cognito
        .client()
        .set_risk_configuration()
        .user_pool_id(pool_id)
        .set_client_id(client_id.map(str::to_string));
    risk_request(request, client_id.is_none(), change, current.as_ref())?
        .send()
        .await
        .map(|_| ())
        .map_err(|e| SET_RISK_CONFIGURATION.error(e))
}

/// The change laid over `current`: each level's "notify" and the SES sender kept; compromised
/// credentials left out when no event is checked (an empty filter would mean every event); the
/// address lists only at pool level (a client's are kept as they are).
fn risk_request(
    request: SetRiskConfigurationFluentBuilder,
    pool_level: bool,
    change: &RiskChange,
    current: Option<&RiskConfigurationType>,
) -> Result<SetRiskConfigurationFluentBuilder, AppError> {
    let actions = current.and_then(|c| c.account_takeover_risk_configuration()).and_then(|t| t.actions());
    let notify = [
        actions.and_then(|a| a.low_action()).is_some_and(|a| a.notify()),
        actions.and_then(|a| a.medium_action()).is_some_and(|a| a.notify()),
        actions.and_then(|a| a.high_action()).is_some_and(|a| a.notify()),
    ];
    let level = |i: usize| {
        AccountTakeoverActionType::builder()
            .notify(notify[i])
            .event_action(AccountTakeoverEventActionType::from(change.takeover[i].as_str()))
            .build()
            .map_err(build_error("account takeover action"))
    };
    let takeover = AccountTakeoverRiskConfigurationType::builder()
        .set_notify_configuration(
            current
                .and_then(|c| c.account_takeover_risk_configuration())
                .and_then(|t| t.notify_configuration())
                .cloned(),
        )
        .actions(
            AccountTakeoverActionsType::builder()
                .low_action(level(0)?)
                .medium_action(level(1)?)
                .high_action(level(2)?)
                .build(),
        )
        .build();
    let compromised = (!change.compromised_events.is_empty())
        .then(|| {
            let action = if change.compromised_block {
                CompromisedCredentialsEventActionType::Block
            } else {
                CompromisedCredentialsEventActionType::NoAction
            };
            Ok::<_, AppError>(
                CompromisedCredentialsRiskConfigurationType::builder()
                    .set_event_filter(Some(
                        change.compromised_events.iter().map(|e| EventFilterType::from(e.as_str())).collect(),
                    ))
                    .actions(
                        CompromisedCredentialsActionsType::builder()
                            .event_action(action)
                            .build()
                            .map_err(build_error("compromised credentials action"))?,
                    )
                    .build(),
            )
        })
        .transpose()?;
    let exceptions = match pool_level {
        true => (!change.blocked_ips.is_empty() || !change.skipped_ips.is_empty()).then(|| {
            RiskExceptionConfigurationType::builder()
                .set_blocked_ip_range_list(Some(change.blocked_ips.clone()))
                .set_skipped_ip_range_list(Some(change.skipped_ips.clone()))
                .build()
        }),
        false => current.and_then(|c| c.risk_exception_configuration()).cloned(),
    };
    Ok(request
        .account_takeover_risk_configuration(takeover)
        .set_compromised_credentials_risk_configuration(compromised)
        .set_risk_exception_configuration(exceptions))
}

#[cfg(test)]
mod tests {
    use aws_sdk_cognitoidentityprovider::types::NotifyConfigurationType;

    use super::*;

    fn request() -> SetRiskConfigurationFluentBuilder {
        let config = aws_sdk_cognitoidentityprovider::Config::builder()
            .behavior_version(aws_config::BehaviorVersion::latest())
            .region(aws_config::Region::new("us-east-1"))
            .build();
        aws_sdk_cognitoidentityprovider::Client::from_conf(config)
            .set_risk_configuration()
            .user_pool_id("us-east-1_Abc")
    }

    fn change(events: &[&str]) -> RiskChange {
        RiskChange {
            compromised_events: events.iter().map(|e| e.to_string()).collect(),
            compromised_block: true,
            takeover: ["NO_ACTION".into(), "MFA_IF_CONFIGURED".into(), "BLOCK".into()],
            blocked_ips: vec!["203.0.113.0/24".into()],
            skipped_ips: vec![],
        }
    }

    /// A configuration with an SES sender and "notify" on the high level, as Cognito describes it.
    fn current() -> RiskConfigurationType {
        let notify = NotifyConfigurationType::builder()
            .source_arn("arn:aws:ses:us-east-1:1:identity/x")
            .build()
            .unwrap();
        let high = AccountTakeoverActionType::builder()
            .notify(true)
            .event_action(AccountTakeoverEventActionType::Block)
            .build()
            .unwrap();
        RiskConfigurationType::builder()
            .account_takeover_risk_configuration(
                AccountTakeoverRiskConfigurationType::builder()
                    .notify_configuration(notify)
                    .actions(AccountTakeoverActionsType::builder().high_action(high).build())
                    .build(),
            )
            .risk_exception_configuration(
                RiskExceptionConfigurationType::builder().blocked_ip_range_list("198.51.100.0/24").build(),
            )
            .build()
    }

    /// SetRiskConfiguration replaces the whole configuration on AWS (what is not sent is
    /// cleared), and moto lacks the call: what AWS receives is pinned here. The SES sender and
    /// each level's "notify" sent back, compromised credentials left out rather than sent with
    /// an empty filter (which AWS takes as every event), a client's address lists kept.
    #[test]
    fn a_risk_configuration_keeps_what_the_form_does_not_show_pinned_for_aws_which_clears_the_rest() {
        let current = current();
        let sent = risk_request(request(), true, &change(&["SIGN_IN"]), Some(&current)).unwrap();
        let input = sent.as_input();
        let takeover = input.get_account_takeover_risk_configuration().as_ref().unwrap();
        assert!(takeover.notify_configuration().is_some(), "the SES sender is kept");
        let actions = takeover.actions().unwrap();
        assert_eq!(actions.high_action().map(|a| a.notify()), Some(true));
        assert_eq!(actions.low_action().map(|a| a.notify()), Some(false));
        assert_eq!(actions.medium_action().map(|a| a.event_action().as_str()), Some("MFA_IF_CONFIGURED"));
        let compromised = input.get_compromised_credentials_risk_configuration().as_ref().unwrap();
        assert_eq!(compromised.event_filter(), [EventFilterType::SignIn]);
        let exceptions = input.get_risk_exception_configuration().as_ref().unwrap();
        assert_eq!(exceptions.blocked_ip_range_list(), ["203.0.113.0/24"], "the pool's lists are the form's");

        let none = risk_request(request(), true, &change(&[]), None).unwrap();
        assert!(none.as_input().get_compromised_credentials_risk_configuration().is_none());
        let client = risk_request(request(), false, &change(&[]), Some(&current)).unwrap();
        let kept = client.as_input().get_risk_exception_configuration().as_ref().unwrap();
        assert_eq!(kept.blocked_ip_range_list(), ["198.51.100.0/24"], "a client's lists are kept");
    }
}
