//! The one DynamoDB table, described once: `plaintes dynamodb create-table`
//! and the tests create it from here, and a test holds this description
//! equal to the SAM template's.
//!
//! | item | PK | SK | index attributes |
//! |---|---|---|---|
//! | complaint | `COMPLAINT#P-2026-0042` | `META` | `deadline_pk`/`deadline_sk` while open, `year_pk`/`year_sk` |
//! | journal event | `COMPLAINT#…` | `EVENT#<version>#<n>` | — |
//! | queued mail | `COMPLAINT#…` | `OUTBOX#<id>` | `outbox_pk`/`outbox_sk` until sent |
//! | reference counter | `COUNTER#2026` | `REFERENCE` | — |
//! | idempotency key | `IDEMPOTENCY#<key>` | `KEY` | `expires_at` (TTL) |

use aws_sdk_dynamodb::client::Waiters;
use aws_sdk_dynamodb::types::{
    AttributeDefinition, BillingMode, GlobalSecondaryIndex, KeySchemaElement, KeyType,
    PointInTimeRecoverySpecification, Projection, ProjectionType, ScalarAttributeType,
    TimeToLiveSpecification,
};
use aws_sdk_dynamodb::Client;

/// The table's own key.
pub const PARTITION_KEY: &str = "PK";
pub const SORT_KEY: &str = "SK";

/// Every key attribute of the table and its indexes; all strings.
pub const KEY_ATTRIBUTES: [&str; 8] = [
    PARTITION_KEY,
    SORT_KEY,
    "deadline_pk",
    "deadline_sk",
    "outbox_pk",
    "outbox_sk",
    "year_pk",
    "year_sk",
];

/// A global secondary index, projecting all attributes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Index {
    pub name: &'static str,
    pub partition_key: &'static str,
    pub sort_key: &'static str,
}

/// Open complaints by their next deadline: the scheduler's only way in.
pub const OPEN_BY_DEADLINE: Index = Index {
    name: "open-by-deadline",
    partition_key: "deadline_pk",
    sort_key: "deadline_sk",
};

/// Mail waiting to be sent, by the time of its next attempt.
pub const OUTBOX_DUE: Index = Index {
    name: "outbox-due",
    partition_key: "outbox_pk",
    sort_key: "outbox_sk",
};

/// Complaints of a year in the order of their references.
pub const BY_YEAR: Index = Index {
    name: "by-year",
    partition_key: "year_pk",
    sort_key: "year_sk",
};

pub const INDEXES: [Index; 3] = [OPEN_BY_DEADLINE, OUTBOX_DUE, BY_YEAR];

/// Items carrying this attribute (seconds since the epoch) are deleted by
/// DynamoDB after that time.
pub const TIME_TO_LIVE: &str = "expires_at";

fn key(name: &str, key_type: KeyType) -> anyhow::Result<KeySchemaElement> {
    Ok(KeySchemaElement::builder()
        .attribute_name(name)
        .key_type(key_type)
        .build()?)
}

/// Creates the table with its indexes, waits until it is active, then turns
/// on the time to live and point-in-time recovery.
pub async fn create_table(client: &Client, name: &str) -> anyhow::Result<()> {
    let mut request = client
        .create_table()
        .table_name(name)
        .billing_mode(BillingMode::PayPerRequest)
        .key_schema(key(PARTITION_KEY, KeyType::Hash)?)
        .key_schema(key(SORT_KEY, KeyType::Range)?);
    for attribute in KEY_ATTRIBUTES {
        request = request.attribute_definitions(
            AttributeDefinition::builder()
                .attribute_name(attribute)
                .attribute_type(ScalarAttributeType::S)
                .build()?,
        );
    }
    for index in INDEXES {
        request = request.global_secondary_indexes(
            GlobalSecondaryIndex::builder()
                .index_name(index.name)
                .key_schema(key(index.partition_key, KeyType::Hash)?)
                .key_schema(key(index.sort_key, KeyType::Range)?)
                .projection(
                    Projection::builder()
                        .projection_type(ProjectionType::All)
                        .build(),
                )
                .build()?,
        );
    }
    request.send().await?;
    client
        .wait_until_table_exists()
        .table_name(name)
        .wait(std::time::Duration::from_secs(60))
        .await?;
    client
        .update_time_to_live()
        .table_name(name)
        .time_to_live_specification(
            TimeToLiveSpecification::builder()
                .attribute_name(TIME_TO_LIVE)
                .enabled(true)
                .build()?,
        )
        .send()
        .await?;
    client
        .update_continuous_backups()
        .table_name(name)
        .point_in_time_recovery_specification(
            PointInTimeRecoverySpecification::builder()
                .point_in_time_recovery_enabled(true)
                .build()?,
        )
        .send()
        .await?;
    Ok(())
}
