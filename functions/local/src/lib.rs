//! Plaintes on one machine, with no cloud at all: complaints in an embedded
//! SQLite file, mail written as `.eml` files in an outbox folder, and the
//! `plaintes` command that serves the site and the same routers as on AWS.

pub mod mailer;
pub mod serve;
pub mod store;

pub use mailer::FileMailer;
pub use store::SqliteStore;

use std::path::Path;
use std::sync::Arc;

use anyhow::Context;
use plaintes_core::ports::{Services, SystemClock};
use plaintes_core::Organisation;

/// The services on the embedded adapters: `plaintes.sqlite` and `outbox/`
/// in `data_dir`, created if needed.
pub fn services(organisation: Organisation, data_dir: &Path) -> anyhow::Result<Services> {
    std::fs::create_dir_all(data_dir)
        .with_context(|| format!("cannot create the data folder {}", data_dir.display()))?;
    let store = SqliteStore::open(&data_dir.join("plaintes.sqlite"))?;
    let mailer = FileMailer::new(&data_dir.join("outbox"))?;
    Ok(Services::new(
        organisation,
        Arc::new(store),
        Arc::new(mailer),
        Arc::new(SystemClock),
    ))
}
