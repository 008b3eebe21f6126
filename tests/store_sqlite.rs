//! The store conformance suite on the embedded SQLite store.

use std::sync::Arc;

use plaintes_core::ports::Store;
use plaintes_local::SqliteStore;

async fn fresh() -> Arc<dyn Store> {
    // The folder lives as long as the test process: leaking it keeps the
    // database file in place while the store uses it.
    let folder = Box::leak(Box::new(tempfile::tempdir().unwrap()));
    Arc::new(SqliteStore::open(&folder.path().join("plaintes.sqlite")).unwrap())
}

plaintes_tests::store_conformance_tests!(fresh());

async fn fresh_sessions() -> Arc<dyn plaintes_core::ports::SessionStore> {
    let folder = Box::leak(Box::new(tempfile::tempdir().unwrap()));
    Arc::new(SqliteStore::open(&folder.path().join("plaintes.sqlite")).unwrap())
}

plaintes_tests::session_store_conformance_tests!(fresh_sessions());

#[tokio::test]
async fn reopening_the_file_keeps_complaints_and_the_counter() {
    let folder = tempfile::tempdir().unwrap();
    let path = folder.path().join("plaintes.sqlite");
    let first = {
        let store: Arc<dyn Store> = Arc::new(SqliteStore::open(&path).unwrap());
        plaintes_tests::store_conformance::a_complaint_reads_back_as_written(store.clone()).await;
        store
            .complaint(&plaintes_core::complaint::Reference::new(2026, 1))
            .await
            .unwrap()
            .unwrap()
    };
    let reopened = SqliteStore::open(&path).unwrap();
    assert_eq!(
        reopened.complaint(&first.reference).await.unwrap(),
        Some(first)
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn two_processes_sharing_the_file_still_get_gapless_references() {
    use plaintes_core::complaint::{
        AccessCode, Category, Channel, Complainant, Complaint, ComplaintText, IdempotencyKey,
    };
    use plaintes_core::lifecycle::Status;
    use plaintes_core::ports::{Change, Created};

    let folder = tempfile::tempdir().unwrap();
    let path = folder.path().join("plaintes.sqlite");
    // Two connections to one file, as `plaintes serve` and another command would have.
    let stores: [Arc<dyn Store>; 2] = [
        Arc::new(SqliteStore::open(&path).unwrap()),
        Arc::new(SqliteStore::open(&path).unwrap()),
    ];
    let now = plaintes_tests::at(plaintes_tests::FRIDAY_EVENING);
    let category = Category::parse("autre", &plaintes_tests::organisation()).unwrap();
    let tasks: Vec<_> = (0..40)
        .map(|i| {
            let store = stores[i % 2].clone();
            let category = category.clone();
            tokio::spawn(async move {
                let key = IdempotencyKey::parse(&format!("two-processes-{i}")).unwrap();
                let draft = Box::new(move |reference| {
                    Ok(Change {
                        complaint: Complaint {
                            reference,
                            version: 1,
                            status: Status::Received,
                            channel: Channel::Web,
                            complainant: Complainant::Anonymous,
                            category: category.clone(),
                            service: None,
                            description: ComplaintText::parse("Texte", 10, "vide").unwrap(),
                            desired_outcome: None,
                            received_at: now,
                            acknowledgement_due: now,
                            response_due: now,
                            acknowledged_at: None,
                            access_code_hash: AccessCode::generate().hash(),
                            postal_address: None,
                            handler: None,
                            named_staff: Vec::new(),
                            about_staff: None,
                            language: "fr-CA".into(),
                            procedure: Default::default(),
                        },
                        events: vec![],
                        mail: vec![],
                    })
                });
                match store
                    .create_complaint(&key, 2026, now, draft)
                    .await
                    .unwrap()
                {
                    Created::New(complaint) => complaint.reference.number(),
                    Created::Existing(_) => panic!("every key is new"),
                }
            })
        })
        .collect();
    let mut numbers = Vec::new();
    for task in tasks {
        numbers.push(task.await.unwrap());
    }
    numbers.sort_unstable();
    assert_eq!(numbers, (1..=40).collect::<Vec<u32>>());
}
