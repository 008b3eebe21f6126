//! The scheduler Lambda: each EventBridge tick sends the mail the outbox
//! holds (first sends and retries).

use lambda_runtime::{service_fn, LambdaEvent};
use plaintes_core::{outbox, Organisation};
use serde_json::{json, Value};

#[tokio::main]
async fn main() -> Result<(), lambda_runtime::Error> {
    tracing_subscriber::fmt().json().without_time().init();
    let organisation = Organisation::from_toml(include_str!("../../../config/organisation.toml"))?;
    let settings = plaintes_aws::AwsSettings::from_env()?;
    let services = plaintes_aws::services(organisation, &settings).await;
    lambda_runtime::run(service_fn(|_: LambdaEvent<Value>| {
        let services = services.clone();
        async move {
            let report = outbox::dispatch(&services, outbox::BATCH).await?;
            Ok::<_, lambda_runtime::Error>(json!({ "sent": report.sent, "failed": report.failed }))
        }
    }))
    .await
}
