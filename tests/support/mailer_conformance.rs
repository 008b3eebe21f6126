//! The contract of the `Mailer` port, run against each implementation with
//! a way to read back what it sent: a message arrives whole, in UTF-8
//! French, with both parts and its reply-to; a wrong address is refused.

use std::future::Future;
use std::pin::Pin;
use std::sync::Arc;

use mail_parser::MessageParser;
use plaintes_core::ports::{Mailer, Message};

/// Reads back every raw message the mailer under test has sent.
pub type SentReader =
    Arc<dyn Fn() -> Pin<Box<dyn Future<Output = Vec<Vec<u8>>> + Send>> + Send + Sync>;

pub const SENDER: &str = "plaintes@example.org";

fn message(marker: &str) -> Message {
    Message {
        from: format!("Plaintes CJEF <{SENDER}>"),
        to: "eloise.cote@example.com".into(),
        reply_to: Some("andreane.m@example.org".into()),
        subject: format!("Accusé de réception «\u{a0}{marker}\u{a0}» — déjà reçu"),
        text: format!("Bonjour Éloïse,\n\nVotre plainte {marker} a été reçue.\n"),
        html: format!(
            "<p>Bonjour Éloïse,</p><p>Votre plainte <strong>{marker}</strong> a été reçue.</p>"
        ),
    }
}

fn find(sent: &[Vec<u8>], marker: &str) -> Vec<mail_parser::Message<'static>> {
    sent.iter()
        .filter_map(|raw| MessageParser::default().parse(raw).map(|m| m.into_owned()))
        .filter(|mail| {
            mail.subject()
                .is_some_and(|subject| subject.contains(marker))
        })
        .collect()
}

pub async fn a_message_arrives_whole_in_french_with_both_parts(
    mailer: Arc<dyn Mailer>,
    sent: SentReader,
) {
    let marker = crate::unique("P-2026-0042");
    mailer
        .send(&message(&marker))
        .await
        .expect("the message is sent");
    let found = find(&sent().await, &marker);
    assert_eq!(found.len(), 1, "exactly one message with {marker}");
    let mail = &found[0];
    assert_eq!(
        mail.subject().unwrap(),
        format!("Accusé de réception «\u{a0}{marker}\u{a0}» — déjà reçu")
    );
    assert_eq!(
        mail.to().unwrap().first().unwrap().address().unwrap(),
        "eloise.cote@example.com"
    );
    assert_eq!(
        mail.reply_to().unwrap().first().unwrap().address().unwrap(),
        "andreane.m@example.org"
    );
    assert_eq!(
        mail.from().unwrap().first().unwrap().address().unwrap(),
        SENDER
    );
    assert!(mail.body_text(0).unwrap().contains("Bonjour Éloïse,"));
    assert!(mail
        .body_html(0)
        .unwrap()
        .contains(&format!("<strong>{marker}</strong>")));
}

pub async fn two_messages_stay_two(mailer: Arc<dyn Mailer>, sent: SentReader) {
    let marker = crate::unique("deux");
    mailer.send(&message(&format!("{marker}-a"))).await.unwrap();
    mailer.send(&message(&format!("{marker}-b"))).await.unwrap();
    let all = sent().await;
    assert_eq!(find(&all, &format!("{marker}-a")).len(), 1);
    assert_eq!(find(&all, &format!("{marker}-b")).len(), 1);
}

pub async fn a_wrong_address_is_refused(mailer: Arc<dyn Mailer>, _sent: SentReader) {
    let wrong = Message {
        to: "pas une adresse".into(),
        ..message("refus")
    };
    assert!(mailer.send(&wrong).await.is_err());
}

/// Runs every test of the suite, each on a mailer and reader from `fresh`.
#[macro_export]
macro_rules! mailer_conformance_tests {
    ($fresh:expr) => {
        $crate::mailer_conformance_tests!(@each $fresh;
            a_message_arrives_whole_in_french_with_both_parts,
            two_messages_stay_two,
            a_wrong_address_is_refused,
        );
    };
    (@each $fresh:expr; $($name:ident,)*) => {
        $(
            #[tokio::test]
            async fn $name() {
                let (mailer, sent) = $fresh.await;
                $crate::mailer_conformance::$name(mailer, sent).await;
            }
        )*
    };
}
