//! Who a user, a device or a number rings (kazoo.md §7.3): enabled devices only, DND
//! honoured (account, user or device), the caller's own devices left out, hot-desked
//! devices included, call forwarding (substitute or alongside, failover, direct calls
//! only, key press to accept, whose caller ID) applied, outside numbers sent to the
//! account's carriers (`resources`).

use edgepbx_store::lenient;
use std::sync::Arc;

use edgepbx_sip::engine::{
    Endpoint, Target, TrunkTarget, gateway_port, gateway_port_written, gateway_transport,
    gateway_transport_written,
};
use serde_json::Value;

use super::context::Cx;
use super::modules::util::{bool_field, num_field, str_field};

#[derive(Clone, Copy, Debug, Default)]
pub struct Options {
    pub can_call_self: bool,
    pub delay_secs: u32,
    pub timeout_secs: Option<u32>,
}

fn enabled(doc: &Value) -> bool {
    doc.get("enabled").and_then(lenient::as_bool) != Some(false)
}

fn dnd(doc: Option<&Value>) -> bool {
    doc.is_some_and(|d| {
        d.pointer("/do_not_disturb/enabled")
            .and_then(lenient::as_bool)
            == Some(true)
    })
}

/// The forward a user or device asks for (kazoo.md §7.3).
pub(super) struct Forward {
    number: String,
    substitute: bool,
    failover: bool,
    direct_calls_only: bool,
    /// The forward target must press 1 before it is connected.
    require_keypress: bool,
    /// The target sees the original caller's ID, else the forwarder's external one.
    keep_caller_id: bool,
    /// The forwarder's external caller ID (for `keep_caller_id: false`).
    own_caller_id: Option<(String, String)>,
}

/// A cell phone or landline device: a number to forward to, no phone of its own.
fn number_device(doc: &Value) -> bool {
    matches!(
        str_field(doc, "device_type"),
        Some("cellphone" | "landline")
    )
}

/// The forward a callee asks for, unless a ring group with `ignore_forward` rings it (a
/// cell phone or landline device is nothing but its forward: it still rings), or the
/// forwarding device's or user's own `call_restriction` denies the number's class.
fn forward_for(cx: &Cx, doc: Option<&Value>) -> Option<Forward> {
    let doc = doc?;
    if cx.call.ignore_forward && !number_device(doc) {
        return None;
    }
    let f = forward_of(Some(doc)).filter(|f| !(f.direct_calls_only && cx.call.via_ring_group))?;
    allowed_forward(cx, doc, f)
}

/// `f`, unless the forwarding device's or user's own `call_restriction` denies the class of
/// its number.
pub(super) fn allowed_forward(cx: &Cx, doc: &Value, f: Forward) -> Option<Forward> {
    let owner = str_field(doc, "owner_id").and_then(|o| cx.doc("users", o));
    let docs: Vec<&Value> = std::iter::once(doc).chain(owner.as_deref()).collect();
    if let Some(class) = super::restriction::denied_by(cx, &docs, &f.number) {
        tracing::info!(number = %f.number, %class, "call_restriction: the forwarder may not call this class of number");
        return None;
    }
    Some(f)
}

impl Forward {
    /// A forward to `number` with the options of `cf` (a `call_forward` object) on `doc`.
    pub(super) fn to(number: &str, cf: &Value, doc: &Value) -> Forward {
        Forward {
            number: number.to_string(),
            substitute: bool_field(cf, "substitute").unwrap_or(true),
            failover: bool_field(cf, "failover").unwrap_or(false),
            direct_calls_only: bool_field(cf, "direct_calls_only").unwrap_or(false),
            require_keypress: bool_field(cf, "require_keypress").unwrap_or(true),
            keep_caller_id: bool_field(cf, "keep_caller_id").unwrap_or(true),
            own_caller_id: external_caller_id(doc),
        }
    }
}

fn forward_of(doc: Option<&Value>) -> Option<Forward> {
    let doc = doc?;
    for (key, failover_only) in [("call_forward", false), ("call_failover", true)] {
        let Some(cf) = doc.get(key) else {
            continue;
        };
        if bool_field(cf, "enabled") != Some(true) {
            continue;
        }
        let Some(number) = str_field(cf, "number") else {
            continue;
        };
        let mut f = Forward::to(number, cf, doc);
        f.failover |= failover_only;
        return Some(f);
    }
    None
}

fn endpoint(target: Target, opts: Options) -> Endpoint {
    Endpoint {
        delay_secs: opts.delay_secs,
        timeout_secs: opts.timeout_secs,
        ..Endpoint::new(target)
    }
}

fn external_caller_id(doc: &Value) -> Option<(String, String)> {
    let number = doc.pointer("/caller_id/external/number")?.as_str()?;
    let name = doc
        .pointer("/caller_id/external/name")
        .and_then(Value::as_str)
        .unwrap_or(number);
    Some((name.to_string(), number.to_string()))
}

/// What a forward rings: its number's endpoints, asked to confirm and shown the
/// forwarder's caller ID as the forward says.
pub(super) fn forwarded(cx: &Cx, f: &Forward, opts: Options) -> Vec<Endpoint> {
    let mut out = for_number(cx, &f.number, opts);
    for e in &mut out {
        if f.require_keypress {
            e.confirm_key = Some('1');
        }
        if !f.keep_caller_id {
            e.caller_id = f.own_caller_id.clone();
        }
    }
    out
}

fn account_dnd(cx: &Cx) -> bool {
    dnd(cx.data.account(&cx.call.account).as_deref())
}

/// The devices that ring for a user: owned or hot-desked, enabled, not in DND.
pub fn for_user(cx: &Cx, user_id: &str, opts: Options) -> Vec<Endpoint> {
    let user = cx.doc("users", user_id);
    if user.as_deref().is_some_and(|u| !enabled(u)) || dnd(user.as_deref()) || account_dnd(cx) {
        return Vec::new();
    }
    if cx.call.caller.owner_id.as_deref() == Some(user_id) && !opts.can_call_self {
        // Calling yourself rings nothing (your other phones only with can_call_self).
        return Vec::new();
    }
    let devices = user_devices(cx, user_id);
    let forward = forward_for(cx, user.as_deref());
    let mut out = Vec::new();
    let mut reachable = false;
    for (id, device) in &devices {
        if !enabled(device) || dnd(Some(device)) || *id == cx.call.caller.device_id {
            continue;
        }
        // A device's own enabled forward wins over its user's.
        let forward = forward_for(cx, Some(device));
        if let Some(f) = &forward {
            out.extend(forwarded(cx, f, opts));
        }
        if forward.as_ref().is_some_and(|f| f.substitute) || number_device(device) {
            continue;
        }
        reachable |= cx.data.is_registered(&cx.call.account, id);
        out.push(endpoint(Target::Device(id.clone()), opts));
    }
    match forward {
        Some(f) if f.failover && !reachable => out = forwarded(cx, &f, opts),
        Some(f) if f.failover => {}
        Some(f) if f.substitute => out = forwarded(cx, &f, opts),
        Some(f) => out.extend(forwarded(cx, &f, opts)),
        None => {}
    }
    out
}

/// The devices a user owns or is hot-desked on.
pub fn user_devices(cx: &Cx, user_id: &str) -> Vec<(String, Arc<Value>)> {
    cx.data
        .docs(&cx.call.account, "devices")
        .into_iter()
        .filter(|(_, d)| {
            d.get("owner_id").and_then(Value::as_str) == Some(user_id)
                || d.pointer(&format!("/hotdesk/users/{user_id}")).is_some()
        })
        .collect()
}

/// One device (its own forward applied); nothing when disabled, in DND or the caller's.
pub fn for_device(cx: &Cx, device_id: &str, opts: Options) -> Vec<Endpoint> {
    let Some(device) = cx.doc("devices", device_id) else {
        return Vec::new();
    };
    if !enabled(&device) || dnd(Some(&device)) || account_dnd(cx) {
        return Vec::new();
    }
    if device_id == cx.call.caller.device_id && !opts.can_call_self {
        return Vec::new();
    }
    let owner = device
        .get("owner_id")
        .and_then(Value::as_str)
        .and_then(|o| cx.doc("users", o));
    if dnd(owner.as_deref()) {
        return Vec::new();
    }
    let forward = forward_for(cx, Some(&device));
    if forward.is_none() && number_device(&device) {
        return Vec::new();
    }
    match forward {
        Some(f) if f.failover && !cx.data.is_registered(&cx.call.account, device_id) => {
            forwarded(cx, &f, opts)
        }
        Some(f) if f.failover => vec![endpoint(Target::Device(device_id.into()), opts)],
        Some(f) if f.substitute => forwarded(cx, &f, opts),
        Some(f) => {
            let mut out = vec![endpoint(Target::Device(device_id.into()), opts)];
            out.extend(forwarded(cx, &f, opts));
            out
        }
        None => vec![endpoint(Target::Device(device_id.into()), opts)],
    }
}

/// A number to ring (a forward target): an internal extension whose callflow starts with
/// a user or device rings those devices; anything else goes out through a carrier.
pub fn for_number(cx: &Cx, number: &str, opts: Options) -> Vec<Endpoint> {
    if let Some((cf, _)) = cx.data.lookup(&cx.call.account, number) {
        let flow = cf.get("flow");
        let module = flow.and_then(|f| f.get("module")).and_then(Value::as_str);
        let id = flow
            .and_then(|f| f.pointer("/data/id"))
            .and_then(Value::as_str);
        let internal = cf
            .get("numbers")
            .and_then(Value::as_array)
            .is_some_and(|n| n.iter().any(|x| x.as_str() == Some(number)));
        match (module, id) {
            (Some("user"), Some(id)) if internal => return for_user(cx, id, opts),
            (Some("device"), Some(id)) if internal => return for_device(cx, id, opts),
            _ => {}
        }
    }
    if let Some(class) = super::restriction::barred_by_accounts(cx, number) {
        tracing::info!(%number, %class, "call_restriction: the account may not forward to this class of number");
        return Vec::new();
    }
    trunk(cx, number, opts).into_iter().collect()
}

/// The first enabled carrier gateway that takes `number` (see [`trunks`]).
pub fn trunk(cx: &Cx, number: &str, opts: Options) -> Option<Endpoint> {
    trunks(cx, number, opts).into_iter().next()
}

/// The number a carrier's rules accept `number` as: the first rule that matches, sending
/// its first capture group when it has one (KAZOO strips with captures, e.g.
/// `^\+?1?(\d{10})$`), else the number as it is. None when no rule accepts it; a carrier
/// without rules takes everything.
fn accepted_number(id: &str, resource: &Value, number: &str) -> Option<String> {
    let rules: Vec<&str> = resource
        .get("rules")
        .and_then(Value::as_array)
        .map(|r| r.iter().filter_map(Value::as_str).collect())
        .unwrap_or_default();
    if rules.is_empty() {
        return Some(number.to_string());
    }
    rules.iter().find_map(|r| match regex_lite::Regex::new(r) {
        Ok(re) => re.captures(number).map(|c| {
            c.get(1)
                .map_or_else(|| number.to_string(), |m| m.as_str().to_string())
        }),
        Err(e) => {
            tracing::warn!(resource = %id, rule = %r, "carrier rule is not a valid regex: {e}");
            None
        }
    })
}

/// Every enabled gateway of every enabled carrier (`resources` document) whose rules accept
/// `number`, cheapest `weight_cost` first: the order calls out fail over in.
pub fn trunks(cx: &Cx, number: &str, opts: Options) -> Vec<Endpoint> {
    let mut resources = cx.data.docs(&cx.call.account, "resources");
    resources.sort_by_key(|(_, r)| num_field(r, "weight_cost").unwrap_or(50));
    let mut out = Vec::new();
    for (id, resource) in resources {
        if !enabled(&resource) {
            continue;
        }
        let Some(number) = accepted_number(&id, &resource, number) else {
            continue;
        };
        let number = number.as_str();
        let gateways = resource.get("gateways").and_then(Value::as_array);
        for gw in gateways.into_iter().flatten().filter(|g| enabled(g)) {
            let Some(server) = str_field(gw, "server") else {
                continue;
            };
            let located = if gateway_port_written(gw) {
                None
            } else {
                cx.data.locate(server, gateway_transport_written(gw))
            };
            // SRV servers in failover order, else the host's (or literal) address.
            let (transport, proxies) = match located {
                Some(found) => found,
                None => match cx.data.resolve(server, gateway_port(gw)) {
                    Some(proxy) => (gateway_transport(gw), vec![proxy]),
                    None => {
                        tracing::warn!(resource = %id, server, "carrier gateway address does not resolve");
                        continue;
                    }
                },
            };
            let user = format!(
                "{}{}{}",
                str_field(gw, "prefix").unwrap_or(""),
                number,
                str_field(gw, "suffix").unwrap_or("")
            );
            for proxy in proxies {
                out.push(endpoint(
                    Target::Trunk(TrunkTarget {
                        uri: match transport.uri_param() {
                            Some(t) => format!("sip:{user}@{server};transport={t}"),
                            None => format!("sip:{user}@{server}"),
                        },
                        proxy,
                        transport,
                        username: str_field(gw, "username").map(str::to_string),
                        password: str_field(gw, "password").map(str::to_string),
                        srtp: edgepbx_sip::sdes::SrtpPolicy::from_doc(gw),
                    }),
                    opts,
                ));
            }
        }
    }
    if out.is_empty() {
        tracing::info!(account = %cx.call.account, number, "no carrier accepts this number");
    }
    out
}

/// The caller ID to present (kazoo.md §7.3): account < device < user (the device wins when
/// the account sets `prefer_device_caller_id`), `internal` or `external`; then the flow's
/// override and prepend prefixes.
pub fn caller_id(cx: &Cx, kind: &str) -> (String, String) {
    let pick = |doc: Option<&Value>, field: &str| {
        doc.and_then(|d| d.pointer(&format!("/caller_id/{kind}/{field}")))
            .and_then(Value::as_str)
            .filter(|s| !s.is_empty())
            .map(str::to_string)
    };
    let account = cx.data.account(&cx.call.account);
    let device = cx.caller_device();
    let user = cx.caller_user().map(|(_, u)| u);
    let prefer_device = account
        .as_deref()
        .and_then(|a| a.get("prefer_device_caller_id"))
        .and_then(lenient::as_bool)
        == Some(true);
    let order: [Option<&Value>; 3] = if prefer_device {
        [device.as_deref(), user.as_deref(), account.as_deref()]
    } else {
        [user.as_deref(), device.as_deref(), account.as_deref()]
    };
    let first = |field: &str| order.iter().find_map(|d| pick(*d, field));
    let (mut name, mut number) = match &cx.call.caller_id {
        Some(cid) => cid.clone(),
        None => (
            first("name").unwrap_or_else(|| cx.call.caller.name.clone()),
            first("number").unwrap_or_else(|| cx.call.caller.number.clone()),
        ),
    };
    name.insert_str(0, &cx.call.cid_name_prefix);
    number.insert_str(0, &cx.call.cid_number_prefix);
    (name, number)
}
