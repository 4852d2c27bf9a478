use leptos::prelude::*;
use leptos_router::components::{A, Outlet};

use crate::api::audit::ListAudit;
use crate::api::auth::Logout;
use crate::api::test_console::RunLoginTest;
use crate::components::keys::{Shortcuts, ShortcutsDialog, SkipLink};
use crate::components::outcome::action;
use crate::components::permit::{Can, provide_operator};
use crate::components::preferences::PreferenceSwitches;
use crate::components::style::{CARD, CARD_TITLE};
use crate::i18n::t;
use crate::model::role::Permission;
use crate::model::session::Operator;

/// Everything behind the login: header with navigation and the operator, then the page.
#[component]
pub fn ConsoleLayout() -> impl IntoView {
    // Loaded once here: the badge and every page's `Can` read this one.
    let operator = provide_operator();
    view! {
        <div class="min-h-screen bg-slate-50">
            <SkipLink/>
            <header class="border-b border-slate-200 bg-white print:hidden">
                <div class="mx-auto flex max-w-6xl flex-wrap items-center gap-x-6 gap-y-2 px-4 py-3">
                    <a href="/pools" class="text-lg font-bold text-indigo-700">"Pooldesk"</a>
                    <nav class="flex gap-4 text-sm" aria-label=t("nav-main")>
                        <A href="/pools" attr:class="text-slate-700 hover:text-indigo-700 aria-[current=page]:font-semibold">
                            {t("nav-user-pools")}
                        </A>
                        <A href="/identity-pools" attr:class="text-slate-700 hover:text-indigo-700 aria-[current=page]:font-semibold">
                            {t("nav-identity-pools")}
                        </A>
                        <A href="/jobs" attr:class="text-slate-700 hover:text-indigo-700 aria-[current=page]:font-semibold">
                            {t("nav-jobs")}
                        </A>
                        <Can allowed=ListAudit::allows>
                            <A href="/audit" attr:class="text-slate-700 hover:text-indigo-700 aria-[current=page]:font-semibold">
                                {t("nav-audit")}
                            </A>
                        </Can>
                    </nav>
                    <div class="ml-auto flex flex-wrap items-center gap-3 text-sm">
                        <PreferenceSwitches/>
                        <OperatorBadge operator/>
                        <LogoutButton/>
                    </div>
                </div>
            </header>
            <main id="main" tabindex="-1" class="mx-auto max-w-6xl px-4 py-6 focus:outline-none">
                <Outlet/>
            </main>
            <footer class="mx-auto max-w-6xl px-4 pb-6 text-xs text-slate-500 print:hidden">
                {t("footer-press")} " " <kbd class="rounded border border-slate-300 bg-white px-1 font-mono">"?"</kbd> " " {t("footer-for-shortcuts")}
            </footer>
            <ShortcutsDialog/>
            <Shortcuts/>
        </div>
    }
}

/// Who is signed in, and as what.
#[component]
fn OperatorBadge(operator: Resource<Result<Operator, crate::error::AppError>>) -> impl IntoView {
    view! {
        <Suspense fallback=|| ()>
            {move || Suspend::new(async move {
                operator.await.ok().map(|op| {
                    let role = op.role.label();
                    let name = op.email.unwrap_or(op.username);
                    view! {
                        <span class="text-slate-600">
                            <span data-operator="">{name}</span>
                            <span class="text-slate-500" data-role=role>{format!(" · {role}")}</span>
                        </span>
                    }
                })
            })}
        </Suspense>
    }
}

/// A plain form, so that signing out works without JavaScript too.
#[component]
fn LogoutButton() -> impl IntoView {
    let logout = action::<Logout>();
    view! {
        <ActionForm action=logout>
            <button type="submit" class="rounded-md border border-slate-300 px-3 py-1 hover:bg-slate-100">
                {t("sign-out")}
            </button>
        </ActionForm>
    }
}

/// A page's title; below it the id of what the page shows (monospace), a line of badges and
/// ids (`detail`), and a sentence about the page (`lead`); the page's own actions (`children`)
/// on the title's line.
#[component]
pub fn PageHeader(
    #[prop(into)] title: TextProp,
    #[prop(optional, into)] id: Option<Signal<String>>,
    #[prop(optional, into)] detail: Option<ViewFnOnce>,
    #[prop(optional, into)] lead: Option<String>,
    #[prop(optional)] children: Option<Children>,
) -> impl IntoView {
    view! {
        <div class="mb-4">
            <div class="flex flex-wrap items-center justify-between gap-4">
                <h1 class="text-2xl font-bold text-slate-900">{move || title.get().to_string()}</h1>
                {children.map(|actions| view! { <div class="flex gap-2 print:hidden">{actions()}</div> })}
            </div>
            {id.map(|id| view! { <p class="font-mono text-xs text-slate-600">{move || id.get()}</p> })}
            {detail.map(|detail| view! {
                <p class="mt-1 flex flex-wrap items-center gap-2 text-sm text-slate-600">{detail.run()}</p>
            })}
            {lead.map(|lead| view! { <p class="max-w-3xl text-sm text-slate-600">{lead}</p> })}
        </div>
    }
}

/// A white panel with a small uppercase title (`data-section` is the title, for tests and
/// print styles).
#[component]
pub fn Card(#[prop(into)] title: String, children: Children) -> impl IntoView {
    let section = title.clone();
    view! {
        <section class=CARD data-section=section>
            <h2 class=CARD_TITLE>{title}</h2>
            {children()}
        </section>
    }
}

/// A pool's tabs: the message that names each, and its path under the pool's.
pub(crate) const POOL_TABS: [(&str, &str); 13] = [
    ("tab-overview", ""),
    ("tab-settings", "/settings"),
    ("tab-users", "/users"),
    ("tab-analytics", "/analytics"),
    ("tab-groups", "/groups"),
    ("tab-app-clients", "/clients"),
    ("tab-domain", "/domain"),
    ("tab-resource-servers", "/resource-servers"),
    ("tab-identity-providers", "/identity-providers"),
    ("tab-summary", "/summary"),
    ("tab-advisor", "/advisor"),
    ("tab-threat-protection", "/threat-protection"),
    ("tab-backup", "/backup"),
];

/// The tabs of one pool.
#[component]
pub fn PoolTabs(pool_id: String) -> impl IntoView {
    let base = format!("/pools/{pool_id}");
    let test = format!("{base}/test");
    let tab = "-mb-px border-b-2 border-transparent px-3 py-2 hover:text-indigo-700 aria-[current=page]:border-indigo-600 aria-[current=page]:font-semibold";
    view! {
        <nav class="mb-6 flex flex-wrap gap-1 border-b border-slate-200 text-sm print:hidden" aria-label=t("pool-sections")>
            {POOL_TABS.into_iter().map(|(label, path)| view! {
                <A href=format!("{base}{path}") exact=true attr:class=tab>{t(label)}</A>
            }).collect_view()}
            // The test console signs users in and shows their tokens: admins only.
            <Can allowed=RunLoginTest::allows>
                <A href=test.clone() exact=true attr:class=tab>{t("tab-test")}</A>
            </Can>
        </nav>
    }
}
