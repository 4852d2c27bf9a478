//! The users of a pool: search, filter by group, and page through them. The search is a plain
//! GET form and all of its state is in the URL, so a reload or a shared link shows the same page.
//! On a pool with an index the search is the index's (`user_search`); here, Cognito's own.

use leptos::prelude::*;
use leptos_router::hooks::{use_params_map, use_query_map};

use crate::api::backup::StartImport;
use crate::api::groups::list_group_names;
use crate::api::index::{get_index_status, list_saved_searches, search_index};
use crate::api::users::{CreateUser, list_users};
use crate::components::badge::StatusBadge;
use crate::components::bulk::{BULK_FORM, Search, UserJobs};
use crate::components::feedback::{Loading, or_error};
use crate::components::form::GroupOptions;
use crate::components::layout::{PageHeader, PoolTabs};
use crate::components::pagination::{Pager, encode, parse_stack};
use crate::components::permit::Can;
use crate::components::style::INPUT;
use crate::components::table::{DataTable, col_t};
use crate::i18n::{t, t_with};
use crate::model::role::Permission;
use crate::model::user::{MatchKind, SEARCHABLE_ATTRIBUTES, UserPage, UserRow};

use super::user_search::{IndexOffer, IndexedUsers, url_query};

/// What the URL says to show.
#[derive(Debug, Clone, PartialEq, Eq)]
struct Query {
    attribute: String,
    kind: MatchKind,
    value: String,
    group: String,
    size: i32,
    stack: Vec<String>,
}

impl Query {
    /// The query string of this search without the page stack (the pager adds it).
    fn base(&self) -> String {
        format!(
            "attr={}&match={}&q={}&group={}&size={}",
            encode(&self.attribute),
            self.kind.as_param(),
            encode(&self.value),
            encode(&self.group),
            self.size
        )
    }
}

#[component]
pub fn UsersPage() -> impl IntoView {
    let params = use_params_map();
    let pool_id = Memo::new(move |_| params.read().get("pool_id").unwrap_or_default());
    let query_map = use_query_map();
    // `?source=cognito` searches Cognito on an indexed pool too.
    let to_cognito = Memo::new(move |_| query_map.read().get("source").as_deref() == Some("cognito"));
    // Every resource of the page is made here, before anything suspends (one made inside a
    // suspended branch stalled the server's render now and then). Each awaits the index's
    // status (read once) and fetches only for the branch the page shows.
    let status = Resource::new(move || pool_id.get(), get_index_status);
    let groups = Resource::new(move || pool_id.get(), list_group_names);
    let query = cognito_query();
    let index_query = url_query();
    let stack = Memo::new(move |_| parse_stack(query_map.read().get("pages")));
    let indexed =
        move |to_cognito: bool| async move { !to_cognito && status.await.is_ok_and(|s| s.is_ready()) };
    let users = Resource::new(
        move || (pool_id.get(), query.get(), to_cognito.get()),
        move |(pool_id, q, to_cognito)| async move {
            if indexed(to_cognito).await {
                return Ok(None);
            }
            let attribute = Some(q.attribute);
            let kind = Some(q.kind.as_param().into());
            list_users(
                pool_id,
                q.size,
                q.stack.last().cloned(),
                attribute,
                kind,
                Some(q.value),
                Some(q.group),
            )
            .await
            .map(Some)
        },
    );
    let results = Resource::new(
        move || (pool_id.get(), index_query.get().to_query(), stack.get().last().cloned(), to_cognito.get()),
        move |(pool_id, query, cursor, to_cognito)| async move {
            if !indexed(to_cognito).await {
                return Ok(None);
            }
            search_index(pool_id, query, cursor).await.map(Some)
        },
    );
    let saved = Resource::new(move || pool_id.get(), list_saved_searches);
    view! {
        <PageHeader title=t("users-title") id=pool_id>
            <Can allowed=CreateUser::allows>
                <a class="rounded-md bg-indigo-600 px-3 py-1.5 text-sm font-semibold text-white hover:bg-indigo-500" href=move || format!("/pools/{}/users/new", pool_id.get())>{t("users-create")}</a>
            </Can>
            <Can allowed=StartImport::allows>
                <a class="rounded-md border border-slate-300 px-3 py-1.5 text-sm hover:bg-slate-50" href=move || format!("/pools/{}/import", pool_id.get())>{t("users-import")}</a>
            </Can>
        </PageHeader>
        {move || view! { <PoolTabs pool_id=pool_id.get()/> }}
        <Transition fallback=|| view! { <Loading/> }>
            {move || Suspend::new(async move {
                // Without the index's status (its database unreachable) the page still searches
                // Cognito.
                let status = status.await.unwrap_or_default();
                if status.is_ready() && !to_cognito.get_untracked() {
                    view! { <IndexedUsers pool_id status groups results saved query=index_query stack/> }.into_any()
                } else {
                    view! {
                        <IndexOffer pool_id status/>
                        <CognitoUsers pool_id groups query users/>
                    }
                    .into_any()
                }
            })}
        </Transition>
    }
}

/// What the URL asks of Cognito's search.
fn cognito_query() -> Memo<Query> {
    let query_map = use_query_map();
    Memo::new(move |_| {
        let q = query_map.read();
        Query {
            attribute: q
                .get("attr")
                .filter(|a| SEARCHABLE_ATTRIBUTES.contains(&a.as_str()))
                .unwrap_or_else(|| "email".into()),
            kind: MatchKind::parse(&q.get("match").unwrap_or_default()),
            value: q.get("q").unwrap_or_default(),
            group: q.get("group").unwrap_or_default(),
            size: q
                .get("size")
                .and_then(|s| s.parse().ok())
                .filter(|s| [10, 20, 60].contains(s))
                .unwrap_or(20),
            stack: parse_stack(q.get("pages")),
        }
    })
}

/// The users as Cognito searches them: one attribute, or one group's members.
#[component]
fn CognitoUsers(
    pool_id: Memo<String>,
    groups: Resource<Result<Vec<crate::model::group::GroupInfo>, crate::error::AppError>>,
    query: Memo<Query>,
    users: Resource<Result<Option<UserPage>, crate::error::AppError>>,
) -> impl IntoView {
    let search = Signal::derive(move || {
        let q = query.get();
        Search {
            attribute: q.attribute,
            kind: q.kind.as_param().to_string(),
            value: q.value,
            group: q.group,
            index_query: String::new(),
        }
    });
    view! {
        <SearchForm query groups=groups/>
        <UserJobs pool_id search groups/>
        <Transition fallback=|| view! { <Loading/> }>
            {move || Suspend::new(async move {
                let q = query.get_untracked();
                let pool = pool_id.get_untracked();
                or_error(users.await, move |page| {
                    let page = page.unwrap_or(UserPage { users: Vec::new(), next_token: None });
                    let base = format!("/pools/{pool}/users?source=cognito&{}", q.base());
                    view! {
                        <UserTable pool_id=pool.clone() users=page.users/>
                        <Pager base stack=q.stack next_token=page.next_token/>
                    }
                })
            })}
        </Transition>
    }
}

#[component]
fn SearchForm(
    query: Memo<Query>,
    groups: Resource<Result<Vec<crate::model::group::GroupInfo>, crate::error::AppError>>,
) -> impl IntoView {
    view! {
        <form method="get" class="mb-4 flex flex-wrap items-end gap-2 rounded-lg border border-slate-200 bg-white p-3" role="search">
            // On an indexed pool, this form is the one that searches Cognito: it stays so.
            <input type="hidden" name="source" value="cognito"/>
            <label class="text-sm">
                <span class="block text-slate-600">{t("users-attribute")}</span>
                <select name="attr" class=INPUT>
                    {SEARCHABLE_ATTRIBUTES.into_iter().map(|a| view! {
                        <option value=a selected=move || query.read().attribute == a>{a}</option>
                    }).collect_view()}
                </select>
            </label>
            <label class="text-sm">
                <span class="block text-slate-600">{t("users-match")}</span>
                <select name="match" class=INPUT>
                    <option value="prefix" selected=move || query.read().kind == MatchKind::Prefix>{t("users-match-prefix")}</option>
                    <option value="exact" selected=move || query.read().kind == MatchKind::Exact>{t("users-match-exact")}</option>
                </select>
            </label>
            <label class="text-sm">
                <span class="block text-slate-600">{t("users-value")}</span>
                <input type="search" name="q" class=INPUT prop:value=move || query.read().value.clone() placeholder=t("users-search-example")/>
            </label>
            <label class="text-sm">
                <span class="block text-slate-600">{t("users-in-group")}</span>
                <select name="group" class=INPUT>
                    <option value="">"any"</option>
                    <GroupOptions groups selected=query.read_untracked().group.clone()/>
                </select>
            </label>
            <label class="text-sm">
                <span class="block text-slate-600">{t("users-per-page")}</span>
                <select name="size" class=INPUT>
                    {[10, 20, 60].into_iter().map(|n| view! {
                        <option value=n.to_string() selected=move || query.read().size == n>{n}</option>
                    }).collect_view()}
                </select>
            </label>
            <button type="submit" class="rounded-md bg-indigo-600 px-4 py-1.5 text-sm font-semibold text-white hover:bg-indigo-500">{t("users-search")}</button>
            <p class="w-full text-xs text-slate-500">{t("users-group-filter-note")}</p>
        </form>
    }
}

#[component]
pub(super) fn UserTable(pool_id: String, users: Vec<UserRow>) -> impl IntoView {
    if users.is_empty() {
        return view! { <p class="py-6 text-sm text-slate-600">{t("users-none")}</p> }.into_any();
    }
    view! {
        <DataTable name="users" columns=vec![col_t("column-select").hidden(), col_t("column-user"), col_t("column-username"), col_t("column-status"), col_t("column-created"), col_t("column-modified")]>
            {users.into_iter().enumerate().map(|(i, u)| {
                let href = format!("/pools/{pool_id}/user?name={}", encode(&u.username));
                // In email-as-username pools the username is a GUID: people know the email.
                let shown = u.email.clone().unwrap_or_else(|| u.username.clone());
                view! {
                    <tr class="hover:bg-slate-50">
                        <td class="px-4 py-2">
                            <input type="checkbox" form=BULK_FORM name=format!("usernames[{i}]") value=u.username.clone()
                                aria-label=t_with("users-select", &[("user", shown.clone().into())])/>
                        </td>
                        <td class="px-4 py-2"><a class="text-indigo-700 hover:underline" href=href>{shown.clone()}</a></td>
                        <td class="px-4 py-2 font-mono text-xs text-slate-600">{u.username}</td>
                        <td class="px-4 py-2"><StatusBadge status=u.status enabled=u.enabled/></td>
                        <td class="px-4 py-2">{crate::i18n::date(u.created)}</td>
                        <td class="px-4 py-2">{crate::i18n::date(u.modified)}</td>
                    </tr>
                }
            }).collect_view()}
        </DataTable>
    }
    .into_any()
}
