//! A phone fetching its provisioning files (plain HTTP, or HTTPS through curl as a phone's
//! bootstrap trusts the box), and parsers for the vendors' formats.

use std::collections::HashMap;
use std::process::Command;

use super::{Pbx, Resp};

/// A GET as a phone sends it over plain HTTP.
pub fn fetch_http(pbx: &Pbx, file: &str, ua: &str) -> Resp {
    pbx.client().request(
        "GET",
        &format!("/provision/{file}"),
        &[("User-Agent", ua)],
        None,
    )
}

/// [`fetch_http`] from another loopback address (each bad request counts against its source).
pub fn fetch_from(pbx: &Pbx, src: &str, file: &str, ua: &str) -> Resp {
    fetch_from_with(pbx, src, file, ua, &[])
}

/// [`fetch_from`] with more headers.
pub fn fetch_from_with(
    pbx: &Pbx,
    src: &str,
    file: &str,
    ua: &str,
    headers: &[(&str, &str)],
) -> Resp {
    let mut c = pbx.client();
    c.source = Some(src.parse().unwrap());
    let mut all = vec![("User-Agent", ua)];
    all.extend_from_slice(headers);
    c.request("GET", &format!("/provision/{file}"), &all, None)
}

/// The same over HTTPS (the box's self-signed certificate, as a phone's bootstrap trusts it).
pub fn fetch_https(pbx: &Pbx, file: &str, ua: &str) -> (u16, String) {
    fetch_https_with(pbx, file, ua, &[])
}

/// [`fetch_https`] with more curl arguments (`--digest -u user:password`, `-D -` ...).
pub fn fetch_https_with(pbx: &Pbx, file: &str, ua: &str, args: &[&str]) -> (u16, String) {
    let addr = pbx.https.expect("https on");
    let out = Command::new("curl")
        .args(["-sk", "-A", ua, "-w", "\n%{http_code}"])
        .args(args)
        .arg(format!("https://{addr}/provision/{file}"))
        .output()
        .expect("curl");
    let text = String::from_utf8_lossy(&out.stdout).into_owned();
    let (body, code) = text.rsplit_once('\n').expect("status line");
    (code.trim().parse().unwrap_or(0), body.to_string())
}

/// Yealink and Fanvil: `key = value` lines after the version header.
pub fn key_values(body: &str) -> HashMap<String, String> {
    body.lines()
        .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
        .filter_map(|l| l.split_once('='))
        .map(|(k, v)| (k.trim().to_string(), v.trim().to_string()))
        .collect()
}

/// XML formats: every attribute (`name` -> value) and every element's text (`tag` -> text),
/// and fails on malformed XML.
pub fn xml(body: &str) -> HashMap<String, String> {
    use quick_xml::events::Event;
    let mut reader = quick_xml::Reader::from_str(body);
    let mut out = HashMap::new();
    // (key, text so far) per open element; text may come in pieces around entities.
    let mut stack: Vec<(String, String)> = Vec::new();
    loop {
        match reader.read_event().expect("well-formed XML") {
            Event::Start(e) | Event::Empty(e) => {
                let tag = String::from_utf8_lossy(e.name().as_ref()).into_owned();
                let mut key = tag;
                for a in e.attributes() {
                    let a = a.expect("attribute");
                    let k = String::from_utf8_lossy(a.key.as_ref()).into_owned();
                    let v = a.unescape_value().expect("value").into_owned();
                    if k == "idx" {
                        key = format!("{key}#{v}");
                    }
                    out.insert(k, v);
                }
                // An empty element (`<x/>`) has no end event: nothing to collect.
                if !body[..usize::try_from(reader.buffer_position()).unwrap_or(0)].ends_with("/>") {
                    stack.push((key, String::new()));
                }
            }
            Event::End(_) => {
                if let Some((key, text)) = stack.pop()
                    && !text.trim().is_empty()
                {
                    out.insert(key, text);
                }
            }
            Event::Text(t) => {
                if let Some((_, text)) = stack.last_mut() {
                    text.push_str(&t.decode().expect("text"));
                }
            }
            Event::GeneralRef(r) => {
                if let Some((_, text)) = stack.last_mut() {
                    match r.resolve_char_ref().expect("character reference") {
                        Some(c) => text.push(c),
                        None => text.push_str(match r.as_ref() {
                            b"lt" => "<",
                            b"gt" => ">",
                            b"amp" => "&",
                            b"quot" => "\"",
                            b"apos" => "'",
                            other => panic!("unknown entity {:?}", String::from_utf8_lossy(other)),
                        }),
                    }
                }
            }
            Event::Eof => break,
            _ => {}
        }
    }
    out
}

/// Every leaf element of an XML document in order, as (tag, text); fails on malformed XML.
pub fn xml_leaves(body: &str) -> Vec<(String, String)> {
    use quick_xml::events::Event;
    let mut reader = quick_xml::Reader::from_str(body);
    let mut open: Vec<(String, String)> = Vec::new();
    let mut out = Vec::new();
    loop {
        match reader.read_event().expect("well-formed XML") {
            Event::Start(e) => open.push((
                String::from_utf8_lossy(e.name().as_ref()).into_owned(),
                String::new(),
            )),
            Event::Text(t) => {
                if let Some((_, text)) = open.last_mut() {
                    text.push_str(&t.decode().expect("text"));
                }
            }
            Event::GeneralRef(r) => {
                if let Some((_, text)) = open.last_mut() {
                    text.push_str(match r.as_ref() {
                        b"lt" => "<",
                        b"gt" => ">",
                        b"amp" => "&",
                        other => panic!("entity {:?}", String::from_utf8_lossy(other)),
                    });
                }
            }
            Event::End(_) => {
                let (tag, text) = open.pop().expect("balanced");
                if !text.trim().is_empty() {
                    out.push((tag, text));
                }
            }
            Event::Eof => break,
            _ => {}
        }
    }
    out
}
