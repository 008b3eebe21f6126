//! The HTTP surface of Plaintes, written once as axum routers: `lambda_http`
//! serves them on AWS, `axum::serve` on one machine. Handlers turn requests
//! into domain input, call the use cases of `plaintes-core`, and map every
//! outcome to one status and a French answer.

pub mod client;
pub mod error;
pub mod headers;
pub mod identity;
pub mod openapi;
pub mod public;
pub mod reports;
pub mod session;
pub mod staff;

pub use headers::with_security_headers;
pub use public::public_router;
pub use staff::{staff_router, StaffAccess};
