//! Complaints received by phone, in person, by letter or by e-mail, as
//! staff record them; and complaint text full of markup, which every staff
//! answer carries as plain text.

use plaintes_core::access::Role;
use plaintes_tests::spawn_app;
use plaintes_tests::staff::phone_intake;
use serde_json::{json, Value};

#[tokio::test]
async fn reception_records_a_phone_complaint_from_its_real_time_of_receipt_then_cannot_read_it() {
    let app = spawn_app().await;
    let reception = app
        .staff("accueil@cjef.example", "Léa Accueil", &[Role::Reception])
        .await;
    let director = app
        .staff(
            "andreane.m@cjefrontenac.com",
            "Andréane Morin",
            &[Role::Direction],
        )
        .await;
    // Received Friday 14:30; recorded at 21:00.
    let recorded = app
        .intake(
            &reception,
            &phone_intake("2026-11-27T14:30", ""),
            "intake-phone-1",
        )
        .await
        .expect(201);
    let reference = recorded["reference"].as_str().unwrap().to_owned();
    assert!(recorded["access_code"].as_str().unwrap().len() >= 26);
    assert_eq!(recorded["acknowledgement_by_email"], false);
    assert_eq!(
        recorded["acknowledgement_due_display"],
        "29\u{a0}novembre 2026 à 14\u{a0}h\u{a0}30"
    );
    assert!(app.outbox().is_empty(), "no address, no mail");

    app.staff_get(&format!("/complaints/{reference}"), &reception)
        .await
        .expect(404);
    let file = app
        .staff_get(&format!("/complaints/{reference}"), &director)
        .await
        .expect(200);
    assert_eq!(file["status"], "received");
    assert_eq!(file["channel_label"], "Téléphone");
    assert_eq!(file["deadlines"][0]["state"], "due");
    assert_eq!(
        file["timeline"][0]["who"],
        "Léa Accueil (accueil@cjef.example)"
    );

    // Reception records how the client was told, without reading the file
    // (so without its version), and learns nothing more than that.
    let too_early = app
        .staff_post(
            &format!("/complaints/{reference}/acknowledgement"),
            &reception,
            json!({"means": "telephone", "at": "2026-11-27T14:00"}),
        )
        .await
        .expect(422);
    assert_eq!(too_early["errors"][0]["field"], "at");
    let recorded = app
        .staff_post(
            &format!("/complaints/{reference}/acknowledgement"),
            &reception,
            json!({"means": "telephone", "at": "2026-11-27T16:00"}),
        )
        .await
        .expect(200);
    assert_eq!(recorded["status"], "acknowledged");
    assert_eq!(
        recorded["description"],
        Value::Null,
        "reception reads nothing"
    );
    assert_eq!(recorded["complainant"], Value::Null);
    let acknowledged = app
        .staff_get(&format!("/complaints/{reference}"), &director)
        .await
        .expect(200);
    assert_eq!(acknowledged["deadlines"][0]["state"], "met");
    assert_eq!(
        acknowledged["acknowledgement"]["means_label"],
        "par téléphone"
    );
    let again = app
        .staff_post(
            &format!("/complaints/{reference}/acknowledgement"),
            &reception,
            json!({"means": "letter", "at": "2026-11-27T17:00"}),
        )
        .await
        .expect(422);
    assert!(again["detail"]
        .as_str()
        .unwrap()
        .contains("déjà été confirmée"));
}

#[tokio::test]
async fn an_intake_with_an_address_is_acknowledged_by_email_at_once() {
    let app = spawn_app().await;
    let reception = app
        .staff("accueil@cjef.example", "Léa Accueil", &[Role::Reception])
        .await;
    let mut body = phone_intake("2026-11-27T09:15", "");
    body["channel"] = json!("in_person");
    body["email"] = json!("jp.roy@example.com");
    let recorded = app
        .intake(&reception, &body, "intake-email-1")
        .await
        .expect(201);
    assert_eq!(recorded["acknowledgement_by_email"], true);
    let mail = String::from_utf8(app.outbox().remove(0)).unwrap();
    assert!(mail.contains("To: jp.roy@example.com"));
    let stored = app.stored(recorded["reference"].as_str().unwrap()).await;
    assert!(stored.acknowledged_at.is_some());
}

#[tokio::test]
async fn a_retried_intake_records_one_complaint() {
    let app = spawn_app().await;
    let reception = app
        .staff("accueil@cjef.example", "Léa Accueil", &[Role::Reception])
        .await;
    let body = phone_intake("2026-11-27T14:30", "");
    let first = app
        .intake(&reception, &body, "intake-retry-1")
        .await
        .expect(201);
    let second = app
        .intake(&reception, &body, "intake-retry-1")
        .await
        .expect(200);
    assert_eq!(first["reference"], second["reference"]);
    assert_eq!(second["access_code"], Value::Null, "the code is shown once");
    assert_eq!(app.complaint_count(2026).await, 1);
}

#[tokio::test]
async fn a_wrong_intake_gets_a_french_message_per_field_and_stores_nothing() {
    let app = spawn_app().await;
    let reception = app
        .staff("accueil@cjef.example", "Léa Accueil", &[Role::Reception])
        .await;
    let mut body = phone_intake("2026-11-28T10:00", "pas-une-adresse");
    body["channel"] = json!("pigeon");
    body["description"] = json!("   ");
    let refused = app
        .intake(&reception, &body, "intake-wrong-1")
        .await
        .expect(422);
    let fields: Vec<&str> = refused["errors"]
        .as_array()
        .unwrap()
        .iter()
        .map(|error| error["field"].as_str().unwrap())
        .collect();
    for field in ["channel", "received_at", "named_staff", "description"] {
        assert!(fields.contains(&field), "{field} in {fields:?}");
    }
    assert!(refused["errors"]
        .as_array()
        .unwrap()
        .iter()
        .any(|error| error["message"] == "Cette date est dans le futur."));
    assert_eq!(app.complaint_count(2026).await, 0);

    let unreadable = app
        .client
        .post(format!("{}/api/staff/complaints", app.address))
        .bearer_auth(&reception.token)
        .header("content-type", "application/json")
        .body("{pas du json")
        .send()
        .await
        .unwrap();
    assert_eq!(unreadable.status(), 400);
    let problem: Value = unreadable.json().await.unwrap();
    assert_eq!(problem["title"], "Requête illisible");
}

const PAYLOADS: &str =
    "<script>window.__xss=1</script><img src=x onerror=\"window.__xss=1\">\"><svg onload=alert(1)>";

#[tokio::test]
async fn markup_in_a_complaint_stays_plain_text_in_every_staff_answer_and_letter() {
    let app = spawn_app().await;
    let director = app
        .staff(
            "andreane.m@cjefrontenac.com",
            "Andréane Morin",
            &[Role::Direction],
        )
        .await;
    let mut complaint = plaintes_tests::valid_json();
    complaint["description"] = json!(format!("Bonjour {PAYLOADS}"));
    complaint["desired_outcome"] = json!(PAYLOADS);
    let reference = app.public_complaint(&complaint).await;
    let file = app
        .staff_get(&format!("/complaints/{reference}"), &director)
        .await
        .expect(200);
    assert_eq!(file["description"], format!("Bonjour {PAYLOADS}"));
    assert_eq!(file["desired_outcome"], PAYLOADS);

    let analysed = app
        .staff_put(
            &format!("/complaints/{reference}/analysis"),
            &director,
            json!({"version": file["version"], "facts": PAYLOADS, "root_cause": PAYLOADS, "notes": PAYLOADS}),
        )
        .await
        .expect(200);
    assert_eq!(analysed["analysis"]["facts"], PAYLOADS);
    let preview = app
        .staff_post(
            &format!("/complaints/{reference}/response/preview"),
            &director,
            json!({"body": PAYLOADS}),
        )
        .await
        .expect(200);
    let html = preview["html"].as_str().unwrap();
    for raw in ["<script", "<img", "<svg", "onerror=\""] {
        assert!(!html.contains(raw), "{raw} is left as markup in the letter");
    }
    assert!(html.contains("&#60;script&#62;window.__xss=1"), "{html}");
}

#[tokio::test]
async fn the_consent_given_on_the_phone_is_recorded_with_who_asked_and_when() {
    let app = spawn_app().await;
    let reception = app
        .staff("accueil@cjef.example", "Léa Accueil", &[Role::Reception])
        .await;
    let director = app
        .staff(
            "andreane.m@cjefrontenac.com",
            "Andréane Morin",
            &[Role::Direction],
        )
        .await;
    let recorded = app
        .intake(
            &reception,
            &phone_intake("2026-11-27T14:30", ""),
            "intake-consent-1",
        )
        .await
        .expect(201);
    let file = app
        .staff_get(
            &format!("/complaints/{}", recorded["reference"].as_str().unwrap()),
            &director,
        )
        .await
        .expect(200);
    assert_eq!(file["consent"]["given"], true);
    assert_eq!(
        file["consent"]["label"],
        "Accord donné au téléphone, noté par Léa Accueil, le 27\u{a0}novembre 2026 à 14\u{a0}h\u{a0}30."
    );
}

#[tokio::test]
async fn a_person_who_refuses_consent_still_has_the_complaint_recorded_without_personal_information(
) {
    let app = spawn_app().await;
    let reception = app
        .staff("accueil@cjef.example", "Léa Accueil", &[Role::Reception])
        .await;
    let director = app
        .staff(
            "andreane.m@cjefrontenac.com",
            "Andréane Morin",
            &[Role::Direction],
        )
        .await;
    // With a name and a phone still typed: each is refused with its reason.
    let mut body = phone_intake("2026-11-27T14:30", "");
    body["consent"] = json!(false);
    body["consent_refused"] = json!(true);
    let refused = app
        .intake(&reception, &body, "intake-refusal-1")
        .await
        .expect(422);
    let fields: Vec<&str> = refused["errors"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["field"].as_str().unwrap())
        .collect();
    assert_eq!(fields, ["name", "phone"], "{refused}");
    assert!(refused.to_string().contains("refuse"));
    assert_eq!(app.complaint_count(2026).await, 0);

    body["name"] = json!("");
    body["phone"] = json!("");
    let recorded = app
        .intake(&reception, &body, "intake-refusal-2")
        .await
        .expect(201);
    let reference = recorded["reference"].as_str().unwrap();
    assert!(recorded["access_code"].is_string(), "the code is passed on");
    let stored = app.stored(reference).await;
    assert!(stored.complainant.name().is_none() && stored.postal_address.is_none());
    let file = app
        .staff_get(&format!("/complaints/{reference}"), &director)
        .await
        .expect(200);
    assert_eq!(file["consent"]["given"], false);
    assert!(file["consent"]["label"]
        .as_str()
        .unwrap()
        .starts_with("Refus exprimé au téléphone, noté par Léa Accueil"));
    assert_eq!(file["response_means"], json!(["file"]));

    // Both boxes at once is a contradiction.
    body["consent"] = json!(true);
    let both = app
        .intake(&reception, &body, "intake-refusal-3")
        .await
        .expect(422);
    assert_eq!(both["errors"][0]["field"], "consent");
    let _: Value = both;
}

/// Posts a form of the intake page with the session's cookie.
async fn intake_form(
    app: &plaintes_tests::TestApp,
    cookie: &str,
    fields: &[(&str, &str)],
) -> reqwest::Response {
    plaintes_tests::pages::post_page(app, "/admin/nouvelle/", cookie, fields).await
}

#[tokio::test]
async fn the_intake_page_records_a_complaint_and_helps_a_caller_without_a_script() {
    use plaintes_tests::pages::{assert_labelled_page, hidden_value, page_text, signed_in};
    use reqwest::header::LOCATION;
    let app = spawn_app().await;
    app.staff("accueil@cjef.example", "Léa Accueil", &[Role::Reception])
        .await;
    let cookie = signed_in(&app, "accueil@cjef.example").await;
    let html = page_text(&app, cookie.clone(), "/admin/nouvelle/".into()).await;
    let token = hidden_value(&html, "jeton");
    let key = hidden_value(&html, "cle");
    assert_eq!(key.len(), 32);
    let now = app
        .clock_now()
        .with_timezone(&plaintes_core::calendar::ZONE)
        .format("%Y-%m-%dT%H:%M")
        .to_string();
    assert!(html.contains(&format!("name=\"received_at\" value=\"{now}\"")));
    assert!(html.contains("id=\"formulaire-accuse\""));
    assert!(
        !html.contains("<li><a href=\"/admin/\""),
        "reception reads no list"
    );
    assert_labelled_page("nouvelle", &html);

    // Sent empty: nothing recorded, each error beside its field, in the
    // page's order, the same key kept for the next try.
    let answer = intake_form(
        &app,
        &cookie,
        &[("jeton", &token), ("formulaire", "plainte"), ("cle", &key)],
    )
    .await;
    assert_eq!(answer.status(), 422);
    let html = answer.text().await.unwrap();
    assert!(html.contains("<title>Erreur\u{a0}: Nouvelle plainte"));
    assert!(html.contains("La plainte n’a pas été enregistrée. Corrigez ces points\u{a0}:"));
    let channel = html
        .find("<li><a href=\"#channel-telephone\">")
        .expect("the channel");
    let description = html
        .find("<li><a href=\"#description\">")
        .expect("the description");
    assert!(channel < description, "the summary follows the page");
    assert!(html.contains(
        "aria-invalid=\"true\" aria-describedby=\"description-aide description-erreur\""
    ));
    assert_eq!(hidden_value(&html, "cle"), key);
    assert_labelled_page("nouvelle avec erreurs", &html);
    assert_eq!(app.complaint_count(2026).await, 0);

    // Complete: the receipt, with the code shown once.
    let complaint = [
        ("jeton", token.as_str()),
        ("formulaire", "plainte"),
        ("cle", key.as_str()),
        ("channel", "telephone"),
        ("received_at", "2026-11-27T14:30"),
        ("name", "Gilles <b>Pelletier</b>"),
        ("phone", "418 555-0199"),
        ("category", "delais"),
        ("description", "Il attend un rappel depuis deux semaines."),
        ("consent", "true"),
    ];
    let answer = intake_form(&app, &cookie, &complaint).await;
    assert_eq!(answer.status(), 201);
    let html = answer.text().await.unwrap();
    let at = html.find("id=\"resultat-reference\">").unwrap() + "id=\"resultat-reference\">".len();
    let reference = html[at..at + 11].to_owned();
    assert!(reference.starts_with("P-2026-"), "{reference}");
    assert!(html.contains("id=\"resultat-code\">"));
    assert!(html.contains("il ne sera plus jamais affiché"));
    assert!(html.contains(&format!("name=\"reference\" autocomplete=\"off\" spellcheck=\"false\" autocapitalize=\"characters\" value=\"{reference}\"")));
    assert!(
        !html.contains("Pelletier"),
        "the receipt shows nothing of the person"
    );
    // Sent again (a reload): the same complaint, no code.
    let answer = intake_form(&app, &cookie, &complaint).await;
    assert_eq!(answer.status(), 200);
    let html = answer.text().await.unwrap();
    assert!(html.contains("Cette plainte avait déjà été enregistrée"));
    assert!(!html.contains("id=\"resultat-code\""));
    assert_eq!(app.complaint_count(2026).await, 1);

    // Its acknowledgement, given on the phone.
    let answer = intake_form(
        &app,
        &cookie,
        &[
            ("jeton", &token),
            ("formulaire", "accuse"),
            ("reference", "p-2026-9"),
            ("means", "telephone"),
            ("at", &now),
        ],
    )
    .await;
    assert_eq!(answer.status(), 422);
    let html = answer.text().await.unwrap();
    assert!(html.contains("<p class=\"erreur\" id=\"accuse-reference-erreur\">"));
    assert!(html.contains("value=\"p-2026-9\""), "what was typed stays");
    let answer = intake_form(
        &app,
        &cookie,
        &[
            ("jeton", &token),
            ("formulaire", "accuse"),
            ("reference", &reference.to_lowercase()),
            ("means", "telephone"),
            ("at", &now),
        ],
    )
    .await;
    assert_eq!(answer.status(), 303);
    let location = answer.headers()[LOCATION].to_str().unwrap().to_owned();
    let html = page_text(&app, cookie.clone(), location).await;
    assert!(html.contains(&format!(
        "L’accusé de réception de la plainte {reference} est consigné."
    )));
    assert!(app.stored(&reference).await.acknowledged_at.is_some());

    // A caller: a new code read now, then a withdrawal, confirmed.
    let answer = intake_form(
        &app,
        &cookie,
        &[
            ("jeton", &token),
            ("formulaire", "aide"),
            ("reference", &reference),
            ("delivery", "read"),
            ("aide", "code"),
        ],
    )
    .await;
    assert_eq!(answer.status(), 200);
    let html = answer.text().await.unwrap();
    assert!(html.contains(&format!(
        "Nouveau code d’accès de la plainte {reference}, à lui lire maintenant"
    )));
    let answer = intake_form(
        &app,
        &cookie,
        &[
            ("jeton", &token),
            ("formulaire", "aide"),
            ("reference", &reference),
            ("aide", "retrait"),
        ],
    )
    .await;
    assert_eq!(answer.status(), 422);
    assert!(answer
        .text()
        .await
        .unwrap()
        .contains("id=\"aide-confirmation-erreur\""));
    let answer = intake_form(
        &app,
        &cookie,
        &[
            ("jeton", &token),
            ("formulaire", "aide"),
            ("reference", &reference),
            ("confirm", "true"),
            ("aide", "retrait"),
        ],
    )
    .await;
    assert_eq!(answer.status(), 303);
    let location = answer.headers()[LOCATION].to_str().unwrap().to_owned();
    let html = page_text(&app, cookie.clone(), location).await;
    assert!(html.contains(&format!(
        "La plainte {reference} est retirée, à la demande de la personne."
    )));
    // Without the session's token: nothing recorded, the form given back
    // filled on the page.
    let count = app.complaint_count(2026).await;
    let answer = intake_form(&app, &cookie, &complaint[1..]).await;
    assert_eq!(answer.status(), 303);
    assert_eq!(answer.headers()[LOCATION], "/admin/nouvelle/");
    assert_eq!(app.complaint_count(2026).await, count);
    let html = page_text(&app, cookie.clone(), "/admin/nouvelle/".into()).await;
    assert!(html.contains("ouverte avant votre dernière connexion"));
    assert!(html.contains("Il attend un rappel depuis deux semaines."));
    assert!(
        html.contains("value=\"Gilles &#60;b&#62;Pelletier&#60;/b&#62;\""),
        "the name given back, escaped"
    );
}

#[tokio::test]
async fn a_manager_records_on_this_page_only_a_complaint_settled_on_the_spot() {
    use plaintes_tests::pages::{hidden_value, page_text, signed_in};
    let app = spawn_app().await;
    app.staff("karim@cjef.example", "Karim Tremblay", &[Role::Handler])
        .await;
    let cookie = signed_in(&app, "karim@cjef.example").await;
    let html = page_text(&app, cookie.clone(), "/admin/nouvelle/".into()).await;
    assert!(html.contains("<input type=\"hidden\" name=\"settled\" value=\"true\">"));
    assert!(html.contains("name=\"settled\" value=\"true\" checked disabled>"));
    assert!(
        !html.contains("id=\"formulaire-accuse\""),
        "a manager helps from the file"
    );
    let token = hidden_value(&html, "jeton");
    let key = hidden_value(&html, "cle");
    let answer = intake_form(
        &app,
        &cookie,
        &[
            ("jeton", &token),
            ("formulaire", "plainte"),
            ("cle", &key),
            ("settled", "true"),
            ("channel", "in_person"),
            ("received_at", "2026-11-27T14:30"),
            ("anonymous", "true"),
            ("category", "delais"),
            ("description", "Son rendez-vous avait été oublié."),
            ("confirmation_means", "file"),
        ],
    )
    .await;
    assert_eq!(answer.status(), 422);
    let html = answer.text().await.unwrap();
    assert!(html.contains("id=\"settled_said-erreur\""));
    assert!(html.contains("id=\"settled_done-erreur\""));
    assert!(html.contains("Son rendez-vous avait été oublié.</textarea>"));
}
