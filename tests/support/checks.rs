//! The scheduler's checks as the tests drive them: complaints received at
//! known moments, the clock moved run by run, and what each run sent, to
//! whom, asserted exactly. The same scenarios run on every store.

use std::collections::BTreeSet;
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::sync::Arc;

use async_trait::async_trait;
use plaintes_core::access::{Role, StaffId, StaffMember};
use plaintes_core::checks::{run_checks, Notice, ERASED};
use plaintes_core::complaint::{Channel, ComplaintInput, IdempotencyKey, NewComplaint, Reference};
use plaintes_core::lifecycle::Status;
use plaintes_core::ports::{Actor, MailError, Mailer, Message, Services};
use plaintes_core::submission::{receive, Reception};

use crate::{at, organisation, TestApp};

pub fn director() -> StaffMember {
    StaffMember {
        id: StaffId::new("andreane.m@cjefrontenac.com"),
        name: "Andréane Morin".into(),
        email: "andreane.m@cjefrontenac.com".into(),
        roles: [Role::Direction].into(),
    }
}

pub fn manager() -> StaffMember {
    StaffMember {
        id: StaffId::new("karim@cjef.example"),
        name: "Karim Tremblay".into(),
        email: "karim@cjef.example".into(),
        roles: [Role::Handler].into(),
    }
}

/// A complaint taken by phone at `received` (RFC 3339), with `email` when
/// given (then acknowledged by e-mail at once); its reference.
pub async fn phone_complaint(services: &Services, received: &str, email: &str) -> String {
    let input = ComplaintInput {
        name: "Jean-Philippe Roy".into(),
        email: email.into(),
        phone: "418 555-0199".into(),
        category: "delais".into(),
        description: "Mon dossier a été fermé sans qu’on m’appelle.".into(),
        consent: true,
        ..ComplaintInput::default()
    };
    let new = NewComplaint::parse(&input, Channel::Telephone, &organisation()).unwrap();
    let reception = Reception {
        new,
        received_at: at(received),
        actor: Actor::staff(&director()),
        named_staff: Vec::new(),
        page_acknowledges: false,
        acknowledgement_mail: plaintes_core::outbox::Admission::Now,
        consent: plaintes_core::submission::Consent::GivenTo("Nadia Roy".into()),
        settlement: None,
    };
    let key = IdempotencyKey::parse(&crate::unique("scenario")).unwrap();
    receive(services, reception, &key)
        .await
        .unwrap()
        .complaint
        .reference
        .to_string()
}

/// One run of the checks at `when`: the notices it sent, as
/// `(reference, notice)`, and the recipients of the mail it wrote.
pub async fn run_at(app: &TestApp, when: &str) -> (Vec<(String, Notice)>, Vec<String>) {
    app.clock.set(at(when));
    let before = app.outbox().len();
    let report = run_checks(&app.services, at(when)).await.unwrap();
    let recipients = app.outbox()[before..]
        .iter()
        .map(|raw| {
            let message = mail_parser::MessageParser::default().parse(raw).unwrap();
            let to = message
                .to()
                .and_then(|to| to.first())
                .and_then(|a| a.address())
                .unwrap_or_default()
                .to_owned();
            let subject = message.subject().unwrap_or_default().to_owned();
            format!("{to} | {subject}")
        })
        .collect();
    (report.notices, recipients)
}

/// A complaint's whole life across Thanksgiving weekend: received by phone
/// on Friday 9 October 2026 at 15:00, acknowledged late, answered late;
/// every reminder and escalation at its exact time, to its exact person,
/// nothing twice.
pub async fn life_across_a_holiday_weekend(app: &TestApp) {
    use plaintes_core::casework::Step;
    let services = &app.services;
    app.clock.set(at("2026-10-09T15:00:00-04:00"));
    app.staff("karim@cjef.example", "Karim Tremblay", &[Role::Handler])
        .await;
    let reference = phone_complaint(services, "2026-10-09T15:00:00-04:00", "").await;
    let director_mail = "andreane.m@cjefrontenac.com";
    let notice = |n: Notice| vec![(reference.clone(), n)];

    // Friday evening and Saturday: nothing is due yet (48 h → Sunday 15:00).
    assert_eq!(run_at(app, "2026-10-09T20:00:00-04:00").await.0, vec![]);
    assert_eq!(run_at(app, "2026-10-10T03:00:00-04:00").await.0, vec![]);
    // Sunday 03:00, twelve hours before: a reminder to the director (no manager yet).
    let (sent, to) = run_at(app, "2026-10-11T03:00:00-04:00").await;
    assert_eq!(sent, notice(Notice::AcknowledgementReminder));
    assert_eq!(
        to,
        [format!(
            "{director_mail} | Plainte {reference}\u{a0}: échéance"
        )]
    );
    // A quarter of an hour later, and a run at the same moment: nothing twice.
    assert_eq!(run_at(app, "2026-10-11T03:15:00-04:00").await.0, vec![]);
    assert_eq!(run_at(app, "2026-10-11T03:15:00-04:00").await.0, vec![]);
    // Sunday 16:00: late, escalated to the director, once.
    let (sent, to) = run_at(app, "2026-10-11T16:00:00-04:00").await;
    assert_eq!(sent, notice(Notice::AcknowledgementEscalation));
    assert_eq!(to.len(), 1);
    assert!(to[0].starts_with(director_mail));
    assert_eq!(
        run_at(app, "2026-10-12T09:00:00-04:00").await.0,
        vec![],
        "Thanksgiving"
    );

    // Tuesday: the director assigns Karim and records the acknowledgement.
    app.clock.set(at("2026-10-13T09:00:00-04:00"));
    let version = app.stored(&reference).await.version;
    let director = director();
    let assign = Step {
        services,
        member: &director,
        reference: Reference::parse(&reference).unwrap(),
        version: Some(version),
    };
    let file = assign.assign("karim@cjef.example").await.unwrap();
    let acknowledge = Step {
        version: Some(file.complaint.version),
        ..assign
    };
    acknowledge
        .acknowledge("telephone", "2026-10-13T09:00")
        .await
        .unwrap();

    // Response due Monday 26 October (10 business days, Thanksgiving not
    // counted); the reminder two business days before: Thursday 22.
    assert_eq!(run_at(app, "2026-10-21T23:00:00-04:00").await.0, vec![]);
    let (sent, to) = run_at(app, "2026-10-22T00:05:00-04:00").await;
    assert_eq!(sent, notice(Notice::ResponseReminder));
    assert_eq!(
        to,
        [format!(
            "karim@cjef.example | Plainte {reference}\u{a0}: échéance"
        )]
    );
    assert_eq!(run_at(app, "2026-10-26T12:00:00-04:00").await.0, vec![]);
    // Late from Tuesday 27: the director is told every day until it is sent.
    let (sent, to) = run_at(app, "2026-10-27T01:00:00-04:00").await;
    assert_eq!(sent, notice(Notice::ResponseEscalation));
    assert!(to[0].starts_with(director_mail));
    assert_eq!(run_at(app, "2026-10-27T15:00:00-04:00").await.0, vec![]);
    let (sent, _) = run_at(app, "2026-10-28T01:00:00-04:00").await;
    assert_eq!(
        sent,
        notice(Notice::ResponseEscalation),
        "again the next day"
    );
    // Each says by how much, in words: 1 business day late, then 2.
    let lateness: Vec<String> = app
        .outbox()
        .iter()
        .filter_map(|raw| {
            let message = mail_parser::MessageParser::default().parse(raw)?;
            let text = message.body_text(0)?.into_owned();
            let at = text.find("elle est en retard de ")?;
            Some(text[at..].lines().next()?.to_owned())
        })
        .collect();
    assert_eq!(
        lateness,
        [
            "elle est en retard de 1\u{a0}jour ouvrable.",
            "elle est en retard de 2\u{a0}jours ouvrables."
        ]
    );

    let journal = services
        .store
        .journal(&Reference::parse(&reference).unwrap())
        .await
        .unwrap();
    let notices = journal
        .iter()
        .filter(|event| {
            matches!(
                event.kind,
                plaintes_core::ports::EventKind::NoticeSent { .. }
            )
        })
        .count();
    assert_eq!(notices, 5, "each notice is in the journal once");
}

/// A mailer that fails while told to, then delivers.
pub struct Flaky {
    pub inner: Arc<dyn Mailer>,
    pub failing: AtomicBool,
    pub delivered: AtomicUsize,
    pub subjects: std::sync::Mutex<Vec<String>>,
}

#[async_trait]
impl Mailer for Flaky {
    async fn send(&self, message: &Message) -> Result<(), MailError> {
        if self.failing.load(Ordering::SeqCst) {
            return Err(MailError("Throttling: service unavailable".into()));
        }
        self.inner.send(message).await?;
        self.delivered.fetch_add(1, Ordering::SeqCst);
        self.subjects.lock().unwrap().push(message.subject.clone());
        Ok(())
    }
}

/// Mail fails for several runs, then the service comes back: every message
/// leaves exactly once, none is lost.
pub async fn mail_outage_then_recovery(app: &TestApp) {
    let flaky = Arc::new(Flaky {
        inner: app.services.mailer.clone(),
        failing: AtomicBool::new(true),
        delivered: AtomicUsize::new(0),
        subjects: Default::default(),
    });
    let mut services = app.services.clone();
    services.mailer = flaky.clone();
    app.clock.set(at("2026-10-09T15:00:00-04:00"));
    let mut references = BTreeSet::new();
    for _ in 0..3 {
        references.insert(
            phone_complaint(&services, "2026-10-09T15:00:00-04:00", "client@example.com").await,
        );
    }
    // Six runs an hour apart while the mailer fails.
    for hour in 0..6 {
        let when = at("2026-10-09T16:00:00-04:00") + chrono::Duration::hours(hour);
        app.clock.set(when);
        run_checks(&services, when).await.unwrap();
    }
    assert_eq!(flaky.delivered.load(Ordering::SeqCst), 0);
    flaky.failing.store(false, Ordering::SeqCst);
    // Recovery: a few runs, a day later, then again.
    for minutes in [0, 15, 30, 60, 24 * 60] {
        let when = at("2026-10-10T16:00:00-04:00") + chrono::Duration::minutes(minutes);
        app.clock.set(when);
        run_checks(&services, when).await.unwrap();
    }
    let subjects = flaky.subjects.lock().unwrap().clone();
    for reference in &references {
        let acknowledgements = subjects
            .iter()
            .filter(|subject| subject.contains(reference.as_str()) && subject.contains("reçu"))
            .count();
        assert_eq!(acknowledgements, 1, "{reference}: {subjects:?}");
        let stored = app.stored(reference).await;
        assert!(
            stored.acknowledged_at.is_some(),
            "acknowledged once the mail left"
        );
    }
    assert!(
        app.services
            .store
            .due_mail(at("2027-01-01T00:00:00Z"), 100)
            .await
            .unwrap()
            .is_empty(),
        "nothing left queued"
    );
}

/// An old closed complaint is anonymised, its statistics kept; a recent
/// closed one and an open one are left alone.
pub async fn retention(app: &TestApp) {
    let services = &app.services;
    app.clock.set(at("2023-03-01T10:00:00-05:00"));
    let old = phone_complaint(services, "2023-03-01T10:00:00-05:00", "vieux@example.com").await;
    let open = phone_complaint(services, "2023-03-01T10:00:00-05:00", "").await;
    // The old one went through the whole procedure and closed on 1 April 2023.
    let mut complaint = app.stored(&old).await;
    complaint.status = Status::Closed;
    complaint.procedure.decision = Some(
        plaintes_core::procedure::Decision::parse(
            &["excuses".into()],
            "Des excuses écrites à Jean-Philippe.",
        )
        .unwrap(),
    );
    complaint.procedure.follow_up = Some(
        plaintes_core::procedure::FollowUp::parse(
            "satisfied",
            "Rappel fait à M. Roy.",
            at("2023-03-20T10:00:00-04:00"),
        )
        .unwrap(),
    );
    let closed_at = at("2023-04-01T10:00:00-04:00");
    complaint.procedure.closed_at = Some(closed_at);
    complaint.procedure.purge_due = Some(closed_at + chrono::Duration::days(1095));
    services
        .store
        .update_complaint(plaintes_core::ports::Change {
            complaint,
            events: vec![],
            mail: vec![],
        })
        .await
        .unwrap();
    let before = app.stored(&old).await;

    // A day before the end of retention: untouched.
    app.clock.set(at("2026-03-30T10:00:00-04:00"));
    run_checks(services, at("2026-03-30T10:00:00-04:00"))
        .await
        .unwrap();
    assert_eq!(app.stored(&old).await.description, before.description);
    // After it: anonymised.
    app.clock.set(at("2026-04-02T10:00:00-04:00"));
    let report = run_checks(services, at("2026-04-02T10:00:00-04:00"))
        .await
        .unwrap();
    assert_eq!(report.anonymised, vec![old.clone()]);
    let after = app.stored(&old).await;
    assert_eq!(after.description.as_str(), ERASED);
    assert!(after.complainant.name().is_none() && after.complainant.email().is_none());
    assert_eq!(
        after.procedure.decision.as_ref().unwrap().text.as_str(),
        ERASED
    );
    assert!(after
        .procedure
        .follow_up
        .as_ref()
        .unwrap()
        .adjustment
        .is_none());
    // What the statistics need stays.
    assert_eq!(after.category, before.category);
    assert_eq!(after.channel, before.channel);
    assert_eq!(after.received_at, before.received_at);
    assert_eq!(after.acknowledged_at, before.acknowledged_at);
    assert_eq!(
        after.procedure.decision.as_ref().unwrap().kinds,
        before.procedure.decision.as_ref().unwrap().kinds
    );
    assert_eq!(
        after.procedure.follow_up.as_ref().unwrap().satisfaction,
        before.procedure.follow_up.as_ref().unwrap().satisfaction
    );
    assert_eq!(after.next_deadline(), None, "nothing more to do");
    // The open one keeps everything.
    assert!(app.stored(&open).await.complainant.name().is_some());
    // Running again changes nothing.
    let again = run_checks(services, at("2026-04-02T10:15:00-04:00"))
        .await
        .unwrap();
    assert!(again.anonymised.is_empty());
}
