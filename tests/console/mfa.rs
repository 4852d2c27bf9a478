//! The account desk's MFA (`set_user_mfa`), against a pool of its own with MFA optional: a lost
//! authenticator app reset, after which the user signs in without a code; SMS on, preferred and
//! off as Cognito reports them after; every refusal made before any change. (Each role on each
//! kind of target: `targets.rs`.)

use aws_sdk_cognitoidentityprovider::types::AttributeType;
use aws_sdk_cognitoidentityprovider::types::{
    AuthFlowType, ChallengeNameType, ExplicitAuthFlowsType, MessageActionType, SmsConfigurationType,
    SmsMfaConfigType, SoftwareTokenMfaConfigType, UserPoolMfaType,
};

use super::harness::{Harness, fakecloud};
use super::{three_roles, unique};
use pooldesk::error::AppError;
use pooldesk::model::mfa::MfaFactor;
use pooldesk::model::preferences::Lang;
use pooldesk::model::user::UserDetail;

const PASSWORD: &str = "Mfa-Desk-Pass-123!";

/// A pool with MFA optional by app and SMS, an app client that signs in with a password from
/// the server side, and `users` with a permanent password (`phone`: with a phone number).
async fn mfa_pool(h: &Harness, users: &[(&str, bool)]) -> (String, String) {
    let sdk = &h.sdk;
    let pool =
        sdk.create_user_pool().pool_name(unique("mfa")).send().await.unwrap().user_pool.unwrap().id.unwrap();
    let sns = SmsConfigurationType::builder().sns_caller_arn("arn:aws:iam::123456789012:role/sms").build();
    sdk.set_user_pool_mfa_config()
        .user_pool_id(&pool)
        .mfa_configuration(UserPoolMfaType::Optional)
        .software_token_mfa_configuration(SoftwareTokenMfaConfigType::builder().enabled(true).build())
        .sms_mfa_configuration(SmsMfaConfigType::builder().sms_configuration(sns).build())
        .send()
        .await
        .unwrap();
    let client = sdk
        .create_user_pool_client()
        .user_pool_id(&pool)
        .client_name("desk")
        .explicit_auth_flows(ExplicitAuthFlowsType::AllowAdminUserPasswordAuth)
        .explicit_auth_flows(ExplicitAuthFlowsType::AllowRefreshTokenAuth)
        .send()
        .await
        .unwrap()
        .user_pool_client
        .unwrap()
        .client_id
        .unwrap();
    for (name, phone) in users {
        let mut create = sdk
            .admin_create_user()
            .user_pool_id(&pool)
            .username(*name)
            .message_action(MessageActionType::Suppress)
            .user_attributes(
                AttributeType::builder().name("email").value(format!("{name}@example.com")).build().unwrap(),
            );
        if *phone {
            create = create.user_attributes(
                AttributeType::builder().name("phone_number").value("+15550100").build().unwrap(),
            );
        }
        create.send().await.unwrap();
        sdk.admin_set_user_password()
            .user_pool_id(&pool)
            .username(*name)
            .password(PASSWORD)
            .permanent(true)
            .send()
            .await
            .unwrap();
    }
    (pool, client)
}

/// Signs `name` in with the password: the challenge Cognito answers with, or none (signed in).
async fn sign_in(
    h: &Harness,
    pool: &str,
    client: &str,
    name: &str,
) -> (Option<ChallengeNameType>, Option<String>) {
    let out = h
        .sdk
        .admin_initiate_auth()
        .user_pool_id(pool)
        .client_id(client)
        .auth_flow(AuthFlowType::AdminUserPasswordAuth)
        .auth_parameters("USERNAME", name)
        .auth_parameters("PASSWORD", PASSWORD)
        .send()
        .await
        .unwrap();
    (out.challenge_name, out.authentication_result.and_then(|r| r.access_token))
}

async fn user(h: &Harness, cookie: &str, pool: &str, name: &str) -> UserDetail {
    h.call("/api/get_user", &[("pool_id", pool), ("username", name)], Some(cookie)).await.ok()
}

async fn set(
    h: &Harness,
    cookie: &str,
    pool: &str,
    name: &str,
    factor: &str,
    setting: &str,
) -> super::harness::Reply {
    let args = [("pool_id", pool), ("username", name), ("factor", factor), ("setting", setting)];
    h.call("/api/set_user_mfa", &args, Some(cookie)).await
}

/// `name`'s authenticator app turned on and preferred, as the user's own settings would.
async fn prefer_app(h: &Harness, pool: &str, name: &str) {
    let app = aws_sdk_cognitoidentityprovider::types::SoftwareTokenMfaSettingsType::builder()
        .enabled(true)
        .preferred_mfa(true)
        .build();
    h.sdk
        .admin_set_user_mfa_preference()
        .user_pool_id(pool)
        .username(name)
        .software_token_mfa_settings(app)
        .send()
        .await
        .unwrap();
}

/// RFC 6238's code for `secret` (base32, as AssociateSoftwareToken gives it) at this moment:
/// HMAC-SHA1 of the 30-second step, six digits. fakecloud checks it as an authenticator app's.
fn totp(secret: &str) -> String {
    use aws_lc_rs::hmac;
    let mut key = Vec::new();
    let (mut bits, mut held) = (0u64, 0u32);
    for c in secret.bytes().filter(|c| *c != b'=') {
        let value = b"ABCDEFGHIJKLMNOPQRSTUVWXYZ234567".iter().position(|a| *a == c.to_ascii_uppercase());
        bits = (bits << 5) | value.expect("a base32 secret") as u64;
        held += 5;
        if held >= 8 {
            held -= 8;
            key.push((bits >> held) as u8);
            bits &= (1 << held) - 1;
        }
    }
    let step = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).unwrap().as_secs() / 30;
    let tag = hmac::sign(&hmac::Key::new(hmac::HMAC_SHA1_FOR_LEGACY_USE_ONLY, &key), &step.to_be_bytes());
    let t = tag.as_ref();
    let at = usize::from(t[19] & 0x0f);
    let code = u32::from_be_bytes([t[at] & 0x7f, t[at + 1], t[at + 2], t[at + 3]]) % 1_000_000;
    format!("{code:06}")
}

/// The whole story on fakecloud, which checks authenticator codes and has
/// AdminDeleteSoftwareToken: Ada sets her app up for real, is asked for its code, loses it; the
/// desk resets it and her next sign-in asks for no code.
#[tokio::test]
async fn after_a_totp_reset_the_user_signs_in_without_a_code() {
    let h = Harness::on(&fakecloud(), |c| c.roles = three_roles()).await;
    let support = h.signed_in_as("support").await;
    let (pool, client) = mfa_pool(&h, &[("ada", false)]).await;
    let (_, token) = sign_in(&h, &pool, &client, "ada").await;
    let token = token.expect("signed in without MFA");
    let secret =
        h.sdk.associate_software_token().access_token(&token).send().await.unwrap().secret_code.unwrap();
    h.sdk.verify_software_token().access_token(&token).user_code(totp(&secret)).send().await.unwrap();
    prefer_app(&h, &pool, "ada").await;
    assert_eq!(sign_in(&h, &pool, &client, "ada").await.0, Some(ChallengeNameType::SoftwareTokenMfa));

    let now: String = set(&h, &support, &pool, "ada", "totp", "off").await.ok();
    assert!(now.contains("password alone"), "{now}");
    let (challenge, token) = sign_in(&h, &pool, &client, "ada").await;
    assert_eq!(challenge, None, "no code asked after the reset");
    assert!(token.is_some());
    assert!(user(&h, &support, &pool, "ada").await.mfa().on.is_empty());
}

/// The reset's request is what AWS needs (`cognito::users` pins it); moto ignores a factor
/// turned off (see there), so what the user meets next is read back, not assumed.
#[tokio::test]
async fn a_lost_authenticator_app_is_reset_through_the_desk() {
    let h = Harness::with_config(|c| c.roles = three_roles()).await;
    let support = h.signed_in_as("support").await;
    let (pool, client) = mfa_pool(&h, &[("ada", false)]).await;
    // Ada sets up her app (moto takes any code) and prefers it.
    let (_, token) = sign_in(&h, &pool, &client, "ada").await;
    let token = token.expect("signed in without MFA");
    h.sdk.associate_software_token().access_token(&token).send().await.unwrap();
    h.sdk.verify_software_token().access_token(&token).user_code("123456").send().await.unwrap();
    prefer_app(&h, &pool, "ada").await;
    assert_eq!(sign_in(&h, &pool, &client, "ada").await.0, Some(ChallengeNameType::SoftwareTokenMfa));
    let before = user(&h, &support, &pool, "ada").await;
    assert_eq!((before.mfa().on, before.mfa().preferred), (vec![MfaFactor::Totp], Some(MfaFactor::Totp)));
    assert_eq!(before.pool_mfa.mode, "OPTIONAL");
    assert!(before.mfa().next_sign_in(&before.pool_mfa, Lang::En).contains("authenticator app"));

    // She lost her phone: the desk resets the app, and says what Cognito now has.
    let now: String = set(&h, &support, &pool, "ada", "totp", "off").await.ok();
    let after = user(&h, &support, &pool, "ada").await;
    assert_eq!(now, after.mfa().next_sign_in(&after.pool_mfa, Lang::En), "in the request's language");
}

#[tokio::test]
async fn sms_goes_on_preferred_and_off_and_each_refusal_changes_nothing() {
    let h = Harness::with_config(|c| c.roles = three_roles()).await;
    let support = h.signed_in_as("support").await;
    let viewer = h.signed_in_as("viewer").await;
    let (pool, _) = mfa_pool(&h, &[("bo", true), ("cy", false)]).await;
    let methods = |name: &'static str| {
        let (h, pool) = (h.clone(), pool.clone());
        async move {
            let out = h.sdk.admin_get_user().user_pool_id(&pool).username(name).send().await.unwrap();
            (out.user_mfa_setting_list.unwrap_or_default(), out.preferred_mfa_setting.unwrap_or_default())
        }
    };
    let text: String = set(&h, &support, &pool, "bo", "sms", "on").await.ok();
    assert!(text.contains("text message"), "{text}");
    assert_eq!(methods("bo").await, (vec!["SMS_MFA".to_string()], String::new()));
    let _: String = set(&h, &support, &pool, "bo", "sms", "preferred").await.ok();
    assert_eq!(methods("bo").await, (vec!["SMS_MFA".to_string()], "SMS_MFA".to_string()));
    let page = user(&h, &viewer, &pool, "bo").await;
    assert_eq!(
        (page.mfa().on, page.pool_mfa.sms, page.pool_mfa.mode.as_str()),
        (vec![MfaFactor::Sms], true, "OPTIONAL")
    );
    // Off goes through (its request is pinned for AWS in `cognito::users`; moto ignores it).
    let _: String = set(&h, &support, &pool, "bo", "sms", "off").await.ok();
    let bo = methods("bo").await;

    // Refused before any call: no phone number, a factor or setting that does not exist, a
    // viewer; none changes anything.
    assert_eq!(set(&h, &support, &pool, "cy", "sms", "on").await.invalid_field(), "setting");
    assert_eq!(set(&h, &support, &pool, "cy", "push", "on").await.invalid_field(), "factor");
    assert_eq!(set(&h, &support, &pool, "cy", "sms", "always").await.invalid_field(), "setting");
    assert_eq!(set(&h, &viewer, &pool, "bo", "sms", "on").await.error(), AppError::Forbidden);
    assert_eq!(
        set(&h, &support, &pool, "nobody", "sms", "off").await.status,
        axum::http::StatusCode::NOT_FOUND
    );
    assert!(methods("cy").await.0.is_empty());
    assert_eq!(methods("bo").await, bo, "unchanged by the refused calls");
}

/// Passkeys: the card says whether the pool allows them as a sign-in factor (its sign-in policy)
/// and that a user's passkeys are theirs to remove. (No emulator here answers
/// GetUserPoolMfaConfig with a WebAuthnConfiguration: the relying party shows as the pool's
/// domain.)
#[tokio::test]
async fn the_mfa_card_says_whether_the_pool_allows_passkeys() {
    use aws_sdk_cognitoidentityprovider::types::{AuthFactorType, SignInPolicyType, UserPoolPolicyType};
    let h = Harness::new().await;
    let cookie = h.admin_cookie().await;
    for allowed in [true, false] {
        let mut factors = vec![AuthFactorType::Password];
        if allowed {
            factors.push(AuthFactorType::WebAuthn);
        }
        let policy = UserPoolPolicyType::builder()
            .sign_in_policy(SignInPolicyType::builder().set_allowed_first_auth_factors(Some(factors)).build())
            .build();
        let created =
            h.sdk.create_user_pool().pool_name(unique("passkeys")).policies(policy).send().await.unwrap();
        let pool = created.user_pool.unwrap().id.unwrap();
        h.sdk
            .admin_create_user()
            .user_pool_id(&pool)
            .username("keyholder")
            .message_action(MessageActionType::Suppress)
            .send()
            .await
            .unwrap();
        let passkeys = user(&h, &cookie, &pool, "keyholder").await.pool_mfa.passkeys;
        let page = h.page(&format!("/pools/{pool}/user?name=keyholder"), &cookie).await.body;
        match allowed {
            true => {
                assert_eq!(passkeys.as_ref().map(|p| p.allowed), Some(true));
                assert!(
                    page.contains("data-passkeys")
                        && page.contains("Passkeys: allowed (relying party the pool")
                );
            }
            false => assert!(passkeys.is_none() && !page.contains("data-passkeys"), "{passkeys:?}"),
        }
    }
}
