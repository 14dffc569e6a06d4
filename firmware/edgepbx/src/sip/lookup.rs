//! Finding the callflow for a dialled number (kazoo.md §1.2): an exact number first (as
//! dialled, then E.164-normalised), then the pattern with the longest match, then
//! `no_match` (only ever reached by authenticated callers: the engine authenticates
//! every INVITE before it routes).

use std::collections::{HashMap, HashSet};
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
type Patterns = Vec<(Regex, String)>;

/// Something built from an account's callflows, kept with the (cached, shared) callflows
/// collection it was built from. Holding that collection makes any callflow change copy
/// it, so pointer equality says "unchanged": the next call after a write rebuilds it, every
/// other call reuses it (scanning or compiling per call would cost more than the rest of
/// call setup).
struct FromCallflows<T>(Mutex<Option<HashMap<String, Built<T>>>>);

/// What was built, and from which snapshot of the callflows.
type Built<T> = (Collection, Arc<T>);

impl<T> FromCallflows<T> {
    const fn new() -> Self {
        FromCallflows(Mutex::new(None))
    }

    fn get(
        &self,
        store: &Store,
        account: &str,
        build: impl FnOnce(&Collection) -> T,
    ) -> Option<Arc<T>> {
        let flows = store.collection(account, "callflows").ok()?;
        let mut guard = self.0.lock().unwrap_or_else(|e| e.into_inner());
        let cache = guard.get_or_insert_with(HashMap::new);
        if let Some((source, built)) = cache.get(account)
            && Arc::ptr_eq(source, &flows)
        {
            return Some(built.clone());
        }
        let built = Arc::new(build(&flows));
        cache.insert(account.to_string(), (flows, built.clone()));
        Some(built)
    }
}

static PATTERNS: FromCallflows<Patterns> = FromCallflows::new();

/// Invalid patterns are logged once per rebuild and left out.
fn account_patterns(store: &Store, account: &str) -> Option<Arc<Patterns>> {
    PATTERNS.get(store, account, |flows| {
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
        compiled
    })
}

/// Every callflow number of an account, E.164-normalised.
static NUMBERS: FromCallflows<HashSet<String>> = FromCallflows::new();

/// Whether `number` (any notation) is one of the account's own: a callflow number or a
/// `phone_numbers` entry. Runs under the engine's lock for every call out (the caller ID a
/// carrier sees), so it reads only memory: the cached phone numbers and the number set.
pub fn owns_number(store: &Store, account: &str, number: &str) -> bool {
    let n = numbers::normalize(number.trim());
    if n.is_empty() {
        return false;
    }
    if store
        .get(account, "phone_numbers", &n)
        .ok()
        .flatten()
        .is_some()
    {
        return true;
    }
    NUMBERS
        .get(store, account, |flows| {
            flows
                .values()
                .flat_map(|cf| {
                    cf.get("numbers")
                        .and_then(Value::as_array)
                        .cloned()
                        .unwrap_or_default()
                })
                .filter_map(|n| n.as_str().map(numbers::normalize))
                .collect()
        })
        .is_some_and(|set| set.contains(&n))
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

    #[test]
    fn owned_numbers_follow_callflow_and_phone_number_writes() {
        let dir = tempfile::tempdir().unwrap();
        let store = Store::open(&dir.path().join("db")).unwrap();
        put(&store, "a", json!({"numbers": ["+14155550100", "1001"]}));
        for n in ["+14155550100", "14155550100", "4155550100", " 1001"] {
            assert!(owns_number(&store, "acc", n), "{n}");
        }
        assert!(!owns_number(&store, "acc", "+14155550199"));
        assert!(!owns_number(&store, "acc", ""));
        assert!(!owns_number(&store, "other", "+14155550100"), "per account");
        // A number moved to another callflow, one taken away, a phone number added: the
        // next check sees each write.
        put(&store, "a", json!({"numbers": ["1001"]}));
        put(&store, "b", json!({"numbers": ["+14155550199"]}));
        assert!(!owns_number(&store, "acc", "+14155550100"));
        assert!(owns_number(&store, "acc", "+14155550199"));
        store
            .write(|tx| tx.upsert("acc", "phone_numbers", "+14155550100", json!({})))
            .unwrap();
        assert!(owns_number(&store, "acc", "4155550100"));
    }
}
