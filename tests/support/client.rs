//! The client's side of the tests: posting the `/suivi/` forms as a
//! browser does, and the journey through one's own file that runs on every
//! store.

use plaintes_core::access::Role;
use reqwest::header::HeaderMap;
use serde_json::{json, Value};

use crate::TestApp;

/// A page the client got back.
#[derive(Debug)]
pub struct Page {
    pub status: u16,
    pub headers: HeaderMap,
    pub body: String,
}

impl TestApp {
    /// Posts a `/suivi/` form as a browser does.
    pub async fn client_post(&self, path: &str, fields: &[(&str, &str)]) -> Page {
        let response = self
            .client
            .post(format!("{}/api/suivi{path}", self.address))
            .form(fields)
            .send()
            .await
            .expect("request sent");
        Page {
            status: response.status().as_u16(),
            headers: response.headers().clone(),
            body: response.text().await.unwrap_or_default(),
        }
    }

    /// A complaint made on the public site: its reference and access code.
    pub async fn public_complaint_with_code(&self, body: &Value) -> (String, String) {
        let answer = self.post_json(body).await;
        assert_eq!(answer.status(), 201);
        let receipt: Value = answer.json().await.unwrap();
        (
            receipt["reference"].as_str().unwrap().to_owned(),
            receipt["access_code"].as_str().unwrap().to_owned(),
        )
    }
}

/// What an HTML page says once its markup is set aside, so that the
/// assertions read the words a person reads.
pub fn words(html: &str) -> String {
    let mut out = String::new();
    let mut in_tag = false;
    for c in html.chars() {
        match c {
            '<' => in_tag = true,
            '>' => {
                in_tag = false;
                out.push(' ');
            }
            _ if !in_tag => out.push(c),
            _ => {}
        }
    }
    out.replace("&#39;", "'")
        .replace("&nbsp;", " ")
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}

/// The client follows their file through the whole procedure, on whatever
/// store `app` uses: they read it, add information, see the response,
/// answer the follow-up, and take a copy; staff see what they did, and
/// nothing internal ever reaches the client.
pub async fn client_journey(app: &TestApp) {
    let director = app
        .staff(
            "andreane.m@cjefrontenac.com",
            "Andréane Morin",
            &[Role::Direction],
        )
        .await;
    app.staff("karim@cjef.example", "Karim Tremblay", &[Role::Handler])
        .await;
    let (reference, code) = app.public_complaint_with_code(&crate::valid_json()).await;
    let creds = [("reference", reference.as_str()), ("code", code.as_str())];

    let opened = app.client_post("", &creds).await;
    assert_eq!(opened.status, 200, "{}", opened.body);
    assert_eq!(opened.headers["cache-control"], "no-store");
    assert_eq!(opened.headers["referrer-policy"], "no-referrer");
    let text = words(&opened.body);
    assert!(
        text.contains(&reference) && text.contains("Réception confirmée"),
        "{text}"
    );
    assert!(text.contains("m’a parlé sèchement"));

    // The client adds information; the director (no manager yet) is told, without it.
    let before = app.outbox().len();
    let mut fields = creds.to_vec();
    fields.push((
        "text",
        "J’ai oublié : c’était le mardi 24 novembre vers 10 h.",
    ));
    let added = app.client_post("/information", &fields).await;
    assert_eq!(added.status, 200, "{}", added.body);
    assert!(words(&added.body).contains("mardi 24 novembre vers 10 h"));
    let notices = app.outbox();
    assert_eq!(notices.len(), before + 1);
    let notice = String::from_utf8_lossy(notices.last().unwrap()).to_string();
    assert!(notice.contains("To: andreane.m@cjefrontenac.com"));
    assert!(
        !notice.contains("mardi 24 novembre"),
        "the notice carries no content"
    );

    // Staff work on it, with internal notes the client must never see.
    let file = format!("/complaints/{reference}");
    let seen = app.staff_get(&file, &director).await.expect(200);
    assert_eq!(
        seen["additions"][0]["text"],
        "J’ai oublié : c’était le mardi 24 novembre vers 10 h."
    );
    let step = app
        .staff_post(
            &format!("{file}/assignment"),
            &director,
            json!({"version": seen["version"], "handler": "karim@cjef.example"}),
        )
        .await
        .expect(200);
    let step = app
        .staff_put(
            &format!("{file}/analysis"),
            &director,
            json!({"version": step["version"], "facts": "FAITS-INTERNES", "root_cause": "CAUSE-INTERNE", "notes": "NOTE-INTERNE-SECRETE"}),
        )
        .await
        .expect(200);
    let step = app
        .staff_put(
            &format!("{file}/decision"),
            &director,
            json!({"version": step["version"], "kinds": ["excuses"], "text": "DECISION-INTERNE"}),
        )
        .await
        .expect(200);
    let step = app
        .staff_post(
            &format!("{file}/measures"),
            &director,
            json!({"version": step["version"], "description": "MESURE-INTERNE", "owner": "Coordination", "due_on": "2026-12-15"}),
        )
        .await
        .expect(200);
    app.staff_post(
        &format!("{file}/response"),
        &director,
        json!({"version": step["version"], "body": "Nous vous présentons nos excuses.", "means": "email"}),
    )
    .await
    .expect(200);

    let answered = app.client_post("", &creds).await;
    let text = words(&answered.body);
    assert!(
        text.contains("Nous vous présentons nos excuses."),
        "the letter is in the file"
    );
    for internal in [
        "NOTE-INTERNE-SECRETE",
        "FAITS-INTERNES",
        "CAUSE-INTERNE",
        "MESURE-INTERNE",
        "Karim",
        "karim@cjef.example",
        "Andréane Morin (",
    ] {
        assert!(
            !answered.body.contains(internal),
            "{internal} reaches the client"
        );
    }

    // The follow-up answer, from the client.
    let mut fields = creds.to_vec();
    fields.extend([
        ("satisfaction", "not_satisfied"),
        ("comment", "Les excuses ne suffisent pas."),
    ]);
    let replied = app.client_post("/satisfaction", &fields).await;
    assert_eq!(replied.status, 200, "{}", replied.body);
    // In the client's words: about the solution, not about themselves.
    assert!(replied.body.contains("La solution ne me convient pas"));
    assert!(!replied.body.contains("Insatisfait"));
    let seen = app.staff_get(&file, &director).await.expect(200);
    assert_eq!(seen["status"], "followed_up");
    assert_eq!(seen["follow_up"]["by_client"], true);
    assert_eq!(
        seen["follow_up"]["comment"],
        "Les excuses ne suffisent pas."
    );
    let reads = seen["timeline"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|entry| entry["what"] == "Dossier consulté par la personne plaignante")
        .count();
    assert!(reads >= 4, "every opening is journaled ({reads})");

    // The whole file, as data.
    let exported = app.client_post("/export", &creds).await;
    assert_eq!(exported.status, 200);
    assert!(exported.headers["content-disposition"]
        .to_str()
        .unwrap()
        .contains(&format!("dossier-{reference}.json")));
    let data: Value = serde_json::from_str(&exported.body).unwrap();
    assert_eq!(data["reference"], reference.as_str());
    assert_eq!(data["email"], "amina@example.com");
    assert!(data["responses"][0]["text"]
        .as_str()
        .unwrap()
        .contains("excuses"));
    assert_eq!(
        data["satisfaction"]["comment"],
        "Les excuses ne suffisent pas."
    );
    for internal in [
        "NOTE-INTERNE-SECRETE",
        "FAITS-INTERNES",
        "MESURE-INTERNE",
        "Karim",
        "DECISION-INTERNE",
    ] {
        assert!(
            !exported.body.contains(internal),
            "{internal} in the export"
        );
    }
    let printed = app.client_post("/imprimer", &creds).await;
    assert_eq!(printed.status, 200);
    assert!(words(&printed.body).contains("Nous vous présentons nos excuses."));
    assert!(!printed.body.contains("NOTE-INTERNE-SECRETE"));
}
