//! Plaintes on AWS: the `Store` port on one DynamoDB table and the `Mailer`
//! port on SES. Clients are built once per process from the standard AWS
//! settings (`AWS_REGION`, `AWS_ENDPOINT_URL`, credentials), Quebec's
//! `ca-central-1` when no region is set.

pub mod directory;
pub mod items;
pub mod mailer;
pub mod store;
pub mod table;

use std::sync::Arc;

use aws_config::meta::region::RegionProviderChain;
use aws_config::{BehaviorVersion, SdkConfig};
use plaintes_core::ports::{Directory, FixedDirectory, Services, SystemClock};
use plaintes_core::Organisation;

pub use directory::CognitoDirectory;
pub use mailer::SesMailer;
pub use store::DynamoStore;

/// Where the data stays unless told otherwise: Canada, for Law 25.
pub const DEFAULT_REGION: &str = "ca-central-1";

/// The AWS settings of one process.
pub async fn sdk_config() -> SdkConfig {
    let region = RegionProviderChain::default_provider().or_else(DEFAULT_REGION);
    aws_config::defaults(BehaviorVersion::latest())
        .region(region)
        .load()
        .await
}

/// What a Lambda function reads from its environment.
#[derive(Debug, Clone)]
pub struct AwsSettings {
    /// `PLAINTES_TABLE`
    pub table: String,
    /// `PLAINTES_SENDER`: the verified address mail is sent from.
    pub sender: Option<String>,
    /// `PLAINTES_CONFIGURATION_SET`: an SES configuration set, if any.
    pub configuration_set: Option<String>,
    /// `PLAINTES_SITE_URL`: the public site's address, for links in mail.
    pub site_url: Option<String>,
    /// `PLAINTES_USER_POOL_ID`: the Cognito user pool of the staff.
    pub user_pool_id: Option<String>,
    /// `PLAINTES_USER_POOL_CLIENT_ID`: the admin page's app client, the
    /// audience of its ID tokens.
    pub user_pool_client_id: Option<String>,
    /// `PLAINTES_SIGN_IN_URL`: the user pool's hosted sign-in domain
    /// (`https://<prefix>.auth.<region>.amazoncognito.com`).
    pub sign_in_url: Option<String>,
    /// `PLAINTES_SIGN_IN_SECRET_PARAMETER`: the SSM parameter (a
    /// `SecureString`) holding the app client's secret.
    pub sign_in_secret_parameter: Option<String>,
}

impl AwsSettings {
    pub fn from_env() -> anyhow::Result<Self> {
        let var = |name: &str| {
            std::env::var(name)
                .ok()
                .filter(|value| !value.trim().is_empty())
        };
        Ok(Self {
            table: var("PLAINTES_TABLE").ok_or_else(|| {
                anyhow::anyhow!("PLAINTES_TABLE is not set: the DynamoDB table's name is needed")
            })?,
            sender: var("PLAINTES_SENDER"),
            configuration_set: var("PLAINTES_CONFIGURATION_SET"),
            site_url: var("PLAINTES_SITE_URL"),
            user_pool_id: var("PLAINTES_USER_POOL_ID"),
            user_pool_client_id: var("PLAINTES_USER_POOL_CLIENT_ID"),
            sign_in_url: var("PLAINTES_SIGN_IN_URL"),
            sign_in_secret_parameter: var("PLAINTES_SIGN_IN_SECRET_PARAMETER"),
        })
    }

    /// The organisation's settings with what the deployment decides: who
    /// mail comes from, and where the site is.
    pub fn apply(&self, organisation: &mut Organisation) {
        if let Some(sender) = &self.sender {
            organisation.mail.from = format!("{} <{sender}>", organisation.short_name);
        }
        if let Some(site_url) = &self.site_url {
            organisation.site_url = site_url.clone();
        }
    }
}

/// What every Lambda function does first: JSON logs without timestamps
/// (CloudWatch adds them), the organisation settings built into the
/// function (a change is a deployment), and the services from the
/// function's environment.
pub async fn lambda_services() -> anyhow::Result<Services> {
    tracing_subscriber::fmt().json().without_time().init();
    let organisation = Organisation::from_toml(include_str!("../../../config/organisation.toml"))?;
    Ok(services(organisation, &AwsSettings::from_env()?).await)
}

/// The staff function's services, and where it keeps the staff pages'
/// sessions: the same table.
pub async fn lambda_staff_services(
) -> anyhow::Result<(Services, Arc<dyn plaintes_core::ports::SessionStore>)> {
    let services = lambda_services().await?;
    let settings = AwsSettings::from_env()?;
    let config = sdk_config().await;
    let sessions = DynamoStore::new(aws_sdk_dynamodb::Client::new(&config), &settings.table);
    Ok((services, Arc::new(sessions)))
}

/// The sign-in app client's secret, read once at start from its SSM
/// parameter (decrypted): it is never in the template, the code or a log.
pub async fn client_secret(parameter: &str) -> anyhow::Result<String> {
    let config = sdk_config().await;
    let answer = aws_sdk_ssm::Client::new(&config)
        .get_parameter()
        .name(parameter)
        .with_decryption(true)
        .send()
        .await
        .map_err(|error| match error.as_service_error() {
            Some(service) => anyhow::anyhow!("SSM parameter {parameter}: {service}"),
            None => anyhow::anyhow!("SSM unreachable: {error}"),
        })?;
    answer
        .parameter
        .and_then(|parameter| parameter.value)
        .filter(|value| !value.is_empty())
        .ok_or_else(|| anyhow::anyhow!("the SSM parameter {parameter} is empty"))
}

/// The services on DynamoDB and SES, as the Lambda functions run them.
pub async fn services(mut organisation: Organisation, settings: &AwsSettings) -> Services {
    settings.apply(&mut organisation);
    let config = sdk_config().await;
    let store = DynamoStore::new(aws_sdk_dynamodb::Client::new(&config), &settings.table);
    let mailer = SesMailer::new(
        aws_sdk_ses::Client::new(&config),
        settings.configuration_set.clone(),
    );
    // Functions that never look staff up (public, scheduler) get no pool.
    let directory: Arc<dyn Directory> = match &settings.user_pool_id {
        Some(pool) => Arc::new(CognitoDirectory::new(
            aws_sdk_cognitoidentityprovider::Client::new(&config),
            pool,
        )),
        None => Arc::new(FixedDirectory(Vec::new())),
    };
    Services::new(
        organisation,
        Arc::new(store),
        Arc::new(mailer),
        Arc::new(SystemClock),
        directory,
    )
}
