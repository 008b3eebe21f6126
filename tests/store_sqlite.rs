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
