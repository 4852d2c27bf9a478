//! The user page's Devices card: the devices Cognito remembers for the user (name, last
//! address, last seen, remembered or not), and the support desk's "forget it", "no longer
//! remembered" and "forget them all". When the pool tracks no devices, or the endpoint cannot
//! list them, the card says so instead.

use leptos::prelude::*;

use crate::api::devices::{ForgetAllDevices, ForgetDevice, SetDeviceRemembered};
use crate::components::hidden::{Hidden, Target, UserFields};
use crate::components::outcome::{Outcome, last_error, succeeded};
use crate::components::permit::Can;
use crate::components::style::{CARD, CARD_TITLE, SMALL_BUTTON};
use crate::error::AppError;
use crate::i18n::{lang, t, t_with};
use crate::model::device::UserDevices;
use crate::model::role::Permission;

/// The card's three actions, made once by the page.
#[derive(Clone, Copy)]
pub struct DeviceActions {
    pub forget: ServerAction<ForgetDevice>,
    pub forget_all: ServerAction<ForgetAllDevices>,
    pub remembered: ServerAction<SetDeviceRemembered>,
}

#[component]
pub fn DevicesCard(
    target: Target,
    devices: Result<UserDevices, AppError>,
    /// A console operator, seen by a support operator: the desk would refuse any change.
    locked: bool,
    actions: DeviceActions,
) -> impl IntoView {
    let DeviceActions { forget, forget_all, remembered } = actions;
    let lang = lang();
    let body = match devices {
        Err(e) => view! { <p class="text-sm text-red-700" role="alert">{e.message()}</p> }.into_any(),
        Ok(UserDevices { tracking: None, .. }) => view! {
            <p class="text-sm text-slate-600" data-devices-off="">
                {t("devices-off")}
            </p>
        }
        .into_any(),
        Ok(UserDevices { tracking: Some(tracking), devices, unavailable }) => {
            let count = devices.len();
            let rows = devices.into_iter().map(|d| {
                let key = d.key.clone();
                let not_remembered = d.remembered != Some(false);
                view! {
                    <li class="flex flex-wrap items-center justify-between gap-2 py-2" data-device=d.key.clone()>
                        <span>
                            <span class="text-slate-900">{d.label(lang)}</span>
                            <span class="ml-2 text-xs text-slate-500">{d.remembered_label(lang)}</span>
                            <span class="block text-xs text-slate-500">
                                {match &d.last_ip {
                                    Some(ip) => t_with("device-seen-from", &[("last", crate::i18n::date(d.last_seen).into()), ("ip", ip.clone().into()), ("first", crate::i18n::date(d.created).into())]),
                                    None => t_with("device-seen", &[("last", crate::i18n::date(d.last_seen).into()), ("first", crate::i18n::date(d.created).into())]),
                                }}
                            </span>
                        </span>
                        {(!locked).then(|| view! {
                            <Can allowed=ForgetDevice::allows clone:key>
                                <DeviceForms target key=key.clone() not_remembered forget remembered/>
                            </Can>
                        })}
                    </li>
                }
            }).collect_view();
            view! {
                <p class="text-sm text-slate-600" data-device-tracking="">{tracking.describe(lang)}</p>
                {match unavailable {
                    Some(why) => view! { <p class="mt-2 text-sm text-slate-600" data-devices-unavailable="">{why}</p> }.into_any(),
                    None if count == 0 => view! { <p class="mt-2 text-sm text-slate-600">{t("devices-none")}</p> }.into_any(),
                    None => view! {
                        <ul class="mt-2 divide-y divide-slate-100 text-sm">{rows}</ul>
                        {(!locked && count > 1).then(|| view! {
                            <Can allowed=ForgetAllDevices::allows>
                                <ActionForm action=forget_all>
                                    <UserFields target/>
                                    <button type="submit" class=SMALL_BUTTON>{t("devices-forget-all")}</button>
                                </ActionForm>
                            </Can>
                        })}
                    }.into_any(),
                }}
                <p class="mt-2 text-xs text-slate-500">
                    {t("devices-forget-note")}
                </p>
            }.into_any()
        }
    };
    view! {
        <section class=CARD data-devices="">
            <h2 class=CARD_TITLE>{t("devices-title")}</h2>
            {body}
            <Outcome error=last_error(forget.value()) done=succeeded(forget.value()) success=t("devices-forgotten")/>
            <Outcome error=last_error(forget_all.value()) done=succeeded(forget_all.value()) success=t("devices-all-forgotten")/>
            <Outcome error=last_error(remembered.value()) done=succeeded(remembered.value()) success=t("devices-not-remembered-now")/>
        </section>
    }
}

/// "Stop remembering" (while it is remembered) and "Forget", for one device.
#[component]
fn DeviceForms(
    target: Target,
    key: String,
    not_remembered: bool,
    forget: ServerAction<ForgetDevice>,
    remembered: ServerAction<SetDeviceRemembered>,
) -> impl IntoView {
    let remembered_key = key.clone();
    view! {
        <span class="flex gap-1">
            {not_remembered.then(|| view! {
                <ActionForm action=remembered>
                    <UserFields target/>
                    <Hidden name="device_key" value=remembered_key/>
                    <Hidden name="remembered" value="false"/>
                    <button type="submit" class=SMALL_BUTTON>{t("devices-stop-remembering")}</button>
                </ActionForm>
            })}
            <ActionForm action=forget>
                <UserFields target/>
                <Hidden name="device_key" value=key/>
                <button type="submit" class=SMALL_BUTTON>{t("devices-forget")}</button>
            </ActionForm>
        </span>
    }
}
