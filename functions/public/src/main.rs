//! The public Lambda: complaint submission behind API Gateway, on DynamoDB
//! and SES.

#[tokio::main]
async fn main() -> Result<(), lambda_http::Error> {
    let services = plaintes_aws::lambda_services().await?;
    // CloudFront adds this secret to every request it forwards: only then is
    // its viewer address believed (infra/DEPLOY.md).
    let secret = std::env::var("PLAINTES_ORIGIN_SECRET").unwrap_or_default();
    let router = plaintes_http::client::with_origin_secret(
        plaintes_http::with_security_headers(plaintes_http::public_router(services)),
        secret,
    );
    lambda_http::run(router).await
}
