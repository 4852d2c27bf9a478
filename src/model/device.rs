//! A user's remembered devices (AdminListDevices) and the pool's device tracking
//! (DeviceConfiguration), for the user page's Devices card.

use serde::{Deserialize, Serialize};

use crate::i18n::text;
use crate::model::preferences::Lang;

/// The pool's device tracking. Without it Cognito remembers no device, and the card says so.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct DeviceTracking {
    /// ChallengeRequiredOnNewDevice: a new device is challenged for MFA.
    pub challenge_new_device: bool,
    /// DeviceOnlyRememberedOnUserPrompt: the app asks the user whether to remember a device;
    /// otherwise every device is remembered.
    pub only_on_user_prompt: bool,
}

impl DeviceTracking {
    pub fn describe(&self, lang: Lang) -> String {
        let key = match (self.only_on_user_prompt, self.challenge_new_device) {
            (true, true) => "device-tracking-prompt-challenge",
            (true, false) => "device-tracking-prompt",
            (false, true) => "device-tracking-every-challenge",
            (false, false) => "device-tracking-every",
        };
        text(lang, key, &[])
    }
}

/// One device, as AdminListDevices reports it. Its attributes carry the name, the last
/// address, and whether it is remembered (`dev:device_remembered_status`).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Device {
    pub key: String,
    pub name: Option<String>,
    pub last_ip: Option<String>,
    pub created: Option<i64>,
    pub last_seen: Option<i64>,
    /// `None` where the endpoint does not say (fakecloud keeps it out of the attributes).
    pub remembered: Option<bool>,
}

impl Device {
    /// The device from its key and attributes (`name`, `value` pairs as Cognito names them).
    pub fn from_attributes<'a>(
        key: String,
        attributes: impl IntoIterator<Item = (&'a str, &'a str)>,
        created: Option<i64>,
        last_seen: Option<i64>,
    ) -> Self {
        let mut device = Device { key, created, last_seen, ..Default::default() };
        for (name, value) in attributes {
            match name {
                "device_name" => device.name = Some(value.to_string()),
                "last_ip_used" => device.last_ip = Some(value.to_string()),
                "dev:device_remembered_status" => device.remembered = Some(value == "remembered"),
                _ => {}
            }
        }
        device
    }

    pub fn label(&self, lang: Lang) -> String {
        match self.name.as_deref().filter(|n| !n.is_empty()) {
            Some(name) => name.to_string(),
            None => text(lang, "device-unnamed", &[]),
        }
    }

    /// Nothing where the endpoint does not say.
    pub fn remembered_label(&self, lang: Lang) -> Option<String> {
        self.remembered
            .map(|r| text(lang, if r { "device-remembered" } else { "device-not-remembered" }, &[]))
    }
}

/// The Devices card: the devices, or why there are none to show.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct UserDevices {
    /// `None`: the pool does not track devices.
    pub tracking: Option<DeviceTracking>,
    pub devices: Vec<Device>,
    /// Why the list is empty although the pool tracks devices (the endpoint lacks the call).
    pub unavailable: Option<String>,
}

/// A device key as Cognito makes them (`<region>_<uuid>`): anything else is refused before a
/// call, by field.
pub fn validate_device_key(key: &str) -> Result<(), crate::error::AppError> {
    let ok = (1..=55).contains(&key.len())
        && key.split_once('_').is_some_and(|(region, id)| {
            !region.is_empty()
                && !id.is_empty()
                && region.chars().all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
                && id.chars().all(|c| c.is_ascii_alphanumeric() || c == '-')
        });
    if ok {
        Ok(())
    } else {
        Err(crate::error::AppError::invalid("device_key", crate::i18n::t("invalid-device-key")))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_device_reads_its_name_address_and_remembered_status_from_its_attributes() {
        let attrs = [
            ("device_status", "valid"),
            ("device_name", "Ann's laptop"),
            ("last_ip_used", "192.0.2.7"),
            ("dev:device_remembered_status", "not_remembered"),
        ];
        let d = Device::from_attributes("us-east-1_a1".into(), attrs, Some(1), Some(2));
        assert_eq!(d.label(Lang::En), "Ann's laptop");
        assert_eq!(d.last_ip.as_deref(), Some("192.0.2.7"));
        assert_eq!(d.remembered, Some(false));
        assert_eq!(d.remembered_label(Lang::En).as_deref(), Some("not remembered"));
        assert_eq!(Device::from_attributes("k_1".into(), [], None, None).remembered_label(Lang::En), None);
    }

    #[test]
    fn device_keys_are_checked_before_any_call() {
        assert!(validate_device_key("us-east-1_4f7c9b2e-1d2a-4c3b-9e8f-0a1b2c3d4e5f").is_ok());
        for bad in ["", "nounderscore", "_x", "us-east-1_", "us-east-1_a b", "US_x", &"a_".repeat(40)] {
            assert!(validate_device_key(bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn tracking_is_said_in_words() {
        let t = DeviceTracking { challenge_new_device: true, only_on_user_prompt: false };
        assert_eq!(
            t.describe(Lang::En),
            "Every device the user signs in on is remembered; a new device must pass MFA, a remembered one skips it."
        );
        let prompt = DeviceTracking { challenge_new_device: false, only_on_user_prompt: true };
        assert_eq!(
            prompt.describe(Lang::De),
            "Geräte werden gemerkt, wenn der Benutzer in der App zustimmt."
        );
    }
}
