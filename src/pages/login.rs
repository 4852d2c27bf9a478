//! Sign-in and its follow-up steps. Plain forms posting to server functions: they work before
//! the wasm loads and without JavaScript at all.

use leptos::prelude::*;

use crate::api::auth::{AnswerMfa, CompleteNewPassword, ConfirmPassword, Login, new_password_policy};
use crate::components::feedback::or_error;
use crate::components::form::{FormError, SubmitButton, TextField};
use crate::components::outcome::{action, last_error};
use crate::components::preferences::PreferenceSwitches;
use crate::i18n::t;

/// The centred card the login steps share.
#[component]
fn AuthCard(#[prop(into)] title: String, children: Children) -> impl IntoView {
    view! {
        <main class="flex min-h-screen flex-col items-center justify-center gap-4 bg-slate-100 px-4">
            <div class="w-full max-w-sm rounded-lg bg-white p-8 shadow">
                <p class="mb-1 text-sm font-semibold text-indigo-700">"Pooldesk"</p>
                <h1 class="mb-6 text-xl font-bold text-slate-900">{title}</h1>
                <div class="[&>form]:space-y-4">{children()}</div>
            </div>
            <PreferenceSwitches/>
        </main>
    }
}

#[component]
pub fn LoginPage() -> impl IntoView {
    let action = action::<Login>();
    let error = last_error(action.value());
    view! {
        <AuthCard title=t("login-title")>
            <ActionForm action=action>
                <TextField label=t("login-username") name="username" autocomplete="username" autofocus=true error/>
                <TextField label=t("login-password") name="password" kind="password" autocomplete="current-password" error/>
                <FormError error/>
                <SubmitButton label=t("login-submit")/>
            </ActionForm>
        </AuthCard>
    }
}

#[component]
pub fn NewPasswordPage() -> impl IntoView {
    let action = action::<CompleteNewPassword>();
    let error = last_error(action.value());
    let policy = Resource::new(|| (), |_| new_password_policy());
    view! {
        <AuthCard title=t("new-password-title")>
            <p class="mb-4 text-sm text-slate-600">
                {t("new-password-lead")}
            </p>
            <Suspense fallback=|| ()>
                {move || Suspend::new(async move {
                    or_error(policy.await, |p| view! {
                        <ul class="mb-4 list-inside list-disc text-sm text-slate-600" data-password-rules="">
                            {p.describe(crate::i18n::lang()).into_iter().map(|r| view! { <li>{r}</li> }).collect_view()}
                        </ul>
                    })
                })}
            </Suspense>
            <ActionForm action=action>
                <TextField label=t("new-password") name="new_password" kind="password" autocomplete="new-password" autofocus=true error/>
                <TextField label=t("new-password-repeat") name="confirm" kind="password" autocomplete="new-password" error/>
                <FormError error/>
                <SubmitButton label=t("new-password-submit")/>
            </ActionForm>
            <p class="mt-4 text-sm"><a class="text-indigo-700 underline" href="/login">{t("start-again")}</a></p>
        </AuthCard>
    }
}

#[component]
pub fn MfaPage() -> impl IntoView {
    let action = action::<AnswerMfa>();
    let error = last_error(action.value());
    view! {
        <AuthCard title=t("mfa-title")>
            <p class="mb-4 text-sm text-slate-600">{t("mfa-lead")}</p>
            <ActionForm action=action>
                <TextField label=t("mfa-code") name="code" autocomplete="one-time-code" autofocus=true error/>
                <FormError error/>
                <SubmitButton label=t("mfa-submit")/>
            </ActionForm>
            <p class="mt-4 text-sm"><a class="text-indigo-700 underline" href="/login">{t("start-again")}</a></p>
        </AuthCard>
    }
}

/// Step-up: the signed-in operator confirms their password (and code) before a dangerous action,
/// then goes back to the page they came from (`?next=`).
#[component]
pub fn StepUpPage() -> impl IntoView {
    let action = action::<ConfirmPassword>();
    let error = last_error(action.value());
    let query = leptos_router::hooks::use_query_map();
    let next = move || query.read().get("next").unwrap_or_default();
    view! {
        <AuthCard title=t("step-up-title")>
            <p class="mb-4 text-sm text-slate-600">
                {t("step-up-lead")}
            </p>
            <ActionForm action=action>
                <input type="hidden" name="next" value=next/>
                <TextField label=t("login-password") name="password" kind="password" autocomplete="current-password" autofocus=true error/>
                <TextField label=t("step-up-code") name="code" autocomplete="one-time-code" required=false error/>
                <FormError error/>
                <SubmitButton label=t("step-up-submit")/>
            </ActionForm>
            <p class="mt-4 text-sm"><a class="text-indigo-700 underline" href=move || crate::model::session::local_path(&next()).unwrap_or("/pools").to_string()>{t("back")}</a></p>
        </AuthCard>
    }
}
