//! A user's remembered devices: list (AdminListDevices), forget (AdminForgetDevice), and
//! remembered or not (AdminUpdateDeviceStatus). Changes take `CognitoUsers`: only the support
//! desk holds one.

use aws_sdk_cognitoidentityprovider::types::{DeviceRememberedStatusType, DeviceType};

use super::operations::{ADMIN_FORGET_DEVICE, ADMIN_LIST_DEVICES, ADMIN_UPDATE_DEVICE_STATUS};
use super::{CognitoRead, CognitoUsers, epoch};
use crate::error::AppError;
use crate::model::device::Device;

/// AdminListDevices' largest page.
const PAGE: i32 = 60;

/// Every device Cognito has for the user, most recently seen first.
pub async fn list(cognito: &CognitoRead, pool_id: &str, username: &str) -> Result<Vec<Device>, AppError> {
    let mut devices = Vec::new();
    let mut token: Option<String> = None;
    loop {
        let out = cognito
            .client()
            .admin_list_devices()
            .user_pool_id(pool_id)
            .username(username)
            .limit(PAGE)
            .set_pagination_token(token.take())
            .send()
            .await
            .map_err(|e| ADMIN_LIST_DEVICES.error(e))?;
        devices.extend(out.devices().iter().map(device));
        match out.pagination_token() {
            Some(next) if !next.is_empty() => token = Some(next.to_string()),
            _ => break,
        }
    }
    devices.sort_by_key(|d| std::cmp::Reverse(d.last_seen));
    Ok(devices)
}

fn device(d: &DeviceType) -> Device {
    let attributes = d.device_attributes().iter().filter_map(|a| Some((a.name(), a.value()?)));
    Device::from_attributes(
        d.device_key().unwrap_or_default().to_string(),
        attributes,
        epoch(d.device_create_date()),
        epoch(d.device_last_authenticated_date()),
    )
}

/// The device is forgotten: the next sign-in on it is a new device's.
pub async fn forget(
    cognito: &CognitoUsers,
    pool_id: &str,
    username: &str,
    key: &str,
) -> Result<(), AppError> {
    cognito
        .client()
        .admin_forget_device()
        .user_pool_id(pool_id)
        .username(username)
        .device_key(key)
        .send()
        .await
        .map(|_| ())
        .map_err(|e| ADMIN_FORGET_DEVICE.error(e))
}

/// Remembered (it skips MFA where the pool lets remembered devices) or not.
pub async fn set_remembered(
    cognito: &CognitoUsers,
    pool_id: &str,
    username: &str,
    key: &str,
    remembered: bool,
) -> Result<(), AppError> {
    let status = if remembered {
        DeviceRememberedStatusType::Remembered
    } else {
        DeviceRememberedStatusType::NotRemembered
    };
    cognito
        .client()
        .admin_update_device_status()
        .user_pool_id(pool_id)
        .username(username)
        .device_key(key)
        .device_remembered_status(status)
        .send()
        .await
        .map(|_| ())
        .map_err(|e| ADMIN_UPDATE_DEVICE_STATUS.error(e))
}
