//! Bulk changes: bounded concurrency, and retries with backoff when Cognito throttles, so a
//! large selection finishes instead of failing half-way. Each user gets its own outcome.

use std::time::Duration;

use futures::StreamExt;

use super::{CognitoAdmin, users};
use crate::error::AppError;
use crate::model::{BulkAction, BulkOutcome, BulkResult};

/// Calls in flight at once: well under the UserResourceUpdate quota (25 per second).
const CONCURRENCY: usize = 4;
const ATTEMPTS: u32 = 4;
const FIRST_BACKOFF: Duration = Duration::from_millis(200);

/// Runs `op` again after 200, 400, 800 ms while Cognito answers "throttled".
pub async fn with_backoff<T, F, Fut>(mut op: F) -> Result<T, AppError>
where
    F: FnMut() -> Fut,
    Fut: Future<Output = Result<T, AppError>>,
{
    let mut delay = FIRST_BACKOFF;
    for _ in 1..ATTEMPTS {
        match op().await {
            Err(AppError::Throttled) => {
                tokio::time::sleep(delay).await;
                delay *= 2;
            }
            other => return other,
        }
    }
    op().await
}

/// `protected`: users this run must not touch (the operator themself, for actions that would
/// lock them out), with the reason.
pub async fn apply(
    cognito: &CognitoAdmin,
    pool_id: &str,
    action: BulkAction,
    group: Option<&str>,
    usernames: &[String],
    protected: &(dyn Fn(&str) -> Option<String> + Sync),
) -> Vec<BulkResult> {
    // Owned inputs per task: the futures must be `Send` for any lifetime the server picks.
    let tasks: Vec<_> = usernames
        .iter()
        .map(|u| (u.clone(), protected(u), cognito.clone(), pool_id.to_string(), group.map(str::to_string)))
        .collect();
    futures::stream::iter(tasks.into_iter().map(|(username, refusal, cognito, pool_id, group)| async move {
        let outcome = match refusal {
            Some(reason) => BulkOutcome::Failed(reason),
            None => match one(&cognito, &pool_id, action, group.as_deref(), &username).await {
                Ok(outcome) => outcome,
                Err(e) => BulkOutcome::Failed(e.to_string()),
            },
        };
        BulkResult { username, outcome }
    }))
    .buffered(CONCURRENCY)
    .collect()
    .await
}

async fn one(
    cognito: &CognitoAdmin,
    pool_id: &str,
    action: BulkAction,
    group: Option<&str>,
    username: &str,
) -> Result<BulkOutcome, AppError> {
    match action {
        BulkAction::Enable | BulkAction::Disable => {
            let enable = action == BulkAction::Enable;
            let user = with_backoff(|| users::lookup(cognito, pool_id, username)).await?;
            if user.enabled == enable {
                return Ok(BulkOutcome::Already);
            }
            with_backoff(|| users::set_enabled(cognito, pool_id, username, enable)).await?;
        }
        BulkAction::AddToGroup | BulkAction::RemoveFromGroup => {
            let group = group.ok_or_else(|| AppError::invalid("group", "Choose a group."))?;
            let adding = action == BulkAction::AddToGroup;
            let member = with_backoff(|| users::groups_of(cognito, pool_id, username))
                .await?
                .iter()
                .any(|g| g.name == group);
            if member == adding {
                return Ok(BulkOutcome::Already);
            }
            if adding {
                with_backoff(|| users::add_to_group(cognito, pool_id, username, group)).await?;
            } else {
                with_backoff(|| users::remove_from_group(cognito, pool_id, username, group)).await?;
            }
        }
    }
    Ok(BulkOutcome::Done)
}

#[cfg(test)]
mod tests {
    use std::sync::atomic::{AtomicU32, Ordering};

    use super::*;

    #[tokio::test(start_paused = true)]
    async fn retries_throttling_then_succeeds() {
        let calls = AtomicU32::new(0);
        let result = with_backoff(|| async {
            if calls.fetch_add(1, Ordering::SeqCst) < 2 { Err(AppError::Throttled) } else { Ok(7) }
        })
        .await;
        assert_eq!(result, Ok(7));
        assert_eq!(calls.load(Ordering::SeqCst), 3);
    }

    #[tokio::test(start_paused = true)]
    async fn gives_up_after_four_attempts_and_does_not_retry_other_errors() {
        let calls = AtomicU32::new(0);
        let throttled: Result<(), _> = with_backoff(|| async {
            calls.fetch_add(1, Ordering::SeqCst);
            Err(AppError::Throttled)
        })
        .await;
        assert_eq!(throttled, Err(AppError::Throttled));
        assert_eq!(calls.load(Ordering::SeqCst), 4);
        let other = AtomicU32::new(0);
        let _: Result<(), _> = with_backoff(|| async {
            other.fetch_add(1, Ordering::SeqCst);
            Err(AppError::not_found("The user"))
        })
        .await;
        assert_eq!(other.load(Ordering::SeqCst), 1);
    }
}
