//! The pool's domain: a Cognito prefix or a custom domain with its certificate, its status and
//! the hosted UI's base URL.

use leptos::prelude::*;
use leptos_router::hooks::use_params_map;

use crate::api::domains::{CreateDomain, DeleteDomain, list_domains};
use crate::components::details::Details;
use crate::components::disclosure::Disclosure;
use crate::components::feedback::{Loading, or_error};
use crate::components::form::{Select, TextField, TypeToConfirm, pairs};
use crate::components::hidden::Hidden;
use crate::components::layout::{PageHeader, PoolTabs};
use crate::components::outcome::{Outcome, action, action_for, answered, last_error, succeeded};
use crate::components::permit::Can;
use crate::components::style::BUTTON;
use crate::model::domain::DomainInfo;
use crate::model::role::Permission;

#[component]
pub fn DomainPage() -> impl IntoView {
    let params = use_params_map();
    let pool_id = Memo::new(move |_| params.read().get("pool_id").unwrap_or_default());
    let create = action::<CreateDomain>();
    let domains = Resource::new(move || pool_id.get(), list_domains);
    let create_error = last_error(create.value());
    view! {
        <PageHeader title="Domain" id=pool_id/>
        {move || view! { <PoolTabs pool_id=pool_id.get()/> }}
        <p class="mb-4 max-w-3xl text-sm text-slate-600">"The domain serves the hosted sign-in pages and the OAuth endpoints (/oauth2/authorize, /oauth2/token). Client-credentials clients need one to get tokens."</p>
        <Transition fallback=|| view! { <Loading/> }>
            {move || Suspend::new(async move {
                let pool = pool_id.get_untracked();
                or_error(domains.await, move |list| {
                    if list.is_empty() {
                        view! { <p class="mb-4 text-sm text-slate-600" data-no-domain="">"This pool has no domain yet."</p> }.into_any()
                    } else {
                        list.into_iter()
                            .map(|d| view! { <DomainCard pool_id=pool.clone() domain=d/> })
                            .collect_view()
                            .into_any()
                    }
                })
            })}
        </Transition>
        <div class="mt-6 max-w-xl">
            <Can allowed=CreateDomain::allows>
                <Disclosure summary="Add a domain" open=answered(create.value())>
                    <ActionForm action=create>
                        <div class="space-y-3" data-domain-form="">
                            <Hidden name="pool_id" value=pool_id.get_untracked()/>
                            <Select label="Kind" name="kind"
                                options=pairs(&[("prefix", "Cognito domain: <prefix>.auth.<region>.amazoncognito.com"), ("custom", "Custom domain (your own, with an ACM certificate)")])
                                selected="prefix" error=create_error/>
                            <TextField label="Prefix or full domain name" name="domain" error=create_error/>
                            <TextField label="ACM certificate ARN (custom domains; must be in us-east-1)" name="certificate_arn" required=false error=create_error/>
                            <button type="submit" class=BUTTON>"Add domain"</button>
                        </div>
                    </ActionForm>
                    <Outcome error=create_error done=succeeded(create.value()) success="Domain added. A custom domain takes up to an hour to become active."/>
                </Disclosure>
            </Can>
        </div>
    }
}

#[component]
fn DomainCard(pool_id: String, domain: DomainInfo) -> impl IntoView {
    let delete = action_for::<DeleteDomain>("domain", &domain.domain);
    let error = last_error(delete.value());
    let mut rows = vec![
        ("Domain", domain.domain.clone()),
        ("Kind", if domain.custom { "Custom".into() } else { "Cognito prefix".into() }),
        ("Status", domain.status.clone().unwrap_or_else(|| "–".into())),
        ("Hosted UI base URL", domain.base_url.clone()),
        ("Token endpoint", format!("{}/oauth2/token", domain.base_url)),
    ];
    if domain.custom {
        rows.push(("Certificate", domain.certificate_arn.clone().unwrap_or_else(|| "–".into())));
        rows.push(("DNS: CNAME to", domain.cloudfront.clone().unwrap_or_else(|| "–".into())));
    }
    let name = domain.domain.clone();
    view! {
        <div class="mb-4 max-w-3xl space-y-2" data-domain=name>
            <Details title="Domain" rows/>
            <Can allowed=DeleteDomain::allows>
                <Disclosure summary="Delete this domain" danger=true open=answered(delete.value()) clone:pool_id clone:domain>
                    <p>"Apps using the hosted UI or the token endpoint on this domain stop working."</p>
                    <ActionForm action=delete>
                        <div class="space-y-3">
                            <Hidden name="pool_id" value=pool_id/>
                            <Hidden name="domain" value=domain.domain.clone()/>
                            <TypeToConfirm expected=domain.domain.clone() button="Delete domain" error/>
                        </div>
                    </ActionForm>
                    <Outcome error done=Signal::derive(|| false) success=""/>
                </Disclosure>
            </Can>
        </div>
    }
}
