//! SIP over TCP and TLS: one reader task per connection framing messages into the engine,
//! and one writer task draining that connection's queue. Connections are named by a
//! number the engine keeps in each `Peer`, so answers and requests to a phone reuse the
//! connection it opened (the only way to reach it behind NAT).

use std::collections::HashMap;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Mutex};
use std::time::Duration;

use edgepbx_sip::engine::Engine;
use edgepbx_sip::message::framer::{Frame, Framer};
use edgepbx_sip::message::writer::Writer;
use edgepbx_sip::transaction::{Peer, Transport};
use smol::channel::{Receiver, Sender, bounded};
use smol::io::{AsyncRead, AsyncReadExt, AsyncWrite, AsyncWriteExt};

use super::OutputSink;
use super::clock::Clock;
use super::keepalive::{self, KeepAlive};
use crate::tls::SharedAcceptor;

/// Most SIP stream connections at once.
const MAX_CONNECTIONS: usize = 2048;
/// Messages queued for one connection before it is considered stuck.
const QUEUE: usize = 256;
const TLS_HANDSHAKE: Duration = Duration::from_secs(10);

#[derive(Default)]
pub struct Connections {
    next: AtomicU64,
    writers: Mutex<HashMap<u64, Sender<Vec<u8>>>>,
    /// The connections the box opens to providers, one per (transport, address).
    outbound: super::outbound::Pool,
}

impl Connections {
    /// Sends to a stream peer: on the connection it names, or for `conn` 0 (a gateway the
    /// box connects to) on the pooled outbound connection, opened if needed.
    pub fn send_to(&self, peer: Peer, bytes: Vec<u8>) {
        let conn = match peer.conn {
            0 => match self.outbound.connection_for(self, peer) {
                Some(conn) => conn,
                None => return,
            },
            conn => conn,
        };
        self.send(conn, bytes);
    }

    pub fn pool(&self) -> &super::outbound::Pool {
        &self.outbound
    }

    pub fn is_open(&self, conn: u64) -> bool {
        self.writers
            .lock()
            .is_ok_and(|w| w.get(&conn).is_some_and(|s| !s.is_closed()))
    }

    /// A connection the box is about to dial.
    pub fn open_outbound(&self) -> Option<(u64, Receiver<Vec<u8>>)> {
        self.open()
    }

    pub fn send(&self, conn: u64, bytes: Vec<u8>) {
        let writer = self.writers.lock().ok().and_then(|w| w.get(&conn).cloned());
        match writer {
            Some(w) => {
                if w.try_send(bytes).is_err() {
                    tracing::debug!(conn, "sip connection queue full or closed; message dropped");
                }
            }
            None => tracing::debug!(conn, "no such sip connection (closed); message dropped"),
        }
    }

    /// A connection whose other end is inside the process (the analog lines' user agents).
    pub fn open_internal(&self) -> Option<(u64, Receiver<Vec<u8>>)> {
        self.open()
    }

    fn open(&self) -> Option<(u64, Receiver<Vec<u8>>)> {
        let mut writers = self.writers.lock().ok()?;
        if writers.len() >= MAX_CONNECTIONS {
            return None;
        }
        let id = self.next.fetch_add(1, Ordering::Relaxed) + 1;
        let (tx, rx) = bounded(QUEUE);
        writers.insert(id, tx);
        Some((id, rx))
    }

    fn close(&self, conn: u64) {
        if let Ok(mut w) = self.writers.lock() {
            w.remove(&conn);
        }
    }
}

#[derive(Clone)]
pub struct StreamContext {
    pub engine: Arc<Mutex<Engine>>,
    pub clock: Clock,
    pub sink: OutputSink,
    pub conns: Arc<Connections>,
    pub tls: Option<SharedAcceptor>,
    pub transport: Transport,
}

pub async fn accept_loop(
    listener: smol::net::TcpListener,
    ctx: StreamContext,
    executor: Arc<smol::Executor<'static>>,
) {
    loop {
        let (stream, addr) = match listener.accept().await {
            Ok(s) => s,
            Err(e) => {
                tracing::warn!(error = %e, "sip accept failed");
                smol::Timer::after(Duration::from_millis(50)).await;
                continue;
            }
        };
        let Some((conn, queue)) = ctx.conns.open() else {
            tracing::warn!(%addr, "too many sip connections; refused");
            continue;
        };
        let _ = stream.set_nodelay(true);
        let ctx = ctx.clone();
        let peer = Peer {
            transport: ctx.transport,
            addr,
            conn,
        };
        executor
            .spawn(async move {
                match ctx.tls.clone() {
                    None => {
                        serve(stream, peer, queue, &ctx, false).await;
                    }
                    Some(shared) => {
                        let acceptor = shared.current();
                        let handshake = smol::future::or(
                            async { Some(acceptor.accept(stream).await) },
                            async {
                                smol::Timer::after(TLS_HANDSHAKE).await;
                                None
                            },
                        )
                        .await;
                        match handshake {
                            Some(Ok(tls)) => {
                                serve(tls, peer, queue, &ctx, false).await;
                            }
                            Some(Err(e)) => {
                                tracing::debug!(%addr, error = %e, "sip tls handshake failed")
                            }
                            None => tracing::debug!(%addr, "sip tls handshake timed out"),
                        }
                    }
                }
                finish(&ctx, conn);
            })
            .detach();
    }
}

/// A connection is over: its number is freed and the engine forgets what lived on it.
pub fn finish(ctx: &StreamContext, conn: u64) {
    ctx.conns.close(conn);
    super::supervise::lock_engine(&ctx.engine).connection_closed(conn, ctx.clock.now());
}

/// Runs a connection until it ends, and says why. `keepalive`: ping the peer (connections
/// the box opened); a peer's pings are answered either way.
pub async fn serve<S>(
    stream: S,
    peer: Peer,
    queue: Receiver<Vec<u8>>,
    ctx: &StreamContext,
    keepalive: bool,
) -> String
where
    S: AsyncRead + AsyncWrite + Unpin + Send + 'static,
{
    let (mut reader, mut writer) = smol::io::split(stream);
    // When the last pong came (monotonic ms, 0: none since the last look).
    let pong_at = AtomicU64::new(0);
    let write = async move {
        while let Ok(bytes) = queue.recv().await {
            if let Err(e) = writer.write_all(&bytes).await {
                return format!("write failed: {e}");
            }
            let _ = writer.flush().await;
        }
        "closed by the box".to_string()
    };
    let pings = async {
        if !keepalive {
            return std::future::pending().await;
        }
        let mut k = KeepAlive::new(ctx.clock.now().mono);
        loop {
            let now = ctx.clock.now().mono;
            let pong = pong_at.swap(0, Ordering::Relaxed);
            if pong != 0 {
                k.on_pong(pong);
            }
            match k.poll(now) {
                keepalive::Action::Ping => ctx.conns.send(peer.conn, b"\r\n\r\n".to_vec()),
                keepalive::Action::Dead => return "no answer to keep-alive pings".to_string(),
                keepalive::Action::WaitUntil(t) => {
                    smol::Timer::after(Duration::from_millis(t.saturating_sub(now))).await;
                }
            }
        }
    };
    let read = async {
        let mut framer = Framer::new();
        let mut buf = vec![0u8; 16 * 1024];
        loop {
            let n = match reader.read(&mut buf).await {
                Ok(0) => return "closed by the peer".to_string(),
                Err(e) => return format!("read failed: {e}"),
                Ok(n) => n,
            };
            framer.push(&buf[..n]);
            loop {
                match framer.next_frame() {
                    Ok(None) => break,
                    Ok(Some(Frame::Ping)) => ctx.conns.send(peer.conn, b"\r\n".to_vec()),
                    Ok(Some(Frame::Pong)) => {
                        pong_at.store(ctx.clock.now().mono.max(1), Ordering::Relaxed);
                    }
                    Ok(Some(Frame::Message(msg))) => {
                        ctx.sink.trace.record(
                            edgepbx_sip::trace::Direction::In,
                            peer,
                            msg.as_bytes(),
                        );
                        let mut e = super::supervise::lock_engine(&ctx.engine);
                        e.handle_message(ctx.clock.now(), peer, msg);
                        ctx.sink.drain(&mut e);
                    }
                    Err(err) => {
                        // The stream's framing is lost: say why, then close it.
                        tracing::info!(peer = %peer.addr, error = %err, "bad sip stream; closing");
                        let bytes = Writer::response(err.status, &err.reason).finish_empty();
                        ctx.conns.send(peer.conn, bytes);
                        smol::Timer::after(Duration::from_millis(100)).await;
                        return format!("bad stream: {}", err.reason);
                    }
                }
            }
        }
    };
    smol::future::or(read, smol::future::or(write, pings)).await
}
