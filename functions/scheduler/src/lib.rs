//! The scheduler function's handler: each EventBridge Scheduler event runs
//! every check once (`plaintes_core::checks::run_checks`) at the real time,
//! whatever time the event says: a late or retried event checks what is
//! due now, and the checks never send anything twice. An event
//! `{"only": "outbox"}` (every minute) sends the outbox alone: new codes
//! asked for on the site leave through it.

use plaintes_core::checks::{run_checks, CheckError};
use plaintes_core::ports::Services;
use serde_json::{json, Value};

/// Runs the checks for one event and says what they did.
pub async fn handle(services: &Services, event: Value) -> Result<Value, CheckError> {
    if event.get("only").and_then(Value::as_str) == Some("outbox") {
        let sent = plaintes_core::outbox::dispatch(services, plaintes_core::outbox::BATCH).await?;
        return Ok(json!({"mail_sent": sent.sent, "mail_failed": sent.failed}));
    }
    let now = services.clock.now();
    let report = run_checks(services, now).await?;
    tracing::info!(
        looked_at = report.looked_at,
        notices = report.notices.len(),
        anonymised = report.anonymised.len(),
        digest = report.digest_sent,
        sent = report.mail.sent,
        failed = report.mail.failed,
        "checks done"
    );
    Ok(json!({
        "looked_at": report.looked_at,
        "notices": report.notices.len(),
        "anonymised": report.anonymised.len(),
        "digest_sent": report.digest_sent,
        "skipped": report.skipped,
        "mail_sent": report.mail.sent,
        "mail_failed": report.mail.failed,
    }))
}
