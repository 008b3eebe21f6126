//! Staff accounts of the local server, in the same SQLite file: on AWS the
//! Cognito user pool holds them. A password is kept only as an Argon2id
//! hash; wrong passwords are counted and, after a few, the account waits
//! before it accepts another try.

use std::collections::BTreeSet;

use argon2::password_hash::{PasswordHash, PasswordHasher, PasswordVerifier, SaltString};
use argon2::Argon2;
use chrono::{DateTime, Duration, Utc};
use plaintes_core::access::{Role, StaffId, StaffMember};
use plaintes_core::complaint::Email;
use plaintes_core::ports::{Directory, StoreError};
use rusqlite::{params, OptionalExtension};

use crate::store::{backend, timestamp, SqliteStore};

/// The shortest password accepted.
pub const PASSWORD_MIN: usize = 12;
/// Wrong passwords in a row before the account waits.
const ATTEMPTS_BEFORE_PAUSE: u32 = 5;

#[derive(Debug, thiserror::Error)]
pub enum AccountError {
    #[error("{0}")]
    Invalid(String),
    #[error("un compte existe déjà pour {0}")]
    Exists(String),
    #[error(transparent)]
    Store(#[from] StoreError),
}

/// What a sign-in attempt gives.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SignIn {
    Accepted(StaffMember),
    /// Unknown account or wrong password: the two are not told apart.
    Refused,
    /// Too many wrong passwords: try again after this time.
    Paused(DateTime<Utc>),
}

fn hash(password: &str) -> Result<String, AccountError> {
    let mut bytes = [0u8; 16];
    rand::RngCore::fill_bytes(&mut rand::rng(), &mut bytes);
    let salt =
        SaltString::encode_b64(&bytes).map_err(|error| AccountError::Store(backend(error)))?;
    Argon2::default()
        .hash_password(password.as_bytes(), &salt)
        .map(|hash| hash.to_string())
        .map_err(|error| AccountError::Store(backend(error)))
}

/// What an address without an account is checked against: the same work
/// as a real password, never a match.
const UNKNOWN_ACCOUNT_HASH: &str =
    "$argon2id$v=19$m=19456,t=2,p=1$c2FsdHNhbHRzYWx0$0000000000000000000000000000000000000000000";

/// Password checks running at once, at most: each takes a core for a few
/// milliseconds, and a burst of sign-ins must not starve the server.
static HASHING: tokio::sync::Semaphore = tokio::sync::Semaphore::const_new(2);

/// `verify` off the async runtime, on the blocking pool, a few at a time.
async fn verify_bounded(password: &str, stored: &str) -> bool {
    let Ok(_permit) = HASHING.acquire().await else {
        return false;
    };
    let (password, stored) = (password.to_owned(), stored.to_owned());
    tokio::task::spawn_blocking(move || verify(&password, &stored))
        .await
        .unwrap_or(false)
}

fn verify(password: &str, stored: &str) -> bool {
    PasswordHash::new(stored)
        .map(|parsed| {
            Argon2::default()
                .verify_password(password.as_bytes(), &parsed)
                .is_ok()
        })
        .unwrap_or(false)
}

/// How long the account waits after `failures` wrong passwords in a row:
/// nothing for the first few, then 1, 2, 4 … minutes, at most an hour.
fn pause_after(failures: u32) -> Option<Duration> {
    let over = failures.checked_sub(ATTEMPTS_BEFORE_PAUSE)?;
    Some(Duration::minutes(2i64.saturating_pow(over.min(6)).min(60)))
}

impl SqliteStore {
    /// Adds a staff account.
    pub async fn add_staff(
        &self,
        email: &str,
        name: &str,
        roles: &BTreeSet<Role>,
        password: &str,
        now: DateTime<Utc>,
    ) -> Result<StaffMember, AccountError> {
        let email =
            Email::parse(email).map_err(|wording| AccountError::Invalid(wording.to_string()))?;
        let name = name.trim().to_owned();
        if name.is_empty() {
            return Err(AccountError::Invalid(
                "Indiquez le nom de la personne.".into(),
            ));
        }
        if roles.is_empty() {
            return Err(AccountError::Invalid(
                "Indiquez au moins un rôle : accueil, responsable, direction ou conseil.".into(),
            ));
        }
        if password.chars().count() < PASSWORD_MIN {
            return Err(AccountError::Invalid(format!(
                "Le mot de passe doit compter au moins {PASSWORD_MIN} caractères."
            )));
        }
        let mut bytes = [0u8; 12];
        rand::RngCore::fill_bytes(&mut rand::rng(), &mut bytes);
        let member = StaffMember {
            id: StaffId::new(&format!(
                "local-{}",
                bytes.iter().map(|b| format!("{b:02x}")).collect::<String>()
            )),
            name,
            email: email.as_str().to_lowercase(),
            roles: roles.clone(),
        };
        let password_hash = hash(password)?;
        let roles_json = serde_json::to_string(&member.roles).map_err(backend)?;
        let (id, name, address) = (member.id.clone(), member.name.clone(), member.email.clone());
        let inserted = self
            .with(move |connection| {
                connection
                    .execute(
                        "INSERT INTO staff_accounts (id, email, name, roles, password_hash, created_at)
                         VALUES (?1, ?2, ?3, ?4, ?5, ?6) ON CONFLICT DO NOTHING",
                        params![id.as_str(), address, name, roles_json, password_hash, timestamp(now)],
                    )
                    .map_err(backend)
            })
            .await?;
        if inserted == 0 {
            return Err(AccountError::Exists(member.email));
        }
        Ok(member)
    }

    /// Checks a password, counting the wrong ones.
    pub async fn sign_in(
        &self,
        email: &str,
        password: &str,
        now: DateTime<Utc>,
    ) -> Result<SignIn, StoreError> {
        let address = email.trim().to_lowercase();
        let key = address.clone();
        let account = self
            .with(move |connection| {
                connection
                    .query_row(
                        "SELECT id, name, roles, password_hash, locked_until
                         FROM staff_accounts WHERE email = ?1",
                        [key.as_str()],
                        |row| {
                            Ok((
                                row.get::<_, String>(0)?,
                                row.get::<_, String>(1)?,
                                row.get::<_, String>(2)?,
                                row.get::<_, String>(3)?,
                                row.get::<_, Option<String>>(4)?,
                            ))
                        },
                    )
                    .optional()
                    .map_err(backend)
            })
            .await?;
        // An address without an account goes through the same steps, on a
        // table of its own: the same work, the same pauses, the same answers.
        let (account, locked_until) = match account {
            Some((id, name, roles, password_hash, locked_until)) => {
                (Some((id, name, roles, password_hash)), locked_until)
            }
            None => {
                let key = address.clone();
                let locked_until = self
                    .with(move |connection| {
                        connection
                            .query_row(
                                "SELECT locked_until FROM sign_in_failures WHERE id = ?1",
                                [key.as_str()],
                                |row| row.get::<_, Option<String>>(0),
                            )
                            .optional()
                            .map(Option::flatten)
                            .map_err(backend)
                    })
                    .await?;
                (None, locked_until)
            }
        };
        if let Some(until) = locked_until.and_then(|t| DateTime::parse_from_rfc3339(&t).ok()) {
            let until = until.with_timezone(&Utc);
            if until > now {
                return Ok(SignIn::Paused(until));
            }
        }
        let stored = account
            .as_ref()
            .map_or(UNKNOWN_ACCOUNT_HASH, |(_, _, _, hash)| hash.as_str());
        let accepted = verify_bounded(password, stored).await && account.is_some();
        let known = account.is_some();
        // Accounts are counted by id, addresses without one by address.
        let key = account
            .as_ref()
            .map_or_else(|| address.clone(), |(id, ..)| id.clone());
        // Counted in one step, from the stored count: tries made at the same
        // time are all counted, none overwrites another.
        self.with(move |connection| {
            let transaction = connection.transaction().map_err(backend)?;
            let table = if known {
                "staff_accounts"
            } else {
                "sign_in_failures"
            };
            let failures: u32 = match (accepted, known) {
                (true, _) => 0,
                (false, true) => transaction
                    .query_row(
                        "UPDATE staff_accounts SET failed_attempts = failed_attempts + 1
                         WHERE id = ?1 RETURNING failed_attempts",
                        [key.as_str()],
                        |row| row.get(0),
                    )
                    .map_err(backend)?,
                (false, false) => transaction
                    .query_row(
                        "INSERT INTO sign_in_failures (id, failed_attempts) VALUES (?1, 1)
                         ON CONFLICT (id) DO UPDATE SET failed_attempts = failed_attempts + 1
                         RETURNING failed_attempts",
                        [key.as_str()],
                        |row| row.get(0),
                    )
                    .map_err(backend)?,
            };
            let locked_until = pause_after(failures).map(|pause| timestamp(now + pause));
            transaction
                .execute(
                    &format!(
                        "UPDATE {table} SET failed_attempts = ?1, locked_until = ?2 WHERE id = ?3"
                    ),
                    params![failures, locked_until, key.as_str()],
                )
                .map_err(backend)?;
            transaction.commit().map_err(backend)
        })
        .await?;
        let Some((id, name, roles, _)) = account.filter(|_| accepted) else {
            return Ok(SignIn::Refused);
        };
        Ok(SignIn::Accepted(StaffMember {
            id: StaffId::new(&id),
            name,
            email: address,
            roles: serde_json::from_str(&roles).map_err(backend)?,
        }))
    }
}

/// The local accounts are the staff directory of the local server.
#[async_trait::async_trait]
impl Directory for SqliteStore {
    async fn members(&self) -> Result<Vec<StaffMember>, StoreError> {
        self.with(|connection| {
            let mut statement = connection
                .prepare_cached("SELECT id, name, roles, email FROM staff_accounts ORDER BY name")
                .map_err(backend)?;
            let rows = statement
                .query_map([], |row| {
                    Ok((
                        row.get::<_, String>(0)?,
                        row.get::<_, String>(1)?,
                        row.get::<_, String>(2)?,
                        row.get::<_, String>(3)?,
                    ))
                })
                .map_err(backend)?;
            rows.map(|row| {
                let (id, name, roles, email) = row.map_err(backend)?;
                Ok(StaffMember {
                    id: StaffId::new(&id),
                    name,
                    email,
                    roles: serde_json::from_str(&roles).map_err(backend)?,
                })
            })
            .collect()
        })
        .await
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn roles(list: &[Role]) -> BTreeSet<Role> {
        list.iter().copied().collect()
    }

    async fn store() -> (tempfile::TempDir, SqliteStore) {
        let folder = tempfile::tempdir().unwrap();
        let store = SqliteStore::open(&folder.path().join("p.sqlite")).unwrap();
        (folder, store)
    }

    const PASSWORD: &str = "correct cheval pile agrafe";

    #[tokio::test]
    async fn a_staff_member_signs_in_with_their_password_and_gets_their_roles() {
        let (_folder, store) = store().await;
        let now = Utc::now();
        store
            .add_staff(
                "Andreane.M@Example.org",
                "Andréane Morin",
                &roles(&[Role::Direction]),
                PASSWORD,
                now,
            )
            .await
            .unwrap();
        let SignIn::Accepted(member) = store
            .sign_in("andreane.m@example.org", PASSWORD, now)
            .await
            .unwrap()
        else {
            panic!("the right password is accepted")
        };
        assert_eq!(member.email, "andreane.m@example.org");
        assert!(member.id.as_str().starts_with("local-"), "{}", member.id);
        assert_eq!(member.roles, roles(&[Role::Direction]));
        assert_eq!(
            store
                .sign_in("andreane.m@example.org", "mauvais mot de passe", now)
                .await
                .unwrap(),
            SignIn::Refused
        );
        assert_eq!(
            store
                .sign_in("inconnu@example.org", PASSWORD, now)
                .await
                .unwrap(),
            SignIn::Refused
        );
    }

    #[tokio::test]
    async fn the_password_is_kept_only_as_an_argon2id_hash() {
        let (folder, store) = store().await;
        store
            .add_staff(
                "a@example.org",
                "A",
                &roles(&[Role::Handler]),
                PASSWORD,
                Utc::now(),
            )
            .await
            .unwrap();
        drop(store);
        let connection = rusqlite::Connection::open(folder.path().join("p.sqlite")).unwrap();
        let stored: String = connection
            .query_row("SELECT password_hash FROM staff_accounts", [], |row| {
                row.get(0)
            })
            .unwrap();
        assert!(stored.starts_with("$argon2id$"), "{stored}");
        assert!(!stored.contains(PASSWORD));
    }

    #[tokio::test]
    async fn repeated_wrong_passwords_make_the_account_wait() {
        let (_folder, store) = store().await;
        // Stored times keep microseconds: start on a whole second.
        let now = DateTime::parse_from_rfc3339("2026-11-30T09:00:00-05:00")
            .unwrap()
            .with_timezone(&Utc);
        store
            .add_staff(
                "a@example.org",
                "A",
                &roles(&[Role::Handler]),
                PASSWORD,
                now,
            )
            .await
            .unwrap();
        for _ in 0..ATTEMPTS_BEFORE_PAUSE {
            assert_eq!(
                store.sign_in("a@example.org", "non", now).await.unwrap(),
                SignIn::Refused
            );
        }
        let paused = store.sign_in("a@example.org", PASSWORD, now).await.unwrap();
        assert_eq!(paused, SignIn::Paused(now + Duration::minutes(1)));
        let later = now + Duration::minutes(2);
        assert!(matches!(
            store
                .sign_in("a@example.org", PASSWORD, later)
                .await
                .unwrap(),
            SignIn::Accepted(_)
        ));
    }

    #[tokio::test]
    async fn an_account_needs_a_valid_email_a_name_a_role_and_a_long_password() {
        let (_folder, store) = store().await;
        let now = Utc::now();
        let direction = roles(&[Role::Direction]);
        assert!(matches!(
            store
                .add_staff("pas-un-courriel", "A", &direction, PASSWORD, now)
                .await,
            Err(AccountError::Invalid(_))
        ));
        assert!(matches!(
            store
                .add_staff("a@example.org", " ", &direction, PASSWORD, now)
                .await,
            Err(AccountError::Invalid(_))
        ));
        assert!(matches!(
            store
                .add_staff("a@example.org", "A", &roles(&[]), PASSWORD, now)
                .await,
            Err(AccountError::Invalid(_))
        ));
        let short = store
            .add_staff("a@example.org", "A", &direction, "court", now)
            .await
            .unwrap_err();
        assert_eq!(
            short.to_string(),
            "Le mot de passe doit compter au moins 12 caractères."
        );
        store
            .add_staff("a@example.org", "A", &direction, PASSWORD, now)
            .await
            .unwrap();
        assert!(matches!(
            store
                .add_staff("A@example.org", "A", &direction, PASSWORD, now)
                .await,
            Err(AccountError::Exists(_))
        ));
    }
}

#[cfg(test)]
mod unknown_account {
    use super::*;

    #[test]
    fn an_unknown_address_is_checked_against_a_real_argon2_hash() {
        // A hash that does not parse would be refused at once, and timing
        // would tell that the address has no account.
        let parsed = PasswordHash::new(UNKNOWN_ACCOUNT_HASH).expect("a well-formed hash");
        assert_eq!(parsed.algorithm.as_str(), "argon2id");
        assert!(!verify("un mot de passe assez long", UNKNOWN_ACCOUNT_HASH));
    }
}
