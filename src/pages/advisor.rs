//! The advisor's findings for one pool: the guide's troubleshooting and best-practice lists,
//! most severe first, each with a link to the setting that fixes it.

use leptos::prelude::*;

use crate::components::style::CARD;
use leptos_router::hooks::use_params_map;

use crate::api::summary::get_advice;
use crate::components::feedback::{Loading, or_error};
use crate::components::layout::{PageHeader, PoolTabs};
use crate::i18n::t;
use crate::model::advisor::{Finding, Severity};

#[component]
pub fn AdvisorPage() -> impl IntoView {
    let params = use_params_map();
    let pool_id = Memo::new(move |_| params.read().get("pool_id").unwrap_or_default());
    let findings = Resource::new(move || pool_id.get(), get_advice);
    view! {
        <PageHeader title=t("tab-advisor") id=pool_id/>
        {move || view! { <PoolTabs pool_id=pool_id.get()/> }}
        <p class="mb-4 max-w-3xl text-sm text-slate-600">{t("advisor-lead")}</p>
        <Transition fallback=|| view! { <Loading/> }>
            {move || Suspend::new(async move {
                or_error(findings.await, |list| {
                    if list.is_empty() {
                        view! { <p class="rounded-md border border-green-200 bg-green-50 p-4 text-sm text-green-800" data-no-findings="">{t("advisor-no-findings")}</p> }.into_any()
                    } else {
                        view! {
                            <ul class="max-w-4xl space-y-3" data-findings="">
                                {list.into_iter().map(|f| view! { <FindingCard finding=f/> }).collect_view()}
                            </ul>
                        }.into_any()
                    }
                })
            })}
        </Transition>
    }
    .into_any()
}

#[component]
fn FindingCard(finding: Finding) -> impl IntoView {
    let badge = match finding.severity {
        Severity::High => "bg-red-100 text-red-800",
        Severity::Medium => "bg-amber-100 text-amber-800",
        Severity::Low => "bg-slate-100 text-slate-700",
    };
    let lang = crate::i18n::lang();
    view! {
        <li class=CARD data-finding=finding.rule.clone()>
            <div class="flex flex-wrap items-center gap-2">
                <span class=format!("rounded px-2 py-0.5 text-xs font-semibold {badge}")>{finding.severity.label(lang)}</span>
                <span class="font-medium text-slate-900">{finding.title}</span>
            </div>
            <p class="mt-1 text-sm text-slate-600">{finding.detail}</p>
            <a class="mt-2 inline-block text-sm font-medium text-indigo-700 hover:underline" href=finding.link>{t("advisor-fix")}</a>
        </li>
    }
    .into_any()
}
