//! One small file per callflow module. [`build`] maps a node's `module` name to the code
//! that runs it; unknown names return None and the interpreter skips the node.

mod collect_dtmf;
mod conference;
mod jump;
mod menu;
mod park;
mod pivot;
mod play;
pub mod ring;
mod ring_group;
mod simple;
mod temporal_route;
pub mod util;

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
        _ => return None,
    })
}
