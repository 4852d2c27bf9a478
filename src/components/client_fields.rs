//! The fields of the app client form, shared by the create page (with a preset) and the edit
//! form on the client page.
//!
//! Each part returns `AnyView`: as one static type the whole form exceeds the compiler's
//! type-layout recursion limit in the wasm build.

use leptos::prelude::*;

use crate::components::style::{FIELDSET, LEGEND};

use crate::components::form::{
    Checkbox, CheckboxGroup, FieldError, Select, TextArea, TextField, pairs, same,
};
use crate::error::AppError;
use crate::model::client::{
    AUTH_FLOWS, ClientContext, ClientForm, OAUTH_FLOWS, STANDARD_SCOPES, TOKEN_UNITS,
};

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
            <legend class=LEGEND>"Client"</legend>
            <TextField label="Name" name="name" value=form.name.clone() error/>
            {create.then(|| view! {
                <Checkbox name="generate_secret" label="Generate a client secret (confidential client)"
                    checked=form.generate_secret.is_some()
                    hint="Only for servers that can keep it secret; never for browser or mobile apps. Cannot be added or removed later."/>
                <FieldError field="generate_secret" error/>
            })}
        </fieldset>
        <fieldset class=FIELDSET>
            <legend class=LEGEND>"Sign-in flows"</legend>
            <CheckboxGroup legend="Explicit auth flows" field="auth_flows" options=pairs(&AUTH_FLOWS)
                checked=form.auth_flows.clone() error/>
            <Checkbox name="prevent_user_existence_errors" label="Prevent user existence errors"
                checked=form.prevent_user_existence_errors.is_some()
                hint="Sign-in failures do not reveal whether the user exists."/>
            <Checkbox name="token_revocation" label="Allow token revocation" checked=form.token_revocation.is_some()/>
            <TextField label="Sign-in session lasts (minutes, 3–15)" name="auth_session_minutes" kind="number"
                value=form.auth_session_minutes.clone() error/>
        </fieldset>
        <fieldset class=FIELDSET>
            <legend class=LEGEND>"OAuth 2.0"</legend>
            <CheckboxGroup legend="Grant types" field="oauth_flows" options=pairs(&OAUTH_FLOWS)
                checked=form.oauth_flows.clone() error
                hint="Client credentials cannot be combined with the other two, and need a secret, custom scopes and a domain."/>
            // Editing: a client without a secret cannot get one, so the refusal belongs here.
            {(!create).then(|| view! { <FieldError field="generate_secret" error/> })}
            <Checkbox name="allow_implicit" label="I understand the implicit grant exposes tokens in the URL"
                checked=form.allow_implicit.is_some()/>
            <CheckboxGroup legend="Scopes" field="scopes" options=same(&scopes) checked=form.scopes.clone() error/>
            <CheckboxGroup legend="Identity providers" field="identity_providers" options=same(&ctx.identity_providers)
                checked=form.identity_providers.clone() error/>
            <TextArea label="Callback URLs" name="callback_urls" value=form.callback_urls.clone()
                hint="One per line; https:// (http:// only for localhost)." error/>
            <TextArea label="Sign-out URLs" name="logout_urls" value=form.logout_urls.clone() hint="One per line." error/>
            <TextField label="Default redirect URL (one of the callback URLs; optional)" name="default_redirect_uri"
                value=form.default_redirect_uri.clone() required=false error/>
        </fieldset>
        <fieldset class=FIELDSET>
            <legend class=LEGEND>"Token lifetimes"</legend>
            <p class="text-xs text-slate-500">"Access and ID tokens: 5 minutes to 1 day. Refresh tokens: 60 minutes to 3650 days."</p>
            <Lifetime label="Access token" value_name="access_validity" unit_name="access_unit"
                value=form.access_validity.clone() unit=form.access_unit.clone() error/>
            <Lifetime label="ID token" value_name="id_validity" unit_name="id_unit"
                value=form.id_validity.clone() unit=form.id_unit.clone() error/>
            <Lifetime label="Refresh token" value_name="refresh_validity" unit_name="refresh_unit"
                value=form.refresh_validity.clone() unit=form.refresh_unit.clone() error/>
        </fieldset>
        <fieldset class=FIELDSET>
            <legend class=LEGEND>"Attribute permissions"</legend>
            <p class="text-xs text-slate-500">"None ticked: the client may read (or write) every attribute."</p>
            <CheckboxGroup legend="Readable" field="read_attributes" options=same(&ctx.attributes)
                checked=form.read_attributes.clone() error/>
            <CheckboxGroup legend="Writable" field="write_attributes" options=same(&ctx.mutable_attributes)
                checked=form.write_attributes.clone() error/>
        </fieldset>
    }
    .into_any()
}

#[component]
fn Lifetime(
    label: &'static str,
    value_name: &'static str,
    unit_name: &'static str,
    value: String,
    unit: String,
    #[prop(into)] error: Signal<Option<AppError>>,
) -> AnyView {
    view! {
        <div class="grid grid-cols-2 gap-3">
            <TextField label=label name=value_name kind="number" value error/>
            <Select label="Unit" name=unit_name options=same(&TOKEN_UNITS) selected=unit/>
        </div>
    }
    .into_any()
}
