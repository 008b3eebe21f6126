//! The staff Lambda: the staff pages' sign-in and the staff API. It checks
//! every request itself: a bearer ID token (issuer, audience, expiry,
//! signature from the user pool's keys, groups), or the session cookie the
//! sign-in page set, kept in the table.

use std::sync::Arc;

use plaintes_http::identity::JwtVerifier;

#[tokio::main]
async fn main() -> Result<(), lambda_http::Error> {
    let (services, sessions) = plaintes_aws::lambda_staff_services().await?;
    let settings = plaintes_aws::AwsSettings::from_env()?;
    let (Some(pool), Some(client)) = (settings.user_pool_id, settings.user_pool_client_id) else {
        return Err("PLAINTES_USER_POOL_ID and PLAINTES_USER_POOL_CLIENT_ID must be set".into());
    };
    let (Some(sign_in_url), Some(parameter)) = (
        settings.sign_in_url.as_deref(),
        settings.sign_in_secret_parameter.as_deref(),
    ) else {
        return Err(
            "PLAINTES_SIGN_IN_URL and PLAINTES_SIGN_IN_SECRET_PARAMETER must be set".into(),
        );
    };
    // The site's address as the settings and the deployment make it.
    let site_url = services.organisation.site_url.clone();
    let secret = plaintes_aws::client_secret(parameter).await?;
    let hosted = plaintes_http::staff::HostedSignIn::cognito(
        sign_in_url,
        &client,
        plaintes_http::staff::ClientSecret::new(secret),
        &site_url,
    );
    let region =
        std::env::var("AWS_REGION").unwrap_or_else(|_| plaintes_aws::DEFAULT_REGION.into());
    let verifier = Arc::new(JwtVerifier::cognito(&region, &pool, &client));
    let router = plaintes_http::staff_router(
        services,
        plaintes_http::StaffAccess {
            authenticator: verifier,
            sessions,
            sign_in: plaintes_http::staff::SignInMethod::Hosted(Arc::new(hosted)),
        },
    );
    lambda_http::run(plaintes_http::with_security_headers(router)).await
}
