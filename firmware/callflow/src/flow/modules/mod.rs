//! One small file per callflow module. [`build`] maps a node's `module` name to the code
//! that runs it; unknown names return None and the interpreter skips the node.

mod branch_variable;
mod call_forward;
mod call_recording;
mod check_cid;
mod collect_dtmf;
mod conference;
mod directory;
mod disa;
mod do_not_disturb;
mod dynamic_cid;
mod hooks;
mod hotdesk;
mod intercom;
mod jump;
mod menu;
mod move_call;
mod offnet;
mod page_group;
mod park;
mod pickup;
mod pivot;
mod play;
mod privacy;
pub mod ring;
mod ring_group;
mod ring_group_toggle;
mod simple;
mod temporal_route;
pub mod util;
mod vm_callback;
mod vm_check;
mod vm_envelope;
mod vm_forward;
mod vm_lockout;
mod vm_pin;
mod vm_review;
mod vm_settings;
mod voicemail;

#[cfg(test)]
mod tests_dialling;
#[cfg(test)]
mod tests_features;
#[cfg(test)]
mod tests_hooks;
#[cfg(test)]
mod tests_in_call;
#[cfg(test)]
mod tests_language;
#[cfg(test)]
mod tests_missed_call;
#[cfg(test)]
mod tests_move;
#[cfg(test)]
mod tests_tts;
#[cfg(test)]
mod tests_vm_envelope;
#[cfg(test)]
mod tests_vm_review;
#[cfg(test)]
mod tests_vm_settings;
#[cfg(test)]
mod tests_voicemail;
#[cfg(test)]
mod testutil;

use serde_json::Value;

use super::step::Module;

pub fn build(name: &str, data: &Value) -> Option<Box<dyn Module>> {
    Some(match name {
        "user" => Box::new(ring::Ring::user(data)),
        "device" => Box::new(ring::Ring::device(data)),
        "ring_group" => Box::new(ring_group::RingGroup::new(data)),
        "callflow" => Box::new(jump::Jump::new(data)),
        "menu" => Box::new(menu::Menu::new(data)),
        "temporal_route" => Box::new(temporal_route::TemporalRoute::new(data)),
        "play" => Box::new(play::Play::media(data)),
        "tts" => Box::new(play::Play::tts(data)),
        "collect_dtmf" => Box::new(collect_dtmf::CollectDtmf::new(data)),
        "response" => Box::new(simple::Simple::new("response", data)),
        "sleep" => Box::new(simple::Simple::new("sleep", data)),
        "language" => Box::new(simple::Simple::new("language", data)),
        "set_variable" => Box::new(simple::Simple::new("set_variable", data)),
        "set_cav" => Box::new(simple::Simple::new("set_cav", data)),
        "set_variables" => Box::new(simple::Simple::new("set_variables", data)),
        "prepend_cid" => Box::new(simple::Simple::new("prepend_cid", data)),
        "set_alert_info" => Box::new(simple::Simple::new("set_alert_info", data)),
        "set_cid" => Box::new(simple::Simple::new("set_cid", data)),
        "park" => Box::new(park::Park::new(data)),
        "conference" => Box::new(conference::Conference::new(data)),
        "pivot" => Box::new(pivot::Http::pivot(data)),
        "webhook" => Box::new(pivot::Http::webhook(data)),
        "voicemail" => Box::new(voicemail::Voicemail::new(data)),
        "call_forward" => Box::new(call_forward::CallForward::new(data)),
        "do_not_disturb" => Box::new(do_not_disturb::DoNotDisturb::new(data)),
        "hotdesk" => Box::new(hotdesk::Hotdesk::new(data)),
        "ring_group_toggle" => Box::new(ring_group_toggle::RingGroupToggle::new(data)),
        "intercom" => Box::new(intercom::Intercom::new(data)),
        "page_group" => Box::new(page_group::PageGroup::new(data)),
        "privacy" => Box::new(privacy::Privacy::new(data)),
        "dynamic_cid" => Box::new(dynamic_cid::DynamicCid::new(data)),
        "directory" => Box::new(directory::Directory::new(data)),
        "disa" => Box::new(disa::Disa::new(data)),
        "offnet" | "resources" => Box::new(offnet::Offnet::new(data)),
        "check_cid" => Box::new(check_cid::CheckCid::new(data)),
        "branch_variable" => Box::new(branch_variable::BranchVariable::new(data)),
        "missed_call_alert" => Box::new(hooks::Hook::new("missed_call_alert", data)),
        "manual_presence" => Box::new(hooks::Hook::new("manual_presence", data)),
        "record_call" => Box::new(call_recording::RecordCallModule::new(data)),
        "receive_fax" => Box::new(hooks::Hook::new("receive_fax", data)),
        "faxbox" => Box::new(hooks::Hook::new("faxbox", data)),
        "group_pickup" => Box::new(pickup::Pickup::new(data, false)),
        "group_pickup_feature" => Box::new(pickup::Pickup::new(data, true)),
        "move" => Box::new(move_call::Move::default()),
        _ => return None,
    })
}
