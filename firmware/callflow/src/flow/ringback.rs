//! KAZOO `ringback` media: what a caller hears while a bridge rings, instead of its own
//! phone's ringback or the callees' early media. A callflow's `ringback.early` applies to
//! every bridge of the flow; a `ring_group`'s or `resources`' own `ringback` wins for its
//! bridge. The media (an uploaded `media` document) loops until someone answers. An id that
//! names no stored media is passed over (KAZOO also allows URLs there, which the box does
//! not fetch).

use edgepbx_media::session::PlayItem;
use edgepbx_sip::engine::FlowCommand;
use serde_json::Value;

use super::Data;
use super::step::Step;

/// The looped audio of stored media `id`, if it is stored.
pub fn media(data: &dyn Data, account: &str, id: &str) -> Option<PlayItem> {
    if id.is_empty() || data.doc(account, "media", id).is_none() {
        return None;
    }
    data.media(account, id).map(PlayItem::Looped)
}

/// A callflow document's `ringback.early` media id.
pub fn early_id(callflow: &Value) -> Option<String> {
    callflow
        .pointer("/ringback/early")
        .and_then(Value::as_str)
        .filter(|id| !id.is_empty())
        .map(str::to_string)
}

/// Gives the bridge in `step` (if it is one) the module's own `ringback` media from its
/// `data`.
pub fn apply_own(step: &mut Step, data: &dyn Data, account: &str, module_data: &Value) {
    if let Step::Command(FlowCommand::Bridge(b)) = step
        && let Some(item) = module_data
            .get("ringback")
            .and_then(Value::as_str)
            .and_then(|id| media(data, account, id))
    {
        b.ringback = Some(item);
    }
}
