//! The `plaintes` command as staff and scripts use it.

use std::path::Path;
use std::process::Command;

fn plaintes(args: &[&str]) -> std::process::Output {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../..");
    Command::new(env!("CARGO_BIN_EXE_plaintes"))
        .current_dir(&root)
        .args(args)
        .env_remove("PLAINTES_CONFIG")
        .env_remove("DATA_DIR")
        .output()
        .expect("the command runs")
}

#[test]
fn deadlines_prints_the_due_times_as_json() {
    let output = plaintes(&[
        "deadlines",
        "--received",
        "2026-11-27T21:00:00-05:00",
        "--json",
    ]);
    assert!(output.status.success(), "{output:?}");
    let json: serde_json::Value = serde_json::from_slice(&output.stdout).unwrap();
    assert_eq!(json["acknowledgement_due"], "2026-11-30T02:00:00Z");
    assert_eq!(json["response_due"], "2026-12-12T04:59:59Z");
}

#[test]
fn deadlines_across_the_holiday_closures_skip_them() {
    // Closures 24 and 28–31 December 2026 plus 25 December and 1 January.
    let output = plaintes(&[
        "deadlines",
        "--received",
        "2026-12-14T10:00:00-05:00",
        "--json",
    ]);
    let json: serde_json::Value = serde_json::from_slice(&output.stdout).unwrap();
    assert_eq!(json["response_due"], "2027-01-07T04:59:59Z");
}

#[test]
fn deadlines_speaks_french_to_people() {
    let output = plaintes(&["deadlines", "--received", "2026-11-27T21:00:00-05:00"]);
    let text = String::from_utf8(output.stdout).unwrap();
    assert!(
        text.contains("Réponse écrite au plus tard le 11\u{a0}décembre 2026 à 23\u{a0}h\u{a0}59"),
        "{text}"
    );
    assert!(
        text.contains("Accusé de réception au plus tard le 29\u{a0}novembre 2026 à 21\u{a0}h"),
        "{text}"
    );
}

#[test]
fn a_malformed_time_is_refused_with_a_french_hint() {
    let output = plaintes(&["deadlines", "--received", "vendredi soir"]);
    assert!(!output.status.success());
    let error = String::from_utf8(output.stderr).unwrap();
    assert!(
        error.contains("RFC 3339, par exemple 2026-11-27T21:00:00-05:00"),
        "{error}"
    );
}

#[test]
fn staff_add_creates_an_account_from_a_password_on_standard_input() {
    use std::io::Write;
    use std::process::Stdio;

    let folder = tempfile::tempdir().unwrap();
    let add = |email: &str, password: &str| {
        let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../..");
        let mut child = Command::new(env!("CARGO_BIN_EXE_plaintes"))
            .current_dir(&root)
            .args(["staff", "add", "--email", email, "--name", "Andréane Morin"])
            .args(["--role", "direction", "--role", "responsable"])
            .arg("--data-dir")
            .arg(folder.path())
            .env_remove("PLAINTES_STORE")
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .unwrap();
        writeln!(child.stdin.take().unwrap(), "{password}").unwrap();
        child.wait_with_output().unwrap()
    };
    let output = add("andreane.m@example.org", "un mot de passe assez long");
    assert!(output.status.success(), "{output:?}");
    let text = String::from_utf8(output.stdout).unwrap();
    assert!(
        text.contains("Compte créé pour Andréane Morin (andreane.m@example.org)\u{a0}: Responsable des plaintes, Direction."),
        "{text}"
    );
    let short = add("autre@example.org", "court");
    assert!(!short.status.success());
    assert!(String::from_utf8(short.stderr)
        .unwrap()
        .contains("au moins 12 caractères"));
}
