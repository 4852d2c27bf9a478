//! User pools: list, describe, create, edit (read-modify-write), MFA, triggers, delete.
//!
//! UpdateUserPool resets every field it is not sent to its default, so every change starts from
//! DescribeUserPool and sends the whole configuration back with only the changed fields replaced
//! (the request builders in `pool_requests`).

use aws_sdk_cognitoidentityprovider::operation::update_user_pool::builders::UpdateUserPoolFluentBuilder;
use aws_sdk_cognitoidentityprovider::types::{
    AdminCreateUserConfigType, AliasAttributeType, AuthFactorType, DeletionProtectionType,
    EmailSendingAccountType, LambdaConfigType, SmsMfaConfigType, SoftwareTokenMfaConfigType, UserPoolMfaType,
    UserPoolPolicyType, UserPoolType, UsernameAttributeType, UsernameConfigurationType,
    VerifiedAttributeType,
};

use super::operations::{
    ADD_CUSTOM_ATTRIBUTES, CREATE_USER_POOL, DELETE_USER_POOL, DESCRIBE_USER_POOL, GET_USER_POOL_MFA_CONFIG,
    LIST_USER_POOLS, SET_USER_POOL_MFA_CONFIG, UPDATE_USER_POOL,
};
use super::pool_requests::{
    add_ons, build_error, custom_attribute, deletion_protection, email_configuration, lambda_config,
    password_policy_type, recovery_setting, sms_configuration, some_vec, standard_attribute, unchanged,
    with_edit,
};
use super::{Client, CognitoAdmin, CognitoRead, compat, epoch};
use crate::error::AppError;
use crate::model::device::DeviceTracking;
use crate::model::mfa::{Passkeys, PoolMfa};
use crate::model::pool::{PasswordPolicy, PoolDetail, PoolPage, PoolSummary};
use crate::model::pool_settings::{EmailSettings, MfaSettings, NewPool, PoolEdit, SmsSettings};
use crate::model::triggers::TRIGGERS;

/// Largest page ListUserPools accepts.
pub const MAX_PAGE: i32 = 60;
/// DescribeUserPool calls in flight at once while filling in user counts (well under the
/// UserPoolRead quota).
const DESCRIBE_CONCURRENCY: usize = 4;

pub async fn list(
    cognito: &CognitoRead,
    page_size: i32,
    next_token: Option<String>,
) -> Result<PoolPage, AppError> {
    let out = cognito
        .client()
        .list_user_pools()
        .max_results(page_size.clamp(1, MAX_PAGE))
        .set_next_token(next_token)
        .send()
        .await
        .map_err(|e| LIST_USER_POOLS.error(e))?;
    let mut pools: Vec<PoolSummary> = out
        .user_pools()
        .iter()
        .map(|p| PoolSummary {
            id: p.id().unwrap_or_default().to_string(),
            name: p.name().unwrap_or_default().to_string(),
            created: epoch(p.creation_date()),
            estimated_users: None,
        })
        .collect();
    // ListUserPools has no user count; DescribeUserPool has. A failed describe leaves the count
    // empty rather than failing the whole list.
    use futures::StreamExt;
    let ids: Vec<String> = pools.iter().map(|p| p.id.clone()).collect();
    let counts: Vec<Option<i32>> = futures::stream::iter(ids.into_iter().map(|id| {
        let client = cognito.client().clone();
        async move {
            client
                .describe_user_pool()
                .user_pool_id(id)
                .send()
                .await
                .ok()
                .and_then(|o| o.user_pool().map(|p| p.estimated_number_of_users()))
        }
    }))
    .buffered(DESCRIBE_CONCURRENCY)
    .collect()
    .await;
    for (pool, count) in pools.iter_mut().zip(counts) {
        pool.estimated_users = count;
    }
    Ok(PoolPage { pools, next_token: out.next_token().map(str::to_string) })
}

/// One page of (id, name) pairs, for lookups by name.
pub(super) async fn list_raw(
    cognito: &CognitoRead,
    next_token: Option<String>,
) -> Result<(Vec<(String, String)>, Option<String>), AppError> {
    let out = cognito
        .client()
        .list_user_pools()
        .max_results(MAX_PAGE)
        .set_next_token(next_token)
        .send()
        .await
        .map_err(|e| LIST_USER_POOLS.error(e))?;
    let pools =
        out.user_pools().iter().filter_map(|p| Some((p.id()?.to_string(), p.name()?.to_string()))).collect();
    Ok((pools, out.next_token().map(str::to_string)))
}

pub(super) async fn describe_raw(client: &Client, pool_id: &str) -> Result<UserPoolType, AppError> {
    let out = client
        .describe_user_pool()
        .user_pool_id(pool_id)
        .send()
        .await
        .map_err(|e| DESCRIBE_USER_POOL.error(e))?;
    out.user_pool.ok_or_else(|| AppError::not_found("The user pool"))
}

/// Whether the pool is there and Cognito answers (one DescribeUserPool): a job asks before it
/// starts, and again when items fail in a row.
pub async fn reachable(cognito: &CognitoRead, pool_id: &str) -> Result<(), AppError> {
    describe_raw(cognito.client(), pool_id).await.map(|_| ())
}

/// MFA as GetUserPoolMfaConfig reports it: (mode, TOTP on, SMS on, email on). DescribeUserPool's
/// MfaConfiguration can lag behind SetUserPoolMfaConfig (it does on moto), this cannot.
/// GetUserPoolMfaConfig: the mode (also for an unchanged UpdateUserPool) and the pool's MFA.
/// Whether passkeys are a sign-in option is the sign-in policy's, which DescribeUserPool has:
/// `allowed` is false here until `describe` sets it.
async fn mfa_config(client: &Client, pool_id: &str) -> Result<(UserPoolMfaType, PoolMfa), AppError> {
    let out = client
        .get_user_pool_mfa_config()
        .user_pool_id(pool_id)
        .send()
        .await
        .map_err(|e| GET_USER_POOL_MFA_CONFIG.error(e))?;
    let mode = out.mfa_configuration().cloned().unwrap_or(UserPoolMfaType::Off);
    let mfa = PoolMfa {
        mode: mode.as_str().to_string(),
        totp: out.software_token_mfa_configuration().is_some_and(|c| c.enabled()),
        sms: out.sms_mfa_configuration().is_some_and(|c| c.sms_configuration().is_some()),
        email: out.email_mfa_configuration().is_some(),
        passkeys: out.web_authn_configuration().map(|w| Passkeys {
            allowed: false,
            relying_party: w.relying_party_id().map(str::to_string),
            user_verification: w.user_verification().map(|v| v.as_str().to_string()),
        }),
    };
    Ok((mode, mfa))
}

/// The pool's MFA alone (one GetUserPoolMfaConfig), for a change to a user's MFA.
pub async fn mfa(cognito: &CognitoRead, pool_id: &str) -> Result<PoolMfa, AppError> {
    Ok(mfa_config(cognito.client(), pool_id).await?.1)
}

/// The pool as DescribeUserPool has it, without GetUserPoolMfaConfig (the MFA fields and
/// passkeys left at their defaults): one call, for what needs neither (device tracking, threat
/// protection, the feature plan), since the user page asks it beside `describe`.
pub async fn describe_without_mfa(cognito: &CognitoRead, pool_id: &str) -> Result<PoolDetail, AppError> {
    Ok(detail(&describe_raw(cognito.client(), pool_id).await?, cognito.region()))
}

pub async fn describe(cognito: &CognitoRead, pool_id: &str) -> Result<PoolDetail, AppError> {
    let (pool, mfa) =
        tokio::join!(describe_raw(cognito.client(), pool_id), mfa_config(cognito.client(), pool_id));
    let (pool, (_, mfa)) = (pool?, mfa?);
    let allowed = pool
        .policies()
        .and_then(|p| p.sign_in_policy())
        .is_some_and(|s| s.allowed_first_auth_factors().contains(&AuthFactorType::WebAuthn));
    let mut detail = detail(&pool, cognito.region());
    detail.mfa = mfa.mode;
    detail.mfa_totp = mfa.totp;
    detail.mfa_sms = mfa.sms;
    detail.mfa_email = mfa.email;
    detail.passkeys = match (mfa.passkeys, allowed) {
        (Some(p), _) => Some(Passkeys { allowed, ..p }),
        (None, true) => Some(Passkeys { allowed, ..Default::default() }),
        (None, false) => None,
    };
    Ok(detail)
}

pub(super) async fn password_policy(client: &Client, pool_id: &str) -> Result<PasswordPolicy, AppError> {
    Ok(policy(&describe_raw(client, pool_id).await?))
}

fn policy(pool: &UserPoolType) -> PasswordPolicy {
    match pool.policies().and_then(|p| p.password_policy()) {
        Some(p) => PasswordPolicy {
            minimum_length: p.minimum_length().unwrap_or(8).max(6) as u32,
            require_uppercase: p.require_uppercase(),
            require_lowercase: p.require_lowercase(),
            require_numbers: p.require_numbers(),
            require_symbols: p.require_symbols(),
            temporary_password_validity_days: Some(p.temporary_password_validity_days()),
        },
        None => PasswordPolicy::default(),
    }
}

fn strings<T: AsRef<str>>(items: &[T]) -> Vec<String> {
    items.iter().map(|i| i.as_ref().to_string()).collect()
}

/// The triggers of a LambdaConfig, known ones by their form key.
fn triggers(config: Option<&LambdaConfigType>) -> Vec<(String, String)> {
    let Some(c) = config else { return Vec::new() };
    let known = [
        c.pre_sign_up(),
        c.post_confirmation(),
        c.pre_authentication(),
        c.post_authentication(),
        c.user_migration(),
        c.custom_message(),
        c.pre_token_generation(),
        c.define_auth_challenge(),
        c.create_auth_challenge(),
        c.verify_auth_challenge_response(),
    ];
    let mut out: Vec<(String, String)> = TRIGGERS
        .iter()
        .zip(known)
        .filter_map(|((key, _, _), arn)| Some((key.to_string(), arn?.to_string())))
        .collect();
    if let Some(sender) = c.custom_sms_sender() {
        out.push(("CustomSMSSender".into(), sender.lambda_arn().to_string()));
    }
    if let Some(sender) = c.custom_email_sender() {
        out.push(("CustomEmailSender".into(), sender.lambda_arn().to_string()));
    }
    out
}

fn detail(pool: &UserPoolType, region: &str) -> PoolDetail {
    let schema = pool.schema_attributes();
    let mut recovery: Vec<(i32, String)> = pool
        .account_recovery_setting()
        .map(|s| {
            s.recovery_mechanisms().iter().map(|m| (m.priority(), m.name().as_str().to_string())).collect()
        })
        .unwrap_or_default();
    recovery.sort();
    let email = pool.email_configuration();
    let mut tags: Vec<(String, String)> = pool
        .user_pool_tags()
        .map(|t| t.iter().map(|(k, v)| (k.clone(), v.clone())).collect())
        .unwrap_or_default();
    tags.sort();
    // moto reports a custom domain under Domain; AWS under CustomDomain. A prefix has no dot.
    let (domain, custom_domain) = match (pool.domain(), pool.custom_domain()) {
        (Some(d), None) if d.contains('.') => (None, Some(d.to_string())),
        (d, c) => (d.map(str::to_string), c.map(str::to_string)),
    };
    PoolDetail {
        id: pool.id().unwrap_or_default().to_string(),
        name: pool.name().unwrap_or_default().to_string(),
        arn: pool.arn().map(str::to_string),
        region: region.to_string(),
        created: epoch(pool.creation_date()),
        last_modified: epoch(pool.last_modified_date()),
        estimated_users: Some(pool.estimated_number_of_users()),
        username_attributes: strings(pool.username_attributes()),
        alias_attributes: strings(pool.alias_attributes()),
        case_sensitive_usernames: pool.username_configuration().map(|c| c.case_sensitive()),
        password_policy: policy(pool),
        mfa: pool.mfa_configuration().map(|m| m.as_str().to_string()).unwrap_or_else(|| "OFF".into()),
        mfa_totp: false,
        mfa_sms: false,
        mfa_email: false,
        recovery: recovery.into_iter().map(|(_, name)| name).collect(),
        self_sign_up: !pool
            .admin_create_user_config()
            .map(|c| c.allow_admin_create_user_only())
            .unwrap_or(false),
        auto_verified_attributes: strings(pool.auto_verified_attributes()),
        required_attributes: schema
            .iter()
            .filter(|a| a.required().unwrap_or(false))
            .filter_map(|a| a.name().map(str::to_string))
            .collect(),
        schema: schema
            .iter()
            .filter_map(|a| {
                Some(crate::model::pool::SchemaAttribute {
                    name: a.name()?.to_string(),
                    mutable: a.mutable().unwrap_or(false),
                    required: a.required().unwrap_or(false),
                    kind: a.attribute_data_type().map(|t| t.as_str().to_string()).unwrap_or_default(),
                    min: a
                        .string_attribute_constraints()
                        .and_then(|c| c.min_length())
                        .or_else(|| a.number_attribute_constraints().and_then(|c| c.min_value()))
                        .map(str::to_string),
                    max: a
                        .string_attribute_constraints()
                        .and_then(|c| c.max_length())
                        .or_else(|| a.number_attribute_constraints().and_then(|c| c.max_value()))
                        .map(str::to_string),
                })
            })
            .collect(),
        custom_attributes: schema
            .iter()
            .filter_map(|a| a.name())
            .filter(|n| n.starts_with("custom:"))
            .map(str::to_string)
            .collect(),
        email_sending: email
            .and_then(|c| c.email_sending_account())
            .map(|a| a.as_str().to_string())
            .unwrap_or_else(|| "COGNITO_DEFAULT".into()),
        email: EmailSettings {
            ses_source_arn: email
                .filter(|c| c.email_sending_account() == Some(&EmailSendingAccountType::Developer))
                .and_then(|c| c.source_arn())
                .map(str::to_string),
            from: email.and_then(|c| c.from()).map(str::to_string),
            reply_to: email.and_then(|c| c.reply_to_email_address()).map(str::to_string),
        },
        sms: pool.sms_configuration().map(|s| SmsSettings {
            role_arn: s.sns_caller_arn().to_string(),
            external_id: s.external_id().map(str::to_string),
        }),
        domain,
        custom_domain,
        deletion_protection: pool.deletion_protection() == Some(&DeletionProtectionType::Active),
        triggers: triggers(pool.lambda_config()),
        tags,
        device_tracking: pool.device_configuration().map(|d| DeviceTracking {
            challenge_new_device: d.challenge_required_on_new_device(),
            only_on_user_prompt: d.device_only_remembered_on_user_prompt(),
        }),
        threat_protection: pool.user_pool_add_ons().map(|a| a.advanced_security_mode().as_str().to_string()),
        feature_plan: pool.user_pool_tier().map(|t| t.as_str().to_string()),
        // With GetUserPoolMfaConfig's answer (`describe`).
        passkeys: None,
    }
}

/// Sends an UpdateUserPool built from `pool`. Against the emulator the settings UpdateUserPool
/// cannot take (and AWS keeps) are added back, because moto drops them (see `compat`).
async fn send_update(
    cognito: &CognitoAdmin,
    request: UpdateUserPoolFluentBuilder,
    pool: &UserPoolType,
) -> Result<(), AppError> {
    let result = if cognito.is_emulator() {
        request.customize().interceptor(compat::KeepSignInSettings::of(pool)).send().await
    } else {
        request.send().await
    };
    result.map_err(|e| UPDATE_USER_POOL.error(e))?;
    Ok(())
}

pub async fn update_settings(cognito: &CognitoAdmin, pool_id: &str, edit: &PoolEdit) -> Result<(), AppError> {
    let (pool, (mfa, ..)) =
        tokio::try_join!(describe_raw(cognito.client(), pool_id), mfa_config(cognito.client(), pool_id))?;
    let request = with_edit(unchanged(cognito.client().update_user_pool(), &pool, mfa), &pool, edit)?;
    send_update(cognito, request, &pool).await
}

pub async fn set_triggers(
    cognito: &CognitoAdmin,
    pool_id: &str,
    triggers: &[(String, String)],
) -> Result<(), AppError> {
    let (pool, (mfa, ..)) =
        tokio::try_join!(describe_raw(cognito.client(), pool_id), mfa_config(cognito.client(), pool_id))?;
    let request = unchanged(cognito.client().update_user_pool(), &pool, mfa)
        .lambda_config(lambda_config(pool.lambda_config(), triggers));
    send_update(cognito, request, &pool).await
}

/// Threat protection's mode (UserPoolAddOns' AdvancedSecurityMode), everything else as it is.
pub async fn set_threat_protection(
    cognito: &CognitoAdmin,
    pool_id: &str,
    mode: &str,
) -> Result<(), AppError> {
    let (pool, (mfa, ..)) =
        tokio::try_join!(describe_raw(cognito.client(), pool_id), mfa_config(cognito.client(), pool_id))?;
    let request = unchanged(cognito.client().update_user_pool(), &pool, mfa)
        .user_pool_add_ons(add_ons(mode, pool.user_pool_add_ons())?);
    send_update(cognito, request, &pool).await
}

/// SetUserPoolMfaConfig. SMS codes go through the pool's own SNS configuration.
pub async fn set_mfa(cognito: &CognitoAdmin, pool_id: &str, mfa: &MfaSettings) -> Result<(), AppError> {
    let pool = describe_raw(cognito.client(), pool_id).await?;
    let sms = match (mfa.sms, pool.sms_configuration()) {
        (true, Some(config)) => Some(SmsMfaConfigType::builder().sms_configuration(config.clone()).build()),
        (true, None) => {
            return Err(AppError::invalid("mfa_sms", crate::i18n::t("pool-error-mfa-sms-role")));
        }
        (false, _) => None,
    };
    cognito
        .client()
        .set_user_pool_mfa_config()
        .user_pool_id(pool_id)
        .mfa_configuration(UserPoolMfaType::from(mfa.mode.as_str()))
        .software_token_mfa_configuration(SoftwareTokenMfaConfigType::builder().enabled(mfa.totp).build())
        .set_sms_mfa_configuration(sms)
        .send()
        .await
        .map_err(|e| SET_USER_POOL_MFA_CONFIG.error(e))?;
    Ok(())
}

/// AddCustomAttributes: the one schema change Cognito allows on an existing pool. Names the pool
/// already has are refused by field before the call.
pub async fn add_custom_attributes(
    cognito: &CognitoAdmin,
    pool_id: &str,
    custom: &[crate::model::pool_settings::CustomAttribute],
) -> Result<(), AppError> {
    let pool = describe_raw(cognito.client(), pool_id).await?;
    let existing: Vec<&str> = pool.schema_attributes().iter().filter_map(|a| a.name()).collect();
    if let Some(taken) = custom.iter().find(|c| existing.contains(&format!("custom:{}", c.name).as_str())) {
        return Err(AppError::invalid(
            "custom",
            crate::i18n::t_with("pool-error-custom-exists", &[("name", taken.name.clone().into())]),
        ));
    }
    cognito
        .client()
        .add_custom_attributes()
        .user_pool_id(pool_id)
        .set_custom_attributes(Some(custom.iter().map(custom_attribute).collect()))
        .send()
        .await
        .map_err(|e| ADD_CUSTOM_ATTRIBUTES.error(e))?;
    Ok(())
}

/// CreateUserPool, then SetUserPoolMfaConfig (TOTP can only be enabled that way). If the second
/// step fails the new pool is deleted again, so a failed create leaves nothing behind.
pub async fn create(cognito: &CognitoAdmin, pool: &NewPool) -> Result<String, AppError> {
    let s = &pool.settings;
    let mut request = cognito
        .client()
        .create_user_pool()
        .pool_name(&pool.name)
        .policies(
            UserPoolPolicyType::builder()
                .password_policy(password_policy_type(&s.password_policy, None))
                .build(),
        )
        .deletion_protection(deletion_protection(s.deletion_protection))
        .set_auto_verified_attributes(some_vec(
            &s.auto_verified.iter().map(|a| VerifiedAttributeType::from(a.as_str())).collect::<Vec<_>>(),
        ))
        .set_username_attributes(some_vec(
            &pool
                .username_attributes
                .iter()
                .map(|a| UsernameAttributeType::from(a.as_str()))
                .collect::<Vec<_>>(),
        ))
        .set_alias_attributes(some_vec(
            &pool.alias_attributes.iter().map(|a| AliasAttributeType::from(a.as_str())).collect::<Vec<_>>(),
        ))
        .username_configuration(
            UsernameConfigurationType::builder()
                .case_sensitive(pool.case_sensitive)
                .build()
                .map_err(build_error("username configuration"))?,
        )
        .account_recovery_setting(recovery_setting(&s.recovery)?)
        .admin_create_user_config(
            AdminCreateUserConfigType::builder().allow_admin_create_user_only(!s.self_sign_up).build(),
        )
        .email_configuration(email_configuration(&s.email, None))
        .set_sms_configuration(sms_configuration(s.sms.as_ref(), None))
        .set_user_pool_tags((!s.tags.is_empty()).then(|| s.tags.iter().cloned().collect()));
    for name in &pool.required {
        request = request.schema(standard_attribute(name));
    }
    for custom in &pool.custom {
        request = request.schema(custom_attribute(custom));
    }
    let out = request.send().await.map_err(|e| CREATE_USER_POOL.error(e))?;
    let id = out.user_pool().and_then(|p| p.id()).map(str::to_string).ok_or(AppError::Internal)?;
    if pool.mfa.mode != "OFF"
        && let Err(e) = set_mfa(cognito, &id, &pool.mfa).await
    {
        tracing::warn!(pool_id = %id, "MFA could not be set on the new pool; deleting it again");
        if let Err(cleanup) = remove_new_pool(cognito, &id).await {
            tracing::error!(pool_id = %id, error = ?cleanup, "the half-created pool could not be deleted");
        }
        return Err(e);
    }
    Ok(id)
}

/// Deletes a pool this process has just created, switching its deletion protection off first.
async fn remove_new_pool(cognito: &CognitoAdmin, pool_id: &str) -> Result<(), AppError> {
    let pool = describe_raw(cognito.client(), pool_id).await?;
    if pool.deletion_protection() == Some(&DeletionProtectionType::Active) {
        let request = unchanged(cognito.client().update_user_pool(), &pool, UserPoolMfaType::Off)
            .deletion_protection(DeletionProtectionType::Inactive);
        send_update(cognito, request, &pool).await?;
    }
    delete_raw(cognito, pool_id).await
}

async fn delete_raw(cognito: &CognitoAdmin, pool_id: &str) -> Result<(), AppError> {
    cognito
        .client()
        .delete_user_pool()
        .user_pool_id(pool_id)
        .send()
        .await
        .map_err(|e| DELETE_USER_POOL.error(e))?;
    Ok(())
}

/// Deletes a pool. Deletion protection is checked here rather than left to the backend (moto
/// does not enforce it), and a pool with a domain is refused with the step to take first
/// (Cognito refuses it too).
pub async fn delete(cognito: &CognitoAdmin, pool_id: &str) -> Result<(), AppError> {
    let pool = describe_raw(cognito.client(), pool_id).await?;
    if pool.deletion_protection() == Some(&DeletionProtectionType::Active) {
        return Err(AppError::Conflict { message: crate::i18n::t("pool-error-deletion-protection") });
    }
    if let Some(domain) = pool.custom_domain().or(pool.domain()) {
        return Err(AppError::Conflict {
            message: crate::i18n::t_with("pool-error-has-domain", &[("domain", domain.to_string().into())]),
        });
    }
    delete_raw(cognito, pool_id).await
}
