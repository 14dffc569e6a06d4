//! The callflow interpreter (sans-IO): KAZOO callflows run for real calls ([`flow`]), and
//! KAZOO temporal rules (office hours, holidays; [`temporal`]).

pub mod flow;
pub mod temporal;
