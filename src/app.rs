use leptos::prelude::*;
use leptos_meta::{HashedStylesheet, MetaTags, Title, provide_meta_context};
use leptos_router::components::{ParentRoute, Redirect, Route, Router, Routes};
use leptos_router::{SsrMode, path};

use crate::components::layout::ConsoleLayout;
use crate::i18n::t;
use crate::model::preferences::{Preferences, Theme};
use crate::pages::advisor::AdvisorPage;
use crate::pages::analytics::AnalyticsPage;
use crate::pages::audit::AuditLogPage;
use crate::pages::backup::BackupPage;
use crate::pages::blueprint::BlueprintPage;
use crate::pages::client_create::ClientCreatePage;
use crate::pages::client_detail::ClientDetailPage;
use crate::pages::clients::ClientsPage;
use crate::pages::domain::DomainPage;
use crate::pages::group_detail::GroupDetailPage;
use crate::pages::groups::GroupsPage;
use crate::pages::identity_pool_detail::IdentityPoolDetailPage;
use crate::pages::identity_pools::{IdentityPoolCreatePage, IdentityPoolsPage};
use crate::pages::identity_providers::IdentityProvidersPage;
use crate::pages::import::ImportPage;
use crate::pages::jobs::{JobPage, JobsPage};
use crate::pages::login::{LoginPage, MfaPage, NewPasswordPage, StepUpPage};
use crate::pages::pool_create::PoolCreatePage;
use crate::pages::pool_overview::PoolOverviewPage;
use crate::pages::pool_settings::PoolSettingsPage;
use crate::pages::pools::PoolsPage;
use crate::pages::resource_servers::ResourceServersPage;
use crate::pages::summary::SummaryPage;
use crate::pages::test_console::TestConsolePage;
use crate::pages::threat_protection::ThreatProtectionPage;
use crate::pages::user_create::UserCreatePage;
use crate::pages::user_detail::UserDetailPage;
use crate::pages::users::UsersPage;

/// The HTML document. Its scripts carry the request's nonce (`server::security::
/// provide_request_context`), which the page's Content-Security-Policy names.
pub fn shell(options: LeptosOptions) -> impl IntoView {
    // Read from the request's cookies and Accept-Language by `provide_request_context`; the
    // switches and `i18n` read them from the context too.
    let preferences = use_context::<Preferences>().unwrap_or_default();
    let theme = (preferences.theme != Theme::System).then_some(preferences.theme.key());
    view! {
        <!DOCTYPE html>
        <html lang=preferences.lang.key() data-theme=theme>
            <head>
                <meta charset="utf-8"/>
                <meta name="viewport" content="width=device-width, initial-scale=1"/>
                <link rel="icon" type="image/svg+xml" href="/favicon.svg"/>
                <AutoReload options=options.clone()/>
                <HashedStylesheet id="leptos" options=options.clone()/>
                <HydrationScripts options islands=true/>
                <MetaTags/>
            </head>
            <body class="bg-slate-50 text-slate-900 antialiased">
                <App/>
            </body>
        </html>
    }
}

#[component]
pub fn App() -> impl IntoView {
    provide_meta_context();
    view! {
        <Title text="Pooldesk"/>
        <SubmitOnce/>
        <Router>
            <Routes fallback=|| view! { <NotFound/> }>
                <Route path=path!("/login") view=LoginPage/>
                <Route path=path!("/login/new-password") view=NewPasswordPage ssr=SsrMode::Async/>
                <Route path=path!("/login/mfa") view=MfaPage/>
                <Route path=path!("/step-up") view=StepUpPage/>
                <ParentRoute path=path!("") view=ConsoleLayout ssr=SsrMode::Async>
                    <Route path=path!("") view=|| view! { <Redirect path="/pools"/> }/>
                    <Route path=path!("/pools") view=PoolsPage ssr=SsrMode::Async/>
                    <Route path=path!("/pools/new") view=PoolCreatePage ssr=SsrMode::Async/>
                    <Route path=path!("/pools/:pool_id") view=PoolOverviewPage ssr=SsrMode::Async/>
                    <Route path=path!("/pools/:pool_id/settings") view=PoolSettingsPage ssr=SsrMode::Async/>
                    <Route path=path!("/pools/:pool_id/clients") view=ClientsPage ssr=SsrMode::Async/>
                    <Route path=path!("/pools/:pool_id/clients/new") view=ClientCreatePage ssr=SsrMode::Async/>
                    <Route path=path!("/pools/:pool_id/client") view=ClientDetailPage ssr=SsrMode::Async/>
                    <Route path=path!("/pools/:pool_id/domain") view=DomainPage ssr=SsrMode::Async/>
                    <Route path=path!("/pools/:pool_id/resource-servers") view=ResourceServersPage ssr=SsrMode::Async/>
                    <Route path=path!("/pools/:pool_id/users") view=UsersPage ssr=SsrMode::Async/>
                    <Route path=path!("/pools/:pool_id/users/new") view=UserCreatePage ssr=SsrMode::Async/>
                    <Route path=path!("/pools/:pool_id/user") view=UserDetailPage ssr=SsrMode::Async/>
                    <Route path=path!("/pools/:pool_id/groups") view=GroupsPage ssr=SsrMode::Async/>
                    <Route path=path!("/pools/:pool_id/group") view=GroupDetailPage ssr=SsrMode::Async/>
                    <Route path=path!("/pools/:pool_id/summary") view=SummaryPage ssr=SsrMode::Async/>
                    <Route path=path!("/pools/:pool_id/analytics") view=AnalyticsPage ssr=SsrMode::Async/>
                    <Route path=path!("/pools/:pool_id/advisor") view=AdvisorPage ssr=SsrMode::Async/>
                    <Route path=path!("/pools/:pool_id/identity-providers") view=IdentityProvidersPage ssr=SsrMode::Async/>
                    <Route path=path!("/pools/:pool_id/threat-protection") view=ThreatProtectionPage ssr=SsrMode::Async/>
                    <Route path=path!("/pools/:pool_id/test") view=TestConsolePage ssr=SsrMode::Async/>
                    <Route path=path!("/pools/:pool_id/backup") view=BackupPage ssr=SsrMode::Async/>
                    <Route path=path!("/pools/:pool_id/import") view=ImportPage ssr=SsrMode::Async/>
                    <Route path=path!("/blueprint") view=BlueprintPage ssr=SsrMode::Async/>
                    <Route path=path!("/identity-pools") view=IdentityPoolsPage ssr=SsrMode::Async/>
                    <Route path=path!("/identity-pools/new") view=IdentityPoolCreatePage ssr=SsrMode::Async/>
                    <Route path=path!("/identity-pools/:identity_pool_id") view=IdentityPoolDetailPage ssr=SsrMode::Async/>
                    <Route path=path!("/audit") view=AuditLogPage ssr=SsrMode::Async/>
                    <Route path=path!("/jobs") view=JobsPage ssr=SsrMode::Async/>
                    <Route path=path!("/jobs/:job_id") view=JobPage ssr=SsrMode::Async/>
                </ParentRoute>
            </Routes>
        </Router>
    }
}

/// Every form posts once. Forms post as plain HTML forms and the answer is the next page, so a
/// second click while it loads would send the change again (a second pool, a second user): it is
/// dropped, and the button that sent the first is marked busy. A page shown again from the
/// browser's history takes posts again. One island for the whole page, holding no markup.
#[island]
fn SubmitOnce() -> impl IntoView {
    #[cfg(feature = "hydrate")]
    {
        use wasm_bindgen::JsCast;
        const SENT: &str = "data-submitting";
        // Both for the page's life (see `components::keys::Shortcuts`).
        let _ = window_event_listener(leptos::ev::submit, |ev| {
            let Some(form) = ev.target().and_then(|t| t.dyn_into::<web_sys::Element>().ok()) else {
                return;
            };
            if !form.get_attribute("method").is_some_and(|m| m.eq_ignore_ascii_case("post")) {
                return;
            }
            if form.has_attribute(SENT) {
                ev.prevent_default();
                return;
            }
            let _ = form.set_attribute(SENT, "");
            if let Some(button) = ev.submitter() {
                let _ = button.set_attribute("aria-busy", "true");
            }
        });
        let _ = window_event_listener(leptos::ev::pageshow, |_| {
            let sent = document().query_selector_all("[data-submitting], [aria-busy]");
            if let Ok(sent) = sent {
                for i in 0..sent.length() {
                    if let Some(el) = sent.item(i).and_then(|n| n.dyn_into::<web_sys::Element>().ok()) {
                        let _ = el.remove_attribute(SENT);
                        let _ = el.remove_attribute("aria-busy");
                    }
                }
            }
        });
    }
}

#[component]
fn NotFound() -> impl IntoView {
    #[cfg(feature = "ssr")]
    if let Some(res) = use_context::<leptos_axum::ResponseOptions>() {
        res.set_status(axum::http::StatusCode::NOT_FOUND);
    }
    view! {
        <main class="mx-auto max-w-xl px-4 py-16 text-center">
            <h1 class="text-2xl font-bold">{t("not-found-title")}</h1>
            <p class="mt-4"><a class="text-indigo-700 underline" href="/pools">{t("not-found-back")}</a></p>
        </main>
    }
}
