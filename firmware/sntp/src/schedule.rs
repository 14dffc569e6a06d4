//! Which server to ask and when: one request at a time, the next server after a timeout or a
//! bad reply, a pause that doubles (up to a limit) after every server failed in a round, and a
//! long pause after a good reply. Time is an input: `mono_ms` (never goes back) for the
//! schedule, `unix_us` (the clock being corrected) for the packets.

use crate::packet::{self, PACKET_LEN, Reply, SntpError};

#[derive(Debug, Clone, Copy)]
pub struct Timing {
    /// How long to wait for a reply.
    pub timeout_ms: u64,
    /// The pause after a good reply (RFC 4330 §10: not more often than once a minute or so).
    pub poll_ms: u64,
    /// The first pause after a round where every server failed; doubles up to `retry_max_ms`.
    pub retry_min_ms: u64,
    pub retry_max_ms: u64,
}

impl Default for Timing {
    fn default() -> Timing {
        Timing {
            timeout_ms: 2_000,
            poll_ms: 3_600_000,
            retry_min_ms: 16_000,
            retry_max_ms: 1_024_000,
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Action {
    /// Send `packet` to server number `server` now.
    Send {
        server: usize,
        packet: [u8; PACKET_LEN],
    },
    /// Nothing to do before `until_ms` (or a reply arriving).
    Wait { until_ms: u64 },
    /// No servers configured.
    Idle,
}

#[derive(Debug, Clone, Copy)]
struct Pending {
    server: usize,
    t1_unix_us: i64,
    deadline_ms: u64,
}

#[derive(Debug)]
pub struct Schedule {
    servers: usize,
    timing: Timing,
    next_server: usize,
    next_at_ms: u64,
    pending: Option<Pending>,
    failed_in_round: usize,
    retry_ms: u64,
}

impl Schedule {
    /// A schedule over `servers` servers whose first request goes out at once.
    pub fn new(servers: usize, timing: Timing) -> Schedule {
        Schedule {
            servers,
            timing,
            next_server: 0,
            next_at_ms: 0,
            pending: None,
            failed_in_round: 0,
            retry_ms: timing.retry_min_ms,
        }
    }

    pub fn poll(&mut self, mono_ms: u64, unix_us: i64) -> Action {
        if self.servers == 0 {
            return Action::Idle;
        }
        if let Some(p) = self.pending {
            if mono_ms < p.deadline_ms {
                return Action::Wait {
                    until_ms: p.deadline_ms,
                };
            }
            self.failed(mono_ms);
        }
        if mono_ms < self.next_at_ms {
            return Action::Wait {
                until_ms: self.next_at_ms,
            };
        }
        let server = self.next_server;
        self.pending = Some(Pending {
            server,
            t1_unix_us: unix_us,
            deadline_ms: mono_ms + self.timing.timeout_ms,
        });
        Action::Send {
            server,
            packet: packet::request(unix_us),
        }
    }

    /// A datagram from server `server`. `None` when it answers no request of ours (late, a
    /// stray, another server's): ignored, the wait goes on. Otherwise the reply, or why that
    /// server's answer is no good (then the next server is asked).
    pub fn handle(
        &mut self,
        mono_ms: u64,
        unix_us: i64,
        server: usize,
        bytes: &[u8],
    ) -> Option<Result<Reply, SntpError>> {
        let p = self.pending.filter(|p| p.server == server)?;
        match packet::parse_reply(bytes, p.t1_unix_us, unix_us) {
            Err(SntpError::NotOurs) => None,
            Err(e) => {
                self.failed(mono_ms);
                Some(Err(e))
            }
            Ok(reply) => {
                self.pending = None;
                self.failed_in_round = 0;
                self.retry_ms = self.timing.retry_min_ms;
                self.next_at_ms = mono_ms + self.timing.poll_ms;
                Some(Ok(reply))
            }
        }
    }

    /// The server being asked, if a request is out.
    pub fn asking(&self) -> Option<usize> {
        self.pending.map(|p| p.server)
    }

    fn failed(&mut self, mono_ms: u64) {
        self.pending = None;
        self.next_server = (self.next_server + 1) % self.servers;
        self.failed_in_round += 1;
        if self.failed_in_round >= self.servers {
            self.failed_in_round = 0;
            self.next_at_ms = mono_ms + self.retry_ms;
            self.retry_ms = (self.retry_ms * 2).min(self.timing.retry_max_ms);
        } else {
            self.next_at_ms = mono_ms;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::packet::to_ntp;

    fn answer(req: &[u8; 48], server_unix_us: i64) -> [u8; 48] {
        let mut p = [0u8; 48];
        p[0] = (4 << 3) | 4;
        p[1] = 1;
        p[24..32].copy_from_slice(&req[40..48]);
        p[32..40].copy_from_slice(&to_ntp(server_unix_us).to_be_bytes());
        p[40..48].copy_from_slice(&to_ntp(server_unix_us).to_be_bytes());
        p
    }

    fn send(s: &mut Schedule, mono: u64, unix: i64) -> (usize, [u8; 48]) {
        match s.poll(mono, unix) {
            Action::Send { server, packet } => (server, packet),
            other => panic!("expected a request at {mono} ms, got {other:?}"),
        }
    }

    #[test]
    fn asks_at_once_then_again_after_the_poll_interval() {
        let timing = Timing::default();
        let mut s = Schedule::new(2, timing);
        let (server, req) = send(&mut s, 0, 1_000);
        assert_eq!(server, 0);
        assert_eq!(
            s.poll(500, 1_000),
            Action::Wait {
                until_ms: timing.timeout_ms
            }
        );
        let got = s.handle(40, 41_000, 0, &answer(&req, 9_000_000)).unwrap();
        assert!(got.is_ok());
        assert_eq!(
            s.poll(41, 41_000),
            Action::Wait {
                until_ms: 40 + timing.poll_ms
            }
        );
        assert_eq!(send(&mut s, 40 + timing.poll_ms, 0).0, 0, "the same server");
    }

    #[test]
    fn a_silent_server_is_skipped_and_a_silent_round_backs_off() {
        let timing = Timing::default();
        let mut s = Schedule::new(2, timing);
        let mut now = 0;
        assert_eq!(send(&mut s, now, 0).0, 0);
        now += timing.timeout_ms;
        assert_eq!(send(&mut s, now, 0).0, 1, "the next server at once");
        now += timing.timeout_ms;
        let mut pauses = Vec::new();
        for _ in 0..8 {
            match s.poll(now, 0) {
                Action::Wait { until_ms } => {
                    pauses.push(until_ms - now);
                    now = until_ms;
                }
                other => panic!("{other:?}"),
            }
            send(&mut s, now, 0);
            now += timing.timeout_ms;
            send(&mut s, now, 0);
            now += timing.timeout_ms;
        }
        assert_eq!(
            pauses,
            [
                16_000, 32_000, 64_000, 128_000, 256_000, 512_000, 1_024_000, 1_024_000
            ]
        );
    }

    #[test]
    fn strays_are_ignored_and_a_refusal_moves_on() {
        let mut s = Schedule::new(2, Timing::default());
        let (_, req) = send(&mut s, 0, 5_000);
        // From the other server, or answering an older request: the wait goes on.
        assert_eq!(s.handle(1, 6_000, 1, &answer(&req, 1)), None);
        let old = crate::packet::request(4_000);
        assert_eq!(s.handle(1, 6_000, 0, &answer(&old, 1)), None);
        assert_eq!(s.asking(), Some(0));
        let mut kiss = answer(&req, 1);
        kiss[1] = 0;
        kiss[12..16].copy_from_slice(b"DENY");
        assert_eq!(
            s.handle(2, 6_000, 0, &kiss),
            Some(Err(SntpError::KissOfDeath("DENY".into())))
        );
        assert_eq!(send(&mut s, 2, 6_000).0, 1);
    }

    #[test]
    fn no_servers_means_idle() {
        assert_eq!(Schedule::new(0, Timing::default()).poll(0, 0), Action::Idle);
    }
}
