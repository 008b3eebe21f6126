//! The letters the system writes, rendered by askama from typed data into
//! French plain text and HTML. No markup or wording lives in Rust code.

use askama::Template;

use crate::complaint::{AccessCode, Complaint};
use crate::french;
use crate::ports::Message;
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
