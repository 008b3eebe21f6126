//! The public Lambda: complaint submission behind API Gateway. Until the
//! DynamoDB store and SES mailer land, it runs on the embedded adapters in
//! the function's writable `/tmp`.

use std::path::PathBuf;

use plaintes_core::Organisation;

#[tokio::main]
async fn main() -> Result<(), lambda_http::Error> {
    tracing_subscriber::fmt().json().without_time().init();
    // The settings are built into the function: a change is a deployment.
    let organisation = Organisation::from_toml(include_str!("../../../config/organisation.toml"))?;
    let data_dir =
        std::env::var_os("DATA_DIR").map_or_else(|| PathBuf::from("/tmp/plaintes"), PathBuf::from);
    let services = plaintes_local::services(organisation, &data_dir)?;
    let router = plaintes_http::with_security_headers(plaintes_http::public_router(services));
    lambda_http::run(router).await
}
