//! The staff pages as the build writes them: every page present, marked
//! out of search engines, labelled for a screen reader, within a strict
//! CSP, and a script that never writes the API's text as markup.

use std::path::Path;

use plaintes_core::Organisation;
use plaintes_site::{
    admin_file_page, admin_intake_page, admin_list_page, admin_measures_page, admin_sign_in_page,
    build, ADMIN_JS, LOCAL_SIGN_IN, STYLE_CSS,
};

fn organisation() -> Organisation {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("../config/organisation.toml");
    Organisation::load(&path).expect("the shipped settings load")
}

fn admin_pages(organisation: &Organisation) -> Vec<(&'static str, String)> {
    vec![
        ("connexion", admin_sign_in_page(organisation).unwrap()),
        ("liste", admin_list_page(organisation).unwrap()),
        ("nouvelle", admin_intake_page(organisation).unwrap()),
        ("plainte", admin_file_page(organisation).unwrap()),
        ("mesures", admin_measures_page(organisation).unwrap()),
    ]
}

/// The start tag of the element with this `id`.
fn tag_with_id<'a>(html: &'a str, id: &str) -> &'a str {
    let needle = format!("id=\"{id}\"");
    let at = html
        .find(&needle)
        .unwrap_or_else(|| panic!("no element with id {id}"));
    let start = html[..at].rfind('<').expect("a tag start");
    let end = at + html[at..].find('>').expect("a tag end");
    &html[start..=end]
}

fn attribute<'a>(tag: &'a str, name: &str) -> Option<&'a str> {
    let needle = format!(" {name}=\"");
    let start = tag.find(&needle)? + needle.len();
    let end = start + tag[start..].find('"')?;
    Some(&tag[start..end])
}

#[test]
fn build_writes_the_staff_pages_their_script_and_the_local_sign_in_settings() {
    let out = std::env::temp_dir().join(format!("plaintes-admin-build-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&out);
    let organisation = organisation();
    build(&organisation, &out).unwrap();
    for file in [
        "admin/index.html",
        "admin/connexion/index.html",
        "admin/nouvelle/index.html",
        "admin/plainte/index.html",
        "admin/mesures/index.html",
    ] {
        let html = std::fs::read_to_string(out.join(file)).unwrap_or_else(|_| panic!("{file}"));
        assert!(html.contains("Espace du personnel"), "{file}");
    }
    assert_eq!(
        std::fs::read_to_string(out.join("admin/connexion.json")).unwrap(),
        LOCAL_SIGN_IN
    );
    assert_eq!(LOCAL_SIGN_IN.trim(), "{\"kind\":\"local\"}");
    assert_eq!(
        std::fs::read_to_string(out.join("assets/admin.js")).unwrap(),
        ADMIN_JS
    );
    assert_eq!(
        std::fs::read_to_string(out.join("admin/index.html")).unwrap(),
        admin_list_page(&organisation).unwrap()
    );
    std::fs::remove_dir_all(&out).unwrap();
}

#[test]
fn every_staff_page_is_kept_out_of_search_engines_and_loads_only_its_module() {
    for (name, html) in admin_pages(&organisation()) {
        assert!(html.contains("<html lang=\"fr-CA\">"), "{name}");
        assert!(
            html.contains("<meta name=\"robots\" content=\"noindex\">"),
            "{name}"
        );
        assert!(
            html.contains("<script type=\"module\" src=\"/assets/admin.js\"></script>"),
            "{name}"
        );
        assert_eq!(html.matches("<script").count(), 1, "{name}");
        assert_eq!(html.matches("<h1").count(), 1, "{name}");
        assert!(
            html.contains("<a class=\"evitement\" href=\"#contenu\">"),
            "{name}"
        );
        assert!(html.contains("data-fuseau=\"America/Toronto\""), "{name}");
        assert!(!html.contains("style="), "{name}: a style attribute");
        assert!(!html.contains("<style"), "{name}: a style element");
        assert!(!html.contains("javascript:"), "{name}");
        for (at, _) in html.match_indices(" on") {
            let word: String = html[at + 1..]
                .chars()
                .take_while(char::is_ascii_alphabetic)
                .collect();
            assert!(
                !html[at + 1 + word.len()..].starts_with('='),
                "{name}: an inline event handler {word}"
            );
        }
        assert!(
            !html.contains("http://") && !html.contains("https://"),
            "{name}"
        );
    }
}

#[test]
fn the_signed_in_pages_show_the_person_the_sign_out_button_and_the_menu_by_role() {
    for (name, html) in admin_pages(&organisation()) {
        let signed_in = name != "connexion";
        assert_eq!(html.contains("id=\"personne-nom\""), signed_in, "{name}");
        assert_eq!(
            html.contains(">Se déconnecter</button>"),
            signed_in,
            "{name}"
        );
        if signed_in {
            assert!(
                html.contains("data-roles=\"responsable direction\" hidden><a href=\"/admin/\"")
            );
            assert!(html
                .contains("data-roles=\"accueil direction\" hidden><a href=\"/admin/nouvelle/\""));
            assert!(html.contains("<a href=\"/admin/mesures/\""));
        }
    }
    let list = admin_list_page(&organisation()).unwrap();
    assert!(list.contains("<a href=\"/admin/\" aria-current=\"page\">Plaintes</a>"));
}

#[test]
fn every_control_has_a_label_and_every_description_exists() {
    for (name, html) in admin_pages(&organisation()) {
        for kind in ["<input ", "<select ", "<textarea "] {
            for (at, _) in html.match_indices(kind) {
                let tag = &html[at..at + html[at..].find('>').unwrap()];
                let id = attribute(tag, "id").unwrap_or_else(|| panic!("{name}: no id: {tag}"));
                assert!(
                    html.contains(&format!("<label for=\"{id}\">")),
                    "{name}: {id}"
                );
            }
        }
        for (at, _) in html.match_indices(" aria-describedby=\"") {
            let tag = &html[at..at + html[at..].find('>').unwrap()];
            for id in attribute(tag, "aria-describedby").unwrap().split(' ') {
                assert!(html.contains(&format!("id=\"{id}\"")), "{name}: {id}");
            }
        }
        let ids: Vec<&str> = html
            .match_indices(" id=\"")
            .map(|(at, _)| attribute(&html[at..], "id").unwrap())
            .collect();
        for id in &ids {
            assert_eq!(
                ids.iter().filter(|other| *other == id).count(),
                1,
                "{name}: {id} twice"
            );
        }
        // Radio buttons and check boxes that go together are in a fieldset.
        for (at, _) in html.match_indices("type=\"radio\"") {
            let before = &html[..at];
            assert!(
                before.rfind("<fieldset") > before.rfind("</fieldset>"),
                "{name}: a radio button outside a fieldset"
            );
        }
        assert_eq!(
            html.matches("<fieldset").count(),
            html.matches("<legend>").count(),
            "{name}"
        );
    }
}

#[test]
fn the_sign_in_page_has_the_local_form_and_the_cognito_button() {
    let html = admin_sign_in_page(&organisation()).unwrap();
    assert!(tag_with_id(&html, "courriel").contains("autocomplete=\"username\""));
    assert!(tag_with_id(&html, "mot-de-passe").contains("type=\"password\""));
    assert!(tag_with_id(&html, "mot-de-passe").contains("autocomplete=\"current-password\""));
    assert!(tag_with_id(&html, "alerte").contains("role=\"alert\""));
    assert!(html.contains("id=\"connexion-cognito-bouton\">Se connecter</button>"));
    assert!(!html.contains("data-roles"));
}

#[test]
fn the_list_filters_by_every_status_category_and_channel() {
    let organisation = organisation();
    let html = admin_list_page(&organisation).unwrap();
    for (code, label) in [
        ("received", "Reçue"),
        ("acknowledged", "Réception confirmée"),
        ("in_analysis", "En analyse"),
        ("decided", "Décision prise"),
        ("answered", "Réponse envoyée"),
        ("followed_up", "Suivi fait"),
        ("closed", "Fermée"),
        ("withdrawn", "Retirée"),
    ] {
        assert!(
            html.contains(&format!("<option value=\"{code}\">{label}</option>")),
            "{code}"
        );
    }
    for category in &organisation.categories {
        assert!(html.contains(&format!("<option value=\"{}\">", category.code)));
    }
    for code in ["web", "telephone", "in_person", "mail", "email"] {
        assert!(
            html.contains(&format!("<option value=\"{code}\">")),
            "{code}"
        );
    }
    assert!(tag_with_id(&html, "filtre-retard").contains("name=\"overdue\""));
    assert!(tag_with_id(&html, "filtre-responsable").contains(" disabled"));
    assert!(html.contains("<label for=\"filtre-retard\">En retard seulement</label>"));
    assert!(
        html.contains("<form id=\"filtres\" class=\"filtres\" action=\"/admin/\" method=\"get\"")
    );
}

#[test]
fn the_intake_form_has_the_public_fields_with_the_same_lists_and_the_channel() {
    let organisation = organisation();
    let html = admin_intake_page(&organisation).unwrap();
    for name in [
        "channel",
        "received_at",
        "name",
        "email",
        "phone",
        "anonymous",
        "category",
        "service",
        "description",
        "desired_outcome",
        "named_staff",
        "consent",
    ] {
        assert!(html.contains(&format!("name=\"{name}\"")), "{name}");
    }
    assert_eq!(
        html.matches("name=\"category\"").count(),
        organisation.categories.len()
    );
    for category in &organisation.categories {
        assert!(html.contains(&format!(
            "<label for=\"category-{}\">{}</label>",
            category.code,
            askama::filters::escape(&category.label, askama::filters::Html).unwrap()
        )));
    }
    for service in &organisation.services {
        assert!(html.contains(&format!("<option value=\"{}\">", service.code)));
    }
    for (code, label) in [
        ("telephone", "Téléphone"),
        ("in_person", "En personne"),
        ("mail", "Courrier"),
        ("email", "Courriel"),
    ] {
        assert!(html.contains(&format!("value=\"{code}\">")), "{code}");
        assert!(html.contains(&format!("<label for=\"channel-{code}\">{label}</label>")));
    }
    assert!(
        !html.contains("channel-web"),
        "the web form is not an intake channel"
    );
    assert!(tag_with_id(&html, "received_at").contains("type=\"datetime-local\""));
    assert!(html.contains("il ne sera plus jamais affiché"));
}

#[test]
fn the_file_page_has_a_form_for_every_step_each_hidden_until_allowed() {
    let html = admin_file_page(&organisation()).unwrap();
    for action in [
        "acknowledge",
        "assign",
        "analyse",
        "decide",
        "respond",
        "follow_up",
        "add_measure",
        "close",
        "reopen",
    ] {
        let needle = format!("data-action=\"{action}\" novalidate hidden>");
        assert_eq!(html.matches(&needle).count(), 1, "{action}");
    }
    for kind in [
        "excuses",
        "reparation",
        "compensation",
        "changement_de_pratique",
    ] {
        assert!(
            html.contains(&format!("name=\"kinds\" value=\"{kind}\"")),
            "{kind}"
        );
    }
    for satisfaction in ["satisfied", "not_satisfied", "no_answer"] {
        assert!(html.contains(&format!("name=\"satisfaction\" value=\"{satisfaction}\"")));
    }
    for means in ["telephone", "in_person", "letter", "email"] {
        assert!(html.contains(&format!("name=\"means\" value=\"{means}\"")));
    }
    assert!(html
        .contains("Les notes internes ne sont jamais montrées à la personne qui a porté plainte."));
    assert!(html.contains(">Aperçu de la lettre</button>"));
    assert!(html.contains("name=\"means\" value=\"email\">Envoyer par courriel</button>"));
    assert!(
        html.contains("name=\"means\" value=\"post\">Marquer comme envoyée par la poste</button>")
    );
    assert!(html.contains(">Imprimer la lettre</button>"));
    assert!(tag_with_id(&html, "statut").contains("role=\"status\""));
    assert!(tag_with_id(&html, "statut").contains("tabindex=\"-1\""));
}

#[test]
fn the_script_writes_api_text_as_text_and_cleans_the_letter() {
    for forbidden in [
        "innerHTML",
        "outerHTML",
        "insertAdjacentHTML",
        "document.write",
        "eval(",
        "new Function",
        "localStorage",
        "document.cookie",
        ".style.",
        "http://",
        "https://",
    ] {
        assert!(!ADMIN_JS.contains(forbidden), "admin.js uses {forbidden}");
    }
    for needed in [
        "textContent",
        "DOMParser",
        "sessionStorage",
        "'plaintes.session'",
        "Authorization: `Bearer ${session.token}`",
        "'Idempotency-Key'",
        "randomUUID",
        "crypto.subtle.digest('SHA-256'",
        "code_challenge_method', 'S256'",
        "?retour=${encodeURIComponent(back)}",
    ] {
        assert!(ADMIN_JS.contains(needed), "admin.js lacks {needed}");
    }
    for element in ["'SCRIPT'", "'STYLE'", "'IFRAME'", "'OBJECT'"] {
        assert!(ADMIN_JS.contains(element), "the letter keeps no {element}");
    }
}

#[test]
fn the_stylesheet_stacks_tables_on_a_phone_and_prints_only_the_letter() {
    assert!(STYLE_CSS.contains("[hidden]{display:none!important}"));
    assert!(STYLE_CSS.contains("content:attr(data-label)"));
    assert!(STYLE_CSS.contains(".impression-lettre :not(:has(.lettre))"));
}
