//! A pool at a glance, counted from the console's index: users by status, enabled, verified
//! email and phone, group, sign-ups per day and per week, temporary passwords left unchanged.
//! Every chart is SVG drawn on the server (read without JavaScript, printed as is) next to the
//! same numbers as text, and every number links to the users page's search for those users.

use leptos::prelude::*;
use leptos_router::hooks::{use_params_map, use_query_map};

use crate::api::index::{BuildIndex, get_index_status, get_pool_analytics};
use crate::components::feedback::{ErrorBanner, Loading};
use crate::components::layout::{PageHeader, PoolTabs};
use crate::components::permit::Can;
use crate::components::style::{CARD, CARD_TITLE, INPUT, SMALL_BUTTON};
use crate::error::AppError;
use crate::i18n::{t, t_with};
use crate::model::index::{Bar, PoolAnalytics, age_in};
use crate::model::role::Permission;

use super::user_search::{BuildForm, users_link};

#[component]
pub fn AnalyticsPage() -> impl IntoView {
    let params = use_params_map();
    let pool_id = Memo::new(move |_| params.read().get("pool_id").unwrap_or_default());
    let query = use_query_map();
    let stuck_days = Memo::new(move |_| query.read().get("stuck_days"));
    let analytics =
        Resource::new(move || (pool_id.get(), stuck_days.get()), |(p, d)| get_pool_analytics(p, d));
    let status = Resource::new(move || pool_id.get(), get_index_status);
    view! {
        <PageHeader title=t("tab-analytics") id=pool_id/>
        {move || view! { <PoolTabs pool_id=pool_id.get()/> }}
        <Transition fallback=|| view! { <Loading/> }>
            {move || Suspend::new(async move {
                let pool = pool_id.get_untracked();
                let status = status.await.unwrap_or_default();
                match analytics.await {
                    Ok(a) => view! { <Analytics pool a age=status.age_secs.map(|secs| age_in(crate::i18n::lang(), secs)).unwrap_or_default()/> }.into_any(),
                    Err(AppError::Conflict { .. }) => view! {
                        <section class=CARD data-index-offer="">
                            <p class="mb-2 text-sm">{t("analytics-no-index")}</p>
                            {match status.building {
                                Some(job) => view! {
                                    <a class="text-sm text-indigo-700 underline" href=format!("/jobs/{job}")>{t("analytics-build-under-way")}</a>
                                }.into_any(),
                                None => view! {
                                    <Can allowed=BuildIndex::allows>
                                        <BuildForm pool_id=pool.clone() label=t("analytics-build-index")/>
                                    </Can>
                                }.into_any(),
                            }}
                        </section>
                    }.into_any(),
                    Err(error) => view! { <ErrorBanner error/> }.into_any(),
                }
            })}
        </Transition>
    }
}

#[component]
fn Analytics(pool: String, a: PoolAnalytics, age: String) -> impl IntoView {
    let link = {
        let pool = pool.clone();
        move |search: &str| users_link(&pool, search)
    };
    let total_link = link("");
    let stuck_link = link(&a.stuck.search);
    view! {
        <p class="mb-4 text-sm text-slate-600" data-index-age="">
            {t_with("analytics-counted", &[("age", age.into()), ("date", crate::i18n::date(Some(a.built_ms / 1000)).into())])}
        </p>
        <div class="mb-6 grid gap-4 sm:grid-cols-2">
            <section class=CARD aria-labelledby="total-users">
                <h2 id="total-users" class=CARD_TITLE>{t("analytics-users")}</h2>
                <a class="text-3xl font-semibold text-indigo-700 underline" href=total_link data-total=a.total.to_string()>{a.total}</a>
            </section>
            <section class=CARD aria-labelledby="stuck-users">
                <h2 id="stuck-users" class=CARD_TITLE>{t("analytics-stuck")}</h2>
                <a class="text-3xl font-semibold text-indigo-700 underline" href=stuck_link data-stuck=a.stuck.count.to_string()>{a.stuck.count}</a>
                <p class="mt-1 text-sm text-slate-600">{a.stuck.label.clone()}</p>
                <form method="get" class="mt-2 flex items-center gap-2 text-sm print:hidden">
                    <label for="stuck-days">{t("analytics-days")}</label>
                    <input id="stuck-days" name="stuck_days" type="number" min="1" max="3650" value=a.stuck_days.to_string() class=INPUT/>
                    <button type="submit" class=SMALL_BUTTON>{t("analytics-count")}</button>
                </form>
            </section>
        </div>
        <div class="mb-6 grid gap-4 lg:grid-cols-2">
            <Breakdown title=t("analytics-by-status") id="by-status" bars=a.by_status total=a.total pool=pool.clone()/>
            <Breakdown title=t("analytics-enabled") id="by-enabled" bars=a.by_enabled total=a.total pool=pool.clone()/>
            <Breakdown title=t("analytics-email") id="by-email" bars=a.email total=a.total pool=pool.clone()/>
            <Breakdown title=t("analytics-phone") id="by-phone" bars=a.phone total=a.total pool=pool.clone()/>
            <Breakdown title=t("analytics-groups") id="by-group" bars=a.groups total=a.total pool=pool.clone()/>
        </div>
        <Columns title=t("analytics-per-day") id="per-day" bars=a.per_day pool=pool.clone()/>
        <Columns title=t("analytics-per-week") id="per-week" bars=a.per_week pool/>
    }
}

/// Counts as rows: the label, the number (a link to those users) and a bar of its share.
#[component]
fn Breakdown(title: String, id: &'static str, bars: Vec<Bar>, total: u64, pool: String) -> impl IntoView {
    let rows = bars
        .into_iter()
        .map(|bar| {
            let share = if total == 0 { 0.0 } else { bar.count as f64 / total as f64 };
            let width = format!("{:.1}", share * 100.0);
            let count = bar.count.to_string();
            let number = if bar.search.is_empty() {
                view! { <span>{count}</span> }.into_any()
            } else {
                let href = users_link(&pool, &bar.search);
                view! { <a class="text-indigo-700 underline" href=href>{count}</a> }.into_any()
            };
            let (label, key) = (bar.label.clone(), bar.label);
            view! {
                <tr data-bar=key>
                    <th scope="row" class="py-1 pr-3 text-left font-normal">{label}</th>
                    <td class="py-1 pr-3 text-right tabular-nums">{number}</td>
                    <td class="w-1/2 py-1">
                        <svg viewBox="0 0 100 8" preserveAspectRatio="none" class="h-3 w-full" aria-hidden="true" focusable="false">
                            <rect x="0" y="0" width="100" height="8" class="fill-slate-200"/>
                            <rect x="0" y="0" width=width height="8" class="fill-indigo-600"/>
                        </svg>
                    </td>
                </tr>
            }
        })
        .collect_view();
    view! {
        <section class=CARD aria-labelledby=id data-breakdown=id>
            <h2 id=id class=CARD_TITLE>{title}</h2>
            <table class="w-full text-sm">
                <thead class="sr-only"><tr><th scope="col">{t("analytics-column-users")}</th><th scope="col">{t("analytics-column-count")}</th><th scope="col">{t("analytics-column-share")}</th></tr></thead>
                <tbody>{rows}</tbody>
            </table>
        </section>
    }
}

/// A column per day or week, each a link to its sign-ups; the same numbers as a table under it.
#[component]
fn Columns(title: String, id: &'static str, bars: Vec<Bar>, pool: String) -> impl IntoView {
    let (width, height, gap) = (600.0_f64, 120.0_f64, 2.0_f64);
    let most = bars.iter().map(|b| b.count).max().unwrap_or(0).max(1) as f64;
    let column = width / bars.len().max(1) as f64;
    let sum: u64 = bars.iter().map(|b| b.count).sum();
    let title_id = format!("{id}-title");
    let described = t_with("analytics-chart", &[("title", title.clone().into()), ("sum", sum.into())]);
    let columns = bars
        .iter()
        .enumerate()
        .map(|(i, bar)| {
            let h = (bar.count as f64 / most * (height - 4.0)).max(if bar.count > 0 { 2.0 } else { 0.0 });
            let (x, y) = (i as f64 * column + gap / 2.0, height - h);
            let tip = format!("{}: {}", bar.label, bar.count);
            view! {
                <a href=users_link(&pool, &bar.search)>
                    <title>{tip}</title>
                    <rect x=format!("{x:.1}") y=format!("{y:.1}") width=format!("{:.1}", column - gap) height=format!("{h:.1}") class="fill-indigo-600"/>
                    // The whole column height is the link's target, not only its bar.
                    <rect x=format!("{x:.1}") y="0" width=format!("{:.1}", column - gap) height=format!("{height:.0}") fill="transparent"/>
                </a>
            }
        })
        .collect_view();
    let rows = bars
        .into_iter()
        .map(|bar| {
            let href = users_link(&pool, &bar.search);
            view! {
                <tr>
                    <th scope="row" class="py-0.5 pr-3 text-left font-normal">{bar.label}</th>
                    <td class="py-0.5 text-right tabular-nums"><a class="text-indigo-700 underline" href=href>{bar.count}</a></td>
                </tr>
            }
        })
        .collect_view();
    view! {
        <section class=format!("{CARD} mb-6") aria-labelledby=title_id.clone() data-columns=id>
            <h2 id=title_id.clone() class=CARD_TITLE>{title}</h2>
            <svg viewBox=format!("0 0 {width} {height}") class="h-32 w-full" role="group" aria-label=described>
                {columns}
                <line x1="0" y1=format!("{height}") x2=format!("{width}") y2=format!("{height}") class="stroke-slate-400"/>
            </svg>
            <details class="mt-2 text-sm">
                <summary class="cursor-pointer text-slate-700">{t("analytics-as-table")}</summary>
                <table class="mt-2 text-sm"><tbody>{rows}</tbody></table>
            </details>
        </section>
    }
}
