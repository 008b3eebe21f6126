//! The scheduler's checks on the embedded store (the same scenarios run on
//! DynamoDB in `store_dynamodb.rs`).

use plaintes_tests::checks;
use plaintes_tests::spawn_app;

#[tokio::test]
async fn a_complaints_life_across_a_holiday_weekend_gets_each_notice_once_at_its_time() {
    checks::life_across_a_holiday_weekend(&spawn_app().await).await;
}

#[tokio::test]
async fn after_a_mail_outage_every_message_leaves_exactly_once() {
    checks::mail_outage_then_recovery(&spawn_app().await).await;
}

#[tokio::test]
async fn an_old_closed_complaint_is_anonymised_and_keeps_its_statistics() {
    checks::retention(&spawn_app().await).await;
}
