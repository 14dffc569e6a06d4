//! Connections the box opens itself, to providers' gateways over TCP or TLS. The engine
//! sends to such a gateway with `conn` 0 in the peer; the first message to a (transport,
//! address) opens one connection that every later message to it reuses (REGISTERs, calls
//! out, their ACKs and BYEs), and a provider's requests on it reach the engine like any
//! stream's. Dialing and the TLS handshake run in tasks of the executor, never under the
//! engine's lock; when one fails, or an open connection dies, the engine hears the reason
//! ([`edgepbx_sip::engine::Engine::transport_failed`]) so registrations show it and calls
//! fail over at once. A failed dial is not tried again for a while (1 s, doubling up to
//! 60 s): messages meanwhile fail at once with the same reason, so a dead provider costs
//! no connection storm.

use std::collections::HashMap;
use std::net::SocketAddr;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use edgepbx_sip::transaction::{Peer, Transport};
use futures_rustls::TlsConnector;
use rustls::pki_types::ServerName;
use smol::channel::{Receiver, Sender, unbounded};

use super::carrier_hosts::CarrierHosts;
use super::stream::{Connections, StreamContext, serve};

const CONNECT_TIMEOUT: Duration = Duration::from_secs(10);
const HANDSHAKE_TIMEOUT: Duration = Duration::from_secs(10);
const BACKOFF_MIN: Duration = Duration::from_secs(1);
const BACKOFF_MAX: Duration = Duration::from_secs(60);

type Key = (Transport, SocketAddr);

enum Slot {
    /// Open or being opened: the connection's number.
    Open(u64),
    /// The last dial failed: messages fail at once until `until`.
    Failed {
        until: Instant,
        delay: Duration,
        reason: String,
    },
}

/// What the dialer task is asked to do.
pub enum Dial {
    Connect {
        key: Key,
        conn: u64,
        queue: Receiver<Vec<u8>>,
    },
    /// Tell the engine a message to `key` could not go (the gateway is in its backoff).
    Refused { key: Key, reason: String },
}

pub struct Pool {
    slots: Mutex<HashMap<Key, Slot>>,
    dials: Sender<Dial>,
    pending: Receiver<Dial>,
}

impl Default for Pool {
    fn default() -> Pool {
        let (dials, pending) = unbounded();
        Pool {
            slots: Mutex::new(HashMap::new()),
            dials,
            pending,
        }
    }
}

impl Pool {
    /// The connection to send to `peer` (a `conn` 0 stream peer) on, opening it if needed;
    /// None when the message cannot go (the dialer then tells the engine why).
    pub fn connection_for(&self, conns: &Connections, peer: Peer) -> Option<u64> {
        let key = (peer.transport, peer.addr);
        let Ok(mut slots) = self.slots.lock() else {
            return None;
        };
        match slots.get(&key) {
            Some(Slot::Open(conn)) if conns.is_open(*conn) => return Some(*conn),
            Some(Slot::Failed { until, reason, .. }) if *until > Instant::now() => {
                let reason = reason.clone();
                let _ = self.dials.try_send(Dial::Refused { key, reason });
                return None;
            }
            _ => {}
        }
        let Some((conn, queue)) = conns.open_outbound() else {
            let reason = "too many SIP connections".to_string();
            let _ = self.dials.try_send(Dial::Refused { key, reason });
            return None;
        };
        slots.insert(key, Slot::Open(conn));
        let _ = self.dials.try_send(Dial::Connect { key, conn, queue });
        Some(conn)
    }

    fn connected(&self, key: Key) {
        if let Ok(mut slots) = self.slots.lock()
            && let Some(Slot::Failed { .. }) = slots.get(&key)
        {
            slots.remove(&key);
        }
    }

    /// A dial failed: back off (doubling from the last failure's delay).
    fn dial_failed(&self, key: Key, reason: &str) {
        if let Ok(mut slots) = self.slots.lock() {
            let delay = match slots.get(&key) {
                Some(Slot::Failed { delay, .. }) => (*delay * 2).min(BACKOFF_MAX),
                _ => BACKOFF_MIN,
            };
            slots.insert(
                key,
                Slot::Failed {
                    until: Instant::now() + delay,
                    delay,
                    reason: reason.to_string(),
                },
            );
        }
    }

    /// An open connection ended: the next message dials again.
    fn closed(&self, key: Key, conn: u64) {
        if let Ok(mut slots) = self.slots.lock()
            && matches!(slots.get(&key), Some(Slot::Open(c)) if *c == conn)
        {
            slots.remove(&key);
        }
    }
}

/// What the dialer needs: the stream context (engine, sink, connections), the TLS client
/// configuration and the gateway names (for certificate checks and SNI).
pub struct Dialer {
    pub ctx: StreamContext,
    pub connector: TlsConnector,
    pub names: Arc<CarrierHosts>,
}

/// Runs the dials the pool asks for, each in a task of its own.
pub async fn dial_loop(dialer: Arc<Dialer>, executor: Arc<smol::Executor<'static>>) {
    let pending = dialer.ctx.conns.pool().pending.clone();
    while let Ok(dial) = pending.recv().await {
        match dial {
            Dial::Refused { key, reason } => report(&dialer.ctx, key, &reason),
            Dial::Connect { key, conn, queue } => {
                let dialer = dialer.clone();
                executor
                    .spawn(async move { connect(&dialer, key, conn, queue).await })
                    .detach();
            }
        }
    }
}

async fn with_timeout<T>(limit: Duration, f: impl Future<Output = T>) -> Option<T> {
    smol::future::or(async { Some(f.await) }, async {
        smol::Timer::after(limit).await;
        None
    })
    .await
}

async fn connect(dialer: &Dialer, key: Key, conn: u64, queue: Receiver<Vec<u8>>) {
    let ctx = &dialer.ctx;
    let (transport, addr) = key;
    let peer = Peer {
        transport,
        addr,
        conn,
    };
    let tcp = match with_timeout(CONNECT_TIMEOUT, smol::net::TcpStream::connect(addr)).await {
        Some(Ok(tcp)) => tcp,
        Some(Err(e)) => return failed(ctx, key, conn, &format!("connect to {addr}: {e}")),
        None => return failed(ctx, key, conn, &format!("connect to {addr}: timed out")),
    };
    let _ = tcp.set_nodelay(true);
    let ended = match transport {
        Transport::Tls => {
            // The certificate must name the gateway as the account wrote it (a host name),
            // or its address when it was written as one.
            let name = dialer
                .names
                .name_of(addr.ip())
                .unwrap_or_else(|| addr.ip().to_string());
            let Ok(server_name) = ServerName::try_from(name.clone()) else {
                return failed(ctx, key, conn, &format!("{name} is not a TLS server name"));
            };
            let handshake = dialer.connector.connect(server_name, tcp);
            match with_timeout(HANDSHAKE_TIMEOUT, handshake).await {
                Some(Ok(tls)) => {
                    tracing::info!(%addr, %name, "sip tls connection to the provider open");
                    dialer.ctx.conns.pool().connected(key);
                    serve(tls, peer, queue, ctx, true).await
                }
                Some(Err(e)) => {
                    return failed(ctx, key, conn, &format!("TLS with {name} ({addr}): {e}"));
                }
                None => {
                    return failed(
                        ctx,
                        key,
                        conn,
                        &format!("TLS with {name} ({addr}): timed out"),
                    );
                }
            }
        }
        _ => {
            ctx.conns.pool().connected(key);
            serve(tcp, peer, queue, ctx, true).await
        }
    };
    tracing::info!(%addr, transport = transport.via_name(), reason = %ended, "sip connection to the provider closed");
    ctx.conns.pool().closed(key, conn);
    super::stream::finish(ctx, conn);
    report(ctx, key, &format!("connection to {addr} closed: {ended}"));
}

fn failed(ctx: &StreamContext, key: Key, conn: u64, reason: &str) {
    tracing::warn!(peer = %key.1, transport = key.0.via_name(), reason, "sip connection to a provider failed");
    ctx.conns.pool().dial_failed(key, reason);
    super::stream::finish(ctx, conn);
    report(ctx, key, reason);
}

/// Tells the engine that what it sent to `key` will not arrive.
fn report(ctx: &StreamContext, key: Key, reason: &str) {
    let mut e = super::supervise::lock_engine(&ctx.engine);
    e.transport_failed(ctx.clock.now(), key.0, key.1, reason);
    ctx.sink.drain(&mut e);
}

#[cfg(test)]
mod tests {
    use super::*;

    fn delay(pool: &Pool, key: Key) -> Option<Duration> {
        match pool.slots.lock().unwrap().get(&key) {
            Some(Slot::Failed { delay, .. }) => Some(*delay),
            _ => None,
        }
    }

    #[test]
    fn one_connection_per_gateway_and_transport_and_none_while_backing_off() {
        let conns = Connections::default();
        let pool = conns.pool();
        let tls = Peer {
            transport: Transport::Tls,
            addr: "192.0.2.5:5061".parse().unwrap(),
            conn: 0,
        };
        let a = pool.connection_for(&conns, tls).unwrap();
        assert_eq!(pool.connection_for(&conns, tls), Some(a), "reused");
        let tcp = Peer {
            transport: Transport::Tcp,
            ..tls
        };
        let b = pool.connection_for(&conns, tcp).unwrap();
        assert_ne!(a, b);
        // The dialer was asked once per connection.
        assert!(matches!(pool.pending.try_recv(), Ok(Dial::Connect { conn, .. }) if conn == a));
        assert!(matches!(pool.pending.try_recv(), Ok(Dial::Connect { conn, .. }) if conn == b));
        assert!(pool.pending.try_recv().is_err());
        // A failed dial: messages fail at once with its reason, no new dial, and each
        // failure in a row doubles the wait.
        let key = (Transport::Tls, tls.addr);
        pool.dial_failed(key, "TLS with gw.example: certificate not valid");
        assert_eq!(pool.connection_for(&conns, tls), None);
        match pool.pending.try_recv() {
            Ok(Dial::Refused { reason, .. }) => assert!(reason.contains("certificate"), "{reason}"),
            _ => panic!("no refusal"),
        }
        assert_eq!(delay(pool, key), Some(BACKOFF_MIN));
        pool.dial_failed(key, "again");
        assert_eq!(delay(pool, key), Some(BACKOFF_MIN * 2));
        for _ in 0..10 {
            pool.dial_failed(key, "again");
        }
        assert_eq!(delay(pool, key), Some(BACKOFF_MAX));
        // A connection that opened clears the backoff; one that closes frees its slot,
        // but only its own.
        pool.connected(key);
        assert_eq!(delay(pool, key), None);
        pool.closed((Transport::Tcp, tls.addr), a);
        assert!(
            pool.slots
                .lock()
                .unwrap()
                .contains_key(&(Transport::Tcp, tls.addr))
        );
        pool.closed((Transport::Tcp, tls.addr), b);
        assert!(
            !pool
                .slots
                .lock()
                .unwrap()
                .contains_key(&(Transport::Tcp, tls.addr))
        );
    }
}
