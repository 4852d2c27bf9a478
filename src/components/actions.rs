//! Pieces shared by the pages that change things: the outcome line under a form, hidden
//! fields, and a disclosure that asks for confirmation (a plain <details>, so it works without
//! JavaScript).

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

/// The pool and user (or group) a form acts on, as a `Copy` handle: forms inside closures can
/// each take it without cloning strings by hand.
#[derive(Clone, Copy)]
pub struct Target(StoredValue<(String, String)>);

impl Target {
    pub fn new(pool_id: String, name: String) -> Self {
        Self(StoredValue::new((pool_id, name)))
    }

    pub fn pool_id(&self) -> String {
        self.0.with_value(|t| t.0.clone())
    }

    pub fn name(&self) -> String {
        self.0.with_value(|t| t.1.clone())
    }
}

/// Hidden `pool_id` and `username` fields for a form acting on one user.
#[component]
pub fn UserFields(target: Target) -> impl IntoView {
    view! {
        <input type="hidden" name="pool_id" value=target.pool_id()/>
        <input type="hidden" name="username" value=target.name()/>
    }
}

#[component]
pub fn Hidden(name: &'static str, #[prop(into)] value: String) -> impl IntoView {
    view! { <input type="hidden" name=name value=value/> }
}

/// A titled disclosure: the form inside shows only when opened.
#[component]
pub fn Confirm(summary: &'static str, #[prop(optional)] danger: bool, children: Children) -> impl IntoView {
    let class = if danger {
        "cursor-pointer select-none text-sm font-medium text-red-700"
    } else {
        "cursor-pointer select-none text-sm font-medium text-slate-800"
    };
    view! {
        <details class="rounded-md border border-slate-200 bg-white p-3">
            <summary class=class>{summary}</summary>
            <div class="mt-3 space-y-3 text-sm">{children()}</div>
        </details>
    }
}

pub const BUTTON: &str = "rounded-md bg-indigo-600 px-3 py-1.5 text-sm font-semibold text-white hover:bg-indigo-500 disabled:opacity-60";
pub const DANGER_BUTTON: &str =
    "rounded-md bg-red-600 px-3 py-1.5 text-sm font-semibold text-white hover:bg-red-500 disabled:opacity-60";
pub const SMALL_BUTTON: &str = "rounded border border-slate-300 px-2 py-0.5 text-xs hover:bg-slate-100";
pub const INPUT: &str = "rounded-md border border-slate-300 px-3 py-1.5 text-sm";

/// A user's status as a coloured badge.
#[component]
pub fn StatusBadge(status: String, enabled: bool) -> impl IntoView {
    let colour = match status.as_str() {
        "CONFIRMED" => "bg-green-100 text-green-800",
        "FORCE_CHANGE_PASSWORD" | "RESET_REQUIRED" => "bg-amber-100 text-amber-800",
        _ => "bg-slate-100 text-slate-700",
    };
    view! {
        <span class=format!("rounded px-1.5 py-0.5 text-xs font-medium {colour}")>{status}</span>
        {(!enabled).then(|| view! {
            <span class="ml-1 rounded bg-red-100 px-1.5 py-0.5 text-xs font-medium text-red-800">"Disabled"</span>
        })}
    }
}

/// `<option>`s for the pool's groups, once loaded. `skip` leaves groups out (those the user is
/// already in); `selected` preselects one.
#[component]
pub fn GroupOptions(
    groups: Resource<Result<Vec<crate::model::GroupInfo>, AppError>>,
    #[prop(optional)] skip: Vec<String>,
    #[prop(optional, into)] selected: String,
    /// A picker for adding members: below admin, the console's own groups are left out (the
    /// server refuses them).
    #[prop(optional)]
    to_assign: bool,
) -> impl IntoView {
    let operator = crate::components::permit::use_operator();
    view! {
        <Suspense fallback=|| ()>
            {move || {
                let (skip, selected) = (skip.clone(), selected.clone());
                Suspend::new(async move {
                    let admin = match operator {
                        Some(op) => op.await.is_ok_and(|op| op.role == crate::model::Role::Admin),
                        None => false,
                    };
                    groups
                        .await
                        .unwrap_or_default()
                        .into_iter()
                        .filter(|g| !skip.contains(&g.name))
                        .filter(|g| !to_assign || admin || g.console_role.is_none())
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
