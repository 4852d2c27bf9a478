//! A user's remembered devices: viewers read them, the support desk forgets them or marks them
//! not remembered (each change through the desk, after the target rule).

use leptos::prelude::*;

use crate::error::AppError;
use crate::model::device::UserDevices;
#[cfg(feature = "ssr")]
use crate::server::desk::UserAction;

crate::permission!(ListUserDevices => Viewer);
/// The user's devices, or why there are none to show: the pool tracks no devices, or the
/// endpoint lacks AdminListDevices (moto, cognito-local).
#[server(endpoint = "list_user_devices")]
pub async fn list_user_devices(pool_id: String, username: String) -> Result<UserDevices, AppError> {
    use crate::cognito::{devices, pools};
    let guard = ListUserDevices::guard().await?;
    super::users::checks::target(&pool_id, &username)?;
    let pool = pools::describe_without_mfa(guard.cognito(), &pool_id).await?;
    let Some(tracking) = pool.device_tracking else {
        return Ok(UserDevices::default());
    };
    let (devices, unavailable) =
        crate::cognito::unless_unsupported(devices::list(guard.cognito(), &pool_id, &username).await)?;
    Ok(UserDevices { tracking: Some(tracking), devices, unavailable })
}

crate::permission!(ForgetDevice => Support, Change; pool_id, username, device_key);
/// AdminForgetDevice: "sign me out of that lost laptop" (with a sign-out everywhere, which
/// revokes its tokens): its next sign-in is a new device's, challenged where the pool says so.
#[server(endpoint = "forget_device")]
pub async fn forget_device(pool_id: String, username: String, device_key: String) -> Result<(), AppError> {
    let guard = ForgetDevice::guard(&pool_id, &username, &device_key).await?;
    super::users::checks::target(&pool_id, &username)?;
    crate::model::device::validate_device_key(&device_key)?;
    guard.desk().apply(&pool_id, &username, UserAction::ForgetDevice(device_key)).await
}

crate::permission!(ForgetAllDevices => Support, Change; pool_id, username);
/// Every device of the user forgotten.
#[server(endpoint = "forget_all_devices")]
pub async fn forget_all_devices(pool_id: String, username: String) -> Result<(), AppError> {
    let guard = ForgetAllDevices::guard(&pool_id, &username).await?;
    super::users::checks::target(&pool_id, &username)?;
    guard.desk().apply(&pool_id, &username, UserAction::ForgetAllDevices).await
}

crate::permission!(SetDeviceRemembered => Support, Change; pool_id, username, device_key, remembered);
/// AdminUpdateDeviceStatus: a device not remembered stays listed but no longer skips MFA.
#[server(endpoint = "set_device_remembered")]
pub async fn set_device_remembered(
    pool_id: String,
    username: String,
    device_key: String,
    remembered: bool,
) -> Result<(), AppError> {
    let guard = SetDeviceRemembered::guard(&pool_id, &username, &device_key, &remembered).await?;
    super::users::checks::target(&pool_id, &username)?;
    crate::model::device::validate_device_key(&device_key)?;
    let action = UserAction::SetDeviceRemembered { key: device_key, remembered };
    guard.desk().apply(&pool_id, &username, action).await
}

/// Links this module's server functions into a binary that calls none of them (`link_all`).
#[cfg(feature = "ssr")]
#[inline(never)]
pub(crate) fn link() {}
