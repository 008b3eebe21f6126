//! Signing in through the organisation's identity provider (Cognito's
//! hosted page) with the staff function as a confidential client: the
//! authorization code flow with PKCE, the code exchanged here, server to
//! server, with the client's secret. The browser never holds a token: it
//! comes back with a one-time code and leaves with the session cookie.
//!
//! Between leaving for the hosted page and coming back, what binds the two
//! is a short-lived `__Host-` cookie (`SameSite=Lax`, so that the top-level
//! return from the provider carries it): the `state` sent, the PKCE
//! verifier, and where to go next.

use super::render::{SignInForm, SignInKind};
use crate::error::Query;
use axum::extract::State;
use axum::http::{header, HeaderMap, HeaderValue, StatusCode};
use axum::response::{IntoResponse, Response};
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use base64::Engine;
use rand::RngCore;
use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};

use crate::error::ApiError;

use super::sign_in::{refused_page, safe_next, sign_in_answer, SignInMethod, HOME, SIGN_IN_PATH};
use super::StaffState;

/// Where the hosted page sends people back (a callback URL of the client).
pub const RETURN_PATH: &str = "/admin/connexion/retour/";
/// Where the sign-in page's button leads: off to the hosted page.
pub const LEAVE_PATH: &str = "/admin/connexion/organisme/";

/// The cookie that carries a sign-in in progress.
const PENDING_COOKIE: &str = "__Host-plaintes-connexion";
/// Ten minutes to sign in on the hosted page.
const PENDING_SECONDS: i64 = 600;

/// The client's secret: never printed, never logged.
#[derive(Clone)]
pub struct ClientSecret(String);

impl ClientSecret {
    pub fn new(secret: String) -> Self {
        Self(secret)
    }
}

impl std::fmt::Debug for ClientSecret {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("ClientSecret(…)")
    }
}

/// The identity provider and this site as its client.
#[derive(Clone, Debug)]
pub struct HostedSignIn {
    pub authorize_url: String,
    pub token_url: String,
    pub logout_url: String,
    pub client_id: String,
    pub client_secret: ClientSecret,
    /// This site's address (`https://plaintes.example`), for the callback.
    pub site_url: String,
    http: reqwest::Client,
}

impl HostedSignIn {
    /// A Cognito user pool's hosted page at `domain_url`
    /// (`https://<prefix>.auth.<region>.amazoncognito.com`).
    pub fn cognito(
        domain_url: &str,
        client_id: &str,
        client_secret: ClientSecret,
        site_url: &str,
    ) -> Self {
        let domain = domain_url.trim_end_matches('/');
        Self::new(
            &format!("{domain}/oauth2/authorize"),
            &format!("{domain}/oauth2/token"),
            &format!("{domain}/logout"),
            client_id,
            client_secret,
            site_url,
        )
    }

    pub fn new(
        authorize_url: &str,
        token_url: &str,
        logout_url: &str,
        client_id: &str,
        client_secret: ClientSecret,
        site_url: &str,
    ) -> Self {
        Self {
            authorize_url: authorize_url.into(),
            token_url: token_url.into(),
            logout_url: logout_url.into(),
            client_id: client_id.into(),
            client_secret,
            site_url: site_url.trim_end_matches('/').into(),
            http: reqwest::Client::builder()
                .timeout(std::time::Duration::from_secs(10))
                .build()
                .unwrap_or_default(),
        }
    }

    pub fn redirect_uri(&self) -> String {
        format!("{}{RETURN_PATH}", self.site_url)
    }

    /// Where signing out ends: the provider's own session too, then back
    /// to the sign-in page.
    pub fn logout(&self) -> String {
        let back = format!("{}{SIGN_IN_PATH}?fin=1", self.site_url);
        format!(
            "{}?{}",
            self.logout_url,
            serde_urlencoded::to_string([
                ("client_id", self.client_id.as_str()),
                ("logout_uri", back.as_str()),
            ])
            .unwrap_or_default()
        )
    }

    /// Exchanges the one-time code for the person's ID token.
    async fn exchange(&self, code: &str, verifier: &str) -> Result<String, String> {
        let redirect_uri = self.redirect_uri();
        let form = [
            ("grant_type", "authorization_code"),
            ("client_id", self.client_id.as_str()),
            ("code", code),
            ("redirect_uri", redirect_uri.as_str()),
            ("code_verifier", verifier),
        ];
        let answer = self
            .http
            .post(&self.token_url)
            .basic_auth(&self.client_id, Some(&self.client_secret.0))
            .form(&form)
            .send()
            .await
            .map_err(|error| format!("the token endpoint is unreachable: {error}"))?;
        let status = answer.status();
        if !status.is_success() {
            // The body names the OAuth error; it holds no token.
            let body = answer.text().await.unwrap_or_default();
            return Err(format!("the token endpoint answered {status}: {body}"));
        }
        #[derive(Deserialize)]
        struct Tokens {
            id_token: String,
        }
        answer
            .json::<Tokens>()
            .await
            .map(|tokens| tokens.id_token)
            .map_err(|error| format!("the token endpoint's answer is unreadable: {error}"))
    }
}

/// A sign-in in progress, as its cookie carries it.
#[derive(Serialize, Deserialize)]
struct Pending {
    state: String,
    verifier: String,
    next: String,
    /// The session this browser had (ended, maybe holding a form posted
    /// after its end): the return from the provider does not carry its
    /// `SameSite=Strict` cookie.
    #[serde(default)]
    previous: Option<plaintes_core::session::SessionKey>,
}

fn random(bytes: usize) -> String {
    let mut buffer = vec![0u8; bytes];
    rand::rng().fill_bytes(&mut buffer);
    URL_SAFE_NO_PAD.encode(buffer)
}

fn pending_cookie(value: &str, max_age: i64) -> HeaderValue {
    HeaderValue::from_str(&format!(
        "{PENDING_COOKIE}={value}; Path=/; Secure; HttpOnly; SameSite=Lax; Max-Age={max_age}"
    ))
    .expect("base64url is a valid cookie value")
}

fn read_pending(headers: &HeaderMap) -> Option<Pending> {
    crate::session::cookie(headers, PENDING_COOKIE)
        .and_then(|value| URL_SAFE_NO_PAD.decode(value).ok())
        .and_then(|bytes| serde_json::from_slice(&bytes).ok())
}

#[derive(Deserialize)]
pub struct LeaveQuery {
    retour: Option<String>,
}

/// `GET /admin/connexion/organisme/`: off to the hosted page, with a fresh
/// `state` and PKCE challenge.
#[utoipa::path(
    get,
    path = "/admin/connexion/organisme/",
    params(("retour" = Option<String>, Query, description = "The staff page to come back to")),
    responses(
        (status = 400, description = "A query that cannot be read: a French problem", body = crate::error::Problem, content_type = "application/problem+json"),
        (status = 303, description = "Off to the organisation's sign-in (authorization code with PKCE), with a short-lived cookie for the way back"),
        (status = 404, description = "Not on AWS: the local sign-in is the page's form", body = crate::error::Problem, content_type = "application/problem+json"),
    )
)]
pub async fn leave(
    State(state): State<StaffState>,
    Query(query): Query<LeaveQuery>,
    headers: HeaderMap,
) -> Response {
    let SignInMethod::Hosted(hosted) = &state.sign_in else {
        return ApiError::PageNotFound.into_response();
    };
    let pending = Pending {
        state: random(24),
        verifier: random(48),
        next: safe_next(query.retour.as_deref()),
        previous: crate::session::cookie_secret(&headers).map(|secret| secret.key()),
    };
    let challenge = URL_SAFE_NO_PAD.encode(Sha256::digest(pending.verifier.as_bytes()));
    let redirect_uri = hosted.redirect_uri();
    let query = serde_urlencoded::to_string([
        ("response_type", "code"),
        ("client_id", hosted.client_id.as_str()),
        ("redirect_uri", redirect_uri.as_str()),
        ("scope", "openid email profile"),
        ("state", pending.state.as_str()),
        ("code_challenge", challenge.as_str()),
        ("code_challenge_method", "S256"),
    ])
    .unwrap_or_default();
    let cookie = URL_SAFE_NO_PAD.encode(serde_json::to_vec(&pending).unwrap_or_default());
    let mut response = StatusCode::SEE_OTHER.into_response();
    let headers = response.headers_mut();
    if let Ok(location) = HeaderValue::from_str(&format!("{}?{query}", hosted.authorize_url)) {
        headers.insert(header::LOCATION, location);
    }
    headers.insert(header::SET_COOKIE, pending_cookie(&cookie, PENDING_SECONDS));
    response
}

#[derive(Deserialize)]
pub struct ReturnQuery {
    code: Option<String>,
    state: Option<String>,
    error: Option<String>,
}

/// `GET /admin/connexion/retour/`: the hosted page came back with a code
/// (or an error). The state must be the one this browser left with; the
/// code is exchanged here; the ID token opens a session.
#[utoipa::path(
    get,
    path = "/admin/connexion/retour/",
    params(
        ("code" = Option<String>, Query, description = "The authorization code"),
        ("state" = Option<String>, Query, description = "The sign-in's `state`, checked against its cookie"),
        ("error" = Option<String>, Query, description = "Why the organisation's sign-in refused"),
    ),
    responses(
        (status = 200, description = "Signed in: a page that leads on to the page asked, with the session cookie", body = String, content_type = "text/html"),
        (status = 400, description = "A sign-in not begun here, too old, or cancelled: the sign-in page again; a query that cannot be read: a problem", content(
            (String = "text/html"),
            (crate::error::Problem = "application/problem+json"),
        )),
        (status = 401, description = "An identity that does not verify: the sign-in page again", body = String, content_type = "text/html"),
        (status = 403, description = "An identity with no staff role: the sign-in page again", body = String, content_type = "text/html"),
        (status = 404, description = "Not on AWS", body = crate::error::Problem, content_type = "application/problem+json"),
        (status = 503, description = "The organisation's sign-in cannot be reached: the sign-in page again", body = String, content_type = "text/html"),
    )
)]
pub async fn come_back(
    State(state): State<StaffState>,
    Query(query): Query<ReturnQuery>,
    headers: HeaderMap,
) -> Response {
    let SignInMethod::Hosted(hosted) = &state.sign_in else {
        return ApiError::PageNotFound.into_response();
    };
    let pending = read_pending(&headers);
    let next = pending
        .as_ref()
        .map(|pending| safe_next(Some(&pending.next)))
        .unwrap_or_else(|| HOME.to_owned());
    let form = SignInForm::new(SignInKind::Hosted, &next);
    let mut response = match (pending, query) {
        (_, ReturnQuery { error: Some(_), .. }) => refused_page(
            &state,
            form,
            StatusCode::BAD_REQUEST,
            &state
                .services
                .organisation
                .words
                .french()
                .t("sign-in-cancelled"),
        ),
        (
            Some(pending),
            ReturnQuery {
                code: Some(code),
                state: Some(sent),
                ..
            },
        ) if sent == pending.state => match hosted.exchange(&code, &pending.verifier).await {
            Ok(id_token) => match state.authenticator.authenticate(&id_token).await {
                Ok(member) => match start(&state, &member, pending.previous.as_ref()).await {
                    Ok((_, cookie)) => {
                        let mut response = onward(&state, &next);
                        response.headers_mut().append(header::SET_COOKIE, cookie);
                        response
                    }
                    Err(error) => {
                        tracing::error!(%error, "a session could not be opened");
                        unavailable(&state, form)
                    }
                },
                Err(error) => {
                    let error = super::identity::refusal(error);
                    let detail = error.problem().detail;
                    refused_page(&state, form, error.status(), &detail)
                }
            },
            Err(cause) => {
                tracing::error!(%cause, "a sign-in code could not be exchanged");
                unavailable(&state, form)
            }
        },
        _ => refused_page(
            &state,
            form,
            StatusCode::BAD_REQUEST,
            &state
                .services
                .organisation
                .words
                .french()
                .t("sign-in-not-verified"),
        ),
    };
    // Used or not, a pending sign-in is over.
    response
        .headers_mut()
        .append(header::SET_COOKIE, pending_cookie("", 0));
    response
}

/// Opens the session, taking over what the previous one kept.
async fn start(
    state: &StaffState,
    member: &plaintes_core::access::StaffMember,
    previous: Option<&plaintes_core::session::SessionKey>,
) -> Result<(plaintes_core::session::StaffSession, HeaderValue), plaintes_core::ports::StoreError> {
    let previous = match previous {
        // Only a kept form hangs on it: a failure to read it signs in all the same.
        Some(key) => state.sessions.by_key(key).await.unwrap_or_else(|error| {
            tracing::warn!(%error, "the previous session could not be read");
            None
        }),
        None => None,
    };
    state.sessions.start_after(member, previous).await
}

fn unavailable(state: &StaffState, form: SignInForm) -> Response {
    refused_page(
        state,
        form,
        StatusCode::SERVICE_UNAVAILABLE,
        &state
            .services
            .organisation
            .words
            .french()
            .t("problem-sign-in-unavailable"),
    )
}

/// Signed in: on to the page asked for. A page, not a redirect: the way
/// back from the provider began on its site, and a browser would not send
/// a `SameSite=Strict` cookie on a redirect that began elsewhere; a
/// refresh from this page is this site's own navigation.
fn onward(state: &StaffState, next: &str) -> Response {
    let mut form = SignInForm::new(SignInKind::Hosted, next);
    form.notice = Some(
        state
            .services
            .organisation
            .words
            .french()
            .t("sign-in-signed-in"),
    );
    form.onward = true;
    sign_in_answer(state, StatusCode::OK, &form)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_pending_sign_in_reads_back_from_its_cookie_only() {
        let pending = Pending {
            state: random(24),
            verifier: random(48),
            next: "/admin/mesures/".into(),
            previous: None,
        };
        let value = URL_SAFE_NO_PAD.encode(serde_json::to_vec(&pending).unwrap());
        let mut headers = HeaderMap::new();
        headers.insert(
            header::COOKIE,
            HeaderValue::from_str(&format!("a=b; {PENDING_COOKIE}={value}")).unwrap(),
        );
        let read = read_pending(&headers).unwrap();
        assert_eq!(read.state, pending.state);
        assert_eq!(read.verifier, pending.verifier);
        assert!(read.verifier.len() >= 43, "PKCE asks 43 characters or more");
        headers.insert(
            header::COOKIE,
            HeaderValue::from_static("__Host-plaintes-connexion=pas%20du%20json"),
        );
        assert!(read_pending(&headers).is_none());
        let cookie = pending_cookie("x", 600);
        let cookie = cookie.to_str().unwrap();
        for attribute in [
            "Path=/",
            "Secure",
            "HttpOnly",
            "SameSite=Lax",
            "Max-Age=600",
        ] {
            assert!(cookie.contains(attribute), "{cookie}");
        }
    }

    #[test]
    fn the_secret_never_shows_in_a_debug_print() {
        let hosted = HostedSignIn::cognito(
            "https://plaintes.auth.ca-central-1.amazoncognito.com/",
            "client",
            ClientSecret::new("TRES-SECRET".into()),
            "https://plaintes.example/",
        );
        assert!(!format!("{hosted:?}").contains("TRES-SECRET"));
        assert_eq!(
            hosted.redirect_uri(),
            "https://plaintes.example/admin/connexion/retour/"
        );
        assert_eq!(
            hosted.logout(),
            "https://plaintes.auth.ca-central-1.amazoncognito.com/logout?client_id=client&logout_uri=https%3A%2F%2Fplaintes.example%2Fadmin%2Fconnexion%2F%3Ffin%3D1"
        );
    }
}
