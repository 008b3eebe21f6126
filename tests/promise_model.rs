//! Random histories of complaints — every channel, anonymous or not, with
//! and without e-mail, phone or postal address, withdrawals, reopenings, extensions,
//! adjustments, measures, at random times across the year's holidays — and
//! what must hold for every one of them: each can reach its end, every view
//! (staff file, list, client file, compliance, digest, deadline index,
//! reports) agrees with the one model of the promises, no promise is both
//! kept and late, and a refused step changes nothing.

use std::collections::BTreeSet;
use std::sync::Arc;

use chrono::{DateTime, Duration, NaiveDate, Utc};
use plaintes_core::access::{Role, StaffId, StaffMember};
use plaintes_core::calendar::{local_date, BusinessCalendar};
use plaintes_core::casework::CaseFile;
use plaintes_core::checks::{anonymise_complaint, Compliance};
use plaintes_core::complaint::{
    AccessCode, Category, Channel, Complainant, Complaint, ComplaintText, Email, PersonName,
    PhoneNumber, PostalAddress, Reach, Reference,
};
use plaintes_core::lifecycle::Status;
use plaintes_core::mail::Digest;
use plaintes_core::ports::{FixedClock, Services};
use plaintes_core::procedure::{
    parse_reopening_reason, Analysis, Decision, FollowUp, NewMeasure, ResponseMeans,
    WrittenResponse,
};
use plaintes_core::promises::{PromiseState, Promised};
use plaintes_core::reports::{Figures, Period};
use plaintes_core::Organisation;
use plaintes_local::SqliteStore;
use proptest::prelude::*;

/// One thing that may happen to a complaint, some hours after the last.
#[derive(Debug, Clone)]
enum Op {
    Acknowledge,
    Analyse,
    Decide,
    Respond(u8),
    Extend(u8),
    FollowUp(u8),
    Adjust(u8),
    AddMeasure(u8),
    CompleteMeasure(u8),
    Close(bool),
    Reopen,
    Withdraw,
}

fn op() -> impl Strategy<Value = Op> {
    prop_oneof![
        Just(Op::Acknowledge),
        Just(Op::Analyse),
        Just(Op::Decide),
        (0u8..3).prop_map(Op::Respond),
        (1u8..15).prop_map(Op::Extend),
        (0u8..3).prop_map(Op::FollowUp),
        (0u8..20).prop_map(Op::Adjust),
        (0u8..20).prop_map(Op::AddMeasure),
        (0u8..4).prop_map(Op::CompleteMeasure),
        any::<bool>().prop_map(Op::Close),
        Just(Op::Reopen),
        Just(Op::Withdraw),
    ]
}

/// Who complains: 0 anonymous, 1 e-mail, 2 phone, 3 both.
#[derive(Debug, Clone)]
struct History {
    channel: usize,
    reach: u8,
    /// Whether a named person gave a postal address.
    address: bool,
    /// Minutes after 1 January 2026, 00:00 UTC.
    received: i64,
    steps: Vec<(u16, Op)>,
}

fn history() -> impl Strategy<Value = History> {
    (
        0usize..5,
        0u8..4,
        any::<bool>(),
        0i64..(365 * 24 * 60),
        prop::collection::vec((0u16..200, op()), 0..25),
    )
        .prop_map(|(channel, reach, address, received, steps)| History {
            channel,
            reach,
            address,
            received,
            steps,
        })
}

fn director() -> StaffMember {
    StaffMember {
        id: StaffId::new("andreane.m@cjefrontenac.com"),
        name: "Andréane Morin".into(),
        email: "andreane.m@cjefrontenac.com".into(),
        roles: BTreeSet::from([Role::Direction]),
    }
}

fn text(words: &str) -> ComplaintText {
    ComplaintText::parse(words, 1000, "vide").unwrap()
}

fn complaint(organisation: &Organisation, calendar: &BusinessCalendar, h: &History) -> Complaint {
    let received = DateTime::parse_from_rfc3339("2026-01-01T00:00:00Z")
        .unwrap()
        .with_timezone(&Utc)
        + Duration::minutes(h.received);
    let email = || Email::parse("amina@example.com").unwrap();
    let phone = || PhoneNumber::parse("418 555-0123").unwrap();
    let name = || PersonName::parse("Amina Diallo").unwrap();
    let complainant = match h.reach {
        0 => Complainant::Anonymous,
        1 => Complainant::Identified {
            name: name(),
            reach: Reach::Email(email()),
        },
        2 => Complainant::Identified {
            name: name(),
            reach: Reach::Phone(phone()),
        },
        _ => Complainant::Identified {
            name: name(),
            reach: Reach::Both(email(), phone()),
        },
    };
    Complaint {
        reference: Reference::new(2026, 1),
        version: 1,
        status: Status::Received,
        channel: Channel::ALL[h.channel],
        complainant,
        category: Category::parse("delais", organisation).unwrap(),
        service: None,
        description: text("Une plainte."),
        desired_outcome: None,
        received_at: received,
        acknowledgement_due: received
            + Duration::hours(i64::from(organisation.deadlines.acknowledgement_hours)),
        response_due: calendar
            .response_due(received, organisation.deadlines.response_business_days),
        acknowledged_at: None,
        access_code_hash: AccessCode::generate().hash(),
        postal_address: (h.address && h.reach > 0).then(|| {
            PostalAddress::parse("12, rue Notre-Dame Est", "Thetford Mines", "QC", "G6G 1A1")
                .unwrap()
                .unwrap()
        }),
        handler: None,
        named_staff: Vec::new(),
        about_staff: None,
        language: "fr-CA".into(),
        procedure: Default::default(),
    }
}

const RETENTION_DAYS: i64 = 1095;

/// Applies `op` at `now`; a refusal must leave the complaint as it was.
fn apply(c: &mut Complaint, op: &Op, now: DateTime<Utc>, calendar: &BusinessCalendar) {
    let by = director();
    let before = c.clone();
    let day = |days: u8| local_date(now) + Duration::days(i64::from(days));
    let result = match op {
        Op::Acknowledge => c
            .record_acknowledgement(
                now,
                plaintes_core::ports::AcknowledgementMeans::Telephone,
                &by,
            )
            .map(drop),
        Op::Analyse => c
            .record_analysis(Analysis::parse("Faits", "Cause", "").unwrap(), &by, now)
            .map(drop),
        Op::Decide => c
            .record_decision(
                Decision::parse(&["excuses".into()], "Des excuses.").unwrap(),
                &by,
                now,
            )
            .map(drop),
        Op::Respond(means) => {
            let means = [
                ResponseMeans::Email,
                ResponseMeans::Post,
                ResponseMeans::File,
            ][usize::from(*means)];
            let mut letter = response(now, means);
            if means == ResponseMeans::Post {
                letter.postal_address = c.postal_address.clone();
            }
            c.record_response(letter, calendar, 10, &by).map(drop)
        }
        Op::Extend(days) => c
            .extend_response(
                plaintes_core::calendar::end_of_day(day(*days)),
                text("Un témoin est absent."),
                &by,
                now,
            )
            .map(drop),
        Op::FollowUp(answer) => {
            let answer = ["satisfied", "not_satisfied", "no_answer"][usize::from(*answer)];
            c.record_follow_up(FollowUp::parse(answer, "", now).unwrap(), &by)
                .map(drop)
        }
        Op::Adjust(days) => c.add_adjustment(measure(day(*days)), &by, now).map(drop),
        Op::AddMeasure(days) => c.add_measure(measure(day(*days)), &by, now).map(drop),
        Op::CompleteMeasure(id) => c
            .complete_measure(u32::from(*id) + 1, local_date(now), &by, now)
            .map(drop),
        Op::Close(with_reason) => c
            .close(
                &by,
                now,
                Duration::days(RETENTION_DAYS),
                with_reason.then(|| text("Rien de plus à ajuster.")),
            )
            .map(drop),
        Op::Reopen => {
            let due = calendar.response_due(now, 10);
            c.reopen(parse_reopening_reason("À revoir.").unwrap(), &by, now, due)
                .map(drop)
        }
        Op::Withdraw => c.withdraw(now, Duration::days(RETENTION_DAYS)),
    };
    if result.is_err() {
        assert_eq!(*c, before, "a refused {op:?} changed the complaint");
    }
}

fn response(at: DateTime<Utc>, means: ResponseMeans) -> WrittenResponse {
    WrittenResponse {
        sent_at: at,
        means,
        postal_address: None,
        by: "Andréane Morin".into(),
        subject: "Réponse".into(),
        text: "Texte".into(),
        html: "<p>Texte</p>".into(),
    }
}

fn measure(due: NaiveDate) -> NewMeasure {
    NewMeasure::parse("Revoir l’horaire", "Coordination", &due.to_string()).unwrap()
}

/// Takes the complaint to its end the way staff would, from wherever it
/// is: every step a complaint can need, in order. Answers the moment it
/// ended.
fn finish(c: &mut Complaint, mut now: DateTime<Utc>, calendar: &BusinessCalendar) -> DateTime<Utc> {
    let by = director();
    for _ in 0..20 {
        now += Duration::hours(1);
        match c.status {
            Status::Closed | Status::Withdrawn => return now,
            Status::Received => {
                c.record_acknowledgement(
                    now,
                    plaintes_core::ports::AcknowledgementMeans::Letter,
                    &by,
                )
                .unwrap();
            }
            Status::Acknowledged => {
                c.record_analysis(Analysis::parse("Faits", "Cause", "").unwrap(), &by, now)
                    .unwrap();
            }
            Status::InAnalysis => {
                c.record_decision(
                    Decision::parse(&["excuses".into()], "Des excuses.").unwrap(),
                    &by,
                    now,
                )
                .unwrap();
            }
            Status::Decided => {
                // The online file answers anybody, anonymous or not.
                c.record_response(response(now, ResponseMeans::File), calendar, 10, &by)
                    .unwrap();
            }
            Status::Answered => {
                // Nobody can be asked: « sans réponse » once the follow-up is due.
                if matches!(c.complainant, Complainant::Anonymous) {
                    now = now.max(plaintes_core::calendar::start_of_day(local_date(
                        c.procedure.follow_up_due.unwrap(),
                    )));
                }
                let answer = match c.complainant {
                    Complainant::Anonymous => "no_answer",
                    _ => "satisfied",
                };
                c.record_follow_up(FollowUp::parse(answer, "", now).unwrap(), &by)
                    .unwrap();
            }
            Status::FollowedUp => {
                let ids: Vec<u32> = c
                    .procedure
                    .measures
                    .iter()
                    .filter(|m| m.done_on.is_none() && m.waived.is_none())
                    .map(|m| m.id)
                    .collect();
                for id in ids {
                    c.complete_measure(id, local_date(now), &by, now).unwrap();
                }
                let reason = c.check_close().err().map(|_| text("Rien de plus."));
                c.close(&by, now, Duration::days(RETENTION_DAYS), reason)
                    .unwrap();
            }
        }
    }
    panic!("the complaint did not reach its end: {:?}", c.status);
}

/// Every view of `c` at `now` says what its promises say.
fn views_agree(c: &Complaint, now: DateTime<Utc>, world: &World, calendar: &BusinessCalendar) {
    world.clock.set(now);
    let services = &world.services;
    let promises = c.promises(now);
    for promise in &promises {
        match &promise.state {
            PromiseState::Kept { at } => assert!(*at <= promise.due, "{promise:?}"),
            PromiseState::KeptLate { at } => assert!(*at > promise.due, "{promise:?}"),
            PromiseState::Overdue => assert!(now > promise.due, "{promise:?}"),
            PromiseState::Due | PromiseState::Extended { .. } => {
                assert!(now <= promise.due, "{promise:?}")
            }
            PromiseState::Moot(_) => {}
        }
        assert!(
            !(promise.state.kept() == Some(true) && promise.state.pending()),
            "{promise:?}"
        );
    }
    // The deadline index: the soonest promise still owed.
    let owed = promises
        .iter()
        .filter(|p| p.state.pending())
        .map(|p| p.due)
        .min();
    assert_eq!(c.next_deadline(), owed);
    assert_eq!(c.next_promise(now).map(|p| p.due), owed);
    assert_eq!(
        c.is_overdue(now),
        promises.iter().any(|p| p.state == PromiseState::Overdue)
    );

    // Compliance.
    let kept = |what| {
        promises
            .iter()
            .find(|p| p.what == what)
            .and_then(|p| p.state.kept())
    };
    let compliance = Compliance::of(c, now);
    assert_eq!(
        compliance.acknowledged_on_time,
        kept(Promised::Acknowledgement)
    );
    assert_eq!(compliance.answered_on_time, kept(Promised::Response));

    // The staff file.
    let file = serde_json::to_value(plaintes_http::staff::views::CaseFileView::of(
        services,
        &director(),
        &CaseFile {
            complaint: c.clone(),
            journal: Vec::new(),
            mail: Vec::new(),
        },
    ))
    .unwrap();
    let to_client: Vec<_> = promises.iter().filter(|p| p.what.to_the_client()).collect();
    let shown = file["deadlines"].as_array().unwrap();
    assert_eq!(shown.len(), to_client.len());
    for (shown, promise) in shown.iter().zip(&to_client) {
        assert_eq!(shown["state"], promise.state.code());
        assert_eq!(shown["label"], promise.what.label().as_str());
    }
    assert_eq!(
        file["compliance"],
        serde_json::to_value(compliance).unwrap()
    );
    for measure in file["measures"].as_array().unwrap() {
        let id = measure["id"].as_u64().unwrap() as u32;
        let state = plaintes_core::promises::measure_state(&promises, id).unwrap();
        assert_eq!(measure["state"], state.measure_code());
    }

    // The client's file.
    let organisation = plaintes_tests::organisation();
    let client = plaintes_http::client::client_deadlines(c, now, organisation.words.french());
    assert_eq!(client.len(), to_client.len());
    for (deadline, promise) in client.iter().zip(&to_client) {
        assert_eq!(deadline.kept, promise.state.kept());
    }

    // The director's digest: the overdue line is the next promise, when late.
    let today = local_date(now);
    let digest = Digest::build(
        std::slice::from_ref(c),
        now,
        today,
        calendar.nth_business_day_after(today, 1),
        Vec::new(),
    );
    let next = c.next_promise(now);
    assert_eq!(
        digest.overdue.len(),
        usize::from(next.as_ref().is_some_and(|p| p.due < now))
    );
    if let (Some(line), Some(next)) = (digest.overdue.first(), &next) {
        assert_eq!(line.what, next.what.label());
    }

    // The reports.
    let year = Period::year(
        local_date(c.received_at)
            .format("%Y")
            .to_string()
            .parse()
            .unwrap(),
    )
    .unwrap();
    let figures = Figures::compute(std::slice::from_ref(c), &year, now, calendar);
    let measured =
        |kept: Option<bool>| (usize::from(kept == Some(true)), usize::from(kept.is_some()));
    assert_eq!(
        (figures.acknowledged.kept, figures.acknowledged.measured),
        measured(kept(Promised::Acknowledgement))
    );
    assert_eq!(
        (figures.answered.kept, figures.answered.measured),
        measured(kept(Promised::Response))
    );
    assert_eq!(
        figures.extended,
        usize::from(c.procedure.extension.is_some())
    );
    assert_eq!(
        figures.overdue_now,
        usize::from(c.status.is_open() && c.is_overdue(now))
    );
}

/// What the views need: the services with a clock the test moves.
struct World {
    services: Services,
    clock: Arc<FixedClock>,
    _dir: tempfile::TempDir,
}

fn world() -> World {
    let dir = tempfile::tempdir().unwrap();
    let store = SqliteStore::open(&dir.path().join("plaintes.sqlite")).unwrap();
    let mailer = plaintes_local::FileMailer::new(&dir.path().join("outbox")).unwrap();
    let clock = Arc::new(FixedClock::new(Utc::now()));
    let services = Services::new(
        plaintes_tests::organisation(),
        Arc::new(store.clone()),
        Arc::new(mailer),
        clock.clone(),
        Arc::new(store),
    );
    World {
        services,
        clock,
        _dir: dir,
    }
}

proptest! {
    #![proptest_config(ProptestConfig {
        cases: 400,
        failure_persistence: None,
        ..ProptestConfig::default()
    })]

    #[test]
    fn every_history_reaches_its_end_and_every_view_agrees_with_the_promises(h in history()) {
        let world = world();
        let organisation = plaintes_tests::organisation();
        let calendar = organisation.calendar();
        let mut c = complaint(&organisation, &calendar, &h);
        let mut now = c.received_at;
        views_agree(&c, now, &world, &calendar);
        for (hours, op) in &h.steps {
            now += Duration::hours(i64::from(*hours));
            apply(&mut c, op, now, &calendar);
            views_agree(&c, now, &world, &calendar);
            // And a while later, with nothing done meanwhile.
            views_agree(&c, now + Duration::days(20), &world, &calendar);
        }
        let ended = finish(&mut c, now, &calendar);
        prop_assert!(matches!(c.status, Status::Closed | Status::Withdrawn));
        views_agree(&c, ended, &world, &calendar);
        // Closed: the client's promises are settled; what stays owed is the
        // organisation's own (measures, anonymisation).
        prop_assert!(c
            .promises(ended)
            .iter()
            .filter(|p| p.what.to_the_client())
            .all(|p| !p.state.pending()));
        // Then anonymised like any other once its retention is over.
        let purge = c.procedure.purge_due.expect("a finished complaint has its anonymisation date");
        let later = purge + Duration::hours(1);
        anonymise_complaint(&mut c, later);
        views_agree(&c, later, &world, &calendar);
        prop_assert_eq!(
            c.promise(Promised::Anonymisation, later).map(|p| p.state.code()),
            Some("met")
        );
    }
}
