//! Which account a carrier's INVITE is for. A source matching some account's gateway is a
//! carrier, but which account it calls is decided by the request, never by "the first account
//! whose gateway matches": the account owning the dialled number (a box-wide unique DID, or a
//! number only one of the candidates has) takes the call when a gateway matching the source
//! belongs to it or to one of its parent accounts (a reseller's carrier serves its customers).
//! A number owned by an account no matching gateway covers is not a carrier call at all. A
//! number nobody owns goes to the one candidate account (its patterns may take it), or to the
//! candidate whose realm is the request's domain; otherwise it is ambiguous and refused.

use std::net::IpAddr;

use edgepbx_sip::engine::Carrier;
use edgepbx_store::{GLOBAL, IndexName, Store, numbers};
use serde_json::Value;

use super::carrier_hosts::CarrierHosts;

fn is_enabled(doc: &Value) -> bool {
    doc.get("enabled").and_then(Value::as_bool) != Some(false)
}

/// Whether one of a carrier's enabled gateways is `ip` (see `gateway_match`).
fn has_gateway_at(resource: &Value, ip: IpAddr, hosts: &CarrierHosts) -> bool {
    resource
        .get("gateways")
        .and_then(Value::as_array)
        .into_iter()
        .flatten()
        .filter(|gw| is_enabled(gw))
        .filter_map(|gw| gw.get("server").and_then(Value::as_str))
        .any(|server| super::gateway_match::matches(server, ip, |h| hosts.addresses(h)))
}

fn ancestors(account: &Value) -> Vec<&str> {
    account
        .get("pvt_tree")
        .and_then(Value::as_array)
        .into_iter()
        .flatten()
        .filter_map(Value::as_str)
        .collect()
}

pub fn carrier_for(
    store: &Store,
    hosts: &CarrierHosts,
    ip: IpAddr,
    number: &str,
    domain: &str,
) -> Option<Carrier> {
    let accounts = store.collection(GLOBAL, "accounts").ok()?;
    // (account, resource) of every enabled gateway matching the source.
    let candidates: Vec<(&String, String)> = accounts
        .keys()
        .filter_map(|account| {
            let resources = store.collection(account, "resources").ok()?;
            resources
                .iter()
                .find(|(_, r)| is_enabled(r) && has_gateway_at(r, ip, hosts))
                .map(|(id, _)| (account, id.clone()))
        })
        .collect();
    if candidates.is_empty() {
        return None;
    }
    let resource_of = |account: &str| {
        candidates
            .iter()
            .find(|(a, _)| a.as_str() == account)
            .map(|(_, r)| r.clone())
    };
    // The candidate covering an account: itself, else its nearest parent with a gateway here.
    let covering = |account: &str, doc: &Value| {
        resource_of(account).or_else(|| ancestors(doc).into_iter().rev().find_map(resource_of))
    };
    let normalized = numbers::normalize(number);
    let owns = |account: &str| {
        let exact = |n: &str| {
            store
                .index_get(IndexName::CallflowNumber, account, n)
                .ok()
                .flatten()
                .is_some()
        };
        !number.is_empty()
            && (exact(number)
                || exact(&normalized)
                || store
                    .get(account, "phone_numbers", &normalized)
                    .ok()
                    .flatten()
                    .is_some())
    };
    let realm_is = |doc: &Value| {
        doc.get("realm")
            .and_then(Value::as_str)
            .is_some_and(|r| r.eq_ignore_ascii_case(domain))
    };
    let owners: Vec<(&String, &Value)> = accounts
        .iter()
        .filter(|(id, _)| owns(id))
        .map(|(id, doc)| (id, doc.as_ref()))
        .collect();
    let carrier = |account: &str, resource_id: String| Carrier {
        account: account.to_string(),
        resource_id,
    };
    if !owners.is_empty() {
        let covered: Vec<(&String, &Value, String)> = owners
            .into_iter()
            .filter_map(|(id, doc)| Some((id, doc, covering(id, doc)?)))
            .collect();
        let chosen = match covered.as_slice() {
            [(id, _, resource)] => Some(carrier(id, resource.clone())),
            many => many
                .iter()
                .find(|(_, doc, _)| realm_is(doc))
                .map(|(id, _, resource)| carrier(id, resource.clone())),
        };
        if chosen.is_none() {
            tracing::info!(%ip, number, "carrier call to a number no gateway at this source serves");
        }
        return chosen;
    }
    match candidates.as_slice() {
        [(id, resource)] => Some(carrier(id, resource.clone())),
        many => {
            let by_realm = many
                .iter()
                .find(|(id, _)| accounts.get(id.as_str()).is_some_and(|doc| realm_is(doc)));
            if by_realm.is_none() {
                tracing::warn!(%ip, number, "gateways of several accounts match this source; refused");
            }
            by_realm.map(|(id, resource)| carrier(id, resource.clone()))
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    const ROOT: &str = "ffff0000000000000000000000000000";
    /// Sorts first: "first account in id order wins" would hand it every call.
    const TENANT: &str = "00000000000000000000000000000001";
    const OTHER: &str = "00000000000000000000000000000002";
    const CARRIER: &str = "203.0.113.5";

    fn put(store: &Store, account: &str, kind: &str, id: &str, doc: Value) {
        let (a, k, i) = (account.to_string(), kind.to_string(), id.to_string());
        store
            .write(move |tx| tx.upsert(&a, &k, &i, doc.clone()))
            .unwrap();
    }

    /// The box (ROOT) with two sub-accounts; ROOT and TENANT have a gateway at CARRIER
    /// (data saved before overlaps were refused), OTHER has none.
    fn store() -> (tempfile::TempDir, Store) {
        let dir = tempfile::tempdir().unwrap();
        let store = Store::open(&dir.path().join("db")).unwrap();
        for (id, realm, tree) in [
            (ROOT, "office.local", json!([])),
            (TENANT, "tenant.office.local", json!([ROOT])),
            (OTHER, "other.office.local", json!([ROOT])),
        ] {
            put(
                &store,
                GLOBAL,
                "accounts",
                id,
                json!({"realm": realm, "pvt_tree": tree}),
            );
        }
        for (account, res, number) in [
            (ROOT, "r-root", "+14155550100"),
            (TENANT, "r-tenant", "+14155550200"),
        ] {
            put(
                &store,
                account,
                "resources",
                res,
                json!({"gateways": [{"server": CARRIER}]}),
            );
            put(
                &store,
                account,
                "callflows",
                &format!("cf-{res}"),
                json!({"numbers": [number]}),
            );
        }
        put(
            &store,
            OTHER,
            "callflows",
            "cf-other",
            json!({"numbers": ["+14155550300"]}),
        );
        put(&store, ROOT, "phone_numbers", "+14155550101", json!({}));
        (dir, store)
    }

    fn who(store: &Store, ip: &str, number: &str, domain: &str) -> Option<(String, String)> {
        let hosts = CarrierHosts::default();
        carrier_for(store, &hosts, ip.parse().unwrap(), number, domain)
            .map(|c| (c.account, c.resource_id))
    }

    fn pair(a: &str, r: &str) -> Option<(String, String)> {
        Some((a.to_string(), r.to_string()))
    }

    #[test]
    fn the_dialled_number_picks_the_account_not_the_id_order() {
        let (_dir, s) = store();
        assert_eq!(who(&s, CARRIER, "+14155550100", "x"), pair(ROOT, "r-root"));
        assert_eq!(who(&s, CARRIER, "4155550100", "x"), pair(ROOT, "r-root"));
        assert_eq!(who(&s, CARRIER, "+14155550101", "x"), pair(ROOT, "r-root"));
        assert_eq!(
            who(&s, CARRIER, "+14155550200", "x"),
            pair(TENANT, "r-tenant")
        );
        // A parent's carrier serves its sub-accounts' numbers.
        assert_eq!(who(&s, CARRIER, "+14155550300", "x"), pair(OTHER, "r-root"));
        // A number nobody owns: the request's domain decides, else it is refused.
        assert_eq!(
            who(&s, CARRIER, "+18005550000", "office.local"),
            pair(ROOT, "r-root")
        );
        assert_eq!(who(&s, CARRIER, "+18005550000", "203.0.113.1"), None);
        // Not a gateway at all.
        assert_eq!(who(&s, "203.0.113.6", "+14155550100", "x"), None);
    }

    #[test]
    fn a_sub_accounts_gateway_does_not_capture_its_parents_numbers() {
        let (_dir, s) = store();
        put(
            &s,
            ROOT,
            "resources",
            "r-root",
            json!({"gateways": [{"server": "198.51.100.9"}]}),
        );
        // Only TENANT's gateway matches: ROOT's and OTHER's numbers are not its to take.
        assert_eq!(who(&s, CARRIER, "+14155550100", "x"), None);
        assert_eq!(who(&s, CARRIER, "+14155550300", "x"), None);
        assert_eq!(
            who(&s, CARRIER, "+14155550200", "x"),
            pair(TENANT, "r-tenant")
        );
        // A number nobody owns goes to the one candidate (its patterns may route it).
        assert_eq!(
            who(&s, CARRIER, "+18005550000", "x"),
            pair(TENANT, "r-tenant")
        );
    }
}
