//! Every word a person reads, from one Project Fluent catalogue per
//! language: `config/langues/<code>/*.ftl`, French (`fr-CA`) the reference.
//! The public journey and the mail to clients exist in every language the
//! settings list (`public.ftl`); the staff's words in French only
//! (`personnel.ftl`). Plurals and agreement are the catalogue's (Fluent
//! selectors), never string building in code.
//!
//! A catalogue is read once at start, from the folder beside the settings
//! file (`plaintes serve`, the site build) or from the copies compiled in
//! (the Lambdas, which carry their settings the same way): adding a
//! language is a folder of catalogue files and one code in `languages`.
//!
//! Messages whose id ends in `-html` may hold a little markup (`<a>`,
//! `<strong>`); every value put into them is escaped. The others are text.

use std::collections::BTreeSet;
use std::fmt;
use std::sync::{Arc, Mutex};

use chrono::{DateTime, Datelike, NaiveDate, Timelike, Utc};
use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};
use fluent_syntax::ast;

use crate::calendar::ZONE;

/// The reference language: the organisation's, the staff's, the one every
/// other catalogue is translated from.
pub const REFERENCE: &str = "fr-CA";

/// The reference language's code, as an owned value (a stored complaint's
/// language when it has none).
pub fn reference() -> String {
    REFERENCE.to_owned()
}

/// The catalogue files compiled in (messages `.ftl`, longer texts `.txt`),
/// as `(language, file name, text)`.
pub const EMBEDDED: &[(&str, &str, &str)] =
    include!(concat!(env!("OUT_DIR"), "/embedded_catalogues.rs"));

/// A value given to a message: text, or a number (which plural rules and
/// selectors read).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Arg {
    Text(String),
    Number(i64),
    /// A count shown with its digits grouped as the language does
    /// (« 5 001 »); plural rules do not read it.
    Count(usize),
}

/// What may be given to a message as a value.
pub trait ToArg {
    fn to_arg(&self) -> Arg;
}

impl ToArg for Arg {
    fn to_arg(&self) -> Arg {
        self.clone()
    }
}

impl ToArg for str {
    fn to_arg(&self) -> Arg {
        Arg::Text(self.to_owned())
    }
}

impl ToArg for String {
    fn to_arg(&self) -> Arg {
        Arg::Text(self.clone())
    }
}

macro_rules! number_args {
    ($($kind:ty),*) => {$(
        impl ToArg for $kind {
            fn to_arg(&self) -> Arg {
                Arg::Number(i64::try_from(*self).unwrap_or(i64::MAX))
            }
        }
    )*};
}
number_args!(u8, u16, u32, u64, usize, i32, i64);

impl<T: ToArg + ?Sized> ToArg for &T {
    fn to_arg(&self) -> Arg {
        (**self).to_arg()
    }
}

/// What to say, not yet in a language: a message id and its values. The
/// core's checks answer with these; the edge says them in the reader's
/// language.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Wording {
    pub key: &'static str,
    pub args: Vec<(&'static str, Arg)>,
}

impl Wording {
    pub fn new(key: &'static str) -> Self {
        Self {
            key,
            args: Vec::new(),
        }
    }

    pub fn with(mut self, name: &'static str, value: impl ToArg) -> Self {
        self.args.push((name, value.to_arg()));
        self
    }
}

/// French as compiled in, for what is said before any settings are read
/// or where only French is ever shown (the staff's pages and logs).
pub fn french() -> &'static Catalogue {
    static FRENCH: std::sync::LazyLock<Words> = std::sync::LazyLock::new(Words::unread);
    FRENCH.french()
}

impl fmt::Display for Wording {
    /// In French.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&french().say(self))
    }
}

/// Which way a language is written.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Direction {
    LeftToRight,
    RightToLeft,
}

impl Direction {
    /// The value of the HTML `dir` attribute.
    pub fn html(self) -> &'static str {
        match self {
            Self::LeftToRight => "ltr",
            Self::RightToLeft => "rtl",
        }
    }
}

/// A language a catalogue is in, as its own file describes it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Language {
    /// The BCP 47 tag (`fr-CA`, `es`), the HTML `lang` attribute.
    pub code: String,
    /// Its name in itself (« Español »), for the language choice.
    pub name: String,
    /// Its name in French (« espagnol »), for the staff.
    pub french_name: String,
    pub direction: Direction,
}

impl Language {
    pub fn is_reference(&self) -> bool {
        self.code == REFERENCE
    }

    /// Where its public pages live: `/` for French, `/es/` for Spanish.
    pub fn prefix(&self) -> String {
        if self.is_reference() {
            "/".to_owned()
        } else {
            format!("/{}/", self.code)
        }
    }
}

/// Why the catalogues could not be used.
#[derive(Debug, thiserror::Error)]
pub enum WordsError {
    #[error("cannot read the catalogue {path}: {source}")]
    Read {
        path: String,
        source: std::io::Error,
    },
    #[error("the catalogue {file} is not valid Fluent: {detail}")]
    Syntax { file: String, detail: String },
    #[error("the catalogue of {language} is not usable: {detail}")]
    Invalid { language: String, detail: String },
}

/// One language's messages.
pub struct Catalogue {
    language: Language,
    bundle: FluentBundle<FluentResource>,
    /// The files' text, kept to list the messages and their variables.
    sources: Vec<(String, String)>,
    /// The longer texts beside the messages (`politique.txt`), by file name.
    documents: Vec<(String, String)>,
    /// Ids asked for and absent, for the tests (and a log line).
    missing: Mutex<BTreeSet<String>>,
}

impl fmt::Debug for Catalogue {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Catalogue")
            .field("language", &self.language.code)
            .finish_non_exhaustive()
    }
}

impl Catalogue {
    /// Reads one language's files, `(file name, text)`.
    pub fn parse(code: &str, files: Vec<(String, String)>) -> Result<Self, WordsError> {
        let tag: unic_langid::LanguageIdentifier =
            code.parse().map_err(|_| WordsError::Invalid {
                language: code.to_owned(),
                detail: "not a language tag".into(),
            })?;
        let mut bundle = FluentBundle::new_concurrent(vec![tag]);
        // Isolation marks would land in mail and page text; Arabic pages
        // isolate the Latin values (numbers, names) with `dir="auto"` where
        // it matters.
        bundle.set_use_isolating(false);
        let (documents, files): (Vec<_>, Vec<_>) = files
            .into_iter()
            .partition(|(file, _)| !file.ends_with(".ftl"));
        for (file, text) in &files {
            let resource = FluentResource::try_new(text.clone()).map_err(|(_, errors)| {
                WordsError::Syntax {
                    file: file.clone(),
                    detail: errors
                        .iter()
                        .map(|error| format!("{error:?}"))
                        .collect::<Vec<_>>()
                        .join("; "),
                }
            })?;
            bundle
                .add_resource(resource)
                .map_err(|errors| WordsError::Invalid {
                    language: code.to_owned(),
                    detail: format!("{errors:?}"),
                })?;
        }
        Self::finish(code, bundle, files, documents)
    }

    /// A translation's catalogue: its own messages, then French for any it
    /// lacks (the catalogue test sees to it that none is lacking).
    fn translation(
        code: &str,
        files: Vec<(String, String)>,
        french: &[(String, String)],
    ) -> Result<Self, WordsError> {
        let mut catalogue = Self::parse(code, files)?;
        for (_, text) in french {
            if let Ok(resource) = FluentResource::try_new(text.clone()) {
                // Its own messages stay: French only fills the gaps.
                let _ = catalogue.bundle.add_resource(resource);
            }
        }
        Ok(catalogue)
    }

    fn finish(
        code: &str,
        bundle: FluentBundle<FluentResource>,
        files: Vec<(String, String)>,
        documents: Vec<(String, String)>,
    ) -> Result<Self, WordsError> {
        let plain = |id: &str| -> Result<String, WordsError> {
            let message = bundle.get_message(id).and_then(|m| m.value());
            let Some(pattern) = message else {
                return Err(WordsError::Invalid {
                    language: code.to_owned(),
                    detail: format!("the message {id} is missing"),
                });
            };
            let mut errors = Vec::new();
            Ok(bundle
                .format_pattern(pattern, None, &mut errors)
                .into_owned())
        };
        let direction = match plain("language-direction")?.as_str() {
            "rtl" => Direction::RightToLeft,
            "ltr" => Direction::LeftToRight,
            other => {
                return Err(WordsError::Invalid {
                    language: code.to_owned(),
                    detail: format!("language-direction is {other}, not ltr or rtl"),
                })
            }
        };
        let language = Language {
            code: code.to_owned(),
            name: plain("language-name")?,
            french_name: plain("language-french-name")?,
            direction,
        };
        Ok(Self {
            language,
            bundle,
            sources: files,
            documents,
            missing: Mutex::default(),
        })
    }

    pub fn language(&self) -> &Language {
        &self.language
    }

    pub fn code(&self) -> &str {
        &self.language.code
    }

    /// A text of the settings, which are in French: itself in French, its
    /// translation (the message `key`, `settings-…`) in another language.
    pub fn settings_text(&self, french: &str, key: &str) -> String {
        if self.language.is_reference() {
            french.to_owned()
        } else {
            self.t(key)
        }
    }

    /// Where the language's public pages start: `/`, `/es/`.
    pub fn home(&self) -> String {
        self.language.prefix()
    }

    /// « 5 000 », « 5,000 »: a count, its digits grouped as the language
    /// does (the message `number-grouping`).
    pub fn number(&self, value: usize) -> String {
        let separator = self.t("number-grouping");
        let digits = value.to_string();
        let mut grouped = String::new();
        for (index, digit) in digits.chars().enumerate() {
            if index > 0 && (digits.len() - index).is_multiple_of(3) {
                grouped.push_str(&separator);
            }
            grouped.push(digit);
        }
        grouped
    }

    /// A longer text kept beside the messages (the policy's translation).
    pub fn document(&self, name: &str) -> Option<&str> {
        self.documents
            .iter()
            .find(|(file, _)| file == name)
            .map(|(_, text)| text.as_str())
    }

    /// Whether the message exists.
    pub fn has(&self, key: &str) -> bool {
        self.bundle.has_message(key)
    }

    fn format(&self, key: &str, args: &[(&str, Arg)], escape: bool) -> Option<String> {
        let pattern = self.bundle.get_message(key)?.value()?;
        let mut values = FluentArgs::with_capacity(args.len());
        for (name, value) in args {
            let value = match value {
                Arg::Text(text) if escape => FluentValue::from(html_escape(text)),
                Arg::Text(text) => FluentValue::from(text.clone()),
                Arg::Number(number) => FluentValue::from(*number),
                Arg::Count(count) => FluentValue::from(self.number(*count)),
            };
            values.set(*name, value);
        }
        let mut errors = Vec::new();
        let text = self
            .bundle
            .format_pattern(pattern, Some(&values), &mut errors)
            .into_owned();
        if !errors.is_empty() {
            tracing::warn!(key, ?errors, language = %self.language.code, "a message lacks a value");
        }
        Some(text)
    }

    fn miss(&self, key: &str) -> String {
        tracing::error!(key, language = %self.language.code, "a message is missing from the catalogue");
        if let Ok(mut missing) = self.missing.lock() {
            missing.insert(key.to_owned());
        }
        key.to_owned()
    }

    /// The message `key`, as text.
    pub fn t(&self, key: &str) -> String {
        self.with(key, &[])
    }

    /// The message `key` with its values, as text.
    pub fn with(&self, key: &str, args: &[(&str, Arg)]) -> String {
        self.format(key, args, false)
            .unwrap_or_else(|| self.miss(key))
    }

    /// A message with one value (for templates).
    pub fn t1(&self, key: &str, name: &str, value: impl ToArg) -> String {
        self.with(key, &[(name, value.to_arg())])
    }

    /// A message with two values (for templates).
    pub fn t2(
        &self,
        key: &str,
        first: &str,
        first_value: impl ToArg,
        second: &str,
        second_value: impl ToArg,
    ) -> String {
        self.with(key, &two(first, first_value, second, second_value))
    }

    /// A message with three values (for templates).
    #[allow(clippy::too_many_arguments)]
    pub fn t3(
        &self,
        key: &str,
        first: &str,
        first_value: impl ToArg,
        second: &str,
        second_value: impl ToArg,
        third: &str,
        third_value: impl ToArg,
    ) -> String {
        let args = three(
            (first, first_value),
            (second, second_value),
            (third, third_value),
        );
        self.with(key, &args)
    }

    /// A `-html` message: markup to insert as is.
    pub fn html(&self, key: &str) -> String {
        self.html_with(key, &[])
    }

    /// A `-html` message, its values escaped: markup to insert as is.
    pub fn html_with(&self, key: &str, args: &[(&str, Arg)]) -> String {
        self.format(key, args, true)
            .unwrap_or_else(|| html_escape(&self.miss(key)))
    }

    /// A `-html` message with one value (for templates).
    pub fn html1(&self, key: &str, name: &str, value: impl ToArg) -> String {
        self.html_with(key, &[(name, value.to_arg())])
    }

    /// A `-html` message with three values (for templates).
    #[allow(clippy::too_many_arguments)]
    pub fn html3(
        &self,
        key: &str,
        first: &str,
        first_value: impl ToArg,
        second: &str,
        second_value: impl ToArg,
        third: &str,
        third_value: impl ToArg,
    ) -> String {
        let args = three(
            (first, first_value),
            (second, second_value),
            (third, third_value),
        );
        self.html_with(key, &args)
    }

    /// A `-html` message with two values (for templates).
    pub fn html2(
        &self,
        key: &str,
        first: &str,
        first_value: impl ToArg,
        second: &str,
        second_value: impl ToArg,
    ) -> String {
        self.html_with(key, &two(first, first_value, second, second_value))
    }

    /// Says a wording of the core's.
    pub fn say(&self, wording: &Wording) -> String {
        let args: Vec<(&str, Arg)> = wording
            .args
            .iter()
            .map(|(name, value)| (*name, value.clone()))
            .collect();
        self.with(wording.key, &args)
    }

    /// The ids asked for that this catalogue lacks.
    pub fn missing(&self) -> Vec<String> {
        self.missing
            .lock()
            .map(|missing| missing.iter().cloned().collect())
            .unwrap_or_default()
    }

    /// Calls `each` with every message of the catalogue and its file.
    fn each_message(&self, mut each: impl FnMut(&str, &ast::Message<&str>)) {
        for (file, text) in &self.sources {
            let Ok(resource) = FluentResource::try_new(text.clone()) else {
                continue;
            };
            for entry in resource.entries() {
                if let ast::Entry::Message(message) = entry {
                    each(file, message);
                }
            }
        }
    }

    /// Every message of the catalogue, with the variables it uses, file by
    /// file: `(file, id, variables)`.
    pub fn messages(&self) -> Vec<(String, String, BTreeSet<String>)> {
        let mut found = Vec::new();
        self.each_message(|file, message| {
            let mut variables = BTreeSet::new();
            if let Some(pattern) = &message.value {
                pattern_variables(pattern, &mut variables);
            }
            for attribute in &message.attributes {
                pattern_variables(&attribute.value, &mut variables);
            }
            found.push((file.to_owned(), message.id.name.to_owned(), variables));
        });
        found
    }

    /// Every text a message can produce, each variant of its selectors
    /// apart, without the values (for the typography test).
    pub fn texts(&self) -> Vec<(String, String)> {
        let mut found = Vec::new();
        self.each_message(|_, message| {
            let mut pieces = Vec::new();
            if let Some(pattern) = &message.value {
                pattern_texts(pattern, &mut pieces);
            }
            for piece in pieces {
                found.push((message.id.name.to_owned(), piece));
            }
        });
        found
    }

    /// « 14 décembre 2026 », « December 14, 2026 »: a local date.
    pub fn day(&self, date: NaiveDate) -> String {
        self.with(
            "date",
            &[
                ("day", Arg::Number(i64::from(date.day()))),
                (
                    "month",
                    Arg::Text(self.t(MONTH_KEYS[date.month0() as usize])),
                ),
                ("year", Arg::Number(i64::from(date.year()))),
            ],
        )
    }

    /// The local date of an instant.
    pub fn date(&self, at: DateTime<Utc>) -> String {
        self.day(at.with_timezone(&ZONE).date_naive())
    }

    /// « 14 décembre 2026 à 16 h 30 »: a local date and time.
    pub fn date_time(&self, at: DateTime<Utc>) -> String {
        let local = at.with_timezone(&ZONE);
        self.with(
            "date-time",
            &[
                ("date", Arg::Text(self.day(local.date_naive()))),
                ("hour", Arg::Number(i64::from(local.hour()))),
                ("minute", Arg::Text(format!("{:02}", local.minute()))),
                ("minutes", Arg::Number(i64::from(local.minute()))),
            ],
        )
    }

    /// « lundi 14 décembre 2026 »: a local date with its weekday.
    pub fn long_date(&self, at: DateTime<Utc>) -> String {
        let local = at.with_timezone(&ZONE).date_naive();
        let weekday = WEEKDAY_KEYS[local.weekday().num_days_from_monday() as usize];
        self.with(
            "long-date",
            &[
                ("weekday", Arg::Text(self.t(weekday))),
                ("date", Arg::Text(self.day(local))),
            ],
        )
    }
}

/// Two named values, as a message takes them.
fn two<'a>(
    first: &'a str,
    first_value: impl ToArg,
    second: &'a str,
    second_value: impl ToArg,
) -> [(&'a str, Arg); 2] {
    [
        (first, first_value.to_arg()),
        (second, second_value.to_arg()),
    ]
}

/// Three named values, as a message takes them.
fn three<'a>(
    first: (&'a str, impl ToArg),
    second: (&'a str, impl ToArg),
    third: (&'a str, impl ToArg),
) -> [(&'a str, Arg); 3] {
    [
        (first.0, first.1.to_arg()),
        (second.0, second.1.to_arg()),
        (third.0, third.1.to_arg()),
    ]
}

const MONTH_KEYS: [&str; 12] = [
    "month-1", "month-2", "month-3", "month-4", "month-5", "month-6", "month-7", "month-8",
    "month-9", "month-10", "month-11", "month-12",
];

const WEEKDAY_KEYS: [&str; 7] = [
    "weekday-1",
    "weekday-2",
    "weekday-3",
    "weekday-4",
    "weekday-5",
    "weekday-6",
    "weekday-7",
];

fn inline_variables(expression: &ast::InlineExpression<&str>, into: &mut BTreeSet<String>) {
    match expression {
        ast::InlineExpression::VariableReference { id } => {
            into.insert(id.name.to_owned());
        }
        ast::InlineExpression::Placeable { expression } => expression_variables(expression, into),
        ast::InlineExpression::FunctionReference { arguments, .. } => {
            for argument in &arguments.positional {
                inline_variables(argument, into);
            }
            for named in &arguments.named {
                inline_variables(&named.value, into);
            }
        }
        _ => {}
    }
}

fn expression_variables(expression: &ast::Expression<&str>, into: &mut BTreeSet<String>) {
    match expression {
        ast::Expression::Inline(inline) => inline_variables(inline, into),
        ast::Expression::Select { selector, variants } => {
            inline_variables(selector, into);
            for variant in variants {
                pattern_variables(&variant.value, into);
            }
        }
    }
}

fn pattern_variables(pattern: &ast::Pattern<&str>, into: &mut BTreeSet<String>) {
    for element in &pattern.elements {
        if let ast::PatternElement::Placeable { expression } = element {
            expression_variables(expression, into);
        }
    }
}

/// The literal texts of a pattern: each selector's variants separately,
/// a value's place kept as `{}`.
fn pattern_texts(pattern: &ast::Pattern<&str>, into: &mut Vec<String>) {
    let mut current = String::new();
    for element in &pattern.elements {
        match element {
            ast::PatternElement::TextElement { value } => current.push_str(value),
            ast::PatternElement::Placeable { expression } => match expression {
                ast::Expression::Inline(ast::InlineExpression::StringLiteral { value }) => {
                    current.push_str(value)
                }
                ast::Expression::Select { variants, .. } => {
                    for variant in variants {
                        let mut inner = Vec::new();
                        pattern_texts(&variant.value, &mut inner);
                        into.extend(inner);
                    }
                    current.push_str("{}");
                }
                _ => current.push_str("{}"),
            },
        }
    }
    into.push(current);
}

/// Escapes text for HTML, as askama does.
pub fn html_escape(text: &str) -> String {
    let mut escaped = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => escaped.push_str("&amp;"),
            '<' => escaped.push_str("&lt;"),
            '>' => escaped.push_str("&gt;"),
            '"' => escaped.push_str("&#34;"),
            '\'' => escaped.push_str("&#39;"),
            c => escaped.push(c),
        }
    }
    escaped
}

/// The catalogues of the languages the settings list, French first.
#[derive(Clone)]
pub struct Words {
    catalogues: Arc<Vec<Catalogue>>,
}

impl fmt::Debug for Words {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_list()
            .entries(self.catalogues.iter().map(|c| &c.language.code))
            .finish()
    }
}

impl Words {
    /// The listed languages' catalogues, each read by `files(code)`.
    pub fn build(
        codes: &[String],
        mut files: impl FnMut(&str) -> Result<Vec<(String, String)>, WordsError>,
    ) -> Result<Self, WordsError> {
        if codes.first().map(String::as_str) != Some(REFERENCE) {
            return Err(WordsError::Invalid {
                language: codes.first().cloned().unwrap_or_default(),
                detail: format!("languages must start with {REFERENCE}, the reference"),
            });
        }
        let mut catalogues = Vec::new();
        for code in codes {
            if catalogues.iter().any(|c: &Catalogue| c.code() == code) {
                return Err(WordsError::Invalid {
                    language: code.clone(),
                    detail: "listed twice".into(),
                });
            }
            let found = files(code)?;
            if found.is_empty() {
                return Err(WordsError::Invalid {
                    language: code.clone(),
                    detail: "no catalogue file".into(),
                });
            }
            let catalogue = match catalogues.first() {
                None => Catalogue::parse(code, found)?,
                Some(french) => Catalogue::translation(code, found, &french.sources)?,
            };
            catalogues.push(catalogue);
        }
        Ok(Self {
            catalogues: Arc::new(catalogues),
        })
    }

    /// French alone, compiled in: what settings hold until their own
    /// languages are read.
    pub fn unread() -> Self {
        Self::embedded(&[REFERENCE.to_owned()]).expect("the French catalogue is compiled in")
    }

    /// The catalogues compiled in.
    pub fn embedded(codes: &[String]) -> Result<Self, WordsError> {
        Self::build(codes, |code| {
            Ok(EMBEDDED
                .iter()
                .filter(|(language, _, _)| *language == code)
                .map(|(_, file, text)| ((*file).to_owned(), (*text).to_owned()))
                .collect())
        })
    }

    /// The catalogues of `folder/<code>/*.ftl` (and their `.txt` texts).
    pub fn read(folder: &std::path::Path, codes: &[String]) -> Result<Self, WordsError> {
        Self::build(codes, |code| {
            let dir = folder.join(code);
            let entries = std::fs::read_dir(&dir).map_err(|source| WordsError::Read {
                path: dir.display().to_string(),
                source,
            })?;
            let mut files = Vec::new();
            for entry in entries {
                let path = entry
                    .map_err(|source| WordsError::Read {
                        path: dir.display().to_string(),
                        source,
                    })?
                    .path();
                if path
                    .extension()
                    .is_some_and(|ext| ext == "ftl" || ext == "txt")
                {
                    let text =
                        std::fs::read_to_string(&path).map_err(|source| WordsError::Read {
                            path: path.display().to_string(),
                            source,
                        })?;
                    let name = path
                        .file_name()
                        .map(|n| n.to_string_lossy().into_owned())
                        .unwrap_or_default();
                    files.push((name, text));
                }
            }
            files.sort();
            Ok(files)
        })
    }

    /// French, the reference.
    pub fn french(&self) -> &Catalogue {
        &self.catalogues[0]
    }

    /// The catalogue of `code`, or French for a language not offered.
    pub fn get(&self, code: &str) -> &Catalogue {
        self.find(code).unwrap_or_else(|| self.french())
    }

    /// The catalogue of `code`, if it is offered.
    pub fn find(&self, code: &str) -> Option<&Catalogue> {
        self.catalogues.iter().find(|c| c.code() == code)
    }

    /// Every catalogue, French first.
    pub fn all(&self) -> impl Iterator<Item = &Catalogue> {
        self.catalogues.iter()
    }

    /// The offered languages, French first.
    pub fn languages(&self) -> impl Iterator<Item = &Language> {
        self.catalogues.iter().map(Catalogue::language)
    }
}
