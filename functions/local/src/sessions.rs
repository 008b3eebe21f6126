//! The local accounts as the staff router signs people in. The staff pages
//! check an e-mail and a password here (`PasswordCheck`) and then open a
//! session kept by the server (`plaintes_http::session`). Programs sign in
//! with `POST /api/session` and get the same kind of bearer token Cognito
//! gives on AWS — an ID token with the person's e-mail, name and groups,
//! signed here with an ES256 key kept in the data folder — so the staff
//! router checks both the same way. Such a token can be ended before it
//! expires: signing out records its id, and a recorded token is refused
//! until it would have expired anyway.

use std::path::Path;
use std::sync::Arc;

use anyhow::Context;
use async_trait::async_trait;
use axum::body::Bytes;
use axum::extract::State;
use axum::http::{header, HeaderMap, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::routing::{post, MethodRouter};
use axum::{Json, Router};
use chrono::{DateTime, Duration, Utc};
use plaintes_core::access::StaffMember;
use plaintes_core::ports::{Clock, StoreError};
use plaintes_http::error::ApiError;
use plaintes_http::identity::{
    id_token_claims, AuthError, Authenticator, FixedKeys, JwtVerifier, SigningKey,
};
use plaintes_http::staff::{PasswordCheck, PasswordOutcome};
use rusqlite::{params, OptionalExtension};
use serde::{Deserialize, Serialize};
use utoipa::{OpenApi, ToSchema};

use crate::accounts::SignIn;
use crate::store::{backend, timestamp, SqliteStore};

pub const ISSUER: &str = "plaintes-local";
pub const AUDIENCE: &str = "plaintes-admin";
/// A working day; then the person signs in again.
pub const SESSION_HOURS: i64 = 8;
const KEY_FILE: &str = "session-key.p8";

/// Issues and checks the local server's staff tokens.
pub struct LocalSessions {
    key: SigningKey,
    verifier: JwtVerifier,
    accounts: SqliteStore,
    clock: Arc<dyn Clock>,
}

impl LocalSessions {
    /// Uses the signing key kept in `data_dir` (made on first use, readable
    /// by its owner only), so sessions survive a restart.
    pub fn open(
        data_dir: &Path,
        accounts: SqliteStore,
        clock: Arc<dyn Clock>,
    ) -> anyhow::Result<Self> {
        let path = data_dir.join(KEY_FILE);
        let key = match std::fs::read(&path) {
            Ok(der) => SigningKey::from_pkcs8(&der).with_context(|| {
                format!("the session key {} is damaged: delete it", path.display())
            })?,
            Err(error) if error.kind() == std::io::ErrorKind::NotFound => {
                let key = SigningKey::generate()?;
                write_private(&path, key.pkcs8())?;
                key
            }
            Err(error) => {
                return Err(error).with_context(|| format!("cannot read {}", path.display()))
            }
        };
        Ok(Self::with_key(key, accounts, clock))
    }

    pub fn with_key(key: SigningKey, accounts: SqliteStore, clock: Arc<dyn Clock>) -> Self {
        let verifier = JwtVerifier::new(ISSUER, AUDIENCE, Arc::new(FixedKeys(key.jwk_set())))
            .with_clock(clock.clone());
        Self {
            key,
            verifier,
            accounts,
            clock,
        }
    }

    /// A token for `member`, valid for a working day from now.
    pub fn issue(&self, member: &StaffMember) -> anyhow::Result<(String, DateTime<Utc>)> {
        let now = self.clock.now();
        let expires = now + Duration::hours(SESSION_HOURS);
        let claims = id_token_claims(
            member,
            ISSUER,
            AUDIENCE,
            now.timestamp(),
            expires.timestamp(),
            &plaintes_core::complaint::IdempotencyKey::new_token(),
        );
        Ok((self.key.sign(&claims)?, expires))
    }

    /// Ends the session of `token`, if it is a valid one.
    pub async fn revoke(&self, token: &str) -> Result<(), AuthError> {
        let verified = self.verifier.verify(token).await?;
        let Some(id) = verified.token_id else {
            return Ok(());
        };
        let expires = DateTime::from_timestamp(verified.expires_at, 0).unwrap_or_else(Utc::now);
        let now = self.clock.now();
        self.accounts
            .with(move |connection| {
                connection
                    .execute(
                        "INSERT INTO revoked_tokens (id, expires_at) VALUES (?1, ?2)
                         ON CONFLICT (id) DO NOTHING",
                        params![id, timestamp(expires)],
                    )
                    .map_err(backend)?;
                // What has expired needs no list any more.
                connection
                    .execute(
                        "DELETE FROM revoked_tokens WHERE expires_at < ?1",
                        [timestamp(now)],
                    )
                    .map_err(backend)?;
                Ok(())
            })
            .await
            .map_err(|error| AuthError::Unavailable(error.to_string()))
    }

    async fn is_revoked(&self, id: String) -> Result<bool, StoreError> {
        self.accounts
            .with(move |connection| {
                connection
                    .query_row("SELECT 1 FROM revoked_tokens WHERE id = ?1", [id], |_| {
                        Ok(())
                    })
                    .optional()
                    .map(|found| found.is_some())
                    .map_err(backend)
            })
            .await
    }
}

impl LocalSessions {
    /// Where the staff pages' sessions are kept: the accounts' file.
    pub fn store(&self) -> Arc<dyn plaintes_core::ports::SessionStore> {
        Arc::new(self.accounts.clone())
    }
}

/// The sign-in form of the staff pages checks the local accounts.
#[async_trait]
impl PasswordCheck for LocalSessions {
    async fn check(
        &self,
        email: &str,
        password: &str,
        now: DateTime<Utc>,
    ) -> Result<PasswordOutcome, String> {
        match self.accounts.sign_in(email, password, now).await {
            Ok(SignIn::Accepted(member)) => Ok(PasswordOutcome::Accepted(member)),
            Ok(SignIn::Refused) => Ok(PasswordOutcome::Refused),
            Ok(SignIn::Paused(until)) => Ok(PasswordOutcome::Paused(until)),
            Err(error) => Err(format!("the staff accounts could not be read: {error}")),
        }
    }
}

#[async_trait]
impl Authenticator for LocalSessions {
    async fn authenticate(&self, token: &str) -> Result<StaffMember, AuthError> {
        let verified = self.verifier.verify(token).await?;
        if let Some(id) = verified.token_id {
            let revoked = self
                .is_revoked(id)
                .await
                .map_err(|error| AuthError::Unavailable(error.to_string()))?;
            if revoked {
                return Err(AuthError::Invalid("signed out".into()));
            }
        }
        Ok(verified.member)
    }
}

fn write_private(path: &Path, bytes: &[u8]) -> anyhow::Result<()> {
    use std::io::Write;
    if let Some(folder) = path.parent() {
        std::fs::create_dir_all(folder)?;
    }
    let mut options = std::fs::OpenOptions::new();
    options.write(true).create_new(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        options.mode(0o600);
    }
    let mut file = options
        .open(path)
        .with_context(|| format!("cannot create {}", path.display()))?;
    file.write_all(bytes)?;
    Ok(())
}

/// The local sign-in for programs: the router is built from this list,
/// and the route test compares it with the document (`LocalApiDoc`).
fn routes() -> Vec<(&'static str, MethodRouter<Arc<LocalSessions>>)> {
    vec![("/api/session", post(sign_in).delete(sign_out))]
}

/// The paths the local session router serves.
pub fn session_paths() -> Vec<String> {
    routes()
        .into_iter()
        .map(|(path, _)| path.to_owned())
        .collect()
}

/// `POST /api/session` (sign in) and `DELETE /api/session` (sign out).
pub fn session_router(sessions: Arc<LocalSessions>) -> Router {
    routes()
        .into_iter()
        .fold(Router::new(), |router, (path, route)| {
            router.route(path, route)
        })
        .with_state(sessions)
}

/// What `plaintes serve` adds to the product's OpenAPI document: the local
/// sign-in of programs (on AWS, Cognito gives the tokens).
#[derive(OpenApi)]
#[openapi(
    paths(sign_in, sign_out),
    components(schemas(Credentials, LocalSignIn))
)]
pub struct LocalApiDoc;

/// A program signed in: its bearer token, when it ends, who it is.
#[derive(Serialize, ToSchema)]
pub struct LocalSignIn {
    pub token: String,
    pub expires_at: DateTime<Utc>,
    pub member: plaintes_http::staff::views::Me,
}

/// A local account's e-mail and password.
#[derive(Deserialize, ToSchema)]
struct Credentials {
    #[serde(default)]
    email: String,
    #[serde(default)]
    password: String,
}

/// Signs a program in with a local account (`plaintes serve` only).
#[utoipa::path(
    post,
    path = "/api/session",
    request_body = Credentials,
    responses(
        (status = 200, description = "Signed in: a bearer token for the staff API", body = LocalSignIn),
        (status = 400, description = "Not the JSON expected", body = plaintes_http::error::Problem, content_type = "application/problem+json"),
        (status = 401, description = "A wrong e-mail or password", body = plaintes_http::error::Problem, content_type = "application/problem+json"),
        (status = 403, description = "Sent from another site", body = plaintes_http::error::Problem, content_type = "application/problem+json"),
        (status = 415, description = "Not JSON", body = plaintes_http::error::Problem, content_type = "application/problem+json"),
        (status = 429, description = "Too many wrong passwords (`Retry-After`)", body = plaintes_http::error::Problem, content_type = "application/problem+json"),
        (status = 503, description = "The accounts cannot be read now", body = plaintes_http::error::Problem, content_type = "application/problem+json"),
    )
)]
async fn sign_in(
    State(sessions): State<Arc<LocalSessions>>,
    headers: HeaderMap,
    bytes: Bytes,
) -> Response {
    // JSON only: a form or `text/plain` posted by another site could
    // otherwise try passwords in the staff member's name and lock them out.
    let json = headers
        .get(header::CONTENT_TYPE)
        .and_then(|value| value.to_str().ok())
        .and_then(|value| value.split(';').next())
        .is_some_and(|kind| kind.trim().eq_ignore_ascii_case("application/json"));
    if !json {
        return ApiError::UnsupportedMediaType("problem-sign-in-from-page").into_response();
    }
    if plaintes_http::session::cross_site(&headers) {
        return ApiError::CrossSite.into_response();
    }
    let Ok(credentials) = serde_json::from_slice::<Credentials>(&bytes) else {
        return ApiError::Unreadable {
            title: "problem-unreadable",
            detail: plaintes_core::words::french().t("problem-sign-in-unreadable"),
        }
        .into_response();
    };
    let now = sessions.clock.now();
    let outcome = sessions
        .accounts
        .sign_in(&credentials.email, &credentials.password, now)
        .await;
    match outcome {
        Ok(SignIn::Accepted(member)) => match sessions.issue(&member) {
            Ok((token, expires_at)) => Json(LocalSignIn {
                token,
                expires_at,
                member: plaintes_http::staff::views::Me::of(&member),
            })
            .into_response(),
            Err(error) => unavailable(format!("a session token could not be signed: {error}")),
        },
        Ok(SignIn::Refused) => ApiError::SignInRefused.into_response(),
        Ok(SignIn::Paused(until)) => {
            plaintes_http::staff::sign_in::paused(until, now).into_response()
        }
        Err(error) => unavailable(format!("the staff accounts could not be read: {error}")),
    }
}

fn unavailable(cause: String) -> Response {
    ApiError::Unavailable {
        detail: "problem-sign-in-unavailable",
        cause,
    }
    .into_response()
}

/// Ends a program's bearer token before it expires.
#[utoipa::path(
    delete,
    path = "/api/session",
    security((), ("bearer" = [])),
    responses(
        (status = 204, description = "Ended (without a token, or with one already invalid, there is nothing to end)"),
        (status = 503, description = "The token could not be recorded as ended", body = plaintes_http::error::Problem, content_type = "application/problem+json"),
    )
)]
async fn sign_out(State(sessions): State<Arc<LocalSessions>>, headers: HeaderMap) -> Response {
    let token = headers
        .get(header::AUTHORIZATION)
        .and_then(|value| value.to_str().ok())
        .and_then(|value| value.strip_prefix("Bearer "));
    if let Some(token) = token {
        // An invalid or expired token has nothing left to end.
        if let Err(AuthError::Unavailable(error)) = sessions.revoke(token.trim()).await {
            return unavailable(format!("a session could not be ended: {error}"));
        }
    }
    StatusCode::NO_CONTENT.into_response()
}
