//! The fields of the user pool form, shared by the create page and the settings page. On the
//! settings page (`create` false) the fields Cognito fixes at creation are left out (the page
//! shows them read-only) and MFA has its own form.
//!
//! Each part returns `AnyView`: as one static type the whole form exceeds the compiler's
//! type-layout recursion limit in the wasm build.

use leptos::prelude::*;

use crate::components::style::{FIELDSET, LEGEND};

use crate::components::form::{
    Checkbox, CheckboxGroup, FieldError, Select, TextArea, TextField, pairs, same,
};
use crate::error::AppError;
use crate::model::pool_settings::{CUSTOM_TYPES, PoolForm, RECOVERY_CHOICES, STANDARD_ATTRIBUTES};

/// Blank custom attribute rows offered on the create form (a plain form cannot add rows).
const CUSTOM_ROWS: usize = 3;

#[component]
pub fn PoolFields(form: PoolForm, create: bool, #[prop(into)] error: Signal<Option<AppError>>) -> AnyView {
    view! {
        {create.then(|| view! {
            <fieldset class=FIELDSET>
                <legend class=LEGEND>"Pool"</legend>
                <TextField label="Pool name" name="name" value=form.name.clone() error/>
            </fieldset>
            <SignInFields form=form.clone() error/>
        })}
        <PasswordFields form=form.clone() error/>
        {create.then(|| view! { <MfaFields form=form.clone() error/> })}
        <fieldset class=FIELDSET>
            <legend class=LEGEND>"Sign-up, verification and recovery"</legend>
            <Checkbox name="self_sign_up" label="Users can sign themselves up" checked=form.self_sign_up.is_some()
                hint="Off: only administrators create users."/>
            <CheckboxGroup legend="Verify automatically (Cognito sends a code)" field="auto_verify"
                options=pairs(&[("email", "Email address"), ("phone_number", "Phone number (SMS)")])
                checked=form.auto_verify.clone() error/>
            <Select label="Account recovery" name="recovery"
                options=RECOVERY_CHOICES.iter().map(|(v, l, _)| (v.to_string(), l.to_string())).collect()
                selected=form.recovery.clone() error/>
            {create.then(|| view! {
                <CheckboxGroup legend="Required attributes" field="required"
                    hint="Every user must have these. Fixed once the pool exists."
                    options=same(&STANDARD_ATTRIBUTES) checked=form.required.clone() error/>
            })}
        </fieldset>
        {create.then(|| view! { <CustomAttributeRows error/> })}
        <MessagingFields form=form.clone() error/>
        <fieldset class=FIELDSET>
            <legend class=LEGEND>"Protection and tags"</legend>
            <Checkbox name="deletion_protection" label="Deletion protection" checked=form.deletion_protection.is_some()
                hint="While on, the pool cannot be deleted (the console checks this before deleting)."/>
            <TextArea label="Tags" name="tags" value=form.tags.clone() rows=3 hint="key=value, one per line." error/>
        </fieldset>
    }
    .into_any()
}

#[component]
fn SignInFields(form: PoolForm, #[prop(into)] error: Signal<Option<AppError>>) -> AnyView {
    view! {
        <fieldset class=FIELDSET>
            <legend class=LEGEND>"Sign-in"</legend>
            <p class="text-xs text-amber-800">"Cognito fixes these when the pool is created: they cannot change later."</p>
            <Select label="Users sign in with" name="sign_in_mode"
                options=pairs(&[
                    ("attributes", "Their email address and/or phone number, as the username"),
                    ("username", "A username, with optional aliases"),
                ])
                selected=form.sign_in_mode.clone() error/>
            <CheckboxGroup legend="Identifiers (or aliases)" field="sign_in"
                hint="Preferred username is only possible as an alias."
                options=pairs(&[("email", "Email address"), ("phone_number", "Phone number"), ("preferred_username", "Preferred username")])
                checked=form.sign_in.clone() error/>
            <Checkbox name="case_sensitive" label="Usernames are case-sensitive" checked=form.case_sensitive.is_some()
                hint="Off is recommended: User@example.com and user@example.com are then one account."/>
        </fieldset>
    }
    .into_any()
}

#[component]
fn PasswordFields(form: PoolForm, #[prop(into)] error: Signal<Option<AppError>>) -> AnyView {
    view! {
        <fieldset class=FIELDSET>
            <legend class=LEGEND>"Password policy"</legend>
            <Select label="Policy" name="password_policy"
                options=pairs(&[("custom", "Custom (below)"), ("cognito", "Cognito defaults (8 characters, all four kinds, 7 days)")])
                selected=form.password_policy.clone() error/>
            <div class="grid gap-3 sm:grid-cols-2">
                <TextField label="Minimum length (6–99)" name="min_length" kind="number" value=form.min_length.clone() error/>
                <TextField label="Temporary password valid for (days, 0–365)" name="temporary_days" kind="number"
                    value=form.temporary_days.clone() error/>
            </div>
            <div class="grid gap-1 sm:grid-cols-2">
                <Checkbox name="require_numbers" label="Require a number" checked=form.require_numbers.is_some()/>
                <Checkbox name="require_symbols" label="Require a symbol" checked=form.require_symbols.is_some()/>
                <Checkbox name="require_uppercase" label="Require an uppercase letter" checked=form.require_uppercase.is_some()/>
                <Checkbox name="require_lowercase" label="Require a lowercase letter" checked=form.require_lowercase.is_some()/>
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
            <legend class=LEGEND>"Multi-factor authentication"</legend>
            <Select label="MFA" name="mfa"
                options=pairs(&[("OFF", "Off"), ("OPTIONAL", "Optional: each user chooses"), ("ON", "Required for everyone")])
                selected=form.mfa.clone() error/>
            <Checkbox name="mfa_totp" label="Authenticator app (TOTP)" checked=form.mfa_totp.is_some()/>
            <Checkbox name="mfa_sms" label="SMS text message" checked=form.mfa_sms.is_some()
                hint="Needs the SNS role under SMS below."/>
            <FieldError field="mfa_sms" error/>
        </fieldset>
    }
    .into_any()
}

/// Blank rows for new custom attributes (also the settings page's "add" form).
#[component]
pub fn CustomAttributeRows(#[prop(into)] error: Signal<Option<AppError>>) -> AnyView {
    let input = "w-full rounded-md border border-slate-300 px-2 py-1 text-sm";
    view! {
        <fieldset class=FIELDSET>
            <legend class=LEGEND>"Custom attributes"</legend>
            <p class="text-xs text-slate-500">"Stored as custom:name. They cannot be removed or renamed later. Leave a row's name empty to skip it; min/max are lengths for String, values for Number."</p>
            <table class="w-full text-sm">
                <thead class="text-left text-slate-600">
                    <tr><th class="pr-2 font-medium">"Name"</th><th class="pr-2 font-medium">"Type"</th><th class="pr-2 font-medium">"Mutable"</th><th class="pr-2 font-medium">"Min"</th><th class="font-medium">"Max"</th></tr>
                </thead>
                <tbody>
                    {(0..CUSTOM_ROWS).map(|i| view! {
                        <tr>
                            <td class="pr-2 py-1"><input name="custom_name[]" class=input aria-label=format!("Custom attribute {} name", i + 1)/></td>
                            <td class="pr-2 py-1">
                                <select name="custom_type[]" class=input aria-label=format!("Custom attribute {} type", i + 1)>
                                    {CUSTOM_TYPES.iter().map(|t| view! { <option value=*t>{*t}</option> }).collect_view()}
                                </select>
                            </td>
                            <td class="pr-2 py-1">
                                <select name="custom_mutable[]" class=input aria-label=format!("Custom attribute {} mutable", i + 1)>
                                    <option value="yes">"Yes"</option>
                                    <option value="no">"No"</option>
                                </select>
                            </td>
                            <td class="pr-2 py-1"><input name="custom_min[]" inputmode="numeric" class=input aria-label=format!("Custom attribute {} min", i + 1)/></td>
                            <td class="py-1"><input name="custom_max[]" inputmode="numeric" class=input aria-label=format!("Custom attribute {} max", i + 1)/></td>
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
            <legend class=LEGEND>"Email and SMS"</legend>
            <Select label="Email provider" name="email_provider"
                options=pairs(&[("cognito", "Cognito's sender (limited daily quota; fine for testing)"), ("ses", "Amazon SES (production)")])
                selected=form.email_provider.clone() error/>
            <TextField label="SES identity ARN (SES only)" name="ses_source_arn" value=form.ses_source_arn.clone() required=false error/>
            <div class="grid gap-3 sm:grid-cols-2">
                <TextField label="From address (SES only)" name="from_address" value=form.from_address.clone() required=false error/>
                <TextField label="Reply-to address" name="reply_to" value=form.reply_to.clone() required=false error/>
            </div>
            <div class="grid gap-3 sm:grid-cols-2">
                <TextField label="SNS role ARN for SMS" name="sms_role_arn" value=form.sms_role_arn.clone() required=false error/>
                <TextField label="SNS external id" name="sms_external_id" value=form.sms_external_id.clone() required=false error/>
            </div>
        </fieldset>
    }
    .into_any()
}
