//! The client's own pages (`/suivi/`) as the public router renders them:
//! the access form and its refusals, the file with the forms of what the
//! client may do now, the printable copy and the lost-code answer. Each
//! keeps the layout, shows what the client typed as text, sends the
//! reference and the code again, and needs nothing a strict CSP forbids.

use std::path::Path;

use plaintes_core::words::Catalogue;
use plaintes_core::Organisation;
use plaintes_site::{
    build, client_access_page, client_file_page, client_lost_code_page, client_print_page,
    ClientAddition, ClientCredentials, ClientDeadline, ClientEvent, ClientFile, ClientLetter,
    ClientNotice, ClientSatisfaction, STYLE_CSS, SUIVI_JS,
};

const REFERENCE: &str = "P-2026-0042";
const CODE: &str = "K7QF-3MZP-W9XA-B2RT-H4NC-8JDE-5L";
const MARKUP: &str = "<script>alert(1)</script> & <b>gras</b>";

fn organisation() -> Organisation {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("../config/organisation.toml");
    Organisation::load(&path).expect("the shipped settings load")
}

/// A file in the middle of its life: answered, with an addition, the
/// follow-up running, and markup typed by the client everywhere.
fn answered() -> ClientFile {
    ClientFile {
        credentials: ClientCredentials {
            reference: REFERENCE.into(),
            code: CODE.into(),
        },
        status: "Réponse envoyée".into(),
        status_explanation:
            "Nous vous avons répondu par écrit. Dites-nous si la solution vous convient.".into(),
        received: "27\u{a0}novembre 2026 à 21\u{a0}h\u{a0}00".into(),
        channel: "Site web".into(),
        category: "Les délais".into(),
        service: Some("Recherche d’emploi".into()),
        name: Some("Léa \"Lili\" Tremblay".into()),
        email: Some("lea@exemple.ca".into()),
        phone: None,
        description: format!("On ne m’a jamais rappelée.\nDeuxième ligne {MARKUP}"),
        desired_outcome: Some(format!("Un rendez-vous. {MARKUP}")),
        deadlines: vec![
            ClientDeadline {
                label: "Accusé de réception".into(),
                due: "au plus tard le 29\u{a0}novembre 2026 à 21\u{a0}h\u{a0}00".into(),
                state: "Fait le 27\u{a0}novembre 2026 à 21\u{a0}h\u{a0}00, dans le délai promis."
                    .into(),
                kept: Some(true),
            },
            ClientDeadline {
                label: "Réponse écrite".into(),
                due: "au plus tard le 11\u{a0}décembre 2026 à 23\u{a0}h\u{a0}59".into(),
                state: "Faite le 14\u{a0}décembre 2026, après le délai promis.".into(),
                kept: Some(false),
            },
            ClientDeadline {
                label: "Suivi".into(),
                due: "vers le 28\u{a0}décembre 2026".into(),
                state: "À venir.".into(),
                kept: None,
            },
        ],
        responses: vec![ClientLetter {
            sent: "14\u{a0}décembre 2026".into(),
            means: "par courriel".into(),
            in_file: false,
            subject: "Réponse à votre plainte P-2026-0042".into(),
            text: format!("Bonjour,\n\n   Nous vous rappellerons.\n{MARKUP}\nAndréane Morin"),
        }],
        additions: vec![ClientAddition {
            at: "2\u{a0}décembre 2026 à 10\u{a0}h\u{a0}15".into(),
            text: format!("J’ai oublié la date\u{a0}: le 20\u{a0}novembre. {MARKUP}"),
        }],
        satisfaction: None,
        timeline: vec![
            ClientEvent {
                at: "27\u{a0}novembre 2026 à 21\u{a0}h\u{a0}00".into(),
                what: "Plainte reçue par le site web.".into(),
            },
            ClientEvent {
                at: "14\u{a0}décembre 2026 à 9\u{a0}h\u{a0}30".into(),
                what: "Réponse écrite envoyée par courriel.".into(),
            },
        ],
        can_add_information: true,
        can_withdraw: true,
        can_answer_satisfaction: true,
    }
}

/// An anonymous complaint just received: no response yet, nothing optional.
fn anonymous() -> ClientFile {
    ClientFile {
        status: "Reçue".into(),
        status_explanation: "Une personne responsable va étudier votre plainte.".into(),
        service: None,
        name: None,
        email: None,
        phone: None,
        desired_outcome: None,
        responses: vec![],
        additions: vec![],
        deadlines: vec![answered().deadlines[0].clone()],
        timeline: vec![answered().timeline[0].clone()],
        can_answer_satisfaction: false,
        ..answered()
    }
}

/// A closed file: nothing left to do but take it away.
fn closed() -> ClientFile {
    ClientFile {
        status: "Fermée".into(),
        status_explanation: "Votre plainte est réglée.".into(),
        satisfaction: Some(ClientSatisfaction {
            at: "5\u{a0}janvier 2027 à 18\u{a0}h\u{a0}40".into(),
            answer: "Satisfait".into(),
            comment: Some(format!("Merci. {MARKUP}")),
        }),
        can_add_information: false,
        can_withdraw: false,
        can_answer_satisfaction: false,
        ..answered()
    }
}

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

/// The markup of the form with this `id`, start tag to end tag.
fn form<'a>(html: &'a str, id: &str) -> &'a str {
    let tag = tag_with_id(html, id);
    let start = html.find(tag).expect("the form");
    let end = start + html[start..].find("</form>").expect("the end of the form");
    &html[start..end]
}

fn count(html: &str, needle: &str) -> usize {
    html.matches(needle).count()
}

fn notice_error(field: &str, message: &str) -> ClientNotice {
    ClientNotice {
        error: Some(message.into()),
        field: Some(field.into()),
        ..ClientNotice::default()
    }
}

/// Every page of the client's side, in every state worth showing.
fn every_page(organisation: &Organisation) -> Vec<(&'static str, String)> {
    every_page_in(organisation, organisation.words.french())
}

fn every_page_in(organisation: &Organisation, words: &Catalogue) -> Vec<(&'static str, String)> {
    let none = ClientNotice::default();
    vec![
        (
            "accès",
            client_access_page(organisation, words, "", None).unwrap(),
        ),
        (
            "accès refusé",
            client_access_page(
                organisation,
                words,
                REFERENCE,
                Some("Numéro de plainte ou code d’accès incorrect."),
            )
            .unwrap(),
        ),
        (
            "dossier",
            client_file_page(organisation, words, &answered(), &none).unwrap(),
        ),
        (
            "dossier anonyme",
            client_file_page(organisation, words, &anonymous(), &none).unwrap(),
        ),
        (
            "dossier fermé",
            client_file_page(organisation, words, &closed(), &none).unwrap(),
        ),
        (
            "dossier après un ajout",
            client_file_page(
                organisation,
                words,
                &answered(),
                &ClientNotice {
                    success: Some("Votre ajout a été versé à votre dossier.".into()),
                    ..ClientNotice::default()
                },
            )
            .unwrap(),
        ),
        (
            "ajout refusé",
            client_file_page(
                organisation,
                words,
                &answered(),
                &notice_error("text", "Écrivez l’information à ajouter."),
            )
            .unwrap(),
        ),
        (
            "réponse refusée",
            client_file_page(
                organisation,
                words,
                &answered(),
                &notice_error("satisfaction", "Dites si la solution vous convient."),
            )
            .unwrap(),
        ),
        (
            "retrait refusé",
            client_file_page(
                organisation,
                words,
                &answered(),
                &notice_error("confirm", "Cochez la case pour confirmer le retrait."),
            )
            .unwrap(),
        ),
        (
            "impression",
            client_print_page(organisation, words, &answered()).unwrap(),
        ),
        (
            "impression anonyme",
            client_print_page(organisation, words, &anonymous()).unwrap(),
        ),
        (
            "code perdu",
            client_lost_code_page(organisation, words).unwrap(),
        ),
    ]
}

#[test]
fn build_writes_the_follow_up_form_and_its_script() {
    let out = std::env::temp_dir().join(format!("plaintes-client-build-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&out);
    build(&organisation(), &out).unwrap();
    let html = std::fs::read_to_string(out.join("suivi/index.html")).unwrap();
    assert!(html.contains("<h1>Suivre ma plainte</h1>"));
    assert!(html.contains("<script src=\"/assets/suivi.js\" defer></script>"));
    assert_eq!(
        std::fs::read_to_string(out.join("assets/suivi.js")).unwrap(),
        SUIVI_JS
    );
    std::fs::remove_dir_all(&out).unwrap();
}

#[test]
fn every_public_page_links_to_the_follow_up_in_its_menu() {
    let organisation = organisation();
    for (name, html) in every_page(&organisation) {
        assert!(
            html.contains("<nav aria-label=\"Menu principal\">"),
            "{name}"
        );
        for link in [
            "href=\"/\"",
            "href=\"/porter-plainte/\"",
            "href=\"/suivi/\"",
            "href=\"/politique/\"",
            "href=\"/confidentialite/\"",
        ] {
            assert!(html.contains(link), "{name}: {link}");
        }
        assert!(html.contains(">Suivre ma plainte</a>"), "{name}");
        assert!(html.contains("<footer class=\"pied\">"), "{name}");
        assert!(
            html.contains(&format!("mailto:{}", organisation.director.email)),
            "{name}: the director's contact"
        );
        assert_eq!(count(&html, "<h1"), 1, "{name}");
        assert!(
            html.contains("<meta name=\"robots\" content=\"noindex\">"),
            "{name}"
        );
    }
    let access = client_access_page(&organisation, organisation.words.french(), "", None).unwrap();
    assert!(access.contains("<a href=\"/suivi/\" aria-current=\"page\">Suivre ma plainte</a>"));
    let home = plaintes_site::home_page(&organisation, organisation.words.french()).unwrap();
    assert!(home.contains("<a href=\"/suivi/\">Suivez votre plainte</a>"));
}

#[test]
fn the_access_form_asks_for_the_reference_and_the_code_as_typed_on_a_phone() {
    let html =
        client_access_page(&organisation(), organisation().words.french(), "", None).unwrap();
    let access = form(&html, "formulaire-suivi");
    assert!(access.contains("method=\"post\" action=\"/api/suivi\""));
    assert!(access.contains("<label for=\"reference\">Numéro de plainte</label>"));
    assert!(access.contains("<label for=\"code\">Code d’accès</label>"));
    assert!(access.contains("P-2026-0042"), "an example of a reference");
    let code = tag_with_id(&html, "code");
    assert_eq!(attribute(code, "name"), Some("code"));
    assert_eq!(attribute(code, "autocomplete"), Some("off"));
    assert_eq!(attribute(code, "spellcheck"), Some("false"));
    assert_eq!(attribute(code, "autocapitalize"), Some("characters"));
    assert_eq!(attribute(code, "value"), Some(""));
    assert_eq!(
        attribute(tag_with_id(&html, "reference"), "name"),
        Some("reference")
    );
    assert!(!html.contains("role=\"alert\""));
    assert!(html.contains("<title>Suivre ma plainte"));
}

#[test]
fn a_refused_access_says_why_keeps_the_reference_and_never_the_code() {
    let html = client_access_page(
        &organisation(),
        organisation().words.french(),
        "P-2026-0042\"><b>",
        Some("Trop d’essais. Réessayez dans 15 minutes."),
    )
    .unwrap();
    let alert = tag_with_id(&html, "resume-erreurs");
    assert!(alert.contains("role=\"alert\""));
    assert!(alert.contains("tabindex=\"-1\""));
    assert!(content_of(&html, "acces-erreur").contains("Trop d’essais. Réessayez dans 15 minutes."));
    assert_eq!(
        attribute(tag_with_id(&html, "reference"), "value"),
        Some("P-2026-0042&#34;&#62;&#60;b&#62;")
    );
    assert_eq!(attribute(tag_with_id(&html, "code"), "value"), Some(""));
    for id in ["reference", "code"] {
        let described_by = attribute(tag_with_id(&html, id), "aria-describedby").unwrap();
        assert!(
            described_by.split(' ').any(|id| id == "acces-erreur"),
            "{id}"
        );
    }
    assert!(html.contains("<title>Erreur\u{a0}: Suivre ma plainte"));
}

#[test]
fn the_lost_code_form_explains_that_a_new_code_replaces_the_old_one() {
    let html = client_access_page(
        &organisation(),
        organisation().words.french(),
        "P-2026-0007",
        None,
    )
    .unwrap();
    let lost = form(&html, "formulaire-code-perdu");
    assert!(lost.contains("method=\"post\" action=\"/api/suivi/code-perdu\""));
    assert!(lost.contains("name=\"reference\""));
    assert_eq!(
        attribute(tag_with_id(&html, "perdu-email"), "name"),
        Some("email")
    );
    assert_eq!(
        attribute(tag_with_id(&html, "perdu-email"), "type"),
        Some("email")
    );
    assert_eq!(
        attribute(tag_with_id(&html, "perdu-reference"), "value"),
        Some("P-2026-0007")
    );
    assert!(html.contains("Code d’accès perdu\u{a0}?"));
    assert!(html.contains("<strong>nouveau</strong> code d’accès"));
    assert!(html.contains("L’ancien code ne fonctionnera plus."));
}

#[test]
fn the_lost_code_answer_is_neutral_and_leads_back_to_the_form() {
    let html = client_lost_code_page(&organisation(), organisation().words.french()).unwrap();
    assert!(html.contains(
        "Si ce numéro de plainte et ce courriel correspondent à une plainte, un nouveau code \
         d’accès est envoyé à ce courriel\u{a0}: il arrive d’ici quelques minutes et remplace \
         l’ancien."
    ));
    assert!(html.contains("<a class=\"bouton\" href=\"/suivi/\">"));
    assert!(!html.contains("<form"));
}

#[test]
fn the_file_shows_the_status_dates_complaint_letters_additions_and_timeline() {
    let file = answered();
    let html = client_file_page(
        &organisation(),
        organisation().words.french(),
        &file,
        &ClientNotice::default(),
    )
    .unwrap();
    assert!(
        html.contains("<h1>Mon dossier <span class=\"date\" dir=\"ltr\">P-2026-0042</span></h1>")
    );
    assert!(html.contains("<strong>Réponse envoyée</strong>"));
    assert!(html.contains(&escaped(&file.status_explanation)));
    assert!(html.contains("<dd>27\u{a0}novembre 2026 à 21\u{a0}h\u{a0}00</dd>"));
    assert!(html.contains("<dd>Site web</dd>"));
    assert!(html.contains("<dd>Les délais</dd>"));
    assert!(html.contains("<dd>Recherche d’emploi</dd>"));
    assert!(html.contains("<dd>Léa &#34;Lili&#34; Tremblay</dd>"));
    assert!(html.contains("<dd>lea@exemple.ca</dd>"));
    assert!(!html.contains("<dt>Téléphone</dt>"), "no phone was given");
    assert!(!html.contains("Plainte anonyme"));
    for deadline in &file.deadlines {
        assert!(
            html.contains(&escaped(&deadline.label)),
            "{}",
            deadline.label
        );
        assert!(html.contains(&escaped(&deadline.due)), "{}", deadline.due);
        assert!(
            html.contains(&escaped(&deadline.state)),
            "{}",
            deadline.state
        );
    }
    // Each deadline's state in words, not in colour alone.
    assert!(html.contains("Délai respecté</span>"));
    assert!(html.contains("Délai dépassé</span>"));
    assert!(html.contains("En cours</span>"));
    // The letter keeps its lines.
    let letter = &file.responses[0];
    assert!(html.contains("<article class=\"lettre\" aria-labelledby=\"lettre-1\">"));
    assert!(content_of(&html, "lettre-1").contains("Réponse à votre plainte P-2026-0042"));
    assert!(html.contains(&format!(
        "<div class=\"corps-lettre\">{}</div>",
        escaped(&letter.text)
    )));
    assert!(html.contains("Envoyée le 14\u{a0}décembre 2026, par courriel."));
    assert!(STYLE_CSS.contains(".corps-lettre{white-space:pre-wrap}"));
    assert!(html.contains(&escaped(&file.additions[0].text)));
    assert!(html.contains("2\u{a0}décembre 2026 à 10\u{a0}h\u{a0}15"));
    for event in &file.timeline {
        assert!(html.contains(&escaped(&event.what)), "{}", event.what);
    }
    assert!(html.contains("Gardez votre code d’accès secret."));
    assert!(html.contains("votre navigateur n’enregistre pas cette page"));
}

#[test]
fn an_anonymous_file_says_so_and_has_no_response_yet() {
    let html = client_file_page(
        &organisation(),
        organisation().words.french(),
        &anonymous(),
        &ClientNotice::default(),
    )
    .unwrap();
    assert!(html.contains("<dd>Plainte anonyme</dd>"));
    assert!(html.contains("Vous avez choisi de rester anonyme."));
    assert!(html.contains("<dd>Non précisé</dd>"));
    assert!(html.contains("Nous ne vous avons pas encore envoyé de réponse écrite."));
    assert!(!html.contains("<article"));
    assert!(!html.contains("<dt>Courriel</dt>"));
    assert!(!html.contains("ajouts-titre"), "no additions, no section");
    assert!(!html.contains("formulaire-satisfaction"));
    assert!(html.contains("formulaire-information"));
    assert!(html.contains("formulaire-retrait"));
}

#[test]
fn every_action_form_sends_the_reference_and_the_code_to_its_own_address() {
    let html = client_file_page(
        &organisation(),
        organisation().words.french(),
        &answered(),
        &ClientNotice::default(),
    )
    .unwrap();
    for (id, action) in [
        ("formulaire-information", "/api/suivi/information"),
        ("formulaire-satisfaction", "/api/suivi/satisfaction"),
        ("formulaire-retrait", "/api/suivi/retrait"),
        ("formulaire-export", "/api/suivi/export"),
        ("formulaire-impression", "/api/suivi/imprimer"),
    ] {
        let form = form(&html, id);
        assert!(
            form.contains(&format!("method=\"post\" action=\"{action}\"")),
            "{id}"
        );
        assert!(
            form.contains("<input type=\"hidden\" name=\"reference\" value=\"P-2026-0042\">"),
            "{id}"
        );
        assert!(
            form.contains(&format!(
                "<input type=\"hidden\" name=\"code\" value=\"{CODE}\">"
            )),
            "{id}"
        );
    }
    assert_eq!(count(&html, "<form "), 5);
    let information = form(&html, "formulaire-information");
    assert!(information.contains("<textarea id=\"text\" name=\"text\""));
    assert!(information.contains("ne contiendra pas votre texte"));
    let satisfaction = form(&html, "formulaire-satisfaction");
    assert!(satisfaction.contains("name=\"satisfaction\" value=\"satisfied\""));
    assert!(satisfaction.contains("name=\"satisfaction\" value=\"not_satisfied\""));
    assert!(satisfaction.contains("<textarea id=\"comment\" name=\"comment\""));
    let withdrawal = form(&html, "formulaire-retrait");
    assert!(withdrawal.contains("type=\"checkbox\" id=\"confirm\" name=\"confirm\" value=\"yes\""));
    assert!(withdrawal.contains(
        "<label for=\"confirm\">Je confirme que je retire ma plainte. Elle sera fermée.</label>"
    ));
    assert!(html.contains("Vous ne pourrez pas annuler ce retrait."));
    assert!(html.contains("porter une nouvelle plainte plus tard"));
    assert!(form(&html, "formulaire-export").contains(">Télécharger mon dossier (JSON)</button>"));
    assert!(form(&html, "formulaire-impression").contains(">Version imprimable</button>"));
    assert!(html.contains("(Loi\u{a0}25)"));
}

#[test]
fn a_closed_file_offers_only_to_take_it_away_and_shows_the_answer_given() {
    let html = client_file_page(
        &organisation(),
        organisation().words.french(),
        &closed(),
        &ClientNotice::default(),
    )
    .unwrap();
    for id in [
        "formulaire-information",
        "formulaire-satisfaction",
        "formulaire-retrait",
    ] {
        assert!(!html.contains(id), "{id}");
    }
    assert!(html.contains("formulaire-export"));
    assert!(html.contains("formulaire-impression"));
    assert!(html.contains("Vous ne pouvez plus modifier ce dossier."));
    assert!(html.contains("<dd>Satisfait</dd>"));
    assert!(html.contains("<dd>5\u{a0}janvier 2027 à 18\u{a0}h\u{a0}40</dd>"));
    assert!(html.contains(&escaped(&format!("Merci. {MARKUP}"))));
}

#[test]
fn what_the_client_typed_shows_as_text_everywhere() {
    let organisation = organisation();
    let refused = ClientNotice {
        error: Some("Votre commentaire est trop long.".into()),
        field: Some("comment".into()),
        text: format!("Mon ajout {MARKUP}"),
        comment: format!("Mon commentaire {MARKUP}"),
        ..ClientNotice::default()
    };
    for (name, html) in [
        (
            "dossier",
            client_file_page(
                &organisation,
                organisation.words.french(),
                &closed(),
                &refused,
            )
            .unwrap(),
        ),
        (
            "dossier refusé",
            client_file_page(
                &organisation,
                organisation.words.french(),
                &answered(),
                &refused,
            )
            .unwrap(),
        ),
        (
            "impression",
            client_print_page(&organisation, organisation.words.french(), &closed()).unwrap(),
        ),
    ] {
        assert!(!html.contains("<script>alert"), "{name}");
        assert!(!html.contains("<b>gras"), "{name}");
        assert!(
            html.contains(
                "&#60;script&#62;alert(1)&#60;/script&#62; &#38; &#60;b&#62;gras&#60;/b&#62;"
            ),
            "{name}"
        );
    }
    let html = client_file_page(
        &organisation,
        organisation.words.french(),
        &answered(),
        &refused,
    )
    .unwrap();
    assert_eq!(content_of(&html, "text"), escaped(&refused.text));
    assert_eq!(content_of(&html, "comment"), escaped(&refused.comment));
}

#[test]
fn a_success_is_announced_at_the_top() {
    let notice = ClientNotice {
        success: Some("Votre ajout a été versé à votre dossier.".into()),
        ..ClientNotice::default()
    };
    let html = client_file_page(
        &organisation(),
        organisation().words.french(),
        &answered(),
        &notice,
    )
    .unwrap();
    let status = tag_with_id(&html, "avis-reussite");
    assert!(status.contains("role=\"status\""));
    assert!(status.contains("tabindex=\"-1\""));
    assert!(content_of(&html, "avis-reussite").contains("Votre ajout a été versé à votre dossier."));
    assert!(html.find("avis-reussite") < html.find("etat-titre"));
    assert!(!html.contains("role=\"alert\""));
    assert!(!html.contains("aria-invalid"));
}

#[test]
fn a_refused_action_is_announced_at_the_top_and_beside_its_field() {
    let organisation = organisation();
    for (field, control, message) in [
        ("text", "text", "Écrivez l’information à ajouter."),
        (
            "comment",
            "comment",
            "Votre commentaire dépasse 2 000 caractères.",
        ),
        (
            "confirm",
            "confirm",
            "Cochez la case pour confirmer le retrait.",
        ),
        (
            "satisfaction",
            "satisfaction-satisfied",
            "Dites si la solution vous convient.",
        ),
    ] {
        let html = client_file_page(
            &organisation,
            organisation.words.french(),
            &answered(),
            &notice_error(field, message),
        )
        .unwrap();
        let alert = tag_with_id(&html, "resume-erreurs");
        assert!(alert.contains("role=\"alert\""), "{field}");
        assert!(alert.contains("tabindex=\"-1\""), "{field}");
        assert!(
            content_of(&html, "resume-erreurs")
                .contains(&format!("<a href=\"#{control}\">{}</a>", escaped(message))),
            "{field}"
        );
        let message_id = format!("{field}-erreur");
        assert!(
            content_of(&html, &message_id).ends_with(&escaped(message)),
            "{field}"
        );
        let tag = tag_with_id(&html, control);
        assert!(tag.contains("aria-invalid=\"true\""), "{field}");
        if field == "satisfaction" {
            // The group describes itself; each button says it is wrong.
            assert!(html.contains("aria-describedby=\"satisfaction-erreur\""));
            assert!(
                tag_with_id(&html, "satisfaction-not_satisfied").contains("aria-invalid=\"true\"")
            );
        } else {
            let described_by = attribute(tag, "aria-describedby").unwrap();
            assert!(
                described_by.split(' ').any(|id| id == message_id),
                "{field}"
            );
        }
        assert_eq!(
            count(&html, "class=\"erreur\""),
            1,
            "{field}: one message beside one field"
        );
        assert!(
            html.contains("<title>Erreur\u{a0}: Mon dossier P-2026-0042"),
            "{field}"
        );
    }
}

#[test]
fn an_error_about_no_field_or_a_form_no_longer_shown_stays_at_the_top() {
    let organisation = organisation();
    for (notice, file) in [
        (
            ClientNotice {
                error: Some("Votre plainte a changé entre-temps. Réessayez.".into()),
                ..ClientNotice::default()
            },
            answered(),
        ),
        (
            notice_error("confirm", "Cette plainte est déjà fermée."),
            closed(),
        ),
    ] {
        let html =
            client_file_page(&organisation, organisation.words.french(), &file, &notice).unwrap();
        let message = notice.error.as_deref().unwrap();
        assert!(
            content_of(&html, "resume-erreurs").contains(&format!("<p>{}</p>", escaped(message)))
        );
        assert!(!content_of(&html, "resume-erreurs").contains("<a href"));
        assert!(!html.contains("aria-invalid"));
        assert!(!html.contains("class=\"erreur\""));
    }
}

#[test]
fn the_printable_file_has_everything_but_the_forms_and_the_code() {
    let file = answered();
    let html = client_print_page(&organisation(), organisation().words.french(), &file).unwrap();
    assert!(html.contains(
        "<h1>Dossier de la plainte <span class=\"date\" dir=\"ltr\">P-2026-0042</span></h1>"
    ));
    assert!(!html.contains("<form"));
    assert!(!html.contains(CODE), "the code is never printed");
    assert!(!html.contains("<script"));
    assert!(html.contains(&escaped(&file.responses[0].text)));
    assert!(html.contains(&escaped(&file.description)));
    assert!(html.contains(&escaped(&file.timeline[1].what)));
    assert!(html.contains("Délai dépassé"));
    assert!(STYLE_CSS.contains("@media print{.actions-client,.ecran{display:none}"));
}

#[test]
fn the_code_appears_only_in_the_hidden_fields_of_the_file() {
    let html = client_file_page(
        &organisation(),
        organisation().words.french(),
        &answered(),
        &ClientNotice::default(),
    )
    .unwrap();
    let hidden = format!("<input type=\"hidden\" name=\"code\" value=\"{CODE}\">");
    assert_eq!(count(&html, CODE), count(&html, &hidden));
    let refused = client_access_page(
        &organisation(),
        organisation().words.french(),
        REFERENCE,
        Some("Numéro de plainte ou code d’accès incorrect."),
    )
    .unwrap();
    assert!(!refused.contains(CODE));
}

#[test]
fn every_control_has_a_label_and_every_description_exists() {
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
                assert_eq!(
                    count(&html, &format!("id=\"{id}\"")),
                    1,
                    "{name}: {id} twice"
                );
            }
        }
        for (at, _) in html.match_indices(" aria-describedby=\"") {
            let tag = &html[at..at + html[at..].find('>').unwrap()];
            for id in attribute(tag, "aria-describedby").unwrap().split(' ') {
                assert!(html.contains(&format!("id=\"{id}\"")), "{name}: {id}");
            }
        }
        for (at, _) in html.match_indices("href=\"#") {
            let target: String = html[at + 7..].chars().take_while(|c| *c != '"').collect();
            assert!(
                html.contains(&format!("id=\"{target}\"")),
                "{name}: #{target}"
            );
        }
    }
}

#[test]
fn no_client_page_needs_anything_a_strict_content_security_policy_forbids() {
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
            assert!(
                html.match_indices(scheme)
                    .all(|(at, _)| html[at..].starts_with(&organisation.site_url)),
                "{name}: a link to another host"
            );
        }
        assert!(html.contains("<html lang=\"fr-CA\" dir=\"ltr\">"), "{name}");
        assert!(
            html.contains("<a class=\"evitement\" href=\"#contenu\">"),
            "{name}"
        );
    }
}

#[test]
fn the_script_fills_the_form_from_the_fragment_then_forgets_it() {
    assert!(SUIVI_JS.contains("location.hash"));
    assert!(SUIVI_JS.contains("URLSearchParams"));
    assert!(SUIVI_JS.contains("history.replaceState"));
    assert!(!SUIVI_JS.contains("innerHTML"));
    assert!(!SUIVI_JS.contains("localStorage") && !SUIVI_JS.contains("sessionStorage"));
    assert!(!SUIVI_JS.contains("http://") && !SUIVI_JS.contains("https://"));
    assert!(!SUIVI_JS.contains("fetch("));
}

#[test]
fn every_page_of_the_file_exists_in_every_language_with_every_word() {
    let organisation = organisation();
    for words in organisation.words.all() {
        let code = words.code();
        for (name, html) in every_page_in(&organisation, words) {
            let direction = words.language().direction.html();
            assert!(
                html.contains(&format!("<html lang=\"{code}\" dir=\"{direction}\">")),
                "{code} {name}"
            );
            assert!(!html.contains("{ $"), "{code} {name}");
            // Each form answers in the language it was sent from.
            assert_eq!(
                html.matches("<form ").count(),
                html.matches(&format!("name=\"language\" value=\"{code}\""))
                    .count(),
                "{code} {name}: every form sends its language"
            );
        }
        assert_eq!(words.missing(), Vec::<String>::new(), "{code}");
    }
}
