//! The whole procedure through the staff API on the embedded store (the
//! same run on DynamoDB is in `store_dynamodb.rs`).

#[tokio::test]
async fn a_complaint_goes_from_receipt_to_closing_through_the_staff_api() {
    let app = plaintes_tests::spawn_app().await;
    plaintes_tests::staff::whole_procedure(&app).await;
}
