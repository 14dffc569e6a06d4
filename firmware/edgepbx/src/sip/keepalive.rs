//! Keep-alives on the connections the box opens to providers (RFC 5626 §4.4.1): a double
//! CRLF "ping" every [`PING_EVERY_MS`] while the connection is idle of pongs, and a
//! connection whose pong does not come within [`PONG_WITHIN_MS`] is dead (closed, and what
//! was in flight on it fails over). Time is an input: the connection task feeds it.

/// How often an outbound connection is pinged (RFC 5626 suggests 95-120 s for the server's
/// side; a NAT in the office router may forget an idle TCP mapping sooner).
pub const PING_EVERY_MS: u64 = 30_000;
/// RFC 5626 §4.4.1: no pong within 10 s means the flow failed.
pub const PONG_WITHIN_MS: u64 = 10_000;

#[derive(Debug, PartialEq, Eq)]
pub enum Action {
    /// Send `\r\n\r\n` now.
    Ping,
    /// Nothing to do before this time.
    WaitUntil(u64),
    /// No pong came in time: close the connection.
    Dead,
}

pub struct KeepAlive {
    next_ping: u64,
    /// While a ping waits for its pong: when it stops waiting.
    pong_due: Option<u64>,
}

impl KeepAlive {
    pub fn new(now: u64) -> KeepAlive {
        KeepAlive {
            next_ping: now + PING_EVERY_MS,
            pong_due: None,
        }
    }

    /// A lone CRLF arrived.
    pub fn on_pong(&mut self, now: u64) {
        if self.pong_due.take().is_some() {
            self.next_ping = now + PING_EVERY_MS;
        }
    }

    pub fn poll(&mut self, now: u64) -> Action {
        match self.pong_due {
            Some(due) if now >= due => Action::Dead,
            Some(due) => Action::WaitUntil(due),
            None if now >= self.next_ping => {
                self.pong_due = Some(now + PONG_WITHIN_MS);
                Action::Ping
            }
            None => Action::WaitUntil(self.next_ping),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pings_when_due_and_declares_a_silent_peer_dead() {
        let mut k = KeepAlive::new(1_000);
        assert_eq!(k.poll(1_000), Action::WaitUntil(1_000 + PING_EVERY_MS));
        let t = 1_000 + PING_EVERY_MS;
        assert_eq!(k.poll(t), Action::Ping);
        assert_eq!(k.poll(t + 1), Action::WaitUntil(t + PONG_WITHIN_MS));
        // The pong comes: the next ping is a full interval later.
        k.on_pong(t + 50);
        assert_eq!(k.poll(t + 60), Action::WaitUntil(t + 50 + PING_EVERY_MS));
        let t2 = t + 50 + PING_EVERY_MS;
        assert_eq!(k.poll(t2), Action::Ping);
        // A stray CRLF before our ping counts for nothing; silence past the limit is death.
        assert_eq!(
            k.poll(t2 + PONG_WITHIN_MS - 1),
            Action::WaitUntil(t2 + PONG_WITHIN_MS)
        );
        assert_eq!(k.poll(t2 + PONG_WITHIN_MS), Action::Dead);
        let mut k = KeepAlive::new(0);
        k.on_pong(5);
        assert_eq!(k.poll(10), Action::WaitUntil(PING_EVERY_MS));
    }
}
