//! The paths a real complaint takes besides the common one, through the
//! HTTP surface, on whatever store `app` uses: an anonymous complaint
//! answered in its online file, followed up, closed and anonymised; an
//! extended deadline told to the client and measured against its new date;
//! a follow-up where the client is not satisfied, which cannot close until
//! its adjustment is done. After every step, every view agrees with the one
//! model of the promises (`assert_one_model`).

use chrono::Duration;
use plaintes_core::access::Role;
use plaintes_core::checks::{run_checks, Compliance};
use plaintes_core::ports::Clock;
use serde_json::{json, Value};

use crate::client::words;
use crate::staff::Signed;
use crate::{at, TestApp};

/// The staff file, the list and the compliance box say what
/// `Complaint::promises` says, and no promise is both kept and late.
pub async fn assert_one_model(app: &TestApp, reference: &str, who: &Signed) {
    let now = app.clock.now();
    let stored = app.stored(reference).await;
    let promises = stored.promises(now);
    let file = app
        .staff_get(&format!("/complaints/{reference}"), who)
        .await
        .expect(200);
    let shown: Vec<(String, String)> = file["deadlines"]
        .as_array()
        .unwrap()
        .iter()
        .map(|d| {
            (
                d["label"].as_str().unwrap().to_owned(),
                d["state"].as_str().unwrap().to_owned(),
            )
        })
        .collect();
    let model: Vec<(String, String)> = promises
        .iter()
        .filter(|p| p.what.to_the_client())
        .map(|p| (p.what.label(), p.state.code().to_owned()))
        .collect();
    assert_eq!(shown, model, "the staff file of {reference}");
    assert_eq!(
        file["compliance"],
        serde_json::to_value(Compliance::of(&stored, now)).unwrap()
    );
    for promise in &promises {
        assert!(
            !(promise.state.kept() == Some(true)
                && promise.state == plaintes_core::promises::PromiseState::Overdue),
            "{promise:?}"
        );
    }
    let list = app.staff_get("/complaints", who).await.expect(200);
    let row = list["complaints"]
        .as_array()
        .unwrap()
        .iter()
        .find(|row| row["reference"] == reference)
        .cloned()
        .expect("the complaint is in the list");
    match stored.next_promise(now) {
        Some(next) => {
            assert_eq!(row["next_deadline"]["label"], next.what.label().as_str());
            assert_eq!(stored.next_deadline(), Some(next.due));
        }
        None => assert_eq!(row["next_deadline"], Value::Null),
    }
}

async fn director(app: &TestApp) -> Signed {
    app.staff(
        "andreane.m@cjefrontenac.com",
        "Andréane Morin",
        &[Role::Direction],
    )
    .await
}

/// Analysis and decision by `who`; the file after them.
async fn decided(app: &TestApp, reference: &str, who: &Signed) -> Value {
    let file = format!("/complaints/{reference}");
    let opened = app.staff_get(&file, who).await.expect(200);
    let analysed = app
        .staff_put(
            &format!("{file}/analysis"),
            who,
            json!({"version": opened["version"], "facts": "Les faits.", "root_cause": "La cause.", "notes": "", "cause": ""}),
        )
        .await
        .expect(200);
    app.staff_put(
        &format!("{file}/decision"),
        who,
        json!({"version": analysed["version"], "kinds": ["excuses"], "text": "Des excuses."}),
    )
    .await
    .expect(200)
}

/// The written response sent by e-mail by `who`, after `step`; the file after it.
async fn answered_by_email(app: &TestApp, file: &str, who: &Signed, step: &Value) -> Value {
    app.staff_post(
        &format!("{file}/response"),
        who,
        json!({"version": step["version"], "body": "Voici notre réponse.", "means": "email"}),
    )
    .await
    .expect(200)
}

/// An anonymous web complaint: answered in its online file, read there by
/// the client, followed up « sans réponse » once due, closed, anonymised.
pub async fn anonymous_answered_in_its_file(app: &TestApp) {
    let director = director(app).await;
    let (reference, code) = app
        .public_complaint_with_code(&json!({
            "anonymous": true,
            "category": "delais",
            "description": "On m’a promis un rappel qui n’est jamais venu.",
            "consent": true,
        }))
        .await;
    let file = format!("/complaints/{reference}");
    let creds = [("reference", reference.as_str()), ("code", code.as_str())];
    assert_one_model(app, &reference, &director).await;

    let step = decided(app, &reference, &director).await;
    assert_eq!(step["response_means"], json!(["file"]));
    for means in ["email", "post"] {
        let refused = app
            .staff_post(
                &format!("{file}/response"),
                &director,
                json!({"version": step["version"], "body": "Réponse.", "means": means}),
            )
            .await
            .expect(422);
        assert!(
            refused.to_string().contains("dossier en ligne"),
            "{refused}"
        );
    }
    let mails = app.outbox().len();
    let answered = app
        .staff_post(
            &format!("{file}/response"),
            &director,
            json!({"version": step["version"], "body": "Nous avons revu nos rappels : pardon pour l’attente.", "means": "file"}),
        )
        .await
        .expect(200);
    assert_eq!(answered["status"], "answered");
    assert_eq!(answered["deadlines"][1]["state"], "met");
    assert_eq!(app.outbox().len(), mails, "nothing is mailed to nobody");
    assert_one_model(app, &reference, &director).await;

    // The client reads the response in their file, as it was written.
    let page = app.client_post("", &creds).await;
    assert_eq!(page.status, 200);
    let text = words(&page.body);
    assert!(
        text.contains("Nous avons revu nos rappels : pardon pour l’attente."),
        "{text}"
    );
    assert!(text.contains("Déposée dans ce dossier le"), "{text}");

    // Staff cannot speak for an anonymous client, nor give up before the follow-up is due.
    for satisfaction in ["satisfied", "no_answer"] {
        let refused = app
            .staff_put(
                &format!("{file}/follow-up"),
                &director,
                json!({"version": answered["version"], "satisfaction": satisfaction, "adjustment": ""}),
            )
            .await
            .expect(422);
        assert!(refused.to_string().contains("anonyme"), "{refused}");
    }
    // The follow-up is due on Friday 11 December (10 business days after the response).
    app.clock.set(at("2026-12-11T10:00:00-05:00"));
    let director = app.sign_in_again(&director).await;
    let followed = app
        .staff_put(
            &format!("{file}/follow-up"),
            &director,
            json!({"version": answered["version"], "satisfaction": "no_answer", "adjustment": ""}),
        )
        .await
        .expect(200);
    assert_eq!(followed["status"], "followed_up");
    let closed = app
        .staff_post(
            &format!("{file}/closure"),
            &director,
            json!({"version": followed["version"]}),
        )
        .await
        .expect(200);
    assert_eq!(closed["status"], "closed");
    let states: Vec<&str> = closed["deadlines"]
        .as_array()
        .unwrap()
        .iter()
        .map(|d| d["state"].as_str().unwrap())
        .collect();
    assert_eq!(states, ["met", "met", "met"], "every promise kept");
    assert_one_model(app, &reference, &director).await;

    // Three years later its texts are erased like any other's.
    let later = at("2026-12-11T10:00:00-05:00") + Duration::days(1096);
    app.clock.set(later);
    let report = run_checks(&app.services, later).await.unwrap();
    assert_eq!(report.anonymised, vec![reference.clone()]);
    assert_eq!(app.stored(&reference).await.next_deadline(), None);
}

/// The anonymous client says in their file whether the solution suits:
/// that answer is the follow-up, and the complaint can close.
pub async fn anonymous_client_answers_the_follow_up_online(app: &TestApp) {
    let director = director(app).await;
    let (reference, code) = app
        .public_complaint_with_code(&json!({
            "anonymous": true,
            "category": "attitude_du_personnel",
            "description": "On m’a parlé sèchement au comptoir.",
            "consent": true,
        }))
        .await;
    let file = format!("/complaints/{reference}");
    let step = decided(app, &reference, &director).await;
    app.staff_post(
        &format!("{file}/response"),
        &director,
        json!({"version": step["version"], "body": "Nous vous présentons nos excuses.", "means": "file"}),
    )
    .await
    .expect(200);
    let replied = app
        .client_post(
            "/satisfaction",
            &[
                ("reference", reference.as_str()),
                ("code", code.as_str()),
                ("satisfaction", "satisfied"),
                ("comment", ""),
            ],
        )
        .await;
    assert_eq!(replied.status, 200, "{}", replied.body);
    let seen = app.staff_get(&file, &director).await.expect(200);
    assert_eq!(seen["status"], "followed_up");
    assert_eq!(seen["follow_up"]["by_client"], true);
    // « Sans réponse » can no longer replace what the client said.
    app.clock.set(at("2026-12-14T10:00:00-05:00"));
    let director = app.sign_in_again(&director).await;
    app.staff_put(
        &format!("{file}/follow-up"),
        &director,
        json!({"version": seen["version"], "satisfaction": "no_answer", "adjustment": ""}),
    )
    .await
    .expect(422);
    app.staff_post(
        &format!("{file}/closure"),
        &director,
        json!({"version": seen["version"]}),
    )
    .await
    .expect(200);
    assert_one_model(app, &reference, &director).await;
}

/// The manager pushes the response back once, with a reason the client
/// reads by mail and in their file; the promise is measured against the
/// new date, and the reports count it.
pub async fn an_extension_is_told_to_the_client(app: &TestApp) {
    let director = director(app).await;
    let manager = app
        .staff("karim@cjef.example", "Karim Tremblay", &[Role::Handler])
        .await;
    let (reference, code) = app.public_complaint_with_code(&crate::valid_json()).await;
    let file = format!("/complaints/{reference}");
    let opened = app.staff_get(&file, &director).await.expect(200);
    let assigned = app
        .staff_post(
            &format!("{file}/assignment"),
            &director,
            json!({"version": opened["version"], "handler": "karim@cjef.example"}),
        )
        .await
        .expect(200);
    assert!(assigned["allowed"]
        .as_array()
        .unwrap()
        .contains(&json!("extend")));

    // The new date must come after the current one (Friday 11 December), with a reason.
    let wrong = app
        .staff_post(
            &format!("{file}/extension"),
            &manager,
            json!({"version": assigned["version"], "due_on": "2026-12-10", "reason": ""}),
        )
        .await
        .expect(422);
    let fields: Vec<&str> = wrong["errors"]
        .as_array()
        .map(|errors| errors.iter().filter_map(|e| e["field"].as_str()).collect())
        .unwrap_or_default();
    assert_eq!(fields, ["reason"], "{wrong}");
    let earlier = app
        .staff_post(
            &format!("{file}/extension"),
            &manager,
            json!({"version": assigned["version"], "due_on": "2026-12-10", "reason": "Un témoin est absent."}),
        )
        .await
        .expect(422);
    assert!(
        earlier.to_string().contains("11\u{a0}décembre 2026"),
        "{earlier}"
    );

    let mails = app.outbox().len();
    let extended = app
        .staff_post(
            &format!("{file}/extension"),
            &manager,
            json!({"version": assigned["version"], "due_on": "2026-12-18", "reason": "La personne témoin revient de congé le 14 décembre."}),
        )
        .await
        .expect(200);
    assert_eq!(extended["deadlines"][1]["state"], "extended");
    assert!(extended["deadlines"][1]["state_label"]
        .as_str()
        .unwrap()
        .contains("revient de congé"));
    let sent = app.outbox();
    assert_eq!(sent.len(), mails + 1, "the client is told by mail");
    let notice = String::from_utf8_lossy(sent.last().unwrap()).to_string();
    assert!(notice.contains("To: amina@example.com"), "{notice}");
    assert!(notice.contains("revient de cong"), "{notice}");
    assert_one_model(app, &reference, &manager).await;

    // Once only.
    app.staff_post(
        &format!("{file}/extension"),
        &manager,
        json!({"version": extended["version"], "due_on": "2026-12-22", "reason": "Encore."}),
    )
    .await
    .expect(422);

    // The client reads it in their file.
    let page = app
        .client_post(
            "",
            &[("reference", reference.as_str()), ("code", code.as_str())],
        )
        .await;
    let text = words(&page.body);
    assert!(text.contains("Délai prolongé"), "{text}");
    assert!(text.contains("revient de congé le 14 décembre"), "{text}");
    assert!(text.contains("18 décembre 2026"), "{text}");

    // Past the first date, before the new one: not late, no alert.
    let monday = at("2026-12-14T09:00:00-05:00");
    app.clock.set(monday);
    let report = run_checks(&app.services, monday).await.unwrap();
    let (director, manager) = (
        app.sign_in_again(&director).await,
        app.sign_in_again(&manager).await,
    );
    assert!(
        !report.notices.iter().any(|(r, notice)| r == &reference
            && *notice == plaintes_core::checks::Notice::ResponseEscalation),
        "{:?}",
        report.notices
    );
    let overdue = app
        .staff_get("/complaints?overdue=true", &director)
        .await
        .expect(200);
    assert!(!overdue.to_string().contains(&reference), "{overdue}");
    assert_one_model(app, &reference, &manager).await;

    // Answered on Wednesday 16 December: on time against the new date.
    app.clock.set(at("2026-12-16T11:00:00-05:00"));
    let (director, manager) = (
        app.sign_in_again(&director).await,
        app.sign_in_again(&manager).await,
    );
    let step = decided(app, &reference, &manager).await;
    let answered = answered_by_email(app, &file, &manager, &step).await;
    assert_eq!(answered["deadlines"][1]["state"], "met");
    assert_eq!(answered["compliance"]["answered_on_time"], true);
    assert_one_model(app, &reference, &manager).await;

    let report = app
        .staff_get("/reports?from=2026-11-01&to=2026-11-30", &director)
        .await
        .expect(200);
    assert_eq!(report["current"]["extended"], 1, "{report}");
}

/// The client is not satisfied: the complaint closes only once the
/// adjustment is planned and done, or the director says why not.
pub async fn an_unsatisfied_follow_up_leads_to_an_adjustment(app: &TestApp) {
    let director = director(app).await;
    let reference = app.public_complaint(&crate::valid_json()).await;
    let file = format!("/complaints/{reference}");
    let step = decided(app, &reference, &director).await;
    let answered = answered_by_email(app, &file, &director, &step).await;
    let followed = app
        .staff_put(
            &format!("{file}/follow-up"),
            &director,
            json!({"version": answered["version"], "satisfaction": "not_satisfied", "adjustment": ""}),
        )
        .await
        .expect(200);
    assert!(followed["close_needs_reason"].as_bool().unwrap());
    let refused = app
        .staff_post(
            &format!("{file}/closure"),
            &director,
            json!({"version": followed["version"]}),
        )
        .await
        .expect(422);
    assert!(refused.to_string().contains("ajustement"), "{refused}");

    let planned = app
        .staff_post(
            &format!("{file}/adjustments"),
            &director,
            json!({"version": followed["version"], "description": "Un nouveau rendez-vous avec une autre conseillère.", "owner": "Coordination", "due_on": "2026-12-04"}),
        )
        .await
        .expect(200);
    assert_eq!(planned["measures"][0]["kind"], "adjustment");
    assert_eq!(planned["measures"][0]["state"], "due");
    app.staff_post(
        &format!("{file}/closure"),
        &director,
        json!({"version": planned["version"]}),
    )
    .await
    .expect(422);
    assert_one_model(app, &reference, &director).await;

    // Late, it is reminded like a corrective measure.
    let saturday = at("2026-12-05T10:00:00-05:00");
    app.clock.set(saturday);
    let report = run_checks(&app.services, saturday).await.unwrap();
    let director = app.sign_in_again(&director).await;
    assert!(report.notices.contains(&(
        reference.clone(),
        plaintes_core::checks::Notice::MeasureReminder { id: 1 }
    )));
    let planned = app.staff_get(&file, &director).await.expect(200);
    let done = app
        .staff_post(
            &format!("{file}/measures/1/done"),
            &director,
            json!({"version": planned["version"], "done_on": "2026-12-05"}),
        )
        .await
        .expect(200);
    assert!(!done["close_needs_reason"].as_bool().unwrap());
    let closed = app
        .staff_post(
            &format!("{file}/closure"),
            &director,
            json!({"version": done["version"]}),
        )
        .await
        .expect(200);
    assert_eq!(closed["status"], "closed");
    assert_one_model(app, &reference, &director).await;

    // Another one: the director closes without the adjustment, saying why.
    let other = app.public_complaint(&crate::valid_json()).await;
    let file = format!("/complaints/{other}");
    let step = decided(app, &other, &director).await;
    let answered = answered_by_email(app, &file, &director, &step).await;
    let followed = app
        .staff_put(
            &format!("{file}/follow-up"),
            &director,
            json!({"version": answered["version"], "satisfaction": "not_satisfied", "adjustment": "Revoir l’horaire", "owner": "Coordination", "due_on": "2026-12-20"}),
        )
        .await
        .expect(200);
    assert_eq!(followed["measures"][0]["kind"], "adjustment");
    let closed = app
        .staff_post(
            &format!("{file}/closure"),
            &director,
            json!({"version": followed["version"], "reason": "La personne a déménagé hors de la région."}),
        )
        .await
        .expect(200);
    assert_eq!(closed["measures"][0]["state"], "moot");
    assert_eq!(
        closed["measures"][0]["waived"],
        "La personne a déménagé hors de la région."
    );
    assert_one_model(app, &other, &director).await;
}

/// A client reachable only by phone gets the written response by post: the
/// letter carries their address where a window envelope shows it, and the
/// file records where it went.
pub async fn a_phone_only_client_is_answered_by_post(app: &TestApp) {
    let director = director(app).await;
    let reception = app
        .staff("accueil@cjef.example", "Nadia Roy", &[Role::Reception])
        .await;
    let mut intake = crate::staff::phone_intake("2026-11-27T14:30", "");
    intake["address_street"] = json!("12, rue Notre-Dame Est, app. 3");
    intake["address_city"] = json!("Thetford Mines");
    intake["address_postal_code"] = json!("g6g1a1");
    let recorded = app.intake(&reception, &intake, "intake-by-post-1").await;
    assert_eq!(recorded.status, 201, "{}", recorded.body);
    let reference = recorded.body["reference"].as_str().unwrap().to_owned();
    let file = format!("/complaints/{reference}");
    let step = decided(app, &reference, &director).await;
    assert_eq!(
        step["complainant"]["postal_address"]["lines"],
        json!([
            "12, rue Notre-Dame Est, app. 3",
            "Thetford Mines QC  G6G 1A1"
        ])
    );
    assert_eq!(step["response_means"], json!(["post", "file"]));
    // The letter starts from the solution decided and where to turn next.
    let draft = step["letter_draft"].as_str().unwrap();
    assert!(
        draft.contains("nous vous présentons nos excuses"),
        "{draft}"
    );
    assert!(
        draft.contains("Commission d’accès à l’information"),
        "{draft}"
    );

    // The preview for the post shows the address block; the e-mail one has none to show.
    let preview = app
        .staff_post(
            &format!("{file}/response/preview"),
            &director,
            json!({"body": "Nous vous présentons nos excuses.", "means": "post"}),
        )
        .await
        .expect(200);
    let html = preview["html"].as_str().unwrap();
    assert!(
        html.contains("<address class=\"destinataire\">Jean-Philippe Roy<br>12, rue Notre-Dame Est, app. 3<br>Thetford Mines QC  G6G 1A1</address>"),
        "{html}"
    );
    let answered = app
        .staff_post(
            &format!("{file}/response"),
            &director,
            json!({"version": step["version"], "body": "Nous vous présentons nos excuses.", "means": "post"}),
        )
        .await
        .expect(200);
    assert_eq!(answered["responses"][0]["means"], "post");
    assert_eq!(
        answered["responses"][0]["postal_address_lines"],
        json!([
            "12, rue Notre-Dame Est, app. 3",
            "Thetford Mines QC  G6G 1A1"
        ])
    );
    assert!(answered["responses"][0]["text"]
        .as_str()
        .unwrap()
        .contains("Thetford Mines QC  G6G 1A1"));
    assert_one_model(app, &reference, &director).await;

    // Without an address on file, the letter goes where staff say, or not at all.
    let other = app
        .intake(
            &reception,
            &crate::staff::phone_intake("2026-11-27T15:00", ""),
            "intake-by-post-2",
        )
        .await
        .expect(201);
    let other = other["reference"].as_str().unwrap().to_owned();
    let file = format!("/complaints/{other}");
    let step = decided(app, &other, &director).await;
    let refused = app
        .staff_post(
            &format!("{file}/response"),
            &director,
            json!({"version": step["version"], "body": "Réponse.", "means": "post"}),
        )
        .await
        .expect(422);
    assert_eq!(refused["errors"][0]["field"], "address_street", "{refused}");
    let wrong = app
        .staff_post(
            &format!("{file}/response"),
            &director,
            json!({"version": step["version"], "body": "Réponse.", "means": "post",
                   "address_street": "8, rue King", "address_city": "", "address_postal_code": "G6G 9Z9"}),
        )
        .await
        .expect(422);
    assert_eq!(wrong["errors"][0]["field"], "address_city", "{wrong}");
    let answered = app
        .staff_post(
            &format!("{file}/response"),
            &director,
            json!({"version": step["version"], "body": "Réponse.", "means": "post",
                   "address_street": "8, rue King", "address_city": "Thetford Mines", "address_postal_code": "G6G 9Z9"}),
        )
        .await
        .expect(200);
    assert_eq!(
        answered["responses"][0]["postal_address_lines"][1],
        "Thetford Mines QC  G6G 9Z9"
    );
}

/// A client who calls is helped by reception, who cannot read the file: a
/// new code read to them once or mailed, and their complaint withdrawn for
/// them; each journaled, the old code refused, the file closed to others.
pub async fn a_caller_is_helped_by_reception(app: &TestApp) {
    let reception = app
        .staff("accueil@cjef.example", "Nadia Roy", &[Role::Reception])
        .await;
    let other = app
        .staff("karim@cjef.example", "Karim Tremblay", &[Role::Handler])
        .await;
    let (reference, old_code) = app.public_complaint_with_code(&crate::valid_json()).await;
    let file = format!("/complaints/{reference}");

    let read = app
        .staff_request(
            reqwest::Method::POST,
            &format!("{file}/access-code"),
            Some(&reception),
            Some(&json!({"delivery": "read"})),
        )
        .await
        .expect(200);
    let code = read["access_code"].as_str().unwrap().to_owned();
    assert_ne!(code, old_code);
    assert!(
        read.get("description").is_none(),
        "reception reads nothing: {read}"
    );
    let opened = |code: String| {
        let reference = reference.clone();
        async move {
            app.client_post(
                "",
                &[("reference", reference.as_str()), ("code", code.as_str())],
            )
            .await
        }
    };
    assert_eq!(
        opened(old_code).await.status,
        403,
        "the old code is refused"
    );
    let page = opened(code.clone()).await;
    assert_eq!(page.status, 200);
    assert!(words(&page.body).contains("Un nouveau code d’accès vous a été donné à votre demande"));

    // By e-mail: the code goes to the address on file, and is not answered.
    let mails = app.outbox().len();
    let mailed = app
        .staff_post(
            &format!("{file}/access-code"),
            &reception,
            json!({"delivery": "email"}),
        )
        .await
        .expect(200);
    assert_eq!(mailed["access_code"], Value::Null);
    let sent = app.outbox();
    assert_eq!(sent.len(), mails + 1);
    let message = String::from_utf8_lossy(sent.last().unwrap()).to_string();
    assert!(message.contains("To: amina@example.com") && message.contains(&reference));
    assert_eq!(opened(code).await.status, 403, "replaced again");
    // Someone with no hand on the complaint is told nothing.
    app.staff_post(
        &format!("{file}/access-code"),
        &other,
        json!({"delivery": "read"}),
    )
    .await
    .expect(404);

    // Withdrawn for the client, once they confirm it.
    app.staff_post(&format!("{file}/withdrawal"), &reception, json!({}))
        .await
        .expect(422);
    let withdrawn = app
        .staff_post(
            &format!("{file}/withdrawal"),
            &reception,
            json!({"confirm": true}),
        )
        .await
        .expect(200);
    assert_eq!(withdrawn["status"], "withdrawn");
    let stored = app.stored(&reference).await;
    assert_eq!(
        stored
            .promise(plaintes_core::promises::Promised::Response, app.clock.now())
            .map(|p| p.state.code()),
        Some("moot")
    );
    let journal = app.services.store.journal(&stored.reference).await.unwrap();
    assert!(journal.iter().any(|event| event.kind
        == plaintes_core::ports::EventKind::WithdrawnForClient
        && event.actor.describe().starts_with("Nadia Roy")));
}

/// A complaint settled on the spot: reception records what was said and
/// done; it is referenced, acknowledged, confirmed in writing and closed at
/// once, every promise kept; the reports count it apart.
pub async fn a_complaint_settled_on_the_spot(app: &TestApp) {
    let director = director(app).await;
    let reception = app
        .staff("accueil@cjef.example", "Nadia Roy", &[Role::Reception])
        .await;
    let mut body = crate::staff::phone_intake("2026-11-27T14:30", "");
    body["channel"] = json!("in_person");
    body["email"] = json!("jp.roy@example.com");
    body["settled"] = json!(true);
    body["settled_said"] = json!("");
    body["confirmation_means"] = json!("pigeon");
    let wrong = app.intake(&reception, &body, "settled-1").await.expect(422);
    let fields: Vec<&str> = wrong["errors"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["field"].as_str().unwrap())
        .collect();
    assert_eq!(
        fields,
        ["settled_said", "settled_done", "confirmation_means"],
        "{wrong}"
    );
    // By post, an address is needed.
    body["settled_said"] = json!("Son rendez-vous de mardi avait été oublié.");
    body["settled_done"] = json!("Un nouveau rendez-vous a été fixé au jeudi 3 décembre, 10 h.");
    body["confirmation_means"] = json!("post");
    let no_address = app.intake(&reception, &body, "settled-2").await.expect(422);
    assert_eq!(no_address["errors"][0]["field"], "confirmation_means");

    body["confirmation_means"] = json!("email");
    let mails = app.outbox().len();
    let recorded = app.intake(&reception, &body, "settled-3").await.expect(201);
    assert_eq!(recorded["settled"], true);
    let reference = recorded["reference"].as_str().unwrap().to_owned();
    let sent = app.outbox();
    assert_eq!(
        sent.len(),
        mails + 2,
        "the acknowledgement and the confirmation"
    );
    for mail in &sent[mails..] {
        let mail = String::from_utf8_lossy(mail);
        assert!(mail.contains("To: jp.roy@example.com"), "{mail}");
    }

    let file = app
        .staff_get(&format!("/complaints/{reference}"), &director)
        .await
        .expect(200);
    assert_eq!(file["status"], "closed");
    assert_eq!(file["analysis"], Value::Null);
    assert_eq!(file["decision"], Value::Null);
    assert_eq!(
        file["settlement"]["done"],
        "Un nouveau rendez-vous a été fixé au jeudi 3 décembre, 10 h."
    );
    let states: Vec<&str> = file["deadlines"]
        .as_array()
        .unwrap()
        .iter()
        .map(|d| d["state"].as_str().unwrap())
        .collect();
    assert_eq!(states, ["met", "met"], "acknowledged and confirmed at once");
    assert!(file["responses"][0]["text"]
        .as_str()
        .unwrap()
        .contains("Nous considérons donc votre plainte comme réglée."));
    assert!(!file["responses"][0]["text"]
        .as_str()
        .unwrap()
        .contains("Nous communiquerons avec vous"));
    assert_one_model(app, &reference, &director).await;

    let report = app
        .staff_get("/reports?from=2026-11-01&to=2026-11-30", &director)
        .await
        .expect(200);
    assert_eq!(report["current"]["settled_on_the_spot"], 1, "{report}");
    assert_eq!(report["current"]["received"], 1);

    // A manager records what they settled themselves, and nothing else.
    let manager = app
        .staff("karim@cjef.example", "Karim Tremblay", &[Role::Handler])
        .await;
    let mut plain = crate::staff::phone_intake("2026-11-27T15:00", "");
    app.intake(&manager, &plain, "settled-by-manager-1")
        .await
        .expect(403);
    plain["settled"] = json!(true);
    plain["settled_said"] = json!("Elle n’avait pas reçu son attestation.");
    plain["settled_done"] = json!("L’attestation lui a été remise en main propre.");
    plain["confirmation_means"] = json!("file");
    let settled = app
        .intake(&manager, &plain, "settled-by-manager-2")
        .await
        .expect(201);
    let file = app
        .staff_get(
            &format!("/complaints/{}", settled["reference"].as_str().unwrap()),
            &manager,
        )
        .await
        .expect(200);
    assert_eq!(file["status"], "closed");
    assert_eq!(file["handler"]["name"], "Karim Tremblay");
}

/// A reopened complaint owes a new written response, ten business days
/// after the reopening: reminded as its day comes, kept when it is sent.
pub async fn a_reopened_complaint_owes_a_new_response(app: &TestApp) {
    use plaintes_core::checks::Notice;
    let director = director(app).await;
    let reference = app.public_complaint(&crate::valid_json()).await;
    let file = format!("/complaints/{reference}");
    // The first response is reminded two business days before Friday 11 December.
    let wednesday = at("2026-12-09T09:00:00-05:00");
    app.clock.set(wednesday);
    let report = run_checks(&app.services, wednesday).await.unwrap();
    assert!(report
        .notices
        .contains(&(reference.clone(), Notice::ResponseReminder)));
    let director = app.sign_in_again(&director).await;
    let step = decided(app, &reference, &director).await;
    let answered = answered_by_email(app, &file, &director, &step).await;
    let followed = app
        .staff_put(
            &format!("{file}/follow-up"),
            &director,
            json!({"version": answered["version"], "satisfaction": "satisfied", "adjustment": ""}),
        )
        .await
        .expect(200);
    let closed = app
        .staff_post(
            &format!("{file}/closure"),
            &director,
            json!({"version": followed["version"]}),
        )
        .await
        .expect(200);
    let reopened = app
        .staff_post(
            &format!("{file}/reopening"),
            &director,
            json!({"version": closed["version"], "reason": "La personne rappelle : rien n’a changé."}),
        )
        .await
        .expect(200);
    let new = &reopened["deadlines"][2];
    assert_eq!(new["kind"], "new_response", "{reopened}");
    assert_eq!(new["state"], "due");
    assert_eq!(
        new["due_display"],
        "23\u{a0}décembre 2026 à 23\u{a0}h\u{a0}59"
    );
    assert_eq!(
        reopened["deadlines"][1]["state"], "met",
        "the first one stays kept"
    );
    assert_one_model(app, &reference, &director).await;

    // Two business days before Wednesday 23 December: reminded, though the
    // first response was reminded already.
    let monday = at("2026-12-21T09:00:00-05:00");
    app.clock.set(monday);
    let report = run_checks(&app.services, monday).await.unwrap();
    assert!(
        report
            .notices
            .contains(&(reference.clone(), Notice::NewResponseReminder)),
        "{:?}",
        report.notices
    );
    let director = app.sign_in_again(&director).await;
    let step = decided(app, &reference, &director).await;
    let answered = app
        .staff_post(
            &format!("{file}/response"),
            &director,
            json!({"version": step["version"], "body": "Notre nouvelle réponse.", "means": "email"}),
        )
        .await
        .expect(200);
    assert_eq!(answered["deadlines"][2]["state"], "met");
    assert_one_model(app, &reference, &director).await;
}
