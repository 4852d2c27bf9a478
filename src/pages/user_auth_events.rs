//! The user page's sign-in history: Cognito's events (time, event, result, risk, address,
//! place, device) and what operators did to the account (the console's audit rows), one
//! timeline, newest first, each row saying where it came from; "this was / was not the user"
//! on each event for the support desk. Ten events a page, older ones through a link.

use leptos::prelude::*;

use crate::api::auth_events::SetAuthEventFeedback;
use crate::components::hidden::{Hidden, Target, UserFields};
use crate::components::outcome::{Outcome, last_error, succeeded};
use crate::components::pagination::encode;
use crate::components::permit::Can;
use crate::components::style::{CARD, CARD_TITLE, SMALL_BUTTON};
use crate::error::AppError;
use crate::i18n::{lang, t, t_with};
use crate::model::auth_event::{AuthEvent, AuthEventPage, TimelineRow, TrailRow, merge};
use crate::model::role::Permission;

/// One page of the timeline: Cognito's events, and the audit rows of their span (`None` when
/// the operator may not read them: a viewer, or a support operator on an operator's account).
pub type HistoryPage = (AuthEventPage, Option<Vec<TrailRow>>);

#[component]
pub fn SignInHistory(
    target: Target,
    history: Result<HistoryPage, AppError>,
    locked: bool,
    feedback: ServerAction<SetAuthEventFeedback>,
    /// Whether this is a later page (a link back to the newest is offered).
    older: bool,
) -> impl IntoView {
    let body = match history {
        Err(e) => view! { <p class="text-sm text-red-700" role="alert">{e.message()}</p> }.into_any(),
        Ok((page, trail)) => {
            let base = format!("/pools/{}/user?name={}", target.pool_id(), encode(&target.name()));
            let next = page.next_token.clone().map(|token| {
                let oldest = page.oldest_ms().unwrap_or_default();
                format!("{base}&events={}&before={oldest}#sign-ins", encode(&token))
            });
            let trail_note = trail.is_none().then(|| t("sign-ins-trail-note"));
            let rows = merge(page.events, trail.unwrap_or_default());
            let empty = rows.is_empty();
            let rows = rows
                .into_iter()
                .map(|row| match row {
                    TimelineRow::Cognito(event) => {
                        view! { <EventRow target event=*event locked feedback/> }.into_any()
                    }
                    TimelineRow::Console(row) => view! { <ConsoleRow row/> }.into_any(),
                })
                .collect_view();
            view! {
                {page.unavailable.map(|why| view! { <p class="text-sm text-slate-600" data-sign-ins-unavailable="">{why}</p> })}
                {if empty {
                    view! { <p class="mt-2 text-sm text-slate-600">{t("sign-ins-none")}</p> }.into_any()
                } else {
                    view! { <ol class="mt-2 divide-y divide-slate-100 text-sm">{rows}</ol> }.into_any()
                }}
                {trail_note.map(|note| view! { <p class="mt-2 text-xs text-slate-500">{note}</p> })}
                <nav class="mt-3 flex gap-3 text-sm" aria-label=t("sign-ins-pages")>
                    {older.then(|| view! { <a class="text-indigo-700 hover:underline" href=format!("{base}#sign-ins")>{t("sign-ins-newest")}</a> })}
                    {next.map(|href| view! { <a class="text-indigo-700 hover:underline" href=href rel="next">{t("sign-ins-older")}</a> })}
                </nav>
            }.into_any()
        }
    };
    view! {
        <section class=CARD id="sign-ins" data-sign-ins="">
            <h2 class=CARD_TITLE>{t("sign-ins-title")}</h2>
            {body}
            <Outcome error=last_error(feedback.value()) done=succeeded(feedback.value()) success=t("sign-ins-feedback-recorded")/>
        </section>
    }
}

#[component]
fn EventRow(
    target: Target,
    event: AuthEvent,
    locked: bool,
    feedback: ServerAction<SetAuthEventFeedback>,
) -> impl IntoView {
    let lang = lang();
    let time = event.at.map(|s| crate::i18n::timestamp_ms(s * 1000)).unwrap_or_else(|| "–".into());
    let result = event.response.clone().unwrap_or_else(|| "–".into());
    let mut details: Vec<String> = Vec::new();
    details.extend(event.risk(lang));
    details.extend(event.ip.clone());
    details.extend(event.place());
    details.extend(event.device.clone());
    details.extend(event.challenges.iter().cloned());
    let said = event.feedback.as_deref().map(|f| {
        t(match f {
            "Valid" => "sign-ins-said-valid",
            "Invalid" => "sign-ins-said-invalid",
            _ => "sign-ins-said-other",
        })
    });
    let id = event.id.clone();
    let given = event.feedback.clone();
    view! {
        <li class="flex flex-wrap items-start justify-between gap-2 py-2" data-event=event.id.clone() data-source="cognito" data-result=event.response.clone().unwrap_or_default()>
            <span>
                <span class="text-xs text-slate-500">{time}" · Cognito"</span>
                <span class="block">
                    <span class="text-slate-900">{event.kind_label(lang)}</span>
                    <span class=if event.failed() { "ml-2 text-xs text-red-700" } else { "ml-2 text-xs text-slate-600" }>{result}</span>
                </span>
                {(!details.is_empty()).then(|| view! { <span class="block text-xs text-slate-500">{details.join(" · ")}</span> })}
                {said.map(|s| view! { <span class="block text-xs text-slate-500" data-feedback="">{s}</span> })}
            </span>
            {(!locked).then(|| view! {
                <Can allowed=SetAuthEventFeedback::allows clone:id clone:given>
                    <span class="flex gap-1">
                        // Once said, only the other answer is offered (a mistake can be undone).
                        {[("true", "sign-ins-was-user", "Valid"), ("false", "sign-ins-was-not-user", "Invalid")]
                            .into_iter()
                            .filter(|(_, _, value)| given.as_deref() != Some(*value))
                            .map(|(valid, label, _)| {
                                let label = t(label);
                                let id = id.clone();
                                view! {
                                    <ActionForm action=feedback>
                                        <UserFields target/>
                                        <Hidden name="event_id" value=id/>
                                        <Hidden name="valid" value=valid/>
                                        <button type="submit" class=SMALL_BUTTON>{label}</button>
                                    </ActionForm>
                                }
                            })
                            .collect_view()}
                    </span>
                </Can>
            })}
        </li>
    }
}

#[component]
fn ConsoleRow(row: TrailRow) -> impl IntoView {
    let done = row.outcome == "ok";
    view! {
        <li class="py-2" data-source="console" data-action=row.action.clone()>
            <span class="text-xs text-slate-500">{crate::i18n::timestamp_ms(row.at_ms)}" · Pooldesk"</span>
            <span class="block">
                <span class="text-slate-900">{row.action_label()}</span>
                <span class="ml-2 text-xs text-slate-600">{t_with("sign-ins-by", &[("operator", row.operator.clone().into())])}</span>
                <span class=if done { "ml-2 text-xs text-slate-600" } else { "ml-2 text-xs text-red-700" }>
                    {if done { t("sign-ins-done") } else { row.outcome.clone() }}
                </span>
            </span>
        </li>
    }
}
