//! The user page's Linked identities card: the federated identities Cognito maps to this user
//! (provider, type, the user's id there, when linked), "Unlink", and the form that links one
//! more ("I now have two accounts, one from Google"), with what linking means said first.

use leptos::prelude::*;

use crate::api::linked_identities::{LinkIdentity, UnlinkIdentity};
use crate::components::form::{Select, TextField};
use crate::components::hidden::{Hidden, Target, UserFields};
use crate::components::outcome::{Outcome, last_error, succeeded};
use crate::components::permit::Can;
use crate::components::style::{BUTTON, CARD, CARD_TITLE, SMALL_BUTTON};
use crate::error::AppError;
use crate::i18n::{t, t_with};
use crate::model::linked_identity::{LinkedIdentity, MAX_LINKS, parse};
use crate::model::role::Permission;
use crate::model::user::UserDetail;

/// The card's two actions, made once by the page.
#[derive(Clone, Copy)]
pub struct IdentityActions {
    pub link: ServerAction<LinkIdentity>,
    pub unlink: ServerAction<UnlinkIdentity>,
}

#[component]
pub fn LinkedIdentitiesCard(
    target: Target,
    user: UserDetail,
    providers: Result<Vec<String>, AppError>,
    actions: IdentityActions,
) -> impl IntoView {
    let IdentityActions { link, unlink } = actions;
    let identities = parse(user.attribute("identities"));
    let locked = user.access.locked.is_some();
    let count = identities.len();
    let rows = identities
        .into_iter()
        .map(|identity| view! { <IdentityRow target identity locked unlink/> })
        .collect_view();
    let link_form = match providers {
        // Said plainly, not as an alert: the rest of the card (and page) works.
        Err(e) => view! { <p class="mt-2 text-sm text-slate-600" data-providers-unavailable="">{e.message()}</p> }.into_any(),
        Ok(providers) if providers.is_empty() => view! {
            <p class="mt-2 text-sm text-slate-600" data-no-providers="">{t("identities-no-providers")}</p>
        }.into_any(),
        Ok(_) if count >= MAX_LINKS => view! {
            <p class="mt-2 text-sm text-slate-600">{t_with("identities-at-limit", &[("max", MAX_LINKS.into())])}</p>
        }.into_any(),
        Ok(providers) if !locked => {
            let error = last_error(link.value());
            let options: Vec<(String, String)> = providers.iter().map(|p| (p.clone(), p.clone())).collect();
            view! {
                <Can allowed=LinkIdentity::allows clone:options>
                    <details class="mt-3 text-sm" data-link-identity="">
                        <summary class="cursor-pointer text-indigo-700">{t("identities-link-title")}</summary>
                        <ActionForm action=link clone:options>
                            <div class="mt-2 space-y-2">
                                <UserFields target/>
                                <p class="text-xs text-slate-600">{t("identities-link-consequences")}</p>
                                <Select label=t("identities-provider") name="provider" options=options.clone() selected=String::new() error/>
                                <TextField label=t("identities-subject") name="subject" value=String::new() error/>
                                <button type="submit" class=BUTTON>{t("identities-link")}</button>
                            </div>
                        </ActionForm>
                    </details>
                </Can>
            }.into_any()
        }
        Ok(_) => ().into_any(),
    };
    view! {
        <section class=CARD data-identities="">
            <h2 class=CARD_TITLE>{t("identities-title")}</h2>
            {if count == 0 {
                view! { <p class="text-sm text-slate-600">{t("identities-none")}</p> }.into_any()
            } else {
                view! { <ul class="divide-y divide-slate-100 text-sm">{rows}</ul> }.into_any()
            }}
            {link_form}
            <Outcome error=last_error(link.value()) done=succeeded(link.value()) success=t("identities-linked")/>
            <Outcome error=last_error(unlink.value()) done=succeeded(unlink.value()) success=t("identities-unlinked")/>
        </section>
    }
}

#[component]
fn IdentityRow(
    target: Target,
    identity: LinkedIdentity,
    locked: bool,
    unlink: ServerAction<UnlinkIdentity>,
) -> impl IntoView {
    let (provider, subject) = (identity.provider.clone(), identity.subject.clone());
    view! {
        <li class="flex flex-wrap items-center justify-between gap-2 py-2" data-identity=format!("{}:{}", identity.provider, identity.subject)>
            <span>
                <span class="text-slate-900">{identity.provider.clone()}</span>
                {identity.provider_type.clone().filter(|t| *t != identity.provider).map(|t| view! { <span class="ml-2 text-xs text-slate-500">{t}</span> })}
                {identity.primary.then(|| view! { <span class="ml-2 text-xs text-slate-500">{t("identities-primary")}</span> })}
                <span class="block break-all font-mono text-xs text-slate-500">{identity.subject.clone()}</span>
                <span class="block text-xs text-slate-500">{t_with("identities-linked-on", &[("date", crate::i18n::date(identity.linked).into())])}</span>
            </span>
            {(!locked).then(|| view! {
                <Can allowed=UnlinkIdentity::allows clone:provider clone:subject>
                    <ActionForm action=unlink clone:provider clone:subject>
                        <UserFields target/>
                        <Hidden name="provider" value=provider.clone()/>
                        <Hidden name="subject" value=subject.clone()/>
                        <button type="submit" class=SMALL_BUTTON title=t("identities-unlink-note")>{t("identities-unlink")}</button>
                    </ActionForm>
                </Can>
            })}
        </li>
    }
}
