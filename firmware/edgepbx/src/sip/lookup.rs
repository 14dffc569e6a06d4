//! Finding the callflow for a dialled number (kazoo.md §1.2): an exact number first (as
//! dialled, then E.164-normalised), then the pattern with the longest match, then
//! `no_match` (only ever reached by authenticated callers: the engine authenticates
//! every INVITE before it routes).

use std::collections::HashMap;
use std::sync::{Arc, Mutex};

use regex_lite::Regex;

use edgepbx_store::{Collection, IndexName, Store, numbers};
use serde_json::Value;

/// Whether a caller may fall through to the account's `no_match` callflow (outside lines):
/// only the office's own devices may; carriers' calls may not (toll fraud).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum NoMatch {
    Allowed,
    Refused,
}

pub fn find_callflow(
    store: &Store,
    account: &str,
    number: &str,
    no_match: NoMatch,
) -> Option<(Arc<Value>, Vec<String>)> {
    let get = |id: String| store.get(account, "callflows", &id).ok().flatten();
    let exact = |n: &str| {
        store
            .index_get(IndexName::CallflowNumber, account, n)
            .ok()
            .flatten()
    };
    // Only what a phone can dial reaches a callflow: placeholder numbers such as
    // `MainOpenHours` are for `callflow` jumps, never for callers.
    let dialable = !number.is_empty()
        && number
            .chars()
            .all(|c| c.is_ascii_digit() || matches!(c, '+' | '*' | '#'));
    if !dialable {
        return None;
    }
    {
        let normalized = numbers::normalize(number);
        if let Some(id) = exact(number).or_else(|| exact(&normalized)) {
            return get(id).map(|cf| (cf, Vec::new()));
        }
        let mut best: Option<(usize, &str, Vec<String>)> = None;
        let patterns = account_patterns(store, account)?;
        for (re, id) in patterns.iter() {
            let Some(caps) = re.captures(number) else {
                continue;
            };
            let whole = caps.get(0).map_or(0, |m| m.len());
            let score = caps
                .iter()
                .skip(1)
                .flatten()
                .map(|m| m.len())
                .max()
                .unwrap_or(whole);
            if best.as_ref().is_none_or(|(s, _, _)| score > *s) {
                let groups = caps
                    .iter()
                    .skip(1)
                    .flatten()
                    .map(|m| m.as_str().to_string())
                    .collect();
                best = Some((score, id, groups));
            }
        }
        if let Some((_, id, groups)) = best {
            return get(id.to_string()).map(|cf| (cf, groups));
        }
    }
    if no_match == NoMatch::Refused {
        return None;
    }
    exact("no_match").and_then(get).map(|cf| (cf, Vec::new()))
}

/// An account's compiled patterns with the callflow ids they route to.
type Patterns = Arc<Vec<(Regex, String)>>;

/// Compiled patterns per account, kept with the (cached, shared) callflows collection they
/// were built from. Holding that collection makes any callflow change copy it, so pointer
/// equality says "unchanged": compiling every pattern, or even re-reading the pattern index,
/// on every call would cost more than the rest of call setup. Invalid patterns are logged
/// once per rebuild and left out.
static PATTERNS: Mutex<Option<HashMap<String, (Collection, Patterns)>>> = Mutex::new(None);

fn account_patterns(store: &Store, account: &str) -> Option<Patterns> {
    let flows = store.collection(account, "callflows").ok()?;
    let mut guard = PATTERNS.lock().unwrap_or_else(|e| e.into_inner());
    let cache = guard.get_or_insert_with(HashMap::new);
    if let Some((source, patterns)) = cache.get(account)
        && Arc::ptr_eq(source, &flows)
    {
        return Some(patterns.clone());
    }
    let mut compiled = Vec::new();
    for (id, doc) in flows.iter() {
        let patterns = doc.get("patterns").and_then(Value::as_array);
        for pattern in patterns.into_iter().flatten().filter_map(Value::as_str) {
            match Regex::new(pattern) {
                Ok(re) => compiled.push((re, id.clone())),
                Err(_) => {
                    tracing::warn!(%pattern, callflow = %id, "callflow pattern is not a valid regex; skipped");
                }
            }
        }
    }
    let patterns: Patterns = Arc::new(compiled);
    cache.insert(account.to_string(), (flows, patterns.clone()));
    Some(patterns)
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn put(store: &Store, id: &str, doc: Value) {
        let id = id.to_string();
        store
            .write(move |tx| tx.upsert("acc", "callflows", &id, doc.clone()))
            .unwrap();
    }

    fn route(store: &Store, number: &str) -> Option<String> {
        find_callflow(store, "acc", number, NoMatch::Allowed)
            .map(|(cf, groups)| format!("{}{groups:?}", cf["name"].as_str().unwrap_or("")))
    }

    #[test]
    fn pattern_changes_are_seen_by_the_next_lookup_and_bad_regexes_skipped() {
        let dir = tempfile::tempdir().unwrap();
        let store = Store::open(&dir.path().join("db")).unwrap();
        put(
            &store,
            "a",
            json!({"name": "short", "patterns": ["^9(\\d+)$", "(("]}),
        );
        put(
            &store,
            "b",
            json!({"name": "long", "patterns": ["^9(\\d{3})(\\d+)$"]}),
        );
        assert_eq!(route(&store, "912345").as_deref(), Some("short[\"12345\"]"));
        // The longest capture wins; edits to patterns apply at once.
        put(
            &store,
            "b",
            json!({"name": "long", "patterns": ["^(9\\d{3}\\d+)$"]}),
        );
        assert_eq!(route(&store, "912345").as_deref(), Some("long[\"912345\"]"));
        put(&store, "b", json!({"name": "long", "patterns": []}));
        assert_eq!(route(&store, "912345").as_deref(), Some("short[\"12345\"]"));
        put(
            &store,
            "n",
            json!({"name": "catch-all", "numbers": ["no_match"]}),
        );
        assert_eq!(route(&store, "555").as_deref(), Some("catch-all[]"));
        assert_eq!(find_callflow(&store, "acc", "555", NoMatch::Refused), None);
    }
}
