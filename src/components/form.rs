use leptos::prelude::*;

use crate::error::AppError;

/// A labelled input whose error (an `AppError::Invalid` for this field) shows beneath it.
#[component]
pub fn TextField(
    #[prop(into)] label: String,
    #[prop(into)] name: String,
    #[prop(default = "text")] kind: &'static str,
    #[prop(default = "off")] autocomplete: &'static str,
    #[prop(optional)] autofocus: bool,
    #[prop(default = true)] required: bool,
    /// Initial value (edit forms).
    #[prop(optional, into)]
    value: String,
    #[prop(into)] error: Signal<Option<AppError>>,
) -> impl IntoView {
    let id = format!("field-{name}");
    let field_name = name.clone();
    let message = Signal::derive(move || match error.get() {
        Some(AppError::Invalid { field, message }) if field == field_name => Some(message),
        _ => None,
    });
    let error_id = format!("{id}-error");
    view! {
        <div>
            <label for=id.clone() class="block text-sm font-medium text-slate-700">{label}</label>
            <input
                id=id
                name=name.clone()
                type=kind
                autocomplete=autocomplete
                autofocus=autofocus
                required=required
                value=value
                aria-invalid=move || message.with(Option::is_some).to_string()
                aria-describedby=error_id.clone()
                class="mt-1 block w-full rounded-md border border-slate-300 px-3 py-2 text-sm shadow-sm focus:border-indigo-500 focus:outline-none focus:ring-1 focus:ring-indigo-500"
            />
            <p id=error_id class="mt-1 text-sm text-red-700" data-field-error=name>
                {message}
            </p>
        </div>
    }
}

/// The error of a form that belongs to no single field.
#[component]
pub fn FormError(#[prop(into)] error: Signal<Option<AppError>>) -> impl IntoView {
    let message = move || match error.get() {
        Some(AppError::Invalid { field, .. }) if !field.is_empty() => None,
        Some(e) => Some(e.to_string()),
        None => None,
    };
    view! {
        <Show when=move || message().is_some()>
            <p class="rounded-md bg-red-50 p-3 text-sm text-red-800" role="alert" data-form-error="">
                {message}
            </p>
        </Show>
    }
}

/// The primary button of a form, disabled while its action runs.
#[component]
pub fn SubmitButton(label: &'static str, #[prop(into)] pending: Signal<bool>) -> impl IntoView {
    view! {
        <button
            type="submit"
            disabled=move || pending.get()
            class="w-full rounded-md bg-indigo-600 px-4 py-2 text-sm font-semibold text-white shadow-sm hover:bg-indigo-500 disabled:opacity-60"
        >
            {move || if pending.get() { "Working…" } else { label }}
        </button>
    }
}
