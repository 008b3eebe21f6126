//! Staff as the tests see them: local accounts with a role, their bearer
//! tokens, and one helper per kind of staff request.

use std::collections::BTreeSet;

use plaintes_core::access::{Role, StaffMember};
use reqwest::Method;
use serde_json::{json, Value};

use crate::TestApp;

/// A staff member and the token the local sign-in gave them.
#[derive(Debug, Clone)]
pub struct Signed {
    pub member: StaffMember,
    pub token: String,
}

pub const PASSWORD: &str = "un mot de passe assez long";

/// An answer: its status and its JSON body (`Null` when it has none).
#[derive(Debug, Clone)]
pub struct Answer {
    pub status: u16,
    pub body: Value,
}

impl Answer {
    /// The body, after checking the status.
    #[track_caller]
    pub fn expect(self, status: u16) -> Value {
        assert_eq!(self.status, status, "{}", self.body);
        self.body
    }
}

impl TestApp {
    /// Julie Tremblay, the director, signed in.
    pub async fn director(&self) -> Signed {
        self.staff("julie@cje.example", "Julie Tremblay", &[Role::Direction])
            .await
    }

    /// Creates a local account and signs it in through `POST /api/session`.
    pub async fn staff(&self, email: &str, name: &str, roles: &[Role]) -> Signed {
        let roles: BTreeSet<Role> = roles.iter().copied().collect();
        let member = self
            .accounts
            .add_staff(email, name, &roles, PASSWORD, self.clock_now())
            .await
            .expect("the account is created");
        let answer = self
            .client
            .post(format!("{}/api/session", self.address))
            .json(&json!({"email": email, "password": PASSWORD}))
            .send()
            .await
            .expect("request sent");
        assert_eq!(answer.status(), 200, "{email} signs in");
        let body: Value = answer.json().await.unwrap();
        Signed {
            member,
            token: body["token"].as_str().unwrap().to_owned(),
        }
    }

    /// Signs `who` in again, for a test whose clock moved past the session.
    pub async fn sign_in_again(&self, who: &Signed) -> Signed {
        let answer = self
            .client
            .post(format!("{}/api/session", self.address))
            .json(&json!({"email": who.member.email, "password": PASSWORD}))
            .send()
            .await
            .expect("request sent");
        assert_eq!(answer.status(), 200, "{} signs in again", who.member.id);
        let body: Value = answer.json().await.unwrap();
        Signed {
            member: who.member.clone(),
            token: body["token"].as_str().unwrap().to_owned(),
        }
    }

    pub fn clock_now(&self) -> chrono::DateTime<chrono::Utc> {
        use plaintes_core::ports::Clock;
        self.clock.now()
    }

    /// A staff request, with `who`'s token when given.
    pub async fn staff_request(
        &self,
        method: Method,
        path: &str,
        who: Option<&Signed>,
        body: Option<&Value>,
    ) -> Answer {
        let mut request = self
            .client
            .request(method, format!("{}/api/staff{path}", self.address));
        if let Some(who) = who {
            request = request.bearer_auth(&who.token);
        }
        if let Some(body) = body {
            request = request.json(body);
        }
        let response = request.send().await.expect("request sent");
        let status = response.status().as_u16();
        let text = response.text().await.unwrap_or_default();
        Answer {
            status,
            body: serde_json::from_str(&text).unwrap_or(Value::Null),
        }
    }

    pub async fn staff_get(&self, path: &str, who: &Signed) -> Answer {
        self.staff_request(Method::GET, path, Some(who), None).await
    }

    pub async fn staff_post(&self, path: &str, who: &Signed, body: Value) -> Answer {
        self.staff_request(Method::POST, path, Some(who), Some(&body))
            .await
    }

    pub async fn staff_put(&self, path: &str, who: &Signed, body: Value) -> Answer {
        self.staff_request(Method::PUT, path, Some(who), Some(&body))
            .await
    }

    /// A complaint made on the public site; its reference.
    pub async fn public_complaint(&self, body: &Value) -> String {
        let answer = self.post_json(body).await;
        assert_eq!(answer.status(), 201);
        let receipt: Value = answer.json().await.unwrap();
        receipt["reference"].as_str().unwrap().to_owned()
    }

    /// Records an intake as `who` and returns the answer.
    pub async fn intake(&self, who: &Signed, body: &Value, key: &str) -> Answer {
        let response = self
            .client
            .post(format!("{}/api/staff/complaints", self.address))
            .bearer_auth(&who.token)
            .header("Idempotency-Key", key)
            .json(body)
            .send()
            .await
            .expect("request sent");
        let status = response.status().as_u16();
        Answer {
            status,
            body: response.json().await.unwrap_or(Value::Null),
        }
    }
}

/// A complaint taken by phone, as reception types it.
pub fn phone_intake(received_at: &str, named_staff: &str) -> Value {
    json!({
        "channel": "telephone",
        "received_at": received_at,
        "name": "Jean-Philippe Roy",
        "phone": "418 555-0199",
        "category": "prestation_de_services",
        "service": "",
        "description": "Mon dossier a été fermé sans qu’on m’appelle.",
        "desired_outcome": "",
        "consent": true,
        "named_staff": named_staff,
    })
}

/// The policy's whole procedure through the staff API, from a web
/// complaint to its closing and reopening, on whatever store `app` uses.
pub async fn whole_procedure(app: &TestApp) {
    let director = app
        .staff(
            "andreane.m@cjefrontenac.com",
            "Andréane Morin",
            &[Role::Direction],
        )
        .await;
    let manager = app
        .staff("karim@cjef.example", "Karim Tremblay", &[Role::Handler])
        .await;
    let reference = app.public_complaint(&crate::valid_json()).await;
    let file = format!("/complaints/{reference}");

    // The director sees it first in the list, then opens it.
    let list = app.staff_get("/complaints", &director).await.expect(200);
    assert_eq!(list["complaints"][0]["reference"], reference.as_str());
    assert_eq!(
        list["complaints"][0]["next_deadline"]["label"],
        "Réponse écrite"
    );
    let opened = app.staff_get(&file, &director).await.expect(200);
    assert_eq!(
        opened["status"], "acknowledged",
        "the e-mail acknowledged it"
    );
    assert_eq!(opened["deadlines"][0]["state"], "met");

    // Assignment: the manager is told by e-mail, without the content.
    let before = app.outbox().len();
    let assigned = app
        .staff_post(
            &format!("{file}/assignment"),
            &director,
            json!({"version": opened["version"], "handler": "karim@cjef.example"}),
        )
        .await
        .expect(200);
    assert_eq!(assigned["handler"]["name"], "Karim Tremblay");
    let list = app.staff_get("/complaints", &director).await.expect(200);
    assert_eq!(list["complaints"][0]["handler"]["name"], "Karim Tremblay");
    let notices = app.outbox();
    assert_eq!(notices.len(), before + 1);
    let notice = String::from_utf8_lossy(notices.last().unwrap()).to_string();
    assert!(notice.contains("To: karim@cjef.example"), "{notice}");
    assert!(notice.contains(&reference));
    for secret in ["Amina", "sèchement", "amina@example.com"] {
        assert!(!notice.contains(secret), "the notice tells {secret}");
    }

    // The manager works on it; the state machine refuses steps out of order.
    let mine = app.staff_get(&file, &manager).await.expect(200);
    let allowed: Vec<&str> = mine["allowed"]
        .as_array()
        .unwrap()
        .iter()
        .filter_map(Value::as_str)
        .collect();
    assert!(
        allowed.contains(&"analyse")
            && !allowed.contains(&"close")
            && !allowed.contains(&"respond")
    );
    let early = app
        .staff_post(
            &format!("{file}/response"),
            &manager,
            json!({"version": mine["version"], "body": "Bonjour", "means": "email"}),
        )
        .await
        .expect(422);
    assert!(
        early["detail"].as_str().unwrap().contains("décision"),
        "{early}"
    );
    let analysed = app
        .staff_put(
            &format!("{file}/analysis"),
            &manager,
            json!({
                "version": mine["version"],
                "facts": "L’agente a répondu sèchement un lundi matin chargé.",
                "root_cause": "Accueil seul pendant la période la plus achalandée.",
                "notes": "Note interne\u{a0}: en parler en équipe.",
            }),
        )
        .await
        .expect(200);
    assert_eq!(analysed["status"], "in_analysis");
    let decided = app
        .staff_put(
            &format!("{file}/decision"),
            &manager,
            json!({
                "version": analysed["version"],
                "kinds": ["excuses", "changement_de_pratique"],
                "text": "Excuses écrites et deux personnes à l’accueil le lundi matin.",
            }),
        )
        .await
        .expect(200);
    assert_eq!(
        decided["decision"]["kind_labels"],
        json!(["Excuses", "Changement de pratique"])
    );

    let letter_body =
        "Nous vous présentons nos excuses.\n\nDès lundi, deux personnes seront à l’accueil.";
    let preview = app
        .staff_post(
            &format!("{file}/response/preview"),
            &manager,
            json!({"body": letter_body}),
        )
        .await
        .expect(200);
    let html = preview["html"].as_str().unwrap();
    assert!(html.contains(&crate::organisation().name), "the letterhead");
    assert!(html.contains("Bonjour Amina Diallo,") && html.contains("Karim Tremblay"));
    assert!(
        !preview["text"].as_str().unwrap().contains("Note interne"),
        "notes stay inside"
    );
    // Dated as a letter is in French: « Le 4 décembre 2026 », no weekday.
    let dated = preview["text"]
        .as_str()
        .unwrap()
        .lines()
        .find(|line| line.starts_with("Le "))
        .expect("the letter is dated");
    assert!(
        dated[3..].starts_with(|c: char| c.is_ascii_digit()),
        "{dated}"
    );

    let before = app.outbox().len();
    let answered = app
        .staff_post(
            &format!("{file}/response"),
            &manager,
            json!({"version": decided["version"], "body": letter_body, "means": "email"}),
        )
        .await
        .expect(200);
    assert_eq!(answered["status"], "answered");
    assert_eq!(answered["deadlines"][1]["state"], "met");
    assert_eq!(answered["deadlines"][2]["label"], "Suivi auprès du client");
    assert_eq!(
        answered["compliance"],
        json!({"acknowledged_on_time": true, "answered_on_time": true, "followed_up": null})
    );
    let sent = app.outbox();
    assert_eq!(sent.len(), before + 1);
    let response = String::from_utf8_lossy(sent.last().unwrap()).to_string();
    assert!(response.contains("To: amina@example.com"));
    assert_eq!(
        answered["responses"][0]["html"], preview["html"],
        "kept as sent"
    );
    app.staff_post(
        &format!("{file}/response"),
        &manager,
        json!({"version": answered["version"], "body": "Autre chose", "means": "email"}),
    )
    .await
    .expect(422);

    let followed = app
        .staff_put(
            &format!("{file}/follow-up"),
            &manager,
            json!({"version": answered["version"], "satisfaction": "satisfied", "adjustment": ""}),
        )
        .await
        .expect(200);
    assert_eq!(followed["follow_up"]["satisfaction_label"], "Satisfait");
    let measured = app
        .staff_post(
            &format!("{file}/measures"),
            &manager,
            json!({
                "version": followed["version"],
                "description": "Horaire de l’accueil revu pour les lundis.",
                "owner": "Coordination",
                "due_on": "2026-12-15",
            }),
        )
        .await
        .expect(200);
    let done = app
        .staff_post(
            &format!("{file}/measures/1/done"),
            &manager,
            json!({"version": measured["version"], "done_on": "2026-11-27"}),
        )
        .await
        .expect(200);
    assert_eq!(done["measures"][0]["state"], "done");
    let measures = app.staff_get("/measures", &director).await.expect(200);
    assert_eq!(measures["measures"][0]["reference"], reference.as_str());

    // Closing is the director's; a stale version changes nothing.
    app.staff_post(
        &format!("{file}/closure"),
        &manager,
        json!({"version": done["version"]}),
    )
    .await
    .expect(403);
    let stale = app
        .staff_post(
            &format!("{file}/closure"),
            &director,
            json!({"version": measured["version"]}),
        )
        .await
        .expect(409);
    assert!(stale["detail"]
        .as_str()
        .unwrap()
        .contains("rechargez la plainte"));
    let closed = app
        .staff_post(
            &format!("{file}/closure"),
            &director,
            json!({"version": done["version"]}),
        )
        .await
        .expect(200);
    assert_eq!(closed["status"], "closed");
    assert_eq!(closed["allowed"], json!(["manage_measures", "reopen"]));
    let no_reason = app
        .staff_post(
            &format!("{file}/reopening"),
            &director,
            json!({"version": closed["version"], "reason": " "}),
        )
        .await
        .expect(422);
    assert_eq!(no_reason["errors"][0]["field"], "reason");
    let reopened = app
        .staff_post(
            &format!("{file}/reopening"),
            &director,
            json!({"version": closed["version"], "reason": "La cliente signale que rien n’a changé."}),
        )
        .await
        .expect(200);
    assert_eq!(reopened["status"], "in_analysis");
    assert_eq!(
        reopened["responses"].as_array().unwrap().len(),
        1,
        "the letter sent stays"
    );

    let timeline: Vec<String> = reopened["timeline"]
        .as_array()
        .unwrap()
        .iter()
        .map(|entry| entry["what"].as_str().unwrap().to_owned())
        .collect();
    for step in [
        "Plainte reçue (site web)",
        "Dossier consulté",
        "Confiée à Karim Tremblay",
        "Analyse consignée",
        "Décision consignée\u{a0}: excuses, changement de pratique",
        "Réponse écrite envoyée par courriel",
        "Suivi auprès du client\u{a0}: satisfait",
        "Mesure corrective nº\u{a0}1 ajoutée",
        "Mesure corrective nº\u{a0}1 réalisée",
        "Plainte fermée",
        "Plainte rouverte\u{a0}: La cliente signale que rien n’a changé.",
    ] {
        assert!(
            timeline.iter().any(|line| line == step),
            "{step} in {timeline:?}"
        );
    }
    let mail: Vec<&str> = reopened["mail"]
        .as_array()
        .unwrap()
        .iter()
        .map(|m| m["purpose_label"].as_str().unwrap())
        .collect();
    assert_eq!(mail.len(), 3, "{mail:?}");
}
