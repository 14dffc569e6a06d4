//! What the call log screens search call legs by beyond KAZOO's `filter_*` equality: a part of
//! a number (`number_contains`, an edgepbx addition; KAZOO has no substring filter), and the
//! choice of whole calls (interactions) by any one of their legs, so a user's call shows as the
//! call it was (its first leg) whichever leg rang the user.

use std::collections::HashMap;

use serde_json::{Value, json};

use crate::error::{ApiError, ApiResult};

/// The query parameter of the number search.
pub const NUMBER_PARAM: &str = "number_contains";
const NUMBER_MAX: usize = 32;

/// The `number_contains` text, when asked for: 1 to 32 characters a dialed number or SIP user
/// part is made of (digits, letters, `+ * # . _ -`).
pub fn number_param(query: &[(String, String)]) -> ApiResult<Option<String>> {
    let Some((_, v)) = query.iter().find(|(k, _)| k == NUMBER_PARAM) else {
        return Ok(None);
    };
    let fits = |c: char| c.is_ascii_alphanumeric() || "+*#._-".contains(c);
    if v.is_empty() || v.chars().count() > NUMBER_MAX || !v.chars().all(fits) {
        return Err(ApiError::field(
            NUMBER_PARAM,
            "pattern",
            format!("1 to {NUMBER_MAX} digits, letters or + * # . _ -"),
            Some(("value", json!(v))),
        ));
    }
    Ok(Some(v.clone()))
}

/// The user part of a SIP URI or `user@host` (`sip:1002@office` -> `1002`).
pub fn user_part(uri: &str) -> &str {
    let s = uri.trim_start_matches("sip:");
    s.split('@').next().unwrap_or(s)
}

/// Whether one of the leg's numbers (caller and callee id numbers, the user parts of its
/// request, to and from addresses) contains `needle`, letters compared without case.
pub fn leg_has_number(doc: &Value, needle: &str) -> bool {
    let needle = needle.to_ascii_lowercase();
    let text = |k: &str| doc.get(k).and_then(Value::as_str).unwrap_or("");
    let numbers = [
        text("caller_id_number"),
        text("callee_id_number"),
        user_part(text("request")),
        user_part(text("to")),
        user_part(text("from")),
        user_part(text("from_uri")),
    ];
    numbers
        .iter()
        .any(|n| !n.is_empty() && n.to_ascii_lowercase().contains(&needle))
}

/// The key that groups legs into calls: the interaction id, else the leg's own id.
fn interaction_of<'a>(id: &'a str, doc: &'a Value) -> &'a str {
    doc.get("interaction_id")
        .and_then(Value::as_str)
        .unwrap_or(id)
}

/// One leg per call, the one created first, of the calls where every test in `wanted` is met
/// by at least one of the call's legs (each test by any leg, not necessarily the same one).
pub fn whole_calls(
    mut legs: Vec<(String, Value)>,
    wanted: &[&dyn Fn(&Value) -> bool],
) -> Vec<(String, Value)> {
    legs.sort_by_key(|(_, d)| {
        d.get("channel_created_time")
            .and_then(Value::as_u64)
            .unwrap_or(u64::MAX)
    });
    // Per call, in order of first appearance: its first leg and which tests it met so far.
    let mut at: HashMap<String, usize> = HashMap::new();
    let mut calls: Vec<(usize, Vec<bool>)> = Vec::new();
    for (i, (id, doc)) in legs.iter().enumerate() {
        let key = interaction_of(id, doc).to_string();
        let n = *at.entry(key).or_insert_with(|| {
            calls.push((i, vec![false; wanted.len()]));
            calls.len() - 1
        });
        for (met, test) in calls[n].1.iter_mut().zip(wanted) {
            *met = *met || test(doc);
        }
    }
    let chosen: Vec<usize> = calls
        .into_iter()
        .filter(|(_, met)| met.iter().all(|m| *m))
        .map(|(i, _)| i)
        .collect();
    let mut legs: Vec<Option<(String, Value)>> = legs.into_iter().map(Some).collect();
    chosen.into_iter().filter_map(|i| legs[i].take()).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn pairs(v: &str) -> Vec<(String, String)> {
        vec![(NUMBER_PARAM.to_string(), v.to_string())]
    }

    #[test]
    fn number_param_checks_its_text() {
        assert_eq!(number_param(&[]).unwrap(), None);
        assert_eq!(
            number_param(&pairs("+4155")).unwrap().as_deref(),
            Some("+4155")
        );
        for bad in ["", "12 34", "1002'--", &"9".repeat(33)] {
            match number_param(&pairs(bad)) {
                Err(ApiError::Validation(m)) => assert!(m.contains_key(NUMBER_PARAM), "{bad}"),
                other => panic!("{bad}: {other:?}"),
            }
        }
    }

    #[test]
    fn numbers_of_a_leg() {
        let leg = json!({"caller_id_number": "1001", "request": "sip:+14155550123@office.local",
                         "to": "Ext@office.local"});
        assert!(leg_has_number(&leg, "100"));
        assert!(leg_has_number(&leg, "5550123"));
        assert!(leg_has_number(&leg, "ext"));
        assert!(!leg_has_number(&leg, "office"), "host parts are no numbers");
        assert!(!leg_has_number(&leg, "1002"));
    }

    #[test]
    fn a_call_is_chosen_by_any_of_its_legs_and_shown_by_its_first() {
        let leg = |id: &str, call: &str, created: u64, owner: &str| {
            (
                id.to_string(),
                json!({"interaction_id": call, "channel_created_time": created, "owner_id": owner,
                       "caller_id_number": id}),
            )
        };
        let legs = vec![
            leg("b-leg", "one", 2, "bob"),
            leg("a-leg", "one", 1, "ada"),
            leg("solo", "two", 3, "ada"),
        ];
        let bobs = |d: &Value| d["owner_id"] == "bob";
        let ids = |v: Vec<(String, Value)>| v.into_iter().map(|(id, _)| id).collect::<Vec<_>>();
        assert_eq!(ids(whole_calls(legs.clone(), &[&bobs])), ["a-leg"]);
        assert_eq!(ids(whole_calls(legs.clone(), &[])), ["a-leg", "solo"]);
        let solo = |d: &Value| leg_has_number(d, "solo");
        assert!(whole_calls(legs, &[&bobs, &solo]).is_empty());
    }
}
