//! The domain of the complaints policy, free of AWS, HTTP and SQL: what a
//! complaint is, what may follow what in its life, when each promise of the
//! policy falls due, and the ports through which the adapters store
//! complaints, send mail and tell the time.

pub mod access;
pub mod calendar;
pub mod casework;
pub mod checks;
pub mod client;
pub mod complaint;
pub mod french;
pub mod lifecycle;
pub mod mail;
pub mod outbox;
pub mod ports;
pub mod procedure;
pub mod promises;
pub mod reports;
pub mod session;
pub mod settings;
pub mod submission;
pub mod words;

pub use settings::Organisation;
