//! What the cross-crate tests share: `spawn_app`, the whole local
//! application on a random port with a temporary data folder and a clock
//! set to a known moment, and the store conformance suite that every
//! `Store` implementation runs.

pub mod answers;
pub mod aws;
pub mod checks;
pub mod client;
pub mod counting;
pub mod mailer_conformance;
pub mod pages;
pub mod paths;
pub mod session_conformance;
pub mod staff;
pub mod store_conformance;
pub mod typography;
pub mod visibility;

use std::path::{Path, PathBuf};
use std::sync::Arc;

use chrono::{DateTime, Utc};
use plaintes_core::ports::{FixedClock, Services};
use plaintes_core::Organisation;
use plaintes_http::identity::SigningKey;
use plaintes_local::sessions::LocalSessions;
use plaintes_local::{FileMailer, SqliteStore};
use tempfile::TempDir;

/// Friday 27 November 2026, 21:00 in Quebec: an evening before a weekend.
pub const FRIDAY_EVENING: &str = "2026-11-27T21:00:00-05:00";

pub fn at(rfc3339: &str) -> DateTime<Utc> {
    DateTime::parse_from_rfc3339(rfc3339)
        .expect("a valid test time")
        .with_timezone(&Utc)
}

/// A name no other test uses.
pub fn unique(prefix: &str) -> String {
    use rand::RngCore;
    let mut bytes = [0u8; 6];
    rand::rng().fill_bytes(&mut bytes);
    format!("{prefix}-{}", hex::encode(bytes))
}

/// The organisation settings shipped in `config/`.
pub fn organisation() -> Organisation {
    Organisation::load(&repository().join("config/organisation.toml")).expect("settings load")
}

pub fn repository() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("..")
}

pub struct TestApp {
    pub address: String,
    pub client: reqwest::Client,
    pub clock: Arc<FixedClock>,
    pub services: Services,
    pub data_dir: TempDir,
    /// The local staff accounts (the same SQLite file as the complaints).
    pub accounts: SqliteStore,
    pub sessions: Arc<LocalSessions>,
    /// Every JSON answer given, checked against the OpenAPI document.
    pub answers: Arc<answers::AnswerChecker>,
}

impl Drop for TestApp {
    /// A test ends failed when one of the application's JSON answers is
    /// not the one its OpenAPI document describes, when a message it asked
    /// for is missing from a catalogue, or when a page or a mail breaks
    /// French typography.
    fn drop(&mut self) {
        if std::thread::panicking() {
            return;
        }
        let violations = self.answers.violations();
        if !violations.is_empty() {
            panic!(
                "answers the OpenAPI document does not describe:\n{}",
                violations.join("\n")
            );
        }
        let mut typography = self.answers.typography();
        for raw in self.outbox() {
            let Some(mail) = mail_parser::MessageParser::default().parse(&raw) else {
                continue;
            };
            // The subject and the HTML part, where what staff wrote is marked
            // (the text part says the same words).
            let subject = mail.subject().unwrap_or_default().to_owned();
            let mut texts = vec![subject.clone()];
            texts.extend(
                mail.body_html(0)
                    .map(|html| typography::visible_text(&html)),
            );
            for text in texts {
                typography.extend(
                    typography::faults(&text)
                        .into_iter()
                        .map(|fault| format!("mail «\u{a0}{subject}\u{a0}»: {fault}")),
                );
            }
        }
        // Every word the application said was in its catalogue: a message
        // asked for and absent is a failure, whatever the page showed instead.
        let mut missing: Vec<String> = plaintes_core::words::french()
            .missing()
            .into_iter()
            .map(|key| format!("fr-CA (compiled in): {key}"))
            .collect();
        for words in self.services.organisation.words.all() {
            missing.extend(
                words
                    .missing()
                    .into_iter()
                    .map(|key| format!("{}: {key}", words.code())),
            );
        }
        assert!(
            missing.is_empty(),
            "messages asked for and missing from the catalogues:\n{}",
            missing.join("\n")
        );
        if !typography.is_empty() {
            typography.sort();
            typography.dedup();
            panic!(
                "French typography broken where people read it:\n{}",
                typography.join("\n")
            );
        }
    }
}

/// Starts the local application (site, public and staff APIs, local
/// sign-in) on 127.0.0.1, port 0, on the embedded store.
pub async fn spawn_app() -> TestApp {
    spawn_app_on(None).await
}

/// The same application with complaints in `store` (staff accounts stay
/// in the local file, as with `plaintes serve --store dynamodb`).
pub async fn spawn_app_on(store: Option<Arc<dyn plaintes_core::ports::Store>>) -> TestApp {
    let data_dir = tempfile::tempdir().expect("a temporary folder");
    let site = data_dir.path().join("site");
    plaintes_site::build(&organisation(), &site).expect("the site builds");
    let (complaints, store) = (
        store,
        SqliteStore::open(&data_dir.path().join("plaintes.sqlite")).expect("store opens"),
    );
    let mailer = FileMailer::new(&data_dir.path().join("outbox")).expect("outbox folder");
    let clock = Arc::new(FixedClock::new(at(FRIDAY_EVENING)));
    let services = Services::new(
        organisation(),
        complaints.unwrap_or_else(|| Arc::new(store.clone())),
        Arc::new(mailer),
        clock.clone(),
        Arc::new(store.clone()),
    );
    let sessions = Arc::new(LocalSessions::with_key(
        SigningKey::generate().expect("a signing key"),
        store.clone(),
        clock.clone(),
    ));
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0")
        .await
        .expect("a free port");
    let address = format!("http://{}", listener.local_addr().unwrap());
    let answers = Arc::new(answers::AnswerChecker::new(
        &plaintes_local::serve::openapi(),
    ));
    let app = plaintes_local::serve::app(services.clone(), sessions.clone(), &site).layer(
        axum::middleware::from_fn_with_state(answers.clone(), answers::check_answers),
    );
    let app = app.into_make_service_with_connect_info::<std::net::SocketAddr>();
    tokio::spawn(async move { axum::serve(listener, app).await });
    TestApp {
        address,
        client: reqwest::Client::new(),
        clock,
        services,
        data_dir,
        accounts: store,
        sessions,
        answers,
    }
}

impl TestApp {
    pub async fn get(&self, path: &str) -> reqwest::Response {
        self.client
            .get(format!("{}{path}", self.address))
            .send()
            .await
            .expect("request sent")
    }

    pub async fn post_json(&self, body: &serde_json::Value) -> reqwest::Response {
        self.client
            .post(format!("{}/api/complaints", self.address))
            .json(body)
            .send()
            .await
            .expect("request sent")
    }

    pub async fn post_json_with_key(
        &self,
        body: &serde_json::Value,
        key: &str,
    ) -> reqwest::Response {
        self.client
            .post(format!("{}/api/complaints", self.address))
            .header("Idempotency-Key", key)
            .json(body)
            .send()
            .await
            .expect("request sent")
    }

    pub async fn post_form(&self, fields: &[(&str, &str)]) -> reqwest::Response {
        self.client
            .post(format!("{}/api/complaints", self.address))
            .form(fields)
            .send()
            .await
            .expect("request sent")
    }

    pub async fn post_raw(&self, content_type: &str, body: Vec<u8>) -> reqwest::Response {
        self.client
            .post(format!("{}/api/complaints", self.address))
            .header("content-type", content_type)
            .body(body)
            .send()
            .await
            .expect("request sent")
    }

    pub fn outbox_dir(&self) -> PathBuf {
        self.data_dir.path().join("outbox")
    }

    /// Every `.eml` in the outbox, as raw bytes, in the order written.
    pub fn outbox(&self) -> Vec<Vec<u8>> {
        let mut paths: Vec<PathBuf> = std::fs::read_dir(self.outbox_dir())
            .expect("outbox folder")
            .map(|entry| entry.unwrap().path())
            .filter(|path| path.extension().is_some_and(|ext| ext == "eml"))
            .collect();
        paths.sort();
        paths
            .iter()
            .map(|path| std::fs::read(path).unwrap())
            .collect()
    }

    /// The stored complaint with this reference; it must exist.
    pub async fn stored(&self, reference: &str) -> plaintes_core::complaint::Complaint {
        let reference = plaintes_core::complaint::Reference::parse(reference).unwrap();
        self.services
            .store
            .complaint(&reference)
            .await
            .unwrap()
            .unwrap_or_else(|| panic!("{reference} is stored"))
    }

    /// How many complaints the store holds, counted by asking for each
    /// reference of the year in turn.
    pub async fn complaint_count(&self, year: i32) -> u32 {
        let mut count = 0;
        while self
            .services
            .store
            .complaint(&plaintes_core::complaint::Reference::new(year, count + 1))
            .await
            .unwrap()
            .is_some()
        {
            count += 1;
        }
        count
    }
}

/// A complete complaint as JSON.
pub fn valid_json() -> serde_json::Value {
    serde_json::json!({
        "name": "Amina Diallo",
        "email": "amina@example.com",
        "phone": "418 555-0123",
        "category": "attitude_du_personnel",
        "service": "immigration",
        "description": "La personne à l’accueil m’a parlé sèchement quand j’ai demandé de l’aide pour mon CV.",
        "desired_outcome": "Des excuses et un nouveau rendez-vous.",
        "consent": true
    })
}

/// The same complaint as the form sends it.
pub fn valid_form() -> Vec<(&'static str, &'static str)> {
    vec![
        ("name", "Amina Diallo"),
        ("email", "amina@example.com"),
        ("phone", ""),
        ("category", "delais"),
        ("service", "recherche_emploi"),
        (
            "description",
            "J’attends un rendez-vous depuis trois semaines.",
        ),
        ("desired_outcome", ""),
        ("consent", "true"),
        ("token", "9b2f1c0e-5a1d-4c7a-8d55-2c3b4a5d6e7f"),
        ("site_web", ""),
    ]
}
