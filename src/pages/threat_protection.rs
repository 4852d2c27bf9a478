//! Threat protection of one pool: its feature plan and mode (off, audit only, full function),
//! and the risk configuration in force for the pool or one app client (`?client=`): leaked
//! passwords, each level of account-takeover risk, the always-block and never-assess address
//! ranges. Everyone reads it; admins change it.

use leptos::prelude::*;
use leptos_router::hooks::{use_params_map, use_query_map};

use crate::api::threat_protection::{SetRiskConfiguration, SetThreatProtectionMode, get_threat_protection};
use crate::components::details::list;
use crate::components::feedback::{Loading, or_error};
use crate::components::form::{Checkbox, FieldError, Select, TextArea};
use crate::components::hidden::Hidden;
use crate::components::layout::{Card, PageHeader, PoolTabs};
use crate::components::outcome::{Outcome, action, last_error, succeeded};
use crate::components::permit::Can;
use crate::components::style::{BUTTON, CARD_TITLE};
use crate::i18n::{lang, t, t_with};
use crate::model::risk::{
    COMPROMISED_EVENTS, LEVELS, MODES, RiskConfig, TAKEOVER_ACTIONS, ThreatProtection, action_label, choices,
    mode_label, plan_label,
};
use crate::model::role::Permission;

#[component]
pub fn ThreatProtectionPage() -> impl IntoView {
    let params = use_params_map();
    let query = use_query_map();
    let pool_id = Memo::new(move |_| params.read().get("pool_id").unwrap_or_default());
    let client = Memo::new(move |_| query.read().get("client").filter(|c| !c.is_empty()));
    let mode = action::<SetThreatProtectionMode>();
    let risk = action::<SetRiskConfiguration>();
    let page = Resource::new(move || (pool_id.get(), client.get()), |(p, c)| get_threat_protection(p, c));
    view! {
        <PageHeader title=t("risk-title") id=pool_id/>
        {move || view! { <PoolTabs pool_id=pool_id.get()/> }}
        <Transition fallback=|| view! { <Loading/> }>
            {move || Suspend::new(async move {
                let pool = pool_id.get_untracked();
                let client = client.get_untracked();
                or_error(page.await, move |threat| view! {
                    <div class="grid gap-6 lg:grid-cols-3">
                        <div class="space-y-4 lg:col-span-2">
                            <Scope pool_id=pool.clone() client=client.clone() threat=threat.clone()/>
                            {match threat.unavailable.clone() {
                                Some(why) => view! { <p class="text-sm text-slate-600" data-risk-unavailable="">{why}</p> }.into_any(),
                                None => view! {
                                    <InForce threat=threat.clone() client=client.clone()/>
                                    <RiskForm pool_id=pool.clone() client=client.clone() config=threat.config.clone() risk/>
                                }.into_any(),
                            }}
                        </div>
                        <div class="space-y-4">
                            <ModeCard pool_id=pool threat mode/>
                        </div>
                    </div>
                })
            })}
        </Transition>
    }
}

/// The plan, the mode in words, and the admins' switch.
#[component]
fn ModeCard(
    pool_id: String,
    threat: ThreatProtection,
    mode: ServerAction<SetThreatProtectionMode>,
) -> impl IntoView {
    let said = mode_label(lang(), &threat.mode);
    let plan =
        threat.plan.as_deref().map_or_else(|| t("risk-plan-not-reported"), |p| plan_label(p).to_string());
    let error = last_error(mode.value());
    view! {
        <Card title=t("risk-mode-title")>
            <p class="text-sm" data-threat-mode=threat.mode.clone()>{said}</p>
            <p class="mt-1 text-xs text-slate-500" data-feature-plan="">{t_with("risk-feature-plan", &[("plan", plan.into())])}</p>
            <Can allowed=SetThreatProtectionMode::allows clone:pool_id clone:threat>
                <ActionForm action=mode clone:pool_id clone:threat>
                    <div class="mt-3 space-y-2">
                        <Hidden name="pool_id" value=pool_id.clone()/>
                        <Select label=t("risk-change-to") name="mode" options=choices(lang(), &MODES) selected=threat.mode.clone() error/>
                        <button type="submit" class=BUTTON>{t("risk-save-mode")}</button>
                    </div>
                </ActionForm>
            </Can>
            <Outcome error done=succeeded(mode.value()) success=t("risk-mode-saved")/>
        </Card>
    }
}

/// The pool's configuration or one client's: links to each.
#[component]
fn Scope(pool_id: String, client: Option<String>, threat: ThreatProtection) -> impl IntoView {
    let base = format!("/pools/{pool_id}/threat-protection");
    let link = "rounded border px-2 py-1 text-sm hover:bg-slate-50";
    let current = "rounded border border-indigo-600 bg-indigo-50 px-2 py-1 text-sm font-semibold";
    view! {
        <nav class="flex flex-wrap items-center gap-2" aria-label=t("risk-scope-nav")>
            <span class="text-sm text-slate-600">{t("risk-scope-label")}</span>
            <a class=if client.is_none() { current } else { link } href=base.clone() aria-current=client.is_none().then_some("page")>{t("risk-scope-pool")}</a>
            {threat.clients.into_iter().map(|(id, name)| {
                let on = client.as_deref() == Some(id.as_str());
                view! {
                    <a class=if on { current } else { link } href=format!("{base}?client={}", crate::model::encode(&id)) aria-current=on.then_some("page")>{name}</a>
                }
            }).collect_view()}
        </nav>
    }
}

/// What Cognito does now, in words.
#[component]
fn InForce(threat: ThreatProtection, client: Option<String>) -> impl IntoView {
    let c = threat.config;
    let whose = match (&client, threat.client_has_own) {
        (None, _) => t("risk-whose-pool"),
        (Some(_), true) => t("risk-whose-client-own"),
        (Some(_), false) => t("risk-whose-client-pool"),
    };
    let compromised = if c.compromised_events.is_empty() {
        t("risk-leaked-unchecked")
    } else {
        let events: Vec<String> = COMPROMISED_EVENTS
            .iter()
            .filter(|(key, ..)| c.compromised_events.iter().any(|e| e == key))
            .map(|(_, _, in_sentence)| t(in_sentence))
            .collect();
        let what = if c.compromised_block { t("risk-leaked-blocked") } else { t("risk-leaked-recorded") };
        t_with("risk-leaked-at", &[("events", events.join(", ").into()), ("what", what.into())])
    };
    let takeover = match &c.takeover {
        None => vec![t("risk-takeover-unset")],
        Some(levels) => LEVELS
            .iter()
            .zip(levels)
            .map(|((_, level), a)| {
                let (level, action) = (t(level), action_label(lang(), &a.action));
                if a.notify {
                    t_with(
                        "risk-takeover-line-emailed",
                        &[("level", level.into()), ("action", action.into())],
                    )
                } else {
                    t_with("risk-takeover-line", &[("level", level.into()), ("action", action.into())])
                }
            })
            .collect(),
    };
    view! {
        <Card title=t("risk-in-force")>
            <p class="text-sm text-slate-600" data-risk-scope="">{whose}</p>
            <ul class="mt-2 space-y-1 text-sm" data-risk-config="">
                <li data-compromised="">{compromised}</li>
                {takeover.into_iter().map(|line| view! { <li>{line}</li> }).collect_view()}
                <li data-blocked-ips="">{t_with("risk-always-blocked", &[("ranges", list(&c.blocked_ips).into())])}</li>
                <li data-skipped-ips="">{t_with("risk-never-assessed", &[("ranges", list(&c.skipped_ips).into())])}</li>
            </ul>
            {(!c.notify_configured).then(|| view! {
                <p class="mt-2 text-xs text-slate-500">{t("risk-no-sender")}</p>
            })}
        </Card>
    }
}

/// The admins' form, prefilled with what is in force.
#[component]
fn RiskForm(
    pool_id: String,
    client: Option<String>,
    config: RiskConfig,
    risk: ServerAction<SetRiskConfiguration>,
) -> impl IntoView {
    let error = last_error(risk.value());
    let takeover = config.takeover.clone().unwrap_or_default();
    let pool_level = client.is_none();
    view! {
        <Can allowed=SetRiskConfiguration::allows clone:pool_id clone:client clone:config clone:takeover>
            <ActionForm action=risk clone:pool_id clone:client clone:config clone:takeover>
                <div class="space-y-4 rounded-lg border border-slate-200 bg-white p-4" data-risk-form="">
                    <h2 class=CARD_TITLE>{if pool_level { t("risk-set-pool") } else { t("risk-set-client") }}</h2>
                    <Hidden name="pool_id" value=pool_id.clone()/>
                    <Hidden name="client_id" value=client.clone().unwrap_or_default()/>
                    <fieldset class="space-y-1">
                        <legend class="text-sm font-medium text-slate-700">{t("risk-check-leaked-at")}</legend>
                        {COMPROMISED_EVENTS.iter().map(|(key, label, _)| {
                            let name = format!("compromised_{}", key.to_lowercase());
                            view! { <Checkbox name label=t(label) checked=config.compromised_events.iter().any(|e| e == key)/> }
                        }).collect_view()}
                        <FieldError field="compromised_events".to_string() error/>
                    </fieldset>
                    <Select
                        label=t("risk-leaked-is")
                        name="compromised_action"
                        options=choices(lang(), &[("block", "risk-blocked-option"), ("record", "risk-recorded-option")])
                        selected=if config.compromised_block { "block" } else { "record" }
                        error
                    />
                    <fieldset class="grid gap-3 sm:grid-cols-3">
                        <legend class="mb-1 text-sm font-medium text-slate-700">{t("risk-takeover-legend")}</legend>
                        {LEVELS.iter().enumerate().map(|(i, (field, label))| view! {
                            <Select
                                label=t(label)
                                name=*field
                                options=choices(lang(), &TAKEOVER_ACTIONS)
                                selected=takeover.get(i).map(|a| a.action.clone()).filter(|a| !a.is_empty()).unwrap_or_else(|| "NO_ACTION".into())
                                error
                            />
                        }).collect_view()}
                    </fieldset>
                    {pool_level.then(|| view! {
                        <TextArea label=t("risk-blocked-ips") name="blocked_ips" value=config.blocked_ips.join("\n") hint=t("risk-blocked-ips-hint") error/>
                        <TextArea label=t("risk-skipped-ips") name="skipped_ips" value=config.skipped_ips.join("\n") hint=t("risk-skipped-ips-hint") error/>
                    })}
                    <Outcome error done=succeeded(risk.value()) success=t("risk-saved")/>
                    <button type="submit" class=BUTTON>{if pool_level { t("risk-save-pool") } else { t("risk-save-client") }}</button>
                </div>
            </ActionForm>
        </Can>
    }
}
