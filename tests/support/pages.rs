//! The staff pages as a browser without scripts sees them: a session
//! cookie from the sign-in form, pages read with it, forms posted with it
//! and the session's form token. Redirects are not followed, so that each
//! answer is seen.

use reqwest::header::{HeaderMap, COOKIE, SET_COOKIE};
use reqwest::{redirect, Client, StatusCode};

use crate::staff::PASSWORD;
use crate::TestApp;

/// A browser that does not follow redirects, so each answer is seen.
pub fn browser() -> Client {
    Client::builder()
        .redirect(redirect::Policy::none())
        .build()
        .unwrap()
}

/// The `name=value` of the cookie an answer sets.
pub fn cookie_of(headers: &HeaderMap) -> String {
    let set = headers
        .get(SET_COOKIE)
        .expect("a Set-Cookie")
        .to_str()
        .unwrap();
    set.split(';').next().unwrap().to_owned()
}

/// Posts the sign-in form, from this site.
pub async fn sign_in_form(app: &TestApp, fields: &[(&str, &str)]) -> reqwest::Response {
    browser()
        .post(format!("{}/admin/connexion/", app.address))
        .header("Sec-Fetch-Site", "same-origin")
        .form(fields)
        .send()
        .await
        .unwrap()
}

/// Signs `email` in through the page's form: the session cookie.
pub async fn signed_in(app: &TestApp, email: &str) -> String {
    let answer = sign_in_form(
        app,
        &[
            ("email", email),
            ("password", PASSWORD),
            ("suite", "/admin/"),
        ],
    )
    .await;
    assert_eq!(answer.status(), StatusCode::SEE_OTHER);
    cookie_of(answer.headers())
}

/// Signs `email` in again in the browser that holds the ended session
/// `cookie`, to come back to `suite`.
pub async fn sign_in_again(
    app: &TestApp,
    cookie: &str,
    email: &str,
    suite: &str,
) -> reqwest::Response {
    browser()
        .post(format!("{}/admin/connexion/", app.address))
        .header("Sec-Fetch-Site", "same-origin")
        .header(COOKIE, cookie)
        .form(&[("email", email), ("password", PASSWORD), ("suite", suite)])
        .send()
        .await
        .unwrap()
}

/// A staff page's HTML, in the session `cookie`.
pub async fn page_text(app: &TestApp, cookie: String, path: String) -> String {
    browser()
        .get(format!("{}{path}", app.address))
        .header(COOKIE, cookie)
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap()
}

/// The value of the first `name="…" value="…"` hidden field of a page.
pub fn hidden_value(html: &str, name: &str) -> String {
    let needle = format!("name=\"{name}\" value=\"");
    let start = html
        .find(&needle)
        .unwrap_or_else(|| panic!("no field {name}"))
        + needle.len();
    let end = start + html[start..].find('"').unwrap();
    html[start..end].to_owned()
}

/// Posts a form of a staff page with the session's cookie, from this site.
pub async fn post_page(
    app: &TestApp,
    path: &str,
    cookie: &str,
    fields: &[(&str, &str)],
) -> reqwest::Response {
    browser()
        .post(format!("{}{path}", app.address))
        .header(COOKIE, cookie)
        .header("Sec-Fetch-Site", "same-origin")
        .form(fields)
        .send()
        .await
        .unwrap()
}

/// The start tag of the element with this `id`.
pub fn tag_with_id<'a>(html: &'a str, id: &str) -> &'a str {
    let needle = format!("id=\"{id}\"");
    let at = html
        .find(&needle)
        .unwrap_or_else(|| panic!("no element with id {id}"));
    let start = html[..at].rfind('<').expect("a tag start");
    let end = at + html[at..].find('>').expect("a tag end");
    &html[start..=end]
}

pub fn attribute<'a>(tag: &'a str, name: &str) -> Option<&'a str> {
    let needle = format!(" {name}=\"");
    let start = tag.find(&needle)? + needle.len();
    let end = start + tag[start..].find('"')?;
    Some(&tag[start..end])
}

/// A staff page kept out of search engines, with its one module script
/// and nothing a strict CSP would refuse (no style, no inline handler).
pub fn assert_strict_page(name: &str, html: &str) {
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
    // No address elsewhere (the SVG namespace's name is no address fetched).
    let own = html.replace("xmlns=\"http://www.w3.org/2000/svg\"", "");
    assert!(
        !own.contains("http://") && !own.contains("https://"),
        "{name}"
    );
}

/// Every control of a page labelled, every description it points to
/// present, every id once, radio buttons in a fieldset with its legend.
pub fn assert_labelled_page(name: &str, html: &str) {
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
