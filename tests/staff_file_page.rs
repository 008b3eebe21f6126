//! A complaint's file page without a script: rendered by the staff router
//! with a form for each step the person may take now, each posted to the
//! page (post, redirect, get), refused with its errors beside the fields
//! and the values kept, and kept while the person signs in again.

use chrono::Duration;
use plaintes_core::access::Role;
use plaintes_tests::pages::{
    assert_labelled_page, assert_strict_page, browser, hidden_value, page_text, post_page,
    sign_in_again, signed_in,
};
use plaintes_tests::staff::phone_intake;
use plaintes_tests::{spawn_app, valid_json, TestApp};
use reqwest::header::{COOKIE, LOCATION};
use reqwest::StatusCode;
use serde_json::Value;

fn file_path(reference: &str) -> String {
    format!("/admin/plainte/?ref={reference}")
}

/// The page's form token and the version it shows.
fn token_and_version(html: &str) -> (String, String) {
    (hidden_value(html, "jeton"), hidden_value(html, "version"))
}

/// Posts one step from the file page: the form's token, step and version
/// (`read`, as the page gave them), then its own fields.
async fn step(
    app: &TestApp,
    reference: &str,
    cookie: &str,
    (token, version): (&str, &str),
    name: &str,
    fields: &[(&str, &str)],
) -> reqwest::Response {
    let mut sent = vec![("jeton", token), ("etape", name), ("version", version)];
    sent.extend_from_slice(fields);
    post_page(app, &file_path(reference), cookie, &sent).await
}

/// Follows a redirect after a step: the page it leads to.
async fn followed(app: &TestApp, cookie: &str, answer: reqwest::Response) -> String {
    assert_eq!(answer.status(), StatusCode::SEE_OTHER);
    let location = answer.headers()[LOCATION].to_str().unwrap().to_owned();
    page_text(app, cookie.to_owned(), location).await
}

#[tokio::test]
async fn the_file_page_shows_a_form_for_each_step_allowed_and_no_other() {
    let app = spawn_app().await;
    let director = app
        .staff("julie@cje.example", "Julie Tremblay", &[Role::Direction])
        .await;
    let reference = app.public_complaint(&valid_json()).await;
    let cookie = signed_in(&app, &director.member.email).await;
    let file = app
        .staff_get(&format!("/complaints/{reference}"), &director)
        .await
        .expect(200);
    let allowed: Vec<&str> = file["allowed"]
        .as_array()
        .unwrap()
        .iter()
        .filter_map(Value::as_str)
        .collect();
    let html = page_text(&app, cookie, file_path(&reference)).await;
    assert!(html.contains("id=\"dossier\""));
    assert!(html.contains(&format!(
        "<dd id=\"champ-statut\">{}</dd>",
        file["status_label"].as_str().unwrap()
    )));
    for (form, right) in [
        ("acknowledge", "acknowledge"),
        ("assign", "assign"),
        ("record_naming", "record_naming"),
        ("analyse", "analyse"),
        ("decide", "decide"),
        ("respond", "respond"),
        ("extend", "extend"),
        ("follow_up", "follow_up"),
        ("adjust", "adjust"),
        ("add_measure", "manage_measures"),
        ("issue_code", "help_client"),
        ("withdraw_for_client", "help_client"),
        ("close", "close"),
        ("reopen", "reopen"),
    ] {
        assert_eq!(
            html.contains(&format!("data-action=\"{form}\" method=\"post\"")),
            allowed.contains(&right),
            "{form}: shown exactly when {right} is allowed ({allowed:?})"
        );
    }
    // The director assigns: those who may take it are in the list.
    assert!(html.contains("<option value=\"\">Choisissez une personne</option>"));
    // Each form carries the session's token and the version read.
    let (token, version) = token_and_version(&html);
    assert_eq!(token.len(), 32);
    assert_eq!(version, file["version"].to_string());
}

#[tokio::test]
async fn each_step_is_a_plain_form_refused_beside_its_fields_and_done_by_redirect() {
    let app = spawn_app().await;
    let director = app
        .staff("julie@cje.example", "Julie Tremblay", &[Role::Direction])
        .await;
    let manager = app
        .staff("karim@cjef.example", "Karim Tremblay", &[Role::Handler])
        .await;
    let reference = app.public_complaint(&valid_json()).await;
    let boss = signed_in(&app, &director.member.email).await;
    let html = page_text(&app, boss.clone(), file_path(&reference)).await;
    let (token, version) = token_and_version(&html);
    let manager_id = manager.member.id.to_string();
    assert!(html.contains(&format!(
        "<option value=\"{manager_id}\">Karim Tremblay</option>"
    )));

    // The director gives it to the manager.
    let answer = step(
        &app,
        &reference,
        &boss,
        (&token, &version),
        "assign",
        &[("handler", &manager_id)],
    )
    .await;
    assert_eq!(
        answer.headers()[LOCATION],
        format!("/admin/plainte/?ref={reference}&fait=assign").as_str()
    );
    let html = followed(&app, &boss, answer).await;
    assert!(html.contains("La plainte est confiée à la personne choisie."));
    assert!(html.contains("<dd id=\"champ-responsable\">Karim Tremblay</dd>"));
    assert!(html.contains("id=\"statut\" role=\"status\" tabindex=\"-1\" autofocus"));

    // The manager sends the analysis without its facts: nothing is saved,
    // the error is beside the field, what was typed stays.
    let cookie = signed_in(&app, &manager.member.email).await;
    let html = page_text(&app, cookie.clone(), file_path(&reference)).await;
    let (token, version) = token_and_version(&html);
    assert!(
        !html.contains("data-action=\"assign\""),
        "a manager does not assign"
    );
    assert_strict_page("dossier (responsable)", &html);
    assert_labelled_page("dossier (responsable)", &html);
    assert!(html.contains("<select id=\"analyse-type\" name=\"cause\""));
    assert!(html.contains("<option value=\"\">Non précisé</option>"));
    assert!(!app.services.organisation.root_causes.is_empty());
    for cause in &app.services.organisation.root_causes {
        assert!(
            html.contains(&format!("<option value=\"{}\">", cause.code)),
            "{}",
            cause.code
        );
    }
    assert!(html
        .contains("Les notes internes ne sont jamais montrées à la personne qui a porté plainte."));
    let answer = step(
        &app,
        &reference,
        &cookie,
        (&token, &version),
        "analyse",
        &[
            ("facts", "  "),
            ("root_cause", "Aucun suivi des rappels <i>promis</i>."),
            ("notes", ""),
            ("cause", ""),
        ],
    )
    .await;
    assert_eq!(answer.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let html = answer.text().await.unwrap();
    assert!(html.contains("<title>Erreur\u{a0}: Plainte"));
    assert!(html.contains("<div class=\"resume-erreurs\" tabindex=\"-1\" autofocus>"));
    assert!(html.contains("<li><a href=\"#analyse-faits\">"));
    assert!(html.contains("<p class=\"erreur\" id=\"analyse-faits-erreur\">"));
    assert!(html.contains(
        "<textarea id=\"analyse-faits\" name=\"facts\" rows=\"5\" aria-invalid=\"true\" aria-describedby=\"analyse-faits-erreur\">"
    ));
    assert!(html.contains("Aucun suivi des rappels &#60;i&#62;promis&#60;/i&#62;.</textarea>"));
    assert!(app.stored(&reference).await.procedure.analysis.is_none());
    assert_labelled_page("analyse à corriger", &html);

    // Sent again with the facts: done, and the page says so.
    let answer = step(
        &app,
        &reference,
        &cookie,
        (&token, &version),
        "analyse",
        &[
            (
                "facts",
                "Le rappel promis n’a pas été fait. <script>alert(1)</script>",
            ),
            ("root_cause", "Aucun suivi des rappels."),
            ("notes", "Voir avec l’accueil."),
            ("cause", ""),
        ],
    )
    .await;
    let html = followed(&app, &cookie, answer).await;
    assert!(html.contains("L’analyse est enregistrée."));
    for kind in [
        "excuses",
        "reparation",
        "compensation",
        "changement_de_pratique",
    ] {
        assert!(
            html.contains(&format!("name=\"kinds\" value=\"{kind}\"")),
            "{kind}"
        );
    }
    assert!(html.contains("n’a pas été fait. &#60;script&#62;alert(1)&#60;/script&#62;"));
    assert!(!html.contains("<script>alert(1)"));
    let (token, fresh_version) = token_and_version(&html);

    // Sent from a page read before someone else's change: refused (409),
    // the change shown, what was typed kept in its form with the version
    // now read, so that sending it again after a look works.
    let answer = step(
        &app,
        &reference,
        &cookie,
        (&token, &version),
        "decide",
        &[
            ("kinds", "excuses"),
            ("text", "Nous vous présentons nos excuses."),
        ],
    )
    .await;
    assert_eq!(answer.status(), StatusCode::CONFLICT);
    let html = answer.text().await.unwrap();
    assert!(html.contains("modifiée par quelqu’un d’autre"));
    assert!(html.contains("Nous vous présentons nos excuses.</textarea>"));
    assert!(html.contains("value=\"excuses\" checked"));
    assert_eq!(hidden_value(&html, "version"), fresh_version);
    let answer = step(
        &app,
        &reference,
        &cookie,
        (&token, &fresh_version),
        "decide",
        &[
            ("kinds", "excuses"),
            ("kinds", "changement_de_pratique"),
            ("text", "Nous vous présentons nos excuses."),
        ],
    )
    .await;
    let html = followed(&app, &cookie, answer).await;
    assert!(html.contains("La décision est enregistrée."));
    assert!(html.contains("value=\"changement_de_pratique\" checked"));
    let (token, version) = token_and_version(&html);

    // The letter's preview: the letter as it would leave, and nothing sent.
    for (name, label) in [
        ("apercu", ">Aperçu de la lettre</button>"),
        ("means", "value=\"email\">Envoyer par courriel</button>"),
        (
            "means",
            "value=\"file\">Déposer au dossier en ligne</button>",
        ),
    ] {
        assert!(html.contains(label), "{name}: {label}");
    }
    let mails = app.outbox().len();
    let answer = step(
        &app,
        &reference,
        &cookie,
        (&token, &version),
        "respond",
        &[
            ("body", "Nous avons examiné votre plainte <b>avec soin</b>."),
            ("apercu", "email"),
        ],
    )
    .await;
    assert_eq!(answer.status(), StatusCode::OK);
    let html = answer.text().await.unwrap();
    let letter = &html[html.find("id=\"lettre\"").expect("the preview")..];
    assert!(letter.contains("examiné votre plainte &#60;b&#62;avec soin&#60;/b&#62;."));
    assert!(html.contains("id=\"apercu-titre\" tabindex=\"-1\" autofocus"));
    assert!(
        html.contains("avec soin&#60;/b&#62;.</textarea>"),
        "the text stays"
    );
    assert!(html.contains(">Imprimer la lettre</button>"));
    assert_strict_page("aperçu", &html);
    assert_labelled_page("aperçu", &html);
    assert!(app.stored(&reference).await.procedure.responses.is_empty());
    assert_eq!(app.outbox().len(), mails);

    // Sent by e-mail.
    let answer = step(
        &app,
        &reference,
        &cookie,
        (&token, &version),
        "respond",
        &[
            ("body", "Nous avons examiné votre plainte avec soin."),
            ("means", "email"),
        ],
    )
    .await;
    let html = followed(&app, &cookie, answer).await;
    assert!(html.contains("La réponse écrite est envoyée par courriel."));
    assert_eq!(app.stored(&reference).await.procedure.responses.len(), 1);
    for satisfaction in ["satisfied", "not_satisfied", "no_answer"] {
        assert!(html.contains(&format!("name=\"satisfaction\" value=\"{satisfaction}\"")));
    }
    let (token, version) = token_and_version(&html);

    // A new code read to the person: shown on this answer only.
    let answer = step(
        &app,
        &reference,
        &cookie,
        (&token, &version),
        "issue_code",
        &[("delivery", "read")],
    )
    .await;
    assert_eq!(answer.status(), StatusCode::OK);
    let html = answer.text().await.unwrap();
    let at = html
        .find("Nouveau code d’accès à lire à la personne maintenant")
        .expect("the code");
    let code: String = html[at..]
        .split("\u{a0}: ")
        .nth(1)
        .unwrap()
        .chars()
        .take_while(|c| c.is_ascii_alphanumeric() || *c == '-')
        .collect();
    assert!(code.len() >= 9 && code.contains('-'), "{code}");
    let again = page_text(&app, cookie.clone(), file_path(&reference)).await;
    assert!(!again.contains(&code), "shown once");

    // With a token not this session's (a page opened before the last
    // sign-in): nothing done, the person brought back to the page with
    // the form filled and told why; from another site: refused.
    let version = hidden_value(&again, "version");
    let reopened = [
        ("jeton", "0".repeat(32)),
        ("etape", "extend".to_owned()),
        ("version", version.clone()),
        ("due_on", "2027-03-01".to_owned()),
        ("reason", "Plus de temps.".to_owned()),
    ];
    let answer = browser()
        .post(format!("{}{}", app.address, file_path(&reference)))
        .header(COOKIE, &cookie)
        .header("Sec-Fetch-Site", "same-origin")
        .form(&reopened)
        .send()
        .await
        .unwrap();
    assert_eq!(answer.status(), StatusCode::SEE_OTHER);
    assert_eq!(answer.headers()["location"], file_path(&reference).as_str());
    assert_eq!(app.stored(&reference).await.version.to_string(), version);
    let given_back = page_text(&app, cookie.clone(), file_path(&reference)).await;
    assert!(given_back.contains("ouverte avant votre dernière connexion"));
    assert!(
        given_back.contains("Plus de temps."),
        "the text is given back"
    );
    assert!(given_back.contains("2027-03-01"), "the date too");
    let again = page_text(&app, cookie.clone(), file_path(&reference)).await;
    assert!(!again.contains("Plus de temps."), "given back once");
    let answer = browser()
        .post(format!("{}{}", app.address, file_path(&reference)))
        .header(COOKIE, &cookie)
        .header("Sec-Fetch-Site", "cross-site")
        .form(&[
            ("jeton", token.as_str()),
            ("etape", "close"),
            ("version", &version),
        ])
        .send()
        .await
        .unwrap();
    assert_eq!(answer.status(), StatusCode::FORBIDDEN);
    assert_eq!(app.stored(&reference).await.version.to_string(), version);
}

#[tokio::test]
async fn a_step_posted_after_the_session_ended_waits_and_comes_back_filled() {
    let app = spawn_app().await;
    let director = app
        .staff("julie@cje.example", "Julie Tremblay", &[Role::Direction])
        .await;
    let reference = app.public_complaint(&valid_json()).await;
    let cookie = signed_in(&app, &director.member.email).await;
    let page = file_path(&reference);
    let html = page_text(&app, cookie.clone(), page.clone()).await;
    let (token, version) = token_and_version(&html);

    let idle = app.services.organisation.staff_sessions.idle();
    app.clock.set(app.clock_now() + idle + Duration::minutes(1));
    let answer = step(
        &app,
        &reference,
        &cookie,
        (&token, &version),
        "record_naming",
        &[
            ("named_staff", "karim@cjef.example"),
            ("about_director", "true"),
        ],
    )
    .await;
    assert_eq!(answer.status(), StatusCode::SEE_OTHER);
    let back = serde_urlencoded::to_string([("retour", page.as_str())]).unwrap();
    assert_eq!(
        answer.headers()[LOCATION],
        format!("/admin/connexion/?{back}&fin=expiree").as_str()
    );
    assert!(!app.stored(&reference).await.procedure.about_director);

    // Signed in again in the same browser: the form is back, filled.
    let answer = sign_in_again(&app, &cookie, &director.member.email, &page).await;
    assert_eq!(answer.headers()[LOCATION], page.as_str());
    let fresh = plaintes_tests::pages::cookie_of(answer.headers());
    let html = page_text(&app, fresh.clone(), page.clone()).await;
    assert!(html.contains("Votre session avait pris fin."));
    assert!(html.contains("value=\"karim@cjef.example\""));
    assert!(html.contains("name=\"about_director\" type=\"checkbox\" value=\"true\" checked"));
    assert!(!html.contains(&token), "the old token is not shown");
    // Shown once.
    let html = page_text(&app, fresh, page).await;
    assert!(!html.contains("Votre session avait pris fin."));
}

#[tokio::test]
async fn a_file_one_may_not_read_is_the_same_page_as_no_file() {
    let app = spawn_app().await;
    let manager = app
        .staff("karim@cjef.example", "Karim Tremblay", &[Role::Handler])
        .await;
    let reference = app.public_complaint(&valid_json()).await;
    let cookie = signed_in(&app, &manager.member.email).await;
    let mut pages = Vec::new();
    for asked in [reference.as_str(), "P-2026-9999", "pas-une-reference"] {
        let answer = browser()
            .get(format!("{}{}", app.address, file_path(asked)))
            .header(COOKIE, &cookie)
            .send()
            .await
            .unwrap();
        assert_eq!(answer.status(), StatusCode::NOT_FOUND, "{asked}");
        let html = answer.text().await.unwrap();
        assert!(
            html.contains("Cette plainte est introuvable, ou vous n’avez pas accès à son dossier.")
        );
        assert!(!html.contains("id=\"dossier\""));
        assert!(!html.contains("Amina"), "nothing of the complaint");
        pages.push(html.replace(asked, "REF"));
    }
    assert_eq!(pages[0], pages[1], "a file not one's own looks like none");
}

#[tokio::test]
async fn a_complaint_taken_by_phone_asks_how_its_receipt_was_confirmed() {
    let app = spawn_app().await;
    let director = app
        .staff("julie@cje.example", "Julie Tremblay", &[Role::Direction])
        .await;
    let receipt = app
        .intake(
            &director,
            &phone_intake("2026-11-27T16:30", ""),
            "accueil-1",
        )
        .await
        .expect(201);
    let reference = receipt["reference"].as_str().unwrap();
    let cookie = signed_in(&app, &director.member.email).await;
    let html = page_text(&app, cookie.clone(), file_path(reference)).await;
    assert!(html.contains("La réception n’a pas encore été confirmée à la personne."));
    for means in ["telephone", "in_person", "letter", "email"] {
        assert!(
            html.contains(&format!("name=\"means\" value=\"{means}\"")),
            "{means}"
        );
    }
    // « Now », in Quebec, is the time offered.
    let now = app
        .clock_now()
        .with_timezone(&plaintes_core::calendar::ZONE)
        .format("%Y-%m-%dT%H:%M")
        .to_string();
    assert!(html.contains(&format!("name=\"at\" value=\"{now}\"")));
    assert_labelled_page("dossier reçu par téléphone", &html);

    let (token, version) = token_and_version(&html);
    let answer = step(
        &app,
        reference,
        &cookie,
        (&token, &version),
        "acknowledge",
        &[("at", &now)],
    )
    .await;
    assert_eq!(answer.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let html = answer.text().await.unwrap();
    assert!(html.contains("<p class=\"erreur\" id=\"accuse-telephone-erreur\">"));
    assert!(html.contains("<li><a href=\"#accuse-telephone\">"));
    assert_labelled_page("accusé à corriger", &html);
    let answer = step(
        &app,
        reference,
        &cookie,
        (&token, &version),
        "acknowledge",
        &[("means", "telephone"), ("at", &now)],
    )
    .await;
    let html = followed(&app, &cookie, answer).await;
    assert!(html.contains("L’accusé de réception est enregistré."));
    assert!(html.contains("Réception confirmée le "));
    assert!(!html.contains("data-action=\"acknowledge\""));
}
