//! The public Lambda: complaint submission behind API Gateway, on DynamoDB
//! and SES.

use plaintes_core::Organisation;

#[tokio::main]
async fn main() -> Result<(), lambda_http::Error> {
    tracing_subscriber::fmt().json().without_time().init();
    // The settings are built into the function: a change is a deployment.
    let organisation = Organisation::from_toml(include_str!("../../../config/organisation.toml"))?;
    let settings = plaintes_aws::AwsSettings::from_env()?;
    let services = plaintes_aws::services(organisation, &settings).await;
    let router = plaintes_http::with_security_headers(plaintes_http::public_router(services));
    lambda_http::run(router).await
}
