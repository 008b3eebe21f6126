//! The letters the system writes, rendered by askama from typed data into
//! French plain text and HTML. No markup or wording lives in Rust code.

use askama::Template;
use lettre::message::{header::ContentType, Mailbox, MultiPart, SinglePart};

use crate::complaint::{AccessCode, Complaint};
use crate::french;
use crate::ports::{MailError, Message};
use crate::settings::{Contact, Organisation};

#[derive(Debug, thiserror::Error)]
#[error("a letter could not be rendered: {0}")]
pub struct RenderError(#[from] askama::Error);

/// What the acknowledgement tells the client.
struct Acknowledgement<'a> {
    organisation: &'a Organisation,
    director: &'a Contact,
    greeting: String,
    reference: String,
    received_at: String,
    response_due: String,
    access_code: String,
    policy_url: String,
}

#[derive(Template)]
#[template(path = "mail/acknowledgement.txt")]
struct AcknowledgementText<'a> {
    letter: &'a Acknowledgement<'a>,
}

#[derive(Template)]
#[template(path = "mail/acknowledgement.html")]
struct AcknowledgementHtml<'a> {
    letter: &'a Acknowledgement<'a>,
}

/// The acknowledgement of receipt for `complaint`, addressed to `to`.
pub fn acknowledgement(
    organisation: &Organisation,
    complaint: &Complaint,
    access_code: &AccessCode,
    to: &str,
) -> Result<Message, RenderError> {
    let letter = Acknowledgement {
        organisation,
        director: &organisation.director,
        greeting: match complaint.complainant.name() {
            Some(name) => format!("Bonjour {name},"),
            None => "Bonjour,".into(),
        },
        reference: complaint.reference.to_string(),
        received_at: french::date_time(complaint.received_at),
        response_due: french::long_date(complaint.response_due),
        access_code: access_code.display(),
        policy_url: format!("{}/politique/", organisation.site_url.trim_end_matches('/')),
    };
    Ok(Message {
        from: organisation.mail.from.clone(),
        to: to.into(),
        reply_to: Some(organisation.director.email.clone()),
        subject: format!("Nous avons bien reçu votre plainte {}", complaint.reference),
        text: AcknowledgementText { letter: &letter }.render()?,
        html: AcknowledgementHtml { letter: &letter }.render()?,
    })
}

/// The message in RFC 5322 form, ready for a file or for SES's raw sending.
pub fn format_message(message: &Message) -> Result<Vec<u8>, MailError> {
    let mailbox = |address: &str| {
        address
            .parse::<Mailbox>()
            .map_err(|_| MailError("an address is not valid".into()))
    };
    let mut builder = lettre::Message::builder()
        .from(mailbox(&message.from)?)
        .to(mailbox(&message.to)?)
        .subject(message.subject.clone())
        .date_now();
    if let Some(reply_to) = &message.reply_to {
        builder = builder.reply_to(mailbox(reply_to)?);
    }
    let email = builder
        .multipart(
            MultiPart::alternative()
                .singlepart(
                    SinglePart::builder()
                        .header(ContentType::TEXT_PLAIN)
                        .body(message.text.clone()),
                )
                .singlepart(
                    SinglePart::builder()
                        .header(ContentType::TEXT_HTML)
                        .body(message.html.clone()),
                ),
        )
        .map_err(|error| MailError(format!("message not built: {error}")))?;
    Ok(email.formatted())
}
