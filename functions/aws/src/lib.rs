//! Plaintes on AWS: the `Store` port on one DynamoDB table and the `Mailer`
//! port on SES. Clients are built once per process from the standard AWS
//! settings (`AWS_REGION`, `AWS_ENDPOINT_URL`, credentials), Quebec's
//! `ca-central-1` when no region is set.

pub mod items;
pub mod mailer;
pub mod store;
pub mod table;

use std::sync::Arc;

use aws_config::meta::region::RegionProviderChain;
use aws_config::{BehaviorVersion, SdkConfig};
use plaintes_core::ports::{Services, SystemClock};
use plaintes_core::Organisation;

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

/// The services on DynamoDB and SES, as the Lambda functions run them.
pub async fn services(mut organisation: Organisation, settings: &AwsSettings) -> Services {
    settings.apply(&mut organisation);
    let config = sdk_config().await;
    let store = DynamoStore::new(aws_sdk_dynamodb::Client::new(&config), &settings.table);
    let mailer = SesMailer::new(
        aws_sdk_ses::Client::new(&config),
        settings.configuration_set.clone(),
    );
    Services::new(
        organisation,
        Arc::new(store),
        Arc::new(mailer),
        Arc::new(SystemClock),
    )
}
