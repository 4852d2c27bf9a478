//! The users page on an indexed pool: a search of the console's index (`model::index`) by any
//! attribute and any combination of status, enabled, groups and dates, sorted by any column,
//! paged by keyset; all of it in the URL (a GET form), so a search is a link to share or save.
//! Without an index the page searches Cognito (`users`) and offers to build one here.

use leptos::prelude::*;
use leptos_router::hooks::use_query_map;

use crate::api::index::{BuildIndex, ForgetSearch, SaveSearch, SetIndexSchedule};
use crate::components::bulk::{Search, UserJobs};
use crate::components::feedback::{Loading, or_error};
use crate::components::form::TextField;
use crate::components::hidden::Hidden;
use crate::components::outcome::{Outcome, action, action_for, last_error, succeeded};
use crate::components::pagination::{Pager, encode};
use crate::components::permit::Can;
use crate::components::style::{BUTTON, INPUT, SMALL_BUTTON};
use crate::error::AppError;
use crate::i18n::{lang, t, t_with};
use crate::model::group::GroupInfo;
use crate::model::index::{
    GroupMode, IndexPage, IndexQuery, IndexStatus, PAGE_SIZES, SCHEDULES, STATUSES, SavedSearch, SortKey,
    USERNAME, ValueOp, age_in,
};
use crate::model::role::Permission;

use super::users::UserTable;

type Groups = Resource<Result<Vec<GroupInfo>, AppError>>;

/// The search in the URL.
pub fn url_query() -> Memo<IndexQuery> {
    let query_map = use_query_map();
    Memo::new(move |_| {
        let q = query_map.read();
        IndexQuery::from_params(|name| q.get(name), q.get_all("groups").unwrap_or_default())
    })
}

/// Where the index stands, with what an operator may do about it: rebuild it now, rebuild it on
/// a schedule, search Cognito instead, see the analytics.
#[component]
pub fn IndexBar(pool_id: Memo<String>, status: IndexStatus) -> impl IntoView {
    let pool = pool_id.get_untracked();
    let age = status.age_secs.map(|secs| age_in(lang(), secs)).unwrap_or_default();
    let built = crate::i18n::date(status.built_ms.map(|ms| ms / 1000));
    let (cognito, analytics) =
        (format!("/pools/{pool}/users?source=cognito"), format!("/pools/{pool}/analytics"));
    let (build_pool, schedule_pool) = (pool.clone(), pool);
    let building = status.building.clone().map(|job| {
        view! { <a class="text-indigo-700 underline" href=format!("/jobs/{job}")>{t("search-rebuilding")}</a> }
    });
    view! {
        <section class="mb-3 flex flex-wrap items-center gap-3 rounded-lg border border-indigo-100 bg-indigo-50 p-3 text-sm" aria-label=t("search-index") data-index-bar="">
            <p>
                {t("search-index-of")}" " <strong>{t_with("search-index-users", &[("count", status.users.into())])}</strong>
                {t("search-index-built")}" " <span data-index-age="">{t_with("search-index-age", &[("age", age.into())])}</span> " (" {built} "). "
                {t("search-index-elsewhere")}" "
                {building}
            </p>
            <a class="text-indigo-700 underline" href=cognito>{t("search-cognito-directly")}</a>
            <a class="text-indigo-700 underline" href=analytics>{t("tab-analytics")}</a>
            <Can allowed=BuildIndex::allows>
                <BuildForm pool_id=build_pool.clone() label=t("search-rebuild-now")/>
            </Can>
            <Can allowed=SetIndexSchedule::allows>
                <ScheduleForm pool_id=schedule_pool.clone() every_hours=status.every_hours/>
            </Can>
        </section>
    }
}

/// The button that queues a build (and goes to its job).
#[component]
pub fn BuildForm(pool_id: String, #[prop(into)] label: String) -> impl IntoView {
    let url = <BuildIndex as leptos::server_fn::ServerFn>::url();
    view! {
        <form method="post" action=url class="inline">
            <Hidden name="pool_id" value=pool_id/>
            <button type="submit" class=SMALL_BUTTON>{label}</button>
        </form>
    }
}

#[component]
fn ScheduleForm(pool_id: String, every_hours: Option<u32>) -> impl IntoView {
    let schedule = action::<SetIndexSchedule>();
    let error = last_error(schedule.value());
    let words = |h: u32| match h {
        1 => t("search-every-hour"),
        24 => t("search-every-day"),
        168 => t("search-every-week"),
        h => t_with("search-every-hours", &[("hours", h.into())]),
    };
    view! {
        <ActionForm action=schedule attr:class="inline-flex items-center gap-1">
            <Hidden name="pool_id" value=pool_id/>
            <label for="every-hours">{t("search-rebuild")}</label>
            <select id="every-hours" name="every_hours" class=INPUT>
                <option value="" selected=every_hours.is_none()>{t("search-only-when-asked")}</option>
                {SCHEDULES.into_iter().map(|h| view! {
                    <option value=h.to_string() selected=every_hours == Some(h)>{words(h)}</option>
                }).collect_view()}
            </select>
            <button type="submit" class=SMALL_BUTTON>{t("search-save-schedule")}</button>
            <Outcome error done=succeeded(schedule.value()) success=t("search-schedule-saved")/>
        </ActionForm>
    }
}

/// What the page shows on a pool without an index (or when asked to search Cognito).
#[component]
pub fn IndexOffer(pool_id: Memo<String>, status: IndexStatus) -> impl IntoView {
    let pool = pool_id.get_untracked();
    let body = if status.is_ready() {
        view! {
            <p>
                {t("search-cognito-now")}" "
                <a class="text-indigo-700 underline" href=format!("/pools/{pool}/users")>{t("search-the-index")}</a>
                " "{t("search-the-index-for")}
            </p>
        }
        .into_any()
    } else if let Some(job) = status.building {
        view! {
            <p>
                {t("search-building")}" "
                <a class="text-indigo-700 underline" href=format!("/jobs/{job}")>{t("search-follow-build")}</a>
                {t("search-building-until")}
            </p>
        }
        .into_any()
    } else {
        let who = if status.can_build {
            view! { <BuildForm pool_id=pool.clone() label=t("search-build")/> }.into_any()
        } else {
            view! { <span>{t("search-who-builds")}</span> }.into_any()
        };
        view! {
            <p>
                {t("search-offer")}" "
            </p>
            {who}
        }
        .into_any()
    };
    view! {
        <section class="mb-3 flex flex-wrap items-center gap-3 rounded-lg border border-slate-200 bg-slate-50 p-3 text-sm" aria-label=t("search-index") data-index-offer="">
            {body}
        </section>
    }
}

type Results = Resource<Result<Option<IndexPage>, AppError>>;
type Saved = Resource<Result<Vec<SavedSearch>, AppError>>;

/// The users page's content on an indexed pool (its resources are the page's: `users`).
#[component]
pub fn IndexedUsers(
    pool_id: Memo<String>,
    status: IndexStatus,
    groups: Groups,
    results: Results,
    saved: Saved,
    query: Memo<IndexQuery>,
    stack: Memo<Vec<String>>,
) -> impl IntoView {
    let search = Signal::derive(move || Search { index_query: query.get().to_query(), ..Search::default() });
    let attributes = status.attributes.clone();
    view! {
        <IndexBar pool_id status/>
        <IndexSearchForm query groups attributes results/>
        <SavedSearches pool_id query saved/>
        <UserJobs pool_id search groups/>
        <Transition fallback=|| view! { <Loading/> }>
            {move || Suspend::new(async move {
                let (pool, q, stack) = (pool_id.get_untracked(), query.get_untracked(), stack.get_untracked());
                or_error(results.await, move |page| {
                    let page = page.unwrap_or(IndexPage { users: Vec::new(), total: 0, next: None, built_ms: 0 });
                    let base = format!("/pools/{pool}/users?{}", q.to_query());
                    view! {
                        <p class="mb-2 text-sm text-slate-700" role="status" data-match-count=page.total.to_string()>
                            {t_with("search-match-count", &[("count", page.total.into())])}
                        </p>
                        <SortLinks pool=pool.clone() query=q.clone()/>
                        <UserTable pool_id=pool.clone() users=page.users/>
                        <Pager base stack next_token=page.next/>
                    }
                })
            })}
        </Transition>
    }
}

/// "Sort by" links: each column, and the current one again in the other direction.
#[component]
fn SortLinks(pool: String, query: IndexQuery) -> impl IntoView {
    let links = SortKey::ALL
        .into_iter()
        .map(|key| {
            let current = query.sort == key;
            let mut target = query.clone();
            target.sort = key;
            target.descending = current && !query.descending;
            let arrow = match (current, query.descending) {
                (false, _) => "",
                (true, false) => " ↑",
                (true, true) => " ↓",
            };
            let href = format!("/pools/{pool}/users?{}", target.to_query());
            let label = format!("{}{arrow}", key.label(lang()));
            view! {
                <a class="text-indigo-700 underline" href=href aria-current=current.then_some("true")>{label}</a>
            }
        })
        .collect_view();
    view! { <nav class="mb-2 flex gap-3 text-sm" aria-label=t("search-sort-by")><span class="text-slate-600">{t("search-sort-by-label")}</span>{links}</nav> }
}

#[component]
fn IndexSearchForm(
    query: Memo<IndexQuery>,
    groups: Groups,
    attributes: Vec<String>,
    results: Results,
) -> impl IntoView {
    let q = query.get_untracked();
    // The field a refusal names is marked, and its message is said under the form.
    let refused = Signal::derive(move || match results.get() {
        Some(Err(AppError::Invalid { field, message })) => Some((field, message)),
        _ => None,
    });
    let invalid = move |name: &'static str| {
        move || refused.with(|r| r.as_ref().is_some_and(|(f, _)| f == name)).to_string()
    };
    let mut offered: Vec<String> = vec![USERNAME.to_string()];
    offered.extend(attributes);
    if !offered.contains(&q.attribute) {
        offered.push(q.attribute.clone());
    }
    let chosen_groups = q.groups.clone();
    let date = |name: &'static str, label: String, value: String| {
        view! {
            <label class="text-sm">
                <span class="block text-slate-600">{label}</span>
                <input type="date" name=name value=value class=INPUT aria-invalid=invalid(name)/>
            </label>
        }
    };
    view! {
        <form method="get" class="mb-4 space-y-2 rounded-lg border border-slate-200 bg-white p-3" role="search" data-index-search="">
            <div class="flex flex-wrap items-end gap-2">
                <label class="text-sm">
                    <span class="block text-slate-600">{t("users-attribute")}</span>
                    <select name="attr" class=INPUT aria-invalid=invalid("attr")>
                        {offered.into_iter().map(|a| {
                            let chosen = a == q.attribute;
                            view! { <option value=a.clone() selected=chosen>{a.clone()}</option> }
                        }).collect_view()}
                    </select>
                </label>
                <label class="text-sm">
                    <span class="block text-slate-600">{t("users-match")}</span>
                    <select name="op" class=INPUT>
                        {ValueOp::ALL.into_iter().map(|op| view! {
                            <option value=op.as_param() selected=q.op == op>{op.label(lang())}</option>
                        }).collect_view()}
                    </select>
                </label>
                <label class="text-sm">
                    <span class="block text-slate-600">{t("users-value")}</span>
                    <input type="search" name="q" class=INPUT value=q.value.clone() aria-invalid=invalid("q")/>
                </label>
                <label class="text-sm">
                    <span class="block text-slate-600">{t("column-status")}</span>
                    <select name="status" class=INPUT>
                        <option value="">{t("search-status-any")}</option>
                        {STATUSES.into_iter().map(|s| view! {
                            <option value=s selected=q.status.as_deref() == Some(s)>{s}</option>
                        }).collect_view()}
                    </select>
                </label>
                <label class="text-sm">
                    <span class="block text-slate-600">{t("user-enabled")}</span>
                    <select name="enabled" class=INPUT>
                        <option value="">{t("search-enabled-either")}</option>
                        <option value="yes" selected=q.enabled == Some(true)>{t("search-enabled-yes")}</option>
                        <option value="no" selected=q.enabled == Some(false)>{t("search-enabled-no")}</option>
                    </select>
                </label>
            </div>
            <div class="flex flex-wrap items-end gap-2">
                <label class="text-sm">
                    <span class="block text-slate-600">{t("groups-title")}</span>
                    <select name="in" class=INPUT>
                        {GroupMode::ALL.into_iter().map(|m| view! {
                            <option value=m.as_param() selected=q.group_mode == m>{m.label(lang())}</option>
                        }).collect_view()}
                    </select>
                </label>
                <label class="text-sm">
                    <span class="block text-slate-600">{t("search-these-groups")}</span>
                    <select name="groups" multiple=true size="3" class=INPUT aria-invalid=invalid("groups")>
                        <Suspense fallback=|| ()>
                            {move || {
                                let chosen = chosen_groups.clone();
                                Suspend::new(async move {
                                    groups.await.unwrap_or_default().into_iter().map(|g| {
                                        let selected = chosen.contains(&g.name);
                                        view! { <option value=g.name.clone() selected=selected>{g.name.clone()}</option> }
                                    }).collect_view()
                                })
                            }}
                        </Suspense>
                    </select>
                </label>
                {date("created_from", t("search-created-from"), q.created_from.clone())}
                {date("created_to", t("search-date-to"), q.created_to.clone())}
                {date("modified_from", t("search-modified-from"), q.modified_from.clone())}
                {date("modified_to", t("search-date-to"), q.modified_to.clone())}
                <label class="text-sm">
                    <span class="block text-slate-600">{t("users-per-page")}</span>
                    <select name="size" class=INPUT>
                        {PAGE_SIZES.into_iter().map(|n| view! {
                            <option value=n.to_string() selected=q.size == n>{n}</option>
                        }).collect_view()}
                    </select>
                </label>
                <input type="hidden" name="sort" value=q.sort.as_param()/>
                {q.descending.then(|| view! { <input type="hidden" name="dir" value="desc"/> })}
                <button type="submit" class=BUTTON>{t("users-search")}</button>
                <a class="text-sm text-indigo-700 underline" href="?">{t("audit-clear")}</a>
            </div>
            {move || refused.get().map(|(_, message)| view! {
                <p class="text-sm text-red-700" role="alert">{message}</p>
            })}
        </form>
    }
}

/// The operator's saved searches (links), and saving the current one.
#[component]
fn SavedSearches(pool_id: Memo<String>, query: Memo<IndexQuery>, saved: Saved) -> impl IntoView {
    let save = action::<SaveSearch>();
    let error = last_error(save.value());
    view! {
        <section class="mb-3 flex flex-wrap items-end gap-3 text-sm" aria-label=t("search-saved") data-saved-searches="">
            <Suspense fallback=|| ()>
                {move || Suspend::new(async move {
                    let pool = pool_id.get_untracked();
                    saved.await.unwrap_or_default().into_iter().map(|s| {
                        let href = format!("/pools/{pool}/users?{}", s.query);
                        view! { <SavedLink href name=s.name id=s.id/> }
                    }).collect_view()
                })}
            </Suspense>
            <ActionForm action=save attr:class="flex items-end gap-2">
                <Hidden name="pool_id" value=pool_id.get_untracked()/>
                <Hidden name="query" value=query.get_untracked().to_query()/>
                <TextField label=t("search-save-as") name="name" error/>
                <button type="submit" class=SMALL_BUTTON>{t("save")}</button>
            </ActionForm>
            <Outcome error done=succeeded(save.value()) success=t("search-saved-done")/>
        </section>
    }
}

#[component]
fn SavedLink(href: String, name: String, id: String) -> impl IntoView {
    let forget = action_for::<ForgetSearch>("id", &id);
    let label = t_with("search-forget", &[("name", name.clone().into())]);
    view! {
        <span class="inline-flex items-center gap-1 rounded border border-slate-200 bg-white px-2 py-0.5">
            <a class="text-indigo-700 underline" href=href>{name}</a>
            <ActionForm action=forget attr:class="inline">
                <Hidden name="id" value=id/>
                <button type="submit" class="text-slate-600 hover:text-red-700" aria-label=label>"×"</button>
            </ActionForm>
        </span>
    }
}

/// The users page of `pool` showing the search `query` (`IndexQuery::to_query`).
pub fn users_link(pool: &str, query: &str) -> String {
    if query.is_empty() {
        return format!("/pools/{}/users", encode(pool));
    }
    format!("/pools/{}/users?{query}", encode(pool))
}
