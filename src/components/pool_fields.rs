//! The fields of the user pool form, shared by the create page and the settings page. On the
//! settings page (`create` false) the fields Cognito fixes at creation are left out (the page
//! shows them read-only) and MFA has its own form.
//!
//! Each part returns `AnyView`: as one static type the whole form exceeds the compiler's
//! type-layout recursion limit in the wasm build.

use leptos::prelude::*;

use crate::components::style::{FIELDSET, LEGEND};

use crate::components::form::{Checkbox, CheckboxGroup, FieldError, Select, TextArea, TextField, same};
use crate::error::AppError;
use crate::i18n::{t, t_with};
use crate::model::pool::PoolDetail;
use crate::model::pool_settings::{CUSTOM_TYPES, PoolForm, RECOVERY_CHOICES, STANDARD_ATTRIBUTES};

/// Blank custom attribute rows offered on the create form (a plain form cannot add rows).
const CUSTOM_ROWS: usize = 3;

#[component]
pub fn PoolFields(form: PoolForm, create: bool, #[prop(into)] error: Signal<Option<AppError>>) -> AnyView {
    view! {
        {create.then(|| view! {
            <fieldset class=FIELDSET>
                <legend class=LEGEND>{t("pool-legend-pool")}</legend>
                <TextField label=t("pool-name") name="name" value=form.name.clone() error/>
            </fieldset>
            <SignInFields form=form.clone() error/>
        })}
        <PasswordFields form=form.clone() error/>
        {create.then(|| view! { <MfaFields form=form.clone() error/> })}
        <fieldset class=FIELDSET>
            <legend class=LEGEND>{t("pool-legend-sign-up")}</legend>
            <Checkbox name="self_sign_up" label=t("pool-self-sign-up-label") checked=form.self_sign_up.is_some()
                hint=t("pool-self-sign-up-hint")/>
            <CheckboxGroup legend=t("pool-auto-verify") field="auto_verify"
                options=vec![("email".into(), t("pool-email-address")), ("phone_number".into(), t("pool-phone-sms"))]
                checked=form.auto_verify.clone() error/>
            <Select label=t("pool-account-recovery") name="recovery"
                options=RECOVERY_CHOICES.iter().map(|(v, key, _)| (v.to_string(), t(key))).collect()
                selected=form.recovery.clone() error/>
            {create.then(|| view! {
                <CheckboxGroup legend=t("pool-required-attributes") field="required"
                    hint=t("pool-required-hint")
                    options=same(&STANDARD_ATTRIBUTES) checked=form.required.clone() error/>
            })}
        </fieldset>
        {create.then(|| view! { <CustomAttributeRows error/> })}
        <MessagingFields form=form.clone() error/>
        <fieldset class=FIELDSET>
            <legend class=LEGEND>{t("pool-legend-protection")}</legend>
            <Checkbox name="deletion_protection" label=t("pool-deletion-protection") checked=form.deletion_protection.is_some()
                hint=t("pool-deletion-protection-hint")/>
            <TextArea label=t("pool-tags") name="tags" value=form.tags.clone() rows=3 hint=t("pool-tags-hint") error/>
        </fieldset>
    }
    .into_any()
}

#[component]
fn SignInFields(form: PoolForm, #[prop(into)] error: Signal<Option<AppError>>) -> AnyView {
    view! {
        <fieldset class=FIELDSET>
            <legend class=LEGEND>{t("pool-sign-in")}</legend>
            <p class="text-xs text-amber-800">{t("pool-sign-in-fixed")}</p>
            <Select label=t("pool-sign-in-with") name="sign_in_mode"
                options=vec![
                    ("attributes".into(), t("pool-sign-in-mode-attributes")),
                    ("username".into(), t("pool-sign-in-mode-username")),
                ]
                selected=form.sign_in_mode.clone() error/>
            <CheckboxGroup legend=t("pool-identifiers") field="sign_in"
                hint=t("pool-identifiers-hint")
                options=vec![
                    ("email".into(), t("pool-email-address")),
                    ("phone_number".into(), t("attr-phone-number")),
                    ("preferred_username".into(), t("attr-preferred-username")),
                ]
                checked=form.sign_in.clone() error/>
            <Checkbox name="case_sensitive" label=t("pool-case-sensitive-label") checked=form.case_sensitive.is_some()
                hint=t("pool-case-sensitive-hint")/>
        </fieldset>
    }
    .into_any()
}

#[component]
fn PasswordFields(form: PoolForm, #[prop(into)] error: Signal<Option<AppError>>) -> AnyView {
    view! {
        <fieldset class=FIELDSET>
            <legend class=LEGEND>{t("pool-legend-password")}</legend>
            <Select label=t("pool-policy") name="password_policy"
                options=vec![("custom".into(), t("pool-policy-custom")), ("cognito".into(), t("pool-policy-cognito"))]
                selected=form.password_policy.clone() error/>
            <div class="grid gap-3 sm:grid-cols-2">
                <TextField label=t("pool-min-length") name="min_length" kind="number" value=form.min_length.clone() error/>
                <TextField label=t("pool-temporary-days") name="temporary_days" kind="number"
                    value=form.temporary_days.clone() error/>
            </div>
            <div class="grid gap-1 sm:grid-cols-2">
                <Checkbox name="require_numbers" label=t("pool-require-number") checked=form.require_numbers.is_some()/>
                <Checkbox name="require_symbols" label=t("pool-require-symbol") checked=form.require_symbols.is_some()/>
                <Checkbox name="require_uppercase" label=t("pool-require-uppercase") checked=form.require_uppercase.is_some()/>
                <Checkbox name="require_lowercase" label=t("pool-require-lowercase") checked=form.require_lowercase.is_some()/>
            </div>
        </fieldset>
    }
    .into_any()
}

/// MFA mode and factors (the create form; the settings page has its own MFA form with these).
#[component]
pub fn MfaFields(form: PoolForm, #[prop(into)] error: Signal<Option<AppError>>) -> AnyView {
    view! {
        <fieldset class=FIELDSET>
            <legend class=LEGEND>{t("pool-legend-mfa")}</legend>
            <Select label="MFA" name="mfa"
                options=vec![
                    ("OFF".into(), t("pool-mfa-off")),
                    ("OPTIONAL".into(), t("pool-mfa-optional")),
                    ("ON".into(), t("pool-mfa-required")),
                ]
                selected=form.mfa.clone() error/>
            <Checkbox name="mfa_totp" label=t("mfa-factor-totp") checked=form.mfa_totp.is_some()/>
            <Checkbox name="mfa_sms" label=t("pool-mfa-sms") checked=form.mfa_sms.is_some()
                hint=t("pool-mfa-sms-hint")/>
            <FieldError field="mfa_sms" error/>
        </fieldset>
    }
    .into_any()
}

/// Blank rows for new custom attributes (also the settings page's "add" form).
#[component]
pub fn CustomAttributeRows(#[prop(into)] error: Signal<Option<AppError>>) -> AnyView {
    let input = "w-full rounded-md border border-slate-300 px-2 py-1 text-sm";
    let row = |i: usize| -> String { (i + 1).to_string() };
    view! {
        <fieldset class=FIELDSET>
            <legend class=LEGEND>{t("pool-custom-attributes")}</legend>
            <p class="text-xs text-slate-500">{t("pool-custom-note")}</p>
            <table class="w-full text-sm">
                <thead class="text-left text-slate-600">
                    <tr>
                        <th class="pr-2 font-medium">{t("column-name")}</th>
                        <th class="pr-2 font-medium">{t("pool-column-type")}</th>
                        <th class="pr-2 font-medium">{t("pool-column-mutable")}</th>
                        <th class="pr-2 font-medium">{t("pool-column-min")}</th>
                        <th class="font-medium">{t("pool-column-max")}</th>
                    </tr>
                </thead>
                <tbody>
                    {(0..CUSTOM_ROWS).map(|i| view! {
                        <tr>
                            <td class="pr-2 py-1"><input name="custom_name[]" class=input aria-label=t_with("pool-custom-row-name", &[("row", row(i).into())])/></td>
                            <td class="pr-2 py-1">
                                <select name="custom_type[]" class=input aria-label=t_with("pool-custom-row-type", &[("row", row(i).into())])>
                                    {CUSTOM_TYPES.iter().map(|kind| view! { <option value=*kind>{*kind}</option> }).collect_view()}
                                </select>
                            </td>
                            <td class="pr-2 py-1">
                                <select name="custom_mutable[]" class=input aria-label=t_with("pool-custom-row-mutable", &[("row", row(i).into())])>
                                    <option value="yes">{t("yes")}</option>
                                    <option value="no">{t("no")}</option>
                                </select>
                            </td>
                            <td class="pr-2 py-1"><input name="custom_min[]" inputmode="numeric" class=input aria-label=t_with("pool-custom-row-min", &[("row", row(i).into())])/></td>
                            <td class="py-1"><input name="custom_max[]" inputmode="numeric" class=input aria-label=t_with("pool-custom-row-max", &[("row", row(i).into())])/></td>
                        </tr>
                    }).collect_view()}
                </tbody>
            </table>
            <FieldError field="custom" error/>
        </fieldset>
    }
    .into_any()
}

#[component]
fn MessagingFields(form: PoolForm, #[prop(into)] error: Signal<Option<AppError>>) -> AnyView {
    view! {
        <fieldset class=FIELDSET>
            <legend class=LEGEND>{t("pool-legend-messaging")}</legend>
            <Select label=t("pool-email-provider") name="email_provider"
                options=vec![("cognito".into(), t("pool-email-cognito")), ("ses".into(), t("pool-email-ses"))]
                selected=form.email_provider.clone() error/>
            <TextField label=t("pool-ses-arn") name="ses_source_arn" value=form.ses_source_arn.clone() required=false error/>
            <div class="grid gap-3 sm:grid-cols-2">
                <TextField label=t("pool-from-address") name="from_address" value=form.from_address.clone() required=false error/>
                <TextField label=t("pool-reply-to") name="reply_to" value=form.reply_to.clone() required=false error/>
            </div>
            <div class="grid gap-3 sm:grid-cols-2">
                <TextField label=t("pool-sns-role") name="sms_role_arn" value=form.sms_role_arn.clone() required=false error/>
                <TextField label=t("pool-sns-external-id") name="sms_external_id" value=form.sms_external_id.clone() required=false error/>
            </div>
        </fieldset>
    }
    .into_any()
}

/// How users of the pool sign in: "email as username", or "Username (aliases: …)".
pub fn sign_in_identifiers(pool: &PoolDetail) -> String {
    if pool.username_attributes.is_empty() {
        t_with(
            "pool-sign-in-username",
            &[("aliases", crate::components::details::list(&pool.alias_attributes).into())],
        )
    } else {
        t_with(
            "pool-sign-in-attributes",
            &[("attributes", crate::components::details::list(&pool.username_attributes).into())],
        )
    }
}
