//! A complaint and its parts, each parsed from what a person typed into a
//! value that cannot be wrong (parse, don't validate).

use crate::words::{Arg, Catalogue, Wording};
use std::fmt;

use chrono::{DateTime, Utc};
use rand::RngCore;
use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};

use crate::access::{CaseStaff, Overseer, StaffId};
use crate::lifecycle::{InvalidTransition, Status, Transition};
use crate::ports::{AcknowledgementMeans, Actor, Event, EventKind};
use crate::procedure::Procedure;
use crate::settings::Organisation;

/// A complaint as typed into the public form or sent as JSON, before any
/// check. Every field is kept as typed so that a refused form comes back
/// with the person's own words.
#[derive(Debug, Clone, Default, PartialEq, Eq, serde::Deserialize)]
#[serde(default)]
pub struct ComplaintInput {
    pub name: String,
    pub email: String,
    pub phone: String,
    /// The person chose not to give their name nor a way to reach them.
    pub anonymous: bool,
    /// A category code from the settings.
    pub category: String,
    /// A service code from the settings; empty when not given.
    pub service: String,
    pub description: String,
    pub desired_outcome: String,
    /// The separate, plain consent to the use of personal information.
    pub consent: bool,
    /// A postal address, all optional: street (with the apartment), city,
    /// province and postal code, so that a letter can go by post.
    pub address_street: String,
    pub address_city: String,
    pub address_province: String,
    pub address_postal_code: String,
    /// Optional: the staff member the complaint is about, as the person
    /// knows them (a first name, a role). Staff then record who it is.
    pub about_staff: String,
    /// Optional: the complaint is about the director general. It then goes
    /// to the board alone.
    pub about_director: bool,
    /// The language the person used (a code of the settings' `languages`):
    /// mail to them goes in it, then in French. Empty or unknown: French.
    pub language: String,
}

/// The longest « who is it about » accepted.
pub const ABOUT_STAFF_MAX: usize = 200;

/// What is wrong with one field, in French, for the person who typed it.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct FieldError {
    /// The field's name, as in `ComplaintInput` and the form.
    pub field: &'static str,
    pub message: String,
}

const NAME_MAX: usize = 100;
const ADDRESS_LINE_MAX: usize = 100;
const EMAIL_MAX: usize = 254;
pub const DESCRIPTION_MAX: usize = 5000;
pub const DESIRED_OUTCOME_MAX: usize = 2000;
/// The longest text any form accepts (a written response), so that every
/// stored text reads back.
pub const STORED_TEXT_MAX: usize = 20_000;

/// Declares a string newtype whose stored form is re-checked when read back.
macro_rules! string_newtype {
    ($(#[$meta:meta])* $name:ident) => {
        $(#[$meta])*
        #[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
        #[serde(try_from = "String", into = "String")]
        pub struct $name(String);

        impl $name {
            pub fn as_str(&self) -> &str {
                &self.0
            }
        }

        impl fmt::Display for $name {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str(&self.0)
            }
        }

        impl From<$name> for String {
            fn from(value: $name) -> String {
                value.0
            }
        }

        impl AsRef<str> for $name {
            fn as_ref(&self) -> &str {
                &self.0
            }
        }
    };
}

string_newtype!(
    /// The name a person gives: what they want to be called, not checked
    /// against any registry.
    PersonName
);
string_newtype!(
    /// An e-mail address, trimmed and with a lower-case domain.
    Email
);
string_newtype!(
    /// A phone number written the Quebec way: `418 335-0802`, with
    /// ` poste 207` when there is an extension, or `+33 1 23 45 67 89` style
    /// international numbers kept as digits after the `+`.
    PhoneNumber
);
string_newtype!(
    /// A free text of the complaint (description, desired outcome): trimmed,
    /// never empty, within its length limit.
    ComplaintText
);

impl PersonName {
    pub fn parse(raw: &str) -> Result<Self, Wording> {
        let name = collapse_spaces(raw);
        if name.is_empty() {
            return Err(Wording::new("error-name-missing"));
        }
        if name.chars().count() > NAME_MAX {
            return Err(Wording::new("error-name-too-long").with("max", Arg::Count(NAME_MAX)));
        }
        if name.chars().any(char::is_control) || !name.chars().any(char::is_alphabetic) {
            return Err(Wording::new("error-name-letters"));
        }
        Ok(Self(name))
    }
}

impl TryFrom<String> for PersonName {
    type Error = String;
    fn try_from(value: String) -> Result<Self, Self::Error> {
        Self::parse(&value).map_err(|wording| wording.to_string())
    }
}

impl Email {
    pub fn parse(raw: &str) -> Result<Self, Wording> {
        let invalid = || Wording::new("error-email-invalid");
        let email = raw.trim();
        if email.chars().count() > EMAIL_MAX {
            return Err(Wording::new("error-email-too-long").with("max", Arg::Count(EMAIL_MAX)));
        }
        let (local, domain) = email.rsplit_once('@').ok_or_else(invalid)?;
        let local_ok = !local.is_empty()
            && local.len() <= 64
            && !local.contains('@')
            && !local.starts_with('.')
            && !local.ends_with('.')
            && !local.contains("..")
            && local
                .chars()
                .all(|c| c.is_alphanumeric() || "!#$%&'*+/=?^_`{|}~.-".contains(c));
        let labels: Vec<&str> = domain.split('.').collect();
        let domain_ok = labels.len() >= 2
            && labels.iter().all(|label| {
                !label.is_empty()
                    && label.len() <= 63
                    && !label.starts_with('-')
                    && !label.ends_with('-')
                    && label.chars().all(|c| c.is_alphanumeric() || c == '-')
            })
            && labels.last().is_some_and(|tld| tld.chars().count() >= 2);
        if !local_ok || !domain_ok {
            return Err(invalid());
        }
        Ok(Self(format!("{local}@{}", domain.to_lowercase())))
    }
}

impl TryFrom<String> for Email {
    type Error = String;
    fn try_from(value: String) -> Result<Self, Self::Error> {
        Self::parse(&value).map_err(|wording| wording.to_string())
    }
}

impl PhoneNumber {
    pub fn parse(raw: &str) -> Result<Self, Wording> {
        let invalid = || Wording::new("error-phone-invalid");
        let lowered = raw.trim().to_lowercase();
        // The extension may be written « poste 207 », « p. 207 », « ext 207 » or « x207 ».
        let (number, extension) = match ["poste", "ext.", "ext", "p.", "x", "#"]
            .iter()
            .find_map(|marker| lowered.split_once(marker))
        {
            Some((number, extension)) => (number.trim(), Some(extension.trim())),
            None => (lowered.as_str(), None),
        };
        let extension = match extension {
            Some(ext)
                if !ext.is_empty() && ext.len() <= 6 && ext.chars().all(|c| c.is_ascii_digit()) =>
            {
                Some(ext)
            }
            Some(_) => return Err(invalid()),
            None => None,
        };
        if number.is_empty()
            || !number
                .chars()
                .all(|c| c.is_ascii_digit() || " ()-.+".contains(c))
        {
            return Err(invalid());
        }
        let international = number.starts_with('+') && !number.starts_with("+1");
        let mut digits: String = number.chars().filter(char::is_ascii_digit).collect();
        let formatted = if international {
            if !(8..=15).contains(&digits.len()) {
                return Err(invalid());
            }
            format!("+{digits}")
        } else {
            if digits.len() == 11 && digits.starts_with('1') {
                digits.remove(0);
            }
            // North American numbers: area code and exchange never start with 0 or 1.
            let valid = digits.len() == 10
                && !digits.starts_with(['0', '1'])
                && !digits[3..].starts_with(['0', '1']);
            if !valid {
                return Err(invalid());
            }
            format!("{} {}-{}", &digits[..3], &digits[3..6], &digits[6..])
        };
        Ok(Self(match extension {
            Some(ext) => format!("{formatted} poste {ext}"),
            None => formatted,
        }))
    }
}

impl TryFrom<String> for PhoneNumber {
    type Error = String;
    fn try_from(value: String) -> Result<Self, Self::Error> {
        Self::parse(&value).map_err(|wording| wording.to_string())
    }
}

impl ComplaintText {
    /// `max` is the limit in characters; `empty` the message when nothing was written.
    pub fn parse(raw: &str, max: usize, empty: &str) -> Result<Self, String> {
        Self::checked(raw, max).map_err(|wording| match wording {
            Some(wording) => wording.to_string(),
            None => empty.to_owned(),
        })
    }

    /// The same for a text staff typed, said in French: `empty` is the
    /// message when nothing was written.
    pub fn parse_or(raw: &str, max: usize, empty: &'static str) -> Result<Self, Wording> {
        Self::checked(raw, max).map_err(|wording| wording.unwrap_or_else(|| Wording::new(empty)))
    }

    /// The same for one of several boxes side by side of the public form,
    /// in the person's language: `empty` and `too_long` are messages, the
    /// latter naming the box (« Votre description est trop longue »), so
    /// that the person knows which one to shorten.
    pub fn parse_box(
        raw: &str,
        max: usize,
        empty: &'static str,
        too_long: &'static str,
    ) -> Result<Self, Wording> {
        let text = raw.trim().replace("\r\n", "\n");
        if text.is_empty() {
            return Err(Wording::new(empty));
        }
        let length = text.chars().count();
        if length > max {
            return Err(Wording::new(too_long)
                .with("length", Arg::Count(length))
                .with("max", Arg::Count(max)));
        }
        Self::checked(&text, max).map_err(|_| Wording::new("error-text-characters"))
    }

    /// The text, or what is wrong with it: `None` when nothing was written.
    fn checked(raw: &str, max: usize) -> Result<Self, Option<Wording>> {
        let text = raw.trim().replace("\r\n", "\n");
        if text.is_empty() {
            return Err(None);
        }
        let length = text.chars().count();
        if length > max {
            return Err(Some(
                Wording::new("invalid-text-too-long")
                    .with("length", length)
                    .with("max", max),
            ));
        }
        if text
            .chars()
            .any(|c| c.is_control() && c != '\n' && c != '\t')
        {
            return Err(Some(Wording::new("error-text-characters")));
        }
        Ok(Self(text))
    }
}

impl TryFrom<String> for ComplaintText {
    type Error = String;
    fn try_from(value: String) -> Result<Self, Self::Error> {
        Self::parse(&value, STORED_TEXT_MAX, "texte vide")
    }
}

fn collapse_spaces(raw: &str) -> String {
    raw.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// A kind of complaint from the policy's definition, as configured. Stored
/// by code, so a complaint keeps its category if the list changes later.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(transparent)]
pub struct Category(String);

/// One of the services the organisation offers, as configured.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(transparent)]
pub struct Service(String);

impl Category {
    pub fn parse(raw: &str, organisation: &Organisation) -> Result<Self, Wording> {
        let code = raw.trim();
        match organisation.category_label(code) {
            Some(_) => Ok(Self(code.into())),
            None if code.is_empty() => Err(Wording::new("error-category-missing")),
            None => Err(Wording::new("error-category-unknown")),
        }
    }

    pub fn code(&self) -> &str {
        &self.0
    }

    /// Its label in the settings (its code, should the settings drop it).
    pub fn label<'a>(&'a self, organisation: &'a Organisation) -> &'a str {
        organisation.category_label(&self.0).unwrap_or(&self.0)
    }
}

impl Service {
    pub fn parse(raw: &str, organisation: &Organisation) -> Result<Self, Wording> {
        let code = raw.trim();
        match organisation.service_label(code) {
            Some(_) => Ok(Self(code.into())),
            None => Err(Wording::new("error-service-unknown")),
        }
    }

    pub fn code(&self) -> &str {
        &self.0
    }

    /// Its label in the settings (its code, should the settings drop it).
    pub fn label<'a>(&'a self, organisation: &'a Organisation) -> &'a str {
        organisation.service_label(&self.0).unwrap_or(&self.0)
    }
}

/// How a complaint reached the organisation.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Channel {
    Web,
    Telephone,
    InPerson,
    Mail,
    Email,
}

impl Channel {
    pub const ALL: [Channel; 5] = [
        Channel::Web,
        Channel::Telephone,
        Channel::InPerson,
        Channel::Mail,
        Channel::Email,
    ];

    /// The code used in URLs and JSON.
    pub fn code(self) -> &'static str {
        match self {
            Channel::Web => "web",
            Channel::Telephone => "telephone",
            Channel::InPerson => "in_person",
            Channel::Mail => "mail",
            Channel::Email => "email",
        }
    }

    /// The message naming the channel, the same words for the client and
    /// for staff.
    pub fn key(self) -> &'static str {
        match self {
            Channel::Web => "channel-web",
            Channel::Telephone => "channel-telephone",
            Channel::InPerson => "channel-in-person",
            Channel::Mail => "channel-mail",
            Channel::Email => "channel-email",
        }
    }

    /// The channel's name, for staff.
    pub fn label(self) -> String {
        crate::words::french().t(self.key())
    }
}

/// The ways the organisation can write back; at least one.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Reach {
    Email(Email),
    Phone(PhoneNumber),
    Both(Email, PhoneNumber),
}

impl Reach {
    pub fn email(&self) -> Option<&Email> {
        match self {
            Reach::Email(email) | Reach::Both(email, _) => Some(email),
            Reach::Phone(_) => None,
        }
    }

    pub fn phone(&self) -> Option<&PhoneNumber> {
        match self {
            Reach::Phone(phone) | Reach::Both(_, phone) => Some(phone),
            Reach::Email(_) => None,
        }
    }
}

/// Who complains: a named person the organisation can reach, or nobody
/// known (the policy allows it; then nothing can be written back).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Complainant {
    Anonymous,
    Identified { name: PersonName, reach: Reach },
}

impl Complainant {
    pub fn email(&self) -> Option<&Email> {
        match self {
            Complainant::Identified { reach, .. } => reach.email(),
            Complainant::Anonymous => None,
        }
    }

    pub fn name(&self) -> Option<&PersonName> {
        match self {
            Complainant::Identified { name, .. } => Some(name),
            Complainant::Anonymous => None,
        }
    }

    pub fn phone(&self) -> Option<&PhoneNumber> {
        match self {
            Complainant::Identified { reach, .. } => reach.phone(),
            Complainant::Anonymous => None,
        }
    }
}

/// Where a letter reaches the person, as Canada Post reads it: the street
/// line (with the apartment), the city, the province and the postal code.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct PostalAddress {
    street: String,
    city: String,
    province: String,
    postal_code: String,
}

/// The provinces and territories, as Canada Post abbreviates them.
const PROVINCES: [&str; 13] = [
    "QC", "ON", "NB", "NS", "PE", "NL", "MB", "SK", "AB", "BC", "YT", "NT", "NU",
];

impl PostalAddress {
    /// The address typed in four fields: `None` when all are empty; each
    /// wrong or missing part with its own French message otherwise.
    pub fn parse(
        street: &str,
        city: &str,
        province: &str,
        postal_code: &str,
    ) -> Result<Option<Self>, Vec<FieldError>> {
        Self::parse_in(street, city, province, postal_code, crate::words::french())
    }

    /// The same, each message in the language of `words`.
    pub fn parse_in(
        street: &str,
        city: &str,
        province: &str,
        postal_code: &str,
        words: &Catalogue,
    ) -> Result<Option<Self>, Vec<FieldError>> {
        if [street, city, postal_code]
            .iter()
            .all(|part| part.trim().is_empty())
        {
            return Ok(None);
        }
        let mut errors = Errors::in_language(words);
        let line = |raw: &str, field: &'static str, missing: &'static str, errors: &mut Errors| {
            let text = collapse_spaces(raw);
            if text.is_empty() {
                errors.say(field, Wording::new(missing));
            } else if text.chars().count() > ADDRESS_LINE_MAX {
                errors.say(
                    field,
                    Wording::new("error-address-too-long")
                        .with("max", Arg::Count(ADDRESS_LINE_MAX)),
                );
            }
            text
        };
        let street = line(
            street,
            "address_street",
            "error-street-missing",
            &mut errors,
        );
        let city = line(city, "address_city", "error-city-missing", &mut errors);
        let province = match province.trim().to_uppercase().as_str() {
            "" => "QC".to_owned(),
            code if PROVINCES.contains(&code) => code.to_owned(),
            _ => {
                errors.say("address_province", Wording::new("error-province-invalid"));
                String::new()
            }
        };
        let compact: String = postal_code
            .chars()
            .filter(|c| !c.is_whitespace() && *c != '-')
            .collect::<String>()
            .to_uppercase();
        let shape = compact.len() == 6
            && compact.chars().enumerate().all(|(i, c)| {
                if i % 2 == 0 {
                    c.is_ascii_uppercase() && !"DFIOQU".contains(c)
                } else {
                    c.is_ascii_digit()
                }
            })
            && !compact.starts_with(['W', 'Z']);
        if compact.is_empty() {
            errors.say(
                "address_postal_code",
                Wording::new("error-postal-code-missing"),
            );
        } else if !shape {
            errors.say(
                "address_postal_code",
                Wording::new("error-postal-code-invalid"),
            );
        }
        if !errors.is_empty() {
            return Err(errors.0);
        }
        Ok(Some(Self {
            street,
            city,
            province,
            postal_code: format!("{} {}", &compact[..3], &compact[3..]),
        }))
    }

    /// The lines under the name, as on the envelope: « 12, rue Notre-Dame
    /// app. 3 », « Thetford Mines QC  G6G 1A1 ».
    pub fn lines(&self) -> [String; 2] {
        [
            self.street.clone(),
            format!("{} {}  {}", self.city, self.province, self.postal_code),
        ]
    }

    pub fn street(&self) -> &str {
        &self.street
    }

    pub fn city(&self) -> &str {
        &self.city
    }

    pub fn province(&self) -> &str {
        &self.province
    }

    pub fn postal_code(&self) -> &str {
        &self.postal_code
    }
}

/// A complaint as received, every part checked, not yet stored.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NewComplaint {
    pub channel: Channel,
    pub complainant: Complainant,
    pub postal_address: Option<PostalAddress>,
    pub category: Category,
    pub service: Option<Service>,
    pub description: ComplaintText,
    pub desired_outcome: Option<ComplaintText>,
    /// Who the person says the complaint is about, in their words.
    pub about_staff: Option<ComplaintText>,
    pub about_director: bool,
    /// The person's language, one the settings offer.
    pub language: String,
}

impl NewComplaint {
    /// Checks every field and returns all that is wrong at once, so that a
    /// person fixes the form in one go.
    pub fn parse(
        input: &ComplaintInput,
        channel: Channel,
        organisation: &Organisation,
    ) -> Result<Self, Vec<FieldError>> {
        Self::parse_in(input, channel, organisation, organisation.words.french())
    }

    /// The same, each message in the language of `words` (the public
    /// form's; staff taking a complaint read French).
    pub fn parse_in(
        input: &ComplaintInput,
        channel: Channel,
        organisation: &Organisation,
        words: &Catalogue,
    ) -> Result<Self, Vec<FieldError>> {
        let mut errors = Errors::in_language(words);

        let complainant = if input.anonymous {
            for (field, value) in [
                ("name", &input.name),
                ("email", &input.email),
                ("phone", &input.phone),
                ("address_street", &input.address_street),
                ("address_city", &input.address_city),
                ("address_postal_code", &input.address_postal_code),
            ] {
                if !value.trim().is_empty() {
                    errors.say(
                        field,
                        Wording::new("error-anonymous-erase").with("field", field),
                    );
                }
            }
            Some(Complainant::Anonymous)
        } else {
            let name = errors.take_said("name", PersonName::parse(&input.name));
            let email =
                optional(&input.email).map(|raw| errors.take_said("email", Email::parse(raw)));
            let phone = optional(&input.phone)
                .map(|raw| errors.take_said("phone", PhoneNumber::parse(raw)));
            let reach = match (email, phone) {
                (Some(Some(email)), Some(Some(phone))) => Some(Reach::Both(email, phone)),
                (Some(Some(email)), None) => Some(Reach::Email(email)),
                (None, Some(Some(phone))) => Some(Reach::Phone(phone)),
                (None, None) => {
                    errors.say("email", Wording::new("error-contact-missing"));
                    None
                }
                // A wrong address or number already has its message.
                _ => None,
            };
            name.zip(reach)
                .map(|(name, reach)| Complainant::Identified { name, reach })
        };
        let postal_address = if input.anonymous {
            Some(None)
        } else {
            match PostalAddress::parse_in(
                &input.address_street,
                &input.address_city,
                &input.address_province,
                &input.address_postal_code,
                words,
            ) {
                Ok(address) => Some(address),
                Err(mut more) => {
                    errors.0.append(&mut more);
                    None
                }
            }
        };
        let category = errors.take_said("category", Category::parse(&input.category, organisation));
        let service = match optional(&input.service) {
            Some(raw) => errors.take_said("service", Service::parse(raw, organisation).map(Some)),
            None => Some(None),
        };
        let description = errors.take_said(
            "description",
            ComplaintText::parse_box(
                &input.description,
                DESCRIPTION_MAX,
                "error-description-missing",
                "error-description-too-long",
            ),
        );
        // Optional boxes: present means not empty, so no « empty » message.
        let desired_outcome = match optional(&input.desired_outcome) {
            Some(raw) => errors.take_said(
                "desired_outcome",
                ComplaintText::parse_box(
                    raw,
                    DESIRED_OUTCOME_MAX,
                    "error-description-missing",
                    "error-outcome-too-long",
                )
                .map(Some),
            ),
            None => Some(None),
        };
        let about_staff = match optional(&input.about_staff) {
            Some(raw) => errors.take_said(
                "about_staff",
                ComplaintText::parse_box(
                    raw,
                    ABOUT_STAFF_MAX,
                    "error-description-missing",
                    "error-about-staff-too-long",
                )
                .map(Some),
            ),
            None => Some(None),
        };
        if !input.consent {
            errors.say("consent", Wording::new("error-consent-missing"));
        }

        match (
            complainant,
            postal_address,
            category,
            service,
            description,
            desired_outcome,
            about_staff,
        ) {
            (
                Some(complainant),
                Some(postal_address),
                Some(category),
                Some(service),
                Some(description),
                Some(desired_outcome),
                Some(about_staff),
            ) if errors.0.is_empty() => Ok(Self {
                channel,
                complainant,
                postal_address,
                category,
                service,
                description,
                desired_outcome,
                about_staff,
                about_director: input.about_director,
                language: organisation
                    .words
                    .find(&input.language)
                    .map_or(crate::words::REFERENCE, |words| words.code())
                    .to_owned(),
            }),
            _ => Err(errors.0),
        }
    }
}

/// The field errors found so far while parsing a form, said in one
/// language (French unless told otherwise).
pub(crate) struct Errors<'w>(pub(crate) Vec<FieldError>, &'w Catalogue);

impl Default for Errors<'static> {
    fn default() -> Self {
        Self(Vec::new(), crate::words::french())
    }
}

impl<'w> Errors<'w> {
    pub(crate) fn in_language(words: &'w Catalogue) -> Self {
        Self(Vec::new(), words)
    }

    /// A field's error, said in the language of these errors.
    pub(crate) fn say(&mut self, field: &'static str, wording: Wording) {
        let message = self.1.say(&wording);
        self.0.push(FieldError { field, message });
    }

    /// The value, or `None` with its field's message kept, said.
    pub(crate) fn take_said<T>(
        &mut self,
        field: &'static str,
        result: Result<T, Wording>,
    ) -> Option<T> {
        result.map_err(|wording| self.say(field, wording)).ok()
    }

    /// The value, or `None` with its field's message kept.
    pub(crate) fn take<T>(&mut self, field: &'static str, result: Result<T, String>) -> Option<T> {
        result
            .map_err(|message| self.0.push(FieldError { field, message }))
            .ok()
    }

    /// An optional text: `Some(None)` when left empty, `None` when wrong.
    pub(crate) fn take_optional_text(
        &mut self,
        field: &'static str,
        raw: &str,
        max: usize,
    ) -> Option<Option<ComplaintText>> {
        match optional(raw) {
            None => Some(None),
            Some(text) => self.take(field, ComplaintText::parse(text, max, "").map(Some)),
        }
    }

    pub(crate) fn is_empty(&self) -> bool {
        self.0.is_empty()
    }
}

fn optional(raw: &str) -> Option<&str> {
    let trimmed = raw.trim();
    (!trimmed.is_empty()).then_some(trimmed)
}

/// The public reference of a complaint, `P-2026-0042`: the year of receipt
/// and a number that counts up from 1 each year, without gaps.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
pub struct Reference {
    year: i32,
    number: u32,
}

impl Reference {
    pub fn new(year: i32, number: u32) -> Self {
        Self { year, number }
    }

    pub fn year(&self) -> i32 {
        self.year
    }

    pub fn number(&self) -> u32 {
        self.number
    }

    pub fn parse(raw: &str) -> Result<Self, String> {
        let invalid = || crate::words::french().t("invalid-reference");
        let upper = raw.trim().to_uppercase();
        let rest = upper.strip_prefix("P-").ok_or_else(invalid)?;
        let (year, number) = rest.split_once('-').ok_or_else(invalid)?;
        if year.len() != 4 || number.len() < 4 {
            return Err(invalid());
        }
        let year: i32 = year.parse().map_err(|_| invalid())?;
        let number: u32 = number.parse().map_err(|_| invalid())?;
        if number == 0 {
            return Err(invalid());
        }
        Ok(Self { year, number })
    }
}

impl fmt::Display for Reference {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "P-{}-{:04}", self.year, self.number)
    }
}

impl TryFrom<String> for Reference {
    type Error = String;
    fn try_from(value: String) -> Result<Self, Self::Error> {
        Self::parse(&value)
    }
}

impl From<Reference> for String {
    fn from(value: Reference) -> String {
        value.to_string()
    }
}

/// The client's secret to their own file: 130 random bits written as 26
/// characters of Crockford's base 32 in groups (`7K3M-9QX2-…`), easy to read
/// aloud and to type on a phone. Shown once and mailed once; only its hash
/// is stored.
#[derive(Clone, PartialEq, Eq)]
pub struct AccessCode(String);

const CROCKFORD: &[u8; 32] = b"0123456789ABCDEFGHJKMNPQRSTVWXYZ";
const ACCESS_CODE_CHARS: usize = 26;

impl AccessCode {
    pub fn generate() -> Self {
        let mut bytes = [0u8; ACCESS_CODE_CHARS];
        rand::rng().fill_bytes(&mut bytes);
        Self(
            bytes
                .iter()
                .map(|b| CROCKFORD[usize::from(b & 31)] as char)
                .collect(),
        )
    }

    /// Reads a code as a person types it: any case, with or without dashes
    /// and spaces, O for 0 and I or L for 1.
    pub fn parse(raw: &str) -> Result<Self, String> {
        let mut code = String::with_capacity(ACCESS_CODE_CHARS);
        for c in raw.chars().filter(|c| !c.is_whitespace() && *c != '-') {
            let c = match c.to_ascii_uppercase() {
                'O' => '0',
                'I' | 'L' => '1',
                other => other,
            };
            if !CROCKFORD.contains(&(c as u8)) || !c.is_ascii() {
                return Err(crate::words::french().t("invalid-access-code"));
            }
            code.push(c);
        }
        if code.len() != ACCESS_CODE_CHARS {
            return Err(crate::words::french().t("invalid-access-code"));
        }
        Ok(Self(code))
    }

    /// The code in groups of four, as shown to the client.
    pub fn display(&self) -> String {
        self.0
            .as_bytes()
            .chunks(4)
            .map(|chunk| std::str::from_utf8(chunk).unwrap_or_default())
            .collect::<Vec<_>>()
            .join("-")
    }

    pub fn hash(&self) -> AccessCodeHash {
        AccessCodeHash(hex::encode(Sha256::digest(self.0.as_bytes())))
    }
}

impl fmt::Debug for AccessCode {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("AccessCode(…)")
    }
}

/// What is stored of an access code.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(transparent)]
pub struct AccessCodeHash(String);

impl AccessCodeHash {
    pub fn matches(&self, code: &AccessCode) -> bool {
        // Both sides are hashes of the same length: comparing every byte
        // keeps the time independent of where they differ.
        let theirs = code.hash();
        self.0.len() == theirs.0.len()
            && self
                .0
                .bytes()
                .zip(theirs.0.bytes())
                .fold(0u8, |acc, (a, b)| acc | (a ^ b))
                == 0
    }
}

/// A stored complaint.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Complaint {
    pub reference: Reference,
    /// Bumped by the store on every change; a write with a stale version is refused.
    pub version: u64,
    pub status: Status,
    pub channel: Channel,
    pub complainant: Complainant,
    pub category: Category,
    pub service: Option<Service>,
    pub description: ComplaintText,
    pub desired_outcome: Option<ComplaintText>,
    pub received_at: DateTime<Utc>,
    pub acknowledgement_due: DateTime<Utc>,
    pub response_due: DateTime<Utc>,
    pub acknowledged_at: Option<DateTime<Utc>>,
    pub access_code_hash: AccessCodeHash,
    /// Where a letter reaches the person, when they gave it.
    #[serde(default)]
    pub postal_address: Option<PostalAddress>,
    /// The complaint manager the director assigned, if any.
    #[serde(default)]
    pub handler: Option<StaffId>,
    /// The staff members the complaint is about: they may never read it
    /// nor be assigned to it.
    #[serde(default)]
    pub named_staff: Vec<StaffId>,
    /// Who the person says the complaint is about, in their own words,
    /// until staff record who it is (`named_staff`).
    #[serde(default)]
    pub about_staff: Option<ComplaintText>,
    /// The person's language (a code of the settings' `languages`): mail to
    /// them goes in it, then in French; staff see it to book an interpreter.
    #[serde(default = "crate::words::reference")]
    pub language: String,
    /// What staff recorded in the procedure.
    #[serde(flatten)]
    pub procedure: Procedure,
}

impl Complaint {
    /// The staff this complaint involves, for `access::decide`.
    pub fn staff(&self) -> CaseStaff<'_> {
        CaseStaff {
            handler: self.handler.as_ref(),
            named: &self.named_staff,
            overseer: self.overseer(),
        }
    }

    /// Who answers for it above its manager: the board alone when it is
    /// about the director, from the moment the client or staff said so.
    pub fn overseer(&self) -> Overseer {
        match self.procedure.about_director {
            true => Overseer::Board,
            false => Overseer::Director,
        }
    }

    /// Records that the client was acknowledged at `at`, by `means`: the
    /// one place where a complaint becomes acknowledged. Returns the event
    /// for its journal, or why it cannot be acknowledged now.
    pub fn acknowledge(
        &mut self,
        at: DateTime<Utc>,
        means: AcknowledgementMeans,
    ) -> Result<Event, InvalidTransition> {
        self.status = self.status.apply(Transition::Acknowledge)?;
        self.acknowledged_at = Some(at);
        Ok(Event {
            at,
            actor: Actor::System,
            kind: EventKind::Acknowledged { means },
        })
    }
}

/// The key that makes a submission safe to retry: the same key never makes
/// a second complaint.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct IdempotencyKey(String);

impl IdempotencyKey {
    /// A key chosen by the client (`Idempotency-Key` header or the form's token).
    pub fn parse(raw: &str) -> Result<Self, String> {
        let key = raw.trim();
        let valid = (8..=200).contains(&key.len())
            && key
                .chars()
                .all(|c| c.is_ascii_alphanumeric() || "-_.:".contains(c));
        if valid {
            Ok(Self(format!("client:{key}")))
        } else {
            Err(crate::words::french().t("invalid-idempotency-key"))
        }
    }

    /// When the client sent no key (a form posted with JavaScript off), the
    /// content itself is the key: the same words sent twice are one complaint.
    pub fn from_content(input: &ComplaintInput) -> Self {
        let mut hasher = Sha256::new();
        for part in [
            input.name.trim(),
            input.email.trim(),
            input.phone.trim(),
            input.category.trim(),
            input.service.trim(),
            input.description.trim(),
            input.desired_outcome.trim(),
            input.about_staff.trim(),
        ] {
            hasher.update(part.as_bytes());
            hasher.update([0u8]);
        }
        hasher.update([u8::from(input.anonymous), u8::from(input.about_director)]);
        Self(format!("content:{}", hex::encode(hasher.finalize())))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// A fresh random token for a form the server renders.
    pub fn new_token() -> String {
        let mut bytes = [0u8; 16];
        rand::rng().fill_bytes(&mut bytes);
        hex::encode(bytes)
    }
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;

    pub(crate) fn organisation() -> Organisation {
        Organisation::from_toml(include_str!("../../../config/organisation.toml")).unwrap()
    }

    fn valid_input() -> ComplaintInput {
        ComplaintInput {
            name: "Amina Diallo".into(),
            email: "amina@example.com".into(),
            phone: String::new(),
            anonymous: false,
            category: "delais".into(),
            service: "recherche_emploi".into(),
            description: "J’attends un rendez-vous depuis trois semaines.".into(),
            desired_outcome: "Avoir un rendez-vous cette semaine.".into(),
            consent: true,
            ..ComplaintInput::default()
        }
    }

    fn errors_of(input: &ComplaintInput) -> Vec<(&'static str, String)> {
        NewComplaint::parse(input, Channel::Web, &organisation())
            .unwrap_err()
            .into_iter()
            .map(|e| (e.field, e.message))
            .collect()
    }

    #[test]
    fn a_name_is_trimmed_and_its_inner_spaces_collapsed() {
        assert_eq!(
            PersonName::parse("  Marie   Tremblay ").unwrap().as_str(),
            "Marie Tremblay"
        );
        assert_eq!(
            PersonName::parse("Nguyễn Thị Lan").unwrap().as_str(),
            "Nguyễn Thị Lan"
        );
    }

    #[test]
    fn an_empty_too_long_or_letterless_name_is_refused_in_french() {
        assert_eq!(
            PersonName::parse("   ").unwrap_err().to_string(),
            "Indiquez votre nom, ou cochez «\u{a0}Je préfère rester anonyme\u{a0}»."
        );
        assert_eq!(
            PersonName::parse(&"a".repeat(101)).unwrap_err().to_string(),
            "Votre nom est trop long (100 caractères au plus)."
        );
        assert_eq!(
            PersonName::parse("1234").unwrap_err().to_string(),
            "Votre nom doit contenir des lettres."
        );
    }

    #[test]
    fn an_email_is_accepted_with_its_domain_in_lower_case() {
        assert_eq!(
            Email::parse(" Jean.Roy+cje@Exemple.QC.ca ")
                .unwrap()
                .as_str(),
            "Jean.Roy+cje@exemple.qc.ca"
        );
        assert!(Email::parse("élodie@courriel.québec").is_ok());
    }

    #[test]
    fn a_malformed_email_is_refused_with_an_example() {
        for raw in [
            "",
            "jean",
            "jean@",
            "@exemple.com",
            "jean@exemple",
            "jean roy@exemple.com",
            "jean@@exemple.com",
            "jean@exemple..com",
            "jean@-exemple.com",
            ".jean@exemple.com",
        ] {
            assert_eq!(
                Email::parse(raw).unwrap_err().to_string(),
                "Cette adresse courriel ne semble pas valide. Exemple\u{a0}: prenom@exemple.com",
                "{raw}"
            );
        }
    }

    #[test]
    fn quebec_phone_numbers_are_written_one_way() {
        for raw in [
            "4183350802",
            "418-335-0802",
            "(418) 335-0802",
            "1 418 335 0802",
            "+1 418.335.0802",
        ] {
            assert_eq!(
                PhoneNumber::parse(raw).unwrap().as_str(),
                "418 335-0802",
                "{raw}"
            );
        }
        assert_eq!(
            PhoneNumber::parse("418 335-0802 poste 207")
                .unwrap()
                .as_str(),
            "418 335-0802 poste 207"
        );
        assert_eq!(
            PhoneNumber::parse("418-335-0802 ext. 207")
                .unwrap()
                .as_str(),
            "418 335-0802 poste 207"
        );
        assert_eq!(
            PhoneNumber::parse("+33 1 23 45 67 89").unwrap().as_str(),
            "+33123456789"
        );
    }

    #[test]
    fn an_impossible_phone_number_is_refused_with_an_example() {
        for raw in [
            "123",
            "418 335-080",
            "018 335-0802",
            "418 035-0802",
            "418-CJE-0802",
            "418 335-0802 poste abc",
        ] {
            assert_eq!(
                PhoneNumber::parse(raw).unwrap_err().to_string(),
                "Ce numéro de téléphone ne semble pas valide. Exemple\u{a0}: 418 555-0123, poste 12 au besoin.",
                "{raw}"
            );
        }
    }

    #[test]
    fn a_text_is_trimmed_and_limited_in_characters_not_bytes() {
        let accented = "é".repeat(DESCRIPTION_MAX);
        assert!(ComplaintText::parse(&accented, DESCRIPTION_MAX, "vide").is_ok());
        let error =
            ComplaintText::parse(&format!("{accented}é"), DESCRIPTION_MAX, "vide").unwrap_err();
        assert_eq!(
            error,
            "Ce texte est trop long\u{a0}: 5001 caractères pour 5000 au plus. Raccourcissez-le un peu."
        );
        assert_eq!(
            ComplaintText::parse("  \n ", 10, "vide").unwrap_err(),
            "vide"
        );
        assert_eq!(
            ComplaintText::parse("a\u{0}b", 10, "vide").unwrap_err(),
            "Ce texte contient des caractères invalides."
        );
    }

    #[test]
    fn categories_and_services_come_from_the_settings() {
        let organisation = organisation();
        assert_eq!(
            Category::parse("attitude_du_personnel", &organisation)
                .unwrap()
                .code(),
            "attitude_du_personnel"
        );
        assert_eq!(
            Category::parse("", &organisation).unwrap_err().to_string(),
            "Choisissez ce qui décrit le mieux votre plainte."
        );
        assert_eq!(
            Category::parse("meteo", &organisation)
                .unwrap_err()
                .to_string(),
            "Ce choix n’existe pas. Choisissez une des catégories proposées."
        );
        assert!(Service::parse("immigration", &organisation).is_ok());
        assert_eq!(
            Service::parse("piscine", &organisation)
                .unwrap_err()
                .to_string(),
            "Ce service n’existe pas. Choisissez un des services proposés."
        );
    }

    #[test]
    fn a_complete_complaint_parses() {
        let complaint = NewComplaint::parse(&valid_input(), Channel::Web, &organisation()).unwrap();
        assert_eq!(
            complaint.complainant.email().unwrap().as_str(),
            "amina@example.com"
        );
        assert_eq!(complaint.service.unwrap().code(), "recherche_emploi");
    }

    #[test]
    fn a_named_complaint_needs_a_way_to_reach_the_person() {
        let input = ComplaintInput {
            email: String::new(),
            ..valid_input()
        };
        assert_eq!(
            errors_of(&input),
            [("email", "Indiquez un courriel ou un numéro de téléphone pour que nous puissions vous répondre, ou cochez «\u{a0}Je préfère rester anonyme\u{a0}».".to_string())]
        );
        let by_phone = ComplaintInput {
            email: String::new(),
            phone: "418 555-0123".into(),
            ..valid_input()
        };
        assert!(NewComplaint::parse(&by_phone, Channel::Web, &organisation()).is_ok());
    }

    #[test]
    fn an_anonymous_complaint_needs_no_contact_and_keeps_none() {
        let input = ComplaintInput {
            name: String::new(),
            email: String::new(),
            anonymous: true,
            ..valid_input()
        };
        let complaint = NewComplaint::parse(&input, Channel::Web, &organisation()).unwrap();
        assert_eq!(complaint.complainant, Complainant::Anonymous);
    }

    #[test]
    fn an_anonymous_complaint_with_contact_details_asks_which_one_is_meant() {
        let input = ComplaintInput {
            anonymous: true,
            ..valid_input()
        };
        let errors = errors_of(&input);
        let fields: Vec<&str> = errors.iter().map(|(field, _)| *field).collect();
        assert_eq!(fields, ["name", "email"]);
        // Each message names its field: the summary lists them one under
        // the other.
        assert!(
            errors[0].1.contains("effacez votre nom,"),
            "{}",
            errors[0].1
        );
        assert!(
            errors[1].1.contains("effacez votre courriel,"),
            "{}",
            errors[1].1
        );
    }

    #[test]
    fn a_text_too_long_names_its_box_and_groups_its_numbers() {
        let input = ComplaintInput {
            description: "a".repeat(DESCRIPTION_MAX + 1),
            desired_outcome: "b".repeat(DESIRED_OUTCOME_MAX + 1),
            ..valid_input()
        };
        let errors = errors_of(&input);
        let message = |field: &str| {
            errors
                .iter()
                .find(|(name, _)| *name == field)
                .map(|(_, message)| message.clone())
                .unwrap()
        };
        let description = message("description");
        let desired = message("desired_outcome");
        assert!(description.starts_with("Votre description de ce qui s’est passé est trop longue"));
        assert!(desired.starts_with("Votre texte sur le résultat souhaité est trop long"));
        assert!(
            description.contains(&crate::french::number(DESCRIPTION_MAX)),
            "{description}"
        );
        assert_ne!(description, desired);
    }

    #[test]
    fn a_postal_address_is_optional_and_written_as_canada_post_reads_it() {
        assert_eq!(PostalAddress::parse(" ", "", "QC", ""), Ok(None));
        let address = PostalAddress::parse(
            " 12,  rue Notre-Dame Est, app. 3 ",
            "Thetford Mines",
            "",
            "g6g1a1",
        )
        .unwrap()
        .unwrap();
        assert_eq!(
            address.lines(),
            [
                "12, rue Notre-Dame Est, app. 3".to_owned(),
                "Thetford Mines QC  G6G 1A1".to_owned()
            ]
        );
        let fields = |errors: Vec<FieldError>| errors.iter().map(|e| e.field).collect::<Vec<_>>();
        assert_eq!(
            fields(PostalAddress::parse("12, rue Notre-Dame", "", "XX", "123 456").unwrap_err()),
            ["address_city", "address_province", "address_postal_code"]
        );
        for wrong in ["D6G 1A1", "G6G 1A", "W1A 1A1", "G6G-1A1X"] {
            assert!(
                PostalAddress::parse("1, rue A", "Lévis", "QC", wrong).is_err(),
                "{wrong}"
            );
        }
    }

    #[test]
    fn an_address_is_kept_with_a_named_complaint_and_refused_with_an_anonymous_one() {
        let input = ComplaintInput {
            address_street: "12, rue Notre-Dame Est".into(),
            address_city: "Thetford Mines".into(),
            address_postal_code: "G6G 1A1".into(),
            ..valid_input()
        };
        let new = NewComplaint::parse(&input, Channel::Web, &organisation()).unwrap();
        assert_eq!(new.postal_address.unwrap().postal_code(), "G6G 1A1");
        let anonymous = ComplaintInput {
            name: String::new(),
            email: String::new(),
            anonymous: true,
            ..input
        };
        let fields: Vec<&str> = errors_of(&anonymous).iter().map(|(f, _)| *f).collect();
        assert_eq!(
            fields,
            ["address_street", "address_city", "address_postal_code"]
        );
    }

    #[test]
    fn every_wrong_field_is_reported_at_once() {
        let input = ComplaintInput {
            name: String::new(),
            email: "pas-un-courriel".into(),
            phone: "12".into(),
            anonymous: false,
            category: String::new(),
            service: "inconnu".into(),
            description: " ".into(),
            desired_outcome: "x".repeat(DESIRED_OUTCOME_MAX + 1),
            consent: false,
            ..ComplaintInput::default()
        };
        let fields: Vec<&str> = errors_of(&input).iter().map(|(field, _)| *field).collect();
        assert_eq!(
            fields,
            [
                "name",
                "email",
                "phone",
                "category",
                "service",
                "description",
                "desired_outcome",
                "consent"
            ]
        );
    }

    #[test]
    fn consent_must_be_given() {
        let input = ComplaintInput {
            consent: false,
            ..valid_input()
        };
        assert_eq!(
            errors_of(&input),
            [(
                "consent",
                "Nous avons besoin de votre accord pour traiter votre plainte\u{a0}: cochez la case."
                    .to_string()
            )]
        );
    }

    #[test]
    fn a_reference_reads_and_writes_with_four_digits_at_least() {
        assert_eq!(Reference::new(2026, 42).to_string(), "P-2026-0042");
        assert_eq!(Reference::new(2026, 12345).to_string(), "P-2026-12345");
        assert_eq!(
            Reference::parse(" p-2026-0042 ").unwrap(),
            Reference::new(2026, 42)
        );
        for raw in [
            "P-2026-42",
            "2026-0042",
            "P-26-0042",
            "P-2026-0000",
            "P-2026-00x2",
        ] {
            assert!(Reference::parse(raw).is_err(), "{raw}");
        }
    }

    #[test]
    fn an_access_code_carries_130_bits_and_reads_back_as_typed() {
        let code = AccessCode::generate();
        let shown = code.display();
        assert_eq!(shown.len(), 26 + 6);
        assert_ne!(AccessCode::generate(), code);
        let typed = shown.to_lowercase().replace('-', " ");
        assert!(code.hash().matches(&AccessCode::parse(&typed).unwrap()));
        assert!(!code.hash().matches(&AccessCode::generate()));
        assert!(AccessCode::parse("ABC").is_err());
        assert!(AccessCode::parse(&"U".repeat(26)).is_err());
    }

    #[test]
    fn an_access_code_is_never_printed_by_debug() {
        assert_eq!(format!("{:?}", AccessCode::generate()), "AccessCode(…)");
    }

    #[test]
    fn an_idempotency_key_is_checked_and_content_gives_a_stable_one() {
        assert!(IdempotencyKey::parse("6f1c2b7e-1d1b-4f7e-9f65-0b8f2b1a9c3d").is_ok());
        assert!(IdempotencyKey::parse("court").is_err());
        assert!(IdempotencyKey::parse("espace interdite").is_err());
        assert_eq!(
            IdempotencyKey::from_content(&valid_input()),
            IdempotencyKey::from_content(&valid_input())
        );
        let other = ComplaintInput {
            description: "Autre chose".into(),
            ..valid_input()
        };
        assert_ne!(
            IdempotencyKey::from_content(&valid_input()),
            IdempotencyKey::from_content(&other)
        );
    }

    #[test]
    fn the_next_deadline_is_the_acknowledgement_then_the_response_then_none() {
        let received = Utc::now();
        let mut complaint = sample_complaint(received);
        complaint.acknowledgement_due = received + chrono::Duration::hours(48);
        complaint.response_due = received + chrono::Duration::days(14);
        assert_eq!(
            complaint.next_deadline(),
            Some(complaint.acknowledgement_due)
        );

        complaint.status = Status::Acknowledged;
        complaint.acknowledged_at = Some(received);
        assert_eq!(complaint.next_deadline(), Some(complaint.response_due));
        complaint.status = Status::InAnalysis;
        assert_eq!(complaint.next_deadline(), Some(complaint.response_due));

        // Once the written response is in the file, neither is owed.
        complaint
            .procedure
            .responses
            .push(crate::procedure::WrittenResponse {
                sent_at: received + chrono::Duration::days(3),
                means: crate::procedure::ResponseMeans::File,
                postal_address: None,
                by: "Karim Tremblay".into(),
                subject: "Réponse".into(),
                text: "Texte".into(),
                html: String::new(),
            });
        for done in [Status::Answered, Status::Closed, Status::Withdrawn] {
            complaint.status = done;
            assert_eq!(complaint.next_deadline(), None, "{done:?}");
        }
    }

    #[test]
    fn a_withdrawn_complaint_never_acknowledged_has_no_deadline() {
        let mut complaint = sample_complaint(Utc::now());
        complaint.status = Status::Withdrawn;
        assert_eq!(complaint.next_deadline(), None);
    }

    pub(crate) fn sample_complaint(received: DateTime<Utc>) -> Complaint {
        Complaint {
            reference: Reference::new(2026, 7),
            version: 1,
            status: Status::Received,
            channel: Channel::Web,
            complainant: Complainant::Anonymous,
            category: Category::parse("delais", &organisation()).unwrap(),
            service: None,
            description: ComplaintText::parse("Texte", 100, "vide").unwrap(),
            desired_outcome: None,
            received_at: received,
            acknowledgement_due: received,
            response_due: received,
            acknowledged_at: None,
            access_code_hash: AccessCode::generate().hash(),
            postal_address: None,
            handler: None,
            named_staff: Vec::new(),
            about_staff: None,
            language: "fr-CA".into(),
            procedure: Default::default(),
        }
    }

    #[test]
    fn a_complaint_stored_before_staff_fields_existed_reads_back_unassigned() {
        let complaint = sample_complaint(Utc::now());
        let mut json: serde_json::Value = serde_json::to_value(&complaint).unwrap();
        let object = json.as_object_mut().unwrap();
        object.remove("handler");
        object.remove("named_staff");
        let read: Complaint = serde_json::from_value(json).unwrap();
        assert_eq!(read, complaint);
        assert!(read.staff().handler.is_none() && read.staff().named.is_empty());
    }

    #[test]
    fn a_stored_complaint_reads_back_identical() {
        let complaint = Complaint {
            reference: Reference::new(2026, 7),
            version: 1,
            status: Status::Received,
            channel: Channel::Web,
            complainant: Complainant::Identified {
                name: PersonName::parse("Amina Diallo").unwrap(),
                reach: Reach::Both(
                    Email::parse("amina@example.com").unwrap(),
                    PhoneNumber::parse("418 555-0123").unwrap(),
                ),
            },
            category: Category::parse("delais", &organisation()).unwrap(),
            service: None,
            description: ComplaintText::parse("Texte", 100, "vide").unwrap(),
            desired_outcome: None,
            received_at: Utc::now(),
            acknowledgement_due: Utc::now(),
            response_due: Utc::now(),
            acknowledged_at: None,
            access_code_hash: AccessCode::generate().hash(),
            postal_address: None,
            handler: None,
            named_staff: Vec::new(),
            about_staff: None,
            language: "fr-CA".into(),
            procedure: Default::default(),
        };
        let json = serde_json::to_string(&complaint).unwrap();
        assert!(json.contains("\"P-2026-0007\""));
        assert_eq!(serde_json::from_str::<Complaint>(&json).unwrap(), complaint);
    }
}
