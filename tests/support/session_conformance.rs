//! What every `SessionStore` must do, run on SQLite and on DynamoDB.

use std::collections::BTreeSet;
use std::sync::Arc;

use chrono::Duration;
use plaintes_core::access::{Role, StaffId, StaffMember};
use plaintes_core::ports::SessionStore;
use plaintes_core::session::{KeptForm, SessionSettings, SessionState, StaffSession};

use crate::{at, FRIDAY_EVENING};

fn member() -> StaffMember {
    StaffMember {
        id: StaffId::new("local-7"),
        name: "Karim Haddad".into(),
        email: "karim@example.org".into(),
        roles: BTreeSet::from([Role::Handler]),
    }
}

pub async fn a_session_reads_back_by_the_digest_of_its_secret(store: Arc<dyn SessionStore>) {
    let settings = SessionSettings::default();
    let now = at(FRIDAY_EVENING);
    let (secret, session) = StaffSession::start(&member(), now);
    store
        .put_session(&session, session.kept_until(&settings))
        .await
        .unwrap();
    let read = store.session(&secret.key()).await.unwrap().unwrap();
    assert_eq!(read, session);
    assert_eq!(read.member(), member());
    assert!(matches!(
        read.state(now, &settings),
        SessionState::Open { .. }
    ));
    // Another secret names nothing.
    let (other, _) = StaffSession::start(&member(), now);
    assert_eq!(store.session(&other.key()).await.unwrap(), None);
}

pub async fn a_session_rewritten_keeps_its_last_state(store: Arc<dyn SessionStore>) {
    let settings = SessionSettings::default();
    let now = at(FRIDAY_EVENING);
    let (secret, mut session) = StaffSession::start(&member(), now);
    let keep = session.kept_until(&settings);
    store.put_session(&session, keep).await.unwrap();
    assert!(session.seen(now + Duration::minutes(20)));
    session.kept_form = Some(KeptForm {
        path: "/admin/plaintes/P-2026-0001/reponse".into(),
        fields: vec![
            (
                "texte".into(),
                "Bonjour,\nVoici notre réponse — «\u{a0}complète\u{a0}».".into(),
            ),
            ("moyen".into(), "email".into()),
        ],
        from_an_older_page: true,
    });
    store.put_session(&session, keep).await.unwrap();
    assert_eq!(
        store.session(&secret.key()).await.unwrap().unwrap(),
        session
    );
    session.ended = true;
    session.kept_form = None;
    store.put_session(&session, keep).await.unwrap();
    let ended = store.session(&secret.key()).await.unwrap().unwrap();
    assert_eq!(ended.state(now, &settings), SessionState::Ended);
    assert_eq!(ended.kept_form, None);
}

pub async fn a_request_moves_the_idle_end_but_never_reopens_a_session(
    store: Arc<dyn SessionStore>,
) {
    let settings = SessionSettings::default();
    let now = at(FRIDAY_EVENING);
    let (secret, mut session) = StaffSession::start(&member(), now);
    let keep = session.kept_until(&settings);
    store.put_session(&session, keep).await.unwrap();
    let later = now + Duration::minutes(30);
    store.touch_session(&secret.key(), later).await.unwrap();
    let read = store.session(&secret.key()).await.unwrap().unwrap();
    assert_eq!(read.last_seen_at, later);
    assert_eq!(read.ends_at(&settings), later + settings.idle());
    assert_eq!(read.form_token, session.form_token, "nothing else changes");

    // Signed out, then a request that was on its way: still signed out.
    session.ended = true;
    store.put_session(&session, keep).await.unwrap();
    store
        .touch_session(&secret.key(), later + Duration::minutes(1))
        .await
        .unwrap();
    let read = store.session(&secret.key()).await.unwrap().unwrap();
    assert!(read.ended);
    assert_eq!(read.state(later, &settings), SessionState::Ended);
    // A session the store does not know: nothing happens, no error.
    let (unknown, _) = StaffSession::start(&member(), now);
    store.touch_session(&unknown.key(), later).await.unwrap();
    assert_eq!(store.session(&unknown.key()).await.unwrap(), None);
}

/// Runs every test of the suite, each on a store from `fresh`.
#[macro_export]
macro_rules! session_store_conformance_tests {
    ($fresh:expr) => {
        $crate::session_store_conformance_tests!(@each $fresh;
            a_session_reads_back_by_the_digest_of_its_secret,
            a_session_rewritten_keeps_its_last_state,
            a_request_moves_the_idle_end_but_never_reopens_a_session,
        );
    };
    (@each $fresh:expr; $($name:ident,)*) => {
        mod sessions {
            use super::*;
            $(
                #[tokio::test]
                async fn $name() {
                    let store = $fresh.await;
                    $crate::session_conformance::$name(store).await;
                }
            )*
        }
    };
}
