//! Bulk changes from the users table.
//!
//! With JavaScript the browser sends the selection in chunks (`BULK_CHUNK` users per call),
//! shows a progress bar between chunks, and lists every user's outcome at the end. Without it
//! the same form posts the ticked users of this page in one call; the changes are applied and
//! the page reloads.

use leptos::prelude::*;

use crate::api::users::{bulk_users, list_users};
use crate::components::form::GroupOptions;
use crate::components::style::{BUTTON, INPUT};
use crate::error::AppError;
use crate::model::bulk::{BULK_CHUNK, BulkOutcome, BulkResult, tally};
use crate::model::user::MAX_USERS_PAGE;

pub const BULK_FORM: &str = "bulk-form";

/// Where a run stands.
#[derive(Debug, Clone, Default, PartialEq)]
struct Run {
    total: usize,
    /// What to call each user in the report (their email, where they have one).
    labels: std::collections::HashMap<String, String>,
    results: Vec<BulkResult>,
    running: bool,
    error: Option<AppError>,
}

/// The search the "all matching" button repeats, page by page.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Search {
    pub attribute: String,
    pub kind: String,
    pub value: String,
    pub group: String,
}

#[component]
pub fn BulkBar(
    pool_id: Memo<String>,
    /// (username, label) of the ticked users.
    selected: RwSignal<Vec<(String, String)>>,
    search: Signal<Search>,
    groups: Resource<Result<Vec<crate::model::group::GroupInfo>, AppError>>,
    /// Bumped when a run finishes, so the table reloads.
    done: RwSignal<u32>,
) -> impl IntoView {
    let action = RwSignal::new("add".to_string());
    let group = RwSignal::new(String::new());
    let run = RwSignal::new(Run::default());

    let start = move |all: bool| {
        let (pool, act, grp) = (pool_id.get_untracked(), action.get_untracked(), group.get_untracked());
        let chosen = selected.get_untracked();
        let search = search.get_untracked();
        run.set(Run { running: true, ..Run::default() });
        leptos::task::spawn_local(async move {
            let picked: Vec<(String, String)> = if all {
                match matching(&pool, &search).await {
                    Ok(users) => users,
                    Err(error) => {
                        run.set(Run { error: Some(error), ..Run::default() });
                        return;
                    }
                }
            } else {
                chosen
            };
            let users: Vec<String> = picked.iter().map(|(u, _)| u.clone()).collect();
            run.update(|r| {
                r.total = users.len();
                r.labels = picked.into_iter().collect();
            });
            for chunk in users.chunks(BULK_CHUNK) {
                match bulk_users(pool.clone(), act.clone(), Some(grp.clone()), chunk.to_vec()).await {
                    Ok(results) => run.update(|r| r.results.extend(results)),
                    Err(error) => {
                        // Report the rest as not attempted: nothing is left unaccounted for.
                        let reason = format!("Not attempted: {error}");
                        run.update(|r| {
                            let rest = users[r.results.len()..].iter().map(|u| BulkResult {
                                username: u.clone(),
                                outcome: BulkOutcome::Failed(reason.clone()),
                            });
                            r.results.extend(rest.collect::<Vec<_>>());
                            r.error = Some(error);
                        });
                        break;
                    }
                }
            }
            run.update(|r| r.running = false);
            selected.set(Vec::new());
            done.update(|n| *n += 1);
        });
    };

    let bulk_url = <crate::api::users::BulkUsers as leptos::server_fn::ServerFn>::url();
    view! {
        <form
            id=BULK_FORM
            method="post"
            action=bulk_url
            class="mb-3 flex flex-wrap items-end gap-2 rounded-lg border border-slate-200 bg-white p-3"
            on:submit=move |ev| {
                ev.prevent_default();
                start(false);
            }
        >
            <input type="hidden" name="pool_id" value=move || pool_id.get()/>
            <span class="text-sm font-medium text-slate-700">"With selected users:"</span>
            <select name="action" class=INPUT aria-label="Bulk action" on:change=move |ev| action.set(event_target_value(&ev))>
                <option value="add">"Add to group"</option>
                <option value="remove">"Remove from group"</option>
                <option value="enable">"Enable"</option>
                <option value="disable">"Disable"</option>
            </select>
            <select name="group" class=INPUT aria-label="Bulk group" on:change=move |ev| group.set(event_target_value(&ev))>
                <option value="">"(group)"</option>
                <GroupOptions groups to_assign=true/>
            </select>
            <button type="submit" class=BUTTON disabled=move || run.read().running>
                {move || format!("Apply to selected ({})", selected.read().len())}
            </button>
            <button type="button" class="rounded-md border border-slate-300 px-3 py-1.5 text-sm hover:bg-slate-50"
                disabled=move || run.read().running on:click=move |_| start(true)>
                "Apply to all matching the search"
            </button>
        </form>
        <Progress run/>
    }
}

/// Every user the search matches, page after page, as (username, label).
async fn matching(pool_id: &str, s: &Search) -> Result<Vec<(String, String)>, AppError> {
    let mut users = Vec::new();
    let mut token = None;
    loop {
        let page = list_users(
            pool_id.to_string(),
            MAX_USERS_PAGE,
            token,
            Some(s.attribute.clone()),
            Some(s.kind.clone()),
            Some(s.value.clone()),
            Some(s.group.clone()),
        )
        .await?;
        users.extend(page.users.into_iter().map(|u| {
            let label = u.email.unwrap_or_else(|| u.username.clone());
            (u.username, label)
        }));
        match page.next_token {
            Some(t) => token = Some(t),
            None => return Ok(users),
        }
    }
}

#[component]
fn Progress(run: RwSignal<Run>) -> impl IntoView {
    move || {
        let r = run.get();
        if !r.running && r.results.is_empty() && r.error.is_none() {
            return ().into_any();
        }
        let (done, already, failed) = tally(&r.results);
        view! {
            <section class="mb-4 rounded-lg border border-slate-200 bg-white p-3 text-sm" data-bulk-report="">
                <progress class="w-full" max=r.total.max(1) value=r.results.len()></progress>
                <p class="mt-1" role="status">
                    {if r.running { format!("Working… {} of {}", r.results.len(), r.total) }
                     else { format!("Finished: {done} done, {already} already so, {failed} failed.") }}
                </p>
                {r.error.map(|e| view! { <p class="text-red-700" role="alert">{e.to_string()}</p> })}
                <ul class="mt-2 max-h-64 overflow-y-auto divide-y divide-slate-100">
                    {r.results.into_iter().map(|res| {
                        let who = r.labels.get(&res.username).cloned().unwrap_or(res.username);
                        let (label, class) = match &res.outcome {
                            BulkOutcome::Done => ("done".to_string(), "text-green-700"),
                            BulkOutcome::Already => ("already".to_string(), "text-slate-500"),
                            BulkOutcome::Failed(why) => (format!("failed: {why}"), "text-red-700"),
                        };
                        view! { <li class="flex justify-between py-1"><span>{who}</span><span class=class>{label}</span></li> }
                    }).collect_view()}
                </ul>
            </section>
        }
        .into_any()
    }
}
