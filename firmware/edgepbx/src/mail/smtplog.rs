//! What became of every mail the mailer handled (KAZOO's `/notifications/smtplog`): one
//! `smtplogs` document per notice once it is sent, refused for good, or given up, with the
//! recipients, subject, template, tries and the error; a notification preview gets one too
//! (`preview: true`, its one try). The newest `KEEP` per account stay.

use edgepbx_callflow::flow::Notice;
use edgepbx_store::Store;
use serde_json::{Value, json};

const KEEP: usize = 200;
pub const KIND: &str = "smtplogs";

/// One mail's outcome, as the log shows it.
pub struct Entry<'a> {
    pub template_id: &'a str,
    pub to: Vec<String>,
    pub subject: String,
    pub tries: usize,
    pub error: Option<&'a str>,
    pub preview: bool,
}

/// Logs what became of a notice.
pub fn record(
    store: &Store,
    account: &str,
    notice: &Notice,
    tries: usize,
    error: Option<&str>,
    now_gregorian: u64,
) {
    let (to, subject) = super::compose::summary(store, account, notice);
    let entry = Entry {
        template_id: super::compose::kind(notice),
        to,
        subject,
        tries,
        error,
        preview: false,
    };
    write(store, account, &entry, now_gregorian);
}

/// Adds `entry` to the account's log, dropping the oldest beyond `KEEP`.
pub fn write(store: &Store, account: &str, entry: &Entry, now_gregorian: u64) {
    let mut doc = json!({
        "template_id": entry.template_id,
        "to": entry.to,
        "subject": entry.subject,
        "tries": entry.tries,
        "created": now_gregorian,
        "pvt_created": now_gregorian,
    });
    if let Some(e) = entry.error {
        doc["error"] = json!(e);
    }
    if entry.preview {
        doc["preview"] = Value::Bool(true);
    }
    // Ids sort by time, so the oldest are the first.
    let id = format!("{now_gregorian:012}-{}", edgepbx_store::random_hex(8));
    let acct = account.to_string();
    let written = store.write(move |tx| {
        tx.create(&acct, KIND, &id, doc.clone())?;
        let all = tx.list(&acct, KIND)?;
        for (old, _) in all.iter().take(all.len().saturating_sub(KEEP)) {
            tx.delete(&acct, KIND, old, None)?;
        }
        Ok(())
    });
    if let Err(e) = written {
        tracing::warn!(%account, error = %e, "smtp log not written");
    }
}
