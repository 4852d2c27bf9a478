//! The fields of the identity pool create and edit forms.

use leptos::prelude::*;

use super::form::{Checkbox, CheckboxGroup, TextField};
use crate::error::AppError;
use crate::model::identity_pool::IdentityPoolForm;

/// `choices`: (`<user pool id> <client id>`, label) of the app clients that may be providers.
#[component]
pub fn IdentityPoolFields(
    form: IdentityPoolForm,
    choices: Vec<(String, String)>,
    #[prop(into)] error: Signal<Option<AppError>>,
) -> impl IntoView {
    view! {
        <TextField label="Name (letters, digits, spaces, underscores)" name="name" value=form.name.clone() error/>
        <CheckboxGroup legend="Cognito user pool app clients that may sign in" field="providers"
            options=choices checked=form.providers.clone() error
            hint="Users signed in through these clients get the authenticated role."/>
        <Checkbox name="server_side_token_check" label="Check tokens server-side"
            checked=form.server_side_token_check.is_some()
            hint="Cognito also checks that the user pool session is still valid (not signed out)."/>
        <Checkbox name="allow_unauthenticated" label="Allow unauthenticated (guest) identities"
            checked=form.allow_unauthenticated.is_some()
            hint="Anyone gets credentials of the unauthenticated role. Leave off unless guests need AWS access."/>
        <Checkbox name="classic_flow" label="Allow the basic (classic) authflow"
            checked=form.classic_flow.is_some()
            hint="Not recommended: the enhanced flow (the default) keeps role choice with Cognito."/>
    }
    .into_any()
}
