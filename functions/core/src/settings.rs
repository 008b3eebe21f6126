//! The organisation's settings: who it is, how to reach the people the policy
//! names, and the numbers of the policy (delays, holidays, closures,
//! categories, services). Read once at start from `config/organisation.toml`;
//! a missing or wrong value stops the program with a message naming it.

use std::path::Path;

use chrono::NaiveDate;
use serde::Deserialize;

use crate::calendar::{BusinessCalendar, EasterHoliday};
use crate::words::{Words, WordsError};

/// Everything the organisation configures about itself and its policy.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Organisation {
    pub name: String,
    pub short_name: String,
    pub territory: String,
    /// Public address of the site, used for links in mail.
    pub site_url: String,
    /// The mission, one paragraph per entry.
    pub mission: Vec<String>,
    pub director: Contact,
    /// The board's contact: complaints about the director go there alone.
    pub board: Contact,
    /// The person in charge of the protection of personal information.
    pub privacy_officer: Contact,
    pub mail: MailSettings,
    pub deadlines: DeadlineSettings,
    #[serde(default)]
    pub reminders: ReminderSettings,
    #[serde(default)]
    pub retention: RetentionSettings,
    pub calendar: CalendarSettings,
    pub categories: Vec<Choice>,
    pub services: Vec<Choice>,
    /// The kinds of root cause an analysis names, for the reports.
    #[serde(default)]
    pub root_causes: Vec<Choice>,
    /// Where a client still dissatisfied after the response can turn: the
    /// closing paragraph the response letter is prefilled with.
    #[serde(default)]
    pub recourse: String,
    /// How long a staff member's sign-in lasts.
    #[serde(default)]
    pub staff_sessions: crate::session::SessionSettings,
    /// The languages of the public pages and of the mail to clients, by
    /// their catalogue folder's name (`config/langues/<code>/`), French
    /// first: French is the reference and the staff's language.
    #[serde(default = "french_only")]
    pub languages: Vec<String>,
    /// The catalogues of those languages, read with the settings.
    #[serde(skip, default = "Words::unread")]
    pub words: Words,
}

fn french_only() -> Vec<String> {
    vec![crate::words::REFERENCE.to_owned()]
}

impl Organisation {
    /// Who answers for a complaint above its manager, as a contact: where
    /// its escalations, notices and replies go.
    pub fn overseer(&self, overseer: crate::access::Overseer) -> &Contact {
        match overseer {
            crate::access::Overseer::Director => &self.director,
            crate::access::Overseer::Board => &self.board,
        }
    }
}

/// A person the public can reach.
#[derive(Debug, Clone, Deserialize, PartialEq, Eq)]
#[serde(deny_unknown_fields)]
pub struct Contact {
    pub title: String,
    pub name: String,
    pub email: String,
    pub phone: String,
    #[serde(default)]
    pub extension: Option<String>,
}

impl Contact {
    /// The phone number with its extension after a comma, as the OQLF
    /// writes it: « 418 335-0802, poste 207 ».
    pub fn phone_display(&self) -> String {
        self.phone_in(crate::words::french())
    }

    /// The phone number as a language writes it: « 418 335-0802, poste
    /// 207 », « 418 335-0802, ext. 207 ».
    pub fn phone_in(&self, words: &crate::words::Catalogue) -> String {
        match &self.extension {
            Some(extension) => words.t2(
                "phone-with-extension",
                "number",
                &self.phone,
                "extension",
                extension,
            ),
            None => self.phone.clone(),
        }
    }

    /// The phone number for a `tel:` link.
    pub fn phone_uri(&self) -> String {
        let digits: String = self.phone.chars().filter(char::is_ascii_digit).collect();
        match &self.extension {
            Some(extension) => format!("+1{digits},{extension}"),
            None => format!("+1{digits}"),
        }
    }
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct MailSettings {
    /// The sender of every message, e.g. `Plaintes CJEF <plaintes@example.org>`.
    pub from: String,
}

/// The delays the policy promises, with its values as defaults.
#[derive(Debug, Clone, Copy, Deserialize, PartialEq, Eq)]
#[serde(deny_unknown_fields)]
pub struct DeadlineSettings {
    #[serde(default = "default_acknowledgement_hours")]
    pub acknowledgement_hours: u32,
    #[serde(default = "default_business_days")]
    pub response_business_days: u32,
    #[serde(default = "default_business_days")]
    pub follow_up_business_days: u32,
}

impl Default for DeadlineSettings {
    fn default() -> Self {
        Self {
            acknowledgement_hours: default_acknowledgement_hours(),
            response_business_days: default_business_days(),
            follow_up_business_days: default_business_days(),
        }
    }
}

fn default_acknowledgement_hours() -> u32 {
    48
}

fn default_business_days() -> u32 {
    10
}

/// When the scheduler warns before a deadline, and when it writes to the
/// director every day.
#[derive(Debug, Clone, Copy, Deserialize, PartialEq, Eq)]
#[serde(deny_unknown_fields, default)]
pub struct ReminderSettings {
    /// Hours before the acknowledgement is due.
    pub acknowledgement_hours_before: u32,
    /// Business days before the written response is due (and the follow-up).
    pub response_business_days_before: u32,
    /// The local hour from which the day's digest goes to the director.
    pub digest_hour: u32,
}

impl Default for ReminderSettings {
    fn default() -> Self {
        Self {
            acknowledgement_hours_before: 12,
            response_business_days_before: 2,
            digest_hour: 7,
        }
    }
}

/// How long personal information is kept once a complaint is closed.
#[derive(Debug, Clone, Copy, Deserialize, PartialEq, Eq)]
#[serde(deny_unknown_fields, default)]
pub struct RetentionSettings {
    pub days_after_closing: u32,
}

impl Default for RetentionSettings {
    fn default() -> Self {
        Self {
            days_after_closing: 1095,
        }
    }
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CalendarSettings {
    pub easter: EasterHoliday,
    #[serde(default)]
    pub closures: Vec<NaiveDate>,
}

/// One entry of a configured list (a category, a service): a stable code
/// stored with complaints and the French label people read.
#[derive(Debug, Clone, Deserialize, PartialEq, Eq)]
#[serde(deny_unknown_fields)]
pub struct Choice {
    pub code: String,
    pub label: String,
}

/// The folder, beside the settings file, of the languages' catalogues.
pub const CATALOGUE_FOLDER: &str = "langues";

impl Choice {
    /// Its label in a language: the settings' in French, the message
    /// `settings-<kind>-<code>` (`settings-category-delais`) in another.
    pub fn label_in(&self, kind: &str, words: &crate::words::Catalogue) -> String {
        let key = format!("settings-{kind}-{}", self.code.replace('_', "-"));
        words.settings_text(&self.label, &key)
    }
}

/// Why the settings could not be used.
#[derive(Debug, thiserror::Error)]
pub enum SettingsError {
    #[error("cannot read the organisation settings at {path}: {source}")]
    Read {
        path: String,
        source: std::io::Error,
    },
    #[error("the organisation settings at {path} are not valid: {source}")]
    Parse {
        path: String,
        source: toml::de::Error,
    },
    #[error("the organisation settings are not valid: {0}")]
    Invalid(String),
    #[error(transparent)]
    Words(#[from] WordsError),
}

impl Organisation {
    /// Reads and checks the settings file.
    pub fn load(path: &Path) -> Result<Self, SettingsError> {
        let text = std::fs::read_to_string(path).map_err(|source| SettingsError::Read {
            path: path.display().to_string(),
            source,
        })?;
        let mut organisation: Self =
            toml::from_str(&text).map_err(|source| SettingsError::Parse {
                path: path.display().to_string(),
                source,
            })?;
        let folder = path
            .parent()
            .unwrap_or_else(|| Path::new("."))
            .join(CATALOGUE_FOLDER);
        organisation.words = Words::read(&folder, &organisation.languages)?;
        organisation.check()?;
        Ok(organisation)
    }

    /// Parses settings from text, as `load` does from a file, with the
    /// catalogues compiled in.
    pub fn from_toml(text: &str) -> Result<Self, SettingsError> {
        let mut organisation: Self =
            toml::from_str(text).map_err(|source| SettingsError::Parse {
                path: "<texte>".into(),
                source,
            })?;
        organisation.words = Words::embedded(&organisation.languages)?;
        organisation.check()?;
        Ok(organisation)
    }

    fn check(&self) -> Result<(), SettingsError> {
        let invalid = |message: &str| Err(SettingsError::Invalid(message.into()));
        if self.categories.is_empty() {
            return invalid("at least one category is needed");
        }
        if self.services.is_empty() {
            return invalid("at least one service is needed");
        }
        let sessions = &self.staff_sessions;
        if sessions.idle_minutes == 0
            || sessions.absolute_hours == 0
            || sessions.warning_minutes >= sessions.idle_minutes
        {
            return invalid(
                "staff_sessions: idle_minutes and absolute_hours must be above zero, warning_minutes below idle_minutes",
            );
        }
        for list in [&self.categories, &self.services, &self.root_causes] {
            let mut codes: Vec<&str> = list.iter().map(|c| c.code.as_str()).collect();
            codes.sort_unstable();
            if codes.windows(2).any(|pair| pair[0] == pair[1]) {
                return invalid("a category or service code appears twice");
            }
            if list.iter().any(|c| {
                c.code.is_empty()
                    || !c
                        .code
                        .chars()
                        .all(|ch| ch.is_ascii_lowercase() || ch == '_' || ch.is_ascii_digit())
            }) {
                return invalid("codes are made of a–z, 0–9 and _ only");
            }
        }
        if self.deadlines.acknowledgement_hours == 0 || self.deadlines.response_business_days == 0 {
            return invalid("delays must be greater than zero");
        }
        Ok(())
    }

    /// The business-day calendar these settings describe.
    pub fn calendar(&self) -> BusinessCalendar {
        BusinessCalendar::new(self.calendar.easter, self.calendar.closures.iter().copied())
    }

    pub fn category_label(&self, code: &str) -> Option<&str> {
        label_of(&self.categories, code)
    }

    pub fn service_label(&self, code: &str) -> Option<&str> {
        label_of(&self.services, code)
    }

    pub fn root_cause_label(&self, code: &str) -> Option<&str> {
        label_of(&self.root_causes, code)
    }
}

fn label_of<'a>(choices: &'a [Choice], code: &str) -> Option<&'a str> {
    choices
        .iter()
        .find(|c| c.code == code)
        .map(|c| c.label.as_str())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn shipped() -> Organisation {
        let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../config/organisation.toml");
        Organisation::load(&path).expect("the shipped settings load")
    }

    #[test]
    fn the_shipped_settings_carry_the_policy_values() {
        let organisation = shipped();
        assert_eq!(organisation.deadlines, DeadlineSettings::default());
        assert_eq!(organisation.director.name, "Andréane Morin");
        assert_eq!(
            organisation.director.phone_display(),
            "418 335-0802, poste\u{a0}207"
        );
        let codes: Vec<&str> = organisation
            .categories
            .iter()
            .map(|c| c.code.as_str())
            .collect();
        assert_eq!(
            codes,
            // The policy's definition: « nos services, nos produits ou
            // l’interaction avec notre personnel », « la prestation de
            // services, les délais, l’attitude du personnel, ou tout autre
            // élément ».
            [
                "prestation_de_services",
                "delais",
                "attitude_du_personnel",
                "produits",
                "autre"
            ]
        );
    }

    #[test]
    fn the_director_contact_is_the_one_the_policy_publishes() {
        let organisation = shipped();
        let policy = include_str!("../../../site/content/politique-gestion-des-plaintes.txt");
        assert!(policy.contains(&format!(
            "{} : {}",
            organisation.director.title, organisation.director.name
        )));
        assert!(policy.contains(&format!("Email : {}", organisation.director.email)));
        // The same number and extension (the pages write it with a comma,
        // « 418 335-0802, poste 207 »; the policy's text stays as adopted).
        assert!(policy.contains(&format!(
            "Téléphone : {} poste {}",
            organisation.director.phone,
            organisation.director.extension.as_deref().unwrap()
        )));
    }

    #[test]
    fn a_duplicated_code_is_refused_with_a_message() {
        let text = include_str!("../../../config/organisation.toml")
            .replace("code = \"delais\"", "code = \"autre\"");
        let error = Organisation::from_toml(&text).unwrap_err();
        assert!(error.to_string().contains("appears twice"), "{error}");
    }

    #[test]
    fn an_unknown_easter_choice_is_refused() {
        let text = include_str!("../../../config/organisation.toml")
            .replace("easter = \"les_deux\"", "easter = \"noel\"");
        assert!(Organisation::from_toml(&text).is_err());
    }
}
