//! Plaintes on one machine, with no cloud at all: complaints in an embedded
//! SQLite file, mail written as `.eml` files in an outbox folder, and the
//! `plaintes` command that serves the site and the same routers as on AWS.

pub mod accounts;
pub mod mailer;
pub mod serve;
pub mod sessions;
pub mod store;

pub use mailer::FileMailer;
pub use store::SqliteStore;

use std::path::PathBuf;
use std::sync::Arc;

use anyhow::Context;
use plaintes_aws::{AwsSettings, DynamoStore, SesMailer};
use plaintes_core::ports::{Mailer, Services, Store, SystemClock};
use plaintes_core::Organisation;

/// Where complaints are kept.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum StoreKind {
    /// `plaintes.sqlite` in the data folder.
    Sqlite,
    /// A DynamoDB table (`--table`), reached with the usual AWS settings.
    Dynamodb,
}

/// How mail leaves.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum MailerKind {
    /// One `.eml` file per message in `outbox/` of the data folder.
    File,
    /// Amazon SES, from the verified `--sender`.
    Ses,
}

/// The adapters one run uses: embedded by default, AWS on request.
#[derive(Debug, Clone)]
pub struct Backends {
    pub store: StoreKind,
    pub mailer: MailerKind,
    pub data_dir: PathBuf,
    pub table: Option<String>,
    pub sender: Option<String>,
    pub configuration_set: Option<String>,
}

impl Backends {
    /// The embedded adapters in `data_dir`.
    pub fn embedded(data_dir: PathBuf) -> Self {
        Self {
            store: StoreKind::Sqlite,
            mailer: MailerKind::File,
            data_dir,
            table: None,
            sender: None,
            configuration_set: None,
        }
    }
}

/// The services on the chosen adapters. The data folder (with
/// `plaintes.sqlite` and `outbox/`) is created when an embedded adapter
/// needs it.
pub async fn services(
    mut organisation: Organisation,
    backends: &Backends,
) -> anyhow::Result<Services> {
    let aws = AwsSettings {
        table: backends.table.clone().unwrap_or_default(),
        sender: backends.sender.clone(),
        configuration_set: backends.configuration_set.clone(),
        site_url: None,
        user_pool_id: None,
        user_pool_client_id: None,
        sign_in_url: None,
        sign_in_secret_parameter: None,
    };
    aws.apply(&mut organisation);
    let needs_aws = backends.store == StoreKind::Dynamodb || backends.mailer == MailerKind::Ses;
    let config = if needs_aws {
        Some(plaintes_aws::sdk_config().await)
    } else {
        None
    };
    let data_dir = &backends.data_dir;
    let in_data_dir = |name: &str| -> anyhow::Result<PathBuf> {
        std::fs::create_dir_all(data_dir)
            .with_context(|| format!("cannot create the data folder {}", data_dir.display()))?;
        Ok(data_dir.join(name))
    };
    let store: Arc<dyn Store> = match (backends.store, &config) {
        (StoreKind::Dynamodb, Some(config)) => {
            anyhow::ensure!(
                !aws.table.is_empty(),
                "the DynamoDB store needs a table: --table or PLAINTES_TABLE"
            );
            Arc::new(DynamoStore::new(
                aws_sdk_dynamodb::Client::new(config),
                &aws.table,
            ))
        }
        _ => Arc::new(SqliteStore::open(&in_data_dir("plaintes.sqlite")?)?),
    };
    let mailer: Arc<dyn Mailer> = match (backends.mailer, &config) {
        (MailerKind::Ses, Some(config)) => {
            anyhow::ensure!(
                aws.sender.is_some(),
                "the SES mailer needs a verified sender: --sender or PLAINTES_SENDER"
            );
            Arc::new(SesMailer::new(
                aws_sdk_ses::Client::new(config),
                aws.configuration_set.clone(),
            ))
        }
        _ => Arc::new(FileMailer::new(&in_data_dir("outbox")?)?),
    };
    // Staff accounts stay in the local file whichever store holds complaints.
    let accounts = SqliteStore::open(&in_data_dir("plaintes.sqlite")?)?;
    Ok(Services::new(
        organisation,
        store,
        mailer,
        Arc::new(SystemClock),
        Arc::new(accounts),
    ))
}
