//! The fields of the app client form, shared by the create page (with a preset) and the edit
//! form on the client page.
//!
//! Each part returns `AnyView`: as one static type the whole form exceeds the compiler's
//! type-layout recursion limit in the wasm build.

use leptos::prelude::*;

use crate::components::style::{FIELDSET, LEGEND};

use crate::components::form::{Checkbox, CheckboxGroup, FieldError, Select, TextArea, TextField, same};
use crate::error::AppError;
use crate::i18n::{lang, t};
use crate::model::client::{
    AUTH_FLOWS, ClientContext, ClientForm, OAUTH_FLOWS, STANDARD_SCOPES, TOKEN_UNITS, auth_flow_label,
    oauth_flow_label, unit_label,
};
use crate::model::preferences::Lang;

/// (value, label) for each item, the label in the page's language.
fn options(items: &[&str], label: fn(Lang, &str) -> String) -> Vec<(String, String)> {
    let lang = lang();
    items.iter().map(|item| (item.to_string(), label(lang, item))).collect()
}

#[component]
pub fn ClientFields(
    form: ClientForm,
    ctx: ClientContext,
    create: bool,
    #[prop(into)] error: Signal<Option<AppError>>,
) -> AnyView {
    let scopes: Vec<String> =
        STANDARD_SCOPES.iter().map(|s| s.to_string()).chain(ctx.custom_scopes.clone()).collect();
    view! {
        <fieldset class=FIELDSET>
            <legend class=LEGEND>{t("client-section-client")}</legend>
            <TextField label=t("client-name") name="name" value=form.name.clone() error/>
            {create.then(|| view! {
                <Checkbox name="generate_secret" label=t("client-generate-secret")
                    checked=form.generate_secret.is_some()
                    hint=t("client-generate-secret-hint")/>
                <FieldError field="generate_secret" error/>
            })}
        </fieldset>
        <fieldset class=FIELDSET>
            <legend class=LEGEND>{t("client-section-sign-in")}</legend>
            <CheckboxGroup legend=t("client-legend-auth-flows") field="auth_flows"
                options=options(&AUTH_FLOWS, auth_flow_label) checked=form.auth_flows.clone() error/>
            <Checkbox name="prevent_user_existence_errors" label=t("client-prevent-existence-errors")
                checked=form.prevent_user_existence_errors.is_some()
                hint=t("client-prevent-existence-errors-hint")/>
            <Checkbox name="token_revocation" label=t("client-allow-revocation")
                checked=form.token_revocation.is_some()/>
            <TextField label=t("client-session-minutes") name="auth_session_minutes" kind="number"
                value=form.auth_session_minutes.clone() error/>
        </fieldset>
        <fieldset class=FIELDSET>
            <legend class=LEGEND>"OAuth 2.0"</legend>
            <CheckboxGroup legend=t("client-legend-grant-types") field="oauth_flows"
                options=options(&OAUTH_FLOWS, oauth_flow_label) checked=form.oauth_flows.clone() error
                hint=t("client-grant-types-hint")/>
            // Editing: a client without a secret cannot get one, so the refusal belongs here.
            {(!create).then(|| view! { <FieldError field="generate_secret" error/> })}
            <Checkbox name="allow_implicit" label=t("client-allow-implicit")
                checked=form.allow_implicit.is_some()/>
            <CheckboxGroup legend=t("client-legend-scopes") field="scopes" options=same(&scopes)
                checked=form.scopes.clone() error/>
            <CheckboxGroup legend=t("client-legend-identity-providers") field="identity_providers"
                options=same(&ctx.identity_providers)
                checked=form.identity_providers.clone() error/>
            <TextArea label=t("client-callback-urls") name="callback_urls" value=form.callback_urls.clone()
                hint=t("client-callback-urls-hint") error/>
            <TextArea label=t("client-logout-urls") name="logout_urls" value=form.logout_urls.clone()
                hint=t("client-one-per-line") error/>
            <TextField label=t("client-default-redirect-field") name="default_redirect_uri"
                value=form.default_redirect_uri.clone() required=false error/>
        </fieldset>
        <fieldset class=FIELDSET>
            <legend class=LEGEND>{t("client-section-lifetimes")}</legend>
            <p class="text-xs text-slate-500">{t("client-lifetimes-note")}</p>
            <Lifetime label=t("client-access-token") value_name="access_validity" unit_name="access_unit"
                value=form.access_validity.clone() unit=form.access_unit.clone() error/>
            <Lifetime label=t("client-id-token") value_name="id_validity" unit_name="id_unit"
                value=form.id_validity.clone() unit=form.id_unit.clone() error/>
            <Lifetime label=t("client-refresh-token") value_name="refresh_validity" unit_name="refresh_unit"
                value=form.refresh_validity.clone() unit=form.refresh_unit.clone() error/>
        </fieldset>
        <fieldset class=FIELDSET>
            <legend class=LEGEND>{t("client-section-attributes")}</legend>
            <p class="text-xs text-slate-500">{t("client-attributes-note")}</p>
            <CheckboxGroup legend=t("client-legend-readable") field="read_attributes" options=same(&ctx.attributes)
                checked=form.read_attributes.clone() error/>
            <CheckboxGroup legend=t("client-legend-writable") field="write_attributes"
                options=same(&ctx.mutable_attributes)
                checked=form.write_attributes.clone() error/>
        </fieldset>
    }
    .into_any()
}

#[component]
fn Lifetime(
    label: String,
    value_name: &'static str,
    unit_name: &'static str,
    value: String,
    unit: String,
    #[prop(into)] error: Signal<Option<AppError>>,
) -> AnyView {
    view! {
        <div class="grid grid-cols-2 gap-3">
            <TextField label=label name=value_name kind="number" value error/>
            <Select label=t("client-unit") name=unit_name options=options(&TOKEN_UNITS, unit_label)
                selected=unit/>
        </div>
    }
    .into_any()
}
