//! What became of every notice the mailer handled (KAZOO's `/notifications/smtplog`): one
//! `smtplogs` document per notice once it is sent, refused for good, or given up, with the
//! recipients, subject, template, tries and the error. The newest `KEEP` per account stay.

use edgepbx_callflow::flow::Notice;
use edgepbx_store::Store;
use serde_json::json;

const KEEP: usize = 200;
pub const KIND: &str = "smtplogs";

pub fn record(
    store: &Store,
    account: &str,
    notice: &Notice,
    tries: usize,
    error: Option<&str>,
    now_gregorian: u64,
) {
    let (to, subject) = super::compose::summary(store, account, notice);
    let mut doc = json!({
        "template_id": super::compose::kind(notice),
        "to": to,
        "subject": subject,
        "tries": tries,
        "created": now_gregorian,
        "pvt_created": now_gregorian,
    });
    if let Some(e) = error {
        doc["error"] = json!(e);
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
