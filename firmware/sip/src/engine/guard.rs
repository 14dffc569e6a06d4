//! fail2ban inside the SIP engine: failed authentications and unanswered challenges per
//! source IP lead to a temporary ban, during which the source gets no answer at all. Both
//! tables are bounded (`max_sources`): a flood of (spoofed) source addresses evicts the
//! least recently counted sources and the bans closest to their end, never growing memory.

use std::collections::HashMap;
use std::net::IpAddr;

#[derive(Clone, Copy, Debug)]
pub struct GuardConfig {
    /// Failed authentications (wrong password, unknown user) within `window_secs` that ban.
    pub failures: u32,
    /// Challenges never followed by a good answer within the window (extension scanning).
    pub unanswered_challenges: u32,
    pub window_secs: u64,
    pub ban_secs: u64,
    /// Sources counted, and bans held, at most (each table).
    pub max_sources: usize,
}

impl Default for GuardConfig {
    fn default() -> GuardConfig {
        GuardConfig {
            failures: 10,
            unanswered_challenges: 200,
            window_secs: 300,
            ban_secs: 600,
            max_sources: 50_000,
        }
    }
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Ban {
    pub ip: IpAddr,
    pub until_unix: u64,
    pub reason: &'static str,
}

#[derive(Default)]
struct Counters {
    /// When this source was last counted (eviction keeps the most recent).
    last_seen: u64,
    window_start: u64,
    failures: u32,
    challenges: u32,
    successes: u32,
}

pub struct Guard {
    cfg: GuardConfig,
    counters: HashMap<IpAddr, Counters>,
    bans: HashMap<IpAddr, Ban>,
}

impl Guard {
    pub fn new(cfg: GuardConfig) -> Guard {
        Guard {
            cfg,
            counters: HashMap::new(),
            bans: HashMap::new(),
        }
    }

    /// New thresholds from now on (the box admin's `sip_security` setting): counts in
    /// progress are judged by them at their next failure; bans already given keep their end.
    pub fn set_limits(&mut self, failures: u32, window_secs: u64, ban_secs: u64) {
        self.cfg.failures = failures;
        self.cfg.window_secs = window_secs;
        self.cfg.ban_secs = ban_secs;
    }

    pub fn limits(&self) -> (u32, u64, u64) {
        (self.cfg.failures, self.cfg.window_secs, self.cfg.ban_secs)
    }

    pub fn is_banned(&mut self, ip: IpAddr, now: u64) -> bool {
        match self.bans.get(&ip) {
            Some(b) if b.until_unix > now => true,
            Some(_) => {
                self.bans.remove(&ip);
                false
            }
            None => false,
        }
    }

    fn counters(&mut self, ip: IpAddr, now: u64) -> &mut Counters {
        let window = self.cfg.window_secs;
        if !self.counters.contains_key(&ip) && self.counters.len() >= self.cfg.max_sources {
            self.counters.retain(|_, c| now < c.window_start + window);
            shrink(&mut self.counters, self.cfg.max_sources, |c| c.last_seen);
        }
        let c = self.counters.entry(ip).or_default();
        if now >= c.window_start + window {
            *c = Counters {
                window_start: now,
                ..Counters::default()
            };
        }
        c.last_seen = now;
        c
    }

    /// Counts a failed authentication; true if the source is now banned.
    pub fn failure(&mut self, ip: IpAddr, now: u64) -> bool {
        let limit = self.cfg.failures;
        let c = self.counters(ip, now);
        c.failures += 1;
        if limit > 0 && c.failures >= limit {
            self.ban(ip, now, "authentication failures");
            return true;
        }
        false
    }

    /// Counts a challenge sent; true if the source is now banned for scanning. Only a
    /// source that has not authenticated once in the window can be a scanner: a busy
    /// legitimate source (a NAT full of phones, a load test) always has many challenges
    /// in flight, about its request rate times its round-trip time.
    pub fn challenged(&mut self, ip: IpAddr, now: u64) -> bool {
        let limit = self.cfg.unanswered_challenges;
        let c = self.counters(ip, now);
        c.challenges += 1;
        if limit > 0 && c.successes == 0 && c.challenges >= limit {
            self.ban(ip, now, "unanswered challenges (scanning)");
            return true;
        }
        false
    }

    /// A good authentication answers one challenge.
    pub fn success(&mut self, ip: IpAddr) {
        if let Some(c) = self.counters.get_mut(&ip) {
            c.challenges = c.challenges.saturating_sub(1);
            c.successes = c.successes.saturating_add(1);
        }
    }

    fn ban(&mut self, ip: IpAddr, now: u64, reason: &'static str) {
        self.counters.remove(&ip);
        if !self.bans.contains_key(&ip) && self.bans.len() >= self.cfg.max_sources {
            self.bans.retain(|_, b| b.until_unix > now);
            shrink(&mut self.bans, self.cfg.max_sources, |b| b.until_unix);
        }
        self.bans.insert(
            ip,
            Ban {
                ip,
                until_unix: now + self.cfg.ban_secs,
                reason,
            },
        );
        tracing::warn!(%ip, reason, seconds = self.cfg.ban_secs, "sip source banned");
    }

    pub fn bans(&self, now: u64) -> Vec<Ban> {
        let mut v: Vec<Ban> = self
            .bans
            .values()
            .filter(|b| b.until_unix > now)
            .cloned()
            .collect();
        v.sort_by_key(|b| b.ip);
        v
    }

    pub fn lift(&mut self, ip: IpAddr) -> bool {
        self.counters.remove(&ip);
        self.bans.remove(&ip).is_some()
    }

    /// Forgets stale counters and expired bans (called periodically).
    pub fn prune(&mut self, now: u64) {
        let window = self.cfg.window_secs;
        self.counters.retain(|_, c| now < c.window_start + window);
        self.bans.retain(|_, b| b.until_unix > now);
    }

    /// Gives back the tables' slots after a flood of sources (see [`crate::compact`]).
    pub fn compact(&mut self) -> bool {
        use crate::compact::Compact;
        self.counters.compact() | self.bans.compact()
    }

    pub fn capacity(&self) -> usize {
        self.counters.capacity().max(self.bans.capacity())
    }
}

/// When `map` is over 7/8 of `cap`, drops its entries with the lowest `rank` down to 7/8, so
/// that a full table is shrunk once per cap/8 new entries (amortised O(1)), not on every one.
fn shrink<V>(map: &mut HashMap<IpAddr, V>, cap: usize, rank: impl Fn(&V) -> u64) {
    let keep = cap - cap / 8;
    if map.len() <= keep {
        return;
    }
    let mut ranks: Vec<u64> = map.values().map(&rank).collect();
    let mut drop = ranks.len() - keep;
    let (_, threshold, _) = ranks.select_nth_unstable(drop - 1);
    let threshold = *threshold;
    map.retain(|_, v| {
        if drop > 0 && rank(v) <= threshold {
            drop -= 1;
            false
        } else {
            true
        }
    });
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn failures_ban_then_expire_or_lift() {
        let mut g = Guard::new(GuardConfig {
            failures: 3,
            ban_secs: 60,
            ..GuardConfig::default()
        });
        let ip: IpAddr = "192.0.2.1".parse().unwrap();
        assert!(!g.failure(ip, 0));
        assert!(!g.failure(ip, 1));
        assert!(g.failure(ip, 2));
        assert!(g.is_banned(ip, 30));
        assert_eq!(g.bans(30).len(), 1);
        assert!(!g.is_banned(ip, 62));
        g.failure(ip, 100);
        g.failure(ip, 100);
        g.failure(ip, 100);
        assert!(g.lift(ip));
        assert!(!g.is_banned(ip, 101));
    }

    #[test]
    fn new_limits_apply_to_the_next_failure_and_keep_given_bans() {
        let mut g = Guard::new(GuardConfig {
            failures: 10,
            ban_secs: 600,
            ..GuardConfig::default()
        });
        let (a, b): (IpAddr, IpAddr) = ("192.0.2.4".parse().unwrap(), "192.0.2.5".parse().unwrap());
        for _ in 0..9 {
            assert!(!g.failure(a, 0));
        }
        assert!(g.failure(a, 0), "banned at the tenth");
        g.set_limits(2, 60, 30);
        assert_eq!(g.limits(), (2, 60, 30));
        assert!(g.is_banned(a, 599), "a given ban keeps its end");
        assert!(!g.failure(b, 100));
        assert!(g.failure(b, 100), "banned at the new threshold");
        assert!(
            g.is_banned(b, 129) && !g.is_banned(b, 130),
            "for the new ban time"
        );
        // The new window: failures 60 s apart no longer add up.
        let c: IpAddr = "192.0.2.6".parse().unwrap();
        assert!(!g.failure(c, 200));
        assert!(!g.failure(c, 260));
    }

    #[test]
    fn answered_challenges_never_ban() {
        let mut g = Guard::new(GuardConfig {
            unanswered_challenges: 5,
            ..GuardConfig::default()
        });
        let ip: IpAddr = "192.0.2.2".parse().unwrap();
        // Many challenges in flight at once from a source that does authenticate.
        assert!(!g.challenged(ip, 0));
        g.success(ip);
        for _ in 0..100 {
            assert!(!g.challenged(ip, 0));
        }
        // A source that never authenticates is a scanner.
        let scanner: IpAddr = "192.0.2.3".parse().unwrap();
        for _ in 0..4 {
            assert!(!g.challenged(scanner, 0));
        }
        assert!(g.challenged(scanner, 0));
    }

    #[test]
    fn a_flood_of_sources_keeps_both_tables_bounded() {
        let mut g = Guard::new(GuardConfig {
            failures: 1,
            max_sources: 100,
            ..GuardConfig::default()
        });
        for n in 0..10_000u32 {
            let ip = IpAddr::from(n.to_be_bytes());
            g.challenged(ip, u64::from(n));
            if n % 2 == 0 {
                g.failure(ip, u64::from(n));
            }
            assert!(g.counters.len() <= 100 && g.bans.len() <= 100);
        }
        // The newest ban is kept; the oldest went first.
        assert!(g.is_banned(IpAddr::from(9_998u32.to_be_bytes()), 9_999));
        assert!(!g.is_banned(IpAddr::from(0u32.to_be_bytes()), 1));
    }
}
