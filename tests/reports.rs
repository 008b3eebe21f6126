//! The director's reports over HTTP, on a seeded history whose figures were
//! counted by hand: October 2026 (Thanksgiving on Monday the 12th) and the
//! edges of the month in Quebec time.

use plaintes_core::access::Role;
use plaintes_tests::staff::Signed;
use plaintes_tests::{at, spawn_app, valid_json, TestApp};
use serde_json::{json, Value};

/// A complaint made on the site at `when` (Quebec time); its reference.
async fn received(app: &TestApp, when: &str, category: &str, email: bool) -> String {
    app.clock.set(at(when));
    let mut body = valid_json();
    body["category"] = json!(category);
    if !email {
        body["email"] = json!("");
    }
    app.public_complaint(&body).await
}

/// The director analyses, decides and answers `reference` at `when`.
async fn answered(app: &TestApp, director: &Signed, reference: &str, when: &str, cause: &str) {
    app.clock.set(at(when));
    let file = format!("/complaints/{reference}");
    let read = app.staff_get(&file, director).await.expect(200);
    let step = app
        .staff_put(
            &format!("{file}/analysis"),
            director,
            json!({"version": read["version"], "facts": "Faits.", "root_cause": "Cause.", "notes": "", "cause": cause}),
        )
        .await
        .expect(200);
    let step = app
        .staff_put(
            &format!("{file}/decision"),
            director,
            json!({"version": step["version"], "kinds": ["excuses"], "text": "Des excuses."}),
        )
        .await
        .expect(200);
    app.staff_post(
        &format!("{file}/response"),
        director,
        json!({
            "version": step["version"], "body": "Nos excuses.", "means": "post",
            "address_street": "12, rue Notre-Dame Est", "address_city": "Thetford Mines",
            "address_postal_code": "G6G 1A1",
        }),
    )
    .await
    .expect(200);
}

async fn report(app: &TestApp, who: &Signed, from: &str, to: &str) -> Value {
    app.staff_get(&format!("/reports?from={from}&to={to}"), who)
        .await
        .expect(200)
}

#[tokio::test]
async fn the_figures_of_a_seeded_october_equal_those_counted_by_hand() {
    let app = spawn_app().await;
    let director = app
        .staff(
            "andreane.m@cjefrontenac.com",
            "Andréane Morin",
            &[Role::Direction],
        )
        .await;
    // Thursday 1 October 9:00, with e-mail: acknowledged at once; answered
    // Monday 19 October, the 11th business day (Thanksgiving not counted): late.
    let late = received(&app, "2026-10-01T09:00:00-04:00", "delais", true).await;
    // Friday 9 October 15:00: answered Tuesday 20 October, the 6th business day.
    let on_time = received(&app, "2026-10-09T15:00:00-04:00", "delais", true).await;
    // Saturday 31 October 23:30 in Quebec (already 1 November in UTC), without
    // e-mail: acknowledged by the confirmation page; still open.
    let edge = received(
        &app,
        "2026-10-31T23:30:00-04:00",
        "attitude_du_personnel",
        false,
    )
    .await;
    // Sunday 1 November 0:10: November's.
    received(&app, "2026-11-01T00:10:00-04:00", "autre", true).await;
    answered(
        &app,
        &director,
        &late,
        "2026-10-19T09:00:00-04:00",
        "procedure",
    )
    .await;
    answered(
        &app,
        &director,
        &on_time,
        "2026-10-20T10:00:00-04:00",
        "procedure",
    )
    .await;

    app.clock.set(at("2026-11-20T12:00:00-05:00"));
    let figures = report(&app, &director, "2026-10-01", "2026-10-31").await;
    let current = &figures["current"];
    assert_eq!(current["received"], 3);
    assert_eq!(
        current["by_category"],
        json!([
            {"code": "delais", "label": "Les délais", "count": 2},
            {"code": "attitude_du_personnel", "label": "L’attitude du personnel", "count": 1},
        ])
    );
    assert_eq!(
        current["by_channel"][0],
        json!({"code": "web", "label": "Site web", "count": 3})
    );
    assert_eq!(
        current["acknowledged"],
        json!({"kept": 3, "measured": 3, "percent": 100.0})
    );
    // The edge one's response was due Friday 13 November: late now.
    assert_eq!(current["answered"]["kept"], 1);
    assert_eq!(current["answered"]["measured"], 3);
    assert_eq!(current["median_days_to_response"], 6);
    assert_eq!(current["p90_days_to_response"], 11);
    assert_eq!(
        current["decisions"],
        json!([{"code": "excuses", "label": "Excuses", "count": 2}])
    );
    assert_eq!(
        current["root_causes"],
        json!([{"code": "procedure", "label": "Procédure ou règle interne", "count": 2}])
    );
    assert_eq!(current["open_now"], 3);
    // The edge one's response is late; the two answered ones are late for
    // their follow-up (due 2 and 3 November).
    assert_eq!(
        current["overdue_now"], 3,
        "{edge} and both follow-ups are late"
    );
    assert_eq!(
        current["months"],
        json!([{
            "label": "oct. 2026", "received": 3,
            "acknowledged_percent": 100.0, "answered_percent": 100.0 / 3.0,
        }])
    );
    assert_eq!(figures["previous"]["from"], "2025-10-01");
    assert_eq!(figures["last_year"]["received"], 0);
    for chart in ["volumes", "compliance"] {
        let svg = figures["charts"][chart].as_str().unwrap();
        assert!(svg.starts_with("<svg") && svg.contains("role=\"img\"") && svg.contains("<title"));
        assert!(!svg.contains("<script"));
    }
    assert!(figures["charts"]["volumes"]
        .as_str()
        .unwrap()
        .contains("oct. 2026\u{a0}: 3"));

    let november = report(&app, &director, "2026-11-01", "2026-11-30").await;
    assert_eq!(november["current"]["received"], 1);
}

#[tokio::test]
async fn the_csv_opens_in_a_french_spreadsheet_and_holds_no_personal_information() {
    let app = spawn_app().await;
    let director = app
        .staff(
            "andreane.m@cjefrontenac.com",
            "Andréane Morin",
            &[Role::Direction],
        )
        .await;
    let reference = received(&app, "2026-10-09T15:00:00-04:00", "delais", true).await;
    answered(
        &app,
        &director,
        &reference,
        "2026-10-20T10:00:00-04:00",
        "formation",
    )
    .await;
    let response = app
        .client
        .get(format!(
            "{}/api/staff/reports.csv?from=2026-10-01&to=2026-10-31",
            app.address
        ))
        .bearer_auth(&director.token)
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), 200);
    assert!(response.headers()["content-type"]
        .to_str()
        .unwrap()
        .starts_with("text/csv"));
    let bytes = response.bytes().await.unwrap();
    assert!(bytes.starts_with(&[0xEF, 0xBB, 0xBF]), "UTF-8 with BOM");
    let text = String::from_utf8(bytes[3..].to_vec()).unwrap();
    let mut reader = csv::ReaderBuilder::new()
        .delimiter(b';')
        .from_reader(text.as_bytes());
    let headers = reader.headers().unwrap().clone();
    assert_eq!(&headers[0], "Référence");
    let rows: Vec<csv::StringRecord> = reader.records().map(Result::unwrap).collect();
    assert_eq!(rows.len(), 1);
    let row = &rows[0];
    assert_eq!(&row[0], reference.as_str());
    assert_eq!(&row[1], "2026-10-09");
    assert_eq!(&row[9], "6", "business days to the response");
    assert_eq!(&row[12], "Formation ou compétence");
    for personal in [
        "Amina",
        "amina@example.com",
        "418 555",
        "sèchement",
        "Nos excuses",
        "Faits.",
    ] {
        assert!(!text.contains(personal), "{personal} in the CSV");
    }
}

#[tokio::test]
async fn only_the_director_reads_the_reports() {
    let app = spawn_app().await;
    let manager = app
        .staff("karim@cjef.example", "Karim Tremblay", &[Role::Handler])
        .await;
    let reception = app
        .staff("accueil@cjef.example", "Léa Accueil", &[Role::Reception])
        .await;
    for who in [&manager, &reception] {
        app.staff_get("/reports?from=2026-10-01&to=2026-10-31", who)
            .await
            .expect(403);
        app.staff_get("/reports.csv?from=2026-10-01&to=2026-10-31", who)
            .await
            .expect(403);
    }
    let director = app
        .staff(
            "andreane.m@cjefrontenac.com",
            "Andréane Morin",
            &[Role::Direction],
        )
        .await;
    let wrong = app
        .staff_get("/reports?from=2026-10-31&to=2026-10-01", &director)
        .await
        .expect(422);
    assert_eq!(wrong["errors"][0]["field"], "to");
    app.staff_request(
        reqwest::Method::GET,
        "/reports?from=2026-10-01&to=2026-10-31",
        None,
        None,
    )
    .await
    .expect(401);
}

#[tokio::test]
async fn the_reports_pages_are_the_servers_with_the_period_in_the_address() {
    use plaintes_tests::pages::{assert_labelled_page, browser, signed_in};
    use reqwest::header::COOKIE;
    let app = plaintes_tests::spawn_app().await;
    app.staff(
        "julie@cje.example",
        "Julie Tremblay",
        &[plaintes_core::access::Role::Direction],
    )
    .await;
    app.staff(
        "karim@cjef.example",
        "Karim Tremblay",
        &[plaintes_core::access::Role::Handler],
    )
    .await;
    app.public_complaint(&plaintes_tests::valid_json()).await;
    let director = signed_in(&app, "julie@cje.example").await;
    let get = |cookie: String, path: &'static str| {
        let address = app.address.clone();
        async move {
            let answer = browser()
                .get(format!("{address}{path}"))
                .header(COOKIE, cookie)
                .send()
                .await
                .unwrap();
            (answer.status().as_u16(), answer.text().await.unwrap())
        }
    };

    // The test clock's month: November 2026, one complaint.
    let (status, html) = get(
        director.clone(),
        "/admin/rapports/?periode=mois&mois=11&annee=2026",
    )
    .await;
    assert_eq!(status, 200);
    assert!(
        html.contains("Rapport affiché\u{a0}: du 1er\u{a0}novembre 2026 au 30\u{a0}novembre 2026.")
    );
    assert!(html.contains("data-chiffre=\"received\" data-periode=\"current\">1</td>"));
    assert!(html.contains("href=\"/api/staff/reports.csv?from=2026-11-01&#38;to=2026-11-30\""));
    assert!(html.contains("<option value=\"11\" selected>novembre</option>"));
    assert_labelled_page("rapport du mois", &html);
    // Its CSV with the same cookie: a header and the one complaint.
    let (status, csv) = get(
        director.clone(),
        "/api/staff/reports.csv?from=2026-11-01&to=2026-11-30",
    )
    .await;
    assert_eq!(status, 200);
    assert_eq!(csv.trim_start_matches('\u{feff}').lines().count(), 2);

    // Two days the wrong way round: refused beside the field, no report.
    let (status, html) = get(
        director.clone(),
        "/admin/rapports/?periode=choisie&du=2026-11-30&au=2026-11-01",
    )
    .await;
    assert_eq!(status, 422);
    assert!(html.contains("<title>Erreur\u{a0}: Rapports"));
    assert!(html.contains("<li><a href=\"#rapport-au\">Le dernier jour doit être"));
    assert!(html.contains("id=\"rapport-au\" name=\"au\" value=\"2026-11-01\" aria-invalid=\"true\" aria-describedby=\"rapport-au-erreur\""));
    assert!(!html.contains("id=\"rapport\""));
    assert_labelled_page("période à corriger", &html);

    // The year's report for the board.
    let (status, html) = get(director.clone(), "/admin/rapports/imprimer/?annee=2026").await;
    assert_eq!(status, 200);
    assert!(html.contains("Rapport annuel 2026 affiché."));
    assert_eq!(
        html.matches("<tr><th scope=\"row\" data-label=\"Mois\">")
            .count(),
        24
    );
    let (status, html) = get(director, "/admin/rapports/imprimer/?annee=20x6").await;
    assert_eq!(status, 422);
    assert!(html.contains("L’année demandée n’est pas valide."));

    // A manager: refused by the page as by the API.
    let manager = signed_in(&app, "karim@cjef.example").await;
    for path in ["/admin/rapports/", "/admin/rapports/imprimer/?annee=2026"] {
        let (status, html) = get(manager.clone(), path).await;
        assert_eq!(status, 403, "{path}");
        assert!(html
            .contains("Les rapports sont réservés à la direction et au conseil d’administration."));
        assert!(!html.contains("id=\"periode\""));
    }
}
