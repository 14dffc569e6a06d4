//! The engine's view of the store: accounts by domain, devices by SIP user name, and the
//! callflow a dialled number reaches.

use std::net::IpAddr;
use std::sync::Arc;

use edgepbx_sip::engine::{
    AccountRef, CallFlow, CallLimits, Caller, Carrier, DeviceAuth, Directory, MessageCounts,
    PlayItem, PresenceSources, UnsolicitedMwi,
};

use super::carrier_hosts::CarrierHosts;
use super::lookup::NoMatch;
use edgepbx_store::lenient::is_enabled;
use edgepbx_store::{GLOBAL, IndexName, Store};
use serde_json::Value;

use edgepbx_callflow::flow::{CallInfo, Interpreter};

pub struct StoreDirectory {
    pub store: Store,
    /// What the callflow interpreter reads and writes.
    pub data: Arc<dyn edgepbx_callflow::flow::Data>,
    /// Carrier gateways' host names, as last resolved.
    pub carrier_hosts: Arc<CarrierHosts>,
}

fn text(doc: &Value, path: &[&str]) -> Option<String> {
    let mut v = doc;
    for p in path {
        v = v.get(p)?;
    }
    v.as_str().filter(|s| !s.is_empty()).map(str::to_string)
}

impl StoreDirectory {
    /// The office's own account: the top-level one (no parent), oldest first.
    fn default_account(&self) -> Option<(String, Arc<Value>)> {
        let accounts = self.store.collection(GLOBAL, "accounts").ok()?;
        accounts
            .iter()
            .filter(|(_, d)| {
                d.get("pvt_tree")
                    .and_then(Value::as_array)
                    .is_none_or(Vec::is_empty)
            })
            .min_by_key(|(_, d)| {
                d.get("pvt_created")
                    .and_then(Value::as_u64)
                    .unwrap_or(u64::MAX)
            })
            .map(|(id, d)| (id.clone(), d.clone()))
    }

    fn account(&self, id: &str) -> Option<Arc<Value>> {
        self.store.get(GLOBAL, "accounts", id).ok().flatten()
    }

    /// The caller ID a device presents inside the office: the device's own, else its
    /// owner's, else its name and SIP user name.
    fn internal_caller_id(&self, account: &str, device: &Value) -> (String, String) {
        let owner = text(device, &["owner_id"])
            .and_then(|id| self.store.get(account, "users", &id).ok().flatten());
        let pick = |path: &[&str]| {
            text(device, path).or_else(|| owner.as_deref().and_then(|o| text(o, path)))
        };
        let name = pick(&["caller_id", "internal", "name"])
            .or_else(|| {
                owner.as_deref().map(|o| {
                    format!(
                        "{} {}",
                        text(o, &["first_name"]).unwrap_or_default(),
                        text(o, &["last_name"]).unwrap_or_default()
                    )
                    .trim()
                    .to_string()
                })
            })
            .filter(|n| !n.is_empty())
            .or_else(|| text(device, &["name"]))
            .unwrap_or_default();
        let number = pick(&["caller_id", "internal", "number"])
            .or_else(|| text(device, &["sip", "username"]))
            .unwrap_or_default();
        (name, number)
    }
}

impl StoreDirectory {
    fn interpreter(
        &self,
        caller: &Caller,
        number: &str,
        no_match: NoMatch,
    ) -> Option<Box<dyn CallFlow>> {
        let (callflow, captures) =
            super::lookup::find_callflow(&self.store, &caller.account, number, no_match)?;
        let mut call = CallInfo::new(caller.clone(), number, captures);
        call.from_outside = caller.outside || no_match == NoMatch::Refused;
        Some(Box::new(Interpreter::new(
            self.data.clone(),
            call,
            &callflow,
        )))
    }
}

impl Directory for StoreDirectory {
    fn account_for_domain(&self, domain: &str, is_local_name: bool) -> Option<AccountRef> {
        let domain = domain.to_ascii_lowercase();
        // The box's own names and addresses are the office's, whatever realm a sub-account
        // claims (a tenant must not capture phones that register to the box's address).
        let (id, doc) = if is_local_name {
            self.default_account()?
        } else {
            let id = self
                .store
                .index_get(IndexName::Realm, GLOBAL, &domain)
                .ok()
                .flatten()?;
            let doc = self.account(&id)?;
            (id, doc)
        };
        if !is_enabled(&doc) {
            return None;
        }
        Some(AccountRef {
            realm: text(&doc, &["realm"]).unwrap_or(domain),
            id,
        })
    }

    fn device_by_username(&self, account: &str, username: &str) -> Option<DeviceAuth> {
        // SIP user names match without regard to case, as in KAZOO's registrar: the index
        // holds them lower-cased, and the digest is checked against the name as the phone
        // sent it.
        let id = self
            .store
            .index_get(IndexName::SipUsername, account, &username.to_lowercase())
            .ok()
            .flatten()?;
        let device = self.store.get(account, "devices", &id).ok().flatten()?;
        let (caller_id_name, caller_id_number) = self.internal_caller_id(account, &device);
        Some(DeviceAuth {
            account: account.to_string(),
            device_id: id,
            username: username.to_string(),
            password: text(&device, &["sip", "password"])?,
            owner_id: text(&device, &["owner_id"]),
            enabled: is_enabled(&device),
            caller_id_name,
            caller_id_number,
        })
    }

    fn caller_for_device(&self, account: &str, device_id: &str) -> Option<Caller> {
        let device = self
            .store
            .get(account, "devices", device_id)
            .ok()
            .flatten()?;
        let (name, number) = self.internal_caller_id(account, &device);
        Some(Caller {
            account: account.to_string(),
            device_id: device_id.to_string(),
            owner_id: text(&device, &["owner_id"]),
            name,
            number,
            outside: false,
        })
    }

    fn srtp_policy(&self, account: &str, device_id: &str) -> edgepbx_sip::sdes::SrtpPolicy {
        let device = self.store.get(account, "devices", device_id).ok().flatten();
        device.map_or_else(Default::default, |d| {
            edgepbx_sip::sdes::SrtpPolicy::from_doc(&d)
        })
    }

    fn route(&self, caller: &Caller, number: &str) -> Option<Box<dyn CallFlow>> {
        self.interpreter(caller, number, NoMatch::Allowed)
    }

    fn carrier_for_source(&self, ip: IpAddr, number: &str, domain: &str) -> Option<Carrier> {
        super::carrier_account::carrier_for(&self.store, &self.carrier_hosts, ip, number, domain)
    }

    fn route_from_carrier(&self, caller: &Caller, number: &str) -> Option<Box<dyn CallFlow>> {
        self.interpreter(caller, number, NoMatch::Refused)
    }

    fn limits(&self, account: &str) -> CallLimits {
        let doc = self.store.get(account, "limits", "limits").ok().flatten();
        doc.as_deref().map(call_limits).unwrap_or_default()
    }

    fn device_limits(&self, account: &str, device_id: &str) -> CallLimits {
        let device = self.store.get(account, "devices", device_id).ok().flatten();
        let limits = device.as_deref().and_then(|d| d.get("limits"));
        limits.map(device_limits).unwrap_or_default()
    }

    fn parent_accounts(&self, account: &str) -> Vec<String> {
        let Some(doc) = self.account(account) else {
            return Vec::new();
        };
        let tree = doc.get("pvt_tree").and_then(Value::as_array);
        let parents = tree.into_iter().flatten().rev().filter_map(Value::as_str);
        parents.map(str::to_string).collect()
    }

    fn presence_sources(&self, account: &str) -> PresenceSources {
        super::presence::presence_sources(&self.store, self.data.as_ref(), account)
    }

    fn message_counts(&self, account: &str, device_id: &str, target: &str) -> MessageCounts {
        super::mwi::message_counts(&self.store, account, device_id, target)
    }

    fn unsolicited_mwi(&self, account: &str) -> Vec<UnsolicitedMwi> {
        super::mwi::unsolicited(&self.store, account)
    }

    fn hold_music(&self, account: &str, device_id: &str, groups: &[String]) -> PlayItem {
        edgepbx_callflow::flow::hold_music::music(&*self.data, account, device_id, groups)
    }

    /// The account's `edgepbx.country` (the API only stores known codes); else the
    /// nearest parent account's, so a sub-account inherits its office's tones.
    fn tone_country(&self, account: &str) -> Option<String> {
        use edgepbx_store::office_settings::{country, inherited};
        inherited(&self.store, account, |doc| country(doc).map(str::to_string))
    }
}

/// An account's `limits` document as the engine applies it: -1 (or absent) is unlimited,
/// `enabled: false` turns every limit off; numbers may be strings (the UI writes them so).
fn call_limits(doc: &Value) -> CallLimits {
    if !is_enabled(doc) {
        return CallLimits::default();
    }
    let limit = |key: &str| limit_at(doc, key);
    CallLimits {
        calls: limit("calls"),
        inbound_trunks: limit("inbound_trunks"),
        outbound_trunks: limit("outbound_trunks"),
        twoway_trunks: limit("twoway_trunks"),
        resource_consuming_calls: limit("resource_consuming_calls"),
        outbound_minutes_per_hour: limit("outbound_minutes_per_hour"),
    }
}

/// A device's `limits` object (edgepbx's addition): only the outside calls it places.
fn device_limits(limits: &Value) -> CallLimits {
    CallLimits {
        outbound_trunks: limit_at(limits, "outbound_trunks"),
        outbound_minutes_per_hour: limit_at(limits, "outbound_minutes_per_hour"),
        ..CallLimits::default()
    }
}

/// One limit: -1 (or absent) is unlimited; numbers may be strings (the UI writes them so).
fn limit_at(doc: &Value, key: &str) -> Option<u32> {
    edgepbx_store::lenient::i64_at(doc, key)
        .filter(|n| *n >= 0)
        .map(|n| n.min(i64::from(u32::MAX)) as u32)
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    const ROOT: &str = "ffff0000000000000000000000000000";
    const TENANT: &str = "00000000000000000000000000000001";

    /// A directory over a fresh store holding `accounts` (id, realm, pvt_tree).
    fn directory_of(accounts: &[(&str, &str, Value)]) -> (tempfile::TempDir, StoreDirectory) {
        let dir = tempfile::tempdir().unwrap();
        let store = Store::open(&dir.path().join("db")).unwrap();
        for (id, realm, tree) in accounts {
            let doc = json!({"realm": realm, "pvt_tree": tree, "pvt_created": 1});
            let id = id.to_string();
            store
                .write(move |tx| tx.upsert(GLOBAL, "accounts", &id, doc.clone()))
                .unwrap();
        }
        let directory = StoreDirectory {
            store: store.clone(),
            data: Arc::new(super::super::flow_data::StoreData::new(
                store.clone(),
                Default::default(),
                crate::mail::Mailer::start(store.clone()).unwrap(),
                Arc::new(CarrierHosts::default()),
                Default::default(),
            )),
            carrier_hosts: Arc::new(CarrierHosts::default()),
        };
        (dir, directory)
    }

    #[test]
    fn the_boxs_own_names_mean_the_top_level_account_whatever_a_tenant_claims() {
        let (_dir, directory) = directory_of(&[
            (ROOT, "office.local", json!([])),
            // A tenant claiming the box's address (or name) as its realm.
            (TENANT, "198.51.100.1", json!([ROOT])),
        ]);
        let account =
            |domain: &str, local: bool| directory.account_for_domain(domain, local).map(|a| a.id);
        assert_eq!(account("198.51.100.1", true).as_deref(), Some(ROOT));
        assert_eq!(account("office.local", true).as_deref(), Some(ROOT));
        // Realms that are not the box's own names still find their account.
        assert_eq!(account("198.51.100.1", false).as_deref(), Some(TENANT));
        assert_eq!(account("nowhere.example", false), None);
    }

    #[test]
    fn parent_accounts_are_the_tree_nearest_first() {
        const CUSTOMER: &str = "00000000000000000000000000000002";
        let (_dir, directory) = directory_of(&[
            (ROOT, "office.local", json!([])),
            (TENANT, "reseller.local", json!([ROOT])),
            (CUSTOMER, "customer.local", json!([ROOT, TENANT])),
        ]);
        assert_eq!(directory.parent_accounts(CUSTOMER), [TENANT, ROOT]);
        assert_eq!(directory.parent_accounts(TENANT), [ROOT]);
        assert!(directory.parent_accounts(ROOT).is_empty());
        assert!(directory.parent_accounts("gone").is_empty());
    }

    #[test]
    fn account_and_device_limits_are_read_as_the_engine_applies_them() {
        let (_dir, directory) = directory_of(&[(TENANT, "tenant.local", json!([]))]);
        let limits = json!({"outbound_minutes_per_hour": "30", "calls": -1});
        // A device's `limits` bound only the outside calls it places.
        let device = json!({"name": "d", "limits": {"outbound_trunks": 1, "outbound_minutes_per_hour": -1, "calls": 5}});
        directory
            .store
            .write(move |tx| {
                tx.upsert(TENANT, "limits", "limits", limits.clone())?;
                tx.upsert(TENANT, "devices", "dev1", device.clone())
            })
            .unwrap();
        let account = directory.limits(TENANT);
        assert_eq!(account.outbound_minutes_per_hour, Some(30));
        assert_eq!(account.calls, None);
        let device = directory.device_limits(TENANT, "dev1");
        assert_eq!(
            device,
            CallLimits {
                outbound_trunks: Some(1),
                ..CallLimits::default()
            }
        );
        assert_eq!(
            directory.device_limits(TENANT, "gone"),
            CallLimits::default()
        );
    }
}
