//! The envelope KAZOO plays before each message unless the box has `skip_envelope`: when the
//! message was left, in the box's time zone (the box's `timezone`, else its owner's, else
//! the account's), and the caller's number.

use edgepbx_media::prompts::say;
use edgepbx_media::session::PlayItem;
use serde_json::{Map, Value};

use super::util::{bool_field, prompt, str_field};
use crate::flow::context::Cx;
use crate::temporal::tz;

/// "Received Thursday December third, two fifteen P M, from one zero zero four"; in German
/// "Empfangen Donnerstag, dritter Dezember, vierzehn Uhr fünfzehn, von eins null null vier".
pub fn envelope(cx: &Cx, vmbox: &Value, message: &Map<String, Value>) -> Vec<PlayItem> {
    if bool_field(vmbox, "skip_envelope") == Some(true) {
        return vec![];
    }
    let mut items = Vec::new();
    let gregorian = message
        .get("timestamp")
        .and_then(edgepbx_store::lenient::as_u64);
    let left = gregorian
        .and_then(|g| g.checked_sub(edgepbx_store::GREGORIAN_OFFSET))
        .and_then(|unix| tz::from_unix(unix as i64));
    if let Some(left) = left {
        let owner = str_field(vmbox, "owner_id").and_then(|id| cx.doc("users", id));
        let account = cx.data.account(&cx.call.account);
        let zone = tz::pick_zone([
            str_field(vmbox, "timezone"),
            owner.as_deref().and_then(|u| str_field(u, "timezone")),
            account.as_deref().and_then(|a| str_field(a, "timezone")),
        ]);
        let at = left.to_zoned(zone);
        let weekday = at.weekday().to_monday_zero_offset() as u32;
        items.push(prompt("vm_received"));
        let grammar = crate::flow::language::grammar(cx.data.as_ref(), &cx.call.language);
        let date = grammar.date(at.month() as u32, at.day() as u32, weekday);
        items.extend(date.into_iter().map(prompt));
        let time = grammar.time(at.hour() as u32, at.minute() as u32);
        items.extend(time.into_iter().map(prompt));
    }
    let number = message
        .get("caller_id_number")
        .and_then(Value::as_str)
        .filter(|n| n.chars().any(|c| c.is_ascii_digit()));
    if let Some(number) = number {
        items.push(prompt("vm_from"));
        items.extend(say::digits(number).into_iter().map(prompt));
    }
    items
}
