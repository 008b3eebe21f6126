//! `plaintes dynamodb create-table` makes the very table the SAM template
//! declares. Runs against the emulator `tests/with-moto` starts.

use std::path::Path;
use std::process::Command;

use serde_yaml::Value;

fn root() -> &'static Path {
    Path::new(concat!(env!("CARGO_MANIFEST_DIR"), "/../.."))
}

/// A key schema: (attribute, HASH or RANGE) pairs.
type Keys = Vec<(String, String)>;

/// The table's schema as (attribute, type) pairs, key schema and indexes,
/// in one comparable form.
#[derive(Debug, PartialEq, Eq)]
struct Schema {
    attributes: Vec<(String, String)>,
    key: Keys,
    /// (name, key schema, projection)
    indexes: Vec<(String, Keys, String)>,
    time_to_live: String,
}

fn pairs(list: &Value, name: &str, kind: &str) -> Vec<(String, String)> {
    list.as_sequence()
        .expect("a list")
        .iter()
        .map(|entry| {
            (
                entry[name].as_str().unwrap().to_string(),
                entry[kind].as_str().unwrap().to_string(),
            )
        })
        .collect()
}

fn template_schema() -> Schema {
    let text = std::fs::read_to_string(root().join("infra/template.yaml")).unwrap();
    let template: Value = serde_yaml::from_str(&text).unwrap();
    let table = &template["Resources"]["Table"]["Properties"];
    Schema {
        attributes: pairs(
            &table["AttributeDefinitions"],
            "AttributeName",
            "AttributeType",
        ),
        key: pairs(&table["KeySchema"], "AttributeName", "KeyType"),
        indexes: table["GlobalSecondaryIndexes"]
            .as_sequence()
            .unwrap()
            .iter()
            .map(|index| {
                (
                    index["IndexName"].as_str().unwrap().to_string(),
                    pairs(&index["KeySchema"], "AttributeName", "KeyType"),
                    index["Projection"]["ProjectionType"]
                        .as_str()
                        .unwrap()
                        .to_string(),
                )
            })
            .collect(),
        time_to_live: table["TimeToLiveSpecification"]["AttributeName"]
            .as_str()
            .unwrap()
            .to_string(),
    }
}

async fn created_schema(client: &aws_sdk_dynamodb::Client, name: &str) -> Schema {
    let table = client
        .describe_table()
        .table_name(name)
        .send()
        .await
        .unwrap()
        .table
        .unwrap();
    let key = |elements: &[aws_sdk_dynamodb::types::KeySchemaElement]| {
        elements
            .iter()
            .map(|k| {
                (
                    k.attribute_name().to_string(),
                    k.key_type().as_str().to_string(),
                )
            })
            .collect::<Vec<_>>()
    };
    let time_to_live = client
        .describe_time_to_live()
        .table_name(name)
        .send()
        .await
        .unwrap()
        .time_to_live_description
        .and_then(|d| d.attribute_name)
        .unwrap_or_default();
    Schema {
        attributes: table
            .attribute_definitions()
            .iter()
            .map(|a| {
                (
                    a.attribute_name().to_string(),
                    a.attribute_type().as_str().to_string(),
                )
            })
            .collect(),
        key: key(table.key_schema()),
        indexes: table
            .global_secondary_indexes()
            .iter()
            .map(|index| {
                (
                    index.index_name().unwrap_or_default().to_string(),
                    key(index.key_schema()),
                    index
                        .projection()
                        .and_then(|p| p.projection_type())
                        .map(|t| t.as_str().to_string())
                        .unwrap_or_default(),
                )
            })
            .collect(),
        time_to_live,
    }
}

#[tokio::test]
async fn create_table_makes_the_table_the_sam_template_declares() {
    assert!(
        std::env::var("AWS_ENDPOINT_URL").is_ok(),
        "AWS_ENDPOINT_URL is not set: run through `make test` (tests/with-moto starts the emulator)"
    );
    let name = format!("plaintes-cli-{}", std::process::id());
    let output = Command::new(env!("CARGO_BIN_EXE_plaintes"))
        .current_dir(root())
        .args(["dynamodb", "create-table", "--table", &name])
        .output()
        .unwrap();
    assert!(output.status.success(), "{output:?}");
    assert!(String::from_utf8_lossy(&output.stdout).contains(&format!("Table {name} créée")));

    let client = aws_sdk_dynamodb::Client::new(&plaintes_aws::sdk_config().await);
    let mut created = created_schema(&client, &name).await;
    let mut declared = template_schema();
    // DynamoDB lists attribute definitions in no promised order.
    created.attributes.sort();
    declared.attributes.sort();
    assert_eq!(created, declared);
}
