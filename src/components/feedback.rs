use leptos::prelude::*;

use crate::error::AppError;
use crate::i18n::t;
use crate::model::encode;

/// A data view's loading state.
#[component]
pub fn Loading(#[prop(optional, into)] label: Option<String>) -> impl IntoView {
    let label = label.unwrap_or_else(|| t("loading"));
    view! {
        <p class="py-6 text-sm text-slate-500" role="status" aria-live="polite">{label}</p>
    }
}

/// A failed load or action, in words a person can act on. On the server the page answers with
/// the error's status (a missing user or pool is a 404, not a 200 with an empty heading).
#[component]
pub fn ErrorBanner(error: AppError) -> impl IntoView {
    #[cfg(feature = "ssr")]
    if let (Some(res), Ok(status)) =
        (use_context::<leptos_axum::ResponseOptions>(), axum::http::StatusCode::from_u16(error.status_code()))
    {
        res.set_status(status);
    }
    let signed_out = error == AppError::Unauthenticated;
    let step_up = error == AppError::StepUpRequired;
    view! {
        <div class="my-4 rounded-md border border-red-200 bg-red-50 p-4 text-sm text-red-800" role="alert">
            <p>{error.message()}</p>
            <Show when=move || signed_out>
                <p class="mt-2"><a class="font-medium underline" href="/login">{t("login-title")}</a></p>
            </Show>
            <Show when=move || step_up>
                <p class="mt-2"><StepUpLink/></p>
            </Show>
        </div>
    }
}

/// "Confirm your password", to the step-up page and back to this page (without a no-JavaScript
/// form's `__err`, so the old refusal does not show again).
#[component]
pub fn StepUpLink() -> impl IntoView {
    let location = leptos_router::hooks::use_location();
    let href = move || {
        let mut query = location.query.get();
        query.remove("__err");
        let query = query.to_query_string();
        let query = if query.len() > 1 { query } else { String::new() };
        format!("/step-up?next={}", encode(&format!("{}{query}", location.pathname.get())))
    };
    view! { <a class="font-medium underline" href=href data-step-up="">{t("confirm-your-password")}</a> }
}

/// Renders a loaded result: the view for `Ok`, the banner for `Err`.
pub fn or_error<T, V: IntoView + 'static>(result: Result<T, AppError>, ok: impl FnOnce(T) -> V) -> AnyView {
    match result {
        Ok(value) => ok(value).into_any(),
        Err(error) => view! { <ErrorBanner error/> }.into_any(),
    }
}
