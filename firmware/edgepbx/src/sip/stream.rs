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
}

impl Connections {
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
                    None => serve(stream, peer, queue, &ctx).await,
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
                            Some(Ok(tls)) => serve(tls, peer, queue, &ctx).await,
                            Some(Err(e)) => {
                                tracing::debug!(%addr, error = %e, "sip tls handshake failed")
                            }
                            None => tracing::debug!(%addr, "sip tls handshake timed out"),
                        }
                    }
                }
                ctx.conns.close(conn);
                super::supervise::lock_engine(&ctx.engine).connection_closed(conn, ctx.clock.now());
            })
            .detach();
    }
}

async fn serve<S>(stream: S, peer: Peer, queue: Receiver<Vec<u8>>, ctx: &StreamContext)
where
    S: AsyncRead + AsyncWrite + Unpin + Send + 'static,
{
    let (mut reader, mut writer) = smol::io::split(stream);
    let write = async move {
        while let Ok(bytes) = queue.recv().await {
            if writer.write_all(&bytes).await.is_err() {
                break;
            }
            let _ = writer.flush().await;
        }
    };
    let read = async {
        let mut framer = Framer::new();
        let mut buf = vec![0u8; 16 * 1024];
        loop {
            let n = match reader.read(&mut buf).await {
                Ok(0) | Err(_) => return,
                Ok(n) => n,
            };
            framer.push(&buf[..n]);
            loop {
                match framer.next_frame() {
                    Ok(None) => break,
                    Ok(Some(Frame::Ping)) => ctx.conns.send(peer.conn, b"\r\n".to_vec()),
                    Ok(Some(Frame::Message(msg))) => {
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
                        return;
                    }
                }
            }
        }
    };
    smol::future::or(read, write).await;
}
