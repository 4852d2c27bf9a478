//! What an action's last run came to, under its form: the error, or the line that says it
//! worked.

use leptos::prelude::*;
use leptos::server_fn::ServerFn;

use crate::components::feedback::StepUpLink;
use crate::error::AppError;

/// A form's action. Forms post as plain HTML forms and come back to their page (pages do not
/// hydrate): the function's answer was kept for this page load (`server::flash`) and becomes the
/// action's value, so the page shows it as it would a call made from the browser. A refusal
/// comes back in the URL, which Leptos' `ServerAction` reads itself.
pub fn action<S>() -> ServerAction<S>
where
    S: ServerFn<Error = AppError> + Clone + Send + Sync + 'static,
    S::Output: serde::de::DeserializeOwned + Send + Sync + 'static,
{
    let action = ServerAction::<S>::new();
    #[cfg(feature = "ssr")]
    if let Some(answer) = crate::server::flash::current().and_then(|f| f.answer_of::<S::Output>(S::PATH)) {
        action.value().set(Some(Ok(answer)));
    }
    action
}

/// `action` for one of several forms of the same function on a page (a card per resource
/// server, a secret per client): its answer is this form's when the post's `field` was `value`.
pub fn action_for<S>(field: &str, value: &str) -> ServerAction<S>
where
    S: ServerFn<Error = AppError> + Clone + Send + Sync + 'static,
    S::Output: serde::de::DeserializeOwned + Send + Sync + 'static,
{
    let action = action::<S>();
    if typed(field).as_deref() != Some(value) {
        action.value().set(None);
    }
    action
}

/// What was typed into the field `name` of the form posted just before this page load (never a
/// password or secret): a long text the operator pasted comes back with the form's answer.
pub fn typed(name: &str) -> Option<String> {
    kept_field(name, false)
}

/// What was typed into the field `name` of a form the server just refused: the form comes back
/// as it was sent (`form::TextField` and its kin take it), not emptied or reset to the stored
/// values. After a success the page shows things as they now are.
pub fn retyped(name: &str) -> Option<String> {
    kept_field(name, true)
}

fn kept_field(name: &str, refused_only: bool) -> Option<String> {
    #[cfg(feature = "ssr")]
    {
        crate::server::flash::current()
            .filter(|f| !refused_only || f.answer.is_none())
            .and_then(|f| f.field(name).map(str::to_string))
    }
    #[cfg(not(feature = "ssr"))]
    {
        let _ = (name, refused_only);
        None
    }
}

/// The error of an action's last run, if it failed.
pub fn last_error<T, S>(value: S) -> Signal<Option<AppError>>
where
    S: Get<Value = Option<Result<T, AppError>>> + Send + Sync + 'static,
{
    Signal::derive(move || value.get().and_then(Result::err))
}

/// "Done" after a successful run, the error after a failed one. Either was just posted for
/// (a post reloads the page, rendered on the server): it takes the focus, so that the keyboard
/// and a screen reader go on from the answer rather than from the top of the page.
#[component]
pub fn Outcome(
    #[prop(into)] error: Signal<Option<AppError>>,
    #[prop(into)] done: Signal<bool>,
    #[prop(into)] success: String,
) -> impl IntoView {
    view! {
        {move || match (error.get(), done.get()) {
            (Some(AppError::StepUpRequired), _) => view! {
                <p class="mt-2 text-sm text-red-700" tabindex="-1" autofocus role="alert">
                    {AppError::StepUpRequired.message()}" "<StepUpLink/>
                </p>
            }.into_any(),
            (Some(e), _) if e.field().is_none_or(str::is_empty) => view! {
                <p class="mt-2 text-sm text-red-700" tabindex="-1" autofocus role="alert">{e.message()}</p>
            }.into_any(),
            (None, true) => view! {
                <p class="mt-2 text-sm text-green-700" tabindex="-1" autofocus role="status">{success.clone()}</p>
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
