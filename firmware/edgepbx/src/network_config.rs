//! The box's network setting (`/v2/system/network`, stored box-wide) written as
//! `<data>/network.conf`, the file the appliance's `network-start` reads at boot (its path is
//! `[network] settings` in the system config). `key=value` lines, values already checked by
//! the API (addresses only), read by the script without being run as shell code.
//! A thread of its own looks at the setting every few seconds and rewrites the file when it
//! changed (written aside and renamed: a power cut leaves the old or the new file).

use std::path::{Path, PathBuf};
use std::time::Duration;

use edgepbx_api::system_network;
use edgepbx_store::{GLOBAL, Store};
use serde_json::Value;

pub const FILE: &str = "network.conf";
const EVERY: Duration = Duration::from_secs(3);

/// The file for a stored setting (`None`: never set, DHCP).
pub fn render(doc: Option<&Value>) -> String {
    let field = |k: &str| doc.and_then(|d| d.get(k)).and_then(Value::as_str);
    let mut out = String::from(
        "# Written by edgepbx from /v2/system/network; read by network-start at boot.\n",
    );
    match (field("mode"), field("address")) {
        (Some("static"), Some(address)) => {
            out.push_str(&format!("mode=static\naddress={address}\n"));
            if let Some(g) = field("gateway") {
                out.push_str(&format!("gateway={g}\n"));
            }
            let dns: Vec<&str> = doc
                .and_then(|d| d.get("dns"))
                .and_then(Value::as_array)
                .map(|l| l.iter().filter_map(Value::as_str).collect())
                .unwrap_or_default();
            if !dns.is_empty() {
                out.push_str(&format!("dns={}\n", dns.join(" ")));
            }
        }
        _ => out.push_str("mode=dhcp\n"),
    }
    // A static IPv6 address goes with either mode.
    for key in ["address6", "gateway6"] {
        if let Some(v) = field(key) {
            out.push_str(&format!("{key}={v}\n"));
        }
    }
    out
}

fn write_if_changed(store: &Store, dir: &Path) -> Result<bool, String> {
    let doc = store
        .get(GLOBAL, system_network::KIND, system_network::ID)
        .map_err(|e| e.to_string())?;
    let text = render(doc.as_deref());
    if std::fs::read_to_string(dir.join(FILE)).is_ok_and(|old| old == text) {
        return Ok(false);
    }
    crate::atomic_file::write(dir, FILE, text.as_bytes()).map_err(|e| e.to_string())?;
    Ok(true)
}

pub fn start(store: Store, data: PathBuf) -> Result<(), String> {
    std::thread::Builder::new()
        .name("network-config".into())
        .spawn(move || {
            loop {
                match write_if_changed(&store, &data) {
                    Ok(true) => tracing::info!(
                        file = %data.join(FILE).display(),
                        "network setting written; it applies at the next boot"
                    ),
                    Ok(false) => {}
                    Err(e) => tracing::warn!(%e, "cannot write the network setting"),
                }
                std::thread::sleep(EVERY);
            }
        })
        .map(|_| ())
        .map_err(|e| e.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn dhcp_unless_a_static_address_is_stored() {
        assert!(render(None).ends_with("\nmode=dhcp\n"));
        assert!(render(Some(&json!({"mode": "dhcp"}))).ends_with("\nmode=dhcp\n"));
        let text = render(Some(&json!({"mode": "static", "address": "10.0.2.15/24",
            "gateway": "10.0.2.2", "dns": ["10.0.2.3", "2001:db8::53"]})));
        assert!(
            text.ends_with(
                "\nmode=static\naddress=10.0.2.15/24\ngateway=10.0.2.2\ndns=10.0.2.3 2001:db8::53\n"
            ),
            "{text}"
        );
        let text = render(Some(
            &json!({"mode": "dhcp", "address6": "2001:db8::10/64", "gateway6": "fe80::1"}),
        ));
        assert!(
            text.ends_with("\nmode=dhcp\naddress6=2001:db8::10/64\ngateway6=fe80::1\n"),
            "{text}"
        );
    }
}
