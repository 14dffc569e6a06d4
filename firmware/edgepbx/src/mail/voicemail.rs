//! KAZOO's voicemail_to_email (teletype `voicemail_to_email` template, wave2.md §5): the
//! subject `New voicemail from <name> (<number>)`, a plain-text body with the caller, the
//! number called, the local time and the length, the message's audio attached as WAV named
//! `<caller>_<local date time>.wav` (lower case, spaces as `_`, URL-encoded); once the
//! relay has accepted it, `delete_after_notify` / `save_after_notify` move the message.

use edgepbx_callflow::flow::VoicemailNotice;
use edgepbx_store::{Store, vmbox};
use serde_json::{Value, json};

/// The macros of KAZOO's voicemail_to_email template for a message left.
pub fn context(n: &VoicemailNotice, office: &str, zone: &str) -> Value {
    json!({
        "account": {"name": office, "timezone": zone},
        "caller_id": {"name": or_unknown(&n.caller_name), "number": or_unknown(&n.caller_number)},
        "callee_id": {"number": n.dialled},
        "voicemail": {
            "vmbox_name": or_unknown(&n.vmbox_name),
            "vmbox_number": n.mailbox,
            "length": length(n.length_ms),
            "transcription": n.transcription.as_deref().unwrap_or(""),
        },
        "date_called": {"local": super::compose::when(n.at_unix, zone)},
        "user": {"first_name": n.first_name.trim()},
    })
}

fn or_unknown(s: &str) -> &str {
    match s.trim() {
        "" => "unknown",
        s => s,
    }
}

/// `HH:MM:SS`, as KAZOO's `voicemail.length`.
fn length(ms: u32) -> String {
    let s = ms.div_ceil(1000);
    format!("{:02}:{:02}:{:02}", s / 3600, s / 60 % 60, s % 60)
}

/// The attachment's file name.
pub fn file_name(n: &VoicemailNotice, zone: &str) -> String {
    let who = match n.caller_name.trim() {
        "" => n.caller_number.trim(),
        name => name,
    };
    let tz = jiff::tz::TimeZone::get(zone).unwrap_or(jiff::tz::TimeZone::UTC);
    let at = jiff::Timestamp::from_second(n.at_unix as i64)
        .map(|t| t.to_zoned(tz).strftime("%Y-%m-%d_%H-%M-%S").to_string())
        .unwrap_or_default();
    let raw = format!("{who}_{at}.wav").to_lowercase().replace(' ', "_");
    raw.bytes()
        .map(|b| match b {
            b'a'..=b'z' | b'0'..=b'9' | b'.' | b'_' | b'-' => (b as char).to_string(),
            b => format!("%{b:02X}"),
        })
        .collect()
}

/// The message's audio as stored (8 kHz WAV); None when it is gone.
pub fn audio(store: &Store, account: &str, n: &VoicemailNotice) -> Option<Vec<u8>> {
    store.blob_get(account, "media", &n.media_id).ok().flatten()
}

/// Moves the message where the box says, now that the relay accepted the mail.
pub fn after_sent(store: &Store, account: &str, n: &VoicemailNotice, now_gregorian: u64) {
    let Some(folder) = n.after_sent.clone() else {
        return;
    };
    let (acct, b, m) = (account.to_string(), n.vmbox_id.clone(), n.media_id.clone());
    let moved = store.write(move |tx| {
        let edit = |d: &mut Value| d.is_object() && vmbox::move_to(d, &m, &folder, now_gregorian);
        tx.edit(&acct, "vmboxes", &b, &edit).map(|d| d.is_some())
    });
    match moved {
        Ok(true) => {
            tracing::info!(%account, vmbox = %n.vmbox_id, "voicemail moved after its mail was sent")
        }
        Ok(false) => {}
        Err(e) => tracing::warn!(%account, error = %e, "voicemail not moved after its mail"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn left() -> VoicemailNotice {
        VoicemailNotice {
            to: vec!["bob@example.com".into()],
            vmbox_id: "b".into(),
            vmbox_name: "Bob's box".into(),
            mailbox: "1002".into(),
            media_id: "202611-x".into(),
            caller_name: "Alice Adams".into(),
            caller_number: "1001".into(),
            dialled: "1002".into(),
            // 2026-11-21 19:03:00 UTC
            at_unix: 1_795_287_780,
            length_ms: 65_200,
            first_name: "Bob".into(),
            after_sent: None,
            transcribe: false,
            transcription: None,
        }
    }

    #[test]
    fn subject_body_and_file_name_as_kazoo_builds_them() {
        let text = |n: &VoicemailNotice, office: &str, zone: &str| {
            let r =
                edgepbx_api::notify::render("voicemail_to_email", None, &context(n, office, zone))
                    .unwrap();
            (r.subject, r.text)
        };
        let (subject, body) = text(&left(), "Acme", "America/New_York");
        assert_eq!(subject, "New voicemail from Alice Adams (1001)");
        assert!(body.starts_with("Hi Bob,"), "{body}");
        assert!(body.contains("Length:      00:01:06"), "{body}");
        assert!(
            body.contains("Saturday 21 November 2026, 14:03 (America/New_York)"),
            "{body}"
        );
        assert_eq!(
            file_name(&left(), "America/New_York"),
            "alice_adams_2026-11-21_14-03-00.wav"
        );
        let odd = VoicemailNotice {
            caller_name: "Zoë <x>".into(),
            ..left()
        };
        assert_eq!(
            file_name(&odd, "UTC"),
            "zo%C3%AB_%3Cx%3E_2026-11-21_19-03-00.wav"
        );
        let nameless = VoicemailNotice {
            caller_name: String::new(),
            caller_number: String::new(),
            ..left()
        };
        assert_eq!(
            text(&nameless, "Acme", "UTC").0,
            "New voicemail from unknown (unknown)"
        );
    }
}
