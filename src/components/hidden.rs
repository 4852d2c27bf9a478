//! The hidden fields that say what a form acts on: the pool and user (or group), and others.

use leptos::prelude::*;

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
