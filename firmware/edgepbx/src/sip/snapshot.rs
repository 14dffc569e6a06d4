//! Registrations survive a restart: on shutdown the UDP bindings are written to a file in
//! the data directory (one small write, not one per REGISTER), and read back at start.
//! Stream (TCP/TLS) bindings are not kept: their connections are gone.

use std::path::Path;

use edgepbx_sip::engine::registrar::{Aor, Binding};
use edgepbx_sip::engine::{Engine, Now};
use edgepbx_sip::transaction::{Peer, Transport};
use serde_json::{Value, json};

pub const FILE: &str = "registrations.json";

pub fn save(dir: &Path, engine: &Engine, now: Now) -> std::io::Result<()> {
    let rows: Vec<Value> = engine
        .registration_list()
        .into_iter()
        .filter(|(_, b)| b.peer.transport == Transport::Udp && b.expires_at > now.mono)
        .map(|(aor, b)| {
            json!({
                "account": aor.account, "device_id": aor.device_id, "contact": b.contact,
                "source": b.peer.addr.to_string(), "expires_unix": now.unix + (b.expires_at - now.mono) / 1000,
                "call_id": b.call_id, "cseq": b.cseq, "user_agent": b.user_agent, "natted": b.natted,
            })
        })
        .collect();
    let tmp = dir.join(format!("{FILE}.tmp"));
    std::fs::write(&tmp, serde_json::to_vec(&rows)?)?;
    std::fs::rename(tmp, dir.join(FILE))
}

pub fn load(dir: &Path, engine: &mut Engine, now: Now) -> usize {
    let Ok(bytes) = std::fs::read(dir.join(FILE)) else {
        return 0;
    };
    let Ok(Value::Array(rows)) = serde_json::from_slice::<Value>(&bytes) else {
        tracing::warn!("{FILE} is unreadable; starting with no registrations");
        return 0;
    };
    let mut restored = 0;
    for r in rows {
        let s = |k: &str| r.get(k).and_then(Value::as_str).unwrap_or("").to_string();
        let expires = r.get("expires_unix").and_then(Value::as_u64).unwrap_or(0);
        let Ok(addr) = s("source").parse() else {
            continue;
        };
        if expires <= now.unix {
            continue;
        }
        let binding = Binding {
            contact: s("contact"),
            peer: Peer {
                transport: Transport::Udp,
                addr,
                conn: 0,
            },
            expires_at: now.mono + (expires - now.unix) * 1000,
            call_id: s("call_id"),
            cseq: r.get("cseq").and_then(Value::as_u64).unwrap_or(0) as u32,
            user_agent: s("user_agent"),
            natted: r.get("natted").and_then(Value::as_bool).unwrap_or(false),
            next_keepalive: now.mono,
        };
        engine.restore_registration(
            Aor {
                account: s("account"),
                device_id: s("device_id"),
            },
            binding,
        );
        restored += 1;
    }
    let _ = std::fs::remove_file(dir.join(FILE));
    restored
}
