//! Document validation in KAZOO's manner: per-kind field rules, schema defaults filled into
//! the stored document, and errors keyed by dotted field name and rule.

mod callflow;
mod flow_data;
mod kinds;
mod rules;

pub use callflow::validate_callflow;
pub use kinds::fields_for;
pub use rules::validate;
#[cfg(test)]
mod call_forward_tests;
