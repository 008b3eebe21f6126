//! The staff's sign-in session on the HTTP side: the `__Host-` cookie that
//! names it (`HttpOnly; Secure; SameSite=Strict`), the session kept in the
//! store, and the checks every change sent with it passes — it comes from
//! this site (`Sec-Fetch-Site`, else `Origin`) and carries the session's
//! form token (`x-plaintes-jeton`, or the `jeton` field of a form).
//!
//! Programs keep using a bearer token; a browser holds nothing a script
//! could read.

use std::sync::Arc;

use axum::http::{header, HeaderMap, HeaderValue};
use chrono::{DateTime, Utc};
use plaintes_core::access::StaffMember;
use plaintes_core::ports::{Clock, SessionStore, StoreError};
use plaintes_core::session::{SessionSecret, SessionSettings, SessionState, StaffSession, COOKIE};

/// The header a script sends the form token in.
pub const FORM_TOKEN_HEADER: &str = "x-plaintes-jeton";

/// The sessions of the staff pages: where they are kept, their limits, the time.
#[derive(Clone)]
pub struct Sessions {
    store: Arc<dyn SessionStore>,
    settings: SessionSettings,
    clock: Arc<dyn Clock>,
    site_url: String,
}

/// A session found from a request's cookie, open or not.
pub struct Found {
    pub session: StaffSession,
    pub open: bool,
}

impl Sessions {
    pub fn new(
        store: Arc<dyn SessionStore>,
        settings: SessionSettings,
        clock: Arc<dyn Clock>,
        site_url: &str,
    ) -> Self {
        Self {
            store,
            settings,
            clock,
            site_url: site_url.to_owned(),
        }
    }

    /// Whether `headers` come from another site than this one.
    pub fn cross_site(&self, headers: &HeaderMap) -> bool {
        from_another_site(headers, Some(&self.site_url))
    }

    pub fn settings(&self) -> &SessionSettings {
        &self.settings
    }

    pub fn now(&self) -> DateTime<Utc> {
        self.clock.now()
    }

    /// Opens a session for `member`; the answer's `Set-Cookie` is `cookie`.
    pub async fn start(
        &self,
        member: &StaffMember,
    ) -> Result<(StaffSession, HeaderValue), StoreError> {
        self.start_after(member, None).await
    }

    /// Opens a session for `member` that takes over what `previous` (the
    /// session that ended, when it was theirs) kept of a form posted after
    /// its end: the form is shown again, filled, in the new session.
    pub async fn start_after(
        &self,
        member: &StaffMember,
        previous: Option<StaffSession>,
    ) -> Result<(StaffSession, HeaderValue), StoreError> {
        let (secret, mut session) = StaffSession::start(member, self.now());
        if let Some(mut previous) = previous.filter(|previous| previous.member().id == member.id) {
            session.kept_form = previous.kept_form.take();
            if session.kept_form.is_some() {
                self.end(previous).await?;
            }
        }
        self.store
            .put_session(&session, session.kept_until(&self.settings))
            .await?;
        Ok((session, self.cookie(&secret)))
    }

    /// The session the store knows by `key`, open or not.
    pub async fn by_key(
        &self,
        key: &plaintes_core::session::SessionKey,
    ) -> Result<Option<StaffSession>, StoreError> {
        self.store.session(key).await
    }

    /// The session the request's cookie names, if the store keeps it.
    pub async fn find(&self, headers: &HeaderMap) -> Result<Option<Found>, StoreError> {
        let Some(secret) = cookie_secret(headers) else {
            return Ok(None);
        };
        let Some(session) = self.store.session(&secret.key()).await? else {
            return Ok(None);
        };
        let open = matches!(
            session.state(self.now(), &self.settings),
            SessionState::Open { .. }
        );
        Ok(Some(Found { session, open }))
    }

    /// The same, the store's failure already an answer (503).
    pub async fn find_or_answer(
        &self,
        headers: &HeaderMap,
    ) -> Result<Option<Found>, axum::response::Response> {
        use axum::response::IntoResponse;
        self.find(headers).await.map_err(|error| {
            crate::error::ApiError::Unavailable {
                detail: "problem-session-unavailable",
                cause: error.to_string(),
            }
            .into_response()
        })
    }

    /// Records a request made in `session`: its idle end moves on (never
    /// reopening a session signed out meanwhile).
    pub async fn seen(&self, session: &mut StaffSession) -> Result<(), StoreError> {
        let now = self.now();
        if session.seen(now) {
            self.store.touch_session(&session.key, now).await?;
        }
        Ok(())
    }

    /// Writes `session` as it is now.
    pub async fn save(&self, session: &StaffSession) -> Result<(), StoreError> {
        self.store
            .put_session(session, session.kept_until(&self.settings))
            .await
    }

    /// Ends `session` now: it opens nothing any more.
    pub async fn end(&self, mut session: StaffSession) -> Result<(), StoreError> {
        session.ended = true;
        session.kept_form = None;
        self.save(&session).await
    }

    fn cookie(&self, secret: &SessionSecret) -> HeaderValue {
        let seconds = self.settings.absolute().num_seconds();
        HeaderValue::from_str(&format!(
            "{COOKIE}={}; Path=/; Secure; HttpOnly; SameSite=Strict; Max-Age={seconds}",
            secret.as_str()
        ))
        .expect("a hex secret is a valid header value")
    }
}

/// The `Set-Cookie` that makes the browser forget its session.
pub fn cleared_cookie() -> HeaderValue {
    HeaderValue::from_str(&format!(
        "{COOKIE}=; Path=/; Secure; HttpOnly; SameSite=Strict; Max-Age=0"
    ))
    .expect("a fixed header value")
}

/// The value of the cookie `name` in the request's `Cookie` headers.
pub fn cookie<'a>(headers: &'a HeaderMap, name: &str) -> Option<&'a str> {
    headers
        .get_all(header::COOKIE)
        .iter()
        .filter_map(|value| value.to_str().ok())
        .flat_map(|value| value.split(';'))
        .filter_map(|pair| pair.trim().split_once('='))
        .find(|(found, _)| *found == name)
        .map(|(_, value)| value)
}

/// The session secret in the request's `Cookie` headers, if one is there.
pub fn cookie_secret(headers: &HeaderMap) -> Option<SessionSecret> {
    cookie(headers, COOKIE).and_then(SessionSecret::parse)
}

/// Whether a browser sent this from another site: its `Sec-Fetch-Site`,
/// or an `Origin` whose host is not the one asked.
pub fn cross_site(headers: &HeaderMap) -> bool {
    from_another_site(headers, None)
}

/// The same, knowing the site's public address (`site_url`): behind
/// CloudFront the `Host` the function sees is the API's, not the site's,
/// so an `Origin` equal to the site's address is this site too.
pub fn from_another_site(headers: &HeaderMap, site_url: Option<&str>) -> bool {
    let text = |name: &str| headers.get(name).and_then(|value| value.to_str().ok());
    if let Some(site) = text("sec-fetch-site") {
        return !matches!(site, "same-origin" | "none");
    }
    let Some(origin) = text("origin") else {
        return false;
    };
    if site_url.is_some_and(|site| site.trim_end_matches('/') == origin) {
        return false;
    }
    match text("host") {
        Some(host) => origin.split_once("://").map(|(_, authority)| authority) != Some(host),
        None => true,
    }
}

/// The form token a script sent in its header.
pub fn header_token(headers: &HeaderMap) -> Option<&str> {
    headers
        .get(FORM_TOKEN_HEADER)
        .and_then(|value| value.to_str().ok())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn headers(pairs: &[(&'static str, &str)]) -> HeaderMap {
        let mut map = HeaderMap::new();
        for (name, value) in pairs {
            map.append(*name, HeaderValue::from_str(value).unwrap());
        }
        map
    }

    #[test]
    fn the_secret_is_read_from_its_own_cookie_only() {
        let secret = "ab".repeat(32);
        let found = cookie_secret(&headers(&[(
            "cookie",
            &format!("autre=1; {COOKIE}={secret}; x=y"),
        )]));
        assert_eq!(found.map(|s| s.as_str().to_owned()), Some(secret.clone()));
        assert!(cookie_secret(&headers(&[(
            "cookie",
            &format!("plaintes-session={secret}")
        )]))
        .is_none());
        assert!(cookie_secret(&headers(&[("cookie", &format!("{COOKIE}=court"))])).is_none());
        // Split over two headers, as HTTP/2 sends them.
        let two = headers(&[("cookie", "a=b"), ("cookie", &format!("{COOKIE}={secret}"))]);
        assert!(cookie_secret(&two).is_some());
    }

    #[test]
    fn a_request_from_another_site_is_told_apart() {
        assert!(!cross_site(&headers(&[("sec-fetch-site", "same-origin")])));
        assert!(cross_site(&headers(&[("sec-fetch-site", "cross-site")])));
        assert!(cross_site(&headers(&[("sec-fetch-site", "same-site")])));
        assert!(!cross_site(&headers(&[
            ("origin", "https://plaintes.example"),
            ("host", "plaintes.example")
        ])));
        assert!(cross_site(&headers(&[
            ("origin", "https://ailleurs.example"),
            ("host", "plaintes.example")
        ])));
        assert!(!cross_site(&headers(&[])));
        // Behind CloudFront the Host is the API's: the site's own address counts.
        let behind = headers(&[
            ("origin", "https://plaintes.example"),
            ("host", "abc.execute-api.ca-central-1.amazonaws.com"),
        ]);
        assert!(cross_site(&behind));
        assert!(!from_another_site(
            &behind,
            Some("https://plaintes.example/")
        ));
        assert!(from_another_site(&behind, Some("https://autre.example")));
    }

    #[test]
    fn the_cookie_is_host_only_secure_and_out_of_scripts_reach() {
        let value = cleared_cookie();
        let text = value.to_str().unwrap();
        assert!(text.starts_with("__Host-"));
        for attribute in [
            "Path=/",
            "Secure",
            "HttpOnly",
            "SameSite=Strict",
            "Max-Age=0",
        ] {
            assert!(text.contains(attribute), "{text}");
        }
        assert!(!text.contains("Domain"));
    }
}
