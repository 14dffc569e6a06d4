//! A notice as an email: who it goes to, subject and plain-text body (and a voicemail's
//! audio attached), times in the account's time zone.

use edgepbx_callflow::flow::Notice;
use edgepbx_store::Store;
use lettre::Message;
use lettre::message::MessageBuilder;
use lettre::message::header::ContentType;
use lettre::message::{Attachment, Mailbox, MultiPart};
use serde_json::Value;

use super::relay::SendError;

pub fn kind(notice: &Notice) -> &'static str {
    match notice {
        Notice::MissedCall { .. } => "missed_call",
        Notice::Voicemail(_) => "voicemail_to_email",
        Notice::TrunkDown(_) => "trunk_down",
    }
}

/// The account's name and time zone (what the texts say and their times are in).
fn office_and_zone(store: &Store, account: &str) -> (String, String) {
    let doc = store
        .get(edgepbx_store::GLOBAL, "accounts", account)
        .ok()
        .flatten();
    let field = |f: &str| {
        doc.as_ref()
            .and_then(|d| d.get(f).and_then(Value::as_str).map(str::to_string))
    };
    (
        field("name").unwrap_or_else(|| "the office".into()),
        field("timezone").unwrap_or_else(|| "UTC".into()),
    )
}

/// Recipients and subject, for the smtp log.
pub fn summary(store: &Store, account: &str, notice: &Notice) -> (Vec<String>, String) {
    match text(store, account, notice) {
        Ok((to, mail)) => (to, mail.subject),
        Err(_) => (recipients(notice).to_vec(), String::new()),
    }
}

pub fn message(
    store: &Store,
    account: &str,
    notice: &Notice,
    from: &str,
) -> Result<Message, SendError> {
    let (_, zone) = office_and_zone(store, account);
    let (to, mail) = text(store, account, notice)?;
    let bad = |what: &str, e: &dyn std::fmt::Display| SendError::Permanent(format!("{what}: {e}"));
    let builder = addressed(from, &to, mail.subject)?;
    let body = MultiPart::alternative_plain_html(mail.text, mail.html);
    let audio = match notice {
        Notice::Voicemail(n) => match super::voicemail::audio(store, account, n) {
            Some(wav) => Some((super::voicemail::file_name(n, &zone), wav)),
            None => {
                tracing::warn!(%account, media_id = %n.media_id, "voicemail audio missing: mailed without it");
                None
            }
        },
        Notice::MissedCall { .. } | Notice::TrunkDown(_) => None,
    };
    match audio {
        None => builder.multipart(body).map_err(|e| bad("message", &e)),
        Some((name, wav)) => {
            let wav_type = ContentType::parse("audio/x-wav").map_err(|e| bad("type", &e))?;
            builder
                .multipart(
                    MultiPart::mixed()
                        .multipart(body)
                        .singlepart(Attachment::new(name).body(wav, wav_type)),
                )
                .map_err(|e| bad("message", &e))
        }
    }
}

fn addressed(from: &str, to: &[String], subject: String) -> Result<MessageBuilder, SendError> {
    let bad = |what: &str, e: &dyn std::fmt::Display| SendError::Permanent(format!("{what}: {e}"));
    let mut builder = Message::builder()
        .from(from.parse::<Mailbox>().map_err(|e| bad("from", &e))?)
        .subject(subject);
    for address in to {
        builder = builder.to(address.parse::<Mailbox>().map_err(|e| bad("to", &e))?);
    }
    Ok(builder)
}

/// A mail rendered already (a notification preview), as text and HTML.
pub fn prepared(
    from: &str,
    to: &[String],
    mail: edgepbx_api::notify::Rendered,
) -> Result<Message, SendError> {
    addressed(from, to, mail.subject)?
        .multipart(MultiPart::alternative_plain_html(mail.text, mail.html))
        .map_err(|e| SendError::Permanent(format!("message: {e}")))
}

fn recipients(notice: &Notice) -> &[String] {
    match notice {
        Notice::MissedCall { to, .. } => to,
        Notice::Voicemail(n) => &n.to,
        Notice::TrunkDown(n) => &n.to,
    }
}

/// Recipients and the mail rendered from the account's templates (the built-in ones where
/// it has none). A notification the account turned off (`enabled: false`) is not sent.
fn text(
    store: &Store,
    account: &str,
    notice: &Notice,
) -> Result<(Vec<String>, edgepbx_api::notify::Rendered), SendError> {
    let (office, zone) = office_and_zone(store, account);
    let id = kind(notice);
    let stored = store
        .get(account, edgepbx_api::notify::KIND, id)
        .ok()
        .flatten();
    if !edgepbx_api::notifications::is_enabled(stored.as_deref()) {
        return Err(SendError::Permanent(format!(
            "the account turned the {id} notification off"
        )));
    }
    let ctx = context(notice, &office, &zone);
    let language = language(store, account, notice);
    let mail = edgepbx_api::notify::render_in(id, stored.as_deref(), language.as_deref(), &ctx)
        .map_err(SendError::Permanent)?;
    Ok((recipients(notice).to_vec(), mail))
}

/// The language a notice is written in: a voicemail box's `language`, else its owner's,
/// else the account's (as the box's prompts; `notifications?language=` sets its templates).
fn language(store: &Store, account: &str, notice: &Notice) -> Option<String> {
    let text = |d: &Value, k: &str| {
        d.get(k)
            .and_then(Value::as_str)
            .map(str::to_ascii_lowercase)
    };
    if let Notice::Voicemail(n) = notice
        && let Some(vmbox) = store.get(account, "vmboxes", &n.vmbox_id).ok().flatten()
    {
        let owner =
            text(&vmbox, "owner_id").and_then(|o| store.get(account, "users", &o).ok().flatten());
        if let Some(l) =
            text(&vmbox, "language").or_else(|| owner.and_then(|u| text(&u, "language")))
        {
            return Some(l);
        }
    }
    let doc = store
        .get(edgepbx_store::GLOBAL, "accounts", account)
        .ok()
        .flatten()?;
    text(&doc, "language")
}

/// The template macros of a notice.
fn context(notice: &Notice, office: &str, zone: &str) -> Value {
    match notice {
        Notice::MissedCall {
            caller_name,
            caller_number,
            dialled,
            at_unix,
            ..
        } => {
            let caller = match (caller_name.trim(), caller_number.trim()) {
                ("", "") => "an unknown caller".to_string(),
                (name, "") | ("", name) => name.to_string(),
                (name, number) if name == number => number.to_string(),
                (name, number) => format!("{name} ({number})"),
            };
            serde_json::json!({
                "account": {"name": office, "timezone": zone},
                "caller": caller,
                "caller_id": {"name": caller_name.trim(), "number": caller_number.trim()},
                "callee_id": {"number": dialled},
                "date_called": {"local": when(*at_unix, zone)},
            })
        }
        Notice::Voicemail(n) => super::voicemail::context(n, office, zone),
        Notice::TrunkDown(n) => super::trunk_down::context(n, office, zone),
    }
}

/// `Saturday 21 November 2026, 14:03 (America/New_York)`; UTC for an unknown zone.
pub fn when(unix: u64, zone: &str) -> String {
    let tz = jiff::tz::TimeZone::get(zone).unwrap_or(jiff::tz::TimeZone::UTC);
    let name = tz.iana_name().unwrap_or("UTC").to_string();
    match jiff::Timestamp::from_second(unix as i64) {
        Ok(t) => format!(
            "{} ({name})",
            t.to_zoned(tz).strftime("%A %-d %B %Y, %H:%M")
        ),
        Err(_) => "unknown".into(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn missed(name: &str, number: &str) -> Notice {
        Notice::MissedCall {
            to: vec!["bob@example.com".into()],
            caller_name: name.into(),
            caller_number: number.into(),
            dialled: "900".into(),
            // 2026-11-21 19:03:00 UTC
            at_unix: 1_795_287_780,
        }
    }

    #[test]
    fn the_missed_call_text_names_the_caller_and_local_time() {
        let text = |n: &Notice, office: &str, zone: &str| {
            let r = edgepbx_api::notify::render("missed_call", None, &context(n, office, zone))
                .unwrap();
            (recipients(n).to_vec(), r.subject, r.text)
        };
        let (to, subject, body) = text(&missed("Alice", "1001"), "Acme", "America/New_York");
        assert_eq!(to, ["bob@example.com"]);
        assert_eq!(subject, "Missed call from Alice (1001)");
        assert!(body.starts_with("Acme missed a call."), "{body}");
        assert!(body.contains("Called: 900"), "{body}");
        assert!(
            body.contains("Saturday 21 November 2026, 14:03 (America/New_York)"),
            "{body}"
        );
        let (_, subject, _) = text(&missed("", "+15550100"), "Acme", "Nowhere/Zone");
        assert_eq!(subject, "Missed call from +15550100");
        let (_, subject, _) = text(&missed(" ", ""), "Acme", "UTC");
        assert_eq!(subject, "Missed call from an unknown caller");
    }
}
