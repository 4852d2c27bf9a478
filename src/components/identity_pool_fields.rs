//! The fields of the identity pool create and edit forms.

use leptos::prelude::*;

use super::form::{Checkbox, CheckboxGroup, TextField};
use crate::error::AppError;
use crate::i18n::t;
use crate::model::identity_pool::IdentityPoolForm;

/// `choices`: (`<user pool id> <client id>`, label) of the app clients that may be providers.
#[component]
pub fn IdentityPoolFields(
    form: IdentityPoolForm,
    choices: Vec<(String, String)>,
    #[prop(into)] error: Signal<Option<AppError>>,
) -> impl IntoView {
    view! {
        <TextField label=t("ipool-name") name="name" value=form.name.clone() error/>
        <CheckboxGroup legend=t("ipool-providers") field="providers" hint=t("ipool-providers-hint")
            options=choices checked=form.providers.clone() error/>
        <Checkbox name="server_side_token_check" label=t("ipool-server-check")
            checked=form.server_side_token_check.is_some()
            hint=t("ipool-server-check-hint")/>
        <Checkbox name="allow_unauthenticated" label=t("ipool-allow-guests")
            checked=form.allow_unauthenticated.is_some()
            hint=t("ipool-allow-guests-hint")/>
        <Checkbox name="classic_flow" label=t("ipool-classic")
            checked=form.classic_flow.is_some()
            hint=t("ipool-classic-hint")/>
    }
    .into_any()
}
