//! The requests that change a pool, built without sending anything, so that unit tests can pin
//! them (moto cannot show what AWS would keep or reset). UpdateUserPool resets every field it is
//! not sent: `unchanged` sends the described pool back as it is, and the overlays (`with_edit`,
//! `lambda_config`) replace only what a form changes.

use aws_sdk_cognitoidentityprovider::operation::update_user_pool::builders::UpdateUserPoolFluentBuilder;
use aws_sdk_cognitoidentityprovider::types::{
    AccountRecoverySettingType, AdminCreateUserConfigType, AdvancedSecurityModeType, AttributeDataType,
    DeletionProtectionType, EmailConfigurationType, EmailSendingAccountType, LambdaConfigType,
    NumberAttributeConstraintsType, PasswordPolicyType, RecoveryOptionNameType, RecoveryOptionType,
    SchemaAttributeType, SmsConfigurationType, StringAttributeConstraintsType, UserPoolAddOnsType,
    UserPoolMfaType, UserPoolPolicyType, UserPoolType, VerifiedAttributeType,
};

use crate::error::AppError;
use crate::model::pool::PasswordPolicy;
use crate::model::pool_settings::{CustomAttribute, EmailSettings, PoolEdit, SmsSettings};

pub(super) fn build_error<E: std::fmt::Debug>(what: &'static str) -> impl FnOnce(E) -> AppError {
    move |e| {
        tracing::error!(what, error = ?e, "could not build a Cognito request");
        AppError::Internal
    }
}

pub(super) fn password_policy_type(p: &PasswordPolicy, history: Option<i32>) -> PasswordPolicyType {
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

pub(super) fn recovery_setting(mechanisms: &[String]) -> Result<AccountRecoverySettingType, AppError> {
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
pub(super) fn email_configuration(
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

pub(super) fn sms_configuration(
    sms: Option<&SmsSettings>,
    current: Option<&SmsConfigurationType>,
) -> Option<SmsConfigurationType> {
    sms.map(|s| {
        SmsConfigurationType::builder()
            .sns_caller_arn(&s.role_arn)
            .set_external_id(s.external_id.clone())
            .set_sns_region(current.and_then(|c| c.sns_region()).map(str::to_string))
            .build()
    })
}

/// Threat protection in `mode` (OFF, AUDIT, ENFORCED); its setting for custom authentication
/// flows, which the page does not show, kept from `current`.
pub(super) fn add_ons(
    mode: &str,
    current: Option<&UserPoolAddOnsType>,
) -> Result<UserPoolAddOnsType, AppError> {
    UserPoolAddOnsType::builder()
        .advanced_security_mode(AdvancedSecurityModeType::from(mode))
        .set_advanced_security_additional_flows(
            current.and_then(|a| a.advanced_security_additional_flows()).cloned(),
        )
        .build()
        .map_err(build_error("user pool add-ons"))
}

pub(super) fn deletion_protection(on: bool) -> DeletionProtectionType {
    if on { DeletionProtectionType::Active } else { DeletionProtectionType::Inactive }
}

pub(super) fn some_vec<T: Clone>(items: &[T]) -> Option<Vec<T>> {
    (!items.is_empty()).then(|| items.to_vec())
}

/// The UpdateUserPool request that changes nothing: every field UpdateUserPool takes, as
/// DescribeUserPool returned it, and MFA as GetUserPoolMfaConfig did. The verification
/// message template supersedes the three older message fields, so those are sent only
/// without it.
pub fn unchanged(
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
pub fn with_edit(
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
        .set_sms_configuration(sms_configuration(edit.sms.as_ref(), pool.sms_configuration()))
        .deletion_protection(deletion_protection(edit.deletion_protection))
        .set_user_pool_tags(Some(edit.tags.iter().cloned().collect())))
}

/// LambdaConfig with the ten triggers of the form replaced; the custom senders, their KMS key
/// and the pre-token-generation version are kept.
pub fn lambda_config(current: Option<&LambdaConfigType>, set: &[(String, String)]) -> LambdaConfigType {
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

pub(super) fn standard_attribute(name: &str) -> SchemaAttributeType {
    let kind = if name == "updated_at" { AttributeDataType::Number } else { AttributeDataType::String };
    SchemaAttributeType::builder().name(name).attribute_data_type(kind).required(true).mutable(true).build()
}

pub(super) fn custom_attribute(c: &CustomAttribute) -> SchemaAttributeType {
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

#[cfg(test)]
mod tests {
    use std::collections::HashMap;

    use aws_sdk_cognitoidentityprovider::types::{
        EmailSendingAccountType, LambdaConfigType, SignInPolicyType, UserPoolTierType,
        VerificationMessageTemplateType,
    };

    use super::*;
    use crate::cognito::Client;
    use crate::model::pool_settings::PoolForm;

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
