//! Importing users from CSV: paste the file (the columns of a user export), check it (every
//! row's create, update or skip, and what is wrong; the page comes back with the file), then
//! import it as a job. "Import" checks and imports at once: a file with a bad row is refused
//! beside the field, naming the rows, and nothing is imported.

use leptos::prelude::*;
use leptos::server_fn::ServerFn;
use leptos_router::hooks::use_params_map;

use crate::api::backup::{CheckImport, StartImport};
use crate::components::form::{Checkbox, FieldError, FormError};
use crate::components::hidden::Hidden;
use crate::components::layout::{PageHeader, PoolTabs};
use crate::components::outcome::{action, last_error, typed};
use crate::components::permit::Can;
use crate::components::style::{BUTTON, SMALL_BUTTON};
use crate::components::table::{DataTable, col_t};
use crate::error::AppError;
use crate::i18n::{lang, t, t_with};
use crate::model::import::{ImportReport, RowAction};
use crate::model::role::Permission;

#[component]
pub fn ImportPage() -> impl IntoView {
    let params = use_params_map();
    let pool_id = Memo::new(move |_| params.read().get("pool_id").unwrap_or_default());
    let check = action::<CheckImport>();
    let start = action::<StartImport>();
    let (check_error, start_error) = (last_error(check.value()), last_error(start.value()));
    let error = Signal::derive(move || start_error.get().or_else(|| check_error.get()));
    // A checked or refused file comes back in its field.
    let csv = typed("csv").unwrap_or_default();
    let report = check.value().get_untracked().and_then(Result::ok);
    view! {
        <PageHeader title=t("import-title") id=pool_id/>
        {move || view! { <PoolTabs pool_id=pool_id.get()/> }}
        <p class="mb-4 max-w-3xl text-sm text-slate-600">{t("import-lead")}</p>
        <Can allowed=StartImport::allows>
            <ImportForm pool_id=pool_id.get_untracked() csv=csv.clone() start error/>
            {report.clone().map(|report| view! { <Report report/> })}
        </Can>
    }
}

#[component]
fn ImportForm(
    pool_id: String,
    csv: String,
    start: ServerAction<StartImport>,
    error: Signal<Option<AppError>>,
) -> impl IntoView {
    view! {
        <ActionForm action=start>
            <div class="max-w-4xl space-y-3" data-import-form="">
                <Hidden name="pool_id" value=pool_id/>
                <div>
                    <label for="field-csv" class="block text-sm font-medium text-slate-700">{t("import-csv")}</label>
                    <textarea id="field-csv" name="csv" rows=12
                        class="mt-1 block w-full rounded-md border border-slate-300 px-3 py-2 font-mono text-xs"
                        placeholder="email,given_name,family_name,enabled,groups">{csv}</textarea>
                    <FieldError field="csv" error/>
                </div>
                <Checkbox name="invite" label=t("backup-invite") checked=false/>
                <div class="flex gap-2">
                    <button type="submit" formaction=CheckImport::url() class=SMALL_BUTTON data-import-check="">{t("import-check")}</button>
                    <button type="submit" class=BUTTON>{t("import-submit")}</button>
                </div>
                <FormError error/>
            </div>
        </ActionForm>
    }
}

#[component]
fn Report(report: ImportReport) -> impl IntoView {
    let counts = t_with(
        "import-counts",
        &[
            ("create", report.count(RowAction::Create).into()),
            ("update", report.count(RowAction::Update).into()),
            ("skip", report.count(RowAction::Skip).into()),
            ("error", report.count(RowAction::Error).into()),
        ],
    );
    let blocked = report.count(RowAction::Error) > 0;
    view! {
        <p class="mb-2 mt-4 text-sm font-medium" data-import-summary="">
            {counts}
            " "{if blocked { t("import-blocked") } else { t("import-nothing-applied") }}
        </p>
        <DataTable name="import" columns=vec![col_t("import-column-line"), col_t("column-user"), col_t("import-column-action"), col_t("import-column-detail")]>
            {report.rows.into_iter().map(|r| {
                let class = match r.action {
                    RowAction::Error => "px-4 py-2 text-red-700",
                    _ => "px-4 py-2",
                };
                view! {
                    <tr data-row=r.action.label()>
                        <td class="px-4 py-2 text-xs">{r.line}</td>
                        <td class="px-4 py-2 font-mono text-xs">{r.user}</td>
                        <td class=class>{r.action.describe(lang())}</td>
                        <td class="px-4 py-2 text-xs text-slate-600">{r.detail}</td>
                    </tr>
                }
            }).collect_view()}
        </DataTable>
    }
}
