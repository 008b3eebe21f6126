//! The mailer conformance suite on both implementations: the outbox folder
//! (read back from its `.eml` files) and SES (read back from the emulator).

mod file {
    use std::sync::Arc;

    use plaintes_core::ports::Mailer;
    use plaintes_local::FileMailer;
    use plaintes_tests::mailer_conformance::SentReader;

    async fn fresh() -> (Arc<dyn Mailer>, SentReader) {
        let folder = tempfile::tempdir().unwrap().keep();
        let mailer = FileMailer::new(&folder).unwrap();
        let sent: SentReader = Arc::new(move || {
            let folder = folder.clone();
            Box::pin(async move {
                std::fs::read_dir(&folder)
                    .unwrap()
                    .map(|entry| entry.unwrap().path())
                    .filter(|path| path.extension().is_some_and(|ext| ext == "eml"))
                    .map(|path| std::fs::read(path).unwrap())
                    .collect()
            })
        });
        (Arc::new(mailer), sent)
    }

    plaintes_tests::mailer_conformance_tests!(fresh());
}

mod ses {
    use std::sync::Arc;

    use plaintes_aws::SesMailer;
    use plaintes_core::ports::{Mailer, Message};
    use plaintes_tests::aws::{ses_sent, ses_with_sender};
    use plaintes_tests::mailer_conformance::{SentReader, SENDER};

    async fn fresh() -> (Arc<dyn Mailer>, SentReader) {
        let client = ses_with_sender(SENDER).await;
        let sent: SentReader = Arc::new(|| Box::pin(ses_sent()));
        (Arc::new(SesMailer::new(client, None)), sent)
    }

    plaintes_tests::mailer_conformance_tests!(fresh());

    #[tokio::test]
    async fn an_unverified_sender_is_refused_without_quoting_addresses() {
        let (mailer, _) = fresh().await;
        let message = Message {
            from: "Inconnu <inconnu@non-verifie.example>".into(),
            to: "eloise.cote@example.com".into(),
            reply_to: None,
            subject: "Essai".into(),
            text: "Essai".into(),
            html: "<p>Essai</p>".into(),
        };
        let error = mailer.send(&message).await.unwrap_err();
        let text = error.to_string();
        assert!(
            text.starts_with("the message could not be sent: SES refused the message"),
            "{text}"
        );
        assert!(
            !text.contains('@'),
            "no address in errors, which are logged: {text}"
        );
    }
}
