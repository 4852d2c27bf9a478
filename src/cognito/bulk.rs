//! Bulk changes: bounded concurrency, and retries with backoff when Cognito throttles, so a
//! large selection finishes instead of failing half-way. Each user gets its own outcome.

use std::time::Duration;

use futures::StreamExt;

use crate::error::AppError;
use crate::model::bulk::{BulkOutcome, BulkResult};

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

/// Runs `one` for every user, `CONCURRENCY` at a time, and reports each user's outcome in the
/// order given. What `one` does (the target rule, then the change) is the support desk's
/// (`server::desk`); a failure is that user's outcome, not the run's.
pub async fn each<F, Fut>(usernames: &[String], one: F) -> Vec<BulkResult>
where
    F: Fn(String) -> Fut,
    Fut: Future<Output = Result<BulkOutcome, AppError>>,
{
    futures::stream::iter(usernames.iter().cloned().map(|username| {
        let run = one(username.clone());
        async move {
            let outcome = run.await.unwrap_or_else(|e| BulkOutcome::Failed(e.to_string()));
            BulkResult { username, outcome }
        }
    }))
    .buffered(CONCURRENCY)
    .collect()
    .await
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
