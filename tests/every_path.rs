//! Every path a real complaint takes reaches its end, on the embedded
//! store (the same paths run on DynamoDB in `store_dynamodb.rs`).

use plaintes_tests::{paths, spawn_app};

#[tokio::test]
async fn an_anonymous_complaint_is_answered_in_its_file_followed_up_closed_and_anonymised() {
    paths::anonymous_answered_in_its_file(&spawn_app().await).await;
}

#[tokio::test]
async fn an_anonymous_client_answers_the_follow_up_from_their_file() {
    paths::anonymous_client_answers_the_follow_up_online(&spawn_app().await).await;
}

#[tokio::test]
async fn an_extended_deadline_is_told_to_the_client_and_measured_against_the_new_date() {
    paths::an_extension_is_told_to_the_client(&spawn_app().await).await;
}

#[tokio::test]
async fn an_unsatisfied_follow_up_cannot_close_until_its_adjustment_is_done() {
    paths::an_unsatisfied_follow_up_leads_to_an_adjustment(&spawn_app().await).await;
}

#[tokio::test]
async fn a_client_reachable_only_by_phone_is_answered_by_post_at_their_address() {
    paths::a_phone_only_client_is_answered_by_post(&spawn_app().await).await;
}

#[tokio::test]
async fn reception_gives_a_caller_a_new_code_and_withdraws_their_complaint_for_them() {
    paths::a_caller_is_helped_by_reception(&spawn_app().await).await;
}

#[tokio::test]
async fn a_complaint_settled_on_the_spot_is_confirmed_in_writing_and_closed_with_every_promise_kept(
) {
    paths::a_complaint_settled_on_the_spot(&spawn_app().await).await;
}

#[tokio::test]
async fn a_reopened_complaint_owes_a_new_response_reminded_and_kept() {
    paths::a_reopened_complaint_owes_a_new_response(&spawn_app().await).await;
}
