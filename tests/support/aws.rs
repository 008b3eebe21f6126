//! The AWS emulator as the tests see it: `tests/with-moto` starts moto and
//! points `AWS_ENDPOINT_URL` at it. Without it these tests fail, loudly:
//! they never skip.

use crate::unique;
use aws_config::SdkConfig;

/// The endpoint of the emulator.
pub fn endpoint() -> String {
    std::env::var("AWS_ENDPOINT_URL").unwrap_or_else(|_| {
        panic!("AWS_ENDPOINT_URL is not set: run the AWS tests through `make test` (tests/with-moto starts the emulator)")
    })
}

pub async fn config() -> SdkConfig {
    endpoint();
    plaintes_aws::sdk_config().await
}

/// A fresh table, created as `plaintes dynamodb create-table` creates it.
pub async fn fresh_table() -> plaintes_aws::DynamoStore {
    let client = aws_sdk_dynamodb::Client::new(&config().await);
    let table = unique("plaintes-test");
    plaintes_aws::table::create_table(&client, &table)
        .await
        .expect("the table is created in the emulator");
    plaintes_aws::DynamoStore::new(client, &table)
}

/// Every raw message SES accepted so far.
pub async fn ses_sent() -> Vec<Vec<u8>> {
    let data: serde_json::Value = reqwest::get(format!("{}/moto-api/data.json", endpoint()))
        .await
        .expect("the emulator answers")
        .json()
        .await
        .expect("the emulator's state is JSON");
    data["ses"]["RawMessage"]
        .as_array()
        .map(|messages| {
            messages
                .iter()
                .filter_map(|message| message["raw_data"].as_str())
                .map(|raw| raw.as_bytes().to_vec())
                .collect()
        })
        .unwrap_or_default()
}

/// An SES client whose `sender` is verified.
pub async fn ses_with_sender(sender: &str) -> aws_sdk_ses::Client {
    let client = aws_sdk_ses::Client::new(&config().await);
    client
        .verify_email_identity()
        .email_address(sender)
        .send()
        .await
        .expect("the sender is verified in the emulator");
    client
}
