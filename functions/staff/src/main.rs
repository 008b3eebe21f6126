//! The staff Lambda: the admin page's API behind the Cognito authorizer.

#[tokio::main]
async fn main() -> Result<(), lambda_http::Error> {
    let services = plaintes_aws::lambda_services().await?;
    let router = plaintes_http::with_security_headers(plaintes_http::staff_router(services));
    lambda_http::run(router).await
}
