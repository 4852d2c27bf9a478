//! The guide's "Configuration Summary" of one pool, with copy buttons, exports and a print
//! layout. The exports without secrets are computed from the summary while the page renders;
//! with secrets they come from their own server function.

use leptos::prelude::*;
use leptos_router::hooks::{use_params_map, use_query_map};

use crate::api::clients::RevealClientSecret;
use crate::api::summary::{ExportConfig, get_config_summary};
use crate::components::copy::{CopyRows, MaskedSecret, TextExport, copy};
use crate::components::details::list;
use crate::components::feedback::{Loading, or_error};
use crate::components::hidden::Hidden;
use crate::components::layout::{PageHeader, PoolTabs};
use crate::components::outcome::{Outcome, action, last_error, typed};
use crate::components::pagination::encode;
use crate::components::permit::Can;
use crate::components::style::{BUTTON, SMALL_BUTTON};
use crate::components::table::{DataTable, col_t};
use crate::i18n::{t, t_with};
use crate::model::export::export;
use crate::model::export::{EXPORT_FORMATS, ExportFile};
use crate::model::role::Permission;
use crate::model::summary::ConfigSummary;

#[component]
pub fn SummaryPage() -> impl IntoView {
    let params = use_params_map();
    let pool_id = Memo::new(move |_| params.read().get("pool_id").unwrap_or_default());
    let summary = Resource::new(move || pool_id.get(), get_config_summary);
    view! {
        <PageHeader title=t("summary-title") id=pool_id>
            <PrintButton label=t("summary-print")/>
        </PageHeader>
        {move || view! { <PoolTabs pool_id=pool_id.get()/> }}
        <Transition fallback=|| view! { <Loading/> }>
            {move || Suspend::new(async move {
                or_error(summary.await, |s| view! { <Summary summary=s/> })
            })}
        </Transition>
    }
    .into_any()
}

/// "Include client secrets": the same export, asked of the server function that reads them.
#[component]
fn SecretsForm(
    action: ServerAction<ExportConfig>,
    pool_id: String,
    format: String,
    audience: String,
) -> impl IntoView {
    view! {
        <ActionForm action>
            <Hidden name="pool_id" value=pool_id/>
            <Hidden name="format" value=format/>
            <Hidden name="audience" value=audience/>
            <Hidden name="include_secrets" value="true"/>
            <button type="submit" class=BUTTON data-include-secrets="">{t("summary-include-secrets")}</button>
        </ActionForm>
    }
}

/// An island: printing needs the browser. Its word comes from the page, in the page's language.
#[island]
fn PrintButton(label: String) -> impl IntoView {
    view! {
        <button type="button" class=format!("{SMALL_BUTTON} print:hidden") data-print=""
            on:click=move |_| {
                #[cfg(feature = "hydrate")]
                let _ = window().print();
            }>
            {label}
        </button>
    }
    .into_any()
}

#[component]
fn Summary(summary: ConfigSummary) -> impl IntoView {
    let p = &summary.pool;
    let pool_rows = vec![
        (t("column-pool-id"), Some(p.id.clone())),
        (t("column-name"), Some(p.name.clone())),
        (t("summary-region"), Some(p.region.clone())),
        (t("summary-arn"), p.arn.clone()),
        (t("summary-issuer"), Some(p.issuer.clone())),
        (t("summary-jwks-url"), Some(p.jwks_uri.clone())),
        (t("summary-domain"), p.domain.clone()),
        (t("summary-hosted-ui"), p.hosted_ui_url.clone()),
        (t("summary-token-endpoint"), p.token_endpoint()),
    ];
    view! {
        <div class="space-y-6">
            <CopyRows title=t("summary-user-pool") rows=pool_rows/>
            <ClientsSection summary=summary.clone()/>
            <GroupsSection summary=summary.clone()/>
            <UsersSection summary=summary.clone()/>
            <IdentityPoolsSection summary=summary.clone()/>
            <Exports summary/>
        </div>
    }
    .into_any()
}

fn heading(text: String) -> impl IntoView {
    view! { <h2 class="mb-2 text-lg font-semibold text-slate-900">{text}</h2> }
}

fn short(items: &[String]) -> String {
    list(&items.iter().map(|f| f.trim_start_matches("ALLOW_").to_string()).collect::<Vec<_>>())
}

#[component]
fn ClientsSection(summary: ConfigSummary) -> impl IntoView {
    let pool_id = summary.pool.id.clone();
    let lang = crate::i18n::lang();
    view! {
        <section data-summary="clients">
            {heading(t("summary-app-clients"))}
            <DataTable name="summary-clients" columns=vec![col_t("column-name"), col_t("summary-client-id"), col_t("summary-secret"), col_t("summary-auth-flows"), col_t("summary-oauth-flows"), col_t("summary-scopes"), col_t("summary-tokens")]>
                {summary.clients.into_iter().map(|c| {
                    let href = format!("/pools/{pool_id}/client?id={}", encode(&c.id));
                    let secret = if c.has_secret {
                        view! { <MaskedSecret pool_id=pool_id.clone() client_id=c.id.clone()/> }.into_any()
                    } else {
                        view! { <span class="text-slate-500">{t("none")}</span> }.into_any()
                    };
                    view! {
                        <tr data-client=c.name.clone()>
                            <td class="px-4 py-2"><a class="font-medium text-indigo-700 hover:underline" href=href>{c.name.clone()}</a></td>
                            <td class="px-4 py-2"><span class="inline-flex items-center gap-2"><code class="font-mono text-xs">{c.id.clone()}</code>{copy(c.id.clone())}</span></td>
                            <td class="px-4 py-2 text-xs">{secret}</td>
                            <td class="px-4 py-2 text-xs">{short(&c.auth_flows)}</td>
                            <td class="px-4 py-2 text-xs">{list(&c.oauth_flows)}</td>
                            <td class="px-4 py-2 text-xs">{list(&c.scopes)}</td>
                            <td class="px-4 py-2 text-xs">{format!("{} / {} / {}", c.access_token.label(lang), c.id_token.label(lang), c.refresh_token.label(lang))}</td>
                        </tr>
                    }
                }).collect_view()}
            </DataTable>
        </section>
    }
    .into_any()
}

#[component]
fn GroupsSection(summary: ConfigSummary) -> impl IntoView {
    view! {
        <section data-summary="groups">
            {heading(t("summary-groups-by-precedence"))}
            <DataTable name="summary-groups" columns=vec![col_t("column-precedence").right(), col_t("summary-group"), col_t("column-description")]>
                {summary.groups.into_iter().map(|g| view! {
                    <tr>
                        <td class="px-4 py-2 text-right">{g.precedence.map(|p| p.to_string()).unwrap_or_else(|| "–".into())}</td>
                        <td class="px-4 py-2 font-medium">{g.name}</td>
                        <td class="px-4 py-2 text-slate-600">{g.description.unwrap_or_default()}</td>
                    </tr>
                }).collect_view()}
            </DataTable>
        </section>
    }
    .into_any()
}

#[component]
fn UsersSection(summary: ConfigSummary) -> impl IntoView {
    let all = format!("/pools/{}/users", summary.pool.id);
    let more = summary.more_users;
    view! {
        <section data-summary="users">
            {heading(t("summary-users-and-groups"))}
            <DataTable name="summary-users" columns=vec![col_t("column-user"), col_t("column-status"), col_t("summary-groups")]>
                {summary.users.into_iter().map(|u| view! {
                    <tr>
                        <td class="px-4 py-2">{u.user.email.clone().unwrap_or_else(|| u.user.username.clone())}</td>
                        <td class="px-4 py-2 text-xs">{u.user.status.clone()}{(!u.user.enabled).then(|| format!(" {}", t("summary-user-disabled")))}</td>
                        <td class="px-4 py-2 text-xs">{list(&u.groups)}</td>
                    </tr>
                }).collect_view()}
            </DataTable>
            <Show when=move || more>
                <p class="mt-2 text-sm">
                    {format!("{} ", t_with("summary-users-first", &[("count", crate::model::summary::SUMMARY_USERS.into())]))}
                    <a class="text-indigo-700 underline" href=all.clone()>{t("summary-all-users")}</a>
                </p>
            </Show>
        </section>
    }
    .into_any()
}

#[component]
fn IdentityPoolsSection(summary: ConfigSummary) -> impl IntoView {
    let create = format!("/identity-pools/new?pool={}", encode(&summary.pool.id));
    let pools = summary.identity_pools;
    let unlisted = summary.identity_pools_unlisted;
    view! {
        <section data-summary="identity-pools">
            {heading(t("summary-identity-pools"))}
            {if let Some(why) = unlisted {
                view! { <p class="text-sm text-amber-800" data-unlisted="">{t_with("summary-identity-pools-unlisted", &[("why", crate::model::summary::unlisted_words(crate::i18n::lang(), &why).into())])}</p> }.into_any()
            } else if pools.is_empty() {
                view! { <p class="text-sm text-slate-600">{format!("{} ", t("summary-no-identity-pool"))} <a class="text-indigo-700 underline print:hidden" href=create>{t("summary-create-identity-pool")}</a></p> }.into_any()
            } else {
                view! {
                    <DataTable name="summary-identity-pools" columns=vec![col_t("column-name"), col_t("summary-identity-pool-id"), col_t("summary-guests"), col_t("summary-authenticated-role"), col_t("summary-unauthenticated-role")]>
                        {pools.into_iter().map(|p| {
                            let (auth, unauth) = match &p.roles {
                                Some(r) => (r.authenticated.clone().unwrap_or_else(|| t("none")), r.unauthenticated.clone().unwrap_or_else(|| t("none"))),
                                None => (t("summary-roles-not-reported"), t("summary-roles-not-reported")),
                            };
                            view! {
                                <tr>
                                    <td class="px-4 py-2"><a class="font-medium text-indigo-700 hover:underline" href=format!("/identity-pools/{}", p.id)>{p.name.clone()}</a></td>
                                    <td class="px-4 py-2"><span class="inline-flex items-center gap-2"><code class="font-mono text-xs">{p.id.clone()}</code>{copy(p.id.clone())}</span></td>
                                    <td class="px-4 py-2 text-xs">{if p.allow_unauthenticated { t("summary-guests-allowed") } else { t("summary-guests-no") }}</td>
                                    <td class="px-4 py-2 text-xs break-all">{auth}</td>
                                    <td class="px-4 py-2 text-xs break-all">{unauth}</td>
                                </tr>
                            }
                        }).collect_view()}
                    </DataTable>
                }.into_any()
            }}
        </section>
    }
    .into_any()
}

/// The export chooser: format and audience come from the URL (`?export=&audience=`), so they
/// are links and a GET form; "include secrets" posts to its own server function and comes back
/// to this URL with the file.
#[component]
fn Exports(summary: ConfigSummary) -> impl IntoView {
    let query = use_query_map();
    let format = query.read_untracked().get("export").unwrap_or_else(|| "json".into());
    let audience = query.read_untracked().get("audience").unwrap_or_default();
    let with_secrets = action::<ExportConfig>();
    // A secret export is shown only for the format and audience it was made for.
    let asked_here =
        typed("format").as_ref() == Some(&format) && typed("audience").as_ref() == Some(&audience);
    let file = with_secrets
        .value()
        .get_untracked()
        .and_then(Result::ok)
        .filter(|_: &ExportFile| asked_here)
        .or_else(|| export(&summary, &format, Some(audience.as_str()).filter(|a| !a.is_empty()), &[]));
    let base = |key: &str| {
        if audience.is_empty() {
            format!("?export={key}")
        } else {
            format!("?export={key}&audience={}", encode(&audience))
        }
    };
    let clients: Vec<(String, String)> =
        summary.clients.iter().map(|c| (c.id.clone(), c.name.clone())).collect();
    let error = last_error(with_secrets.value());
    let pool_id = summary.pool.id.clone();
    view! {
        <section class="print:hidden" data-summary="exports">
            {heading(t("summary-exports"))}
            <nav class="mb-3 flex flex-wrap gap-2" aria-label=t("summary-export-formats")>
                {EXPORT_FORMATS.iter().map(|(key, label, ..)| {
                    let class = if format == *key { "rounded-md bg-indigo-600 px-3 py-1 text-sm text-white" } else { "rounded-md border border-slate-300 px-3 py-1 text-sm hover:bg-slate-100" };
                    view! { <a href=base(key) data-export-format=*key class=class>{*label}</a> }
                }).collect_view()}
            </nav>
            <div class="mb-3 flex flex-wrap items-end gap-2 text-sm">
                <form method="get" class="flex flex-wrap items-end gap-2">
                    <input type="hidden" name="export" value=format.clone()/>
                    <label class="flex flex-col gap-1">
                        <span class="text-slate-600">{t("summary-audience")}</span>
                        <select name="audience" class="rounded-md border border-slate-300 px-2 py-1">
                            <option value="" selected=audience.is_empty()>{t("summary-audience-default")}</option>
                            {clients.into_iter().map(|(id, name)| {
                                let selected = audience == id;
                                view! { <option value=id selected=selected>{name}</option> }
                            }).collect_view()}
                        </select>
                    </label>
                    <button type="submit" class=SMALL_BUTTON>{t("summary-apply")}</button>
                </form>
                // Secrets are for the roles that may reveal them.
                <Can allowed=RevealClientSecret::allows>
                    <SecretsForm action=with_secrets pool_id=pool_id.clone() format=format.clone() audience=audience.clone()/>
                </Can>
            </div>
            <Outcome error done=Signal::derive(|| false) success=""/>
            {match file {
                Some(file) => view! {
                    {file.with_secrets.then(|| view! {
                        <p class="mb-2 text-sm font-medium text-amber-800" data-secrets-included="">{t("summary-secrets-included")}</p>
                    })}
                    <TextExport content=file.content filename=file.filename mime=file.mime/>
                }.into_any(),
                None => ().into_any(),
            }}
        </section>
    }
    .into_any()
}
