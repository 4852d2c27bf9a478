use leptos::prelude::*;
use leptos_router::hooks::use_params_map;

use crate::api::blueprint::ApplyBlueprint;
use crate::api::pools::get_user_pool;
use crate::components::details::{Details, list, yes_no};
use crate::components::feedback::{Loading, or_error};
use crate::components::layout::{PageHeader, PoolTabs};
use crate::components::permit::Can;
use crate::components::pool_fields::sign_in_identifiers;
use crate::i18n::{date, lang, t, t_with};
use crate::model::pool::PoolDetail;
use crate::model::role::Permission;
use crate::model::triggers::{self, TRIGGERS};

#[component]
pub fn PoolOverviewPage() -> impl IntoView {
    let params = use_params_map();
    let pool_id = move || params.read().get("pool_id").unwrap_or_default();
    let pool = Resource::new(pool_id, get_user_pool);
    view! {
        <p class="mb-2 text-sm"><a class="text-indigo-700 hover:underline" href="/pools">{t("pool-back")}</a></p>
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
    let sign_in = sign_in_identifiers(&pool);
    let dash = || "–".to_string();
    let general = vec![
        (t("column-pool-id"), pool.id.clone()),
        ("ARN".to_string(), pool.arn.clone().unwrap_or_else(dash)),
        (t("pool-region"), pool.region.clone()),
        (t("pool-created"), date(pool.created)),
        (t("pool-last-modified"), date(pool.last_modified)),
        (t("column-estimated-users"), pool.estimated_users.map(|n| n.to_string()).unwrap_or_else(dash)),
        (
            t("pool-deletion-protection"),
            if pool.deletion_protection { t("pool-active") } else { t("pool-inactive") },
        ),
        (t("pool-tags"), list(&pool.tags.iter().map(|(k, v)| format!("{k}={v}")).collect::<Vec<_>>())),
    ];
    let custom: Vec<String> = pool
        .schema
        .iter()
        .filter(|a| a.name.starts_with("custom:"))
        .map(|a| format!("{} ({})", a.name, a.kind))
        .collect();
    let sign_in_rows = vec![
        (t("pool-sign-in-identifiers"), sign_in),
        (t("pool-case-sensitive"), pool.case_sensitive_usernames.map(yes_no).unwrap_or_else(dash)),
        (t("pool-self-sign-up"), yes_no(pool.self_sign_up)),
        (t("pool-verified-automatically"), list(&pool.auto_verified_attributes)),
        (t("pool-required-attributes"), list(&pool.required_attributes)),
        (t("pool-custom-attributes"), list(&custom)),
    ];
    let factors: Vec<String> = [(pool.mfa_totp, t("pool-factor-app")), (pool.mfa_sms, "SMS".to_string())]
        .into_iter()
        .filter(|(on, _)| *on)
        .map(|(_, f)| f)
        .collect();
    let security = vec![
        (t("pool-password-min-length"), p.minimum_length.to_string()),
        (
            t("pool-password-requires"),
            list(&p.describe(crate::i18n::lang()).into_iter().skip(1).collect::<Vec<_>>()),
        ),
        (
            t("pool-temporary-password"),
            p.temporary_password_validity_days
                .map(|d| t_with("pool-days", &[("days", d.into())]))
                .unwrap_or_else(dash),
        ),
        ("MFA".to_string(), pool.mfa.clone()),
        (t("pool-mfa-factors"), list(&factors)),
        (t("pool-account-recovery"), list(&pool.recovery)),
    ];
    let hosted = |d: &Option<String>, custom: bool| {
        d.as_ref()
            .map(|d| crate::model::domain::hosted_ui_url(d, custom, &pool.region))
            .unwrap_or_else(|| t("none"))
    };
    let delivery = vec![
        (t("pool-email-sending"), pool.email_sending.clone()),
        (t("pool-ses-identity"), pool.email.ses_source_arn.clone().unwrap_or_else(dash)),
        (t("pool-from"), pool.email.from.clone().unwrap_or_else(dash)),
        (t("pool-sms-role"), pool.sms.as_ref().map(|s| s.role_arn.clone()).unwrap_or_else(|| t("none"))),
        (t("pool-cognito-domain"), hosted(&pool.domain, false)),
        (t("pool-custom-domain"), hosted(&pool.custom_domain, true)),
    ];
    let triggers: Vec<(String, String)> = if pool.triggers.is_empty() {
        vec![(t("pool-lambda-triggers"), t("none"))]
    } else {
        pool.triggers
            .iter()
            .map(|(key, arn)| {
                let known = TRIGGERS.iter().any(|(k, ..)| k == key);
                let label = if known { triggers::label(lang(), key) } else { t("pool-trigger-other") };
                (label, arn.clone())
            })
            .collect()
    };
    let settings_href = format!("/pools/{}/settings", pool.id);
    let blueprint_href = format!("/blueprint?pool={}", pool.id);
    view! {
        <p class="mb-4 flex gap-6 text-sm">
            <a class="font-medium text-indigo-700 hover:underline" href=settings_href>{t("pool-edit-settings-link")}</a>
            <Can allowed=ApplyBlueprint::allows>
                <a class="font-medium text-indigo-700 hover:underline" href=blueprint_href.clone()>{t("pool-blueprint-link")}</a>
            </Can>
        </p>
        <div class="grid gap-4 lg:grid-cols-2">
            <Details title=t("pool-general") rows=general/>
            <Details title=t("pool-sign-in") rows=sign_in_rows/>
            <Details title=t("pool-security") rows=security/>
            <Details title=t("pool-messages-and-domain") rows=delivery/>
            <Details title=t("pool-triggers") rows=triggers/>
        </div>
    }
}
