//! Nobody a complaint is about learns of it, through HTTP and the
//! scheduler, on whatever store `app` uses: a manager named by a web
//! complaint never reads it nor is offered it; a complaint the client marked
//! as about the director does not exist for the director — in no list, file,
//! measure, report, export, digest, reminder, escalation, notice or Reply-To
//! — while the board handles it to its closing.

use plaintes_core::access::Role;
use plaintes_core::checks::run_checks;
use serde_json::{json, Value};

use crate::staff::Signed;
use crate::{at, TestApp};

const DIRECTOR: &str = "andreane.m@cjefrontenac.com";
const BOARD: &str = "conseil@cjefrontenac.com";

/// One message of the outbox as the tests read it.
#[derive(Debug, Clone)]
pub struct Sent {
    pub to: String,
    pub reply_to: Option<String>,
    pub subject: String,
    pub text: String,
}

/// The messages written since `before` (a count of the outbox).
pub fn sent_since(app: &TestApp, before: usize) -> Vec<Sent> {
    app.outbox()[before..]
        .iter()
        .map(|raw| {
            let message = mail_parser::MessageParser::default().parse(raw).unwrap();
            let first = |list: Option<&mail_parser::Address>| {
                list.and_then(|list| list.first())
                    .and_then(|a| a.address())
                    .map(str::to_owned)
            };
            Sent {
                to: first(message.to()).unwrap_or_default(),
                reply_to: first(message.reply_to()),
                subject: message.subject().unwrap_or_default().to_owned(),
                text: message.body_text(0).unwrap_or_default().to_string(),
            }
        })
        .collect()
}

/// Whether any of `mail` tells the director of `reference`: sent to them,
/// answered to them, or naming the reference in a message they get.
fn tells_the_director(mail: &[Sent], reference: &str) -> Vec<Sent> {
    mail.iter()
        .filter(|m| {
            let to_director = m.to.eq_ignore_ascii_case(DIRECTOR);
            let names_it = m.subject.contains(reference) || m.text.contains(reference);
            names_it && (to_director || m.reply_to.as_deref() == Some(DIRECTOR))
        })
        .cloned()
        .collect()
}

fn references(list: &Value) -> Vec<String> {
    list["complaints"]
        .as_array()
        .unwrap()
        .iter()
        .map(|row| row["reference"].as_str().unwrap().to_owned())
        .collect()
}

async fn csv(app: &TestApp, who: &Signed) -> String {
    let response = app
        .client
        .get(format!(
            "{}/api/staff/reports.csv?from=2026-11-01&to=2026-12-31",
            app.address
        ))
        .bearer_auth(&who.token)
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), 200);
    response.text().await.unwrap()
}

/// A web complaint about a manager's attitude: the client names them in
/// their words; it cannot be assigned until the director says who it is,
/// from the directory; from then on that manager neither reads it nor is
/// offered it, and a manager named later loses it.
pub async fn a_web_complaint_naming_a_manager(app: &TestApp) {
    let director = app
        .staff(DIRECTOR, "Andréane Morin", &[Role::Direction])
        .await;
    let karim = app
        .staff("karim@cjef.example", "Karim Tremblay", &[Role::Handler])
        .await;
    let marc = app
        .staff("marc@cjef.example", "Marc Visé", &[Role::Handler])
        .await;
    let mut body = crate::valid_json();
    body["about_staff"] = json!("Marc, le conseiller du mardi");
    let reference = app.public_complaint(&body).await;
    let file = format!("/complaints/{reference}");
    let opened = app.staff_get(&file, &director).await.expect(200);
    assert_eq!(opened["about_staff"], "Marc, le conseiller du mardi");
    assert_eq!(opened["naming_recorded"], false);
    assert!(opened["allowed"]
        .as_array()
        .unwrap()
        .contains(&json!("record_naming")));

    // Not before saying who it is.
    let refused = app
        .staff_post(
            &format!("{file}/assignment"),
            &director,
            json!({"version": opened["version"], "handler": "marc@cjef.example"}),
        )
        .await
        .expect(422);
    assert_eq!(refused["errors"][0]["field"], "handler");
    assert!(
        refused.to_string().contains("indiquez d’abord qui"),
        "{refused}"
    );

    // From the directory only: a typo protects nobody.
    let unknown = app
        .staff_put(
            &format!("{file}/naming"),
            &director,
            json!({"version": opened["version"], "named_staff": ["mrac@cjef.example"]}),
        )
        .await
        .expect(422);
    assert_eq!(unknown["errors"][0]["field"], "named_staff");
    assert!(
        unknown.to_string().contains("répertoire du personnel"),
        "{unknown}"
    );
    let named = app
        .staff_put(
            &format!("{file}/naming"),
            &director,
            json!({"version": opened["version"], "named_staff": [marc.member.id.as_str()]}),
        )
        .await
        .expect(200);
    assert_eq!(named["named_staff"], json!(["Marc Visé"]));
    assert_eq!(named["about_director"], false);
    assert!(named["timeline"]
        .to_string()
        .contains("Personnes visées consignées\u{a0}: Marc Visé"));

    // Marc: not in his list, not his to read, not offered.
    assert!(references(&app.staff_get("/complaints", &marc).await.expect(200)).is_empty());
    app.staff_get(&file, &marc).await.expect(404);
    let offered = app
        .staff_get(&format!("{file}/assignable"), &director)
        .await
        .expect(200);
    let offered: Vec<&str> = offered["handlers"]
        .as_array()
        .unwrap()
        .iter()
        .map(|h| h["name"].as_str().unwrap())
        .collect();
    assert_eq!(offered, ["Andréane Morin", "Karim Tremblay"]);
    app.staff_post(
        &format!("{file}/assignment"),
        &director,
        json!({"version": named["version"], "handler": "marc@cjef.example"}),
    )
    .await
    .expect(422);
    let assigned = app
        .staff_post(
            &format!("{file}/assignment"),
            &director,
            json!({"version": named["version"], "handler": "karim@cjef.example"}),
        )
        .await
        .expect(200);
    app.staff_get(&file, &karim).await.expect(200);

    // Naming Karim too, later, takes it from him at once.
    let renamed = app
        .staff_put(
            &format!("{file}/naming"),
            &director,
            json!({"version": assigned["version"], "named_staff": ["marc@cjef.example", "karim@cjef.example"]}),
        )
        .await
        .expect(200);
    assert_eq!(renamed["handler"], Value::Null);
    assert_eq!(
        renamed["named_staff"],
        json!(["Marc Visé", "Karim Tremblay"])
    );
    app.staff_get(&file, &karim).await.expect(404);
    assert!(references(&app.staff_get("/complaints", &karim).await.expect(200)).is_empty());
    let stored = app.stored(&reference).await;
    assert_eq!(stored.named_staff, [marc.member.id, karim.member.id]);
}

/// A web complaint the client marked as about the director, beside an
/// ordinary one: the board handles it to closing; the director never sees,
/// counts nor is mailed about it.
pub async fn a_complaint_about_the_director_goes_to_the_board_alone(app: &TestApp) {
    let director = app
        .staff(DIRECTOR, "Andréane Morin", &[Role::Direction])
        .await;
    let board = app.staff(BOARD, "Julie Présidente", &[Role::Board]).await;
    let karim = app
        .staff("karim@cjef.example", "Karim Tremblay", &[Role::Handler])
        .await;
    let before = app.outbox().len();
    let ordinary = app.public_complaint(&crate::valid_json()).await;
    let mut body = crate::valid_json();
    body["description"] = json!("La directrice m’a refusé un service sans raison.");
    body["about_director"] = json!(true);
    let (reference, code) = app.public_complaint_with_code(&body).await;
    let file = format!("/complaints/{reference}");

    // The acknowledgement answers to the board.
    let mut mail = sent_since(app, before);
    let acknowledgement = mail
        .iter()
        .find(|m| m.subject.contains(&reference))
        .expect("the acknowledgement");
    assert_eq!(acknowledgement.reply_to.as_deref(), Some(BOARD));
    assert!(
        !acknowledgement.text.contains(DIRECTOR),
        "{}",
        acknowledgement.text
    );

    // The director: not in the list, not a file, not in the reports nor the CSV.
    assert_eq!(
        references(&app.staff_get("/complaints", &director).await.expect(200)),
        std::slice::from_ref(&ordinary)
    );
    app.staff_get(&file, &director).await.expect(404);
    let reports = "/reports?from=2026-11-01&to=2026-12-31";
    let theirs = app.staff_get(reports, &director).await.expect(200);
    assert_eq!(theirs["current"]["received"], 1);
    let export = csv(app, &director).await;
    assert!(
        export.contains(&ordinary) && !export.contains(&reference),
        "{export}"
    );
    // The board: that one only.
    assert_eq!(
        references(&app.staff_get("/complaints", &board).await.expect(200)),
        std::slice::from_ref(&reference)
    );
    let boards = app.staff_get(reports, &board).await.expect(200);
    assert_eq!(boards["current"]["received"], 1);
    let export = csv(app, &board).await;
    assert!(
        export.contains(&reference) && !export.contains(&ordinary),
        "{export}"
    );
    app.staff_get(&format!("/complaints/{ordinary}"), &board)
        .await
        .expect(404);

    // The client adds something before it is assigned: the board is told.
    let count = app.outbox().len();
    let added = app
        .client_post(
            "/information",
            &[
                ("reference", reference.as_str()),
                ("code", code.as_str()),
                ("text", "C’était le 20\u{a0}novembre."),
            ],
        )
        .await;
    assert_eq!(added.status, 200, "{}", added.body);
    let notices = sent_since(app, count);
    assert_eq!(notices.len(), 1);
    assert_eq!(notices[0].to, BOARD);
    mail.extend(notices);

    // The scheduler: reminders and escalations to the board; the director's
    // digest never names it; the board has its own.
    let count = app.outbox().len();
    for when in ["2026-12-09T09:00:00-05:00", "2026-12-14T09:00:00-05:00"] {
        app.clock.set(at(when));
        run_checks(&app.services, at(when)).await.unwrap();
    }
    let scheduled = sent_since(app, count);
    let digests = |to: &str| -> Vec<&Sent> {
        scheduled
            .iter()
            .filter(|m| m.to == to && m.subject.starts_with("Plaintes\u{a0}: l’état"))
            .collect()
    };
    let (director_digests, board_digests) = (digests(DIRECTOR), digests(BOARD));
    assert!(director_digests.iter().any(|m| m.text.contains(&ordinary)));
    assert!(director_digests
        .iter()
        .all(|m| !m.text.contains(&reference)));
    assert!(board_digests.iter().any(|m| m.text.contains(&reference)));
    assert!(board_digests.iter().all(|m| !m.text.contains(&ordinary)));
    let escalated: Vec<&Sent> = scheduled
        .iter()
        .filter(|m| m.subject.contains(&reference))
        .collect();
    assert!(!escalated.is_empty(), "{scheduled:?}");
    assert!(escalated.iter().all(|m| m.to == BOARD), "{escalated:?}");
    mail.extend(scheduled);

    // The board handles it: assigns Karim, who answers; the board closes.
    let board = app.sign_in_again(&board).await;
    let karim = app.sign_in_again(&karim).await;
    let count = app.outbox().len();
    let opened = app.staff_get(&file, &board).await.expect(200);
    assert_eq!(opened["about_director"], true);
    let assigned = app
        .staff_post(
            &format!("{file}/assignment"),
            &board,
            json!({"version": opened["version"], "handler": "karim@cjef.example"}),
        )
        .await
        .expect(200);
    let analysed = app
        .staff_put(
            &format!("{file}/analysis"),
            &karim,
            json!({"version": assigned["version"], "facts": "Les faits.", "root_cause": "La cause.", "notes": "", "cause": ""}),
        )
        .await
        .expect(200);
    let decided = app
        .staff_put(
            &format!("{file}/decision"),
            &karim,
            json!({"version": analysed["version"], "kinds": ["excuses"], "text": "Des excuses."}),
        )
        .await
        .expect(200);
    let answered = app
        .staff_post(
            &format!("{file}/response"),
            &karim,
            json!({"version": decided["version"], "body": "Voici notre réponse.", "means": "email"}),
        )
        .await
        .expect(200);
    let followed = app
        .staff_put(
            &format!("{file}/follow-up"),
            &karim,
            json!({"version": answered["version"], "satisfaction": "satisfied", "adjustment": ""}),
        )
        .await
        .expect(200);
    app.staff_post(
            &format!("{file}/measures"),
            &board,
            json!({"version": followed["version"], "description": "Revoir la règle de refus.", "owner": DIRECTOR, "due_on": "2026-12-16"}),
        )
        .await
        .expect(200);
    // The measure, late, is reminded to the board, never to the director
    // even when they are its owner.
    app.clock.set(at("2026-12-18T09:00:00-05:00"));
    run_checks(&app.services, at("2026-12-18T09:00:00-05:00"))
        .await
        .unwrap();
    let (director, board) = (
        app.sign_in_again(&director).await,
        app.sign_in_again(&board).await,
    );
    let reminded = app.staff_get(&file, &board).await.expect(200);
    let done = app
        .staff_post(
            &format!("{file}/measures/1/done"),
            &board,
            json!({"version": reminded["version"], "done_on": "2026-12-18"}),
        )
        .await
        .expect(200);
    let closed = app
        .staff_post(
            &format!("{file}/closure"),
            &board,
            json!({"version": done["version"]}),
        )
        .await
        .expect(200);
    assert_eq!(closed["status"], "closed");
    let handled = sent_since(app, count);
    assert!(handled.iter().any(|m| m.to == "karim@cjef.example"));
    assert!(
        handled
            .iter()
            .any(|m| m.to == BOARD && m.text.contains("mesure")),
        "{handled:?}"
    );
    mail.extend(handled);

    // Nothing, in the whole story, reached the director.
    assert_eq!(tells_the_director(&mail, &reference).len(), 0, "{mail:?}");
    let measures = app.staff_get("/measures", &director).await.expect(200);
    assert!(!measures.to_string().contains(&reference), "{measures}");
    let measures = app.staff_get("/measures", &board).await.expect(200);
    assert!(measures.to_string().contains(&reference), "{measures}");
    let theirs = app.staff_get(reports, &director).await.expect(200);
    assert_eq!(theirs["current"]["received"], 1);
}
