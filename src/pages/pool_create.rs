//! Create a user pool with every option of the guide's step 1, its recommendations filled in.

use leptos::prelude::*;

use crate::api::pools::CreateUserPool;
use crate::components::layout::PageHeader;
use crate::components::outcome::{Outcome, action, last_error};
use crate::components::pool_fields::PoolFields;
use crate::components::style::BUTTON;
use crate::i18n::t;
use crate::model::pool_settings::PoolForm;

#[component]
pub fn PoolCreatePage() -> impl IntoView {
    let create = action::<CreateUserPool>();
    let error = last_error(create.value());
    view! {
        <p class="mb-2 text-sm"><a class="text-indigo-700 hover:underline" href="/pools">{t("pool-back")}</a></p>
        <PageHeader title=t("pools-create") lead=t("pool-create-lead")/>
        <ActionForm action=create>
            <div class="max-w-3xl space-y-4" data-pool-form="">
                <PoolFields form=PoolForm::guide() create=true error/>
                <Outcome error done=Signal::derive(|| false) success=""/>
                <button type="submit" class=BUTTON>{t("pool-create-submit")}</button>
            </div>
        </ActionForm>
    }
}
