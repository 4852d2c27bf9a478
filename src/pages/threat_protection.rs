//! Threat protection of one pool: its feature plan and mode (off, audit only, full function),
//! and the risk configuration in force for the pool or one app client (`?client=`): leaked
//! passwords, each level of account-takeover risk, the always-block and never-assess address
//! ranges. Everyone reads it; admins change it.

use leptos::prelude::*;
use leptos_router::hooks::{use_params_map, use_query_map};

use crate::api::threat_protection::{SetRiskConfiguration, SetThreatProtectionMode, get_threat_protection};
use crate::components::feedback::{Loading, or_error};
use crate::components::form::{Checkbox, FieldError, Select, TextArea, pairs};
use crate::components::hidden::Hidden;
use crate::components::layout::{Card, PageHeader, PoolTabs};
use crate::components::outcome::{Outcome, action, last_error, succeeded};
use crate::components::permit::Can;
use crate::components::style::{BUTTON, CARD_TITLE};
use crate::model::risk::{
    COMPROMISED_EVENTS, LEVELS, MODES, RiskConfig, TAKEOVER_ACTIONS, ThreatProtection, action_label,
    plan_label,
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
        <PageHeader title="Threat protection" id=pool_id/>
        {move || view! { <PoolTabs pool_id=pool_id.get()/> }}
        <Transition fallback=|| view! { <Loading/> }>
            {move || Suspend::new(async move {
                let pool = pool_id.get_untracked();
                let client = client.get_untracked();
                or_error(page.await, move |t| view! {
                    <div class="grid gap-6 lg:grid-cols-3">
                        <div class="space-y-4 lg:col-span-2">
                            <Scope pool_id=pool.clone() client=client.clone() threat=t.clone()/>
                            {match t.unavailable.clone() {
                                Some(why) => view! { <p class="text-sm text-slate-600" data-risk-unavailable="">{why}</p> }.into_any(),
                                None => view! {
                                    <InForce threat=t.clone() client=client.clone()/>
                                    <RiskForm pool_id=pool.clone() client=client.clone() config=t.config.clone() risk/>
                                }.into_any(),
                            }}
                        </div>
                        <div class="space-y-4">
                            <ModeCard pool_id=pool threat=t mode/>
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
    let said = MODES
        .iter()
        .find(|(key, _)| *key == threat.mode)
        .map_or(threat.mode.as_str(), |(_, l)| l)
        .to_string();
    let plan = threat
        .plan
        .as_deref()
        .map_or("not reported by this endpoint".to_string(), |p| plan_label(p).to_string());
    let error = last_error(mode.value());
    view! {
        <Card title="Mode">
            <p class="text-sm" data-threat-mode=threat.mode.clone()>{said}</p>
            <p class="mt-1 text-xs text-slate-500" data-feature-plan="">"Feature plan: "{plan}" (threat protection is in Plus)."</p>
            <Can allowed=SetThreatProtectionMode::allows clone:pool_id clone:threat>
                <ActionForm action=mode clone:pool_id clone:threat>
                    <div class="mt-3 space-y-2">
                        <Hidden name="pool_id" value=pool_id.clone()/>
                        <Select label="Change to" name="mode" options=pairs(&MODES) selected=threat.mode.clone() error/>
                        <button type="submit" class=BUTTON>"Save mode"</button>
                    </div>
                </ActionForm>
            </Can>
            <Outcome error done=succeeded(mode.value()) success="Mode saved."/>
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
        <nav class="flex flex-wrap items-center gap-2" aria-label="Configuration for">
            <span class="text-sm text-slate-600">"Configuration for:"</span>
            <a class=if client.is_none() { current } else { link } href=base.clone() aria-current=client.is_none().then_some("page")>"The whole pool"</a>
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
        (None, _) => "The pool's configuration, for every app client without its own.",
        (Some(_), true) => "This app client's own configuration.",
        (Some(_), false) => "This app client has no configuration of its own: the pool's applies.",
    };
    let compromised = if c.compromised_events.is_empty() {
        "Leaked passwords: not checked.".to_string()
    } else {
        let events: Vec<&str> = COMPROMISED_EVENTS
            .iter()
            .filter(|(key, _)| c.compromised_events.iter().any(|e| e == key))
            .map(|(_, label)| *label)
            .collect();
        let what = if c.compromised_block { "blocked" } else { "recorded only" };
        format!("Leaked passwords at {}: {what}.", events.join(", ").to_lowercase())
    };
    let takeover = match &c.takeover {
        None => vec!["Account takeover: no actions set.".to_string()],
        Some(levels) => LEVELS
            .iter()
            .zip(levels)
            .map(|((_, label), a)| {
                format!(
                    "{label}: {}{}",
                    action_label(&a.action),
                    if a.notify { ", and the user is emailed" } else { "" }
                )
            })
            .collect(),
    };
    let ranges = |list: &[String]| if list.is_empty() { "none".to_string() } else { list.join(", ") };
    view! {
        <Card title="In force">
            <p class="text-sm text-slate-600" data-risk-scope="">{whose}</p>
            <ul class="mt-2 space-y-1 text-sm" data-risk-config="">
                <li data-compromised="">{compromised}</li>
                {takeover.into_iter().map(|line| view! { <li>{line}</li> }).collect_view()}
                <li data-blocked-ips="">"Always blocked: "{ranges(&c.blocked_ips)}</li>
                <li data-skipped-ips="">"Never assessed: "{ranges(&c.skipped_ips)}</li>
            </ul>
            {(!c.notify_configured).then(|| view! {
                <p class="mt-2 text-xs text-slate-500">"No email sender is set for risk notifications: Cognito emails nobody. (Set one in the AWS console; the actions here keep each level's email setting.)"</p>
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
                    <h2 class=CARD_TITLE>{if pool_level { "Set for the pool" } else { "Set for this app client" }}</h2>
                    <Hidden name="pool_id" value=pool_id.clone()/>
                    <Hidden name="client_id" value=client.clone().unwrap_or_default()/>
                    <fieldset class="space-y-1">
                        <legend class="text-sm font-medium text-slate-700">"Check passwords against leaked credentials at"</legend>
                        {COMPROMISED_EVENTS.iter().map(|(key, label)| {
                            let name = format!("compromised_{}", key.to_lowercase());
                            view! { <Checkbox name label=*label checked=config.compromised_events.iter().any(|e| e == key)/> }
                        }).collect_view()}
                        <FieldError field="compromised_events".to_string() error/>
                    </fieldset>
                    <Select
                        label="A leaked password is"
                        name="compromised_action"
                        options=pairs(&[("block", "Blocked"), ("record", "Recorded only")])
                        selected=if config.compromised_block { "block" } else { "record" }
                        error
                    />
                    <fieldset class="grid gap-3 sm:grid-cols-3">
                        <legend class="mb-1 text-sm font-medium text-slate-700">"Account takeover risk"</legend>
                        {LEVELS.iter().enumerate().map(|(i, (field, label))| view! {
                            <Select
                                label=*label
                                name=*field
                                options=pairs(&TAKEOVER_ACTIONS)
                                selected=takeover.get(i).map(|a| a.action.clone()).filter(|a| !a.is_empty()).unwrap_or_else(|| "NO_ACTION".into())
                                error
                            />
                        }).collect_view()}
                    </fieldset>
                    {pool_level.then(|| view! {
                        <TextArea label="Always block these address ranges" name="blocked_ips" value=config.blocked_ips.join("\n") hint="One CIDR range a line (203.0.113.0/24), at most 200; for every app client." error/>
                        <TextArea label="Never assess these address ranges" name="skipped_ips" value=config.skipped_ips.join("\n") hint="Sign-ins from here are neither assessed nor blocked (an office, a monitoring probe)." error/>
                    })}
                    <Outcome error done=succeeded(risk.value()) success="Threat protection settings saved."/>
                    <button type="submit" class=BUTTON>{if pool_level { "Save for the pool" } else { "Save for this app client" }}</button>
                </div>
            </ActionForm>
        </Can>
    }
}
