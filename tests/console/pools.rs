//! User pools against moto through the server functions: create from the full form, the
//! read-modify-write edit that must not reset what it does not show, validation, deletion
//! safeguards, MFA and Lambda triggers.

use aws_sdk_cognitoidentityprovider::types::{
    AccountRecoverySettingType, AdminCreateUserConfigType, AttributeDataType, DefaultEmailOptionType,
    DeletionProtectionType, DeviceConfigurationType, EmailConfigurationType, EmailSendingAccountType,
    MessageTemplateType, PasswordPolicyType, RecoveryOptionNameType, RecoveryOptionType, SchemaAttributeType,
    StringAttributeConstraintsType, UserAttributeUpdateSettingsType, UserPoolMfaType, UserPoolPolicyType,
    UserPoolType, UsernameAttributeType, UsernameConfigurationType, VerificationMessageTemplateType,
    VerifiedAttributeType,
};
use axum::http::StatusCode;

use super::{Harness, unique};
use pooldesk::cognito::bootstrap::find_pool;
use pooldesk::error::AppError;
use pooldesk::model::pool::{PasswordPolicy, PoolDetail, SchemaAttribute};
use pooldesk::model::pool_settings::PoolForm;

const SES: &str = "arn:aws:ses:us-east-1:123456789012:identity/example.com";
const SNS_ROLE: &str = "arn:aws:iam::123456789012:role/CognitoSns";
const PRE_SIGN_UP: &str = "arn:aws:lambda:us-east-1:123456789012:function:pre-sign-up";
const POST_CONFIRMATION: &str = "arn:aws:lambda:us-east-1:123456789012:function:post-confirmation";
const CUSTOM_MESSAGE: &str = "arn:aws:lambda:us-east-1:123456789012:function:custom-message";

/// The guide's form under a fresh name, deletion protection off so the test can clean up.
fn guide(prefix: &str) -> PoolForm {
    PoolForm { name: unique(prefix), deletion_protection: None, ..PoolForm::guide() }
}

/// One custom attribute row, as the form's five parallel fields send it.
fn with_tenant(form: PoolForm) -> PoolForm {
    let one = |s: &str| vec![s.to_string()];
    PoolForm {
        custom_name: one("tenant"),
        custom_type: one("String"),
        custom_mutable: one("yes"),
        custom_min: one("1"),
        custom_max: one("64"),
        ..form
    }
}

async fn detail(h: &Harness, cookie: &str, pool_id: &str) -> PoolDetail {
    h.call("/api/get_user_pool", &[("pool_id", pool_id)], Some(cookie)).await.ok()
}

async fn raw(h: &Harness, pool_id: &str) -> UserPoolType {
    h.sdk.describe_user_pool().user_pool_id(pool_id).send().await.unwrap().user_pool.unwrap()
}

async fn set_triggers(h: &Harness, cookie: &str, pool_id: &str, triggers: &[(&str, &str)]) -> super::Reply {
    let keys: Vec<String> = triggers.iter().map(|(k, _)| format!("triggers[{k}]")).collect();
    let mut args = vec![("pool_id", pool_id)];
    args.extend(keys.iter().map(String::as_str).zip(triggers.iter().map(|(_, v)| *v)));
    h.call("/api/set_pool_triggers", &args, Some(cookie)).await
}

async fn set_mfa(h: &Harness, cookie: &str, pool_id: &str, extra: &[(&str, &str)]) -> super::Reply {
    let mut args = vec![("pool_id", pool_id)];
    args.extend_from_slice(extra);
    h.call("/api/set_pool_mfa", &args, Some(cookie)).await
}

#[tokio::test]
async fn creates_a_pool_with_every_setting_of_the_form() {
    let h = Harness::new().await;
    let cookie = h.admin_cookie().await;
    let form = PoolForm { tags: "team=identity\ncost-center=42".into(), ..with_tenant(guide("pd-create")) };
    let id = h.create_pool(&cookie, &form).await;

    let pool = detail(&h, &cookie, &id).await;
    assert_eq!(pool.id, id);
    assert_eq!(pool.name, form.name);
    assert_eq!(pool.username_attributes, ["email"]);
    assert!(pool.alias_attributes.is_empty());
    assert_eq!(pool.case_sensitive_usernames, Some(false));
    assert_eq!(pool.password_policy, PasswordPolicy::default(), "8 characters, all four kinds, 7 days");
    assert_eq!((pool.mfa.as_str(), pool.mfa_totp, pool.mfa_sms), ("OPTIONAL", true, false));
    assert_eq!(pool.recovery, ["verified_email"]);
    assert!(pool.self_sign_up);
    assert_eq!(pool.auto_verified_attributes, ["email"]);
    let mut required = pool.required_attributes.clone();
    required.sort();
    assert_eq!(required, ["email", "family_name", "given_name"]);
    assert_eq!(pool.custom_attributes, ["custom:tenant"]);
    let tenant = pool.schema.iter().find(|a| a.name == "custom:tenant").expect("custom:tenant in the schema");
    assert_eq!(
        tenant,
        &SchemaAttribute {
            name: "custom:tenant".into(),
            mutable: true,
            required: false,
            kind: "String".into(),
            min: Some("1".into()),
            max: Some("64".into()),
        }
    );
    assert_eq!(
        pool.tags,
        [("cost-center".to_string(), "42".to_string()), ("team".into(), "identity".into())]
    );
    assert_eq!(pool.email_sending, "COGNITO_DEFAULT");
    assert_eq!(pool.sms, None);
    assert!(!pool.deletion_protection);
    assert!(pool.triggers.is_empty());
    assert_eq!(find_pool(&h.cognito, &form.name).await.unwrap(), Some(id.clone()));

    let deleted =
        h.call("/api/delete_user_pool", &[("pool_id", &id), ("confirm", &form.name)], Some(&cookie)).await;
    assert_eq!(deleted.status, StatusCode::OK, "{}", deleted.body);
    assert_eq!(find_pool(&h.cognito, &form.name).await.unwrap(), None);
}

/// A pool with everything the edit form does not show, set up directly (as another tool or the
/// AWS console would): SES with a configuration set, password history and a sign-in policy, an
/// invitation template, a verification template, device tracking, attribute-update settings,
/// an SMS authentication message, a custom attribute, email as the username.
async fn create_rich_pool(h: &Harness, name: &str) -> String {
    let string = |name: &str, required: bool| {
        SchemaAttributeType::builder()
            .name(name)
            .attribute_data_type(AttributeDataType::String)
            .required(required)
            .mutable(true)
            .build()
    };
    let tenant = SchemaAttributeType::builder()
        .name("tenant")
        .attribute_data_type(AttributeDataType::String)
        .mutable(true)
        .string_attribute_constraints(
            StringAttributeConstraintsType::builder().min_length("1").max_length("64").build(),
        )
        .build();
    let out = h
        .sdk
        .create_user_pool()
        .pool_name(name)
        .username_attributes(UsernameAttributeType::Email)
        .username_configuration(UsernameConfigurationType::builder().case_sensitive(false).build().unwrap())
        .auto_verified_attributes(VerifiedAttributeType::Email)
        .policies(
            UserPoolPolicyType::builder()
                .password_policy(
                    PasswordPolicyType::builder()
                        .minimum_length(8)
                        .require_uppercase(true)
                        .require_lowercase(true)
                        .require_numbers(true)
                        .require_symbols(false)
                        .temporary_password_validity_days(3)
                        .password_history_size(4)
                        .build(),
                )
                .build(),
        )
        .account_recovery_setting(
            AccountRecoverySettingType::builder()
                .recovery_mechanisms(
                    RecoveryOptionType::builder()
                        .name(RecoveryOptionNameType::VerifiedEmail)
                        .priority(1)
                        .build()
                        .unwrap(),
                )
                .build(),
        )
        .admin_create_user_config(
            AdminCreateUserConfigType::builder()
                .allow_admin_create_user_only(false)
                .unused_account_validity_days(5)
                .invite_message_template(
                    MessageTemplateType::builder()
                        .email_subject("Welcome to MyApp")
                        .email_message("Hello {username}, your code is {####}")
                        .sms_message("MyApp: {username} {####}")
                        .build(),
                )
                .build(),
        )
        .email_configuration(
            EmailConfigurationType::builder()
                .email_sending_account(EmailSendingAccountType::Developer)
                .source_arn(SES)
                .from("MyApp <no-reply@example.com>")
                .reply_to_email_address("help@example.com")
                .configuration_set("tracking")
                .build(),
        )
        .verification_message_template(
            VerificationMessageTemplateType::builder()
                .email_subject("Your MyApp code")
                .email_message("Code: {####}")
                .sms_message("MyApp code {####}")
                .default_email_option(DefaultEmailOptionType::ConfirmWithCode)
                .build(),
        )
        .device_configuration(
            DeviceConfigurationType::builder()
                .challenge_required_on_new_device(true)
                .device_only_remembered_on_user_prompt(true)
                .build(),
        )
        .user_attribute_update_settings(
            UserAttributeUpdateSettingsType::builder()
                .attributes_require_verification_before_update(VerifiedAttributeType::Email)
                .build(),
        )
        .sms_authentication_message("Your MyApp sign-in code is {####}")
        .schema(string("email", true))
        .schema(string("given_name", true))
        .schema(string("family_name", true))
        .schema(tenant)
        .user_pool_tags("team", "identity")
        .user_pool_tags("env", "test")
        .deletion_protection(DeletionProtectionType::Inactive)
        .send()
        .await
        .unwrap();
    out.user_pool.unwrap().id.unwrap()
}

#[tokio::test]
async fn edits_change_only_their_field_and_keep_everything_else() {
    let h = Harness::new().await;
    let cookie = h.admin_cookie().await;
    let name = unique("pd-rmw");
    let id = create_rich_pool(&h, &name).await;
    let mfa = set_mfa(&h, &cookie, &id, &[("mfa", "OPTIONAL"), ("mfa_totp", "on")]).await;
    assert_eq!(mfa.status, StatusCode::OK, "{}", mfa.body);
    let created = raw(&h, &id).await;

    // Triggers: an UpdateUserPool of its own, which must change LambdaConfig and nothing else.
    let set =
        set_triggers(&h, &cookie, &id, &[("pre_sign_up", PRE_SIGN_UP), ("custom_message", CUSTOM_MESSAGE)])
            .await;
    assert_eq!(set.status, StatusCode::OK, "{}", set.body);
    let before = raw(&h, &id).await;
    let lambda = before.lambda_config.clone().expect("a LambdaConfig");
    assert_eq!(
        (lambda.pre_sign_up(), lambda.custom_message(), lambda.post_confirmation()),
        (Some(PRE_SIGN_UP), Some(CUSTOM_MESSAGE), None)
    );
    let mut expected = created.clone();
    expected.lambda_config = before.lambda_config.clone();
    expected.last_modified_date = before.last_modified_date;
    assert_eq!(before, expected, "setting triggers changed something else");

    // The edit page: the form filled from the current settings, one field changed.
    let current = detail(&h, &cookie, &id).await;
    let form = PoolForm { min_length: "12".into(), ..PoolForm::from_detail(&current) };
    let edited = h.call_form("/api/update_user_pool", &[("pool_id", &id)], &form, &cookie).await;
    assert_eq!(edited.status, StatusCode::OK, "{}", edited.body);

    // Through the console: only the minimum length differs.
    let after = detail(&h, &cookie, &id).await;
    let mut expected = current.clone();
    expected.password_policy.minimum_length = 12;
    expected.last_modified = after.last_modified;
    assert_eq!(after, expected);

    // Through the SDK, field by field and then as a whole.
    let after_raw = raw(&h, &id).await;
    assert_eq!(after_raw.schema_attributes, before.schema_attributes);
    assert!(after_raw.schema_attributes().iter().any(|a| a.name() == Some("custom:tenant")));
    assert_eq!(after_raw.lambda_config, before.lambda_config);
    assert_eq!(after_raw.email_configuration, before.email_configuration);
    assert_eq!(after_raw.email_configuration().unwrap().configuration_set(), Some("tracking"));
    assert_eq!(after_raw.username_attributes(), [UsernameAttributeType::Email]);
    assert_eq!(after_raw.username_configuration, before.username_configuration);
    assert_eq!(after_raw.user_pool_tags, before.user_pool_tags);
    assert_eq!(after_raw.mfa_configuration(), Some(&UserPoolMfaType::Optional));
    let policy = after_raw.policies().unwrap().password_policy().unwrap();
    assert_eq!(policy.minimum_length(), Some(12));
    assert_eq!(
        (policy.require_symbols(), policy.temporary_password_validity_days(), policy.password_history_size()),
        (false, 3, Some(4))
    );
    assert_eq!(after_raw.admin_create_user_config, before.admin_create_user_config);
    assert_eq!(after_raw.verification_message_template, before.verification_message_template);
    assert_eq!(after_raw.device_configuration, before.device_configuration);
    assert_eq!(after_raw.user_attribute_update_settings, before.user_attribute_update_settings);
    let mut expected = before.clone();
    expected.policies.as_mut().unwrap().password_policy.as_mut().unwrap().minimum_length = Some(12);
    expected.last_modified_date = after_raw.last_modified_date;
    assert_eq!(after_raw, expected);
    let mfa = h.sdk.get_user_pool_mfa_config().user_pool_id(&id).send().await.unwrap();
    assert_eq!(mfa.mfa_configuration(), Some(&UserPoolMfaType::Optional));
    assert!(mfa.software_token_mfa_configuration().is_some_and(|c| c.enabled()));

    h.remove_pool(&id).await;
}

#[tokio::test]
async fn invalid_pool_forms_are_refused_by_field_and_create_nothing() {
    let h = Harness::new().await;
    let cookie = h.admin_cookie().await;
    let cases: Vec<(PoolForm, &str)> = vec![
        (PoolForm { name: "bad/name".into(), ..guide("x") }, "name"),
        (PoolForm { sign_in: vec![], ..guide("pd-bad") }, "sign_in"),
        (PoolForm { min_length: "5".into(), ..guide("pd-bad") }, "min_length"),
        (PoolForm { mfa_totp: None, ..guide("pd-bad") }, "mfa"),
        (PoolForm { mfa_sms: Some("on".into()), ..guide("pd-bad") }, "mfa_sms"),
        (PoolForm { recovery: "phone_only".into(), ..guide("pd-bad") }, "sms_role_arn"),
        (PoolForm { sign_in: vec!["phone_number".into()], ..guide("pd-bad") }, "sms_role_arn"),
        (
            PoolForm {
                email_provider: "ses".into(),
                ses_source_arn: "example.com".into(),
                ..guide("pd-bad")
            },
            "ses_source_arn",
        ),
        (PoolForm { tags: "aws:owner=me".into(), ..guide("pd-bad") }, "tags"),
        (PoolForm { required: vec!["shoe_size".into()], ..guide("pd-bad") }, "required"),
        (PoolForm { custom_type: vec!["Blob".into()], ..with_tenant(guide("pd-bad")) }, "custom"),
    ];
    for (form, field) in cases {
        let reply = h.call_form("/api/create_user_pool", &[], &form, &cookie).await;
        assert_eq!(reply.invalid_field(), field, "{form:?}");
        assert_eq!(find_pool(&h.cognito, &form.name).await.unwrap(), None, "{field}: nothing created");
    }
}

#[tokio::test]
async fn deletion_protection_is_enforced_by_the_console_although_moto_ignores_it() {
    let h = Harness::new().await;
    let cookie = h.admin_cookie().await;
    let form = PoolForm { deletion_protection: Some("on".into()), ..guide("pd-protected") };
    let id = h.create_pool(&cookie, &form).await;
    let delete = |confirm: &str| {
        let (h, cookie, id, confirm) = (&h, cookie.clone(), id.clone(), confirm.to_string());
        async move {
            h.call("/api/delete_user_pool", &[("pool_id", &id), ("confirm", &confirm)], Some(&cookie)).await
        }
    };

    let protected = delete(&form.name).await;
    assert_eq!(protected.status, StatusCode::CONFLICT, "{}", protected.body);
    assert!(protected.error().to_string().contains("Deletion protection"), "{}", protected.body);
    assert!(detail(&h, &cookie, &id).await.deletion_protection, "still there, still protected");

    let current = detail(&h, &cookie, &id).await;
    let off = PoolForm { deletion_protection: None, ..PoolForm::from_detail(&current) };
    let edited = h.call_form("/api/update_user_pool", &[("pool_id", &id)], &off, &cookie).await;
    assert_eq!(edited.status, StatusCode::OK, "{}", edited.body);
    assert!(!detail(&h, &cookie, &id).await.deletion_protection);

    assert_eq!(delete("not the name").await.invalid_field(), "confirm");
    assert_eq!(detail(&h, &cookie, &id).await.id, id, "a wrong confirmation deletes nothing");

    let deleted = delete(&form.name).await;
    assert_eq!(deleted.status, StatusCode::OK, "{}", deleted.body);
    let gone = h.call("/api/get_user_pool", &[("pool_id", &id)], Some(&cookie)).await;
    assert_eq!(gone.status, StatusCode::NOT_FOUND);
    assert_eq!(gone.error(), AppError::not_found("The user pool"));
}

#[tokio::test]
async fn the_console_cannot_delete_its_own_pool() {
    let h = Harness::new().await;
    let cookie = h.admin_cookie().await;
    let own = detail(&h, &cookie, &h.pool_id).await;
    assert!(!own.deletion_protection, "the harness pool is unprotected: only the console rule applies");
    let reply = h
        .call("/api/delete_user_pool", &[("pool_id", &h.pool_id), ("confirm", &own.name)], Some(&cookie))
        .await;
    assert_eq!(reply.status, StatusCode::CONFLICT, "{}", reply.body);
    assert!(reply.error().to_string().contains("signs in with this pool"));
    assert_eq!(detail(&h, &cookie, &h.pool_id).await.id, h.pool_id);
}

#[tokio::test]
async fn mfa_modes_and_their_refusals() {
    let h = Harness::new().await;
    let cookie = h.admin_cookie().await;
    let id = h.create_pool(&cookie, &guide("pd-mfa")).await;
    let mode = |pool: PoolDetail| (pool.mfa, pool.mfa_totp, pool.mfa_sms);

    let off = set_mfa(&h, &cookie, &id, &[("mfa", "OFF"), ("mfa_totp", "on")]).await;
    assert_eq!(off.status, StatusCode::OK, "{}", off.body);
    assert_eq!(mode(detail(&h, &cookie, &id).await), ("OFF".into(), false, false), "OFF clears the factors");

    let optional = set_mfa(&h, &cookie, &id, &[("mfa", "OPTIONAL"), ("mfa_totp", "on")]).await;
    assert_eq!(optional.status, StatusCode::OK, "{}", optional.body);
    assert_eq!(mode(detail(&h, &cookie, &id).await), ("OPTIONAL".into(), true, false));

    assert_eq!(set_mfa(&h, &cookie, &id, &[("mfa", "ON")]).await.invalid_field(), "mfa");
    assert_eq!(
        set_mfa(&h, &cookie, &id, &[("mfa", "SOMETIMES"), ("mfa_totp", "on")]).await.invalid_field(),
        "mfa"
    );
    let sms = set_mfa(&h, &cookie, &id, &[("mfa", "OPTIONAL"), ("mfa_sms", "on")]).await;
    assert_eq!(sms.invalid_field(), "mfa_sms", "no SNS role yet");
    assert_eq!(
        mode(detail(&h, &cookie, &id).await),
        ("OPTIONAL".into(), true, false),
        "refusals change nothing"
    );

    // With the pool's SNS role (set through the edit form), SMS codes are accepted.
    let current = detail(&h, &cookie, &id).await;
    let with_role = PoolForm { sms_role_arn: SNS_ROLE.into(), ..PoolForm::from_detail(&current) };
    let edited = h.call_form("/api/update_user_pool", &[("pool_id", &id)], &with_role, &cookie).await;
    assert_eq!(edited.status, StatusCode::OK, "{}", edited.body);
    let on = set_mfa(&h, &cookie, &id, &[("mfa", "ON"), ("mfa_totp", "on"), ("mfa_sms", "on")]).await;
    assert_eq!(on.status, StatusCode::OK, "{}", on.body);
    let pool = detail(&h, &cookie, &id).await;
    assert_eq!(pool.sms.map(|s| s.role_arn), Some(SNS_ROLE.to_string()));
    assert_eq!((pool.mfa, pool.mfa_totp, pool.mfa_sms), ("ON".into(), true, true));

    h.remove_pool(&id).await;
}

#[tokio::test]
async fn triggers_are_set_cleared_and_checked() {
    let h = Harness::new().await;
    let cookie = h.admin_cookie().await;
    let id = h.create_pool(&cookie, &guide("pd-triggers")).await;
    let triggers = |pool: PoolDetail| pool.triggers;
    let pairs =
        |list: &[(&str, &str)]| list.iter().map(|(k, v)| (k.to_string(), v.to_string())).collect::<Vec<_>>();

    let two = set_triggers(
        &h,
        &cookie,
        &id,
        &[("pre_sign_up", PRE_SIGN_UP), ("post_confirmation", POST_CONFIRMATION)],
    )
    .await;
    assert_eq!(two.status, StatusCode::OK, "{}", two.body);
    assert_eq!(
        triggers(detail(&h, &cookie, &id).await),
        pairs(&[("pre_sign_up", PRE_SIGN_UP), ("post_confirmation", POST_CONFIRMATION)])
    );

    // The form sends every trigger; an emptied one is removed.
    let cleared =
        set_triggers(&h, &cookie, &id, &[("pre_sign_up", ""), ("post_confirmation", POST_CONFIRMATION)])
            .await;
    assert_eq!(cleared.status, StatusCode::OK, "{}", cleared.body);
    assert_eq!(triggers(detail(&h, &cookie, &id).await), pairs(&[("post_confirmation", POST_CONFIRMATION)]));

    let bad =
        set_triggers(&h, &cookie, &id, &[("pre_sign_up", "arn:aws:iam::123456789012:role/NotALambda")]).await;
    assert_eq!(bad.invalid_field(), "triggers[pre_sign_up]");
    let unknown = set_triggers(&h, &cookie, &id, &[("on_coffee_break", PRE_SIGN_UP)]).await;
    assert_eq!(unknown.invalid_field(), "");
    let pool = detail(&h, &cookie, &id).await;
    assert_eq!(pool.triggers, pairs(&[("post_confirmation", POST_CONFIRMATION)]), "refusals change nothing");
    assert_eq!(pool.username_attributes, ["email"], "the update kept email as the username");

    h.remove_pool(&id).await;
}

#[tokio::test]
async fn custom_attributes_can_be_added_later_but_not_twice() {
    let h = Harness::new().await;
    let cookie = h.admin_cookie().await;
    let id = h.create_pool(&cookie, &guide("pd-add-custom")).await;
    let add = |form: PoolForm| {
        let (h, cookie, id) = (&h, cookie.clone(), id.clone());
        async move { h.call_form("/api/add_custom_attributes", &[("pool_id", &id)], &form, &cookie).await }
    };

    let added = add(with_tenant(PoolForm::default())).await;
    assert_eq!(added.status, StatusCode::OK, "{}", added.body);
    let pool = detail(&h, &cookie, &id).await;
    let tenant = pool.schema.iter().find(|a| a.name == "custom:tenant").expect("custom:tenant added");
    assert_eq!((tenant.kind.as_str(), tenant.mutable), ("String", true));
    assert_eq!(pool.username_attributes, ["email"], "nothing else changed");

    let twice = add(with_tenant(PoolForm::default())).await;
    assert_eq!(twice.invalid_field(), "custom", "{}", twice.body);
    assert!(matches!(twice.error(), AppError::Invalid { message, .. } if message.contains("custom:tenant")));
    let none = add(PoolForm::default()).await;
    assert_eq!(none.invalid_field(), "custom");
    let bad =
        add(PoolForm { custom_name: vec!["two words".into()], ..with_tenant(PoolForm::default()) }).await;
    assert_eq!(bad.invalid_field(), "custom");
    let count =
        detail(&h, &cookie, &id).await.schema.iter().filter(|a| a.name.starts_with("custom:")).count();
    assert_eq!(count, 1, "refusals add nothing");
    h.remove_pool(&id).await;
}
