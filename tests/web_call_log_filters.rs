//! The call log's filters and paging, in headless Chromium (`tests/web/call-log-filters.mjs`)
//! and through the API: calls of two users on two days, filtered by user (a call shows when
//! any of its legs is the user's), by a part of a number, by a range of days; a range with from
//! after to refused at its field; more calls than a page behind "Load more"; filters kept in
//! the address across a reload; a plain user's "My calls" with the day filters only.

mod common;

use common::panel::{
    browse, make, now_gregorian, past_first_boot, seed_calls_and_message, start_box, tools_present,
};
use common::{ADMIN_PASSWORD, Client, Pbx};
use serde_json::{Value, json};
use std::path::Path;

const DAY: u64 = 86_400;
const ADA_PASSWORD: &str = "Analytical-Engine-1843";
/// More than the panel's page of 50 calls, on one day 20 days ago.
const OLD_CALLS: u64 = 52;

/// One call leg as the call engine writes it; `start` in Gregorian seconds, hung up 5 s later.
fn leg(
    call: &str,
    interaction: &str,
    start: u64,
    owner: Option<(&str, &str)>,
    numbers: (&str, &str),
) -> Value {
    let (caller, callee) = numbers;
    let mut ccv = json!({});
    if let Some((owner, device)) = owner {
        ccv = json!({"owner_id": owner, "authorizing_id": device});
    }
    json!({
        "call_id": call, "interaction_id": interaction, "timestamp": start + 5,
        "channel_created_time": (start - edgepbx_store::GREGORIAN_OFFSET) * 1_000_000,
        "caller_id_number": caller, "callee_id_number": callee, "duration_seconds": 5,
        "billing_seconds": 4, "hangup_cause": "NORMAL_CLEARING", "call_direction": "inbound",
        "request": format!("{callee}@office.local"), "to": format!("{callee}@office.local"),
        "from": format!("{caller}@office.local"), "custom_channel_vars": ccv,
    })
}

/// Ada calls Bob (A) and an outside caller rings Bob (B) today; Ada calls out 3 days ago (C);
/// 52 calls of nobody's 20 days ago.
fn seed(data: &Path, account: &str, ada: (&str, &str), bob: (&str, &str), now: u64) {
    let (a, b, c) = (now - 600, now - 500, now - 3 * DAY);
    let mut legs = vec![
        leg("a-ada", &format!("{a}-a"), a, Some(ada), ("1001", "1002")),
        leg(
            "a-bob",
            &format!("{a}-a"),
            a + 1,
            Some(bob),
            ("1001", "1002"),
        ),
        leg(
            "b-trunk",
            &format!("{b}-b"),
            b,
            None,
            ("+14155550123", "1002"),
        ),
        leg(
            "b-bob",
            &format!("{b}-b"),
            b + 1,
            Some(bob),
            ("+14155550123", "1002"),
        ),
        leg(
            "c-ada",
            &format!("{c}-c"),
            c,
            Some(ada),
            ("1001", "5550199"),
        ),
    ];
    for i in 0..OLD_CALLS {
        let start = now - 20 * DAY + i * 60;
        legs.push(leg(
            &format!("old-{i}"),
            &format!("{start}-old{i}"),
            start,
            None,
            ("2000", "3000"),
        ));
    }
    seed_calls_and_message(data, account, legs, "unused-message");
}

/// The call ids of a listing's rows.
fn ids(client: &Client, rest: &str) -> Vec<String> {
    let r = client.get(&client.url(rest));
    assert_eq!(r.status, 200, "{rest}: {}", r.text());
    r.data()
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c["call_id"].as_str().unwrap().to_string())
        .collect()
}

/// A UTC day `YYYY-MM-DD` of a Gregorian time, as the panel's date fields take it.
fn day(gregorian: u64) -> String {
    let days = (gregorian - edgepbx_store::GREGORIAN_OFFSET) / DAY;
    // Civil from days (Howard Hinnant's algorithm).
    let z = days as i64 + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = doy - (153 * mp + 2) / 5 + 1;
    let m = if mp < 10 { mp + 3 } else { mp - 9 };
    let y = yoe + era * 400 + i64::from(m <= 2);
    format!("{y:04}-{m:02}-{d:02}")
}

fn api_filters(pbx: &Pbx, ada: &str, bob: &str, now: u64) {
    let admin = pbx.admin();
    let range = format!("created_from={}&created_to={}", now - 7 * DAY, now);
    assert_eq!(
        ids(&admin, &format!("cdrs/interaction?{range}")),
        ["b-trunk", "a-ada", "c-ada"]
    );
    // A user's calls: any leg theirs, shown by the call's first leg.
    assert_eq!(
        ids(&admin, &format!("users/{bob}/cdrs/interaction?{range}")),
        ["b-trunk", "a-ada"]
    );
    assert_eq!(
        ids(&admin, &format!("users/{ada}/cdrs/interaction?{range}")),
        ["a-ada", "c-ada"]
    );
    assert_eq!(
        ids(&admin, &format!("users/{bob}/cdrs?{range}")),
        ["b-bob", "a-bob"],
        "legs stay legs"
    );
    // A part of a number, of any leg of the call.
    assert_eq!(
        ids(
            &admin,
            &format!("cdrs/interaction?{range}&number_contains=5550123")
        ),
        ["b-trunk"]
    );
    assert_eq!(
        ids(
            &admin,
            &format!("cdrs/interaction?{range}&number_contains=0199")
        ),
        ["c-ada"]
    );
    assert_eq!(
        ids(
            &admin,
            &format!("users/{bob}/cdrs/interaction?{range}&number_contains=0199")
        ),
        Vec::<String>::new()
    );
    assert_eq!(
        ids(&admin, &format!("cdrs?{range}&number_contains=1001")),
        ["a-bob", "a-ada", "c-ada"]
    );

    // Bad input: 400 naming the parameter.
    for (query, field) in [
        ("number_contains=12%2034".to_string(), "number_contains"),
        ("number_contains=".to_string(), "number_contains"),
        (
            format!("number_contains={}", "9".repeat(33)),
            "number_contains",
        ),
        (
            format!("created_from={}&created_to={}", now, now - DAY),
            "created_from",
        ),
        (
            format!("created_from={}&created_to={}", now - 40 * DAY, now),
            "created_from",
        ),
        ("created_from=yesterday".to_string(), "created_from"),
    ] {
        for path in [
            "cdrs/interaction".to_string(),
            format!("users/{bob}/cdrs/interaction"),
        ] {
            let r = admin.get(&admin.url(&format!("{path}?{query}")));
            assert_eq!(r.status, 400, "{path}?{query}: {}", r.text());
            assert!(
                r.json()["data"].get(field).is_some(),
                "{path}?{query}: {}",
                r.text()
            );
        }
    }

    // Paging: a page of 50 and the key of the next.
    let old = format!(
        "created_from={}&created_to={}",
        now - 21 * DAY,
        now - 19 * DAY
    );
    let first = admin
        .get(&admin.url(&format!("cdrs/interaction?{old}&page_size=50")))
        .json();
    assert_eq!(first["data"].as_array().unwrap().len(), 50);
    let next = first["next_start_key"]
        .as_str()
        .expect("a next page")
        .to_string();
    let rest = ids(
        &admin,
        &format!("cdrs/interaction?{old}&page_size=50&start_key={next}"),
    );
    assert_eq!(rest, ["old-1", "old-0"]);

    // A plain user: their own calls, nobody else's.
    let mut user = pbx.client();
    user.login("ada", ADA_PASSWORD, "office")
        .expect("ada signs in");
    assert_eq!(
        ids(&user, &format!("users/{ada}/cdrs/interaction?{range}")),
        ["a-ada", "c-ada"]
    );
    assert_eq!(
        user.get(&user.url(&format!("users/{bob}/cdrs/interaction")))
            .status,
        404
    );
    assert_eq!(user.get(&user.url("cdrs/interaction")).status, 403);
}

#[test]
fn call_log_filters_by_user_number_and_days_with_paging() {
    if !tools_present() {
        return;
    }
    let (_dir, data, pbx) = start_box(&[], &[]);
    let admin = pbx.admin();
    past_first_boot(&admin);
    let ada = make(
        &admin,
        "users",
        json!({"first_name": "Ada", "last_name": "Lovelace", "username": "ada",
               "password": ADA_PASSWORD, "priv_level": "user"}),
    );
    let bob = make(
        &admin,
        "users",
        json!({"first_name": "Bob", "last_name": "Babbage"}),
    );
    let ada_phone = make(
        &admin,
        "devices",
        json!({"name": "Ada's Phone", "owner_id": ada}),
    );
    let bob_phone = make(
        &admin,
        "devices",
        json!({"name": "Bob's Phone", "owner_id": bob}),
    );
    let account = admin.account_id.clone();
    assert!(pbx.stop());
    let now = now_gregorian();
    seed(&data, &account, (&ada, &ada_phone), (&bob, &bob_phone), now);
    let pbx = Pbx::start_with(&data, &[]);

    api_filters(&pbx, &ada, &bob, now);

    let (today, three_days_ago) = (day(now), day(now - 3 * DAY));
    let (old_from, old_to) = (day(now - 21 * DAY), day(now - 19 * DAY));
    let seen = browse(
        &pbx,
        "call-log-filters.mjs",
        "web-call-log-filters-screenshots",
        &[
            ("PANEL_PASSWORD", ADMIN_PASSWORD),
            ("PANEL_USER", "ada"),
            ("PANEL_USER_PASSWORD", ADA_PASSWORD),
            ("PANEL_TODAY", &today),
            ("PANEL_THREE_DAYS_AGO", &three_days_ago),
            ("PANEL_OLD_FROM", &old_from),
            ("PANEL_OLD_TO", &old_to),
        ],
    );
    assert_eq!(
        seen["default"],
        json!(["b-trunk", "a-ada", "c-ada"]),
        "{seen}"
    );
    let users = seen["users"].as_array().unwrap();
    assert_eq!(users[0], "All users", "{seen}");
    assert!(users.contains(&json!("Ada Lovelace")) && users.contains(&json!("Bob Babbage")));
    assert_eq!(seen["bob"], json!(["b-trunk", "a-ada"]), "{seen}");
    assert_eq!(seen["ada"], json!(["a-ada", "c-ada"]), "{seen}");
    assert_eq!(seen["number"], json!(["b-trunk"]), "{seen}");
    assert_eq!(seen["reloaded"], json!(["b-trunk"]), "{seen}");
    assert_eq!(seen["reloaded_number"], "5550123");
    assert!(
        seen["reloaded_hash"]
            .as_str()
            .unwrap()
            .contains("number=5550123"),
        "{seen}"
    );
    assert_eq!(seen["bad_hash_from"], day(now - 7 * DAY), "{seen}");
    assert_eq!(
        seen["bad_number"], "1 to 32 digits, letters or + * # . _ -",
        "{seen}"
    );
    assert_eq!(seen["three_days_ago"], json!(["c-ada"]), "{seen}");
    assert_eq!(
        seen["bad_range"], "created_from is after created_to",
        "{seen}"
    );
    assert_eq!(seen["first_page"], 50, "{seen}");
    assert_eq!(seen["after_more"], OLD_CALLS, "{seen}");
    assert_eq!(seen["last_rows"], json!(["old-1", "old-0"]), "{seen}");
    assert_eq!(seen["more_after_last"], 0, "{seen}");
    assert_eq!(
        seen["my_fields"],
        json!(["From (UTC day)", "To (UTC day)"]),
        "{seen}"
    );
    assert_eq!(seen["my_calls"], json!(["a-ada", "c-ada"]), "{seen}");
    assert_eq!(seen["my_three_days_ago"], json!(["c-ada"]), "{seen}");
    assert!(pbx.stop());
}
