//! The public pages as a person and a browser receive them: the whole
//! policy, a refused form that keeps what was typed, the delays and
//! contacts taken from the settings, and markup that a strict CSP and a
//! screen reader both accept.

use std::path::Path;

use plaintes_core::complaint::{ComplaintInput, FieldError};
use plaintes_core::words::Catalogue;
use plaintes_core::Organisation;
use plaintes_site::{
    build, complaint_form_page, confirmation_page, error_page, home_page, not_found_page,
    policy_page, privacy_page, Confirmation, FORM_JS, POLICY_TEXT, STYLE_CSS,
};

fn organisation() -> Organisation {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("../config/organisation.toml");
    Organisation::load(&path).expect("the shipped settings load")
}

/// Escapes text with askama's own HTML escaper, as the templates do.
fn escaped(text: &str) -> String {
    askama::filters::escape(text, askama::filters::Html)
        .expect("escaping cannot fail")
        .to_string()
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

/// The content of the element with this `id`, up to its first closing tag
/// of the same kind.
fn content_of<'a>(html: &'a str, id: &str) -> &'a str {
    let tag = tag_with_id(html, id);
    let name: String = tag[1..]
        .chars()
        .take_while(char::is_ascii_alphanumeric)
        .collect();
    let start = html.find(tag).expect("the tag") + tag.len();
    let end = start
        + html[start..]
            .find(&format!("</{name}>"))
            .expect("a closing tag");
    &html[start..end]
}

fn attribute<'a>(tag: &'a str, name: &str) -> Option<&'a str> {
    let needle = format!(" {name}=\"");
    let start = tag.find(&needle)? + needle.len();
    let end = start + tag[start..].find('"')?;
    Some(&tag[start..end])
}

fn count(html: &str, needle: &str) -> usize {
    html.matches(needle).count()
}

fn filled_in() -> ComplaintInput {
    ComplaintInput {
        name: "Léa \"Lili\" Tremblay".into(),
        email: "lea@exemple".into(),
        phone: "418 555".into(),
        anonymous: false,
        category: "delais".into(),
        service: "orientation".into(),
        description: "J'ai attendu <trois> semaines & personne\nne m'a rappelée.".into(),
        desired_outcome: "Un rendez-vous rapide.".into(),
        consent: false,
        ..ComplaintInput::default()
    }
}

fn field_errors() -> Vec<FieldError> {
    vec![
        FieldError {
            field: "consent",
            message: "Cochez la case pour nous permettre de traiter votre plainte.".into(),
        },
        FieldError {
            field: "email",
            message: "Cette adresse courriel n’est pas complète.".into(),
        },
        FieldError {
            field: "phone",
            message: "Ce numéro de téléphone n’a pas assez de chiffres.".into(),
        },
        FieldError {
            field: "description",
            message: "Votre description dépasse 5 000 caractères.".into(),
        },
    ]
}

fn confirmation() -> Confirmation {
    Confirmation {
        reference: "P-2026-0042".into(),
        access_code: Some("K7QF-3MZP-W9XA-B2RT".into()),
        received_at: "14\u{a0}décembre 2026 à 16\u{a0}h\u{a0}30".into(),
        acknowledgement_due: "16\u{a0}décembre 2026 à 16\u{a0}h\u{a0}30".into(),
        response_due: "8\u{a0}janvier 2027 à 23\u{a0}h\u{a0}59".into(),
        acknowledgement_by_email: true,
        already_received: false,
    }
}

/// Every page the site can show, static or rendered on the fly.
fn every_page(organisation: &Organisation) -> Vec<(&'static str, String)> {
    every_page_in(organisation, organisation.words.french())
}

fn every_page_in(organisation: &Organisation, words: &Catalogue) -> Vec<(&'static str, String)> {
    let mut anonymous = filled_in();
    anonymous.anonymous = true;
    let repeated = Confirmation {
        access_code: None,
        already_received: true,
        acknowledgement_by_email: false,
        ..confirmation()
    };
    vec![
        ("accueil", home_page(organisation, words).unwrap()),
        ("politique", policy_page(organisation, words).unwrap()),
        (
            "formulaire",
            complaint_form_page(organisation, words, &ComplaintInput::default(), &[], "").unwrap(),
        ),
        (
            "formulaire refusé",
            complaint_form_page(
                organisation,
                words,
                &filled_in(),
                &field_errors(),
                "jeton-1",
            )
            .unwrap(),
        ),
        (
            "formulaire anonyme refusé",
            complaint_form_page(
                organisation,
                words,
                &anonymous,
                &[
                    FieldError {
                        field: "category",
                        message: "Choisissez ce que votre plainte concerne.".into(),
                    },
                    FieldError {
                        field: "contact",
                        message: "Donnez un courriel ou un téléphone.".into(),
                    },
                    FieldError {
                        field: "token",
                        message: "Envoyez le formulaire de nouveau.".into(),
                    },
                ],
                "",
            )
            .unwrap(),
        ),
        (
            "confidentialité",
            privacy_page(organisation, words).unwrap(),
        ),
        ("404", not_found_page(organisation, words).unwrap()),
        (
            "confirmation",
            confirmation_page(organisation, words, &confirmation()).unwrap(),
        ),
        (
            "confirmation répétée",
            confirmation_page(organisation, words, &repeated).unwrap(),
        ),
        (
            "erreur",
            error_page(
                organisation,
                words,
                "Votre plainte est trop longue",
                "Raccourcissez votre texte, puis envoyez-le de nouveau.",
            )
            .unwrap(),
        ),
    ]
}

#[test]
fn the_policy_page_contains_every_line_of_the_policy_text() {
    let html = policy_page(&organisation(), organisation().words.french()).unwrap();
    for line in POLICY_TEXT.lines().map(str::trim).filter(|l| !l.is_empty()) {
        let text = line.strip_prefix("- ").unwrap_or(line);
        // Word for word, in Quebec typography.
        assert!(
            html.contains(&escaped(&plaintes_core::french::typeset(text))),
            "missing from the policy page: {text}"
        );
    }
    assert!(!html.contains(" :") && !html.contains(" ;"), "{html}");
}

#[test]
fn the_policy_page_shows_the_title_once_and_the_nine_sections_as_headings() {
    let html = policy_page(&organisation(), organisation().words.french()).unwrap();
    assert!(html.contains("<h1>Politique de gestion des plaintes sur la qualité des services</h1>"));
    for heading in [
        "Notre mission",
        "Énoncé de politique",
        "Définition d’une plainte",
        "Droits des clients",
        "Politique de traitement des plaintes",
        "Facteurs de succès",
        "Confidentialité",
        "Procédure de traitement des plaintes",
        "Coordonnées de l’organisme",
    ] {
        assert!(
            html.contains(&format!("<h2>{heading}</h2>")),
            "not a heading: {heading}"
        );
    }
    assert!(html.contains("<li>Le respect\u{a0}: Chaque plainte sera traitée"));
    assert!(html.contains("<p>Directrice générale\u{a0}: Andréane Morin</p>"));
}

#[test]
fn every_page_has_exactly_one_main_heading() {
    for (name, html) in every_page(&organisation()) {
        assert_eq!(count(&html, "<h1"), 1, "{name}");
    }
}

#[test]
fn a_refused_form_keeps_what_was_typed() {
    let html = complaint_form_page(
        &organisation(),
        organisation().words.french(),
        &filled_in(),
        &field_errors(),
        "jeton-1",
    )
    .unwrap();
    assert_eq!(
        attribute(tag_with_id(&html, "name"), "value"),
        Some("Léa &#34;Lili&#34; Tremblay")
    );
    assert_eq!(
        attribute(tag_with_id(&html, "email"), "value"),
        Some("lea@exemple")
    );
    assert_eq!(
        attribute(tag_with_id(&html, "phone"), "value"),
        Some("418 555")
    );
    assert_eq!(
        content_of(&html, "description"),
        "J&#39;ai attendu &#60;trois&#62; semaines &#38; personne\nne m&#39;a rappelée."
    );
    assert_eq!(
        content_of(&html, "desired_outcome"),
        "Un rendez-vous rapide."
    );
    assert!(html.contains("<option value=\"orientation\" selected>"));
    assert_eq!(count(&html, " selected"), 1);
    assert!(tag_with_id(&html, "category-delais").contains(" checked"));
    assert_eq!(
        count(&html, " checked"),
        1,
        "only the chosen category is checked"
    );
    assert!(html.contains("<input type=\"hidden\" name=\"token\" value=\"jeton-1\">"));
}

#[test]
fn a_refused_form_shows_each_error_beside_its_field_and_in_the_summary() {
    let html = complaint_form_page(
        &organisation(),
        organisation().words.french(),
        &filled_in(),
        &field_errors(),
        "",
    )
    .unwrap();
    for error in field_errors() {
        let field = tag_with_id(&html, error.field);
        assert!(field.contains("aria-invalid=\"true\""), "{field}");
        let described_by = attribute(field, "aria-describedby").unwrap_or_default();
        let message_id = format!("{}-erreur", error.field);
        assert!(
            described_by.split(' ').any(|id| id == message_id),
            "{field}"
        );
        assert!(
            content_of(&html, &message_id).ends_with(&escaped(&error.message)),
            "{}",
            error.field
        );
        assert!(html.contains(&format!(
            "<a href=\"#{}\">{}</a>",
            error.field,
            escaped(&error.message)
        )));
    }
    let summary = content_of(&html, "resume-erreurs");
    assert!(summary.contains("Corrigez ces points"));
    // The summary follows the order of the form, not the order of the errors.
    let position = |message: &str| summary.find(&escaped(message)).unwrap();
    assert!(position("Cette adresse courriel") < position("Cochez la case"));
    assert!(html.contains("<title>Erreur\u{a0}: Porter plainte"));
    // The fields without error are not marked.
    assert!(!tag_with_id(&html, "name").contains("aria-invalid"));
    assert!(!tag_with_id(&html, "category-delais").contains("aria-invalid"));
}

#[test]
fn a_category_error_marks_the_radio_group_and_links_to_its_first_button() {
    let organisation = organisation();
    let values = ComplaintInput {
        category: "attitude_du_personnel".into(),
        ..ComplaintInput::default()
    };
    let errors = [FieldError {
        field: "category",
        message: "Choisissez ce que votre plainte concerne.".into(),
    }];
    let html = complaint_form_page(
        &organisation,
        organisation.words.french(),
        &values,
        &errors,
        "",
    )
    .unwrap();
    let first = format!("category-{}", organisation.categories[0].code);
    assert!(html.contains(&format!("<a href=\"#{first}\">")));
    assert!(html.contains("aria-describedby=\"category-erreur\""));
    assert!(
        content_of(&html, "category-erreur").contains("Choisissez ce que votre plainte concerne.")
    );
    for category in &organisation.categories {
        let radio = tag_with_id(&html, &format!("category-{}", category.code));
        assert!(radio.contains("aria-invalid=\"true\""));
        assert_eq!(
            radio.contains(" checked"),
            category.code == "attitude_du_personnel"
        );
    }
    assert!(html.contains("Corrigez ce point"));
}

#[test]
fn a_missing_way_to_reach_the_person_is_shown_on_both_contact_fields() {
    let errors = [FieldError {
        field: "contact",
        message: "Donnez un courriel ou un numéro de téléphone.".into(),
    }];
    let html = complaint_form_page(
        &organisation(),
        organisation().words.french(),
        &ComplaintInput::default(),
        &errors,
        "",
    )
    .unwrap();
    assert!(content_of(&html, "contact-erreur")
        .ends_with("Donnez un courriel ou un numéro de téléphone."));
    for field in ["email", "phone"] {
        let tag = tag_with_id(&html, field);
        assert!(tag.contains("aria-invalid=\"true\""));
        assert!(attribute(tag, "aria-describedby")
            .unwrap()
            .contains("contact-erreur"));
    }
    assert!(html.contains("<a href=\"#email\">Donnez un courriel"));
}

#[test]
fn the_anonymous_box_comes_before_the_fields_it_asks_to_leave_empty() {
    let html = complaint_form_page(
        &organisation(),
        organisation().words.french(),
        &ComplaintInput::default(),
        &[],
        "",
    )
    .unwrap();
    let at = |id: &str| html.find(&format!("id=\"{id}\"")).unwrap();
    for field in ["name", "email", "phone", "address_street"] {
        assert!(at("anonymous") < at(field), "{field}");
    }
    // And the name is said to be needed, unless anonymous.
    assert!(html.contains(
        "<label for=\"name\">Votre nom <span class=\"requis\">(obligatoire, sauf si vous restez anonyme)</span></label>"
    ));
}

#[test]
fn the_anonymous_and_consent_boxes_stay_checked() {
    let values = ComplaintInput {
        anonymous: true,
        consent: true,
        ..ComplaintInput::default()
    };
    let errors = [FieldError {
        field: "description",
        message: "Décrivez ce qui s’est passé.".into(),
    }];
    let html = complaint_form_page(
        &organisation(),
        organisation().words.french(),
        &values,
        &errors,
        "",
    )
    .unwrap();
    assert!(tag_with_id(&html, "anonymous").contains(" checked"));
    assert!(tag_with_id(&html, "consent").contains(" checked"));
}

#[test]
fn the_blank_form_has_every_field_the_api_reads_and_no_error() {
    let organisation = organisation();
    let html = complaint_form_page(
        &organisation,
        organisation.words.french(),
        &ComplaintInput::default(),
        &[],
        "",
    )
    .unwrap();
    assert!(html.contains(
        "<form id=\"formulaire-plainte\" method=\"post\" action=\"/api/complaints\" novalidate>"
    ));
    // A promise the product keeps: a phone number alone brings the answer
    // by post, not by phone.
    assert!(html.contains("sinon par la poste, à votre adresse"));
    assert!(!html.contains("numéro de référence"));
    for name in [
        "name",
        "email",
        "phone",
        "anonymous",
        "category",
        "service",
        "description",
        "desired_outcome",
        "consent",
        "token",
        "site_web",
    ] {
        assert!(html.contains(&format!("name=\"{name}\"")), "{name}");
    }
    assert_eq!(
        count(&html, "name=\"category\""),
        organisation.categories.len()
    );
    assert!(html.contains("<option value=\"\">Je ne sais pas / aucun en particulier</option>"));
    assert!(tag_with_id(&html, "email").contains("type=\"email\""));
    assert!(tag_with_id(&html, "email").contains("autocomplete=\"email\""));
    assert!(tag_with_id(&html, "phone").contains("type=\"tel\""));
    assert!(tag_with_id(&html, "phone").contains("autocomplete=\"tel\""));
    assert!(tag_with_id(&html, "name").contains("autocomplete=\"name\""));
    assert!(tag_with_id(&html, "anonymous").contains("value=\"true\""));
    assert!(tag_with_id(&html, "consent").contains("value=\"true\""));
    assert!(html.contains("<input type=\"hidden\" name=\"token\" value=\"\">"));
    assert!(!html.contains("aria-invalid"));
    assert!(!html.contains("resume-erreurs"));
    assert!(!html.contains(" checked"));
    assert!(html.contains("5\u{202f}000\u{a0}caractères"));
    assert!(html.contains("2\u{202f}000\u{a0}caractères"));
    assert!(html.contains("<script src=\"/assets/form.js\" defer></script>"));
}

#[test]
fn the_honeypot_is_hidden_from_people_and_from_the_keyboard() {
    let html = complaint_form_page(
        &organisation(),
        organisation().words.french(),
        &ComplaintInput::default(),
        &[],
        "",
    )
    .unwrap();
    let start = html
        .find("<div class=\"piege\" aria-hidden=\"true\">")
        .expect("the wrapper");
    let wrapper = &html[start..start + html[start..].find("</div>").unwrap()];
    assert!(wrapper.contains("<label for=\"site_web\">Ne remplissez pas ce champ</label>"));
    let input = tag_with_id(&html, "site_web");
    assert!(input.contains("tabindex=\"-1\""));
    assert!(input.contains("autocomplete=\"off\""));
    assert!(STYLE_CSS.contains(".piege{"));
}

#[test]
fn every_form_control_has_a_label_and_every_description_exists() {
    for (name, html) in every_page(&organisation()) {
        for kind in ["<input ", "<select ", "<textarea "] {
            for (at, _) in html.match_indices(kind) {
                let tag = &html[at..at + html[at..].find('>').unwrap()];
                if tag.contains("type=\"hidden\"") {
                    continue;
                }
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
    }
}

#[test]
fn no_page_needs_anything_a_strict_content_security_policy_forbids() {
    let organisation = organisation();
    for (name, html) in every_page(&organisation) {
        for (at, _) in html.match_indices("<script") {
            let tag = &html[at..at + html[at..].find('>').unwrap()];
            assert!(
                tag.contains(" src=\"/assets/"),
                "{name}: inline script {tag}"
            );
        }
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
        for scheme in ["http://", "https://"] {
            for (at, _) in html.match_indices(scheme) {
                assert!(
                    html[at..].starts_with(&organisation.site_url),
                    "{name}: a link to another host: {}",
                    &html[at..at + 40.min(html.len() - at)]
                );
            }
        }
        assert!(html.contains("<html lang=\"fr-CA\" dir=\"ltr\">"), "{name}");
        assert!(
            html.contains("<link rel=\"stylesheet\" href=\"/assets/style.css\">"),
            "{name}"
        );
        assert!(
            html.contains("<a class=\"evitement\" href=\"#contenu\">"),
            "{name}"
        );
        assert!(html.contains("id=\"contenu\""), "{name}");
    }
}

#[test]
fn the_assets_are_small_and_load_nothing_from_elsewhere() {
    // 12 KiB: the public, staff and follow-up pages share this one file.
    assert!(
        STYLE_CSS.len() < 12 * 1024,
        "style.css is {} bytes",
        STYLE_CSS.len()
    );
    for asset in [STYLE_CSS, FORM_JS] {
        assert!(!asset.contains("http://") && !asset.contains("https://"));
        assert!(!asset.contains("@import") && !asset.contains("url("));
    }
    assert!(STYLE_CSS.contains(":focus-visible"));
    assert!(FORM_JS.contains("randomUUID") && FORM_JS.contains("getRandomValues"));
    assert!(FORM_JS.contains("data-envoi"));
}

#[test]
fn the_home_page_shows_the_delays_from_the_settings() {
    let mut organisation = organisation();
    let html = home_page(&organisation, organisation.words.french()).unwrap();
    assert!(html.contains("dans les 48\u{a0}heures"));
    assert!(html.contains("dans les 10\u{a0}jours ouvrables"));

    organisation.deadlines.acknowledgement_hours = 72;
    organisation.deadlines.response_business_days = 15;
    organisation.deadlines.follow_up_business_days = 5;
    let html = home_page(&organisation, organisation.words.french()).unwrap();
    assert!(html.contains("dans les 72\u{a0}heures"));
    assert!(html.contains("dans les 15\u{a0}jours ouvrables"));
    assert!(html.contains("Environ 5\u{a0}jours ouvrables après notre réponse"));
    assert!(!html.contains("48\u{a0}heures"));

    organisation.deadlines.response_business_days = 1;
    let html = home_page(&organisation, organisation.words.french()).unwrap();
    assert!(html.contains("dans les 1\u{a0}jour ouvrable "));
}

#[test]
fn the_home_page_gives_the_mission_the_ways_to_complain_the_rights_and_the_form() {
    let mut organisation = organisation();
    organisation.director.name = "Samuel Gagnon".into();
    organisation.director.email = "samuel@exemple.org".into();
    organisation.director.extension = Some("12".into());
    let html = home_page(&organisation, organisation.words.french()).unwrap();
    for paragraph in &organisation.mission {
        assert!(html.contains(&format!("<p>{}</p>", escaped(paragraph))));
    }
    assert!(html.contains("Samuel Gagnon"));
    assert!(html.contains("<a href=\"mailto:samuel@exemple.org\">samuel@exemple.org</a>"));
    assert!(html.contains("<a href=\"tel:+14183350802,12\">418 335-0802, poste\u{a0}12</a>"));
    // The mission in plain words (the policy page keeps the board's text).
    assert!(html.contains("les jeunes de 15 à 35\u{a0}ans"));
    assert!(!html.contains("15-35"));
    for way in ["En ligne", "Par téléphone", "En personne", "Par écrit"] {
        assert!(html.contains(way), "{way}");
    }
    assert!(html.contains("Vos droits"));
    assert!(html.contains("L’accès à votre dossier"));
    assert!(html.contains("<a class=\"bouton\" href=\"/porter-plainte/\">"));
    assert!(html.contains("<a href=\"/\" aria-current=\"page\">Accueil</a>"));
}

#[test]
fn the_privacy_page_names_the_privacy_officer() {
    let mut organisation = organisation();
    organisation.privacy_officer.name = "Chloé Bouchard".into();
    organisation.privacy_officer.email = "vie.privee@exemple.org".into();
    organisation.privacy_officer.extension = None;
    let html = privacy_page(&organisation, organisation.words.french()).unwrap();
    assert!(html.contains("<strong>Chloé Bouchard</strong>"));
    assert!(html.contains("Responsable de la protection des renseignements personnels"));
    assert!(html.contains("<a href=\"mailto:vie.privee@exemple.org\">"));
    assert!(html.contains("<a href=\"tel:+14183350802\" dir=\"ltr\">418 335-0802</a>"));
    assert!(html.contains("au Canada"));
    assert!(html.contains("durée de conservation fixée par l’organisme"));
    assert!(html.contains("anonymisés"));
}

#[test]
fn the_confirmation_shows_the_reference_the_code_once_and_the_dates() {
    let html = confirmation_page(
        &organisation(),
        organisation().words.french(),
        &confirmation(),
    )
    .unwrap();
    assert!(html.contains("<p class=\"code\" dir=\"ltr\">P-2026-0042</p>"));
    assert!(html.contains("<p class=\"code\" dir=\"ltr\">K7QF-3MZP-W9XA-B2RT</p>"));
    assert!(html.contains("Il ne sera plus jamais affiché"));
    assert!(html.contains("14\u{a0}décembre 2026 à 16\u{a0}h\u{a0}30"));
    assert!(html.contains("16\u{a0}décembre 2026 à 16\u{a0}h\u{a0}30"));
    assert!(html.contains(
        "au plus tard le <span class=\"date\">8\u{a0}janvier 2027 à 23\u{a0}h\u{a0}59</span>"
    ));
    assert!(html.contains("un accusé de réception vous a été envoyé par courriel"));
    assert!(!html.contains("cette page est votre accusé de réception"));
    assert!(!html.contains("déjà reçu"));
    assert!(html.contains("mailto:andreane.m@cjefrontenac.com"));
    // One number, one name: the one /suivi/ and the mail ask for.
    assert!(html.contains("<h2>Votre numéro de plainte</h2>"));
    assert!(!html.contains("numéro de référence"));
}

#[test]
fn without_an_email_the_confirmation_is_the_acknowledgement() {
    let confirmation = Confirmation {
        acknowledgement_by_email: false,
        ..confirmation()
    };
    let html = confirmation_page(
        &organisation(),
        organisation().words.french(),
        &confirmation,
    )
    .unwrap();
    assert!(html.contains("cette page est votre accusé de réception"));
    assert!(!html.contains("envoyé par courriel"));
}

#[test]
fn a_repeated_submission_explains_that_the_code_was_given_the_first_time() {
    let confirmation = Confirmation {
        access_code: None,
        already_received: true,
        ..confirmation()
    };
    let html = confirmation_page(
        &organisation(),
        organisation().words.french(),
        &confirmation,
    )
    .unwrap();
    assert!(html.contains("P-2026-0042"));
    assert!(html.contains("Nous avions déjà reçu cette plainte"));
    assert!(html.contains(
        "Votre code d’accès vous a été donné quand vous avez envoyé cette plainte la première fois"
    ));
    assert!(html.contains("Il se trouve aussi dans l’accusé de réception envoyé par courriel"));
    assert!(!html.contains("Il ne sera plus jamais affiché"));
    assert!(!html.contains("class=\"code\">K7QF"));
}

#[test]
fn the_error_page_shows_the_message_a_way_back_and_the_director() {
    let html = error_page(
        &organisation(),
        organisation().words.french(),
        "Votre plainte est trop longue",
        "Raccourcissez votre texte à <5 000> caractères.",
    )
    .unwrap();
    assert!(html.contains("<h1>Votre plainte est trop longue</h1>"));
    assert!(html.contains("<title>Votre plainte est trop longue – "));
    assert!(html.contains("Raccourcissez votre texte à &#60;5 000&#62; caractères."));
    assert!(html.contains("href=\"/porter-plainte/\">Retourner au formulaire</a>"));
    assert!(html
        .contains("<a href=\"tel:+14183350802,207\" dir=\"ltr\">418 335-0802, poste\u{a0}207</a>"));
}

#[test]
fn the_not_found_page_leads_back_home_and_to_the_form() {
    let html = not_found_page(&organisation(), organisation().words.french()).unwrap();
    assert!(html.contains("<h1>Page introuvable</h1>"));
    assert!(html.contains("<a href=\"/\">accueil</a>"));
    assert!(html.contains("<a href=\"/porter-plainte/\">"));
}

#[test]
fn build_writes_every_page_and_asset() {
    let out = std::env::temp_dir().join(format!("plaintes-site-build-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&out);
    let organisation = organisation();
    build(&organisation, &out).unwrap();
    for file in [
        "index.html",
        "politique/index.html",
        "porter-plainte/index.html",
        "confidentialite/index.html",
        "404.html",
        "assets/style.css",
        "assets/form.js",
    ] {
        let path = out.join(file);
        let contents = std::fs::read_to_string(&path).unwrap_or_else(|_| panic!("missing {file}"));
        assert!(!contents.is_empty(), "{file} is empty");
    }
    let home = std::fs::read_to_string(out.join("index.html")).unwrap();
    assert_eq!(
        home,
        home_page(&organisation, organisation.words.french()).unwrap()
    );
    let form = std::fs::read_to_string(out.join("porter-plainte/index.html")).unwrap();
    assert!(form.contains("name=\"token\" value=\"\""));
    assert!(form.contains("name=\"language\" value=\"fr-CA\""));
    // Every other language's pages under its code, the form saying which.
    for words in organisation.words.all().skip(1) {
        let code = words.code();
        for file in [
            "index.html",
            "politique/index.html",
            "confidentialite/index.html",
            "suivi/index.html",
        ] {
            assert!(out.join(code).join(file).is_file(), "missing {code}/{file}");
        }
        let form =
            std::fs::read_to_string(out.join(code).join("porter-plainte/index.html")).unwrap();
        assert!(
            form.contains(&format!("name=\"language\" value=\"{code}\"")),
            "{code}"
        );
    }
    assert_eq!(
        std::fs::read_to_string(out.join("assets/style.css")).unwrap(),
        STYLE_CSS
    );
    std::fs::remove_dir_all(&out).unwrap();
}

#[test]
fn every_public_page_exists_in_every_language_with_every_word_and_its_direction() {
    let organisation = organisation();
    for words in organisation.words.all() {
        let code = words.code();
        let direction = words.language().direction.html();
        for (name, html) in every_page_in(&organisation, words) {
            assert!(
                html.contains(&format!("<html lang=\"{code}\" dir=\"{direction}\">")),
                "{code} {name}"
            );
            // The language choice: a plain link to each language's page.
            for other in organisation.words.languages() {
                assert!(
                    html.contains(&format!(
                        "lang=\"{}\" hreflang=\"{}\"",
                        other.code, other.code
                    )),
                    "{code} {name}: no link to {}",
                    other.code
                );
            }
            assert!(!html.contains("{ $"), "{code} {name}: a value left out");
        }
        assert_eq!(
            words.missing(),
            Vec::<String>::new(),
            "{code}: messages missing"
        );
    }
    let arabic = organisation.words.get("ar");
    assert_eq!(arabic.language().direction.html(), "rtl");
    let home = home_page(&organisation, arabic).unwrap();
    assert!(home.contains("<a href=\"/ar/porter-plainte/\""));
    assert!(home
        .contains("<link rel=\"alternate\" hreflang=\"es\" href=\"http://127.0.0.1:3000/es/\">"));
}

#[test]
fn every_translation_of_the_policy_has_the_shape_of_the_french_one() {
    let organisation = organisation();
    let shape = |blocks: Vec<plaintes_site::PolicyBlock>| -> Vec<&'static str> {
        blocks
            .iter()
            .map(|block| match block {
                plaintes_site::PolicyBlock::Title(_) => "title",
                plaintes_site::PolicyBlock::Heading(_) => "heading",
                plaintes_site::PolicyBlock::Paragraph(_) => "paragraph",
                plaintes_site::PolicyBlock::List(items) => {
                    if items.len() > 1 {
                        "list"
                    } else {
                        "item"
                    }
                }
            })
            .collect()
    };
    let french = shape(plaintes_site::parse_policy(POLICY_TEXT));
    for words in organisation.words.all().skip(1) {
        let text = words
            .document(plaintes_site::POLICY_TRANSLATION)
            .unwrap_or_else(|| panic!("{}: the policy is not translated", words.code()));
        assert_eq!(
            shape(plaintes_site::parse_policy(text)),
            french,
            "{}",
            words.code()
        );
        let html = policy_page(&organisation, words).unwrap();
        // Labelled a translation, the French text named the official one.
        assert!(
            html.contains("<a href=\"/politique/\" hreflang=\"fr-CA\">"),
            "{}",
            words.code()
        );
    }
}
