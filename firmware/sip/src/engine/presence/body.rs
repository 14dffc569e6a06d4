//! NOTIFY bodies: a line's state as RFC 4235 dialog-info (what desk phones' BLF keys read)
//! or RFC 3863 PIDF with an RPID activity (softphones' buddy lists), and a voicemail box's
//! counts as an RFC 3842 message summary (the message waiting lamp).

use std::fmt::Write;

use super::super::{LineState, MessageCounts};

/// What a subscriber is shown: a line (dialog, presence) or a mailbox (message-summary).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Watched {
    Line(LineState),
    Messages(MessageCounts),
}

/// The event packages the box serves.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Package {
    Dialog,
    Presence,
    MessageSummary,
}

impl Package {
    pub fn parse(name: &str) -> Option<Package> {
        match name.trim().to_ascii_lowercase().as_str() {
            "dialog" => Some(Package::Dialog),
            "presence" => Some(Package::Presence),
            "message-summary" => Some(Package::MessageSummary),
            _ => None,
        }
    }

    pub fn name(self) -> &'static str {
        match self {
            Package::Dialog => "dialog",
            Package::Presence => "presence",
            Package::MessageSummary => "message-summary",
        }
    }

    pub fn content_type(self) -> &'static str {
        match self {
            Package::Dialog => "application/dialog-info+xml",
            Package::Presence => "application/pidf+xml",
            Package::MessageSummary => "application/simple-message-summary",
        }
    }

    /// Whether a SUBSCRIBE's Accept header (None: absent, which means our type) takes
    /// this package's body.
    pub fn accepted_by(self, accept: Option<&str>) -> bool {
        let Some(accept) = accept else { return true };
        accept.split(',').any(|t| {
            let t = t.split(';').next().unwrap_or("").trim();
            t.eq_ignore_ascii_case(self.content_type())
                || t == "*/*"
                || t.eq_ignore_ascii_case("application/*")
        })
    }
}

/// The body for `entity` (a `sip:` URI) in `state`; `version` grows with every NOTIFY of
/// the subscription (RFC 4235 §4.1).
pub fn render(package: Package, entity: &str, id: &str, shown: Watched, version: u32) -> String {
    let state = match shown {
        Watched::Messages(counts) => return message_summary(entity, counts),
        Watched::Line(state) => state,
    };
    let entity = xml_escape(entity);
    let id = xml_escape(id);
    match package {
        Package::Dialog => dialog_info(&entity, &id, state, version),
        Package::Presence | Package::MessageSummary => pidf(&entity, &id, state),
    }
}

/// RFC 3842 §5.2 (no urgent messages: the box has no urgency).
fn message_summary(account: &str, counts: MessageCounts) -> String {
    let waiting = if counts.new > 0 { "yes" } else { "no" };
    let account: String = account.chars().filter(|c| !c.is_control()).collect();
    format!(
        "Messages-Waiting: {waiting}\r\nMessage-Account: {account}\r\nVoice-Message: {}/{} (0/0)\r\n",
        counts.new, counts.old
    )
}

fn dialog_info(entity: &str, id: &str, state: LineState, version: u32) -> String {
    let mut xml = format!(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n\
<dialog-info xmlns=\"urn:ietf:params:xml:ns:dialog-info\" version=\"{version}\" state=\"full\" entity=\"{entity}\">\n"
    );
    let dialog = match state {
        LineState::Idle => None,
        // A ringing line is being called: "recipient" is what lets phones offer pickup.
        LineState::Ringing => Some(("recipient", "early")),
        LineState::Busy => Some(("initiator", "confirmed")),
    };
    if let Some((direction, state)) = dialog {
        let _ = writeln!(
            xml,
            "<dialog id=\"{id}\" direction=\"{direction}\"><state>{state}</state></dialog>"
        );
    }
    xml.push_str("</dialog-info>\n");
    xml
}

fn pidf(entity: &str, id: &str, state: LineState) -> String {
    let (activity, note) = match state {
        LineState::Idle => (None, "Available"),
        LineState::Ringing => (Some("<rpid:on-the-phone/>"), "Ringing"),
        LineState::Busy => (Some("<rpid:on-the-phone/>"), "On the phone"),
    };
    let person = activity
        .map(|a| {
            format!("<dm:person id=\"p-{id}\"><rpid:activities>{a}</rpid:activities></dm:person>\n")
        })
        .unwrap_or_default();
    format!(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n\
<presence xmlns=\"urn:ietf:params:xml:ns:pidf\" xmlns:dm=\"urn:ietf:params:xml:ns:pidf:data-model\" \
xmlns:rpid=\"urn:ietf:params:xml:ns:pidf:rpid\" entity=\"{entity}\">\n\
<tuple id=\"t-{id}\"><status><basic>open</basic></status><note>{note}</note></tuple>\n\
{person}</presence>\n"
    )
}

/// Presence ids are free text (`manual_presence` takes any string): keep them from
/// breaking the XML.
fn xml_escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&apos;"),
            c if c.is_control() => {}
            c => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dialog_info_shows_ringing_as_an_early_incoming_dialog() {
        let xml = render(
            Package::Dialog,
            "sip:1001@pbx.test",
            "1001",
            Watched::Line(LineState::Ringing),
            3,
        );
        assert!(xml.contains("version=\"3\" state=\"full\" entity=\"sip:1001@pbx.test\""));
        assert!(xml.contains("direction=\"recipient\"><state>early</state>"));
        let idle = render(
            Package::Dialog,
            "sip:1001@pbx.test",
            "1001",
            Watched::Line(LineState::Idle),
            4,
        );
        assert!(
            !idle.contains("<dialog "),
            "an idle line has no dialog: {idle}"
        );
    }

    #[test]
    fn pidf_says_on_the_phone_when_busy() {
        let xml = render(
            Package::Presence,
            "sip:1001@pbx.test",
            "1001",
            Watched::Line(LineState::Busy),
            1,
        );
        assert!(xml.contains("<basic>open</basic></status><note>On the phone</note>"));
        assert!(xml.contains("<rpid:on-the-phone/>"));
    }

    #[test]
    fn presence_ids_cannot_break_the_xml() {
        let xml = render(
            Package::Dialog,
            "sip:a\"<b>&@x",
            "a\"<b>&\r\n",
            Watched::Line(LineState::Busy),
            1,
        );
        assert!(xml.contains("entity=\"sip:a&quot;&lt;b&gt;&amp;@x\""));
        assert!(xml.contains("id=\"a&quot;&lt;b&gt;&amp;\""));
    }

    #[test]
    fn message_summary_follows_rfc_3842() {
        let counts = MessageCounts { new: 2, old: 8 };
        let body = render(
            Package::MessageSummary,
            "sip:700@pbx.test",
            "700",
            Watched::Messages(counts),
            1,
        );
        assert_eq!(
            body,
            "Messages-Waiting: yes\r\nMessage-Account: sip:700@pbx.test\r\nVoice-Message: 2/8 (0/0)\r\n"
        );
        let none = Watched::Messages(MessageCounts { new: 0, old: 3 });
        let body = render(Package::MessageSummary, "sip:700@x\r\n", "700", none, 2);
        assert!(body.starts_with("Messages-Waiting: no\r\nMessage-Account: sip:700@x\r\n"));
    }

    #[test]
    fn accept_header_is_honoured() {
        assert!(Package::Dialog.accepted_by(None));
        assert!(Package::Dialog.accepted_by(Some("application/dialog-info+xml")));
        assert!(Package::Dialog.accepted_by(Some("text/plain, */*")));
        assert!(!Package::Dialog.accepted_by(Some("application/pidf+xml")));
        assert_eq!(Package::parse(" Dialog"), Some(Package::Dialog));
        assert_eq!(
            Package::parse("message-summary"),
            Some(Package::MessageSummary)
        );
        assert_eq!(Package::parse("conference"), None);
    }
}
