//! The store conformance suite on DynamoDB, against the emulator that
//! `tests/with-moto` starts: one fresh table per test.

use std::sync::Arc;

use plaintes_core::ports::Store;

async fn fresh() -> Arc<dyn Store> {
    Arc::new(plaintes_tests::aws::fresh_table().await)
}

plaintes_tests::store_conformance_tests!(fresh());

async fn fresh_sessions() -> Arc<dyn plaintes_core::ports::SessionStore> {
    Arc::new(plaintes_tests::aws::fresh_table().await)
}

plaintes_tests::session_store_conformance_tests!(fresh_sessions());

#[tokio::test]
async fn a_malformed_item_is_a_clear_error_not_a_panic() {
    use aws_sdk_dynamodb::types::AttributeValue;
    use plaintes_core::complaint::Reference;

    let store = plaintes_tests::aws::fresh_table().await;
    store
        .client()
        .put_item()
        .table_name(store.table())
        .item("PK", AttributeValue::S("COMPLAINT#P-2026-0001".into()))
        .item("SK", AttributeValue::S("META".into()))
        .item("data", AttributeValue::S("{pas du json".into()))
        .send()
        .await
        .unwrap();
    let error = store.complaint(&Reference::new(2026, 1)).await.unwrap_err();
    assert!(error.to_string().contains("data"), "{error}");
}

#[tokio::test]
async fn a_complaint_goes_from_receipt_to_closing_through_the_staff_api_on_dynamodb() {
    let store: Arc<dyn Store> = Arc::new(plaintes_tests::aws::fresh_table().await);
    let app = plaintes_tests::spawn_app_on(Some(store)).await;
    plaintes_tests::staff::whole_procedure(&app).await;
}

#[tokio::test]
async fn a_client_follows_their_file_on_dynamodb() {
    let store: Arc<dyn Store> = Arc::new(plaintes_tests::aws::fresh_table().await);
    let app = plaintes_tests::spawn_app_on(Some(store)).await;
    plaintes_tests::client::client_journey(&app).await;
}

async fn app_on_dynamodb() -> plaintes_tests::TestApp {
    let store: Arc<dyn Store> = Arc::new(plaintes_tests::aws::fresh_table().await);
    plaintes_tests::spawn_app_on(Some(store)).await
}

#[tokio::test]
async fn the_scheduler_checks_a_holiday_weekend_on_dynamodb() {
    plaintes_tests::checks::life_across_a_holiday_weekend(&app_on_dynamodb().await).await;
}

#[tokio::test]
async fn the_scheduler_recovers_from_a_mail_outage_on_dynamodb() {
    plaintes_tests::checks::mail_outage_then_recovery(&app_on_dynamodb().await).await;
}

#[tokio::test]
async fn the_scheduler_anonymises_on_dynamodb() {
    plaintes_tests::checks::retention(&app_on_dynamodb().await).await;
}

#[tokio::test]
async fn an_anonymous_complaint_reaches_its_end_on_dynamodb() {
    let app = app_on_dynamodb().await;
    plaintes_tests::paths::anonymous_answered_in_its_file(&app).await;
}

#[tokio::test]
async fn a_manager_named_by_a_web_complaint_never_reads_it_on_dynamodb() {
    plaintes_tests::visibility::a_web_complaint_naming_a_manager(&app_on_dynamodb().await).await;
}

#[tokio::test]
async fn a_complaint_about_the_director_is_the_boards_alone_on_dynamodb() {
    plaintes_tests::visibility::a_complaint_about_the_director_goes_to_the_board_alone(
        &app_on_dynamodb().await,
    )
    .await;
}

#[tokio::test]
async fn an_extension_is_told_and_measured_on_dynamodb() {
    plaintes_tests::paths::an_extension_is_told_to_the_client(&app_on_dynamodb().await).await;
}

#[tokio::test]
async fn an_unsatisfied_follow_up_needs_its_adjustment_on_dynamodb() {
    plaintes_tests::paths::an_unsatisfied_follow_up_leads_to_an_adjustment(
        &app_on_dynamodb().await,
    )
    .await;
}

#[tokio::test]
async fn a_phone_only_client_is_answered_by_post_on_dynamodb() {
    plaintes_tests::paths::a_phone_only_client_is_answered_by_post(&app_on_dynamodb().await).await;
}

#[tokio::test]
async fn a_caller_is_helped_by_reception_on_dynamodb() {
    plaintes_tests::paths::a_caller_is_helped_by_reception(&app_on_dynamodb().await).await;
}

#[tokio::test]
async fn a_complaint_settled_on_the_spot_on_dynamodb() {
    plaintes_tests::paths::a_complaint_settled_on_the_spot(&app_on_dynamodb().await).await;
}

#[tokio::test]
async fn a_reopened_complaint_owes_a_new_response_on_dynamodb() {
    plaintes_tests::paths::a_reopened_complaint_owes_a_new_response(&app_on_dynamodb().await).await;
}

/// The deployment step that copies the sign-in client's secret into SSM
/// (`infra/sign-in-secret`), and the staff function reading it back at
/// start (`plaintes_aws::client_secret`), against the emulator.
#[tokio::test]
async fn the_sign_in_secret_goes_from_cognito_to_ssm_and_is_read_back_by_the_staff_function() {
    let config = plaintes_tests::aws::config().await;
    let cognito = aws_sdk_cognitoidentityprovider::Client::new(&config);
    let pool = cognito
        .create_user_pool()
        .pool_name(plaintes_tests::unique("plaintes"))
        .send()
        .await
        .unwrap()
        .user_pool
        .unwrap()
        .id
        .unwrap();
    let client = cognito
        .create_user_pool_client()
        .user_pool_id(&pool)
        .client_name("admin-page")
        .generate_secret(true)
        .send()
        .await
        .unwrap()
        .user_pool_client
        .unwrap();
    let secret = client.client_secret.unwrap();
    let parameter = format!("/{}/sign-in-client-secret", plaintes_tests::unique("stack"));
    let run = || {
        std::process::Command::new(plaintes_tests::repository().join(".venv/bin/python"))
            .arg(plaintes_tests::repository().join("infra/sign-in-secret"))
            .args(["--user-pool-id", &pool])
            .args(["--client-id", client.client_id.as_deref().unwrap()])
            .args(["--parameter", &parameter])
            .output()
            .expect("the script runs")
    };
    let first = run();
    assert!(
        first.status.success(),
        "{}",
        String::from_utf8_lossy(&first.stderr)
    );
    let said = String::from_utf8_lossy(&first.stdout).into_owned();
    assert!(said.contains("written"), "{said}");
    assert!(!said.contains(&secret), "the secret is never printed");
    assert_eq!(
        plaintes_aws::client_secret(&parameter).await.unwrap(),
        secret
    );
    // Run again after an update: nothing to change.
    let again = run();
    assert!(String::from_utf8_lossy(&again.stdout).contains("already up to date"));
    // A parameter that was never written stops the function at start, clearly.
    let missing = plaintes_aws::client_secret("/absent/sign-in-client-secret")
        .await
        .unwrap_err();
    assert!(
        missing
            .to_string()
            .contains("/absent/sign-in-client-secret"),
        "{missing}"
    );
}
