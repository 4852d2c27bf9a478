use leptos::prelude::*;
use leptos_router::hooks::use_params_map;

use crate::api::blueprint::ApplyBlueprint;
use crate::api::pools::get_user_pool;
use crate::components::details::{Details, list, yes_no};
use crate::components::feedback::{Loading, or_error};
use crate::components::layout::{PageHeader, PoolTabs};
use crate::components::permit::Can;
use crate::model::format_date;
use crate::model::pool::PoolDetail;
use crate::model::role::Permission;
use crate::model::triggers::TRIGGERS;

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
                    <PageHeader title=p.name.clone() id=p.id.clone()/>
                    <PoolTabs pool_id=p.id.clone()/>
                    <PoolSettings pool=p/>
                })
            })}
        </Transition>
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
    let dash = || "–".to_string();
    let general = vec![
        ("Pool id", pool.id.clone()),
        ("ARN", pool.arn.clone().unwrap_or_else(dash)),
        ("Region", pool.region.clone()),
        ("Created", format_date(pool.created)),
        ("Last modified", format_date(pool.last_modified)),
        ("Estimated users", pool.estimated_users.map(|n| n.to_string()).unwrap_or_else(dash)),
        ("Deletion protection", if pool.deletion_protection { "Active".into() } else { "Inactive".into() }),
        ("Tags", list(&pool.tags.iter().map(|(k, v)| format!("{k}={v}")).collect::<Vec<_>>())),
    ];
    let custom: Vec<String> = pool
        .schema
        .iter()
        .filter(|a| a.name.starts_with("custom:"))
        .map(|a| format!("{} ({})", a.name, a.kind))
        .collect();
    let sign_in_rows = vec![
        ("Sign-in identifiers", sign_in),
        ("Case-sensitive usernames", pool.case_sensitive_usernames.map(yes_no).unwrap_or_else(dash)),
        ("Self sign-up", yes_no(pool.self_sign_up)),
        ("Verified automatically", list(&pool.auto_verified_attributes)),
        ("Required attributes", list(&pool.required_attributes)),
        ("Custom attributes", list(&custom)),
    ];
    let factors: Vec<String> = [(pool.mfa_totp, "authenticator app"), (pool.mfa_sms, "SMS")]
        .into_iter()
        .filter(|(on, _)| *on)
        .map(|(_, f)| f.to_string())
        .collect();
    let security = vec![
        ("Password minimum length", p.minimum_length.to_string()),
        ("Password requires", list(&p.describe(crate::i18n::lang()).into_iter().skip(1).collect::<Vec<_>>())),
        (
            "Temporary password valid",
            p.temporary_password_validity_days.map(|d| format!("{d} days")).unwrap_or_else(dash),
        ),
        ("MFA", pool.mfa.clone()),
        ("MFA factors", list(&factors)),
        ("Account recovery", list(&pool.recovery)),
    ];
    let hosted = |d: &Option<String>, custom: bool| {
        d.as_ref()
            .map(|d| crate::model::domain::hosted_ui_url(d, custom, &pool.region))
            .unwrap_or_else(|| "none".into())
    };
    let delivery = vec![
        ("Email sending", pool.email_sending.clone()),
        ("SES identity", pool.email.ses_source_arn.clone().unwrap_or_else(dash)),
        ("From", pool.email.from.clone().unwrap_or_else(dash)),
        ("SMS role", pool.sms.as_ref().map(|s| s.role_arn.clone()).unwrap_or_else(|| "none".into())),
        ("Cognito domain", hosted(&pool.domain, false)),
        ("Custom domain", hosted(&pool.custom_domain, true)),
    ];
    let triggers: Vec<(&'static str, String)> = if pool.triggers.is_empty() {
        vec![("Lambda triggers", "none".into())]
    } else {
        pool.triggers
            .iter()
            .map(|(key, arn)| {
                let label = TRIGGERS.iter().find(|(k, _, _)| k == key).map(|(_, l, _)| *l).unwrap_or("Other");
                (label, arn.clone())
            })
            .collect()
    };
    let settings_href = format!("/pools/{}/settings", pool.id);
    let blueprint_href = format!("/blueprint?pool={}", pool.id);
    view! {
        <p class="mb-4 flex gap-6 text-sm">
            <a class="font-medium text-indigo-700 hover:underline" href=settings_href>"Edit settings, MFA, triggers →"</a>
            <Can allowed=ApplyBlueprint::allows>
                <a class="font-medium text-indigo-700 hover:underline" href=blueprint_href.clone()>"Apply the standard setup to this pool →"</a>
            </Can>
        </p>
        <div class="grid gap-4 lg:grid-cols-2">
            <Details title="General" rows=general/>
            <Details title="Sign-in" rows=sign_in_rows/>
            <Details title="Security" rows=security/>
            <Details title="Messages and domain" rows=delivery/>
            <Details title="Triggers" rows=triggers/>
        </div>
    }
}
