//! The scheduler Lambda: each EventBridge tick sends the mail the outbox
//! holds (first sends and retries).

use lambda_runtime::{service_fn, LambdaEvent};
use plaintes_core::outbox;
use serde_json::{json, Value};

#[tokio::main]
async fn main() -> Result<(), lambda_runtime::Error> {
    let services = plaintes_aws::lambda_services().await?;
    lambda_runtime::run(service_fn(|_: LambdaEvent<Value>| {
        let services = services.clone();
        async move {
            let report = outbox::dispatch(&services, outbox::BATCH).await?;
            Ok::<_, lambda_runtime::Error>(json!({ "sent": report.sent, "failed": report.failed }))
        }
    }))
    .await
}
