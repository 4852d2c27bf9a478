//! The audit log (admins only): who changed what, and who revealed which secret. The filter is
//! a plain GET form and the page is in the URL (`before=`), so links, reloads and the CSV export
//! all work without JavaScript.

use leptos::prelude::*;
use leptos_router::hooks::use_query_map;

use crate::api::audit::list_audit;
use crate::components::feedback::{ErrorBanner, Loading};
use crate::components::form::FieldError;
use crate::components::layout::PageHeader;
use crate::components::style::{BUTTON, INPUT};
use crate::components::table::{DataTable, col_t};
use crate::error::AppError;
use crate::i18n::{t, timestamp_ms};
use crate::model::audit::{
    AuditEntry, AuditFilter, AuditPage, OUTCOME_INTERRUPTED, OUTCOME_OK, OUTCOME_PENDING,
};

/// The outcomes offered by the filter: `error` is any failure (`partial` included), `partial` a
/// report with failed steps (bulk, blueprint), `stopped` and `cancelled` a job's end, the rest
/// are error codes.
const OUTCOMES: [&str; 17] = [
    "ok",
    "error",
    "partial",
    "stopped",
    "cancelled",
    "pending",
    "forbidden",
    "invalid",
    "not_found",
    "conflict",
    "unavailable",
    "unsupported",
    "interrupted",
    "throttled",
    "login_failed",
    "not_allowed",
    "too_many_attempts",
];

const FILTER_FIELDS: [&str; 7] = ["operator", "action", "pool", "target", "from", "to", "outcome"];

const LINK: &str = "rounded-md border border-slate-300 px-3 py-1.5 text-sm hover:bg-slate-50";
const LINK_OFF: &str = "rounded-md border border-slate-200 px-3 py-1.5 text-sm text-slate-500";

#[component]
pub fn AuditLogPage() -> impl IntoView {
    let query = use_query_map();
    let filter = Memo::new(move |_| {
        let q = query.read();
        let get = |key: &str| q.get(key).unwrap_or_default();
        AuditFilter {
            operator: get("operator"),
            action: get("action"),
            pool: get("pool"),
            target: get("target"),
            from: get("from"),
            to: get("to"),
            outcome: get("outcome"),
        }
    });
    let before = Memo::new(move |_| query.read().get("before").and_then(|b| b.parse::<i64>().ok()));
    let page = Resource::new(move || (filter.get(), before.get()), |(f, b)| list_audit(f, b));
    view! {
        <PageHeader title=t("audit-title") lead=t("audit-lead")/>
        <Transition fallback=|| view! { <Loading/> }>
            {move || Suspend::new(async move {
                let (filter, before) = (filter.get_untracked(), before.get_untracked());
                let result = page.await;
                view! { <AuditView filter before result/> }
            })}
        </Transition>
    }
    .into_any()
}

/// The filter, then the entries or what went wrong. A bad filter value is shown beside its
/// field, with the form still filled in so that it can be corrected.
#[component]
fn AuditView(filter: AuditFilter, before: Option<i64>, result: Result<AuditPage, AppError>) -> impl IntoView {
    let (actions, error) = match &result {
        Ok(page) => (page.actions.clone(), None),
        Err(e) => (Vec::new(), Some(e.clone())),
    };
    let query = filter.query_string();
    let body = match result {
        Ok(page) => view! {
            <AuditToolbar query=query.clone() before older=page.older/>
            <AuditTable entries=page.entries/>
        }
        .into_any(),
        Err(e) if e.field().is_some_and(|f| FILTER_FIELDS.contains(&f)) => ().into_any(),
        Err(error) => view! { <ErrorBanner error/> }.into_any(),
    };
    view! {
        <FilterForm filter actions error=Signal::stored(error)/>
        {body}
    }
    .into_any()
}

#[component]
fn FilterForm(filter: AuditFilter, actions: Vec<String>, error: Signal<Option<AppError>>) -> impl IntoView {
    // The chosen action stays offered even when the list is not there (the load failed).
    let mut actions = actions;
    if !filter.action.is_empty() && !actions.contains(&filter.action) {
        actions.push(filter.action.clone());
    }
    let outcomes: Vec<String> = OUTCOMES.iter().map(|o| o.to_string()).collect();
    let time_hint = t("audit-time-hint");
    view! {
        <form method="get" action="/audit" role="search" data-testid="audit-filter"
            class="mb-4 flex flex-wrap items-start gap-3 rounded-lg border border-slate-200 bg-white p-3">
            <FilterInput label=t("audit-operator") name="operator" value=filter.operator placeholder=t("audit-operator-hint") error/>
            <FilterSelect label=t("audit-action") name="action" options=actions selected=filter.action error/>
            <FilterInput label=t("column-pool") name="pool" value=filter.pool placeholder="us-east-1_…" error/>
            <FilterInput label=t("audit-target") name="target" value=filter.target placeholder=t("audit-target-hint") error/>
            <FilterInput label=t("audit-from") name="from" value=filter.from placeholder=time_hint.clone() error/>
            <FilterInput label=t("audit-to") name="to" value=filter.to placeholder=time_hint error/>
            <FilterSelect label=t("column-outcome") name="outcome" options=outcomes selected=filter.outcome error/>
            <div class="flex items-center gap-3 self-end pb-6">
                <button type="submit" class=BUTTON>{t("audit-filter")}</button>
                <a class="text-sm text-indigo-700 hover:underline" href="/audit">{t("audit-clear")}</a>
            </div>
        </form>
    }
    .into_any()
}

/// A labelled text input of the filter, its error beneath it.
#[component]
fn FilterInput(
    #[prop(into)] label: String,
    name: &'static str,
    value: String,
    #[prop(into)] placeholder: String,
    error: Signal<Option<AppError>>,
) -> impl IntoView {
    let id = format!("audit-{name}");
    let invalid = move || error.with(|e| e.as_ref().and_then(AppError::field) == Some(name)).to_string();
    view! {
        <div class="text-sm">
            <label for=id.clone() class="block text-slate-600">{label}</label>
            <input id=id type="text" name=name value=value placeholder=placeholder class=INPUT aria-invalid=invalid/>
            <FieldError field=name error/>
        </div>
    }
}

/// A labelled `<select>` of the filter, "Any" first.
#[component]
fn FilterSelect(
    label: String,
    name: &'static str,
    options: Vec<String>,
    selected: String,
    error: Signal<Option<AppError>>,
) -> impl IntoView {
    let id = format!("audit-{name}");
    view! {
        <div class="text-sm">
            <label for=id.clone() class="block text-slate-600">{label}</label>
            <select id=id name=name class=INPUT>
                <option value="" selected=selected.is_empty()>{t("audit-any")}</option>
                {options.into_iter().map(|o| {
                    let on = o == selected;
                    view! { <option value=o.clone() selected=on>{o.clone()}</option> }
                }).collect_view()}
            </select>
            <FieldError field=name error/>
        </div>
    }
}

/// `path` with `query` as its query string, if there is one.
fn audit_href(path: &str, query: &str) -> String {
    if query.is_empty() { path.to_string() } else { format!("{path}?{query}") }
}

/// Paging (newest / older) and the CSV export of everything the filter matches.
#[component]
fn AuditToolbar(query: String, before: Option<i64>, older: Option<i64>) -> impl IntoView {
    let newest = before.map(|_| audit_href("/audit", &query));
    let older = older.map(|o| {
        let rest = if query.is_empty() { format!("before={o}") } else { format!("{query}&before={o}") };
        audit_href("/audit", &rest)
    });
    let export = audit_href("/audit/export.csv", &query);
    view! {
        <div class="mb-3 flex flex-wrap items-center gap-3">
        <nav class="flex items-center gap-3" aria-label=t("pagination")>
            {match newest {
                Some(href) => view! { <a class=LINK href=href data-testid="audit-newest">{t("audit-newest")}</a> }.into_any(),
                None => view! { <span class=LINK_OFF aria-disabled="true">{t("audit-newest")}</span> }.into_any(),
            }}
            {match older {
                Some(href) => view! { <a class=LINK href=href rel="next" data-testid="audit-older">{t("audit-older")}</a> }.into_any(),
                None => view! { <span class=LINK_OFF aria-disabled="true">{t("audit-older")}</span> }.into_any(),
            }}
        </nav>
        <a class=format!("ml-auto {LINK}") href=export download="" data-testid="audit-export">{t("audit-export")}</a>
        </div>
    }
    .into_any()
}

#[component]
fn AuditTable(entries: Vec<AuditEntry>) -> impl IntoView {
    if entries.is_empty() {
        return view! { <p class="py-6 text-sm text-slate-600" data-testid="audit-empty">{t("audit-none")}</p> }
            .into_any();
    }
    view! {
        <DataTable name="audit" attr:data-testid="audit-table"
            columns=vec![col_t("audit-column-time"), col_t("audit-operator"), col_t("audit-column-source-ip"), col_t("audit-action"), col_t("column-pool"), col_t("audit-target"), col_t("column-outcome")]>
            {entries.into_iter().map(|e| view! { <AuditRow entry=e/> }).collect_view()}
        </DataTable>
    }
    .into_any()
}

#[component]
fn AuditRow(entry: AuditEntry) -> impl IntoView {
    let dash = || "–".to_string();
    let operator = entry.operator_label();
    // The sub identifies the operator for good (an email can change); it is on hover.
    let operator_title = entry.operator_sub.clone().unwrap_or_default();
    let (action, outcome) = (entry.action.clone(), entry.outcome.clone());
    view! {
        <tr class="align-top hover:bg-slate-50" data-testid="audit-row" data-action=action data-outcome=outcome>
            <td class="whitespace-nowrap px-4 py-2 text-xs">
                {timestamp_ms(entry.at_ms)}
                <span class="block font-mono text-slate-500" title=t("audit-request-id") data-request-id="">{entry.request_id.clone()}</span>
            </td>
            <td class="whitespace-nowrap px-4 py-2" title=operator_title>{operator}</td>
            <td class="px-4 py-2 font-mono text-xs">{entry.source_ip.unwrap_or_else(dash)}</td>
            <td class="px-4 py-2 font-mono text-xs">{entry.action}</td>
            <td class="px-4 py-2 font-mono text-xs">{entry.pool_id.unwrap_or_else(dash)}</td>
            <td class="whitespace-nowrap px-4 py-2 text-xs">{entry.target.unwrap_or_else(dash)}</td>
            <td class="px-4 py-2"><OutcomeBadge outcome=entry.outcome/></td>
        </tr>
    }
}

/// Green for success, grey while unfinished, amber for refused input and unknown results, red
/// for the rest.
#[component]
fn OutcomeBadge(outcome: String) -> impl IntoView {
    let colour = match outcome.as_str() {
        OUTCOME_OK => "bg-green-100 text-green-800",
        OUTCOME_PENDING => "bg-slate-100 text-slate-700",
        OUTCOME_INTERRUPTED => "bg-amber-100 text-amber-800",
        o if o.starts_with("invalid") || ["not_found", "conflict", "throttled", "partial"].contains(&o) => {
            "bg-amber-100 text-amber-800"
        }
        _ => "bg-red-100 text-red-800",
    };
    view! { <span class=format!("rounded px-1.5 py-0.5 text-xs font-medium {colour}")>{outcome}</span> }
}
