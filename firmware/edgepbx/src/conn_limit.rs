//! Open HTTP connections per source, so that one address cannot take every connection slot.
//! IPv4 addresses count one by one; IPv6 sources count per /64 (one host usually owns a
//! whole /64). The table holds only sources with an open connection, so it never has more
//! entries than the global connection cap.

use std::collections::HashMap;
use std::net::IpAddr;
use std::sync::{Arc, Mutex};

pub struct PerSource {
    cap: usize,
    open: Mutex<HashMap<IpAddr, usize>>,
}

/// One admitted connection; dropping it gives its slot back.
pub struct Slot {
    table: Arc<PerSource>,
    key: IpAddr,
}

fn key(ip: IpAddr) -> IpAddr {
    match ip {
        IpAddr::V4(_) => ip,
        IpAddr::V6(v6) => match v6.to_ipv4_mapped() {
            Some(v4) => IpAddr::V4(v4),
            None => IpAddr::V6((u128::from(v6) & !(u128::MAX >> 64)).into()),
        },
    }
}

impl PerSource {
    pub fn new(cap: usize) -> Arc<PerSource> {
        Arc::new(PerSource {
            cap,
            open: Mutex::new(HashMap::new()),
        })
    }

    /// A slot for a new connection from `ip`, or None when the source has `cap` open.
    pub fn admit(self: &Arc<Self>, ip: IpAddr) -> Option<Slot> {
        let key = key(ip);
        let mut open = self.open.lock().unwrap_or_else(|e| e.into_inner());
        let n = open.entry(key).or_insert(0);
        if *n >= self.cap {
            return None;
        }
        *n += 1;
        Some(Slot {
            table: self.clone(),
            key,
        })
    }
}

impl Drop for Slot {
    fn drop(&mut self) {
        let mut open = self.table.open.lock().unwrap_or_else(|e| e.into_inner());
        if let Some(n) = open.get_mut(&self.key) {
            *n -= 1;
            if *n == 0 {
                open.remove(&self.key);
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn caps_each_source_and_frees_slots() {
        let t = PerSource::new(2);
        let a: IpAddr = "127.0.0.2".parse().unwrap();
        let b: IpAddr = "127.0.0.3".parse().unwrap();
        let s1 = t.admit(a).unwrap();
        let _s2 = t.admit(a).unwrap();
        assert!(t.admit(a).is_none());
        assert!(t.admit(b).is_some());
        drop(s1);
        assert!(t.admit(a).is_some());
        // Two addresses of one IPv6 /64 share a count; another /64 does not.
        let v6 = |s: &str| s.parse::<IpAddr>().unwrap();
        let _x = t.admit(v6("2001:db8::1")).unwrap();
        let _y = t.admit(v6("2001:db8::2")).unwrap();
        assert!(t.admit(v6("2001:db8::ffff:1")).is_none());
        assert!(t.admit(v6("2001:db8:0:1::1")).is_some());
        assert_eq!(
            t.open.lock().unwrap().len(),
            2,
            "closed sources leave the table"
        );
    }
}
