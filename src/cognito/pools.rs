//! User pools: list, describe, create, edit (read-modify-write), MFA, triggers, delete.
//!
//! UpdateUserPool resets every field it is not sent to its default, so every change starts from
//! DescribeUserPool and sends the whole configuration back with only the changed fields replaced
//! (`unchanged` + an overlay). The request builders are plain functions so that unit tests can
//! pin what is sent, including what moto cannot show.

use aws_sdk_cognitoidentityprovider::operation::update_user_pool::builders::UpdateUserPoolFluentBuilder;
use aws_sdk_cognitoidentityprovider::types::{
    AccountRecoverySettingType, AdminCreateUserConfigType, AliasAttributeType, AttributeDataType,
    DeletionProtectionType, EmailConfigurationType, EmailSendingAccountType, LambdaConfigType,
    NumberAttributeConstraintsType, PasswordPolicyType, RecoveryOptionNameType, RecoveryOptionType,
    SchemaAttributeType, SmsConfigurationType, SmsMfaConfigType, SoftwareTokenMfaConfigType,
    StringAttributeConstraintsType, UserPoolMfaType, UserPoolPolicyType, UserPoolType, UsernameAttributeType,
    UsernameConfigurationType, VerifiedAttributeType,
};

use super::{Client, CognitoAdmin, compat, epoch, map_sdk_error};
use crate::error::AppError;
use crate::model::{
    EmailSettings, MfaSettings, NewPool, PasswordPolicy, PoolDetail, PoolEdit, PoolPage, PoolSummary,
    SmsSettings, TRIGGERS,
};

/// Largest page ListUserPools accepts.
pub const MAX_PAGE: i32 = 60;
/// DescribeUserPool calls in flight at once while filling in user counts (well under the
/// UserPoolRead quota).
const DESCRIBE_CONCURRENCY: usize = 4;

pub async fn list(
    cognito: &CognitoAdmin,
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
        .map_err(|e| map_sdk_error("list user pools", e))?;
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
    cognito: &CognitoAdmin,
    next_token: Option<String>,
) -> Result<(Vec<(String, String)>, Option<String>), AppError> {
    let out = cognito
        .client()
        .list_user_pools()
        .max_results(MAX_PAGE)
        .set_next_token(next_token)
        .send()
        .await
        .map_err(|e| map_sdk_error("list user pools", e))?;
    let pools =
        out.user_pools().iter().filter_map(|p| Some((p.id()?.to_string(), p.name()?.to_string()))).collect();
    Ok((pools, out.next_token().map(str::to_string)))
}

/// A NotFound from a call on a pool means the pool.
pub(super) fn pool_not_found(err: AppError) -> AppError {
    match err {
        AppError::NotFound { .. } => AppError::not_found("The user pool"),
        other => other,
    }
}

pub(super) async fn describe_raw(client: &Client, pool_id: &str) -> Result<UserPoolType, AppError> {
    let out = client
        .describe_user_pool()
        .user_pool_id(pool_id)
        .send()
        .await
        .map_err(|e| pool_not_found(map_sdk_error("describe the user pool", e)))?;
    out.user_pool.ok_or_else(|| AppError::not_found("The user pool"))
}

/// MFA as GetUserPoolMfaConfig reports it: (mode, TOTP on, SMS on). DescribeUserPool's
/// MfaConfiguration can lag behind SetUserPoolMfaConfig (it does on moto), this cannot.
async fn mfa_config(client: &Client, pool_id: &str) -> Result<(UserPoolMfaType, bool, bool), AppError> {
    let out = client
        .get_user_pool_mfa_config()
        .user_pool_id(pool_id)
        .send()
        .await
        .map_err(|e| pool_not_found(map_sdk_error("read the MFA configuration", e)))?;
    Ok((
        out.mfa_configuration().cloned().unwrap_or(UserPoolMfaType::Off),
        out.software_token_mfa_configuration().is_some_and(|c| c.enabled()),
        out.sms_mfa_configuration().is_some_and(|c| c.sms_configuration().is_some()),
    ))
}

pub async fn describe(cognito: &CognitoAdmin, pool_id: &str) -> Result<PoolDetail, AppError> {
    let (pool, mfa) =
        tokio::join!(describe_raw(cognito.client(), pool_id), mfa_config(cognito.client(), pool_id));
    let (pool, (mode, totp, sms)) = (pool?, mfa?);
    let mut detail = detail(&pool, cognito.region());
    detail.mfa = mode.as_str().to_string();
    detail.mfa_totp = totp;
    detail.mfa_sms = sms;
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
                Some(crate::model::SchemaAttribute {
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
    }
}

fn build_error<E: std::fmt::Debug>(what: &'static str) -> impl FnOnce(E) -> AppError {
    move |e| {
        tracing::error!(what, error = ?e, "could not build a Cognito request");
        AppError::Internal
    }
}

fn password_policy_type(p: &PasswordPolicy, history: Option<i32>) -> PasswordPolicyType {
    PasswordPolicyType::builder()
        .minimum_length(p.minimum_length as i32)
        .require_uppercase(p.require_uppercase)
        .require_lowercase(p.require_lowercase)
        .require_numbers(p.require_numbers)
        .require_symbols(p.require_symbols)
        .temporary_password_validity_days(p.temporary_password_validity_days.unwrap_or(7))
        .set_password_history_size(history)
        .build()
}

fn recovery_setting(mechanisms: &[String]) -> Result<AccountRecoverySettingType, AppError> {
    let mut setting = AccountRecoverySettingType::builder();
    for (i, name) in mechanisms.iter().enumerate() {
        setting = setting.recovery_mechanisms(
            RecoveryOptionType::builder()
                .name(RecoveryOptionNameType::from(name.as_str()))
                .priority(i as i32 + 1)
                .build()
                .map_err(build_error("recovery option"))?,
        );
    }
    Ok(setting.build())
}

/// Email configuration: SES (DEVELOPER) with source and from, or Cognito's sender. Keeps the
/// configuration set, which the form does not show.
fn email_configuration(
    email: &EmailSettings,
    current: Option<&EmailConfigurationType>,
) -> EmailConfigurationType {
    let builder = EmailConfigurationType::builder().set_reply_to_email_address(email.reply_to.clone());
    match &email.ses_source_arn {
        Some(arn) => builder
            .email_sending_account(EmailSendingAccountType::Developer)
            .source_arn(arn)
            .set_from(email.from.clone())
            .set_configuration_set(current.and_then(|c| c.configuration_set()).map(str::to_string))
            .build(),
        None => builder.email_sending_account(EmailSendingAccountType::CognitoDefault).build(),
    }
}

fn sms_configuration(
    sms: Option<&SmsSettings>,
    current: Option<&SmsConfigurationType>,
) -> Result<Option<SmsConfigurationType>, AppError> {
    sms.map(|s| {
        SmsConfigurationType::builder()
            .sns_caller_arn(&s.role_arn)
            .set_external_id(s.external_id.clone())
            .set_sns_region(current.and_then(|c| c.sns_region()).map(str::to_string))
            .build()
            .map_err(build_error("SMS configuration"))
    })
    .transpose()
}

fn deletion_protection(on: bool) -> DeletionProtectionType {
    if on { DeletionProtectionType::Active } else { DeletionProtectionType::Inactive }
}

fn some_vec<T: Clone>(items: &[T]) -> Option<Vec<T>> {
    (!items.is_empty()).then(|| items.to_vec())
}

/// The UpdateUserPool request that changes nothing: every field UpdateUserPool takes, as
/// DescribeUserPool returned it, and MFA as GetUserPoolMfaConfig did. The verification
/// message template supersedes the three older message fields, so those are sent only
/// without it.
pub(crate) fn unchanged(
    request: UpdateUserPoolFluentBuilder,
    pool: &UserPoolType,
    mfa: UserPoolMfaType,
) -> UpdateUserPoolFluentBuilder {
    let template = pool.verification_message_template().cloned();
    let legacy = template.is_none();
    request
        .set_user_pool_id(pool.id().map(str::to_string))
        .set_pool_name(pool.name().map(str::to_string))
        .set_policies(pool.policies().cloned())
        .set_deletion_protection(pool.deletion_protection().cloned())
        .set_lambda_config(pool.lambda_config().cloned())
        .set_auto_verified_attributes(some_vec(pool.auto_verified_attributes()))
        .set_verification_message_template(template)
        .set_email_verification_message(
            pool.email_verification_message().filter(|_| legacy).map(str::to_string),
        )
        .set_email_verification_subject(
            pool.email_verification_subject().filter(|_| legacy).map(str::to_string),
        )
        .set_sms_verification_message(pool.sms_verification_message().filter(|_| legacy).map(str::to_string))
        .set_sms_authentication_message(pool.sms_authentication_message().map(str::to_string))
        .set_user_attribute_update_settings(pool.user_attribute_update_settings().cloned())
        .mfa_configuration(mfa)
        .set_device_configuration(pool.device_configuration().cloned())
        .set_email_configuration(pool.email_configuration().cloned())
        .set_sms_configuration(pool.sms_configuration().cloned())
        .set_user_pool_tags(pool.user_pool_tags().cloned())
        .set_admin_create_user_config(pool.admin_create_user_config().cloned())
        .set_user_pool_add_ons(pool.user_pool_add_ons().cloned())
        .set_account_recovery_setting(pool.account_recovery_setting().cloned())
        .set_user_pool_tier(pool.user_pool_tier().cloned())
}

/// The settings form's fields laid over `unchanged`. What the form does not show (sign-in
/// policy, password history, invitation template, SES configuration set, SNS region, …) is
/// carried over from the described pool.
pub(crate) fn with_edit(
    request: UpdateUserPoolFluentBuilder,
    pool: &UserPoolType,
    edit: &PoolEdit,
) -> Result<UpdateUserPoolFluentBuilder, AppError> {
    let policies = pool.policies();
    let history = policies.and_then(|p| p.password_policy()).and_then(|p| p.password_history_size());
    let admin_create = pool.admin_create_user_config();
    let unused_days = admin_create.map(|c| c.unused_account_validity_days()).filter(|d| *d > 0);
    Ok(request
        .policies(
            UserPoolPolicyType::builder()
                .password_policy(password_policy_type(&edit.password_policy, history))
                .set_sign_in_policy(policies.and_then(|p| p.sign_in_policy()).cloned())
                .build(),
        )
        .account_recovery_setting(recovery_setting(&edit.recovery)?)
        .admin_create_user_config(
            AdminCreateUserConfigType::builder()
                .allow_admin_create_user_only(!edit.self_sign_up)
                .set_unused_account_validity_days(unused_days)
                .set_invite_message_template(admin_create.and_then(|c| c.invite_message_template()).cloned())
                .build(),
        )
        .set_auto_verified_attributes(some_vec(
            &edit.auto_verified.iter().map(|a| VerifiedAttributeType::from(a.as_str())).collect::<Vec<_>>(),
        ))
        .email_configuration(email_configuration(&edit.email, pool.email_configuration()))
        .set_sms_configuration(sms_configuration(edit.sms.as_ref(), pool.sms_configuration())?)
        .deletion_protection(deletion_protection(edit.deletion_protection))
        .set_user_pool_tags(Some(edit.tags.iter().cloned().collect())))
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
    result.map_err(|e| pool_not_found(map_sdk_error("update the user pool", e)))?;
    Ok(())
}

pub async fn update_settings(cognito: &CognitoAdmin, pool_id: &str, edit: &PoolEdit) -> Result<(), AppError> {
    let (pool, (mfa, _, _)) =
        tokio::try_join!(describe_raw(cognito.client(), pool_id), mfa_config(cognito.client(), pool_id))?;
    let request = with_edit(unchanged(cognito.client().update_user_pool(), &pool, mfa), &pool, edit)?;
    send_update(cognito, request, &pool).await
}

/// LambdaConfig with the ten triggers of the form replaced; the custom senders, their KMS key
/// and the pre-token-generation version are kept.
pub(crate) fn lambda_config(
    current: Option<&LambdaConfigType>,
    set: &[(String, String)],
) -> LambdaConfigType {
    let arn = |key: &str| set.iter().find(|(k, _)| k == key).map(|(_, arn)| arn.clone());
    let pre_token = arn("pre_token_generation");
    let pre_token_config = current.and_then(|c| c.pre_token_generation_config()).and_then(|c| {
        let lambda = pre_token.clone()?;
        aws_sdk_cognitoidentityprovider::types::PreTokenGenerationVersionConfigType::builder()
            .lambda_version(c.lambda_version().clone())
            .lambda_arn(lambda)
            .build()
            .ok()
    });
    LambdaConfigType::builder()
        .set_pre_sign_up(arn("pre_sign_up"))
        .set_post_confirmation(arn("post_confirmation"))
        .set_pre_authentication(arn("pre_authentication"))
        .set_post_authentication(arn("post_authentication"))
        .set_user_migration(arn("user_migration"))
        .set_custom_message(arn("custom_message"))
        .set_pre_token_generation(pre_token)
        .set_pre_token_generation_config(pre_token_config)
        .set_define_auth_challenge(arn("define_auth_challenge"))
        .set_create_auth_challenge(arn("create_auth_challenge"))
        .set_verify_auth_challenge_response(arn("verify_auth_challenge_response"))
        .set_custom_sms_sender(current.and_then(|c| c.custom_sms_sender()).cloned())
        .set_custom_email_sender(current.and_then(|c| c.custom_email_sender()).cloned())
        .set_kms_key_id(current.and_then(|c| c.kms_key_id()).map(str::to_string))
        .set_inbound_federation(current.and_then(|c| c.inbound_federation()).cloned())
        .build()
}

pub async fn set_triggers(
    cognito: &CognitoAdmin,
    pool_id: &str,
    triggers: &[(String, String)],
) -> Result<(), AppError> {
    let (pool, (mfa, _, _)) =
        tokio::try_join!(describe_raw(cognito.client(), pool_id), mfa_config(cognito.client(), pool_id))?;
    let request = unchanged(cognito.client().update_user_pool(), &pool, mfa)
        .lambda_config(lambda_config(pool.lambda_config(), triggers));
    send_update(cognito, request, &pool).await
}

/// SetUserPoolMfaConfig. SMS codes go through the pool's own SNS configuration.
pub async fn set_mfa(cognito: &CognitoAdmin, pool_id: &str, mfa: &MfaSettings) -> Result<(), AppError> {
    let pool = describe_raw(cognito.client(), pool_id).await?;
    let sms = match (mfa.sms, pool.sms_configuration()) {
        (true, Some(config)) => Some(SmsMfaConfigType::builder().sms_configuration(config.clone()).build()),
        (true, None) => {
            return Err(AppError::invalid(
                "mfa_sms",
                "SMS codes need the pool's SNS role (SMS settings) first.",
            ));
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
        .map_err(|e| pool_not_found(map_sdk_error("set the MFA configuration", e)))?;
    Ok(())
}

fn standard_attribute(name: &str) -> SchemaAttributeType {
    let kind = if name == "updated_at" { AttributeDataType::Number } else { AttributeDataType::String };
    SchemaAttributeType::builder().name(name).attribute_data_type(kind).required(true).mutable(true).build()
}

fn custom_attribute(c: &crate::model::CustomAttribute) -> SchemaAttributeType {
    let (min, max) = (c.min.map(|n| n.to_string()), c.max.map(|n| n.to_string()));
    let mut attr = SchemaAttributeType::builder()
        .name(&c.name)
        .attribute_data_type(AttributeDataType::from(c.kind.as_str()))
        .mutable(c.mutable)
        .required(false);
    match c.kind.as_str() {
        "String" => {
            attr = attr.string_attribute_constraints(
                StringAttributeConstraintsType::builder().set_min_length(min).set_max_length(max).build(),
            )
        }
        "Number" => {
            attr = attr.number_attribute_constraints(
                NumberAttributeConstraintsType::builder().set_min_value(min).set_max_value(max).build(),
            )
        }
        _ => {}
    }
    attr.build()
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
        .set_sms_configuration(sms_configuration(s.sms.as_ref(), None)?)
        .set_user_pool_tags((!s.tags.is_empty()).then(|| s.tags.iter().cloned().collect()));
    for name in &pool.required {
        request = request.schema(standard_attribute(name));
    }
    for custom in &pool.custom {
        request = request.schema(custom_attribute(custom));
    }
    let out = request.send().await.map_err(|e| map_sdk_error("create the user pool", e))?;
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
        .map_err(|e| pool_not_found(map_sdk_error("delete the user pool", e)))?;
    Ok(())
}

/// Deletes a pool. Deletion protection is checked here rather than left to the backend (moto
/// does not enforce it), and a pool with a domain is refused with the step to take first
/// (Cognito refuses it too).
pub async fn delete(cognito: &CognitoAdmin, pool_id: &str) -> Result<(), AppError> {
    let pool = describe_raw(cognito.client(), pool_id).await?;
    if pool.deletion_protection() == Some(&DeletionProtectionType::Active) {
        return Err(AppError::Conflict {
            message: "Deletion protection is on for this pool. Turn it off in the pool's settings first."
                .into(),
        });
    }
    if let Some(domain) = pool.custom_domain().or(pool.domain()) {
        return Err(AppError::Conflict {
            message: format!("This pool still has the domain {domain}. Delete it on the Domain tab first."),
        });
    }
    delete_raw(cognito, pool_id).await
}

#[cfg(test)]
mod tests {
    use std::collections::HashMap;

    use aws_sdk_cognitoidentityprovider::types::{
        EmailSendingAccountType, LambdaConfigType, SignInPolicyType, UserPoolTierType,
        VerificationMessageTemplateType,
    };

    use super::*;
    use crate::model::PoolForm;

    /// A client that is never sent anything: the tests only read the requests it builds.
    fn offline() -> Client {
        let config = aws_sdk_cognitoidentityprovider::Config::builder()
            .behavior_version(aws_config::BehaviorVersion::latest())
            .region(aws_config::Region::new("us-east-1"))
            .build();
        Client::from_conf(config)
    }

    fn described() -> UserPoolType {
        let mut tags = HashMap::new();
        tags.insert("team".to_string(), "identity".to_string());
        UserPoolType::builder()
            .id("us-east-1_Abc")
            .name("MyApp-UserPool")
            .policies(
                UserPoolPolicyType::builder()
                    .password_policy(password_policy_type(&PasswordPolicy::default(), Some(5)))
                    .sign_in_policy(SignInPolicyType::builder().build())
                    .build(),
            )
            .lambda_config(
                LambdaConfigType::builder()
                    .pre_sign_up("arn:aws:lambda:us-east-1:123456789012:function:pre")
                    .kms_key_id("arn:aws:kms:us-east-1:123456789012:key/k")
                    .build(),
            )
            .email_configuration(
                EmailConfigurationType::builder()
                    .email_sending_account(EmailSendingAccountType::Developer)
                    .source_arn("arn:aws:ses:us-east-1:123456789012:identity/example.com")
                    .configuration_set("tracking")
                    .build(),
            )
            .verification_message_template(
                VerificationMessageTemplateType::builder().email_subject("Hi").build(),
            )
            .email_verification_subject("legacy")
            .auto_verified_attributes(VerifiedAttributeType::Email)
            .deletion_protection(DeletionProtectionType::Active)
            .set_user_pool_tags(Some(tags))
            .user_pool_tier(UserPoolTierType::Essentials)
            .admin_create_user_config(
                AdminCreateUserConfigType::builder()
                    .allow_admin_create_user_only(true)
                    .unused_account_validity_days(7)
                    .build(),
            )
            .build()
    }

    #[test]
    fn unchanged_update_request_sends_back_every_described_field() {
        let pool = described();
        let request = unchanged(offline().update_user_pool(), &pool, UserPoolMfaType::Optional);
        let input = request.as_input();
        assert_eq!(input.get_user_pool_id().as_deref(), Some("us-east-1_Abc"));
        assert_eq!(input.get_pool_name().as_deref(), Some("MyApp-UserPool"));
        assert_eq!(input.get_policies().as_ref(), pool.policies());
        assert_eq!(input.get_lambda_config().as_ref(), pool.lambda_config());
        assert_eq!(input.get_email_configuration().as_ref(), pool.email_configuration());
        assert_eq!(input.get_user_pool_tags().as_ref(), pool.user_pool_tags());
        assert_eq!(input.get_mfa_configuration(), &Some(UserPoolMfaType::Optional));
        assert_eq!(input.get_deletion_protection(), &Some(DeletionProtectionType::Active));
        assert_eq!(input.get_user_pool_tier(), &Some(UserPoolTierType::Essentials));
        assert_eq!(input.get_auto_verified_attributes(), &Some(vec![VerifiedAttributeType::Email]));
        assert!(input.get_verification_message_template().is_some());
        assert_eq!(input.get_email_verification_subject(), &None, "the template supersedes the legacy field");
    }

    #[test]
    fn edit_request_replaces_only_the_form_fields() {
        let pool = described();
        let mut form = PoolForm::guide();
        form.min_length = "12".into();
        form.deletion_protection = None;
        form.email_provider = "ses".into();
        form.ses_source_arn = "arn:aws:ses:us-east-1:123456789012:identity/example.com".into();
        form.tags = "team=identity\nowner=ops".into();
        let edit = form.validate_edit().unwrap();
        let request =
            with_edit(unchanged(offline().update_user_pool(), &pool, UserPoolMfaType::Off), &pool, &edit)
                .unwrap();
        let input = request.as_input();
        let policies = input.get_policies().as_ref().unwrap();
        assert_eq!(policies.password_policy().unwrap().minimum_length(), Some(12));
        assert_eq!(policies.password_policy().unwrap().password_history_size(), Some(5), "kept");
        assert!(policies.sign_in_policy().is_some(), "kept");
        assert_eq!(input.get_pool_name().as_deref(), Some("MyApp-UserPool"), "kept");
        assert_eq!(input.get_deletion_protection(), &Some(DeletionProtectionType::Inactive));
        assert_eq!(input.get_lambda_config().as_ref(), pool.lambda_config(), "untouched");
        let email = input.get_email_configuration().as_ref().unwrap();
        assert_eq!(email.configuration_set(), Some("tracking"), "kept");
        let admin = input.get_admin_create_user_config().as_ref().unwrap();
        assert!(!admin.allow_admin_create_user_only(), "self sign-up on");
        assert_eq!(admin.unused_account_validity_days(), 7, "kept");
        assert_eq!(input.get_user_pool_tags().as_ref().map(HashMap::len), Some(2));
    }

    #[test]
    fn trigger_update_keeps_senders_and_kms_key() {
        let current = described().lambda_config().cloned();
        let set = vec![(
            "post_confirmation".to_string(),
            "arn:aws:lambda:us-east-1:123456789012:function:post".to_string(),
        )];
        let config = lambda_config(current.as_ref(), &set);
        assert_eq!(config.pre_sign_up(), None, "an emptied trigger is removed");
        assert_eq!(config.post_confirmation(), Some("arn:aws:lambda:us-east-1:123456789012:function:post"));
        assert_eq!(config.kms_key_id(), Some("arn:aws:kms:us-east-1:123456789012:key/k"));
    }
}
