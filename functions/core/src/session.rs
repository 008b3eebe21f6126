//! A staff member's sign-in session, kept by the server. The browser holds
//! only a random secret in an `HttpOnly` cookie (the backend-for-frontend
//! pattern of *OAuth 2.0 for Browser-Based Applications*): no script in a
//! page can read what opens the staff's files. The store keeps the digest
//! of that secret, never the secret, so a copy of the store opens nothing.
//!
//! A session ends at the first of two limits from the settings: an idle
//! limit (nothing done for so long) and an absolute one (counted from the
//! sign-in, however busy the person was). Signing out ends it at once. A
//! form posted just after the end is kept with the session, to be shown
//! again, filled, once the person has signed in again: no text typed is
//! lost to an expiry.

use chrono::{DateTime, Duration, Utc};
use rand::RngCore;
use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};

use crate::access::{Role, StaffId, StaffMember};

/// The cookie that names a session. The `__Host-` prefix makes browsers
/// refuse it unless it is `Secure`, for the whole site (`Path=/`) and for
/// this host alone (no `Domain`).
pub const COOKIE: &str = "__Host-plaintes-session";

/// How long an ended session is kept so that a form posted after its end
/// can still be taken back (then the store forgets it).
const KEPT_AFTER_END: Duration = Duration::hours(24);

/// The limits of a session, from the settings (`[staff_sessions]`).
#[derive(Debug, Clone, Copy, Deserialize, PartialEq, Eq)]
#[serde(deny_unknown_fields, default)]
pub struct SessionSettings {
    /// Minutes without a request after which the session ends.
    pub idle_minutes: u32,
    /// Hours after signing in at which the session ends whatever happens.
    pub absolute_hours: u32,
    /// Minutes before the end at which the page warns and offers to go on.
    pub warning_minutes: u32,
}

impl Default for SessionSettings {
    fn default() -> Self {
        Self {
            idle_minutes: 60,
            absolute_hours: 10,
            warning_minutes: 5,
        }
    }
}

impl SessionSettings {
    pub fn idle(&self) -> Duration {
        Duration::minutes(i64::from(self.idle_minutes))
    }

    pub fn absolute(&self) -> Duration {
        Duration::hours(i64::from(self.absolute_hours))
    }

    pub fn warning(&self) -> Duration {
        Duration::minutes(i64::from(self.warning_minutes))
    }
}

/// What the cookie carries: 32 random bytes, in hex.
#[derive(Clone, PartialEq, Eq)]
pub struct SessionSecret(String);

impl std::fmt::Debug for SessionSecret {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("SessionSecret(…)")
    }
}

impl SessionSecret {
    fn new() -> Self {
        let mut bytes = [0u8; 32];
        rand::rng().fill_bytes(&mut bytes);
        Self(hex::encode(bytes))
    }

    /// A secret as a cookie sent it; anything else names no session.
    pub fn parse(raw: &str) -> Option<Self> {
        let raw = raw.trim();
        (raw.len() == 64 && raw.bytes().all(|b| b.is_ascii_hexdigit()))
            .then(|| Self(raw.to_ascii_lowercase()))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// The key the store knows the session by: the secret's SHA-256.
    pub fn key(&self) -> SessionKey {
        SessionKey(hex::encode(Sha256::digest(self.0.as_bytes())))
    }
}

/// How the store names a session.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(transparent)]
pub struct SessionKey(String);

impl SessionKey {
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

/// A form posted after its session ended: where it was going and what it
/// held, to show again, filled, after signing in.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct KeptForm {
    /// The page address the form was posted to (a path of the staff pages).
    pub path: String,
    /// Its fields, in order, as posted.
    pub fields: Vec<(String, String)>,
    /// Sent from a page opened in an earlier session (another sign-in
    /// since): kept too, nothing done, for the person to check and resend.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub from_an_older_page: bool,
}

/// A session as the store keeps it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct StaffSession {
    pub key: SessionKey,
    member: StoredMember,
    pub started_at: DateTime<Utc>,
    pub last_seen_at: DateTime<Utc>,
    /// Sent back by every form and every state-changing request: another
    /// site can make a browser send the cookie, never read this.
    pub form_token: String,
    /// Set once the person signed out (or was signed out): it opens nothing.
    pub ended: bool,
    pub kept_form: Option<KeptForm>,
}

/// The person, as they were when they signed in.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
struct StoredMember {
    id: StaffId,
    name: String,
    email: String,
    roles: Vec<String>,
}

/// Where a session stands at a given moment.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SessionState {
    /// It opens the staff pages until `ends_at`.
    Open { ends_at: DateTime<Utc> },
    /// Nothing was done for longer than the idle limit, or the absolute
    /// limit passed, or the person signed out.
    Ended,
}

impl StaffSession {
    /// A new session for `member`, signed in at `at`; the secret goes in
    /// the cookie and nowhere else.
    pub fn start(member: &StaffMember, at: DateTime<Utc>) -> (SessionSecret, StaffSession) {
        let secret = SessionSecret::new();
        let session = StaffSession {
            key: secret.key(),
            member: StoredMember {
                id: member.id.clone(),
                name: member.name.clone(),
                email: member.email.clone(),
                roles: member
                    .roles
                    .iter()
                    .map(|role| role.group().to_owned())
                    .collect(),
            },
            started_at: at,
            last_seen_at: at,
            form_token: crate::complaint::IdempotencyKey::new_token(),
            ended: false,
            kept_form: None,
        };
        (secret, session)
    }

    pub fn member(&self) -> StaffMember {
        StaffMember {
            id: self.member.id.clone(),
            name: self.member.name.clone(),
            email: self.member.email.clone(),
            roles: self
                .member
                .roles
                .iter()
                .filter_map(|group| Role::from_group(group))
                .collect(),
        }
    }

    /// The moment it ends if nothing more is done.
    pub fn ends_at(&self, settings: &SessionSettings) -> DateTime<Utc> {
        (self.last_seen_at + settings.idle()).min(self.started_at + settings.absolute())
    }

    pub fn state(&self, now: DateTime<Utc>, settings: &SessionSettings) -> SessionState {
        let ends_at = self.ends_at(settings);
        if self.ended || now >= ends_at {
            SessionState::Ended
        } else {
            SessionState::Open { ends_at }
        }
    }

    /// Records a request at `now` (the idle limit counts from the last
    /// one); says whether it moved the session's end.
    pub fn seen(&mut self, now: DateTime<Utc>) -> bool {
        if now <= self.last_seen_at {
            return false;
        }
        self.last_seen_at = now;
        true
    }

    /// Until when the store keeps it: a day past its absolute end.
    pub fn kept_until(&self, settings: &SessionSettings) -> DateTime<Utc> {
        self.started_at + settings.absolute() + KEPT_AFTER_END
    }

    /// Whether a form or a request carries this session's token, compared
    /// in constant time.
    pub fn token_matches(&self, sent: &str) -> bool {
        let expected = self.form_token.as_bytes();
        let sent = sent.trim().as_bytes();
        expected.len() == sent.len()
            && expected
                .iter()
                .zip(sent)
                .fold(0u8, |diff, (a, b)| diff | (a ^ b))
                == 0
    }

    /// Whether a form posted to `path` after the end may be kept with this
    /// session: only the person's own session, ended by time (not by
    /// signing out, which asks to leave nothing behind), and not long ago.
    pub fn may_keep_form(&self, now: DateTime<Utc>, settings: &SessionSettings) -> bool {
        !self.ended && now < self.kept_until(settings)
    }
}

#[cfg(test)]
mod tests {
    use std::collections::BTreeSet;

    use chrono::TimeZone;

    use super::*;

    fn member() -> StaffMember {
        StaffMember {
            id: StaffId::new("local-1"),
            name: "Julie Tremblay".into(),
            email: "julie@example.org".into(),
            roles: BTreeSet::from([Role::Handler, Role::Direction]),
        }
    }

    fn at(hour: u32, minute: u32) -> DateTime<Utc> {
        Utc.with_ymd_and_hms(2026, 12, 2, hour, minute, 0).unwrap()
    }

    #[test]
    fn the_store_knows_the_digest_and_never_the_secret() {
        let (secret, session) = StaffSession::start(&member(), at(9, 0));
        assert_eq!(secret.as_str().len(), 64);
        assert_eq!(session.key, secret.key());
        assert_ne!(session.key.as_str(), secret.as_str());
        let stored = serde_json::to_string(&session).unwrap();
        assert!(!stored.contains(secret.as_str()));
        let back: StaffSession = serde_json::from_str(&stored).unwrap();
        assert_eq!(back.member(), member());
        let (other, _) = StaffSession::start(&member(), at(9, 0));
        assert_ne!(other, secret);
    }

    #[test]
    fn only_a_secret_of_the_right_shape_names_a_session() {
        let (secret, _) = StaffSession::start(&member(), at(9, 0));
        assert_eq!(SessionSecret::parse(secret.as_str()), Some(secret.clone()));
        assert_eq!(
            SessionSecret::parse(&secret.as_str().to_uppercase()).map(|s| s.key()),
            Some(secret.key())
        );
        for raw in ["", "abc", &"z".repeat(64), &"a".repeat(65)] {
            assert_eq!(SessionSecret::parse(raw), None, "{raw}");
        }
    }

    #[test]
    fn a_session_ends_at_the_first_of_its_two_limits() {
        let settings = SessionSettings {
            idle_minutes: 60,
            absolute_hours: 10,
            warning_minutes: 5,
        };
        let (_, mut session) = StaffSession::start(&member(), at(8, 0));
        assert_eq!(
            session.state(at(8, 59), &settings),
            SessionState::Open { ends_at: at(9, 0) }
        );
        assert_eq!(session.state(at(9, 0), &settings), SessionState::Ended);
        // Busy all day: each request pushes the idle end, never the absolute one.
        for hour in 8..18 {
            assert!(session.seen(at(hour, 30)));
            assert!(matches!(
                session.state(at(hour, 31), &settings),
                SessionState::Open { .. }
            ));
        }
        assert_eq!(session.ends_at(&settings), at(18, 0));
        assert_eq!(session.state(at(18, 0), &settings), SessionState::Ended);
        assert_eq!(
            session.kept_until(&settings),
            at(18, 0) + Duration::hours(24)
        );
    }

    #[test]
    fn each_request_pushes_the_idle_end_and_never_back() {
        let settings = SessionSettings::default();
        let (_, mut session) = StaffSession::start(&member(), at(8, 0));
        assert!(session.seen(at(8, 0) + Duration::seconds(59)));
        assert_eq!(session.ends_at(&settings), at(9, 0) + Duration::seconds(59));
        assert!(!session.seen(at(8, 0)), "a late request moves nothing back");
        assert_eq!(session.last_seen_at, at(8, 0) + Duration::seconds(59));
    }

    #[test]
    fn a_signed_out_session_opens_nothing_and_keeps_no_form() {
        let settings = SessionSettings::default();
        let (_, mut session) = StaffSession::start(&member(), at(8, 0));
        assert!(session.may_keep_form(at(20, 0), &settings));
        session.ended = true;
        assert_eq!(session.state(at(8, 1), &settings), SessionState::Ended);
        assert!(!session.may_keep_form(at(8, 1), &settings));
        let (_, old) = StaffSession::start(&member(), at(8, 0));
        assert!(!old.may_keep_form(old.kept_until(&settings), &settings));
    }

    #[test]
    fn the_form_token_must_be_the_sessions_own() {
        let (_, session) = StaffSession::start(&member(), at(8, 0));
        assert!(session.token_matches(&session.form_token.clone()));
        assert!(!session.token_matches(""));
        assert!(!session.token_matches(&session.form_token[1..]));
        let mut other = session.form_token.clone().into_bytes();
        other[0] = if other[0] == b'a' { b'b' } else { b'a' };
        assert!(!session.token_matches(std::str::from_utf8(&other).unwrap()));
    }
}
