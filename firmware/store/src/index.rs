//! Secondary indexes, derived from documents and written in the same transaction.
//!
//! Each document kind declares which values it indexes; the writer removes the entries of the
//! old version, checks that unique values are free, and inserts the entries of the new one.

use serde_json::Value;

use crate::{GLOBAL, numbers};

/// The indexes the store maintains.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum IndexName {
    /// Normalised callflow number -> callflow id (per account).
    CallflowNumber,
    /// Callflow regex pattern -> callflow id (per account).
    CallflowPattern,
    /// Device `sip.username` -> device id (per account).
    SipUsername,
    /// Device MAC address (12 lowercase hex) -> device id (global: provisioning has no account).
    Mac,
    /// Lower-cased user name -> user id (per account).
    Username,
    /// Voicemail box number -> vmbox id (per account).
    Mailbox,
    /// Account name, lower-cased alphanumerics only -> account id (global).
    AccountName,
    /// Account realm -> account id (global).
    Realm,
}

impl IndexName {
    pub fn as_str(self) -> &'static str {
        match self {
            IndexName::CallflowNumber => "callflow_number",
            IndexName::CallflowPattern => "callflow_pattern",
            IndexName::SipUsername => "sip_username",
            IndexName::Mac => "mac",
            IndexName::Username => "username",
            IndexName::Mailbox => "mailbox",
            IndexName::AccountName => "account_name",
            IndexName::Realm => "realm",
        }
    }

    /// The document field the index is built from, for error messages.
    pub fn field(self) -> &'static str {
        match self {
            IndexName::CallflowNumber => "numbers",
            IndexName::CallflowPattern => "patterns",
            IndexName::SipUsername => "sip.username",
            IndexName::Mac => "mac_address",
            IndexName::Username => "username",
            IndexName::Mailbox => "mailbox",
            IndexName::AccountName => "name",
            IndexName::Realm => "realm",
        }
    }

    fn global(self) -> bool {
        matches!(
            self,
            IndexName::Mac | IndexName::AccountName | IndexName::Realm
        )
    }

    /// The scope part of the index key: the account, or [`GLOBAL`] for global indexes.
    pub fn scope(self, account: &str) -> &str {
        if self.global() { GLOBAL } else { account }
    }
}

/// One index entry a document contributes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct IndexEntry {
    pub index: IndexName,
    pub value: String,
}

/// Account names are matched after lower-casing and dropping non-alphanumerics (KAZOO).
pub fn account_name_key(name: &str) -> String {
    name.chars()
        .filter(|c| c.is_alphanumeric())
        .flat_map(|c| c.to_lowercase())
        .collect()
}

/// MAC addresses in any common notation -> 12 lowercase hex digits.
pub fn mac_key(mac: &str) -> Option<String> {
    let hex: String = mac
        .chars()
        .filter(|c| !matches!(c, ':' | '-' | '.'))
        .flat_map(|c| c.to_lowercase())
        .collect();
    (hex.len() == 12 && hex.bytes().all(|b| b.is_ascii_hexdigit())).then_some(hex)
}

fn str_at<'a>(doc: &'a Value, path: &[&str]) -> Option<&'a str> {
    let mut v = doc;
    for p in path {
        v = v.get(p)?;
    }
    v.as_str().filter(|s| !s.is_empty())
}

fn strings<'a>(doc: &'a Value, key: &str) -> impl Iterator<Item = &'a str> {
    doc.get(key)
        .and_then(Value::as_array)
        .into_iter()
        .flatten()
        .filter_map(Value::as_str)
}

/// The index entries of a document of `kind`. Every entry is unique within its scope.
pub fn entries(kind: &str, doc: &Value) -> Vec<IndexEntry> {
    let mut out = Vec::new();
    let mut push = |index, value: String| {
        let entry = IndexEntry { index, value };
        if !out.contains(&entry) {
            out.push(entry);
        }
    };
    match kind {
        "callflows" => {
            for n in strings(doc, "numbers") {
                push(IndexName::CallflowNumber, numbers::normalize(n));
            }
            for p in strings(doc, "patterns") {
                push(IndexName::CallflowPattern, p.to_string());
            }
        }
        "devices" => {
            if let Some(u) = str_at(doc, &["sip", "username"]) {
                push(IndexName::SipUsername, u.to_lowercase());
            }
            if let Some(m) = str_at(doc, &["mac_address"]).and_then(mac_key) {
                push(IndexName::Mac, m);
            }
        }
        "users" => {
            if let Some(u) = str_at(doc, &["username"]) {
                push(IndexName::Username, u.to_lowercase());
            }
        }
        "vmboxes" => {
            if let Some(m) = str_at(doc, &["mailbox"]) {
                push(IndexName::Mailbox, m.to_string());
            }
        }
        "accounts" => {
            if let Some(n) = str_at(doc, &["name"]) {
                push(IndexName::AccountName, account_name_key(n));
            }
            if let Some(r) = str_at(doc, &["realm"]) {
                push(IndexName::Realm, r.to_lowercase());
            }
        }
        _ => {}
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn callflow_numbers_are_normalised_and_deduplicated() {
        let doc =
            json!({"numbers": ["4155550100", "+14155550100", "1000"], "patterns": ["^\\*97$"]});
        let e = entries("callflows", &doc);
        assert_eq!(e.len(), 3);
        assert_eq!(e[0].value, "+14155550100");
    }

    #[test]
    fn macs_and_names() {
        assert_eq!(
            mac_key("00:04:F2-AB:cd:01").as_deref(),
            Some("0004f2abcd01")
        );
        assert_eq!(mac_key("nonsense"), None);
        assert_eq!(account_name_key("My Office, Inc."), "myofficeinc");
    }
}
