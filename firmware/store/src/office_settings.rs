//! The office settings the first-boot wizard asks for and KAZOO has no field for, kept on
//! the account document under edgepbx's own key (Monster UI and KAZOO keep unknown fields):
//!
//! ```json
//! "edgepbx": {"country": "uk", "extension_length": 3}
//! ```
//!
//! `country` is a code of the box's tone table (`edgepbx_media::dsp::tones`); it picks the
//! call-progress tones played to the account's callers and the default line profile of its
//! analog ports. `extension_length` is the number of digits the panel gives new extensions;
//! the analog dial plan sends a number of that length without waiting.

use serde_json::Value;

use crate::{GLOBAL, Store};

/// The account document's key holding edgepbx's own settings.
pub const NAMESPACE: &str = "edgepbx";

fn setting<'a>(account: &'a Value, key: &str) -> Option<&'a Value> {
    account.get(NAMESPACE)?.get(key)
}

/// The account's country code, as stored (the API keeps it lower case and known).
pub fn country(account: &Value) -> Option<&str> {
    setting(account, "country")
        .and_then(Value::as_str)
        .filter(|c| !c.is_empty())
}

/// The account's extension length in digits, when set.
pub fn extension_length(account: &Value) -> Option<usize> {
    setting(account, "extension_length")
        .and_then(Value::as_u64)
        .and_then(|n| usize::try_from(n).ok())
        .filter(|n| *n > 0)
}

/// A setting of `account`, else of its nearest parent account that has it (a sub-account
/// follows its office unless it says otherwise).
pub fn inherited<T>(store: &Store, account: &str, read: impl Fn(&Value) -> Option<T>) -> Option<T> {
    let doc = store.get(GLOBAL, "accounts", account).ok().flatten()?;
    if let Some(found) = read(&doc) {
        return Some(found);
    }
    let tree = doc.get("pvt_tree").and_then(Value::as_array)?;
    tree.iter()
        .rev()
        .filter_map(Value::as_str)
        .find_map(|parent| {
            let parent = store.get(GLOBAL, "accounts", parent).ok().flatten()?;
            read(&parent)
        })
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn settings_are_read_from_the_namespace_and_absent_or_odd_values_are_none() {
        let doc = json!({"edgepbx": {"country": "uk", "extension_length": 4}});
        assert_eq!(country(&doc), Some("uk"));
        assert_eq!(extension_length(&doc), Some(4));
        let odd = json!({"edgepbx": {"country": "", "extension_length": "4"}, "country": "de"});
        assert_eq!((country(&odd), extension_length(&odd)), (None, None));
        assert_eq!(country(&json!({})), None);
    }
}
