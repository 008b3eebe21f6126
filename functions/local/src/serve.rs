//! `plaintes serve`: the static site, the public and staff routers and the
//! local sign-in on one port, with security headers on everything, and the
//! scheduler's checks on a timer (reminders, escalations, mail retries,
//! anonymisation, the daily digest).

use std::net::SocketAddr;
use std::path::Path;
use std::sync::Arc;
use std::time::Duration;

use anyhow::Context;
use axum::Router;
use plaintes_core::checks;
use plaintes_core::ports::Services;
use tower_http::services::{ServeDir, ServeFile};

use crate::sessions::{session_router, LocalSessions};

/// How often the scheduler's checks run (queued mail included).
const CHECK_INTERVAL: Duration = Duration::from_secs(60);
/// How often the outbox alone is sent (a new code asked for on the site
/// leaves through it): people wait seconds, not a minute.
const OUTBOX_INTERVAL: Duration = Duration::from_secs(3);

/// The whole local application: the site's files, the public API, the
/// staff API and the local sign-in.
pub fn app(services: Services, sessions: Arc<LocalSessions>, site: &Path) -> Router {
    let files = ServeDir::new(site)
        .append_index_html_on_directories(true)
        .not_found_service(ServeFile::new(site.join("404.html")));
    plaintes_http::with_security_headers(
        plaintes_http::public_router(services.clone())
            .merge(plaintes_http::staff_router(
                services,
                plaintes_http::StaffAccess {
                    authenticator: sessions.clone(),
                    sessions: sessions.store(),
                    sign_in: plaintes_http::staff::SignInMethod::Password(sessions.clone()),
                },
            ))
            .merge(session_router(sessions))
            .layer(axum::Extension(plaintes_http::public::ServedDocument(
                Arc::new(openapi()),
            )))
            .fallback_service(files),
    )
}

/// The OpenAPI document `plaintes serve` serves: the product's and the
/// local sign-in of programs.
pub fn openapi() -> utoipa::openapi::OpenApi {
    use utoipa::OpenApi;
    let mut document = plaintes_http::openapi::ApiDoc::openapi();
    document.merge(crate::sessions::LocalApiDoc::openapi());
    document
}

/// Serves until Ctrl-C.
pub async fn run(
    services: Services,
    sessions: Arc<LocalSessions>,
    site: &Path,
    address: SocketAddr,
) -> anyhow::Result<()> {
    anyhow::ensure!(
        site.join("index.html").exists(),
        "the site is not built in {} (run `make site`)",
        site.display()
    );
    let listener = tokio::net::TcpListener::bind(address)
        .await
        .with_context(|| format!("cannot listen on {address}"))?;
    tracing::info!("Plaintes is served on http://{}", listener.local_addr()?);
    let worker = tokio::spawn(run_checks_on_a_timer(services.clone()));
    let sender = tokio::spawn(send_the_outbox_on_a_timer(services.clone()));
    // The peer's address counts wrong access codes per address.
    let app = app(services, sessions, site).into_make_service_with_connect_info::<SocketAddr>();
    axum::serve(listener, app)
        .with_graceful_shutdown(async {
            let _ = tokio::signal::ctrl_c().await;
        })
        .await
        .context("the server stopped")?;
    worker.abort();
    sender.abort();
    Ok(())
}

/// The scheduler's checks, as the Lambda runs them on AWS: mail retries,
/// reminders, escalations, anonymisation, the daily digest.
async fn run_checks_on_a_timer(services: Services) {
    let mut interval = tokio::time::interval(CHECK_INTERVAL);
    loop {
        interval.tick().await;
        let now = services.clock.now();
        if let Err(error) = checks::run_checks(&services, now).await {
            tracing::warn!(%error, "the scheduled checks failed; they run again shortly");
        }
    }
}

/// The outbox on its own, more often than the checks.
async fn send_the_outbox_on_a_timer(services: Services) {
    let mut interval = tokio::time::interval(OUTBOX_INTERVAL);
    loop {
        interval.tick().await;
        if let Err(error) =
            plaintes_core::outbox::dispatch(&services, plaintes_core::outbox::BATCH).await
        {
            tracing::warn!(%error, "the outbox could not be sent; it is tried again shortly");
        }
    }
}
