//! Jobs: the list (the operator's own, everyone's for an admin) and a job's own page with its
//! progress, its reason when it stopped, its per-user report and, for an export, the file.
//! While the job runs, the page reloads itself every second (a `refresh` meta tag: no script
//! needed). The job runs on the server either way.

use leptos::prelude::*;
use leptos_meta::Meta;
use leptos_router::hooks::use_params_map;

use crate::api::jobs::{CancelJob, get_job, list_jobs};
use crate::components::feedback::{Loading, or_error};
use crate::components::layout::PageHeader;
use crate::components::table::{DataTable, col_t};
use crate::i18n::{t, t_with, timestamp_ms};
use crate::model::bulk::BulkOutcome;
use crate::model::job::{ITEMS_SHOWN, JobDetail, JobState, JobSummary};

const LINK: &str = "rounded-md border border-slate-300 px-3 py-1.5 text-sm hover:bg-slate-50";

/// The state in the page's language, and its colour.
fn state_label(state: JobState) -> (String, &'static str) {
    let (key, class) = match state {
        JobState::Queued => ("job-queued", "text-slate-600"),
        JobState::Running => ("job-running", "text-indigo-700"),
        JobState::Finished => ("job-finished", "text-green-700"),
        JobState::Stopped => ("job-stopped", "text-red-700"),
        JobState::Cancelled => ("job-cancelled", "text-slate-600"),
    };
    (t(key), class)
}

/// "120 of 500", or "120" while the total is not known yet.
fn progress_text(s: &JobSummary) -> String {
    match s.total {
        Some(total) => t_with("job-progress", &[("processed", s.processed.into()), ("total", total.into())]),
        None => s.processed.to_string(),
    }
}

#[component]
pub fn JobsPage() -> impl IntoView {
    let jobs = Resource::new(|| (), |_| list_jobs());
    view! {
        <PageHeader title=t("nav-jobs") lead=t("jobs-lead")/>
        <Transition fallback=|| view! { <Loading/> }>
            {move || Suspend::new(async move {
                or_error(jobs.await, |jobs| {
                    if jobs.is_empty() {
                        return view! { <p class="text-sm text-slate-600">{t("jobs-none")}</p> }.into_any();
                    }
                    view! {
                        <DataTable name="jobs" columns=vec![col_t("column-job"), col_t("column-pool"), col_t("column-state"), col_t("column-progress").right(), col_t("column-started-by"), col_t("column-started")]>
                            {jobs.into_iter().map(|j| {
                                let (state, class) = state_label(j.state);
                                let progress = progress_text(&j);
                                view! {
                                    <tr data-job=j.id.clone()>
                                        <td class="px-4 py-2"><a class="text-indigo-700 hover:underline" href=format!("/jobs/{}", j.id)>{j.label}</a></td>
                                        <td class="px-4 py-2 font-mono text-xs">{j.pool_id}</td>
                                        <td class=format!("px-4 py-2 {class}")>{state}</td>
                                        <td class="px-4 py-2 text-right">{progress}</td>
                                        <td class="px-4 py-2">{j.started_by}</td>
                                        <td class="px-4 py-2 whitespace-nowrap">{timestamp_ms(j.created_ms)}</td>
                                    </tr>
                                }
                            }).collect_view()}
                        </DataTable>
                    }.into_any()
                })
            })}
        </Transition>
    }
}

#[component]
pub fn JobPage() -> impl IntoView {
    let params = use_params_map();
    let id = Memo::new(move |_| params.read().get("job_id").unwrap_or_default());
    let job = Resource::new(move || id.get(), get_job);
    view! {
        <Transition fallback=|| view! { <Loading/> }>
            {move || Suspend::new(async move { or_error(job.await, |detail| view! { <JobView detail/> }) })}
        </Transition>
    }
}

#[component]
fn JobView(detail: JobDetail) -> impl IntoView {
    let s = detail.summary;
    let (state, class) = state_label(s.state);
    let cancel_url = <CancelJob as leptos::server_fn::ServerFn>::url();
    let running = s.state.is_active();
    let estimate = s.estimate_secs.filter(|_| running).map(|secs| {
        view! { <p class="text-sm text-slate-600">{t_with("job-estimate", &[("secs", secs.into())])}</p> }
    });
    let ended =
        s.finished_ms.map(|ms| t_with("job-ended", &[("at", timestamp_ms(ms).into())])).unwrap_or_default();
    let counts = (s.done + s.already + s.failed > 0).then(|| {
        t_with(
            "job-counts",
            &[("done", s.done.into()), ("already", s.already.into()), ("failed", s.failed.into())],
        )
    });
    let not_attempted = s.total.map(|t| t.saturating_sub(s.processed)).filter(|n| *n > 0 && !running);
    let users_href = format!("/pools/{}/users", s.pool_id);
    let download_href = format!("/jobs/{}/download", s.id);
    let reload_href = format!("/jobs/{}", s.id);
    let where_who = t_with(
        "job-where-who",
        &[
            ("pool", s.pool_id.clone().into()),
            ("operator", s.started_by.clone().into()),
            ("at", timestamp_ms(s.created_ms).into()),
            ("ended", ended.into()),
        ],
    );
    view! {
        <PageHeader title=s.label.clone()>
            <a class=LINK href="/jobs">{t("jobs-all")}</a>
            <a class=LINK href=users_href>{t("jobs-pool-users")}</a>
        </PageHeader>
        <section class="mb-4 rounded-lg border border-slate-200 bg-white p-4 text-sm" data-job-state=s.state.as_str()>
            <p>
                <span class=format!("font-semibold {class}")>{state}</span>
                " · "{where_who}
            </p>
            <progress class="mt-2 w-full" max=s.total.unwrap_or(0).max(1) value=s.processed aria-label=t("column-progress")></progress>
            <p class="mt-1" role="status" data-job-progress="">{progress_text(&s)}</p>
            {estimate}
            {counts.map(|c| view! { <p data-job-counts="">{c}</p> })}
            {not_attempted.map(|n| view! { <p class="text-slate-700">{t_with("job-not-attempted", &[("count", n.into())])}</p> })}
            {s.reason.map(|r| view! { <p class="mt-2 rounded-md bg-red-50 p-2 text-red-800" role="alert" data-job-reason="">{r}</p> })}
            <div class="mt-3 flex flex-wrap gap-2">
                {detail.download.map(|file| view! {
                    <a class="rounded-md bg-indigo-600 px-3 py-1.5 font-semibold text-white hover:bg-indigo-500"
                        href=download_href download=file.clone() data-job-download="">
                        {t_with("download-file", &[("file", file.clone().into())])}
                    </a>
                })}
                {detail.restorable.then(|| view! {
                    <a class=LINK href=format!("/pools/{}/backup?backup={}", s.pool_id, s.id) data-job-restore="">{t("job-plan-restore")}</a>
                })}
                {running.then(|| view! {
                    <Meta http_equiv="refresh" content="1"/>
                    <a class=LINK href=reload_href>{t("job-reload")}</a>
                })}
                {detail.can_cancel.then(|| view! {
                    <form method="post" action=cancel_url>
                        <input type="hidden" name="job_id" value=s.id.clone()/>
                        <button type="submit" class="rounded-md border border-red-300 px-3 py-1.5 text-red-700 hover:bg-red-50">{t("job-cancel")}</button>
                    </form>
                })}
            </div>
        </section>
        <ItemReport pool_id=s.pool_id.clone() items=detail.items users=detail.items_are_users/>
    }
}

/// The per-item report of a job, failures first: a bulk job's users, each linked to their page,
/// or a restore's steps.
#[component]
fn ItemReport(pool_id: String, items: Vec<crate::model::job::JobItem>, users: bool) -> impl IntoView {
    if items.is_empty() {
        return ().into_any();
    }
    let capped = items.len() >= ITEMS_SHOWN;
    view! {
        <h2 class="mb-2 text-lg font-semibold text-slate-900">{t("job-report")}</h2>
        {capped.then(|| view! { <p class="mb-2 text-sm text-slate-600">{t_with("job-report-capped", &[("count", ITEMS_SHOWN.into())])}</p> })}
        <DataTable name="job-items" columns=vec![col_t(if users { "column-user" } else { "column-step" }), col_t("column-outcome")]>
            {items.into_iter().map(|item| {
                let (label, class) = match &item.outcome {
                    Some(BulkOutcome::Done) => (t("job-item-done"), "text-green-700"),
                    Some(BulkOutcome::Already) => (t("job-item-already"), "text-slate-500"),
                    Some(BulkOutcome::Failed(why)) => (t_with("job-item-failed", &[("why", why.clone().into())]), "text-red-700"),
                    None => (t("job-item-not-attempted"), "text-slate-500"),
                };
                let href = format!("/pools/{pool_id}/user?name={}", crate::model::encode(&item.username));
                let (name, key) = (item.username.clone(), item.username);
                let name = match users {
                    true => view! { <a class="text-indigo-700 hover:underline" href=href>{name}</a> }.into_any(),
                    false => name.into_any(),
                };
                view! {
                    <tr data-item=key>
                        <td class="px-4 py-2 font-mono text-xs">{name}</td>
                        <td class=format!("px-4 py-2 {class}")>{label}</td>
                    </tr>
                }
            }).collect_view()}
        </DataTable>
    }
    .into_any()
}
