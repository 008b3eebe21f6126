//! The catalogues as the settings list them: every language has every
//! message of the French reference, with the same values and the same
//! markup; no message is missing from the code nor left unused; the
//! French obeys Quebec typography.

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

use plaintes_core::words::{Catalogue, REFERENCE};
use plaintes_core::Organisation;

fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
}

fn organisation() -> Organisation {
    Organisation::load(&root().join("config/organisation.toml")).expect("the shipped settings load")
}

/// Every message of a catalogue: its variables.
fn messages(catalogue: &Catalogue) -> BTreeMap<String, BTreeSet<String>> {
    catalogue
        .messages()
        .into_iter()
        .map(|(_, id, variables)| (id, variables))
        .collect()
}

/// The staff's files (`personnel*.ftl`): French only, as the staff pages are.
fn is_staff_file(file: &str) -> bool {
    file.starts_with("personnel")
}

/// The messages every language has: French's, less the staff's.
fn public_messages(catalogue: &Catalogue) -> BTreeMap<String, BTreeSet<String>> {
    catalogue
        .messages()
        .into_iter()
        .filter(|(file, _, _)| !is_staff_file(file))
        .map(|(_, id, variables)| (id, variables))
        .collect()
}

/// The messages that translate the settings: absent from French, whose
/// text is in `organisation.toml`.
fn settings_translations(organisation: &Organisation) -> BTreeSet<String> {
    let mut ids: BTreeSet<String> = [
        "settings-director-title",
        "settings-privacy-officer-title",
        "settings-board-title",
        "settings-mission",
    ]
    .into_iter()
    .map(str::to_owned)
    .collect();
    for (kind, choices) in [
        ("category", &organisation.categories),
        ("service", &organisation.services),
    ] {
        for choice in choices.iter() {
            ids.insert(format!("settings-{kind}-{}", choice.code.replace('_', "-")));
        }
    }
    ids
}

#[test]
fn every_language_has_every_french_message_with_the_same_values() {
    let organisation = organisation();
    let french = messages(organisation.words.french());
    assert!(french.len() > 300, "the French catalogue is read");
    assert!(
        french.keys().all(|id| !id.starts_with("settings-")),
        "French reads the settings themselves"
    );
    let settings = settings_translations(&organisation);
    assert_eq!(
        organisation.words.all().count(),
        organisation.languages.len()
    );
    let staff: BTreeSet<String> = organisation
        .words
        .french()
        .messages()
        .into_iter()
        .filter(|(file, _, _)| is_staff_file(file))
        .map(|(_, id, _)| id)
        .collect();
    assert!(staff.len() > 100, "the staff's catalogue is read");
    let public = public_messages(organisation.words.french());
    assert_eq!(public.len() + staff.len(), french.len(), "no id twice");
    for catalogue in organisation.words.all().skip(1) {
        let code = catalogue.code();
        let theirs = messages(catalogue);
        for (file, _, _) in catalogue.messages() {
            assert!(
                !is_staff_file(&file),
                "{code}: the staff's words are French only"
            );
        }
        for (id, variables) in &public {
            let Some(translated) = theirs.get(id) else {
                panic!("{code}: the message {id} is missing");
            };
            assert_eq!(
                translated, variables,
                "{code}: {id} has other values than French"
            );
        }
        for id in theirs.keys() {
            assert!(
                public.contains_key(id) || settings.contains(id),
                "{code}: {id} is not a French message nor a translation of the settings"
            );
        }
        for id in &settings {
            assert!(theirs.contains_key(id), "{code}: {id} is not translated");
        }
    }
}

/// The tags of a text, in order: `<a href="{ $link }suivi/">`, `</a>`…
fn tags(text: &str) -> Vec<String> {
    let mut found = Vec::new();
    let mut rest = text;
    while let Some(start) = rest.find('<') {
        let Some(end) = rest[start..].find('>') else {
            break;
        };
        found.push(rest[start..start + end + 1].to_owned());
        rest = &rest[start + end + 1..];
    }
    found.sort();
    found
}

#[test]
fn markup_is_only_in_html_messages_and_the_same_in_every_language() {
    let organisation = organisation();
    let sources = |catalogue: &Catalogue| -> BTreeMap<String, Vec<String>> {
        let mut by_id: BTreeMap<String, Vec<String>> = BTreeMap::new();
        for (id, text) in catalogue.texts() {
            by_id.entry(id).or_default().extend(tags(&text));
        }
        by_id
            .into_iter()
            .map(|(id, mut tags)| {
                tags.sort();
                tags.dedup();
                (id, tags)
            })
            .collect()
    };
    let french = sources(organisation.words.french());
    for (id, tags) in &french {
        assert_eq!(
            id.ends_with("-html"),
            !tags.is_empty(),
            "{id}: markup only, and always, in a -html message"
        );
    }
    let public = public_messages(organisation.words.french());
    for catalogue in organisation.words.all().skip(1) {
        let theirs = sources(catalogue);
        for (id, tags) in french.iter().filter(|(id, _)| public.contains_key(*id)) {
            assert_eq!(theirs.get(id), Some(tags), "{}: {id}", catalogue.code());
        }
        for (id, tags) in &theirs {
            assert!(
                id.ends_with("-html") || tags.is_empty(),
                "{}: {id} has markup",
                catalogue.code()
            );
        }
    }
}

/// Every source file the messages are used from.
fn sources() -> String {
    let mut text = String::new();
    let mut folders = vec![
        root().join("functions"),
        root().join("site/src"),
        root().join("site/templates"),
    ];
    while let Some(folder) = folders.pop() {
        for entry in std::fs::read_dir(&folder).expect("a source folder") {
            let path = entry.expect("an entry").path();
            let name = path.file_name().unwrap_or_default().to_string_lossy();
            if path.is_dir() {
                if name != "tests" && name != "target" {
                    folders.push(path);
                }
            } else if path.extension().is_some_and(|ext| {
                ["rs", "html", "txt", "svg"].contains(&ext.to_string_lossy().as_ref())
            }) {
                text.push_str(&std::fs::read_to_string(&path).expect("a source file"));
                text.push('\n');
            }
        }
    }
    text
}

#[test]
fn every_message_the_code_asks_for_exists_and_every_message_is_used() {
    let organisation = organisation();
    let french = messages(organisation.words.french());
    let code = sources();
    // Messages the code asks for by name.
    let mut asked = BTreeSet::new();
    for call in [
        ".t(\"",
        ".t1(\"",
        ".t2(\"",
        ".t3(\"",
        ".html(\"",
        ".html1(\"",
        ".html2(\"",
        ".html3(\"",
    ] {
        for (at, _) in code.match_indices(call) {
            let rest = &code[at + call.len()..];
            let id: String = rest
                .chars()
                .take_while(|c| c.is_ascii_alphanumeric() || *c == '-')
                .collect();
            if rest[id.len()..].starts_with('"') {
                asked.insert(id);
            }
        }
    }
    for id in &asked {
        assert!(
            french.contains_key(id) || settings_translations(&organisation).contains(id),
            "the code asks for {id}, which is not in French"
        );
    }
    // Messages read by the catalogue itself, or named by a table of keys.
    for id in french.keys() {
        let quoted = format!("\"{id}\"");
        let built = id.starts_with("month-") || id.starts_with("weekday-");
        assert!(
            built || code.contains(&quoted),
            "the message {id} is used nowhere"
        );
    }
}

#[test]
fn the_french_messages_follow_quebec_typography() {
    let organisation = organisation();
    let french = organisation.words.french();
    assert_eq!(french.code(), REFERENCE);
    for (id, text) in french.texts() {
        let chars: Vec<char> = text.chars().collect();
        for (at, pair) in chars.windows(2).enumerate() {
            let wrong = matches!(pair, [' ', ':' | ';' | '!' | '?' | '»'] | ['«', ' ']);
            assert!(
                !wrong,
                "{id}: an ordinary space where a non-breaking one goes, at {at}: {text}"
            );
            // A colon, a question mark… after a letter, without its space.
            assert!(
                !(pair[0].is_alphanumeric() && matches!(pair[1], ';' | '!' | '?' | '»'))
                    || text.contains("http"),
                "{id}: no space before «\u{a0}{}\u{a0}»: {text}",
                pair[1]
            );
        }
        assert!(!text.contains('~'), "{id}: a placeholder left");
    }
}

#[test]
fn a_catalogue_with_an_error_stops_the_program_with_its_name() {
    let folder = tempfolder();
    std::fs::create_dir_all(folder.join("fr-CA")).unwrap();
    std::fs::write(
        folder.join("fr-CA/public.ftl"),
        "language-name = Français\nbroken = {\n",
    )
    .unwrap();
    let error = plaintes_core::words::Words::read(&folder, &["fr-CA".to_owned()]).unwrap_err();
    assert!(error.to_string().contains("public.ftl"), "{error}");
    std::fs::write(
        folder.join("fr-CA/public.ftl"),
        "language-name = Français\nlanguage-french-name = français\nlanguage-direction = ltr\n",
    )
    .unwrap();
    assert!(plaintes_core::words::Words::read(&folder, &["fr-CA".to_owned()]).is_ok());
    let missing =
        plaintes_core::words::Words::read(&folder, &["fr-CA".to_owned(), "de".to_owned()])
            .unwrap_err();
    assert!(missing.to_string().contains("de"), "{missing}");
    std::fs::remove_dir_all(&folder).ok();
}

fn tempfolder() -> PathBuf {
    let folder = std::env::temp_dir().join(format!("plaintes-catalogues-{}", std::process::id()));
    std::fs::remove_dir_all(&folder).ok();
    folder
}

#[test]
fn the_staff_dates_and_the_french_catalogue_write_a_moment_the_same_way() {
    let organisation = organisation();
    let french = organisation.words.french();
    for at in [
        "2026-07-01T13:00:00Z",
        "2026-12-14T21:30:00Z",
        "2026-03-03T14:05:00Z",
    ] {
        let at: chrono::DateTime<chrono::Utc> = at.parse().unwrap();
        assert_eq!(french.date(at), plaintes_core::french::date(at));
        assert_eq!(french.date_time(at), plaintes_core::french::date_time(at));
        assert_eq!(french.long_date(at), plaintes_core::french::long_date(at));
    }
    assert_eq!(
        organisation.director.phone_display(),
        "418 335-0802, poste\u{a0}207"
    );
}
