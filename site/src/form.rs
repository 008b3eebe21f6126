//! What the complaint form needs to show a refused submission again: the
//! message beside each field, and the summary at the top whose links move
//! the focus to the field to fix.

use plaintes_core::complaint::FieldError;
use plaintes_core::Organisation;

/// One line of the error summary: the message, linking to the control.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct SummaryItem {
    /// The `id` of the control the link leads to.
    pub target: String,
    pub message: String,
}

/// The first message for each field of the form, and the summary listing
/// every message in the order of the form.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub(crate) struct FormErrors {
    pub name: Option<String>,
    pub email: Option<String>,
    pub phone: Option<String>,
    pub address_street: Option<String>,
    pub address_city: Option<String>,
    pub address_province: Option<String>,
    pub address_postal_code: Option<String>,
    pub anonymous: Option<String>,
    /// No way to reach the person although they are not anonymous.
    pub contact: Option<String>,
    pub category: Option<String>,
    pub service: Option<String>,
    pub description: Option<String>,
    pub desired_outcome: Option<String>,
    pub about_staff: Option<String>,
    pub consent: Option<String>,
    pub summary: Vec<SummaryItem>,
}

/// The form's fields in the order a person meets them. An error on any
/// other field (a stale token, say) is listed last and links to the form.
const FIELD_ORDER: [&str; 15] = [
    "contact",
    "anonymous",
    "name",
    "email",
    "phone",
    "address_street",
    "address_city",
    "address_province",
    "address_postal_code",
    "category",
    "service",
    "description",
    "desired_outcome",
    "about_staff",
    "consent",
];

impl FormErrors {
    pub(crate) fn new(organisation: &Organisation, errors: &[FieldError]) -> Self {
        let mut form = Self::default();
        let mut ordered: Vec<&FieldError> = errors.iter().collect();
        ordered.sort_by_key(|error| {
            FIELD_ORDER
                .iter()
                .position(|field| *field == error.field)
                .unwrap_or(FIELD_ORDER.len())
        });
        for error in ordered {
            if let Some(slot) = form.slot(error.field) {
                slot.get_or_insert_with(|| error.message.clone());
            }
            form.summary.push(SummaryItem {
                target: target_of(organisation, error.field),
                message: error.message.clone(),
            });
        }
        form
    }

    pub(crate) fn is_empty(&self) -> bool {
        self.summary.is_empty()
    }

    fn slot(&mut self, field: &str) -> Option<&mut Option<String>> {
        Some(match field {
            "name" => &mut self.name,
            "email" => &mut self.email,
            "phone" => &mut self.phone,
            "address_street" => &mut self.address_street,
            "address_city" => &mut self.address_city,
            "address_province" => &mut self.address_province,
            "address_postal_code" => &mut self.address_postal_code,
            "anonymous" => &mut self.anonymous,
            "contact" => &mut self.contact,
            "category" => &mut self.category,
            "service" => &mut self.service,
            "description" => &mut self.description,
            "desired_outcome" => &mut self.desired_outcome,
            "about_staff" => &mut self.about_staff,
            "consent" => &mut self.consent,
            _ => return None,
        })
    }
}

/// The `id` a summary link points at: the control itself, the first radio
/// button of a group, the e-mail field for a missing way to reach the person.
fn target_of(organisation: &Organisation, field: &str) -> String {
    match field {
        "category" => organisation.categories.first().map_or_else(
            || "formulaire-plainte".to_owned(),
            |c| format!("category-{}", c.code),
        ),
        "contact" => "email".to_owned(),
        "name"
        | "email"
        | "phone"
        | "address_street"
        | "address_city"
        | "address_province"
        | "address_postal_code"
        | "anonymous"
        | "service"
        | "description"
        | "desired_outcome"
        | "about_staff"
        | "consent" => field.to_owned(),
        _ => "formulaire-plainte".to_owned(),
    }
}
