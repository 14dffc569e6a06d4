//! Prompt languages. The call's language is decided here and only here ([`for_call`]): the
//! callflow's `language` module, else the language of the party the call reaches (the called
//! user, a called device or its owner, a voicemail box's owner), else the account's, else the
//! built-in English. A built-in prompt id played on a call whose language has an installed
//! pack (`Data::prompt`, e.g. `de-de`) is that pack's recording of it; ids the pack does not
//! have, and every id on an English call, stay the built-in English prompt. Numbers, dates
//! and times are composed by the language's [`Grammar`].

use edgepbx_media::prompts::grammar::{self, Grammar};
use edgepbx_media::session::PlayItem;
use edgepbx_sip::engine::{FlowCommand, MediaCommand};
use serde_json::Value;

use super::context::{CallInfo, Cx};
use super::data::Data;

/// The built-in language (no pack needed).
pub const BUILT_IN: &str = "en-us";

pub fn is_built_in(language: &str) -> bool {
    grammar::is_english(language)
}

/// The call's prompt language given the party it reaches (`party`: a user, device or box
/// owner document with a `language`; None before the flow reaches anybody).
pub fn for_call(data: &dyn Data, call: &CallInfo, party: Option<&Value>) -> String {
    call.flow_language
        .clone()
        .or_else(|| party.and_then(language_of))
        .or_else(|| data.account(&call.account).as_deref().and_then(language_of))
        .unwrap_or_else(|| BUILT_IN.to_string())
}

/// A document's `language` (lower case), when it has one.
fn language_of(doc: &Value) -> Option<String> {
    doc.get("language")
        .and_then(Value::as_str)
        .filter(|l| !l.is_empty())
        .map(str::to_ascii_lowercase)
}

/// Makes the call's language the one [`for_call`] picks for `party`.
pub fn adopt(cx: &mut Cx, party: Option<&Value>) {
    cx.call.language = for_call(cx.data.as_ref(), cx.call, party);
}

/// The call reaches user or device `id` (`kind` "users" or "devices"): its language, for a
/// device its own `language` else its owner's.
pub fn adopt_callee(cx: &mut Cx, kind: &str, id: &str) {
    let doc = cx.doc(kind, id);
    let party = match doc {
        Some(device) if kind == "devices" && language_of(&device).is_none() => device
            .get("owner_id")
            .and_then(Value::as_str)
            .and_then(|owner| cx.doc("users", owner)),
        other => other,
    };
    adopt(cx, party.as_deref());
}

/// The built-in prompt the SIP engine asks a callee that must press a key with.
const CONFIRM_PROMPT: &str = "cf_press_one";

/// `command` with its prompts in `language` where a pack has them (and a bridge's
/// "press one to accept" for callees that must confirm).
pub fn localize(data: &dyn Data, language: &str, mut command: FlowCommand) -> FlowCommand {
    if is_built_in(language) {
        return command;
    }
    match &mut command {
        FlowCommand::Media(MediaCommand::Play { items, .. }) => {
            for item in items.iter_mut() {
                if let PlayItem::Prompt(id) = item
                    && let Some(audio) = data.prompt(language, id)
                {
                    *item = PlayItem::Pending(audio);
                }
            }
        }
        FlowCommand::Bridge(bridge) if bridge.endpoints.iter().any(|e| e.confirm_key.is_some()) => {
            bridge.confirm_prompt = data.prompt(language, CONFIRM_PROMPT).map(PlayItem::Pending);
        }
        _ => {}
    }
    command
}

/// How numbers, dates and times are said on a call in `language` (German composition only
/// when the installed pack records German's number pieces).
pub fn grammar(data: &dyn Data, language: &str) -> Grammar {
    Grammar::of(language, |id| data.has_prompt(language, id))
}

/// A count said in `language`.
pub fn say_count(data: &dyn Data, language: &str, n: usize) -> Vec<&'static str> {
    grammar(data, language).number(n as i64)
}
