//! French typography, checked on what people read: every page the test
//! application answers and every mail it writes. One rule (see
//! `docs/langues.md`): a non-breaking space, never an ordinary one, before
//! « : ; ! ? » and inside « », in a time (« 16 h 30 ») and between a day
//! and its month (« 14 décembre »). What a person typed (a complaint, a
//! letter's text, a form's values) is theirs and is not checked.

/// The months, as a date writes them after its day.
const MONTHS: [&str; 12] = plaintes_core::french::MONTHS;

/// The elements whose content is what someone typed, not the product's
/// words: free texts, letters, form values.
const TYPED: [(&str, &str); 5] = [
    ("<textarea", "</textarea>"),
    ("<script", "</script>"),
    ("<style", "</style>"),
    ("class=\"texte-libre", ""),
    ("class=\"lettre", ""),
];

/// The text a reader sees in a page: tags and typed content removed,
/// entities decoded.
pub fn visible_text(html: &str) -> String {
    let mut rest = html.to_owned();
    for (start, end) in TYPED {
        while let Some(at) = rest.find(start) {
            // From the element's start to its end tag (a typed element holds
            // no element of its own kind).
            let open = rest[..at].rfind('<').unwrap_or(at);
            let name: String = rest[open + 1..]
                .chars()
                .take_while(|c| c.is_ascii_alphanumeric())
                .collect();
            let close = if end.is_empty() {
                format!("</{name}>")
            } else {
                end.to_owned()
            };
            let stop = rest[at..]
                .find(&close)
                .map_or(rest.len(), |found| at + found + close.len());
            rest.replace_range(open..stop, " ");
        }
    }
    let mut text = String::with_capacity(rest.len());
    let mut in_tag = false;
    for c in rest.chars() {
        match c {
            '<' => in_tag = true,
            '>' if in_tag => {
                in_tag = false;
                text.push('\n');
            }
            c if !in_tag => text.push(c),
            _ => {}
        }
    }
    decode(&text)
}

fn decode(text: &str) -> String {
    text.replace("&nbsp;", "\u{a0}")
        .replace("&#160;", "\u{a0}")
        .replace("&#34;", "\"")
        .replace("&#39;", "'")
        .replace("&quot;", "\"")
        .replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&amp;", "&")
}

/// Every place `text` breaks the rule, with a little of its context.
pub fn faults(text: &str) -> Vec<String> {
    let chars: Vec<char> = text.chars().collect();
    let context = |at: usize| -> String {
        let from = at.saturating_sub(30);
        let to = (at + 30).min(chars.len());
        chars[from..to]
            .iter()
            .collect::<String>()
            .replace('\n', " ")
    };
    let mut found = Vec::new();
    for at in 0..chars.len() {
        let before = at.checked_sub(1).map(|i| chars[i]);
        let c = chars[at];
        let next = chars.get(at + 1).copied();
        let wrong = match (before, c, next) {
            // « : » and its kind after a word (not a line that starts with one).
            (Some(b), ' ', Some(':' | ';' | '!' | '?' | '»')) if !b.is_whitespace() => true,
            (_, '«', Some(' ')) => true,
            _ => false,
        };
        if wrong {
            found.push(format!(
                "an ordinary space in «\u{a0}{}\u{a0}»",
                context(at)
            ));
        }
    }
    // « 16 h 30 », « 9 h »: a time's spaces.
    for (at, window) in chars.windows(3).enumerate() {
        if window[0].is_ascii_digit()
            && window[1] == ' '
            && window[2] == 'h'
            && chars.get(at + 3).is_none_or(|c| !c.is_alphanumeric())
        {
            found.push(format!("a time broken in «\u{a0}{}\u{a0}»", context(at)));
        }
    }
    // « 14 décembre »: a day and its month.
    let words: Vec<&str> = text.split(['\u{a0}', '\n', '\t']).collect();
    for piece in words {
        let parts: Vec<&str> = piece.split(' ').collect();
        for pair in parts.windows(2) {
            let day = pair[0].trim_start_matches(|c: char| !c.is_ascii_digit());
            let is_day = !day.is_empty()
                && (day == "1er" || day.chars().all(|c| c.is_ascii_digit()))
                && day.len() <= 3;
            if is_day && MONTHS.contains(&pair[1]) {
                found.push(format!(
                    "a date broken in «\u{a0}{} {}\u{a0}»",
                    pair[0], pair[1]
                ));
            }
        }
    }
    found
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_rule_finds_ordinary_spaces_and_leaves_typed_text_alone() {
        let page = "<p>Reçue le&nbsp;: 14 décembre 2026 à 16 h 30</p><p class=\"texte-libre\">Moi : ça va ?</p><textarea>Et : ici</textarea>";
        let text = visible_text(page);
        assert!(!text.contains("Moi"));
        let faults = faults(&text);
        assert_eq!(faults.len(), 2, "{faults:?}");
        assert!(faults.iter().any(|f| f.starts_with("a time")));
        assert!(faults.iter().any(|f| f.starts_with("a date")));
        assert!(
            super::faults("Courriel\u{a0}: «\u{a0}oui\u{a0}» le 14\u{a0}décembre à 9\u{a0}h")
                .is_empty()
        );
        assert_eq!(super::faults("Courriel : « oui »").len(), 3);
    }
}
