//! The whole procedure through the staff API on the embedded store (the
//! same run on DynamoDB is in `store_dynamodb.rs`).

#[tokio::test]
async fn a_complaint_goes_from_receipt_to_closing_through_the_staff_api() {
    let app = plaintes_tests::spawn_app().await;
    plaintes_tests::staff::whole_procedure(&app).await;
}

#[tokio::test]
async fn a_query_that_cannot_be_read_is_refused_in_french_never_in_english() {
    let app = plaintes_tests::spawn_app().await;
    let director = app.director().await;
    for path in [
        "/complaints?overdue=peut-etre",
        "/complaints?status=a&status=b",
        "/reports?from=2026-10-01&from=2026-11-01",
    ] {
        let answer = app.staff_get(path, &director).await;
        let problem = answer.expect(400);
        assert_eq!(problem["title"], "Adresse illisible", "{path}");
        assert!(
            problem["detail"]
                .as_str()
                .unwrap()
                .contains("paramètre illisible"),
            "{path}"
        );
    }
    // A page's address too: the same problem, not axum's English text.
    let cookie = plaintes_tests::pages::signed_in(&app, &director.member.email).await;
    let answer = plaintes_tests::pages::browser()
        .get(format!("{}/admin/?overdue=true&overdue=false", app.address))
        .header(reqwest::header::COOKIE, cookie)
        .send()
        .await
        .unwrap();
    assert_eq!(answer.status(), 400);
    assert!(answer.text().await.unwrap().contains("Adresse illisible"));
}
