//! The console's index of a pool (`server::index`): any role searches it and reads its
//! analytics; building it (a job that reads every user) and scheduling rebuilds need the
//! support desk's level. Saved searches are each operator's own.

use leptos::prelude::*;

use crate::error::AppError;
#[cfg(feature = "ssr")]
use crate::i18n::t;
use crate::model::index::{IndexPage, IndexStatus, PoolAnalytics, SavedSearch};

/// A search's query string (`IndexQuery::to_query`), read back as the page would.
#[cfg(feature = "ssr")]
pub fn parse_query(query: &str) -> crate::model::index::IndexQuery {
    let pairs: Vec<(String, String)> = form_urlencoded::parse(query.as_bytes()).into_owned().collect();
    let get = |name: &str| pairs.iter().find(|(k, _)| k == name).map(|(_, v)| v.clone());
    let groups = pairs.iter().filter(|(k, _)| k == "groups").map(|(_, v)| v.clone()).collect();
    crate::model::index::IndexQuery::from_params(get, groups)
}

#[cfg(feature = "ssr")]
fn unavailable(e: sqlx::Error) -> AppError {
    crate::server::jobs::unavailable(e)
}

crate::permission!(GetIndexStatus => Viewer);
/// Where the pool's index stands: when it was built, how many users, a build under way, the
/// schedule, and whether this operator may build it.
#[server(endpoint = "get_index_status")]
pub async fn get_index_status(pool_id: String) -> Result<IndexStatus, AppError> {
    let guard = GetIndexStatus::guard().await?;
    crate::model::pool::validate_pool_id(&pool_id)?;
    crate::server::jobs::index::status(&guard, &pool_id).await
}

crate::permission!(BuildIndex => Support, Export; pool_id);
/// Reads every user of the pool into the console's index as a job, and goes to its page. A
/// build already queued or running is the one answered.
#[server(endpoint = "build_index")]
pub async fn build_index(pool_id: String) -> Result<String, AppError> {
    let guard = BuildIndex::guard(&pool_id).await?;
    crate::model::pool::validate_pool_id(&pool_id)?;
    let id = crate::server::jobs::index::submit_index(&guard, &pool_id).await?;
    leptos_axum::redirect(&format!("/jobs/{id}"));
    Ok(id)
}

crate::permission!(SetIndexSchedule => Support, Change; pool_id, every_hours);
/// Rebuilds the index on its own every `every_hours` (one of `SCHEDULES`; empty turns it
/// off), as this operator: the build runs with their role, asked of Cognito when it runs.
#[server(endpoint = "set_index_schedule")]
pub async fn set_index_schedule(pool_id: String, every_hours: String) -> Result<(), AppError> {
    use crate::model::index::SCHEDULES;
    let guard = SetIndexSchedule::guard(&pool_id, &every_hours).await?;
    crate::model::pool::validate_pool_id(&pool_id)?;
    let every = match every_hours.as_str() {
        "" | "off" => None,
        hours => Some(
            hours
                .parse::<u32>()
                .ok()
                .filter(|h| SCHEDULES.contains(h))
                .ok_or_else(|| AppError::invalid("every_hours", t("search-bad-interval")))?,
        ),
    };
    crate::server::jobs::index::schedule(&guard, &pool_id, every).await
}

crate::permission!(SearchIndex => Viewer);
/// One page of a search of the index (`query` as the users page's URL has it), after `cursor`.
#[server(endpoint = "search_index")]
pub async fn search_index(
    pool_id: String,
    query: String,
    cursor: Option<String>,
) -> Result<IndexPage, AppError> {
    let guard = SearchIndex::guard().await?;
    crate::model::pool::validate_pool_id(&pool_id)?;
    if query.len() > 8_192 {
        return Err(AppError::invalid("query", t("search-too-long")));
    }
    let checked = parse_query(&query).check()?;
    let status = guard.index().status(&pool_id).await.map_err(unavailable)?;
    let built_ms = status.built_ms.ok_or_else(|| AppError::Conflict { message: t("search-no-index") })?;
    let cursor = cursor.filter(|c| !c.is_empty());
    guard.index().search(&pool_id, &checked, cursor.as_deref(), built_ms).await.map_err(unavailable)
}

crate::permission!(GetPoolAnalytics => Viewer);
/// The pool at a glance, counted from its index; a temporary password unchanged for
/// `stuck_days` (default 7) counts as stuck.
#[server(endpoint = "get_pool_analytics")]
pub async fn get_pool_analytics(
    pool_id: String,
    stuck_days: Option<String>,
) -> Result<PoolAnalytics, AppError> {
    let guard = GetPoolAnalytics::guard().await?;
    crate::model::pool::validate_pool_id(&pool_id)?;
    let stuck_days = match stuck_days.as_deref().map(str::trim) {
        None | Some("") => 7,
        Some(days) => days
            .parse::<u32>()
            .ok()
            .filter(|d| (1..=3650).contains(d))
            .ok_or_else(|| AppError::invalid("stuck_days", t("search-bad-stuck-days")))?,
    };
    let status = guard.index().status(&pool_id).await.map_err(unavailable)?;
    let built_ms =
        status.built_ms.ok_or_else(|| AppError::Conflict { message: t("search-no-index-analytics") })?;
    let now = crate::server::now_ms() / 1000;
    guard.index().analytics(&pool_id, built_ms, now, stuck_days).await.map_err(unavailable)
}

crate::permission!(ListSavedSearches => Viewer);
/// The operator's own saved searches of the pool.
#[server(endpoint = "list_saved_searches")]
pub async fn list_saved_searches(pool_id: String) -> Result<Vec<SavedSearch>, AppError> {
    let guard = ListSavedSearches::guard().await?;
    crate::model::pool::validate_pool_id(&pool_id)?;
    guard.index().saved(&guard.operator().sub, &pool_id).await.map_err(unavailable)
}

crate::permission!(SaveSearch => Viewer);
/// Saves the search `query` under `name`, for this operator (the same name replaces it).
#[server(endpoint = "save_search")]
pub async fn save_search(pool_id: String, name: String, query: String) -> Result<(), AppError> {
    let guard = SaveSearch::guard().await?;
    crate::model::pool::validate_pool_id(&pool_id)?;
    let name = name.trim();
    if name.is_empty() || name.chars().count() > 80 || name.chars().any(char::is_control) {
        return Err(AppError::invalid("name", t("search-bad-name")));
    }
    if query.len() > 8_192 {
        return Err(AppError::invalid("query", t("search-too-long")));
    }
    // Stored as the page would show it: checked, in its own words.
    let checked = parse_query(&query).check()?;
    let now = crate::server::now_ms();
    guard
        .index()
        .save(&guard.operator().sub, &pool_id, name, &checked.query.to_query(), now)
        .await
        .map_err(unavailable)
}

crate::permission!(ForgetSearch => Viewer);
/// Deletes one of the operator's own saved searches.
#[server(endpoint = "forget_search")]
pub async fn forget_search(id: String) -> Result<(), AppError> {
    let guard = ForgetSearch::guard().await?;
    if uuid::Uuid::parse_str(&id).is_err()
        || !guard.index().forget(&guard.operator().sub, &id).await.map_err(unavailable)?
    {
        return Err(AppError::not_found("The saved search"));
    }
    Ok(())
}

/// Links this module's server functions into a binary that calls none of them (`link_all`).
#[cfg(feature = "ssr")]
#[inline(never)]
pub(crate) fn link() {}
