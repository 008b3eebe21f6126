//! Nobody a complaint is about learns of it, on the embedded store (the
//! same scenarios run on DynamoDB in `store_dynamodb.rs`).

use plaintes_tests::{spawn_app, visibility};

#[tokio::test]
async fn a_manager_named_by_a_web_complaint_never_reads_it_nor_is_offered_it() {
    visibility::a_web_complaint_naming_a_manager(&spawn_app().await).await;
}

#[tokio::test]
async fn the_director_never_sees_counts_nor_is_mailed_about_a_complaint_about_the_director() {
    visibility::a_complaint_about_the_director_goes_to_the_board_alone(&spawn_app().await).await;
}
