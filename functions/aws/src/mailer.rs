//! The `Mailer` port on SES: the same RFC 5322 message the outbox folder
//! holds locally (UTF-8, French plain text and HTML, reply-to) is sent raw,
//! through an optional configuration set.

use async_trait::async_trait;
use aws_sdk_ses::primitives::Blob;
use aws_sdk_ses::types::RawMessage;
use aws_sdk_ses::Client;
use plaintes_core::mail::format_message;
use plaintes_core::ports::{MailError, Mailer, Message};

pub struct SesMailer {
    client: Client,
    configuration_set: Option<String>,
}

impl SesMailer {
    pub fn new(client: Client, configuration_set: Option<String>) -> Self {
        Self {
            client,
            configuration_set,
        }
    }
}

#[async_trait]
impl Mailer for SesMailer {
    async fn send(&self, message: &Message) -> Result<(), MailError> {
        let raw = RawMessage::builder()
            .data(Blob::new(format_message(message)?))
            .build()
            .map_err(|error| MailError(format!("message not built: {error}")))?;
        self.client
            .send_raw_email()
            .raw_message(raw)
            .set_configuration_set_name(self.configuration_set.clone())
            .send()
            .await
            .map_err(|error| {
                // SES's message can quote the recipient's address: keep
                // only the error's code.
                let code = error
                    .as_service_error()
                    .and_then(|service| aws_sdk_ses::error::ProvideErrorMetadata::code(service))
                    .unwrap_or("unreachable");
                MailError(format!("SES refused the message: {code}"))
            })?;
        Ok(())
    }
}
