//! What the client's own file pages show (`/suivi/`), as plain French
//! strings the public router prepares: the status in words, the dates and
//! whether each promise was kept, the written response, the client-visible
//! timeline, and what the client may do now. Nothing internal (analysis,
//! notes, staff names, corrective measures) ever reaches these types.

/// The reference and the access code the person typed: every form of the
/// file page sends them again (hidden fields; the page is never cached).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ClientCredentials {
    pub reference: String,
    pub code: String,
}

/// One promise of the policy and where it stands.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ClientDeadline {
    /// « Accusé de réception », « Réponse écrite », « Suivi ».
    pub label: String,
    /// « au plus tard le 11 décembre 2026 à 23 h 59 ».
    pub due: String,
    /// « Fait le 28 novembre 2026 à 9 h 02, dans le délai promis. » …
    pub state: String,
    /// `Some(true)` kept, `Some(false)` late, `None` still running.
    pub kept: Option<bool>,
}

/// A written response as the client received it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ClientLetter {
    /// « 4 décembre 2026 ».
    pub sent: String,
    /// « par courriel » / « par la poste ».
    pub means: String,
    /// Put in this online file rather than sent.
    pub in_file: bool,
    pub subject: String,
    /// The letter's plain text, lines kept (shown with `white-space: pre-wrap`).
    pub text: String,
}

/// Something that happened, in words for the client.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ClientEvent {
    pub at: String,
    pub what: String,
}

/// Information the client added after submitting.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ClientAddition {
    pub at: String,
    pub text: String,
}

/// The client's answer to « êtes-vous satisfait ? ».
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ClientSatisfaction {
    pub at: String,
    /// « La solution me convient » / « La solution ne me convient pas ».
    pub answer: String,
    pub comment: Option<String>,
}

/// The whole file, for the page, the printable version and the export.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ClientFile {
    pub credentials: ClientCredentials,
    /// « Réponse envoyée ».
    pub status: String,
    /// One sentence on what happens next.
    pub status_explanation: String,
    /// « 27 novembre 2026 à 21 h 00 ».
    pub received: String,
    /// « Site web », « Téléphone » …
    pub channel: String,
    pub category: String,
    pub service: Option<String>,
    /// `None` when the person chose to stay anonymous.
    pub name: Option<String>,
    pub email: Option<String>,
    pub phone: Option<String>,
    pub description: String,
    pub desired_outcome: Option<String>,
    pub deadlines: Vec<ClientDeadline>,
    pub responses: Vec<ClientLetter>,
    pub additions: Vec<ClientAddition>,
    pub satisfaction: Option<ClientSatisfaction>,
    pub timeline: Vec<ClientEvent>,
    /// What the person may do now.
    pub can_add_information: bool,
    pub can_withdraw: bool,
    pub can_answer_satisfaction: bool,
}

/// What the file page says above the file after an action, or why an
/// action was refused (with the field at fault, if any).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ClientNotice {
    /// « Votre ajout a été versé à votre dossier. »
    pub success: Option<String>,
    /// « Écrivez l’information à ajouter. »
    pub error: Option<String>,
    /// The form field the error is about: `text`, `confirm`, `satisfaction`, `comment`.
    pub field: Option<String>,
    /// What the person had typed, kept when an action is refused.
    pub text: String,
    pub comment: String,
}
