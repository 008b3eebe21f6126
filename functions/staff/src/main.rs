//! The staff Lambda: the admin page's API behind the Cognito authorizer,
//! which checks the ID token again itself (issuer, audience, expiry,
//! signature from the user pool's keys, groups).

use std::sync::Arc;

use plaintes_http::identity::JwtVerifier;

#[tokio::main]
async fn main() -> Result<(), lambda_http::Error> {
    let services = plaintes_aws::lambda_services().await?;
    let settings = plaintes_aws::AwsSettings::from_env()?;
    let (Some(pool), Some(client)) = (settings.user_pool_id, settings.user_pool_client_id) else {
        return Err("PLAINTES_USER_POOL_ID and PLAINTES_USER_POOL_CLIENT_ID must be set".into());
    };
    let region =
        std::env::var("AWS_REGION").unwrap_or_else(|_| plaintes_aws::DEFAULT_REGION.into());
    let verifier = Arc::new(JwtVerifier::cognito(&region, &pool, &client));
    let router = plaintes_http::staff_router(services, verifier);
    lambda_http::run(plaintes_http::with_security_headers(router)).await
}
