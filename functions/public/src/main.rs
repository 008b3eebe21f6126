//! The public Lambda: complaint submission behind API Gateway, on DynamoDB
//! and SES.

#[tokio::main]
async fn main() -> Result<(), lambda_http::Error> {
    let services = plaintes_aws::lambda_services().await?;
    let router = plaintes_http::with_security_headers(plaintes_http::public_router(services));
    lambda_http::run(router).await
}
