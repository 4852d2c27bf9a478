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
use crate::components::table::{DataTable, col};
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
        <PageHeader title="Configuration summary" id=pool_id>
            <PrintButton/>
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
            <button type="submit" class=BUTTON data-include-secrets="">"Include client secrets"</button>
        </ActionForm>
    }
}

/// An island: printing needs the browser.
#[island]
fn PrintButton() -> impl IntoView {
    view! {
        <button type="button" class=format!("{SMALL_BUTTON} print:hidden") data-print=""
            on:click=move |_| {
                #[cfg(feature = "hydrate")]
                let _ = window().print();
            }>
            "Print"
        </button>
    }
    .into_any()
}

#[component]
fn Summary(summary: ConfigSummary) -> impl IntoView {
    let p = &summary.pool;
    let pool_rows = vec![
        ("Pool id", Some(p.id.clone())),
        ("Name", Some(p.name.clone())),
        ("Region", Some(p.region.clone())),
        ("ARN", p.arn.clone()),
        ("Issuer", Some(p.issuer.clone())),
        ("JWKS URL", Some(p.jwks_uri.clone())),
        ("Domain", p.domain.clone()),
        ("Hosted UI", p.hosted_ui_url.clone()),
        ("Token endpoint", p.token_endpoint()),
    ];
    view! {
        <div class="space-y-6">
            <CopyRows title="User pool" rows=pool_rows/>
            <ClientsSection summary=summary.clone()/>
            <GroupsSection summary=summary.clone()/>
            <UsersSection summary=summary.clone()/>
            <IdentityPoolsSection summary=summary.clone()/>
            <Exports summary/>
        </div>
    }
    .into_any()
}

fn heading(text: &'static str) -> impl IntoView {
    view! { <h2 class="mb-2 text-lg font-semibold text-slate-900">{text}</h2> }
}

fn short(items: &[String]) -> String {
    list(&items.iter().map(|f| f.trim_start_matches("ALLOW_").to_string()).collect::<Vec<_>>())
}

#[component]
fn ClientsSection(summary: ConfigSummary) -> impl IntoView {
    let pool_id = summary.pool.id.clone();
    view! {
        <section data-summary="clients">
            {heading("App clients")}
            <DataTable name="summary-clients" columns=vec![col("Name"), col("Client id"), col("Secret"), col("Auth flows"), col("OAuth flows"), col("Scopes"), col("Tokens (access / ID / refresh)")]>
                {summary.clients.into_iter().map(|c| {
                    let href = format!("/pools/{pool_id}/client?id={}", encode(&c.id));
                    let secret = if c.has_secret {
                        view! { <MaskedSecret pool_id=pool_id.clone() client_id=c.id.clone()/> }.into_any()
                    } else {
                        view! { <span class="text-slate-500">"none"</span> }.into_any()
                    };
                    view! {
                        <tr data-client=c.name.clone()>
                            <td class="px-4 py-2"><a class="font-medium text-indigo-700 hover:underline" href=href>{c.name.clone()}</a></td>
                            <td class="px-4 py-2"><span class="inline-flex items-center gap-2"><code class="font-mono text-xs">{c.id.clone()}</code>{copy(c.id.clone())}</span></td>
                            <td class="px-4 py-2 text-xs">{secret}</td>
                            <td class="px-4 py-2 text-xs">{short(&c.auth_flows)}</td>
                            <td class="px-4 py-2 text-xs">{list(&c.oauth_flows)}</td>
                            <td class="px-4 py-2 text-xs">{list(&c.scopes)}</td>
                            <td class="px-4 py-2 text-xs">{format!("{} / {} / {}", c.access_token, c.id_token, c.refresh_token)}</td>
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
            {heading("Groups by precedence")}
            <DataTable name="summary-groups" columns=vec![col("Precedence").right(), col("Group"), col("Description")]>
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
            {heading("Users and their groups")}
            <DataTable name="summary-users" columns=vec![col("User"), col("Status"), col("Groups")]>
                {summary.users.into_iter().map(|u| view! {
                    <tr>
                        <td class="px-4 py-2">{u.user.email.clone().unwrap_or_else(|| u.user.username.clone())}</td>
                        <td class="px-4 py-2 text-xs">{u.user.status.clone()}{(!u.user.enabled).then_some(" (disabled)")}</td>
                        <td class="px-4 py-2 text-xs">{list(&u.groups)}</td>
                    </tr>
                }).collect_view()}
            </DataTable>
            <Show when=move || more>
                <p class="mt-2 text-sm">
                    {format!("Showing the first {} users. ", crate::model::summary::SUMMARY_USERS)}
                    <a class="text-indigo-700 underline" href=all.clone()>"All users →"</a>
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
            {heading("Identity pools")}
            {if let Some(why) = unlisted {
                view! { <p class="text-sm text-amber-800" data-unlisted="">{format!("The identity pools could not be listed: {why}")}</p> }.into_any()
            } else if pools.is_empty() {
                view! { <p class="text-sm text-slate-600">"No identity pool signs in through this user pool. " <a class="text-indigo-700 underline print:hidden" href=create>"Create one →"</a></p> }.into_any()
            } else {
                view! {
                    <DataTable name="summary-identity-pools" columns=vec![col("Name"), col("Identity pool id"), col("Guests"), col("Authenticated role"), col("Unauthenticated role")]>
                        {pools.into_iter().map(|p| {
                            let (auth, unauth) = match &p.roles {
                                Some(r) => (r.authenticated.clone().unwrap_or_else(|| "none".into()), r.unauthenticated.clone().unwrap_or_else(|| "none".into())),
                                None => ("not reported by this endpoint".to_string(), "not reported by this endpoint".to_string()),
                            };
                            view! {
                                <tr>
                                    <td class="px-4 py-2"><a class="font-medium text-indigo-700 hover:underline" href=format!("/identity-pools/{}", p.id)>{p.name.clone()}</a></td>
                                    <td class="px-4 py-2"><span class="inline-flex items-center gap-2"><code class="font-mono text-xs">{p.id.clone()}</code>{copy(p.id.clone())}</span></td>
                                    <td class="px-4 py-2 text-xs">{if p.allow_unauthenticated { "allowed" } else { "no" }}</td>
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
            {heading("Exports")}
            <nav class="mb-3 flex flex-wrap gap-2" aria-label="Export formats">
                {EXPORT_FORMATS.iter().map(|(key, label, ..)| {
                    let class = if format == *key { "rounded-md bg-indigo-600 px-3 py-1 text-sm text-white" } else { "rounded-md border border-slate-300 px-3 py-1 text-sm hover:bg-slate-100" };
                    view! { <a href=base(key) data-export-format=*key class=class>{*label}</a> }
                }).collect_view()}
            </nav>
            <div class="mb-3 flex flex-wrap items-end gap-2 text-sm">
                <form method="get" class="flex flex-wrap items-end gap-2">
                    <input type="hidden" name="export" value=format.clone()/>
                    <label class="flex flex-col gap-1">
                        <span class="text-slate-600">"App client whose tokens your API accepts"</span>
                        <select name="audience" class="rounded-md border border-slate-300 px-2 py-1">
                            <option value="" selected=audience.is_empty()>"First user sign-in client"</option>
                            {clients.into_iter().map(|(id, name)| {
                                let selected = audience == id;
                                view! { <option value=id selected=selected>{name}</option> }
                            }).collect_view()}
                        </select>
                    </label>
                    <button type="submit" class=SMALL_BUTTON>"Apply"</button>
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
                        <p class="mb-2 text-sm font-medium text-amber-800" data-secrets-included="">"This export contains client secrets. Reading them was recorded with your name."</p>
                    })}
                    <TextExport content=file.content filename=file.filename mime=file.mime/>
                }.into_any(),
                None => ().into_any(),
            }}
        </section>
    }
    .into_any()
}
