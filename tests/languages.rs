//! The public journey in the person's language, over HTTP: a complaint sent
//! from the Spanish form gets its pages in Spanish and its acknowledgement
//! in Spanish then French; its language is kept, staff see it named in
//! French, and the reports count it.

use mail_parser::MessageParser;
use plaintes_tests::{spawn_app, valid_form, valid_json};
use serde_json::Value;

const REFERENCE: &str = "P-2026-0001";

fn spanish_form() -> Vec<(&'static str, &'static str)> {
    let mut form = valid_form();
    form.push(("language", "es"));
    form
}

#[tokio::test]
async fn a_complaint_sent_in_spanish_is_answered_in_spanish_then_french() {
    let app = spawn_app().await;
    let answer = app.post_form(&spanish_form()).await;
    assert_eq!(answer.status(), 201);
    let page = answer.text().await.unwrap();
    assert!(page.contains("<html lang=\"es\" dir=\"ltr\">"), "{page}");
    assert!(page.contains("Recibimos su queja"), "{page}");
    assert!(!page.contains("Nous avons bien reçu votre plainte"));
    // Its dates in Spanish.
    assert!(page.contains("de noviembre de 2026"), "{page}");

    let outbox = app.outbox();
    assert_eq!(outbox.len(), 1);
    let mail = MessageParser::default().parse(&outbox[0]).unwrap();
    let subject = mail.subject().unwrap();
    assert_eq!(
        subject,
        format!("Recibimos su queja {REFERENCE} / Nous avons bien reçu votre plainte {REFERENCE}")
    );
    let text = mail.body_text(0).unwrap();
    let html = mail.body_html(0).unwrap();
    for part in [&text, &html] {
        let spanish = part.find("Recibimos su queja").expect("the Spanish text");
        let french = part
            .find("Nous avons bien reçu votre plainte")
            .expect("the French text");
        assert!(spanish < french, "Spanish first: {part}");
        assert!(
            part.contains("/es/suivi/#reference="),
            "a link to the Spanish pages"
        );
        assert!(part.contains("/suivi/#reference="));
        assert!(part.contains("diciembre de 2026"), "{part}");
        assert!(part.contains("décembre 2026"), "{part}");
    }
    assert!(html.contains("<div lang=\"es\" dir=\"ltr\">"), "{html}");
    assert!(html.contains("<div lang=\"fr-CA\" dir=\"ltr\">"), "{html}");
    assert!(text.contains("Version française ci-dessous") || text.contains("francés"));

    let stored = app.stored(REFERENCE).await;
    assert_eq!(stored.language, "es");
}

#[tokio::test]
async fn staff_see_the_language_in_french_in_the_list_the_file_and_the_reports() {
    let app = spawn_app().await;
    let director = app.director().await;
    assert_eq!(app.post_form(&spanish_form()).await.status(), 201);
    let mut french = valid_json();
    french["email"] = "marc@example.com".into();
    french["description"] = "Une autre plainte, en français.".into();
    app.public_complaint(&french).await;

    let list = app.staff_get("/complaints", &director).await.expect(200);
    let rows = list["complaints"].as_array().expect("rows");
    let spanish = rows
        .iter()
        .find(|row| row["reference"] == REFERENCE)
        .expect("the Spanish complaint");
    assert_eq!(spanish["language"], "es");
    assert_eq!(spanish["language_label"], "espagnol");
    assert!(rows.iter().any(|row| row["language_label"] == "français"));

    let file = app
        .staff_get(&format!("/complaints/{REFERENCE}"), &director)
        .await
        .expect(200);
    assert_eq!(file["language_label"], "espagnol");

    use chrono::Datelike;
    let today = app
        .clock_now()
        .with_timezone(&plaintes_core::calendar::ZONE)
        .date_naive();
    let period = plaintes_core::reports::Period::year(today.year()).unwrap();
    let report =
        plaintes_http::reports::ReportView::compute(&app.services, &director.member, &period)
            .await
            .unwrap_or_else(|_| panic!("the report is computed"));
    let by_language: Vec<(String, usize)> = report
        .current
        .by_language
        .iter()
        .map(|line| (line.label.clone(), line.count))
        .collect();
    assert!(
        by_language.contains(&("espagnol".to_owned(), 1)),
        "{by_language:?}"
    );
    assert!(
        by_language.contains(&("français".to_owned(), 1)),
        "{by_language:?}"
    );
}

#[tokio::test]
async fn a_language_not_offered_is_french_and_the_json_api_takes_a_language() {
    let app = spawn_app().await;
    let mut body = valid_json();
    body["language"] = "ar".into();
    let receipt: Value = app.post_json(&body).await.json().await.unwrap();
    let reference = receipt["reference"].as_str().unwrap().to_owned();
    assert_eq!(app.stored(&reference).await.language, "ar");
    let outbox = app.outbox();
    let mail = MessageParser::default().parse(&outbox[0]).unwrap();
    let html = mail.body_html(0).unwrap();
    assert!(html.contains("<html lang=\"ar\" dir=\"rtl\">"), "{html}");
    assert!(html.contains("<div lang=\"ar\" dir=\"rtl\">"), "{html}");

    let mut unknown = valid_form();
    unknown.push(("language", "xx"));
    unknown[1] = ("email", "autre@example.com");
    let page = app.post_form(&unknown).await.text().await.unwrap();
    assert!(page.contains("<html lang=\"fr-CA\" dir=\"ltr\">"));
    let stored: Vec<_> = app.outbox();
    assert_eq!(stored.len(), 2);
    let second = MessageParser::default().parse(&stored[1]).unwrap();
    assert_eq!(
        second.subject().unwrap(),
        "Nous avons bien reçu votre plainte P-2026-0002"
    );
}

#[tokio::test]
async fn a_spanish_form_to_correct_comes_back_in_spanish_with_each_error_beside_its_field() {
    let app = spawn_app().await;
    let answer = app
        .post_form(&[
            ("language", "es"),
            ("name", ""),
            ("email", "pas-une-adresse"),
            ("category", ""),
            ("description", ""),
            ("address_postal_code", "123"),
            ("address_street", "12, rue Notre-Dame"),
            ("address_city", "Thetford Mines"),
        ])
        .await;
    assert_eq!(answer.status(), 422);
    let page = answer.text().await.unwrap();
    assert!(page.contains("<html lang=\"es\" dir=\"ltr\">"), "{page}");
    let organisation = plaintes_tests::organisation();
    let spanish = organisation.words.get("es");
    for (field, key) in [
        ("name", "error-name-missing"),
        ("email", "error-email-invalid"),
        ("category", "error-category-missing"),
        ("description", "error-description-missing"),
        ("consent", "error-consent-missing"),
        ("address_postal_code", "error-postal-code-invalid"),
    ] {
        let message = askama::filters::escape(spanish.t(key), askama::filters::Html)
            .unwrap()
            .to_string();
        assert!(
            page.contains(&format!("id=\"{field}-erreur\"")) && page.contains(&message),
            "{field}: {message}"
        );
    }
    assert_eq!(app.complaint_count(2026).await, 0);
}

#[tokio::test]
async fn the_file_opened_from_the_spanish_pages_says_in_spanish_what_to_correct() {
    let app = spawn_app().await;
    let receipt: Value = app
        .post_json(&{
            let mut body = valid_json();
            body["language"] = "es".into();
            body
        })
        .await
        .json()
        .await
        .unwrap();
    let code = receipt["access_code"].as_str().unwrap().to_owned();
    let answer = app
        .client
        .post(format!("{}/api/suivi/information", app.address))
        .form(&[
            ("reference", REFERENCE),
            ("code", code.as_str()),
            ("text", "   "),
            ("language", "es"),
        ])
        .send()
        .await
        .unwrap();
    assert_eq!(answer.status(), 422);
    let page = answer.text().await.unwrap();
    assert!(page.contains("<html lang=\"es\" dir=\"ltr\">"), "{page}");
    let organisation = plaintes_tests::organisation();
    let spanish = organisation.words.get("es");
    let message =
        askama::filters::escape(spanish.t("error-addition-missing"), askama::filters::Html)
            .unwrap()
            .to_string();
    assert!(page.contains(&message), "{page}");
    // The file itself in Spanish: its status, its history.
    assert!(page.contains(&spanish.t("status-acknowledged")), "{page}");

    // A wrong code is refused in Spanish, on the Spanish access form.
    let refused = app
        .client
        .post(format!("{}/api/suivi", app.address))
        .form(&[
            ("reference", REFERENCE),
            ("code", "AAAA-BBBB"),
            ("language", "es"),
        ])
        .send()
        .await
        .unwrap();
    assert_eq!(refused.status(), 403);
    let page = refused.text().await.unwrap();
    assert!(page.contains(&spanish.t("client-refused")), "{page}");
    assert!(page.contains("name=\"language\" value=\"es\""));
}
