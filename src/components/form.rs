use leptos::prelude::*;

use crate::components::feedback::StepUpLink;
use crate::components::outcome::retyped;
use crate::error::AppError;
use crate::i18n::t_with;

/// Set around a form that shares its field names with others on the page (a card per identity
/// provider): the fields' ids, which their labels and error lines point at, take it in.
#[derive(Clone)]
pub struct FieldScope(pub String);

/// The id of the field `name`, unique on the page under a `FieldScope`.
fn field_id(name: &str) -> String {
    match use_context::<FieldScope>() {
        Some(FieldScope(scope)) => format!("field-{scope}-{name}"),
        None => format!("field-{name}"),
    }
}

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
    let id = field_id(&name);
    let message = field_message(error, name.clone());
    let error_id = format!("{id}-error");
    let value = retyped(&name).unwrap_or(value);
    // A page holding a refusal was just posted to (pages render on the server, a post reloads
    // them): the field it concerns takes the focus, so that the keyboard is back where it was.
    let autofocus = autofocus || message.with_untracked(Option::is_some);
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

/// The message of `error` when it is about `field`.
pub fn field_message(error: Signal<Option<AppError>>, field: String) -> Signal<Option<String>> {
    Signal::derive(move || match error.get() {
        Some(AppError::Invalid { field: f, message }) if f == field => Some(message),
        _ => None,
    })
}

/// The message for a field that is not a single text input (a group of checkboxes, a
/// textarea, a list of rows).
#[component]
pub fn FieldError(
    #[prop(into)] field: String,
    #[prop(into)] error: Signal<Option<AppError>>,
) -> impl IntoView {
    let message = field_message(error, field.clone());
    view! { <p class="mt-1 text-sm text-red-700" data-field-error=field>{message}</p> }
}

/// One checkbox with its label; sends `name=on` when ticked.
#[component]
pub fn Checkbox(
    #[prop(into)] name: String,
    #[prop(into)] label: String,
    checked: bool,
    #[prop(optional, into)] hint: String,
) -> impl IntoView {
    view! {
        <label class="flex items-start gap-2 text-sm">
            <input type="checkbox" name=name value="on" checked=checked class="mt-0.5"/>
            <span>
                {label}
                {(!hint.is_empty()).then(|| view! { <span class="block text-xs text-slate-500">{hint.clone()}</span> })}
            </span>
        </label>
    }
}

/// Checkboxes sending `field[]=value` for each ticked option, with the field's error below.
#[component]
pub fn CheckboxGroup(
    #[prop(into)] legend: String,
    field: &'static str,
    /// (value, label)
    options: Vec<(String, String)>,
    checked: Vec<String>,
    #[prop(into)] error: Signal<Option<AppError>>,
    #[prop(optional, into)] hint: String,
) -> impl IntoView {
    let name = format!("{field}[]");
    view! {
        <fieldset class="space-y-1" data-field=field>
            <legend class="text-sm font-medium text-slate-700">{legend}</legend>
            {(!hint.is_empty()).then(|| view! { <p class="text-xs text-slate-500">{hint.clone()}</p> })}
            {options
                .into_iter()
                .map(|(value, label)| {
                    let on = checked.contains(&value);
                    view! {
                        <label class="flex items-center gap-2 text-sm">
                            <input type="checkbox" name=name.clone() value=value checked=on/>
                            <span>{label}</span>
                        </label>
                    }
                })
                .collect_view()}
            <FieldError field=field error/>
        </fieldset>
    }
}

/// A labelled `<select>`.
#[component]
pub fn Select(
    #[prop(into)] label: String,
    #[prop(into)] name: String,
    /// (value, label)
    options: Vec<(String, String)>,
    #[prop(into)] selected: String,
    #[prop(optional, into)] error: Option<Signal<Option<AppError>>>,
) -> impl IntoView {
    let id = field_id(&name);
    let selected = retyped(&name).unwrap_or(selected);
    // As a `TextField`: the field a refusal concerns takes the focus.
    let refused = error.is_some_and(|e| field_message(e, name.clone()).with_untracked(Option::is_some));
    view! {
        <div>
            <label for=id.clone() class="block text-sm font-medium text-slate-700">{label}</label>
            <select id=id name=name.clone() autofocus=refused class="mt-1 block w-full rounded-md border border-slate-300 px-3 py-2 text-sm">
                {options
                    .into_iter()
                    .map(|(value, text)| {
                        let on = value == selected;
                        view! { <option value=value selected=on>{text}</option> }
                    })
                    .collect_view()}
            </select>
            {error.map(|error| view! { <FieldError field=name.clone() error/> })}
        </div>
    }
}

/// A labelled multi-line field (one item per line), with its error below.
#[component]
pub fn TextArea(
    #[prop(into)] label: String,
    #[prop(into)] name: String,
    #[prop(optional, into)] value: String,
    #[prop(default = 3)] rows: u32,
    #[prop(optional, into)] hint: String,
    #[prop(into)] error: Signal<Option<AppError>>,
) -> impl IntoView {
    let id = field_id(&name);
    let value = retyped(&name).unwrap_or(value);
    // As a `TextField`: the field a refusal concerns takes the focus.
    let refused = field_message(error, name.clone()).with_untracked(Option::is_some);
    view! {
        <div>
            <label for=id.clone() class="block text-sm font-medium text-slate-700">{label}</label>
            {(!hint.is_empty()).then(|| view! { <p class="text-xs text-slate-500">{hint.clone()}</p> })}
            <textarea
                id=id
                name=name.clone()
                autofocus=refused
                rows=rows
                class="mt-1 block w-full rounded-md border border-slate-300 px-3 py-2 font-mono text-sm"
            >
                {value}
            </textarea>
            <FieldError field=name error/>
        </div>
    }
}

/// Pairs for `CheckboxGroup` and `Select` where value and label are the same.
pub fn same(items: &[impl AsRef<str>]) -> Vec<(String, String)> {
    items.iter().map(|i| (i.as_ref().to_string(), i.as_ref().to_string())).collect()
}

/// The error of a form that belongs to no single field.
#[component]
pub fn FormError(#[prop(into)] error: Signal<Option<AppError>>) -> impl IntoView {
    let message = move || match error.get() {
        Some(AppError::Invalid { field, .. }) if !field.is_empty() => None,
        Some(e) => Some(e.message()),
        None => None,
    };
    let step_up = move || error.get() == Some(AppError::StepUpRequired);
    view! {
        <Show when=move || message().is_some()>
            <p class="rounded-md bg-red-50 p-3 text-sm text-red-800" role="alert" tabindex="-1" autofocus data-form-error="">
                {message}
                <Show when=step_up>" "<StepUpLink/></Show>
            </p>
        </Show>
    }
}

/// The primary button of a sign-in form (`app::SubmitOnce` marks it busy once sent).
#[component]
pub fn SubmitButton(#[prop(into)] label: String) -> impl IntoView {
    view! {
        <button
            type="submit"
            class="w-full rounded-md bg-indigo-600 px-4 py-2 text-sm font-semibold text-white shadow-sm hover:bg-indigo-500"
        >
            {label}
        </button>
    }
}

/// The end of a delete form: type the name of what goes, then the danger button. The server
/// asks for the same (`model::session::check_typed`) and answers beside this field.
#[component]
pub fn TypeToConfirm(
    /// The name to type.
    #[prop(into)]
    expected: String,
    /// The button's words ("Delete pool").
    #[prop(into)]
    button: String,
    #[prop(into)] error: Signal<Option<AppError>>,
) -> impl IntoView {
    view! {
        <TextField label=t_with("type-to-confirm", &[("name", expected.into())]) name="confirm" error/>
        <button type="submit" class=crate::components::style::DANGER_BUTTON>{button}</button>
    }
}

/// `<option>`s for the pool's groups, once loaded. `skip` leaves groups out (those the user is
/// already in); `selected` preselects one.
#[component]
pub fn GroupOptions(
    groups: Resource<Result<Vec<crate::model::group::GroupInfo>, AppError>>,
    #[prop(optional)] skip: Vec<String>,
    #[prop(optional, into)] selected: String,
    /// A picker for adding members: groups whose membership the operator may not change
    /// (`GroupInfo::locked`, set by the server) are left out.
    #[prop(optional)]
    to_assign: bool,
) -> impl IntoView {
    view! {
        <Suspense fallback=|| ()>
            {move || {
                let (skip, selected) = (skip.clone(), selected.clone());
                Suspend::new(async move {
                    groups
                        .await
                        .unwrap_or_default()
                        .into_iter()
                        .filter(|g| !skip.contains(&g.name))
                        .filter(|g| !to_assign || !g.locked)
                        .map(|g| {
                            let name = g.name;
                            let chosen = name == selected;
                            view! { <option value=name.clone() selected=chosen>{name.clone()}</option> }
                        })
                        .collect_view()
                })
            }}
        </Suspense>
    }
}
