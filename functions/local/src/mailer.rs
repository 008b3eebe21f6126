//! The `Mailer` port as a folder: each message becomes one RFC 5322 `.eml`
//! file (UTF-8, French plain-text and HTML parts), which any mail program
//! opens. Files appear whole or not at all: written aside, then renamed.

use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicU64, Ordering};

use async_trait::async_trait;
use chrono::Utc;
use plaintes_core::mail::format_message;
use plaintes_core::ports::{MailError, Mailer, Message};

pub struct FileMailer {
    folder: PathBuf,
    sequence: AtomicU64,
}

impl FileMailer {
    /// Mail goes to `folder`, created if needed.
    pub fn new(folder: &Path) -> anyhow::Result<Self> {
        use anyhow::Context;
        std::fs::create_dir_all(folder)
            .with_context(|| format!("cannot create the outbox folder {}", folder.display()))?;
        Ok(Self {
            folder: folder.to_path_buf(),
            sequence: AtomicU64::new(0),
        })
    }

    pub fn folder(&self) -> &Path {
        &self.folder
    }
}

#[async_trait]
impl Mailer for FileMailer {
    async fn send(&self, message: &Message) -> Result<(), MailError> {
        let bytes = format_message(message)?;
        // The name tells the order of sending and nothing about the person.
        let name = format!(
            "{}-{:06}-{}",
            Utc::now().format("%Y%m%dT%H%M%S%.6fZ"),
            self.sequence.fetch_add(1, Ordering::Relaxed),
            std::process::id()
        );
        let partial = self.folder.join(format!(".{name}.part"));
        let done = self.folder.join(format!("{name}.eml"));
        let io = |error: std::io::Error| MailError(format!("outbox folder: {error}"));
        tokio::fs::write(&partial, bytes).await.map_err(io)?;
        tokio::fs::rename(&partial, &done).await.map_err(io)
    }
}
