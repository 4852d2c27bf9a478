//! Create a user. The fields follow the pool: its sign-in identifier (email, phone or username)
//! and its required attributes come from DescribeUserPool.

use leptos::prelude::*;
use leptos_router::hooks::use_params_map;

use crate::api::groups::list_group_names;
use crate::api::pools::get_user_pool;
use crate::api::users::CreateUser;
use crate::components::feedback::{Loading, or_error};
use crate::components::form::{GroupOptions, TextField};
use crate::components::hidden::Hidden;
use crate::components::layout::{PageHeader, PoolTabs};
use crate::components::outcome::{Outcome, action, last_error};
use crate::components::pagination::encode;
use crate::components::style::{BUTTON, CARD, INPUT};
use crate::i18n::{t, t_with};
use crate::model::pool::PoolDetail;
use crate::model::user::attribute_label;

#[component]
pub fn UserCreatePage() -> impl IntoView {
    let params = use_params_map();
    let pool_id = Memo::new(move |_| params.read().get("pool_id").unwrap_or_default());
    let pool = Resource::new(move || pool_id.get(), get_user_pool);
    let create = action::<CreateUser>();
    view! {
        <p class="mb-2 text-sm">
            <a class="text-indigo-700 hover:underline" href=move || format!("/pools/{}/users", pool_id.get())>{t("user-back")}</a>
        </p>
        <PageHeader title=t("users-create") id=pool_id/>
        {move || view! { <PoolTabs pool_id=pool_id.get()/> }}
        <CreatedNotice create/>
        <Transition fallback=|| view! { <Loading/> }>
            {move || Suspend::new(async move {
                or_error(pool.await, move |p| view! { <CreateForm pool=p create/> })
            })}
        </Transition>
    }
}

/// The outcome of the last create: the new user, and the generated password, shown once.
#[component]
fn CreatedNotice(create: ServerAction<CreateUser>) -> impl IntoView {
    let params = use_params_map();
    move || {
        create.value().get().and_then(Result::ok).map(|created| {
            let pool_id = params.read_untracked().get("pool_id").unwrap_or_default();
            let href = format!("/pools/{pool_id}/user?name={}", encode(&created.username));
            view! {
                <div class="mb-4 rounded-md border border-green-200 bg-green-50 p-4 text-sm text-green-900" role="status" data-created="">
                    <p>{t("user-created-notice")}" "<a class="font-medium underline" href=href>{created.username.clone()}</a></p>
                    {created.generated_password.map(|p| view! {
                        <p class="mt-2">{t("user-generated-password")}" "
                            <code class="rounded bg-white px-1.5 py-0.5 font-mono" data-generated-password="">{p}</code>
                        </p>
                    })}
                </div>
            }
        })
    }
}

#[component]
fn CreateForm(pool: PoolDetail, create: ServerAction<CreateUser>) -> impl IntoView {
    let error = last_error(create.value());
    let by_email = pool.username_attributes.iter().any(|a| a == "email");
    let by_phone = pool.username_attributes.iter().any(|a| a == "phone_number");
    let extra: Vec<String> = pool
        .required_attributes
        .iter()
        .filter(|a| !matches!(a.as_str(), "email" | "phone_number" | "sub"))
        .cloned()
        .collect();
    let groups = Resource::new(
        {
            let id = pool.id.clone();
            move || id.clone()
        },
        list_group_names,
    );
    let policy = pool.password_policy.describe(crate::i18n::lang()).join(", ");
    view! {
        <ActionForm action=create>
            <div class=format!("max-w-xl space-y-4 {CARD}")>
                <Hidden name="pool_id" value=pool.id.clone()/>
                {(!by_email && !by_phone).then(|| view! { <TextField label=t("column-username") name="username" error/> })}
                {by_email.then(|| view! { <p class="text-sm text-slate-600">{t("user-create-email-is-username")}</p> })}
                <TextField label=t("attr-email") name="email" kind="email" error required=by_email/>
                <TextField label=t("user-create-phone") name="phone_number" kind="tel" error required=by_phone/>
                {extra.into_iter().map(|name| {
                    view! { <TextField label=attribute_label(&name, crate::i18n::lang()) name=format!("attributes[{name}]") error/> }
                }).collect_view()}
                <fieldset class="space-y-1 text-sm">
                    <legend class="font-medium text-slate-700">{t("user-create-verified")}</legend>
                    <label class="flex items-center gap-2"><input type="checkbox" name="email_verified" value="true" checked=true/>{t("user-create-email-verified")}</label>
                    <label class="flex items-center gap-2"><input type="checkbox" name="phone_verified" value="true"/>{t("user-create-phone-verified")}</label>
                </fieldset>
                <TextField label=t("user-create-password") name="temporary_password" kind="password" autocomplete="new-password" error required=false/>
                <p class="text-xs text-slate-500">{t_with("user-create-policy", &[("policy", policy.into())])}</p>
                <label class="block text-sm">
                    <span class="block font-medium text-slate-700">{t("user-create-invitation")}</span>
                    <select name="invitation" class=INPUT>
                        <option value="suppress">{t("user-create-invitation-suppress")}</option>
                        <option value="email">{t("user-create-invitation-email")}</option>
                        <option value="sms">{t("user-create-invitation-sms")}</option>
                    </select>
                </label>
                <label class="block text-sm">
                    <span class="block font-medium text-slate-700">{t("user-create-group")}</span>
                    <select name="group" class=INPUT>
                        <option value="">{t("none")}</option>
                        <GroupOptions groups/>
                    </select>
                </label>
                <Outcome error done=Signal::derive(|| false) success=""/>
                <button type="submit" class=BUTTON>{t("users-create")}</button>
            </div>
        </ActionForm>
    }
}
