//! Notification templates: the catalogue of mails the box sends and their rendering. The
//! API edits an account's templates (`crate::notifications`); the mailer renders with them.

pub mod catalogue;
pub mod render;
pub mod settings;

pub use catalogue::{CATALOGUE, Spec, spec};
pub use render::{LANGUAGES, Part, Rendered, check, render, render_in};

/// The store kind of an account's own templates (one document per notification id).
pub const KIND: &str = "notifications";
