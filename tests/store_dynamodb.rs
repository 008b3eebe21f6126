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
