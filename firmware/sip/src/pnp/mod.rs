//! SIP plug-and-play (RFC 6080 `ua-profile`), sans-IO: a factory-new phone multicasts
//! `SUBSCRIBE sip:MAC<mac>@224.0.1.75` with `Event: ua-profile;profile-type="device";
//! vendor=...;model=...`; the box answers 200 (with a To-tag, `Expires: 0`) and then an
//! in-dialog `NOTIFY` (own Via, From/To swapped, new CSeq) to the SUBSCRIBE's Contact,
//! whose `application/url` body is where the phone fetches its configuration. Datagram and
//! source in; bytes and destinations out. The per-source rate limit is in [`limit`].

pub mod limit;

use std::net::{IpAddr, SocketAddr};

use crate::message::{self, HeaderName, Message, Method, NameAddr, writer::Writer};

/// A ua-profile SUBSCRIBE the box answers.
#[derive(Debug)]
pub struct Subscribe {
    msg: Message,
    source: SocketAddr,
    /// 12 lowercase hex digits.
    pub mac: String,
    pub vendor: Option<String>,
    pub model: Option<String>,
}

/// The two datagrams of an answer and where each goes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Answer {
    pub ok: Vec<u8>,
    pub ok_to: SocketAddr,
    pub notify: Vec<u8>,
    pub notify_to: SocketAddr,
}

/// What to do with a datagram that is not a SUBSCRIBE the box answers.
#[derive(Debug, PartialEq, Eq)]
pub enum Refusal {
    /// Not worth a word on a multicast group (not SIP, not a SUBSCRIBE, a response, in-dialog).
    Ignore,
    /// A SUBSCRIBE the box cannot serve: this error response goes back to the sender.
    Reply { bytes: Vec<u8>, to: SocketAddr },
}

fn unquote(v: &str) -> &str {
    v.trim().trim_matches('"')
}

/// Where a response to this request goes (RFC 3261 §18.2.2 and RFC 3581): the source
/// address, at the source port when the Via asks for `rport`, else the Via's port.
fn response_target(msg: &Message, source: SocketAddr) -> SocketAddr {
    let port = match msg.top_via() {
        Some(via) if message::params_iter(via.params).any(|(n, _)| n == "rport") => source.port(),
        Some(via) => via.port.unwrap_or(5060),
        None => source.port(),
    };
    SocketAddr::new(source.ip(), port)
}

/// The MAC a phone names as `MAC<12 hex digits>` (or bare) in the request URI's user part,
/// or failing that in the From user part.
fn mac_of(msg: &Message) -> Option<String> {
    let from_user = |user: Option<String>| {
        let user = user?;
        let hex = user
            .strip_prefix("MAC")
            .or_else(|| user.strip_prefix("mac"))
            .unwrap_or(&user);
        (hex.len() == 12 && hex.bytes().all(|b| b.is_ascii_hexdigit()))
            .then(|| hex.to_ascii_lowercase())
    };
    from_user(msg.uri().and_then(|u| u.user_unescaped()))
        .or_else(|| from_user(msg.from().and_then(|f| f.uri.user_unescaped())))
}

/// Reads one datagram received on the PnP group.
pub fn read(datagram: &[u8], source: SocketAddr) -> Result<Subscribe, Refusal> {
    let msg = message::parse(datagram).map_err(|_| Refusal::Ignore)?;
    if msg.method() != Some(Method::Subscribe) || msg.to().is_none_or(|t| t.tag().is_some()) {
        return Err(Refusal::Ignore);
    }
    if msg.from().is_none() || msg.cseq().is_none() || msg.top_via().is_none() {
        return Err(Refusal::Ignore);
    }
    let refuse = |code: u16, reason: &str| Refusal::Reply {
        bytes: Writer::response_to(&msg, code, reason, None).finish(None, b""),
        to: response_target(&msg, source),
    };
    let event = msg.header(HeaderName::Event).unwrap_or("");
    let (package, params) = event.split_once(';').unwrap_or((event, ""));
    let profile = message::param(params, "profile-type").map(unquote);
    if !package.trim().eq_ignore_ascii_case("ua-profile") || profile != Some("device") {
        return Err(refuse(
            489,
            "Bad Event (only ua-profile, profile-type device)",
        ));
    }
    let Some(mac) = mac_of(&msg) else {
        return Err(refuse(
            400,
            "No MAC in the request URI (sip:MAC<12 hex digits>@...)",
        ));
    };
    let text = |name| {
        message::param(params, name)
            .map(unquote)
            .filter(|v| !v.is_empty() && v.len() <= 64)
            .map(str::to_string)
    };
    Ok(Subscribe {
        vendor: text("vendor"),
        model: text("model"),
        mac,
        source,
        msg,
    })
}

impl Subscribe {
    /// The 200 and the NOTIFY carrying `url`. `me` is the box's address as the phone reaches
    /// it (the socket the answer is sent from); `nonce` is random text for the tag and branch.
    pub fn answer(&self, me: SocketAddr, url: &str, nonce: &str) -> Answer {
        let msg = &self.msg;
        let tag = format!("pnp{}", &nonce[..nonce.len().min(16)]);
        let mut ok = Writer::response_to(msg, 200, "OK", Some(&tag));
        ok.header("Contact", format_args!("<sip:{me}>"));
        ok.header("Expires", 0);
        let ok = ok.finish(None, b"");

        let contact = msg.contacts().next();
        let notify_to = contact
            .and_then(|c| {
                let host = c.uri.host.trim_start_matches('[').trim_end_matches(']');
                let ip: IpAddr = host.parse().ok()?;
                Some(SocketAddr::new(ip, c.uri.port.unwrap_or(5060)))
            })
            .unwrap_or_else(|| response_target(msg, self.source));
        let target = contact.map_or_else(
            || format!("sip:{notify_to}"),
            |c: NameAddr| c.uri_text.to_string(),
        );
        let to_value = msg.header(HeaderName::To).unwrap_or_default();
        let from_value = msg.header(HeaderName::From).unwrap_or_default();
        let mut n = Writer::request("NOTIFY", &target);
        n.header(
            "Via",
            format_args!("SIP/2.0/UDP {me};branch=z9hG4bK{nonce};rport"),
        );
        n.header("Max-Forwards", 70);
        n.header("From", format_args!("{to_value};tag={tag}"));
        n.header("To", from_value);
        n.header("Call-ID", msg.call_id());
        n.header("CSeq", "1 NOTIFY");
        n.header("Contact", format_args!("<sip:{me}>"));
        n.header("Event", msg.header(HeaderName::Event).unwrap_or_default());
        n.header("Subscription-State", "terminated;reason=timeout");
        let notify = n.finish(Some("application/url"), url.as_bytes());
        Answer {
            ok,
            ok_to: response_target(msg, self.source),
            notify,
            notify_to,
        }
    }
}

#[cfg(test)]
mod tests;
