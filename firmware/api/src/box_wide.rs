//! Values unique across the whole box, not only within one account: phone numbers in E.164
//! form (DIDs: a callflow number or a `phone_numbers` entry; short extensions such as `1000`
//! stay per account) and carrier gateway addresses (a network of one account may not overlap
//! another account's). Checked inside the write transaction, so two accounts saving at once
//! cannot both win. Errors name the field, never the other account or its documents.

use serde_json::{Value, json};

use crate::Api;
use crate::error::{ApiError, ApiResult};
use crate::gateway_address::parse;
use edgepbx_store::{GLOBAL, IndexName, StoreError, Tx, numbers};

/// Runs `write` in a transaction once `doc` (of `kind`, saved in `account`) has passed the
/// box-wide checks; returns what `write` stored.
pub fn write_checked<F>(
    api: &Api,
    account: &str,
    kind: &str,
    doc: Value,
    mut write: F,
) -> ApiResult<Value>
where
    F: FnMut(&mut Tx, Value) -> Result<Value, StoreError> + Send + 'static,
{
    let (acct, k) = (account.to_string(), kind.to_string());
    api.store().write(move |tx| {
        if let Err(e) = check(tx, &acct, &k, &doc) {
            return Ok(Err(e));
        }
        write(tx, doc.clone()).map(Ok)
    })?
}

fn check(tx: &Tx, account: &str, kind: &str, doc: &Value) -> ApiResult<()> {
    match kind {
        "callflows" => {
            let numbers = doc.get("numbers").and_then(Value::as_array);
            for n in numbers.into_iter().flatten().filter_map(Value::as_str) {
                number_free(tx, account, &numbers::normalize(n), "numbers")?;
            }
            Ok(())
        }
        "resources" => gateways_free(tx, account, doc),
        _ => Ok(()),
    }
}

/// Other accounts than `account`.
fn other_accounts(tx: &Tx, account: &str) -> Result<Vec<String>, StoreError> {
    Ok(tx
        .list(GLOBAL, "accounts")?
        .into_iter()
        .map(|(id, _)| id)
        .filter(|id| id != account)
        .collect())
}

/// A DID (`number` as normalised) must not be another account's callflow number or phone
/// number. Numbers that are not E.164 (extensions, star codes) are per account.
pub fn number_free(tx: &Tx, account: &str, number: &str, field: &str) -> ApiResult<()> {
    if !number.starts_with('+') {
        return Ok(());
    }
    for other in other_accounts(tx, account)? {
        let taken = tx
            .index_get(IndexName::CallflowNumber, &other, number)?
            .is_some()
            || tx.get(&other, "phone_numbers", number)?.is_some();
        if taken {
            return Err(ApiError::field(
                field,
                "unique",
                format!("{number} is already in use on this box"),
                Some(("cause", json!(number))),
            ));
        }
    }
    Ok(())
}

/// `(index, server)` of each gateway in a resource's `gateways`.
fn servers(gateways: Option<&Value>) -> impl Iterator<Item = (usize, &str)> {
    gateways
        .and_then(Value::as_array)
        .into_iter()
        .flatten()
        .enumerate()
        .filter_map(|(i, gw)| Some((i, gw.get("server")?.as_str()?)))
}

fn gateways_free(tx: &Tx, account: &str, doc: &Value) -> ApiResult<()> {
    let mine: Vec<_> = servers(doc.get("gateways"))
        .filter_map(|(i, s)| Some((i, parse(s)?)))
        .filter(|(_, g)| g.network().is_some())
        .collect();
    if mine.is_empty() {
        return Ok(());
    }
    for other in other_accounts(tx, account)? {
        for (_, resource) in tx.list(&other, "resources")? {
            for (_, server) in servers(resource.get("gateways")) {
                let Some(theirs) = parse(server) else {
                    continue;
                };
                if let Some((i, _)) = mine.iter().find(|(_, g)| g.overlaps(&theirs)) {
                    let server = servers(doc.get("gateways"))
                        .nth(*i)
                        .map(|(_, s)| s)
                        .unwrap_or_default();
                    return Err(ApiError::field(
                        &format!("gateways.{i}.server"),
                        "unique",
                        "overlaps a gateway of another account",
                        Some(("value", json!(server))),
                    ));
                }
            }
        }
    }
    Ok(())
}

/// Refuses gateway networks broader than a /24 (IPv4) or /64 (IPv6): such a gateway would
/// take unauthenticated calls from a whole region of the internet (or the box itself).
pub fn validate_gateways(doc: &serde_json::Map<String, Value>) -> ApiResult<()> {
    for (i, server) in servers(doc.get("gateways")) {
        if parse(server).is_some_and(|g| g.too_broad()) {
            return Err(ApiError::field(
                &format!("gateways.{i}.server"),
                "network",
                format!(
                    "a gateway network may be at most a /{} (IPv4) or a /{} (IPv6)",
                    crate::gateway_address::MIN_PREFIX_V4,
                    crate::gateway_address::MIN_PREFIX_V6
                ),
                Some(("value", json!(server))),
            ));
        }
    }
    Ok(())
}
