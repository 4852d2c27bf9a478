//! The users page's whole-selection work, started as server jobs (`api::jobs`): a change to the
//! ticked users or to every user the search matches, and an export of every user. Plain forms,
//! the same with or without JavaScript: the post answers with the job's page, which shows the
//! progress and the report, and goes on if the tab is closed. Only the button's count of ticked
//! users runs in the browser (an island).

use leptos::prelude::*;

use crate::api::jobs::{StartBulkJob, StartExport};
use crate::components::form::GroupOptions;
use crate::components::permit::Can;
use crate::components::style::{BUTTON, INPUT};
use crate::error::AppError;
use crate::i18n::t;
use crate::model::role::Permission;

pub const BULK_FORM: &str = "bulk-form";

/// The search "all matching" repeats when the job runs: Cognito's (attribute, kind, value,
/// group), or, on an indexed pool, the index's (`index_query`, `IndexQuery::to_query`).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Search {
    pub attribute: String,
    pub kind: String,
    pub value: String,
    pub group: String,
    pub index_query: String,
}

/// The users page's jobs, each for whoever may start it: a change to many users, and the
/// export (the same on Cognito's search and on the index's).
#[component]
pub fn UserJobs(
    pool_id: Memo<String>,
    search: Signal<Search>,
    groups: Resource<Result<Vec<crate::model::group::GroupInfo>, AppError>>,
) -> impl IntoView {
    view! {
        <Can allowed=StartBulkJob::allows>
            <BulkBar pool_id search groups/>
        </Can>
        <Can allowed=StartExport::allows>
            <ExportForm pool_id search/>
        </Can>
    }
}

#[component]
fn BulkBar(
    pool_id: Memo<String>,
    search: Signal<Search>,
    groups: Resource<Result<Vec<crate::model::group::GroupInfo>, AppError>>,
) -> impl IntoView {
    let url = <StartBulkJob as leptos::server_fn::ServerFn>::url();
    view! {
        <form
            id=BULK_FORM
            method="post"
            action=url
            class="mb-3 flex flex-wrap items-end gap-2 rounded-lg border border-slate-200 bg-white p-3"
        >
            <input type="hidden" name="pool_id" value=move || pool_id.get()/>
            <input type="hidden" name="attribute" value=move || search.read().attribute.clone()/>
            <input type="hidden" name="match_kind" value=move || search.read().kind.clone()/>
            <input type="hidden" name="value" value=move || search.read().value.clone()/>
            <input type="hidden" name="search_group" value=move || search.read().group.clone()/>
            <input type="hidden" name="index_query" value=move || search.read().index_query.clone()/>
            <span class="text-sm font-medium text-slate-700">{t("bulk-with-selected")}</span>
            <select name="action" class=INPUT aria-label=t("bulk-action")>
                <option value="add">{t("user-add-to-group")}</option>
                <option value="remove">{t("bulk-remove-from-group")}</option>
                <option value="enable">{t("bulk-enable")}</option>
                <option value="disable">{t("user-disable")}</option>
            </select>
            <select name="group" class=INPUT aria-label=t("bulk-group")>
                <option value="">{t("bulk-group-placeholder")}</option>
                <GroupOptions groups to_assign=true/>
            </select>
            <ApplyToSelected label=t("bulk-apply-selected")/>
            <button type="submit" name="all" value="1"
                class="rounded-md border border-slate-300 px-3 py-1.5 text-sm hover:bg-slate-50">
                {t("bulk-apply-all")}
            </button>
            <span class="text-xs text-slate-500">{t("bulk-job-note")}</span>
        </form>
    }
}

/// The submit button for the ticked users, counting them as they are ticked. The checkboxes are
/// the table's, outside this island (`form=` ties them to the bulk form): it counts them in the
/// page on every change, which also sees a box the browser ticked again on a back navigation.
/// `label` comes from the page, in its language (an island has no page to ask).
#[island]
fn ApplyToSelected(label: String) -> impl IntoView {
    let (ticked, set_ticked) = signal(0u32);
    #[cfg(feature = "hydrate")]
    {
        let count = move || {
            let selector = format!("input[form='{BULK_FORM}']:checked");
            let n = document().query_selector_all(&selector).map(|list| list.length()).unwrap_or_default();
            set_ticked.set(n);
        };
        count();
        let handle = window_event_listener(leptos::ev::change, move |_| count());
        on_cleanup(move || handle.remove());
    }
    #[cfg(not(feature = "hydrate"))]
    let _ = set_ticked;
    view! {
        <button type="submit" class=BUTTON>
            {move || match ticked.get() {
                0 => label.clone(),
                n => format!("{label} ({n})"),
            }}
        </button>
    }
}

/// "Export all users": a job that reads every user with attributes, status, dates and groups;
/// on an index search, also "Export all matching the search".
#[component]
fn ExportForm(pool_id: Memo<String>, search: Signal<Search>) -> impl IntoView {
    let url = <StartExport as leptos::server_fn::ServerFn>::url();
    let searching = move || !search.read().index_query.is_empty();
    view! {
        <form method="post" action=url class="mb-3 flex flex-wrap items-center gap-2 text-sm" data-export-form="">
            <input type="hidden" name="pool_id" value=move || pool_id.get()/>
            <input type="hidden" name="index_query" value=move || search.read().index_query.clone()/>
            <label for="export-format" class="font-medium text-slate-700">{t("export-as")}</label>
            <select id="export-format" name="format" class=INPUT>
                <option value="csv">"CSV"</option>
                <option value="json">"JSON"</option>
                <option value="ndjson">"NDJSON"</option>
            </select>
            <label class="flex items-center gap-1 text-slate-700">
                <input type="checkbox" name="with_mfa" value="on"/>
                {t("export-with-mfa")}
            </label>
            <button type="submit" class="rounded-md border border-slate-300 px-3 py-1.5 hover:bg-slate-50">{t("export-all")}</button>
            <Show when=searching>
                <button type="submit" name="matching" value="1"
                    class="rounded-md border border-slate-300 px-3 py-1.5 hover:bg-slate-50">
                    {t("export-matching")}
                </button>
            </Show>
        </form>
    }
}
