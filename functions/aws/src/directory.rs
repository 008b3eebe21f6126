//! The staff directory on AWS: the Cognito user pool's members of the
//! groups `direction`, `conseil`, `responsable` and `accueil`, each known
//! by their `sub` (which never changes), mailed at their verified e-mail.

use std::collections::BTreeMap;

use async_trait::async_trait;
use aws_sdk_cognitoidentityprovider::types::UserType;
use aws_sdk_cognitoidentityprovider::Client;
use plaintes_core::access::{Role, StaffId, StaffMember};
use plaintes_core::ports::{Directory, StoreError};

pub struct CognitoDirectory {
    client: Client,
    user_pool_id: String,
}

impl CognitoDirectory {
    pub fn new(client: Client, user_pool_id: &str) -> Self {
        Self {
            client,
            user_pool_id: user_pool_id.to_owned(),
        }
    }

    async fn group(&self, role: Role) -> Result<Vec<UserType>, StoreError> {
        let mut users = Vec::new();
        let mut next = None;
        loop {
            let page = self
                .client
                .list_users_in_group()
                .user_pool_id(&self.user_pool_id)
                .group_name(role.group())
                .set_next_token(next)
                .send()
                .await
                .map_err(|error| match error.as_service_error() {
                    Some(service) => StoreError::Backend(format!("Cognito: {service}")),
                    None => StoreError::Backend(format!("Cognito unreachable: {error}")),
                })?;
            users.extend(page.users.unwrap_or_default());
            next = page.next_token;
            if next.is_none() {
                return Ok(users);
            }
        }
    }
}

fn attribute<'a>(user: &'a UserType, name: &str) -> Option<&'a str> {
    user.attributes()
        .iter()
        .find(|attribute| attribute.name() == name)
        .and_then(|attribute| attribute.value())
}

#[async_trait]
impl Directory for CognitoDirectory {
    async fn members(&self) -> Result<Vec<StaffMember>, StoreError> {
        let mut members: BTreeMap<StaffId, StaffMember> = BTreeMap::new();
        for role in [Role::Direction, Role::Board, Role::Handler, Role::Reception] {
            for user in self.group(role).await? {
                // A disabled account keeps its groups but may not be assigned.
                if !user.enabled() {
                    continue;
                }
                // Nobody is known by an address they could change unverified.
                let (Some(sub), Some(email), Some("true")) = (
                    attribute(&user, "sub"),
                    attribute(&user, "email"),
                    attribute(&user, "email_verified"),
                ) else {
                    continue;
                };
                let id = StaffId::new(sub);
                let name = attribute(&user, "name").unwrap_or(email).to_owned();
                members
                    .entry(id.clone())
                    .or_insert_with(|| StaffMember {
                        id,
                        name,
                        email: email.to_lowercase(),
                        roles: Default::default(),
                    })
                    .roles
                    .insert(role);
            }
        }
        Ok(members.into_values().collect())
    }
}
