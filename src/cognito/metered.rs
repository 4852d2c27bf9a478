//! Every Cognito call counted and timed, by operation and outcome: one interceptor on both SDK
//! clients (user pools and identity pools), so no call can skip it. The names are in
//! `server::metrics`.

use std::time::Instant;

use aws_smithy_runtime_api::box_error::BoxError;
use aws_smithy_runtime_api::client::interceptors::Intercept;
use aws_smithy_runtime_api::client::interceptors::context::{
    BeforeSerializationInterceptorContextRef, FinalizerInterceptorContextRef,
};
use aws_smithy_runtime_api::client::orchestrator::Metadata;
use aws_smithy_runtime_api::client::runtime_components::RuntimeComponents;
use aws_smithy_types::config_bag::{ConfigBag, Storable, StoreReplace};

use super::error::{RawAnswer, raw_answer};

pub const CALLS: &str = "pooldesk_cognito_calls_total";
pub const CALL_SECONDS: &str = "pooldesk_cognito_call_duration_seconds";

#[derive(Debug)]
pub struct Metered;

/// When the call began (retries included in its time).
#[derive(Debug, Clone)]
struct Started(Instant);

impl Storable for Started {
    type Storer = StoreReplace<Self>;
}

impl Intercept for Metered {
    fn name(&self) -> &'static str {
        "Metered"
    }

    fn read_before_execution(
        &self,
        _context: &BeforeSerializationInterceptorContextRef<'_>,
        cfg: &mut ConfigBag,
    ) -> Result<(), BoxError> {
        cfg.interceptor_state().store_put(Started(Instant::now()));
        Ok(())
    }

    fn read_after_execution(
        &self,
        context: &FinalizerInterceptorContextRef<'_>,
        _runtime_components: &RuntimeComponents,
        cfg: &mut ConfigBag,
    ) -> Result<(), BoxError> {
        let operation = cfg.load::<Metadata>().map(|m| m.name().to_string()).unwrap_or_default();
        let outcome = match context.output_or_error() {
            Some(Ok(_)) => "ok",
            Some(Err(e)) if e.is_timeout_error() => "timed_out",
            Some(Err(_)) => match context.response() {
                Some(res) => answer_outcome(res.status().as_u16(), res.body().bytes().unwrap_or_default()),
                None => "failed",
            },
            None => "failed",
        };
        metrics::counter!(CALLS, "operation" => operation.clone(), "outcome" => outcome).increment(1);
        if let Some(Started(at)) = cfg.load::<Started>() {
            metrics::histogram!(CALL_SECONDS, "operation" => operation).record(at.elapsed().as_secs_f64());
        }
        Ok(())
    }
}

/// An error Cognito answered: over a quota (`throttled`), an operation the endpoint lacks
/// (`unsupported`), or any other refusal (`error`: not found, invalid, …).
fn answer_outcome(status: u16, body: &[u8]) -> &'static str {
    match raw_answer(status, body) {
        RawAnswer::Throttled => "throttled",
        RawAnswer::Unsupported => "unsupported",
        RawAnswer::Other => "error",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_answer_is_throttled_unsupported_or_an_error_by_its_code() {
        assert_eq!(answer_outcome(400, br#"{"__type":"TooManyRequestsException"}"#), "throttled");
        assert_eq!(answer_outcome(400, br#"{"code":"Unsupported","message":"no"}"#), "unsupported");
        assert_eq!(answer_outcome(500, b"<html>Internal Server Error</html>"), "unsupported");
        assert_eq!(answer_outcome(400, br#"{"__type":"com.amazonaws#UserNotFoundException"}"#), "error");
    }
}
