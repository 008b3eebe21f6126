//! The complaints policy, read from its plain-text source into blocks the
//! policy page renders. The text file stays the single source: the page
//! shows it whole, in its own words, with its structure recovered by a few
//! simple rules about each line.

/// One block of the policy page.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum PolicyBlock {
    /// The first line: the page's only `h1`.
    Title(String),
    /// A section heading (`h2`).
    Heading(String),
    Paragraph(String),
    /// Consecutive `- ` lines, without their prefix.
    List(Vec<String>),
}

/// The policy text shipped with the site.
pub const POLICY_TEXT: &str = include_str!("../content/politique-gestion-des-plaintes.txt");

/// Longest line still read as a heading, in characters.
const HEADING_MAX_CHARS: usize = 60;

/// Reads the policy text into blocks: the first line is the title, lines
/// starting with `- ` are list items (consecutive ones form one list), a
/// short line without closing punctuation nor ` : ` is a heading, anything
/// else is a paragraph. Blank lines are ignored.
pub fn parse_policy(text: &str) -> Vec<PolicyBlock> {
    let mut lines = text.lines().map(str::trim).filter(|line| !line.is_empty());
    let mut blocks = Vec::new();
    if let Some(title) = lines.next() {
        blocks.push(PolicyBlock::Title(title.to_owned()));
    }
    for line in lines {
        if let Some(item) = line.strip_prefix("- ") {
            let item = item.trim().to_owned();
            match blocks.last_mut() {
                Some(PolicyBlock::List(items)) => items.push(item),
                _ => blocks.push(PolicyBlock::List(vec![item])),
            }
        } else if is_heading(line) {
            blocks.push(PolicyBlock::Heading(line.to_owned()));
        } else {
            blocks.push(PolicyBlock::Paragraph(line.to_owned()));
        }
    }
    blocks
}

/// A heading is short, does not end like a sentence, and is not a
/// « label : value » line such as the director's contact (« Email: … »
/// in a translation, whose colon has no space before it).
fn is_heading(line: &str) -> bool {
    line.chars().count() < HEADING_MAX_CHARS
        && !line.ends_with(['.', ':', ';', ',', '!', '?', '…'])
        && !line.contains(": ")
        && !line.contains(":\u{a0}")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn headings(blocks: &[PolicyBlock]) -> Vec<&str> {
        blocks
            .iter()
            .filter_map(|block| match block {
                PolicyBlock::Heading(text) => Some(text.as_str()),
                _ => None,
            })
            .collect()
    }

    #[test]
    fn the_first_line_is_the_title_and_only_the_first() {
        let blocks = parse_policy(POLICY_TEXT);
        assert_eq!(
            blocks[0],
            PolicyBlock::Title(
                "Politique de gestion des plaintes sur la qualité des services".into()
            )
        );
        let titles = blocks
            .iter()
            .filter(|block| matches!(block, PolicyBlock::Title(_)))
            .count();
        assert_eq!(titles, 1);
    }

    #[test]
    fn the_nine_section_names_of_the_policy_are_headings_and_nothing_else_is() {
        let blocks = parse_policy(POLICY_TEXT);
        assert_eq!(
            headings(&blocks),
            [
                "Notre mission",
                "Énoncé de politique",
                "Définition d’une plainte",
                "Droits des clients",
                "Politique de traitement des plaintes",
                "Facteurs de succès",
                "Confidentialité",
                "Procédure de traitement des plaintes",
                "Coordonnées de l’organisme",
            ]
        );
    }

    #[test]
    fn consecutive_dash_lines_form_one_list_without_their_dash() {
        let blocks = parse_policy(POLICY_TEXT);
        let lists: Vec<&Vec<String>> = blocks
            .iter()
            .filter_map(|block| match block {
                PolicyBlock::List(items) => Some(items),
                _ => None,
            })
            .collect();
        let sizes: Vec<usize> = lists.iter().map(|items| items.len()).collect();
        // Rights, principles, success factors, procedure.
        assert_eq!(sizes, [5, 4, 5, 6]);
        assert!(lists[0][0].starts_with("Le respect : "));
        assert!(lists
            .iter()
            .flat_map(|items| items.iter())
            .all(|item| !item.starts_with('-')));
    }

    #[test]
    fn a_list_item_without_a_final_period_stays_in_its_list() {
        let blocks = parse_policy(
            "Titre\nFacteurs\n- Écoute active.\n- Amélioration continue\nFin de la liste.",
        );
        assert_eq!(
            blocks[2],
            PolicyBlock::List(vec![
                "Écoute active.".into(),
                "Amélioration continue".into()
            ])
        );
        assert_eq!(blocks[3], PolicyBlock::Paragraph("Fin de la liste.".into()));
    }

    #[test]
    fn a_short_label_and_value_line_is_a_paragraph_not_a_heading() {
        let blocks =
            parse_policy("Titre\nDirectrice générale : Andréane Morin\nCourt et fini.\nDroits");
        assert_eq!(
            blocks[1..],
            [
                PolicyBlock::Paragraph("Directrice générale : Andréane Morin".into()),
                PolicyBlock::Paragraph("Court et fini.".into()),
                PolicyBlock::Heading("Droits".into()),
            ]
        );
    }

    #[test]
    fn a_long_line_without_final_punctuation_is_a_paragraph() {
        let long = "Une ligne assez longue pour ne pas être un titre de section ici";
        assert!(long.chars().count() >= HEADING_MAX_CHARS);
        let blocks = parse_policy(&format!("Titre\n{long}"));
        assert_eq!(blocks[1], PolicyBlock::Paragraph(long.into()));
    }

    #[test]
    fn blank_lines_are_ignored_and_a_dash_after_a_paragraph_starts_a_new_list() {
        let blocks = parse_policy("\nTitre\n\nIntro :\n- a\n\n- b\nTexte.\n- c\n");
        assert_eq!(
            blocks,
            [
                PolicyBlock::Title("Titre".into()),
                PolicyBlock::Paragraph("Intro :".into()),
                PolicyBlock::List(vec!["a".into(), "b".into()]),
                PolicyBlock::Paragraph("Texte.".into()),
                PolicyBlock::List(vec!["c".into()]),
            ]
        );
    }
}
