//! Token verification: only an ID token signed by a known key, from the
//! expected issuer, for the expected audience, not expired, and naming at
//! least one staff group lets anyone into the staff routes.

use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Arc;

use aws_lc_rs::rand::SystemRandom;
use aws_lc_rs::rsa::KeySize;
use aws_lc_rs::signature::{KeyPair, RsaKeyPair, RsaPublicKeyComponents, RSA_PKCS1_SHA256};
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use base64::Engine;
use plaintes_core::access::{Role, StaffId, StaffMember};
use plaintes_http::identity::{
    id_token_claims, AuthError, Authenticator, FixedKeys, JwtVerifier, SigningKey,
};
use serde_json::{json, Value};

const ISSUER: &str = "https://cognito-idp.ca-central-1.amazonaws.com/ca-central-1_Abc";
const AUDIENCE: &str = "admin-client-id";

fn manager() -> StaffMember {
    StaffMember {
        id: StaffId::new("Gestion@CJEF.example"),
        email: "gestion@cjef.example".into(),
        name: "Karim Tremblay".into(),
        roles: [Role::Handler].into(),
    }
}

fn now() -> i64 {
    chrono::Utc::now().timestamp()
}

fn claims() -> Value {
    id_token_claims(&manager(), ISSUER, AUDIENCE, now(), now() + 3600, "jti-1")
}

fn verifier(key: &SigningKey) -> JwtVerifier {
    JwtVerifier::new(ISSUER, AUDIENCE, Arc::new(FixedKeys(key.jwk_set())))
}

async fn check(claims: Value) -> Result<StaffMember, AuthError> {
    let key = SigningKey::generate().unwrap();
    verifier(&key)
        .authenticate(&key.sign(&claims).unwrap())
        .await
}

fn is_invalid(result: Result<StaffMember, AuthError>) -> bool {
    matches!(result, Err(AuthError::Invalid(_)))
}

#[tokio::test]
async fn a_valid_id_token_gives_the_member_with_their_roles() {
    let member = check(claims()).await.unwrap();
    assert_eq!(member.id.as_str(), "gestion@cjef.example");
    assert_eq!(member.name, "Karim Tremblay");
    assert!(member.has(Role::Handler) && !member.has(Role::Direction));
}

#[tokio::test]
async fn an_expired_token_is_refused() {
    let mut expired = claims();
    expired["exp"] = json!(now() - 120);
    assert!(is_invalid(check(expired).await));
}

#[tokio::test]
async fn a_token_from_another_issuer_is_refused() {
    let mut other = claims();
    other["iss"] = json!("https://cognito-idp.ca-central-1.amazonaws.com/ca-central-1_Other");
    assert!(is_invalid(check(other).await));
}

#[tokio::test]
async fn a_token_for_another_audience_is_refused() {
    let mut other = claims();
    other["aud"] = json!("another-app");
    assert!(is_invalid(check(other).await));
}

#[tokio::test]
async fn a_token_without_expiry_or_audience_is_refused() {
    for claim in ["exp", "aud", "iss"] {
        let mut partial = claims();
        partial.as_object_mut().unwrap().remove(claim);
        assert!(is_invalid(check(partial).await), "without {claim}");
    }
}

#[tokio::test]
async fn an_access_token_is_not_an_id_token() {
    let mut access = claims();
    access["token_use"] = json!("access");
    assert!(is_invalid(check(access).await));
}

#[tokio::test]
async fn a_token_signed_by_another_key_is_refused() {
    let trusted = SigningKey::generate().unwrap();
    let forger = SigningKey::generate().unwrap();
    let forged = forger.sign(&claims()).unwrap();
    // The forger's token names the trusted key's id.
    let trusted_kid = trusted.jwk_set().keys[0].common.key_id.clone().unwrap();
    let (_, rest) = forged.split_once('.').unwrap();
    let header = URL_SAFE_NO_PAD
        .encode(json!({"alg": "ES256", "typ": "JWT", "kid": trusted_kid}).to_string());
    let token = format!("{header}.{rest}");
    assert!(is_invalid(verifier(&trusted).authenticate(&token).await));
    assert!(
        is_invalid(verifier(&trusted).authenticate(&forged).await),
        "unknown key id"
    );
}

#[tokio::test]
async fn a_token_whose_claims_were_changed_after_signing_is_refused() {
    let key = SigningKey::generate().unwrap();
    let token = key.sign(&claims()).unwrap();
    let parts: Vec<&str> = token.split('.').collect();
    let mut promoted = claims();
    promoted["cognito:groups"] = json!(["direction"]);
    let tampered = format!(
        "{}.{}.{}",
        parts[0],
        URL_SAFE_NO_PAD.encode(promoted.to_string()),
        parts[2]
    );
    assert!(is_invalid(verifier(&key).authenticate(&tampered).await));
}

#[tokio::test]
async fn a_token_that_chooses_its_own_algorithm_is_refused() {
    let key = SigningKey::generate().unwrap();
    let kid = key.jwk_set().keys[0].common.key_id.clone().unwrap();
    let body = URL_SAFE_NO_PAD.encode(claims().to_string());
    for alg in ["none", "HS256"] {
        let header = URL_SAFE_NO_PAD.encode(json!({"alg": alg, "kid": kid}).to_string());
        let token = format!("{header}.{body}.");
        assert!(
            is_invalid(verifier(&key).authenticate(&token).await),
            "{alg}"
        );
    }
    assert!(is_invalid(
        verifier(&key).authenticate("pas-un-jeton").await
    ));
}

#[tokio::test]
async fn a_token_without_a_staff_group_gives_no_role() {
    let mut none = claims();
    none["cognito:groups"] = json!([]);
    assert_eq!(check(none).await, Err(AuthError::NoRole));
    let mut unknown = claims();
    unknown["cognito:groups"] = json!(["administrateurs"]);
    assert_eq!(check(unknown).await, Err(AuthError::NoRole));
    let mut missing = claims();
    missing.as_object_mut().unwrap().remove("cognito:groups");
    assert_eq!(check(missing).await, Err(AuthError::NoRole));
}

/// An RS256 key as Cognito uses, and a token signed with it.
struct RsaKey {
    pair: RsaKeyPair,
    kid: &'static str,
}

impl RsaKey {
    fn generate(kid: &'static str) -> Self {
        Self {
            pair: RsaKeyPair::generate(KeySize::Rsa2048).unwrap(),
            kid,
        }
    }

    fn jwk(&self) -> Value {
        let components = RsaPublicKeyComponents::<Vec<u8>>::from(self.pair.public_key());
        json!({
            "kty": "RSA", "alg": "RS256", "use": "sig", "kid": self.kid,
            "n": URL_SAFE_NO_PAD.encode(&components.n),
            "e": URL_SAFE_NO_PAD.encode(&components.e),
        })
    }

    fn sign(&self, claims: &Value) -> String {
        let header = URL_SAFE_NO_PAD
            .encode(json!({"alg": "RS256", "kid": self.kid, "typ": "JWT"}).to_string());
        let body = URL_SAFE_NO_PAD.encode(claims.to_string());
        let message = format!("{header}.{body}");
        let mut signature = vec![0; self.pair.public_modulus_len()];
        self.pair
            .sign(
                &RSA_PKCS1_SHA256,
                &SystemRandom::new(),
                message.as_bytes(),
                &mut signature,
            )
            .unwrap();
        format!("{message}.{}", URL_SAFE_NO_PAD.encode(signature))
    }
}

/// Serves `keys` as a JWKS, as a user pool does, and counts the fetches.
async fn serve_jwks(keys: Value) -> (String, Arc<AtomicUsize>) {
    let fetches = Arc::new(AtomicUsize::new(0));
    let counter = fetches.clone();
    let app = axum::Router::new().route(
        "/.well-known/jwks.json",
        axum::routing::get(move || {
            let counter = counter.clone();
            let keys = keys.clone();
            async move {
                counter.fetch_add(1, Ordering::SeqCst);
                axum::Json(keys)
            }
        }),
    );
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let url = format!(
        "http://{}/.well-known/jwks.json",
        listener.local_addr().unwrap()
    );
    tokio::spawn(async move { axum::serve(listener, app).await });
    (url, fetches)
}

#[tokio::test]
async fn a_cognito_rs256_token_is_checked_against_the_pools_published_keys() {
    let cognito = RsaKey::generate("pool-key-1");
    let (url, fetches) = serve_jwks(json!({"keys": [cognito.jwk()]})).await;
    let keys = Arc::new(plaintes_http::identity::RemoteKeys::new(&url));
    let verifier = JwtVerifier::new(ISSUER, AUDIENCE, keys);

    let member = verifier
        .authenticate(&cognito.sign(&claims()))
        .await
        .unwrap();
    assert_eq!(member.name, "Karim Tremblay");
    verifier
        .authenticate(&cognito.sign(&claims()))
        .await
        .unwrap();
    assert_eq!(fetches.load(Ordering::SeqCst), 1, "the keys are kept");

    let mut expired = claims();
    expired["exp"] = json!(now() - 120);
    assert!(is_invalid(
        verifier.authenticate(&cognito.sign(&expired)).await
    ));
    let impostor = RsaKey::generate("pool-key-1");
    assert!(is_invalid(
        verifier.authenticate(&impostor.sign(&claims())).await
    ));
    let unknown = RsaKey::generate("pool-key-2");
    assert!(is_invalid(
        verifier.authenticate(&unknown.sign(&claims())).await
    ));
    assert_eq!(
        fetches.load(Ordering::SeqCst),
        1,
        "an unknown key does not make the pool's keys be fetched at every request"
    );
}

#[tokio::test]
async fn unreachable_keys_are_not_the_callers_fault() {
    let verifier = JwtVerifier::new(
        ISSUER,
        AUDIENCE,
        Arc::new(plaintes_http::identity::RemoteKeys::new(
            "http://127.0.0.1:9/.well-known/jwks.json",
        )),
    );
    let token = RsaKey::generate("k").sign(&claims());
    assert!(matches!(
        verifier.authenticate(&token).await,
        Err(AuthError::Unavailable(_))
    ));
}

#[tokio::test]
async fn a_token_whose_email_is_not_verified_is_refused() {
    for verified in [json!(false), json!("false"), Value::Null] {
        let mut unverified = claims();
        match verified {
            Value::Null => {
                unverified.as_object_mut().unwrap().remove("email_verified");
            }
            value => unverified["email_verified"] = value,
        }
        assert!(is_invalid(check(unverified).await));
    }
    // Cognito writes a boolean; a string "true" is read the same.
    let mut as_text = claims();
    as_text["email_verified"] = json!("true");
    assert!(check(as_text).await.is_ok());
}

#[tokio::test]
async fn a_member_is_known_by_their_sub_whatever_their_email_says() {
    // The same person after changing their address to someone else's:
    // still themselves, never the other person.
    let mut changed = claims();
    changed["sub"] = json!("0d4e5c9a-1111-4a2b-9c3d-abcdefabcdef");
    changed["email"] = json!("Andreane.M@cjefrontenac.com");
    let member = check(changed).await.unwrap();
    assert_eq!(member.id.as_str(), "0d4e5c9a-1111-4a2b-9c3d-abcdefabcdef");
    assert_eq!(member.email, "andreane.m@cjefrontenac.com");
    let mut without = claims();
    without.as_object_mut().unwrap().remove("sub");
    assert!(is_invalid(check(without).await));
}
