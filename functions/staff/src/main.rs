//! The staff Lambda: the admin page's API behind the Cognito authorizer.

use plaintes_core::Organisation;

#[tokio::main]
async fn main() -> Result<(), lambda_http::Error> {
    tracing_subscriber::fmt().json().without_time().init();
    let organisation = Organisation::from_toml(include_str!("../../../config/organisation.toml"))?;
    let settings = plaintes_aws::AwsSettings::from_env()?;
    let services = plaintes_aws::services(organisation, &settings).await;
    let router = plaintes_http::with_security_headers(plaintes_http::staff_router(services));
    lambda_http::run(router).await
}
