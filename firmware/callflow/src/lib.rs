//! The callflow interpreter (sans-IO). For now: KAZOO temporal rules (office hours, holidays).

pub mod temporal;
