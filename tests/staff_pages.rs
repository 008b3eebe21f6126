//! The staff pages as the staff router renders them: every page present, marked
//! out of search engines, labelled for a screen reader, within a strict
//! CSP, and a script that never writes the API's text as markup.

use std::path::Path;

use plaintes_core::Organisation;
use plaintes_http::staff::file_page::FilePage;
use plaintes_http::staff::forms::Posted;
use plaintes_http::staff::intake_page::IntakePage;
use plaintes_http::staff::render::{
    admin_annual_report_page, admin_file_page, admin_intake_page, admin_list_page,
    admin_measures_page, admin_reports_page, admin_sign_in_page, ChosenFilters, ListView,
    MeasuresView, SignInForm, SignInKind, StaffHeader, StaffMenu,
};
use plaintes_http::staff::reports_page::{PeriodChoice, ReportsPage};
use plaintes_http::staff::views::IntakeReceipt;
use plaintes_site::{build, ADMIN_JS, ADMIN_MODULES, STYLE_CSS};
use plaintes_tests::pages::{assert_labelled_page, assert_strict_page, tag_with_id};

fn organisation() -> Organisation {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("../config/organisation.toml");
    Organisation::load(&path).expect("the shipped settings load")
}

/// The director, signed in: every menu entry is theirs.
fn director() -> StaffHeader {
    StaffHeader {
        id: "local-1".into(),
        name: "Andréane Morin".into(),
        roles: "direction".into(),
        menu: StaffMenu {
            complaints: true,
            intake: true,
            measures: true,
            reports: true,
        },
        form_token: "0123456789abcdef0123456789abcdef".into(),
        ends_at: "2026-12-02T15:00:00+00:00".into(),
        latest_end: "2026-12-02T23:00:00+00:00".into(),
        idle_seconds: 3600,
        warning_seconds: 300,
    }
}

/// The reports page of this quarter, computed by the server on a store
/// that holds one complaint.
async fn sample_report() -> ReportsPage {
    use chrono::Datelike;
    let app = plaintes_tests::spawn_app().await;
    let director = app.director().await;
    app.public_complaint(&plaintes_tests::valid_json()).await;
    let today = app
        .clock_now()
        .with_timezone(&plaintes_core::calendar::ZONE)
        .date_naive();
    let choice = PeriodChoice::default().completed(today);
    let period = plaintes_http::staff::reports_page::period_of(&choice).unwrap();
    assert_eq!(period.start.year(), today.year());
    let report =
        plaintes_http::reports::ReportView::compute(&app.services, &director.member, &period)
            .await
            .unwrap_or_else(|_| panic!("the report is computed"));
    ReportsPage {
        choice: Posted {
            form: "periode".into(),
            fields: choice,
            ..Posted::default()
        },
        report: Some(report),
        ..ReportsPage::default()
    }
}

/// The intake page as reception, the director and the board get it.
fn intake_form() -> IntakePage {
    IntakePage {
        may_intake: true,
        key: "0123456789abcdef".into(),
        now_local: "2026-12-02T09:30".into(),
        first_category: "prestation_de_services".into(),
        ..IntakePage::default()
    }
}

fn admin_pages(organisation: &Organisation) -> Vec<(&'static str, String)> {
    vec![
        (
            "connexion",
            admin_sign_in_page(
                organisation,
                &SignInForm::new(SignInKind::Password, "/admin/"),
            )
            .unwrap(),
        ),
        (
            "connexion-cognito",
            admin_sign_in_page(
                organisation,
                &SignInForm::new(SignInKind::Hosted, "/admin/"),
            )
            .unwrap(),
        ),
        (
            "liste",
            admin_list_page(organisation, &director(), &ListView::default()).unwrap(),
        ),
        (
            "nouvelle",
            admin_intake_page(organisation, &director(), &intake_form()).unwrap(),
        ),
        (
            "plainte",
            admin_file_page(organisation, &director(), &FilePage::default()).unwrap(),
        ),
        (
            "mesures",
            admin_measures_page(organisation, &director(), &MeasuresView::default()).unwrap(),
        ),
        (
            "rapports",
            admin_reports_page(organisation, &director(), &ReportsPage::default()).unwrap(),
        ),
        (
            "rapport-annuel",
            admin_annual_report_page(organisation, &director(), &ReportsPage::default()).unwrap(),
        ),
    ]
}

#[test]
fn build_writes_the_staff_script_and_no_staff_page() {
    let out = std::env::temp_dir().join(format!("plaintes-admin-build-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&out);
    let organisation = organisation();
    build(&organisation, &out).unwrap();
    // The staff pages are the staff router's, rendered for the person
    // signed in: no file holds them, and none says how people sign in.
    assert!(!out.join("admin").exists());
    assert_eq!(
        std::fs::read_to_string(out.join("assets/admin.js")).unwrap(),
        ADMIN_JS
    );
    for (path, text) in ADMIN_MODULES {
        assert_eq!(
            std::fs::read_to_string(out.join(path)).unwrap(),
            text,
            "{path}"
        );
        // admin.js imports each, by the path it is served at.
        let name = path.trim_start_matches("assets/");
        assert!(ADMIN_JS.contains(&format!("from './{name}'")), "{name}");
    }
    std::fs::remove_dir_all(&out).unwrap();
}

#[test]
fn every_staff_page_is_kept_out_of_search_engines_and_loads_only_its_module() {
    for (name, html) in admin_pages(&organisation()) {
        assert_strict_page(name, &html);
    }
}

#[test]
fn the_signed_in_pages_show_the_person_the_sign_out_form_and_the_menu_their_roles_open() {
    for (name, html) in admin_pages(&organisation()) {
        let signed_in = !name.starts_with("connexion");
        assert_eq!(
            html.contains("<span id=\"personne-nom\">Andréane Morin</span>"),
            signed_in,
            "{name}"
        );
        // Signing out is a form, with the session's token: no script needed.
        assert_eq!(
            html.contains("method=\"post\" action=\"/admin/deconnexion/\""),
            signed_in,
            "{name}"
        );
        assert_eq!(
            html.contains(
                "<input type=\"hidden\" name=\"jeton\" value=\"0123456789abcdef0123456789abcdef\">"
            ),
            signed_in,
            "{name}"
        );
        assert_eq!(
            html.contains(">Se déconnecter</button>"),
            signed_in,
            "{name}"
        );
        assert_eq!(
            html.contains("data-fin-session=\"2026-12-02T15:00:00+00:00\""),
            signed_in
        );
        if signed_in {
            for entry in [
                "/admin/\"",
                "/admin/nouvelle/\"",
                "/admin/mesures/\"",
                "/admin/rapports/\"",
            ] {
                assert!(
                    html.contains(&format!("<li><a href=\"{entry}")),
                    "{name}: {entry}"
                );
            }
            assert!(
                !html.contains("data-roles=\"responsable"),
                "{name}: no menu left to a script"
            );
        }
    }
    // The menu is what the roles open, and nothing else.
    let reception = StaffHeader {
        roles: "accueil".into(),
        menu: StaffMenu {
            intake: true,
            ..StaffMenu::default()
        },
        ..director()
    };
    let html = admin_intake_page(&organisation(), &reception, &intake_form()).unwrap();
    assert!(html.contains(
        "<li><a href=\"/admin/nouvelle/\" aria-current=\"page\">Nouvelle plainte</a></li>"
    ));
    for absent in ["/admin/\">Plaintes", "/admin/mesures/", "/admin/rapports/"] {
        assert!(!html.contains(absent), "{absent}");
    }
    let list = admin_list_page(&organisation(), &director(), &ListView::default()).unwrap();
    assert!(list.contains("<a href=\"/admin/\" aria-current=\"page\">Plaintes</a>"));
    let reports =
        admin_reports_page(&organisation(), &director(), &ReportsPage::default()).unwrap();
    assert!(reports.contains("<a href=\"/admin/rapports/\" aria-current=\"page\">Rapports</a>"));
    assert_eq!(reports.matches("aria-current").count(), 1);
}

#[test]
fn every_control_has_a_label_and_every_description_exists() {
    for (name, html) in admin_pages(&organisation()) {
        assert_labelled_page(name, &html);
    }
}

#[test]
fn the_sign_in_page_has_the_local_form_or_the_cognito_button() {
    let local = SignInForm::new(SignInKind::Password, "/admin/plainte/?ref=P-2026-0001");
    let html = admin_sign_in_page(&organisation(), &local).unwrap();
    // A plain form: it signs in without JavaScript.
    let form = tag_with_id(&html, "connexion-locale");
    assert!(form.contains("method=\"post\""), "{form}");
    assert!(form.contains("action=\"/admin/connexion/\""), "{form}");
    assert!(html.contains(
        "<input type=\"hidden\" name=\"suite\" value=\"/admin/plainte/?ref=P-2026-0001\">"
    ));
    assert!(tag_with_id(&html, "courriel").contains("autocomplete=\"username\""));
    assert!(tag_with_id(&html, "mot-de-passe").contains("type=\"password\""));
    assert!(tag_with_id(&html, "mot-de-passe").contains("autocomplete=\"current-password\""));
    assert!(tag_with_id(&html, "alerte").contains("role=\"alert\""));
    assert!(!html.contains("connexion-cognito-bouton"));
    assert!(!html.contains("data-roles"));

    let hosted = SignInForm::new(SignInKind::Hosted, "/admin/");
    let html = admin_sign_in_page(&organisation(), &hosted).unwrap();
    // A link, not a script: off to the hosted page through the server.
    assert!(html.contains(
        "id=\"connexion-cognito-bouton\" href=\"/admin/connexion/organisme/?retour=%2Fadmin%2F\">Se connecter</a>"
    ));
    assert!(!html.contains("id=\"connexion-locale\""));
}

#[test]
fn a_refused_sign_in_keeps_the_address_and_names_each_field() {
    let mut form = SignInForm::new(SignInKind::Password, "/admin/");
    form.email = "julie@example.org".into();
    form.errors
        .push(("password", "Entrez votre mot de passe.".into()));
    let html = admin_sign_in_page(&organisation(), &form).unwrap();
    assert!(html.contains("<title>Erreur\u{a0}: Connexion"));
    assert!(tag_with_id(&html, "courriel").contains("value=\"julie@example.org\""));
    let password = tag_with_id(&html, "mot-de-passe");
    assert!(password.contains("aria-invalid=\"true\""), "{password}");
    assert!(password.contains("aria-describedby=\"mot-de-passe-erreur\""));
    assert!(!tag_with_id(&html, "courriel").contains("aria-invalid"));
    assert!(html.contains("<a href=\"#mot-de-passe\">Entrez votre mot de passe.</a>"));

    let mut refused = SignInForm::new(SignInKind::Password, "/admin/");
    refused.refusal = Some("Courriel ou mot de passe incorrect.".into());
    let html = admin_sign_in_page(&organisation(), &refused).unwrap();
    assert!(html.contains("<p>Courriel ou mot de passe incorrect.</p>"));
}

#[test]
fn the_list_filters_by_every_status_category_and_channel() {
    let organisation = organisation();
    let html = admin_list_page(&organisation, &director(), &ListView::default()).unwrap();
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
    // Without managers to choose from (not the director), no such filter.
    assert!(!html.contains("filtre-responsable"));
    assert!(html.contains("<label for=\"filtre-retard\">En retard seulement</label>"));
    assert!(
        html.contains("<form id=\"filtres\" class=\"filtres\" action=\"/admin/\" method=\"get\"")
    );
    assert!(html.contains("Aucune plainte."));
    assert!(!html.contains("id=\"tableau-plaintes\""));

    // The filters chosen come back chosen, and the managers are listed.
    let list = ListView {
        chosen: ChosenFilters {
            status: "acknowledged".into(),
            handler: "local-2".into(),
            overdue: "true".into(),
            ..ChosenFilters::default()
        },
        handlers: vec![plaintes_http::staff::views::StaffRef {
            id: "local-2".into(),
            name: "Karim Haddad".into(),
        }],
        ..ListView::default()
    };
    let html = admin_list_page(&organisation, &director(), &list).unwrap();
    assert!(html.contains("<option value=\"acknowledged\" selected>Réception confirmée</option>"));
    assert!(html.contains("<option value=\"local-2\" selected>Karim Haddad</option>"));
    assert!(tag_with_id(&html, "filtre-retard").contains(" checked"));
    assert!(html.contains("Aucune plainte pour ces filtres."));
}

#[test]
fn the_intake_form_has_the_public_fields_with_the_same_lists_and_the_channel() {
    let organisation = organisation();
    let html = admin_intake_page(&organisation, &director(), &intake_form()).unwrap();
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
    assert!(tag_with_id(&html, "received_at").contains("value=\"2026-12-02T09:30\""));
    // One key for the life of the form: a retry never records a second
    // complaint (`staff_intake`).
    assert!(html.contains("<input type=\"hidden\" name=\"cle\" value=\"0123456789abcdef\">"));

    // Recorded: the receipt instead of the form, the code shown once.
    let receipt = IntakePage {
        receipt: Some(IntakeReceipt {
            reference: "P-2026-0042".into(),
            access_code: Some("K7QM-2XPA-9FTR".into()),
            received_display: "27\u{a0}novembre 2026 à 14\u{a0}h\u{a0}30".into(),
            acknowledgement_due_display: "29\u{a0}novembre 2026 à 14\u{a0}h\u{a0}30".into(),
            response_due_display: "11\u{a0}décembre 2026".into(),
            acknowledgement_by_email: false,
            settled: false,
            already_recorded: false,
        }),
        ..intake_form()
    };
    let html = admin_intake_page(&organisation, &director(), &receipt).unwrap();
    assert!(html.contains("<p class=\"code\" id=\"resultat-code\">K7QM-2XPA-9FTR</p>"));
    assert!(html.contains("il ne sera plus jamais affiché"));
    assert!(html.contains("id=\"resultat-accuse-a-faire\""));
    assert!(!html.contains("id=\"formulaire-accueil\""));
    assert!(tag_with_id(&html, "accuse-reference").contains("value=\"P-2026-0042\""));
}

#[test]
fn the_script_writes_api_text_as_text_and_takes_no_letter_as_markup() {
    for forbidden in [
        "innerHTML",
        "outerHTML",
        "insertAdjacentHTML",
        "document.write",
        "eval(",
        "new Function",
        "localStorage",
        // The session is an HttpOnly cookie: the page holds no credential.
        "sessionStorage",
        "Authorization",
        "Bearer",
        "document.cookie",
        ".style.",
        "http://",
        "https://",
    ] {
        for (path, module) in ADMIN_MODULES.iter().chain([&("assets/admin.js", ADMIN_JS)]) {
            assert!(!module.contains(forbidden), "{path} uses {forbidden}");
        }
    }
    // The session is the server's: the script asks for it with the cookie
    // and, once it has ended, leaves for the sign-in page, which brings
    // the person back.
    let session = ADMIN_MODULES
        .iter()
        .find(|(path, _)| path.ends_with("session.js"))
        .unwrap()
        .1;
    for needed in [
        "fetch('/api/staff/session'",
        "?retour=${encodeURIComponent(path)}&fin=expiree",
    ] {
        assert!(session.contains(needed), "session.js lacks {needed}");
    }
    // The letter's preview is the server's, its text escaped
    // (`staff_file_page`): no script takes a letter in as markup.
    for (path, module) in ADMIN_MODULES.iter().chain([&("assets/admin.js", ADMIN_JS)]) {
        assert!(!module.contains("/response/preview"), "{path}");
    }
}

#[test]
fn the_stylesheet_stacks_tables_on_a_phone_and_prints_only_the_letter() {
    assert!(STYLE_CSS.contains("[hidden]{display:none!important}"));
    assert!(STYLE_CSS.contains("content:attr(data-label)"));
    assert!(STYLE_CSS.contains(".impression-lettre :not(:has(.lettre))"));
}

/// The part of `html` from `start` up to the next `end`.
fn between<'a>(html: &'a str, start: &str, end: &str) -> &'a str {
    let from = html.find(start).unwrap_or_else(|| panic!("no {start}"));
    let to = from + html[from..].find(end).unwrap_or_else(|| panic!("no {end}"));
    &html[from..to]
}

#[test]
fn the_reports_page_chooses_a_month_a_quarter_a_year_or_two_days() {
    let today = chrono::NaiveDate::from_ymd_opt(2026, 12, 2).unwrap();
    let page = ReportsPage {
        choice: Posted {
            form: "periode".into(),
            fields: PeriodChoice::default().completed(today),
            ..Posted::default()
        },
        ..ReportsPage::default()
    };
    let html = admin_reports_page(&organisation(), &director(), &page).unwrap();
    let chooser = between(&html, "<form id=\"periode\"", "</form>");
    // A plain form in the address: it works without a script.
    assert!(chooser.contains(" action=\"/admin/rapports/\" method=\"get\" novalidate>"));
    let group = between(chooser, "<fieldset", "</fieldset>");
    assert!(group.contains("<legend>Période du rapport</legend>"));
    for (value, label) in [
        ("mois", "Mois"),
        ("trimestre", "Trimestre"),
        ("annee", "Année"),
        ("choisie", "Période choisie"),
    ] {
        let checked = if value == "trimestre" { " checked" } else { "" };
        assert!(group.contains(&format!(
            "<input type=\"radio\" id=\"periode-{value}\" name=\"periode\" value=\"{value}\"{checked}><label for=\"periode-{value}\">{label}</label>"
        )), "{value}");
    }
    // By default, today's quarter.
    let months = between(chooser, "<select id=\"rapport-mois\"", "</select>");
    assert_eq!(months.matches("<option").count(), 12);
    assert!(months.contains("<option value=\"1\">janvier</option>"));
    assert!(months.contains("<option value=\"12\" selected>décembre</option>"));
    let quarters = between(chooser, "<select id=\"rapport-trimestre\"", "</select>");
    assert_eq!(quarters.matches("<option").count(), 4);
    assert!(quarters
        .contains("<option value=\"4\" selected>4e trimestre (octobre à décembre)</option>"));
    assert!(tag_with_id(&html, "rapport-annee").contains("inputmode=\"numeric\""));
    assert!(tag_with_id(&html, "rapport-annee").contains("value=\"2026\""));
    assert!(tag_with_id(&html, "rapport-du")
        .contains("type=\"date\" id=\"rapport-du\" name=\"du\" value=\"2026-10-01\""));
    assert!(tag_with_id(&html, "rapport-au")
        .contains("type=\"date\" id=\"rapport-au\" name=\"au\" value=\"2026-12-31\""));
    // Each control says for which kinds of period it shows.
    assert_eq!(chooser.matches("data-pour=").count(), 5);
    assert!(chooser.contains("data-pour=\"mois trimestre annee\""));
    assert!(chooser.contains(">Afficher le rapport</button>"));
    assert!(tag_with_id(&html, "alerte").contains("role=\"alert\""));
    assert_labelled_page("rapports", &html);
}

#[tokio::test]
async fn the_reports_page_shows_every_section_beside_last_year_with_a_table_after_each_chart() {
    let organisation = organisation();
    let page = sample_report().await;
    for html in [
        admin_reports_page(&organisation, &director(), &page).unwrap(),
        admin_annual_report_page(&organisation, &director(), &page).unwrap(),
    ] {
        for section in [
            "Volume",
            "Respect des engagements",
            "Décisions et satisfaction",
            "Causes les plus fréquentes",
            "Mesures correctives",
        ] {
            assert_eq!(
                html.matches(&format!("\">{section}</h2>")).count(),
                1,
                "{section}"
            );
        }
        assert_eq!(html.matches("<section aria-labelledby=").count(), 5);
        // Every table of counts puts the same period last year beside this one.
        assert_eq!(
            html.matches("<th scope=\"col\">Même période l’an dernier</th>")
                .count(),
            // Categories, services, channels, languages, months (twice),
            // decisions, satisfaction and causes.
            9
        );
        for chart in ["graphique-volumes", "graphique-engagements"] {
            let after = &html[html.find(&format!("id=\"{chart}\">")).unwrap()..];
            // The server's own drawing: a picture with a title, no code.
            assert!(
                after.starts_with(&format!("id=\"{chart}\"><svg ")),
                "{chart}"
            );
            let end = after.find("</svg>").unwrap();
            let svg = &after[..end];
            assert!(
                svg.contains("role=\"img\"") && svg.contains("<title id="),
                "{chart}"
            );
            for code in [
                "<script",
                "style=",
                "<foreignObject",
                "href=",
                " onload",
                " onclick",
            ] {
                assert!(!svg.contains(code), "{chart}: {code}");
            }
            let rest = after[end + "</svg>".len()..].trim_start();
            assert!(
                rest.starts_with("</div>")
                    && rest["</div>".len()..]
                        .trim_start()
                        .starts_with("<table class=\"tableau chiffres\""),
                "{chart}: the table follows the chart"
            );
        }
        assert!(html.contains("id=\"lignes-volumes-mois\""));
        assert!(html.contains("id=\"lignes-engagements-mois\""));
        // The promises are the organisation's, as its settings say.
        assert!(html.contains(&format!(
            "Accusé de réception dans les {}\u{a0}heures",
            organisation.deadlines.acknowledgement_hours
        )));
        assert!(html.contains(&format!(
            "Réponse écrite dans les {}\u{a0}jours ouvrables",
            organisation.deadlines.response_business_days
        )));
        for figure in [
            "received",
            "acknowledged",
            "answered",
            "median_days_to_response",
            "p90_days_to_response",
            "open_now",
            "overdue_now",
            "extended",
            "settled_on_the_spot",
        ] {
            for period in ["current", "last_year"] {
                let needle = format!("data-chiffre=\"{figure}\" data-periode=\"{period}\"");
                assert_eq!(html.matches(&needle).count(), 1, "{needle}");
            }
        }
        assert!(html.contains("<div id=\"rapport\">"));
        assert_labelled_page("rapport", &html);
        assert_strict_page("rapport", &html);
    }
}

#[tokio::test]
async fn the_reports_page_offers_the_csv_file_and_the_annual_report() {
    let page = sample_report().await;
    let html = admin_reports_page(&organisation(), &director(), &page).unwrap();
    let report = page.report.as_ref().unwrap();
    // A plain link: the cookie goes with it, the server names the file.
    assert!(html.contains(&format!(
        "<a class=\"bouton-secondaire\" href=\"/api/staff/reports.csv?from={}&#38;to={}\" id=\"telecharger-csv\" aria-describedby=\"csv-aide\">Télécharger le fichier CSV</a>",
        report.period.from, report.period.to
    )));
    assert!(html.contains(&format!(
        "<a href=\"/admin/rapports/imprimer/?annee={}\" id=\"lien-rapport-annuel\">Rapport annuel imprimable</a>",
        report.period.from.format("%Y")
    )));
    assert!(html.contains(&format!("Rapport affiché\u{a0}: {}.", report.period.label)));
}

#[tokio::test]
async fn the_annual_report_names_the_organisation_and_prints_without_its_controls() {
    let organisation = organisation();
    let page = ReportsPage {
        year: "2026".into(),
        today: "2\u{a0}décembre 2026".into(),
        ..sample_report().await
    };
    let html = admin_annual_report_page(&organisation, &director(), &page).unwrap();
    assert!(html.contains(
        "<h1>Rapport annuel sur les plaintes <span id=\"rapport-annee-titre\">2026</span></h1>"
    ));
    assert!(html.contains(&format!(
        "<p class=\"rapport-organisme\">{}</p>",
        askama::filters::escape(&organisation.name, askama::filters::Html).unwrap()
    )));
    assert!(html.contains("<span class=\"date\" id=\"rapport-date\">2\u{a0}décembre 2026</span>"));
    assert!(html.contains("<title>Rapport annuel sur les plaintes 2026 – "));
    assert!(html.contains("Rapport annuel 2026 affiché."));
    assert!(html.contains(&format!(
        "Préparé par {}, {}, le",
        askama::filters::escape(&organisation.director.name, askama::filters::Html).unwrap(),
        organisation.director.title.to_lowercase()
    )));
    assert!(html.contains(
        "<p class=\"ecran\"><button type=\"button\" class=\"bouton\" id=\"imprimer-rapport\" hidden>Imprimer le rapport</button></p>"
    ));
    assert!(html.contains(
        "<p class=\"retour ecran\"><a href=\"/admin/rapports/\">Retour aux rapports</a></p>"
    ));
    assert!(
        !html.contains("aria-current"),
        "the report is not an entry of the menu"
    );
    assert!(STYLE_CSS.contains("@media print{.bouton-secondaire,.statut{display:none}"));
    assert!(STYLE_CSS.contains(".ecran{display:none}"));
}

#[tokio::test]
async fn the_script_holds_no_figure_nor_period_and_a_report_shows_typed_text_as_text() {
    // The periods, the figures in French and the charts are the server's.
    for rule in [
        "Intl.NumberFormat",
        "/api/staff/reports",
        "DOMParser",
        "lastDayOf",
        "MEASURE_WORDS",
        "DEADLINE_STATES",
        "hasRole",
    ] {
        assert!(!ADMIN_JS.contains(rule), "admin.js still holds {rule}");
    }
    // What staff typed (a measure's owner) shows as typed, inert.
    let mut page = sample_report().await;
    let report = page.report.as_mut().unwrap();
    report
        .current
        .measures
        .push(plaintes_http::reports::ReportMeasureView {
            reference: "P-2026-0001".into(),
            owner: "<img src=x onerror=\"window.__xss=1\">".into(),
            due_display: "1er\u{a0}décembre 2026".into(),
            done_display: None,
            state: "overdue",
            state_label: "En retard".into(),
            look: "overdue",
        });
    let html = admin_reports_page(&organisation(), &director(), &page).unwrap();
    assert!(html.contains("&#60;img src=x onerror=&#34;window.__xss=1&#34;&#62;"));
    assert!(!html.contains("<img"));
    assert!(html.contains("<span class=\"badge badge-overdue\">En retard</span>"));
}
