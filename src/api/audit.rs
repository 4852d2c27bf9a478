//! The audit log, for the Audit page (admins only).

use leptos::prelude::*;

use crate::error::AppError;
use crate::model::audit::{AuditFilter, AuditPage};

crate::permission!(ListAudit => Admin);
/// One page of entries matching `filter`, newest first; `before` is the cursor of an older page.
#[server(endpoint = "list_audit")]
pub async fn list_audit(
    #[server(flatten)] filter: AuditFilter,
    #[server(default)] before: Option<i64>,
) -> Result<AuditPage, AppError> {
    let guard = ListAudit::guard().await?;
    let query = filter.validate()?;
    let (entries, older) =
        guard.audit().page(&query, before).await.map_err(crate::server::audit::read_failed)?;
    Ok(AuditPage { entries, older, actions: crate::server::audit::actions() })
}

/// Links this module's server functions into a binary that calls none of them (`link_all`).
#[cfg(feature = "ssr")]
#[inline(never)]
pub(crate) fn link() {}
