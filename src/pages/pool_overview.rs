use leptos::prelude::*;
use leptos_router::hooks::use_params_map;

use crate::api::pools::get_user_pool;
use crate::components::feedback::{Loading, or_error};
use crate::components::layout::PoolTabs;
use crate::model::{PoolDetail, format_date};

#[component]
pub fn PoolOverviewPage() -> impl IntoView {
    let params = use_params_map();
    let pool_id = move || params.read().get("pool_id").unwrap_or_default();
    let pool = Resource::new(pool_id, get_user_pool);
    view! {
        <p class="mb-2 text-sm"><a class="text-indigo-700 hover:underline" href="/pools">"← User pools"</a></p>
        <Transition fallback=|| view! { <Loading/> }>
            {move || Suspend::new(async move {
                or_error(pool.await, |p| view! {
                    <h1 class="text-2xl font-bold text-slate-900">{p.name.clone()}</h1>
                    <p class="mb-4 font-mono text-xs text-slate-600">{p.id.clone()}</p>
                    <PoolTabs pool_id=p.id.clone()/>
                    <PoolSettings pool=p/>
                })
            })}
        </Transition>
    }
}

fn list(items: &[String]) -> String {
    if items.is_empty() { "none".into() } else { items.join(", ") }
}

fn yes_no(on: bool) -> &'static str {
    if on { "Yes" } else { "No" }
}

/// One titled group of settings, as a definition list.
#[component]
fn Section(title: &'static str, rows: Vec<(&'static str, String)>) -> impl IntoView {
    view! {
        <section class="rounded-lg border border-slate-200 bg-white p-4">
            <h2 class="mb-3 text-sm font-semibold uppercase tracking-wide text-slate-500">{title}</h2>
            <dl class="grid grid-cols-1 gap-x-4 gap-y-2 text-sm sm:grid-cols-3">
                {rows.into_iter().map(|(k, v)| view! {
                    <dt class="text-slate-500">{k}</dt>
                    <dd class="break-all text-slate-900 sm:col-span-2">{v}</dd>
                }).collect_view()}
            </dl>
        </section>
    }
}

#[component]
fn PoolSettings(pool: PoolDetail) -> impl IntoView {
    let p = &pool.password_policy;
    let sign_in = if pool.username_attributes.is_empty() {
        format!("Username (aliases: {})", list(&pool.alias_attributes))
    } else {
        format!("{} as username", list(&pool.username_attributes))
    };
    let general = vec![
        ("Pool id", pool.id.clone()),
        ("ARN", pool.arn.clone().unwrap_or_else(|| "–".into())),
        ("Region", pool.region.clone()),
        ("Created", format_date(pool.created)),
        ("Last modified", format_date(pool.last_modified)),
        ("Estimated users", pool.estimated_users.map(|n| n.to_string()).unwrap_or_else(|| "–".into())),
        ("Deletion protection", if pool.deletion_protection { "Active".into() } else { "Inactive".into() }),
    ];
    let sign_in_rows = vec![
        ("Sign-in identifiers", sign_in),
        (
            "Case-sensitive usernames",
            pool.case_sensitive_usernames.map(|c| yes_no(c).to_string()).unwrap_or_else(|| "–".into()),
        ),
        ("Self sign-up", yes_no(pool.self_sign_up).to_string()),
        ("Verified automatically", list(&pool.auto_verified_attributes)),
        ("Required attributes", list(&pool.required_attributes)),
        ("Custom attributes", list(&pool.custom_attributes)),
    ];
    let security = vec![
        ("Password minimum length", p.minimum_length.to_string()),
        ("Password requires", list(&p.describe().into_iter().skip(1).collect::<Vec<_>>())),
        (
            "Temporary password valid",
            p.temporary_password_validity_days.map(|d| format!("{d} days")).unwrap_or_else(|| "–".into()),
        ),
        ("MFA", pool.mfa.clone()),
        ("Account recovery", list(&pool.recovery)),
    ];
    let delivery = vec![
        ("Email sending", pool.email_sending.clone()),
        ("Cognito domain", pool.domain.clone().unwrap_or_else(|| "none".into())),
        ("Custom domain", pool.custom_domain.clone().unwrap_or_else(|| "none".into())),
    ];
    view! {
        <div class="grid gap-4 lg:grid-cols-2">
            <Section title="General" rows=general/>
            <Section title="Sign-in" rows=sign_in_rows/>
            <Section title="Security" rows=security/>
            <Section title="Messages and domain" rows=delivery/>
        </div>
    }
}
