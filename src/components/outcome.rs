//! What an action's last run came to, under its form: the error, or the line that says it
//! worked, and reloading a list after a change.

use leptos::prelude::*;

use crate::components::feedback::StepUpLink;
use crate::error::AppError;

/// The error of an action's last run, if it failed.
pub fn last_error<T, S>(value: S) -> Signal<Option<AppError>>
where
    S: Get<Value = Option<Result<T, AppError>>> + Send + Sync + 'static,
{
    Signal::derive(move || value.get().and_then(Result::err))
}

/// "Done" after a successful run, the error after a failed one.
#[component]
pub fn Outcome(
    #[prop(into)] error: Signal<Option<AppError>>,
    #[prop(into)] done: Signal<bool>,
    success: &'static str,
) -> impl IntoView {
    view! {
        {move || match (error.get(), done.get()) {
            (Some(AppError::StepUpRequired), _) => view! {
                <p class="mt-2 text-sm text-red-700" role="alert">
                    {AppError::StepUpRequired.to_string()}" "<StepUpLink/>
                </p>
            }.into_any(),
            (Some(e), _) if e.field().is_none_or(str::is_empty) => view! {
                <p class="mt-2 text-sm text-red-700" role="alert">{e.to_string()}</p>
            }.into_any(),
            (None, true) => view! {
                <p class="mt-2 text-sm text-green-700" role="status">{success}</p>
            }.into_any(),
            _ => ().into_any(),
        }}
    }
}

/// Whether `error` holds one (a section to keep open).
pub fn has_error(error: Signal<Option<AppError>>) -> Signal<bool> {
    Signal::derive(move || error.get().is_some())
}

/// Whether an action has answered, either way (a section to keep open on its outcome).
pub fn answered<T, S>(value: S) -> Signal<bool>
where
    S: Get<Value = Option<Result<T, AppError>>> + Send + Sync + 'static,
{
    Signal::derive(move || value.get().is_some())
}

/// Whether an action's last run succeeded.
pub fn succeeded<T, S>(value: S) -> Signal<bool>
where
    S: Get<Value = Option<Result<T, AppError>>> + Send + Sync + 'static,
{
    Signal::derive(move || matches!(value.get(), Some(Ok(_))))
}

/// Runs `reload` after each successful run of an action: a list whose rows carry their own forms
/// reloads when one of them changed something, while a failure stays on screen next to its form.
pub fn reload_on_success<T, S>(value: S, reload: impl Fn() + 'static)
where
    T: 'static,
    S: Get<Value = Option<Result<T, AppError>>> + 'static,
{
    Effect::new(move |_| {
        if matches!(value.get(), Some(Ok(_))) {
            reload();
        }
    });
}
