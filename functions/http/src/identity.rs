//! Who is calling a staff route. Every staff request carries a bearer token:
//! a JWT shaped like a Cognito ID token (`iss`, `aud`, `exp`,
//! `token_use: "id"`, `sub`, `email`, `email_verified`, `name`,
//! `cognito:groups`). A person is known by `sub`, which never changes;
//! the e-mail only says where mail reaches them, and a token whose e-mail
//! is not verified is refused. On AWS, Cognito
//! signs it and its keys come from the user pool's JWKS; locally,
//! `plaintes serve` signs it with its own key. Either way the staff router
//! sees only an `Authenticator`, and the same checks run: the signature
//! against a known key (with the algorithm that key's type dictates, never
//! the one the token claims), the issuer, the audience, the expiry, the
//! token's use, and at least one staff role among its groups.

use std::collections::BTreeSet;
use std::sync::Arc;
use std::time::{Duration, Instant};

use async_trait::async_trait;
use jsonwebtoken::jwk::{AlgorithmParameters, EllipticCurve, Jwk, JwkSet};
use jsonwebtoken::{decode, decode_header, Algorithm, DecodingKey, Validation};
use plaintes_core::access::{Role, StaffId, StaffMember};
use plaintes_core::ports::{Clock, SystemClock};
use serde::Deserialize;
use tokio::sync::RwLock;

/// Why a token was not accepted.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum AuthError {
    /// No token, or one that is not valid (signature, issuer, audience,
    /// expiry, use): the person must sign in (401).
    #[error("invalid token: {0}")]
    Invalid(String),
    /// A valid token for someone who has no staff role (403).
    #[error("no staff role")]
    NoRole,
    /// The keys could not be fetched (503): not the caller's fault.
    #[error("signing keys unavailable: {0}")]
    Unavailable(String),
}

/// Turns a bearer token into the staff member it was issued to.
#[async_trait]
pub trait Authenticator: Send + Sync {
    async fn authenticate(&self, token: &str) -> Result<StaffMember, AuthError>;
}

/// The claims of an ID token that matter here.
#[derive(Debug, Deserialize)]
struct Claims {
    sub: String,
    email: String,
    /// Cognito writes a boolean; some providers write `"true"`.
    #[serde(default)]
    email_verified: Verification,
    #[serde(default)]
    name: Option<String>,
    token_use: String,
    #[serde(rename = "cognito:groups", default)]
    groups: Vec<String>,
    #[serde(default)]
    jti: Option<String>,
    exp: i64,
}

/// Whether the e-mail of a token was verified, as a boolean or a string.
#[derive(Debug, Default, Deserialize)]
#[serde(untagged)]
enum Verification {
    Flag(bool),
    Text(String),
    #[default]
    Missing,
}

impl Verification {
    fn verified(&self) -> bool {
        match self {
            Verification::Flag(flag) => *flag,
            Verification::Text(text) => text == "true",
            Verification::Missing => false,
        }
    }
}

/// Where the signing keys come from.
#[async_trait]
pub trait KeySource: Send + Sync {
    /// The key named `kid`; `None` when it is not known.
    async fn key(&self, kid: &str) -> Result<Option<Jwk>, AuthError>;
}

/// Keys given once (the local server's own).
pub struct FixedKeys(pub JwkSet);

#[async_trait]
impl KeySource for FixedKeys {
    async fn key(&self, kid: &str) -> Result<Option<Jwk>, AuthError> {
        Ok(self.0.find(kid).cloned())
    }
}

/// A JWKS fetched over HTTPS (a Cognito user pool's), kept in memory and
/// fetched again when a token names a key it does not have (keys rotate),
/// at most once a minute.
pub struct RemoteKeys {
    url: String,
    client: reqwest::Client,
    cached: RwLock<(JwkSet, Option<Instant>)>,
}

const REFETCH_AFTER: Duration = Duration::from_secs(60);

impl RemoteKeys {
    pub fn new(url: &str) -> Self {
        Self {
            url: url.to_owned(),
            client: reqwest::Client::builder()
                .timeout(Duration::from_secs(5))
                .build()
                .unwrap_or_default(),
            cached: RwLock::new((JwkSet { keys: Vec::new() }, None)),
        }
    }

    async fn fetch(&self) -> Result<JwkSet, AuthError> {
        let unavailable = |error: reqwest::Error| AuthError::Unavailable(error.to_string());
        self.client
            .get(&self.url)
            .send()
            .await
            .and_then(reqwest::Response::error_for_status)
            .map_err(unavailable)?
            .json::<JwkSet>()
            .await
            .map_err(unavailable)
    }
}

#[async_trait]
impl KeySource for RemoteKeys {
    async fn key(&self, kid: &str) -> Result<Option<Jwk>, AuthError> {
        {
            let cached = self.cached.read().await;
            if let Some(key) = cached.0.find(kid) {
                return Ok(Some(key.clone()));
            }
            if cached.1.is_some_and(|at| at.elapsed() < REFETCH_AFTER) {
                return Ok(None);
            }
        }
        let mut cached = self.cached.write().await;
        if cached.1.is_none_or(|at| at.elapsed() >= REFETCH_AFTER) {
            let keys = self.fetch().await?;
            *cached = (keys, Some(Instant::now()));
        }
        Ok(cached.0.find(kid).cloned())
    }
}

/// Verifies ID tokens from one issuer, for one audience.
pub struct JwtVerifier {
    issuer: String,
    audience: String,
    keys: Arc<dyn KeySource>,
    /// Seconds of clock difference tolerated on `exp`.
    leeway: i64,
    /// Expiry is judged by the product's clock, so that tests can set it.
    clock: Arc<dyn Clock>,
}

impl JwtVerifier {
    pub fn new(issuer: &str, audience: &str, keys: Arc<dyn KeySource>) -> Self {
        Self {
            issuer: issuer.to_owned(),
            audience: audience.to_owned(),
            keys,
            leeway: 30,
            clock: Arc::new(SystemClock),
        }
    }

    /// The same verifier, judging expiry by `clock`.
    pub fn with_clock(self, clock: Arc<dyn Clock>) -> Self {
        Self { clock, ..self }
    }

    /// A verifier for a Cognito user pool's ID tokens.
    pub fn cognito(region: &str, user_pool_id: &str, client_id: &str) -> Self {
        let issuer = format!("https://cognito-idp.{region}.amazonaws.com/{user_pool_id}");
        let jwks = format!("{issuer}/.well-known/jwks.json");
        Self::new(&issuer, client_id, Arc::new(RemoteKeys::new(&jwks)))
    }
}

/// The one algorithm a key may verify: its type decides, so a token
/// cannot choose a weaker one (`alg: none`, or HMAC with a public key).
fn algorithm_of(key: &Jwk) -> Option<Algorithm> {
    match &key.algorithm {
        AlgorithmParameters::RSA(_) => Some(Algorithm::RS256),
        AlgorithmParameters::EllipticCurve(ec) if ec.curve == EllipticCurve::P256 => {
            Some(Algorithm::ES256)
        }
        _ => None,
    }
}

/// A token that passed every check.
#[derive(Debug, Clone)]
pub struct Verified {
    pub member: StaffMember,
    /// The token's own id (`jti`), when it has one.
    pub token_id: Option<String>,
    /// Seconds since the epoch.
    pub expires_at: i64,
}

#[async_trait]
impl Authenticator for JwtVerifier {
    async fn authenticate(&self, token: &str) -> Result<StaffMember, AuthError> {
        self.verify(token).await.map(|verified| verified.member)
    }
}

impl JwtVerifier {
    /// Checks the token and reads who it was issued to.
    pub async fn verify(&self, token: &str) -> Result<Verified, AuthError> {
        let invalid = |why: &str| AuthError::Invalid(why.to_owned());
        let header = decode_header(token).map_err(|_| invalid("malformed"))?;
        let kid = header.kid.ok_or_else(|| invalid("no key id"))?;
        let key = self
            .keys
            .key(&kid)
            .await?
            .ok_or_else(|| invalid("unknown key"))?;
        let algorithm = algorithm_of(&key).ok_or_else(|| invalid("unsupported key"))?;
        if header.alg != algorithm {
            return Err(invalid("algorithm does not match the key"));
        }
        let decoding = DecodingKey::from_jwk(&key).map_err(|_| invalid("unusable key"))?;
        let mut validation = Validation::new(algorithm);
        validation.set_issuer(&[&self.issuer]);
        validation.set_audience(&[&self.audience]);
        validation.set_required_spec_claims(&["exp", "iss", "aud"]);
        validation.validate_exp = false;
        let claims = decode::<Claims>(token, &decoding, &validation)
            .map_err(|error| AuthError::Invalid(format!("{:?}", error.kind())))?
            .claims;
        if claims.exp + self.leeway < self.clock.now().timestamp() {
            return Err(invalid("expired"));
        }
        if claims.token_use != "id" {
            return Err(invalid("not an ID token"));
        }
        let roles: BTreeSet<Role> = claims
            .groups
            .iter()
            .filter_map(|group| Role::from_group(group))
            .collect();
        if roles.is_empty() {
            return Err(AuthError::NoRole);
        }
        // The e-mail is where mail goes, never who someone is: one that was
        // not verified (just changed, say) is refused outright.
        if !claims.email_verified.verified() {
            return Err(invalid("e-mail not verified"));
        }
        if claims.sub.trim().is_empty() {
            return Err(invalid("no subject"));
        }
        let id = StaffId::new(&claims.sub);
        let email = claims.email.trim().to_lowercase();
        Ok(Verified {
            member: StaffMember {
                name: claims
                    .name
                    .filter(|name| !name.trim().is_empty())
                    .unwrap_or_else(|| email.clone()),
                id,
                email,
                roles,
            },
            token_id: claims.jti,
            expires_at: claims.exp,
        })
    }
}

/// An ES256 key that signs ID tokens the way Cognito shapes them: the
/// local server's own sign-in, and tests.
pub struct SigningKey {
    kid: String,
    pkcs8: Vec<u8>,
    encoding: jsonwebtoken::EncodingKey,
    public_point: Vec<u8>,
}

impl SigningKey {
    pub fn generate() -> anyhow::Result<Self> {
        use aws_lc_rs::signature::{EcdsaKeyPair, ECDSA_P256_SHA256_FIXED_SIGNING};
        let pair = EcdsaKeyPair::generate(&ECDSA_P256_SHA256_FIXED_SIGNING)
            .map_err(|_| anyhow::anyhow!("cannot generate a signing key"))?;
        let pkcs8 = pair
            .to_pkcs8v1()
            .map_err(|_| anyhow::anyhow!("cannot export the signing key"))?;
        Self::from_pkcs8(pkcs8.as_ref())
    }

    /// The key kept as PKCS#8 DER (by `pkcs8`).
    pub fn from_pkcs8(der: &[u8]) -> anyhow::Result<Self> {
        use aws_lc_rs::signature::{EcdsaKeyPair, KeyPair, ECDSA_P256_SHA256_FIXED_SIGNING};
        use sha2::Digest;
        let pair = EcdsaKeyPair::from_pkcs8(&ECDSA_P256_SHA256_FIXED_SIGNING, der)
            .map_err(|_| anyhow::anyhow!("the signing key is not a P-256 PKCS#8 key"))?;
        let public_point = pair.public_key().as_ref().to_vec();
        let kid = hex::encode(&sha2::Sha256::digest(&public_point)[..8]);
        Ok(Self {
            kid,
            pkcs8: der.to_vec(),
            encoding: jsonwebtoken::EncodingKey::from_ec_der(der),
            public_point,
        })
    }

    pub fn pkcs8(&self) -> &[u8] {
        &self.pkcs8
    }

    /// The public half, as a JWKS.
    pub fn jwk_set(&self) -> JwkSet {
        use base64::engine::general_purpose::URL_SAFE_NO_PAD;
        use base64::Engine;
        // An uncompressed point: 0x04, then x and y of 32 bytes each.
        let (x, y) = self.public_point[1..].split_at(32);
        serde_json::from_value(serde_json::json!({"keys": [{
            "kty": "EC", "crv": "P-256", "use": "sig", "alg": "ES256",
            "kid": self.kid,
            "x": URL_SAFE_NO_PAD.encode(x),
            "y": URL_SAFE_NO_PAD.encode(y),
        }]}))
        .unwrap_or(JwkSet { keys: Vec::new() })
    }

    /// Signs `claims` (any JSON object) with this key.
    pub fn sign(&self, claims: &serde_json::Value) -> anyhow::Result<String> {
        let mut header = jsonwebtoken::Header::new(Algorithm::ES256);
        header.kid = Some(self.kid.clone());
        Ok(jsonwebtoken::encode(&header, claims, &self.encoding)?)
    }
}

/// The claims of an ID token for `member`, as Cognito writes them.
pub fn id_token_claims(
    member: &StaffMember,
    issuer: &str,
    audience: &str,
    issued_at: i64,
    expires_at: i64,
    token_id: &str,
) -> serde_json::Value {
    serde_json::json!({
        "iss": issuer,
        "aud": audience,
        "sub": member.id.as_str(),
        "iat": issued_at,
        "exp": expires_at,
        "jti": token_id,
        "token_use": "id",
        "email": member.email,
        "email_verified": true,
        "name": member.name,
        "cognito:groups": member.roles.iter().map(|role| role.group()).collect::<Vec<_>>(),
    })
}
