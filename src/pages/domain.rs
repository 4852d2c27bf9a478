//! The pool's domain: a Cognito prefix or a custom domain with its certificate, its status and
//! the hosted UI's base URL.

use leptos::prelude::*;
use leptos_router::hooks::use_params_map;

use crate::api::domains::{CreateDomain, DeleteDomain, list_domains};
use crate::components::details::Details;
use crate::components::disclosure::Disclosure;
use crate::components::feedback::{Loading, or_error};
use crate::components::form::{Select, TextField, TypeToConfirm};
use crate::components::hidden::Hidden;
use crate::components::layout::{PageHeader, PoolTabs};
use crate::components::outcome::{Outcome, action, action_for, answered, last_error, succeeded};
use crate::components::permit::Can;
use crate::components::style::BUTTON;
use crate::i18n::t;
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
        <PageHeader title=t("domain-title") id=pool_id/>
        {move || view! { <PoolTabs pool_id=pool_id.get()/> }}
        <p class="mb-4 max-w-3xl text-sm text-slate-600">{t("domain-lead")}</p>
        <Transition fallback=|| view! { <Loading/> }>
            {move || Suspend::new(async move {
                let pool = pool_id.get_untracked();
                or_error(domains.await, move |list| {
                    if list.is_empty() {
                        view! { <p class="mb-4 text-sm text-slate-600" data-no-domain="">{t("domain-none")}</p> }.into_any()
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
                <Disclosure summary=t("domain-add-title") open=answered(create.value())>
                    <ActionForm action=create>
                        <div class="space-y-3" data-domain-form="">
                            <Hidden name="pool_id" value=pool_id.get_untracked()/>
                            <Select label=t("domain-kind") name="kind"
                                options=vec![("prefix".into(), t("domain-kind-prefix")), ("custom".into(), t("domain-kind-custom"))]
                                selected="prefix" error=create_error/>
                            <TextField label=t("domain-name") name="domain" error=create_error/>
                            <TextField label=t("domain-certificate-arn") name="certificate_arn" required=false error=create_error/>
                            <button type="submit" class=BUTTON>{t("domain-add")}</button>
                        </div>
                    </ActionForm>
                    <Outcome error=create_error done=succeeded(create.value()) success=t("domain-added")/>
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
        (t("domain-title"), domain.domain.clone()),
        (t("domain-kind"), if domain.custom { t("domain-custom") } else { t("domain-cognito-prefix") }),
        (t("domain-status"), domain.status.clone().unwrap_or_else(|| "–".into())),
        (t("domain-base-url"), domain.base_url.clone()),
        (t("domain-token-endpoint"), format!("{}/oauth2/token", domain.base_url)),
    ];
    if domain.custom {
        rows.push((t("domain-certificate"), domain.certificate_arn.clone().unwrap_or_else(|| "–".into())));
        rows.push((t("domain-cname"), domain.cloudfront.clone().unwrap_or_else(|| "–".into())));
    }
    let name = domain.domain.clone();
    view! {
        <div class="mb-4 max-w-3xl space-y-2" data-domain=name>
            <Details title=t("domain-title") rows/>
            <Can allowed=DeleteDomain::allows>
                <Disclosure summary=t("domain-delete-title") danger=true open=answered(delete.value()) clone:pool_id clone:domain>
                    <p>{t("domain-delete-lead")}</p>
                    <ActionForm action=delete>
                        <div class="space-y-3">
                            <Hidden name="pool_id" value=pool_id/>
                            <Hidden name="domain" value=domain.domain.clone()/>
                            <TypeToConfirm expected=domain.domain.clone() button=t("domain-delete") error/>
                        </div>
                    </ActionForm>
                    <Outcome error done=Signal::derive(|| false) success=""/>
                </Disclosure>
            </Can>
        </div>
    }
}
