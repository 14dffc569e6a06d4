//! KAZOO `ringback` media: what a caller hears while a bridge rings, instead of its own
//! phone's ringback or the callees' early media. A callflow's `ringback.early` (else the
//! dialled number's) applies to every bridge of the flow; a `ring_group`'s or `resources`'
//! own `ringback` wins for its bridge. `ringback.transfer` is for a caller the box has
//! answered already (after a menu, or transferred into the flow), as FreeSWITCH's
//! `transfer_ringback` is in KAZOO. The media (an uploaded `media` document) loops until someone answers. An id that
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

/// Which `ringback` media of a callflow or number.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Kind {
    /// `ringback.early`: for a caller not answered yet.
    Early,
    /// `ringback.transfer`: for a caller the box answered already (a menu, a transfer).
    Transfer,
}

/// The callflow's `ringback.early` or `ringback.transfer` media id, else the dialled
/// number's (its `phone_numbers` document: KAZOO's number features carry both too).
pub fn flow_id(
    data: &dyn Data,
    account: &str,
    callflow: &Value,
    dialled: &str,
    kind: Kind,
) -> Option<String> {
    let pointer = match kind {
        Kind::Early => "/ringback/early",
        Kind::Transfer => "/ringback/transfer",
    };
    let id_in = |doc: &Value| {
        doc.pointer(pointer)
            .and_then(Value::as_str)
            .filter(|id| !id.is_empty())
            .map(str::to_string)
    };
    id_in(callflow).or_else(|| {
        let number = edgepbx_store::numbers::normalize(dialled);
        id_in(&*data.doc(account, "phone_numbers", &number)?)
    })
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
