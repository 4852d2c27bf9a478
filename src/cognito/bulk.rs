//! Retries with backoff when Cognito throttles, so that a bulk job's user is not failed for a
//! moment over the quota (the pace, `cognito::pace`, keeps such moments rare).

use std::time::Duration;

use crate::error::AppError;

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
