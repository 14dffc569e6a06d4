//! KAZOO's own `next_rule_date` test vectors (cf_temporal_route_tests.erl, extracted as data into
//! `shared/reference/kazoo-temporal-vectors-sample.json`). Every vector must pass; a missing
//! file is a failure, not a skip.

use std::path::PathBuf;

use edgepbx_callflow::temporal::{TemporalRule, next_rule_date};
use jiff::civil::Date;
use serde_json::{Value, json};

fn vectors_path() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("../../../shared/reference/kazoo-temporal-vectors-sample.json")
}

/// `[Y, M, D]`, normalised like KAZOO's caller does (`[2009, 2, 29]` is 2009-03-01).
fn date(v: &Value) -> Date {
    let a: Vec<i64> = v
        .as_array()
        .expect("a date is [Y, M, D]")
        .iter()
        .map(|n| n.as_i64().expect("integer"))
        .collect();
    let first = Date::new(a[0] as i16, a[1] as i8, 1).expect("valid month");
    first
        .checked_add(jiff::Span::new().days(a[2] - 1))
        .expect("in range")
}

#[test]
fn all_kazoo_vectors_pass() {
    let path = vectors_path();
    let text = std::fs::read_to_string(&path)
        .unwrap_or_else(|e| panic!("KAZOO vectors must be present at {}: {e}", path.display()));
    let file: Value = serde_json::from_str(&text).expect("vectors file is JSON");
    let vectors = file["vectors"].as_array().expect("`vectors` array");
    assert!(!vectors.is_empty(), "no vectors in {}", path.display());

    let mut failures = Vec::new();
    for (n, v) in vectors.iter().enumerate() {
        // The vector's fields are a temporal_rule document (minus start_date, given as a date).
        let doc = json!({
            "name": v["group"], "cycle": v["cycle"], "interval": v["interval"],
            "ordinal": v["ordinal"], "month": v["month"], "days": v["days"], "wdays": v["wdays"],
        });
        let rule = TemporalRule::from_json(&doc)
            .unwrap_or_else(|e| panic!("vector {n} ({}): {e}", v["group"]));
        let got = next_rule_date(
            &rule.recurrence,
            date(&v["start_date"]),
            date(&v["search_date"]),
        );
        let want = date(&v["expected"]);
        if got != Some(want) {
            failures.push(format!("#{n} {v}: got {got:?}, want {want}"));
        }
    }
    assert!(
        failures.is_empty(),
        "{} of {} KAZOO vectors fail:\n{}",
        failures.len(),
        vectors.len(),
        failures.join("\n")
    );
    println!("{} KAZOO vectors passed", vectors.len());
}
