//! Finding the callflow for a dialled number (kazoo.md §1.2): an exact number first (as
//! dialled, then E.164-normalised), then the pattern with the longest match, then
//! `no_match` (only ever reached by authenticated callers: the engine authenticates
//! every INVITE before it routes).

use std::collections::HashMap;
use std::sync::{Arc, Mutex};

use regex_lite::Regex;

use edgepbx_store::{IndexName, Store, numbers};
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
        let mut best: Option<(usize, String, Vec<String>)> = None;
        for (pattern, id) in store
            .index_entries(IndexName::CallflowPattern, account)
            .ok()?
        {
            let Some(re) = compiled(&pattern) else {
                tracing::warn!(%pattern, callflow = %id, "callflow pattern is not a valid regex; skipped");
                continue;
            };
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
            return get(id).map(|cf| (cf, groups));
        }
    }
    if no_match == NoMatch::Refused {
        return None;
    }
    exact("no_match").and_then(get).map(|cf| (cf, Vec::new()))
}

/// Compiled patterns, kept across calls: compiling every pattern of the account on every
/// call would cost more than the rest of call setup. Invalid ones are remembered as None.
static COMPILED: Mutex<Option<HashMap<String, Option<Arc<Regex>>>>> = Mutex::new(None);
/// The cache starts over past this many patterns (edited callflows leave old ones behind).
const MAX_COMPILED: usize = 10_000;

fn compiled(pattern: &str) -> Option<Arc<Regex>> {
    let Ok(mut guard) = COMPILED.lock() else {
        return Regex::new(pattern).ok().map(Arc::new);
    };
    let cache = guard.get_or_insert_with(HashMap::new);
    if let Some(re) = cache.get(pattern) {
        return re.clone();
    }
    if cache.len() >= MAX_COMPILED {
        cache.clear();
    }
    let re = Regex::new(pattern).ok().map(Arc::new);
    cache.insert(pattern.to_string(), re.clone());
    re
}
