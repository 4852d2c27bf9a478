//! The test console (the guide's step 7): sign a user in through an app client and see the
//! decoded, verified tokens or the troubleshooting hint; ask the token endpoint for a
//! client-credentials token. A result is shown on the page the form comes back to, once: it
//! waits in the console's database (`server::flash`) only until that page has loaded.

use leptos::prelude::*;
use leptos_router::hooks::use_params_map;

use crate::api::clients::list_clients;
use crate::api::test_console::{RunClientCredentialsTest, RunLoginTest};
use crate::components::details::list;
use crate::components::feedback::{Loading, or_error};
use crate::components::form::{FormError, Select, TextField};
use crate::components::hidden::Hidden;
use crate::components::layout::{PageHeader, PoolTabs};
use crate::components::outcome::{action, last_error, typed};
use crate::components::style::{BUTTON, CARD};
use crate::i18n::{t, t_with};
use crate::model::client::ClientSummary;
use crate::model::test_console::{DecodedToken, LoginTestOutcome, LoginTestReport};

#[component]
pub fn TestConsolePage() -> impl IntoView {
    let params = use_params_map();
    let pool_id = Memo::new(move |_| params.read().get("pool_id").unwrap_or_default());
    let clients = Resource::new(move || pool_id.get(), list_clients);
    view! {
        <PageHeader title=t("test-title") id=pool_id/>
        {move || view! { <PoolTabs pool_id=pool_id.get()/> }}
        <Transition fallback=|| view! { <Loading/> }>
            {move || Suspend::new(async move {
                let pool = pool_id.get_untracked();
                or_error(clients.await, move |list| view! {
                    <div class="grid gap-6 lg:grid-cols-2">
                        <LoginTest pool_id=pool.clone() clients=list.clone()/>
                        <CredentialsTest pool_id=pool clients=list/>
                    </div>
                })
            })}
        </Transition>
    }
    .into_any()
}

/// A test is run again with a change or two: its fields keep what was sent (never a password).
fn again(field: &str, otherwise: String) -> String {
    typed(field).unwrap_or(otherwise)
}

fn options(clients: &[ClientSummary], keep: impl Fn(&ClientSummary) -> bool) -> Vec<(String, String)> {
    clients.iter().filter(|c| keep(c)).map(|c| (c.id.clone(), c.name.clone())).collect()
}

#[component]
fn LoginTest(pool_id: String, clients: Vec<ClientSummary>) -> impl IntoView {
    let run = action::<RunLoginTest>();
    let error = last_error(run.value());
    let choices = options(&clients, |c| c.auth_flows.iter().any(|f| f == "ALLOW_USER_PASSWORD_AUTH"));
    let first = choices.first().map(|(id, _)| id.clone()).unwrap_or_default();
    let all = options(&clients, |_| true);
    view! {
        <section class=CARD data-test="login">
            <h2 class="mb-1 text-lg font-semibold">{t("test-login-title")}</h2>
            <p class="mb-3 text-sm text-slate-600">{t("test-login-lead")}</p>
            <ActionForm action=run>
                <div class="space-y-3">
                    <Hidden name="pool_id" value=pool_id/>
                    <Select label=t("test-app-client") name="client_id" options=all selected=again("client_id", first) error/>
                    <TextField label=t("test-username") name="username" value=again("username", String::new()) error/>
                    <TextField label=t("test-password") name="password" kind="password" error/>
                    <TextField label=t("test-new-password") name="new_password" kind="password" required=false error/>
                    <TextField label=t("test-mfa-code") name="mfa_code" required=false error/>
                    <FormError error/>
                    <button type="submit" class=BUTTON>{t("test-run-login")}</button>
                </div>
            </ActionForm>
            <Report value=run.value()/>
        </section>
    }
    .into_any()
}

#[component]
fn CredentialsTest(pool_id: String, clients: Vec<ClientSummary>) -> impl IntoView {
    let run = action::<RunClientCredentialsTest>();
    let error = last_error(run.value());
    let choices = options(&clients, |c| c.oauth_flows.iter().any(|f| f == "client_credentials"));
    let first = choices.first().map(|(id, _)| id.clone()).unwrap_or_default();
    let none = choices.is_empty();
    view! {
        <section class=CARD data-test="client-credentials">
            <h2 class="mb-1 text-lg font-semibold">{t("test-credentials-title")}</h2>
            <p class="mb-3 text-sm text-slate-600">{t("test-credentials-lead")}</p>
            {if none {
                view! { <p class="text-sm text-slate-600">{t("test-credentials-none")}</p> }.into_any()
            } else {
                view! {
                    <ActionForm action=run>
                        <div class="space-y-3">
                            <Hidden name="pool_id" value=pool_id/>
                            <Select label=t("test-app-client") name="client_id" options=choices selected=again("client_id", first) error/>
                            <TextField label=t("test-scopes") name="scopes" value=again("scopes", String::new()) required=false error/>
                            <FormError error/>
                            <button type="submit" class=BUTTON>{t("test-request-token")}</button>
                        </div>
                    </ActionForm>
                }.into_any()
            }}
            <Report value=run.value()/>
        </section>
    }
    .into_any()
}

/// The steps taken and the outcome of the last run.
#[component]
fn Report(
    #[prop(into)] value: Signal<Option<Result<LoginTestReport, crate::error::AppError>>>,
) -> impl IntoView {
    move || {
        match value.get() {
            // Errors are shown by the form (FormError and the fields).
            None | Some(Err(_)) => ().into_any(),
            Some(Ok(report)) => view! {
                <div class="mt-4 space-y-3" data-report="">
                    <ol class="list-decimal pl-5 text-xs text-slate-600">
                        {report.steps.into_iter().map(|s| view! { <li>{s}</li> }).collect_view()}
                    </ol>
                    {outcome(report.outcome)}
                </div>
            }
            .into_any(),
        }
        .into_any()
    }
}

fn outcome(outcome: LoginTestOutcome) -> AnyView {
    match outcome {
        LoginTestOutcome::SignedIn { tokens, refresh_token } => view! {
            <p class="rounded-md bg-green-50 p-3 text-sm font-medium text-green-800" data-outcome="signed-in">
                {if refresh_token { t("test-signed-in-refresh") } else { t("test-signed-in") }}
            </p>
            {tokens.into_iter().map(|token| view! { <TokenCard token/> }).collect_view()}
        }
        .into_any(),
        LoginTestOutcome::Challenge { name, hint } => view! {
            <div class="rounded-md bg-amber-50 p-3 text-sm text-amber-900" data-outcome="challenge">
                <p class="font-medium">{t_with("test-challenge", &[("name", name.into())])}</p>
                <p>{hint}</p>
            </div>
        }
        .into_any(),
        LoginTestOutcome::Failed { problem, hint } => view! {
            <div class="rounded-md bg-red-50 p-3 text-sm text-red-900" data-outcome="failed">
                <p class="font-medium" data-problem="">{problem}</p>
                <p data-hint="">{hint}</p>
            </div>
        }
        .into_any(),
    }
}

#[component]
fn TokenCard(token: DecodedToken) -> impl IntoView {
    let (verified, check) = match &token.verified {
        Ok(()) => (true, t("test-verified")),
        Err(why) => (false, why.clone()),
    };
    view! {
        <div class="rounded-md border border-slate-200 p-3 text-sm" data-token=token.token_use.clone()>
            <h3 class="font-semibold">{if token.token_use == "id" { t("test-id-token") } else { t("test-access-token") }}</h3>
            <p class=if verified { "text-green-800" } else { "text-red-800" } data-verified=verified.to_string()>{check}</p>
            <dl class="mt-2 grid grid-cols-3 gap-1 text-xs">
                <dt class="text-slate-500">{t("test-expires")}</dt><dd class="col-span-2">{crate::i18n::date(token.expires)}</dd>
                <dt class="text-slate-500">{t("test-groups")}</dt><dd class="col-span-2" data-groups="">{list(&token.groups)}</dd>
                <dt class="text-slate-500">{t("test-scopes-label")}</dt><dd class="col-span-2">{list(&token.scopes)}</dd>
            </dl>
            <details class="mt-2">
                <summary class="cursor-pointer text-xs text-slate-600">{t("test-header-claims")}</summary>
                <pre class="mt-1 overflow-auto rounded bg-slate-900 p-2 font-mono text-xs text-slate-100">{token.header}</pre>
                <pre class="mt-1 overflow-auto rounded bg-slate-900 p-2 font-mono text-xs text-slate-100" data-claims="">{token.payload}</pre>
            </details>
        </div>
    }
    .into_any()
}
