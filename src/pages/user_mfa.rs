//! The user page's MFA card: the pool's MFA, each factor as the user has it, the support desk's
//! changes (a lost authenticator app is the app turned off), and what the user meets at their
//! next sign-in, before and after a change. Plain forms, as the rest of the page.

use leptos::prelude::*;

use crate::api::users::SetUserMfa;
use crate::components::hidden::{Hidden, Target, UserFields};
use crate::components::outcome::last_error;
use crate::components::permit::Can;
use crate::components::style::{CARD, CARD_TITLE, SMALL_BUTTON};
use crate::i18n::{lang, t};
use crate::model::mfa::{FACTORS, MfaChange, MfaFactor, MfaSetting, sign_in_factor_label};
use crate::model::role::Permission;
use crate::model::user::UserDetail;

#[component]
pub fn MfaCard(target: Target, user: UserDetail, action: ServerAction<SetUserMfa>) -> impl IntoView {
    let pool = user.pool_mfa.clone();
    let mfa = user.mfa();
    let lang = lang();
    // A console operator, seen by a support operator: the desk would refuse any change.
    let changeable = user.access.locked.is_none();
    let rows = FACTORS
        .into_iter()
        .map(|factor| {
            let on = mfa.on.contains(&factor);
            let preferred = mfa.preferred == Some(factor);
            // The state's key (for tests and styles) and its message.
            let (state, said) = match (pool.offers(factor), on, preferred) {
                (_, true, true) => ("on, preferred", "mfa-state-preferred"),
                (_, true, false) => ("on", "mfa-state-on"),
                (true, false, _) => ("off", "mfa-state-off"),
                (false, false, _) => ("not offered by this pool", "mfa-state-not-offered"),
            };
            // What the server would refuse is not offered; why, where the factor could be on.
            let allowed = |setting| MfaChange { factor, setting }.check(&pool, &mfa);
            let mut changes: Vec<(MfaSetting, String)> = Vec::new();
            if on && !preferred && allowed(MfaSetting::Preferred).is_ok() {
                changes.push((MfaSetting::Preferred, t("mfa-make-preferred")));
            }
            let mut why_not = None;
            if on {
                let off = if factor == MfaFactor::Totp { t("mfa-reset-app") } else { t("mfa-turn-off") };
                changes.push((MfaSetting::Off, off));
            } else if pool.offers(factor) && pool.mode != "OFF" {
                match allowed(MfaSetting::On) {
                    Ok(()) => changes.push((MfaSetting::On, t("mfa-turn-on"))),
                    Err(e) => why_not = Some(e.message()),
                }
            }
            view! {
                <li class="flex flex-wrap items-center justify-between gap-2 py-1.5" data-factor=factor.key() data-state=state>
                    <span>
                        <span class="text-slate-900">{factor.label(lang)}</span>
                        <span class="ml-2 text-xs text-slate-500">{t(said)}</span>
                    </span>
                    {changeable.then(|| view! {
                        <Can allowed=SetUserMfa::allows>
                            <span class="flex gap-1">
                                {changes.clone().into_iter().map(|(setting, label)| view! {
                                    <ActionForm action=action>
                                        <UserFields target/>
                                        <Hidden name="factor" value=factor.key()/>
                                        <Hidden name="setting" value=setting.key()/>
                                        <button type="submit" class=SMALL_BUTTON>{label}</button>
                                    </ActionForm>
                                }).collect_view()}
                                {why_not.clone().map(|why| view! {
                                    <span class="text-xs text-slate-500">{why}</span>
                                })}
                            </span>
                        </Can>
                    })}
                </li>
            }
        })
        .collect_view();
    let error = last_error(action.value());
    view! {
        <section class=CARD data-mfa="">
            <h2 class=CARD_TITLE>"MFA"</h2>
            <p class="text-sm text-slate-600" data-pool-mfa=pool.mode.clone()>{pool.describe(lang)}</p>
            <ul class="mt-2 divide-y divide-slate-100 text-sm">{rows}</ul>
            <p class="mt-2 text-sm text-slate-700" data-next-sign-in="">{mfa.next_sign_in(&pool, lang)}</p>
            {user.sign_in_factors.clone().map(|factors| {
                let words: Vec<String> = factors.iter().map(|f| sign_in_factor_label(f, lang)).collect();
                let said = if words.is_empty() { t("mfa-ways-none") } else { words.join(", ") };
                view! {
                    <p class="mt-1 text-xs text-slate-500" data-sign-in-factors=factors.join(" ")>
                        {t("mfa-ways")}" "{said}
                    </p>
                }
            })}
            // A passkey is the user's own: Cognito lists and deletes them only with the user's
            // token (ListWebAuthnCredentials), so the desk says so rather than offer it.
            {pool.passkeys.clone().map(|p| view! { <p class="mt-1 text-xs text-slate-500" data-passkeys="">{p.describe(lang)}</p> })}
            {move || match (action.value().get(), error.get()) {
                (_, Some(e)) => view! { <p class="mt-2 text-sm text-red-700" role="alert">{e.message()}</p> }.into_any(),
                (Some(Ok(now)), None) => view! {
                    <p class="mt-2 text-sm text-green-700" role="status" data-mfa-outcome="">{t("saved")}" "{now}</p>
                }.into_any(),
                _ => ().into_any(),
            }}
        </section>
    }
}
