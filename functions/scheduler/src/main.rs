//! The scheduler Lambda: EventBridge Scheduler calls it every 15 minutes in
//! business hours and once at night, each call running every check once;
//! and every minute for the outbox alone.

use lambda_runtime::{service_fn, LambdaEvent};
use serde_json::Value;

#[tokio::main]
async fn main() -> Result<(), lambda_runtime::Error> {
    let services = plaintes_aws::lambda_services().await?;
    lambda_runtime::run(service_fn(|event: LambdaEvent<Value>| {
        let services = services.clone();
        async move { Ok::<_, lambda_runtime::Error>(scheduler::handle(&services, event.payload).await?) }
    }))
    .await
}
