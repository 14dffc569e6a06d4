//! The callflow interpreter (sans-IO): runs KAZOO callflow documents for one call,
//! implementing the SIP engine's [`edgepbx_sip::engine::CallFlow`]. Documents come
//! through [`Data`]; everything the call does goes out as engine commands.

mod blacklist;
mod conditional_forward;
pub mod context;
pub mod data;
pub mod endpoints;
#[cfg(test)]
mod group_feature_tests;
pub mod hold_music;
mod interpreter;
pub mod language;
mod metaflow;
pub mod missed_call;
pub mod modules;
mod outside_caller_id;
mod restriction;
pub mod ringback;
pub mod step;
#[cfg(test)]
mod string_typed_tests;
#[cfg(test)]
pub mod testkit;
#[cfg(test)]
mod tests;
#[cfg(test)]
mod tests_conditional_forward;
mod vm_notice;

pub use context::CallInfo;
pub use data::{
    Data, Edit, Notice, Parked, Speech, SpeechRequest, TrunkDownNotice, VoicemailNotice,
    edit_existing,
};
pub use interpreter::{Interpreter, MAX_BRANCHES};
