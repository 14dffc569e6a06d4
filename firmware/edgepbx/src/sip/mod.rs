//! SIP in the running box: sockets (UDP and TCP on `--sip`, TLS on `--sips`), the engine
//! behind one lock, the threads that feed it, and where its output goes.

mod carrier_account;
mod carrier_hosts;
pub(crate) mod clock;
#[cfg(test)]
mod deposit_bench;
mod directory;
mod dns_client;
mod dns_wire;
mod doc_update;
mod flow_data;
mod flow_io;
mod gateway_match;
pub(crate) mod http_client;
mod http_tls;
mod keepalive;
mod live;
mod lookup;
mod media;
mod media_cache;
mod media_loader;
mod mwi;
mod outbound;
mod presence;
mod rfc3263;
mod snapshot;
mod status;
mod stream;
mod stun;
mod supervise;
mod trace_tap;
mod trim;
mod trunk_alerts;
mod trunk_watch;
mod uplinks;
mod vm_purge;

use std::net::{IpAddr, SocketAddr, TcpListener, UdpSocket};
use std::path::PathBuf;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::mpsc;
use std::sync::{Arc, Mutex};
use std::time::Duration;

use crate::tls::SharedAcceptor;
use edgepbx_relay::{Relay, RelayConfig};
use edgepbx_sip::engine::{Engine, EngineConfig, Output};
use edgepbx_sip::trace::Direction;
use edgepbx_sip::transaction::{Peer, Transport};
use edgepbx_store::Store;
use serde_json::{Map, Value};

pub use live::SipLive;

use crate::config::Config;
use crate::lifecycle::LastStop;
use clock::Clock;
use stream::Connections;

/// How long the UDP thread sleeps at most without packets (timers are checked after it).
const UDP_POLL: Duration = Duration::from_millis(10);
const TIMER_TICK_MS: u64 = 10;
/// How often the registered-device snapshot callflows read is refreshed.
const REGISTERED_SNAPSHOT_MS: u64 = 1000;

pub struct Sip {
    pub engine: Arc<Mutex<Engine>>,
    pub clock: Clock,
    udp: Arc<UdpSocket>,
    tcp: TcpListener,
    tls: TcpListener,
    conns: Arc<Connections>,
    cdrs: mpsc::Sender<CallLog>,
    stop: Arc<AtomicBool>,
    data: PathBuf,
    tls_acceptor: SharedAcceptor,
    flow_io: Arc<flow_io::FlowIo>,
    registered: flow_data::Registered,
    snapshots: snapshot::Writer,
    start: Arc<status::StartInfo>,
    /// TLS towards providers: the public roots plus `sip_ca`.
    sip_tls: futures_rustls::TlsConnector,
    carrier_hosts: Arc<carrier_hosts::CarrierHosts>,
    /// `stun_server`, and the address its socket binds to.
    stun: Option<(String, IpAddr)>,
    /// The box's mail queue (notification previews from the API).
    mailer: crate::mail::Mailer,
    /// The recent SIP messages of every transport (call ladders, pcap, problem reports).
    trace: Arc<trace_tap::TraceTap>,
    pub udp_addr: SocketAddr,
    pub tls_addr: SocketAddr,
}

/// The address peers should use to reach us: the bound one, or for a wildcard bind the
/// address of the interface that routes outward (no packet is sent to find it).
fn advertised_ip(bound: IpAddr) -> IpAddr {
    if !bound.is_unspecified() {
        return bound;
    }
    let probe = UdpSocket::bind("0.0.0.0:0").and_then(|s| {
        s.connect("192.0.2.1:9")?;
        s.local_addr()
    });
    match probe {
        Ok(a) if !a.ip().is_unspecified() => a.ip(),
        _ => IpAddr::from([127, 0, 0, 1]),
    }
}

/// The SIP UDP socket. SO_REUSEADDR lets the plug-and-play listener share port 5060 on the
/// multicast group; IP_MULTICAST_ALL off keeps the group's SUBSCRIBEs away from this socket
/// (Linux would otherwise hand a wildcard-bound socket every joined group's datagrams).
fn bind_sip_udp(addr: SocketAddr) -> std::io::Result<UdpSocket> {
    use socket2::{Domain, Protocol, Socket, Type};
    let socket = Socket::new(Domain::for_address(addr), Type::DGRAM, Some(Protocol::UDP))?;
    socket.set_reuse_address(true)?;
    if addr.is_ipv4() {
        use std::os::fd::AsRawFd;
        let off: libc::c_int = 0;
        // SAFETY: a valid socket and a c_int option value of the size passed.
        let rc = unsafe {
            libc::setsockopt(
                socket.as_raw_fd(),
                libc::IPPROTO_IP,
                libc::IP_MULTICAST_ALL,
                (&off as *const libc::c_int).cast(),
                std::mem::size_of::<libc::c_int>() as libc::socklen_t,
            )
        };
        if rc != 0 {
            return Err(std::io::Error::last_os_error());
        }
    }
    socket.bind(&addr.into())?;
    Ok(socket.into())
}

/// UDP and TCP on the same port; with port 0 the kernel picks one that is free for both.
fn bind_udp_tcp(addr: SocketAddr) -> Result<(UdpSocket, TcpListener), String> {
    for _ in 0..20 {
        let udp = bind_sip_udp(addr).map_err(|e| format!("--sip {addr} (udp): {e}"))?;
        let port = udp.local_addr().map_err(|e| e.to_string())?.port();
        match TcpListener::bind(SocketAddr::new(addr.ip(), port)) {
            Ok(tcp) => return Ok((udp, tcp)),
            Err(e) if addr.port() != 0 => return Err(format!("--sip {addr} (tcp): {e}")),
            Err(_) => continue,
        }
    }
    Err(format!("--sip {addr}: no port free for both UDP and TCP"))
}

impl Sip {
    /// `last_stop`: how the previous run ended (lifecycle marker), for the logs and the API.
    pub fn start(
        config: &Config,
        store: Store,
        tls_acceptor: SharedAcceptor,
        last_stop: LastStop,
    ) -> Result<Sip, String> {
        http_tls::configure(config.http_ca.as_deref())?;
        let sip_tls = http_tls::client_config("sip_ca", config.sip_ca.as_deref())?;
        let clock = Clock::new();
        let (udp, tcp) = bind_udp_tcp(config.sip)?;
        let tls =
            TcpListener::bind(config.sips).map_err(|e| format!("--sips {}: {e}", config.sips))?;
        let udp_addr = udp.local_addr().map_err(|e| e.to_string())?;
        let tls_addr = tls.local_addr().map_err(|e| e.to_string())?;
        let ip = config
            .public_ip
            .unwrap_or_else(|| advertised_ip(udp_addr.ip()));
        let relay = Relay::start(RelayConfig {
            bind_ip: config.sip.ip(),
            port_min: config.rtp_ports.0,
            port_max: config.rtp_ports.1,
        })
        .map_err(|e| format!("rtp relay: {e}"))?;
        let mut local_names = vec!["localhost".to_string(), config.realm.clone()];
        if let Ok(host) = std::fs::read_to_string("/proc/sys/kernel/hostname") {
            local_names.push(host.trim().to_string());
        }
        let flow_io = flow_io::FlowIo::start(config.sip.ip())?;
        let registered = flow_data::Registered::default();
        let locals = [
            (Transport::Udp, SocketAddr::new(ip, udp_addr.port())),
            (Transport::Tcp, SocketAddr::new(ip, udp_addr.port())),
            (Transport::Tls, SocketAddr::new(ip, tls_addr.port())),
        ];
        let trace = Arc::new(trace_tap::TraceTap::new(
            config.sip_trace_limits(),
            clock,
            locals,
        ));
        let engine_config = EngineConfig {
            media_server: Some(flow_io.media_server_addr()),
            local: locals.to_vec(),
            media_ip: ip,
            outside_ip: config.provider_public_ip,
            local_names,
            media_timeout_ms: config.media_timeout_secs * 1000,
            // Thresholds saved through `/v2/system/sip_security` replace these when the API
            // starts (`Api::apply_stored_sip_security`), before any SIP is served.
            guard: edgepbx_sip::engine::guard::GuardConfig {
                failures: config.sip_ban_failures,
                ban_secs: config.sip_ban_seconds,
                ..Default::default()
            },
            digest_algorithms: config.sip_digest.clone(),
            ..EngineConfig::default()
        };
        let mut key = [0u8; 32];
        getrandom::fill(&mut key).map_err(|e| e.to_string())?;
        let mut seed = [0u8; 8];
        getrandom::fill(&mut seed).map_err(|e| e.to_string())?;
        let carrier_hosts = carrier_hosts::CarrierHosts::start(store.clone());
        let mailer = crate::mail::Mailer::start(store.clone())?;
        let mut engine = Engine::new(
            engine_config,
            Box::new(directory::StoreDirectory {
                store: store.clone(),
                data: Arc::new(flow_data::StoreData::new(
                    store.clone(),
                    registered.clone(),
                    mailer.clone(),
                    carrier_hosts.clone(),
                    media_cache::DecodedMedia::start(store.clone()),
                )),
                carrier_hosts: carrier_hosts.clone(),
            }),
            Box::new(media::RelayMedia { relay }),
            key,
            u64::from_le_bytes(seed),
        );
        let now = clock.now();
        let restored = snapshot::restore(&config.data, &store, &mut engine, now);
        let last_stop = match restored.saved_unix {
            Some(saved) => last_stop.seen_alive(saved),
            None => last_stop,
        };
        log_start(last_stop, &restored);
        let snapshots = snapshot::Writer::start(config.data.clone())?;
        let start = Arc::new(status::StartInfo {
            started_unix: now.unix,
            last_stop,
            restored,
            snapshot_secs: config.snapshot_secs,
            writer: snapshots.clone(),
        });
        let engine = Arc::new(Mutex::new(engine));
        uplinks::start(store.clone(), carrier_hosts.clone(), engine.clone(), clock);
        trunk_alerts::start(store.clone(), mailer.clone(), &engine, clock);
        let sip = Sip {
            engine,
            clock,
            udp: Arc::new(udp),
            tcp,
            tls,
            conns: Arc::new(Connections::default()),
            cdrs: cdr_writer(store.clone()),
            stop: Arc::new(AtomicBool::new(false)),
            data: config.data.clone(),
            tls_acceptor,
            flow_io,
            registered,
            snapshots,
            start,
            sip_tls: futures_rustls::TlsConnector::from(sip_tls),
            carrier_hosts,
            stun: config
                .stun_server
                .clone()
                .map(|server| (server, config.sip.ip())),
            mailer,
            trace,
            udp_addr,
            tls_addr,
        };
        sip.flow_io
            .attach(sip.engine.clone(), sip.output(), sip.clock);
        vm_purge::start(store, clock);
        Ok(sip)
    }

    /// An in-process connection to the engine for a user agent inside the box (an analog
    /// port), known to the engine as a reliable stream from `addr`.
    pub fn internal_link(&self, addr: SocketAddr) -> Result<InternalLink, String> {
        let (conn, rx) = self
            .conns
            .open_internal()
            .ok_or("no free SIP connection slot for an analog line")?;
        Ok(InternalLink {
            peer: Peer {
                transport: Transport::Tcp,
                addr,
                conn,
            },
            rx,
            engine: self.engine.clone(),
            sink: self.output(),
            clock: self.clock,
        })
    }

    /// The analog FXO lines' SIP addresses: gateways inside the box, which keep seeing
    /// its own address when providers are shown an outside one.
    pub fn set_in_box_gateways(&self, gateways: &[SocketAddr]) {
        supervise::lock_engine(&self.engine).set_in_box_gateways(gateways.to_vec());
    }

    /// What the API shows of the engine, and of the analog ports in `analog`.
    pub fn live(&self, analog: crate::analog::PortTable, store: Store) -> SipLive {
        SipLive {
            analog,
            store,
            engine: self.engine.clone(),
            clock: self.clock,
            data: self.data.clone(),
            tls: self.tls_acceptor.clone(),
            start: self.start.clone(),
            sink: self.output(),
            mailer: self.mailer.clone(),
            trace: self.trace.clone(),
        }
    }

    fn output(&self) -> OutputSink {
        OutputSink {
            udp: self.udp.clone(),
            conns: self.conns.clone(),
            cdrs: self.cdrs.clone(),
            flow_io: Arc::downgrade(&self.flow_io),
            trace: self.trace.clone(),
        }
    }

    /// Starts the UDP/timer thread and the stream listeners on `executor`.
    pub fn serve(&self, executor: &Arc<smol::Executor<'static>>) -> Result<(), String> {
        let engine = self.engine.clone();
        let clock = self.clock;
        let sink = self.output();
        let stop = self.stop.clone();
        let udp = self.udp.clone();
        let registered = self.registered.clone();
        let mut saver = snapshot::Saver::new(self.snapshots.clone(), self.start.snapshot_secs);
        udp.set_read_timeout(Some(UDP_POLL))
            .map_err(|e| e.to_string())?;
        supervise::spawn_supervised("sip-udp", move || {
            udp_loop(&udp, &engine, clock, &sink, &stop, &registered, &mut saver)
        })
        .map_err(|e| e.to_string())?;
        if let Some((server, bind)) = &self.stun {
            stun::start(stun::StunTask {
                server: server.clone(),
                bind: *bind,
                engine: self.engine.clone(),
                clock,
                sink: self.output(),
                stop: self.stop.clone(),
            })
            .map_err(|e| format!("stun_server {server}: {e}"))?;
        }
        let dialer = Arc::new(outbound::Dialer {
            ctx: self.stream_context(None, Transport::Tcp),
            connector: self.sip_tls.clone(),
            names: self.carrier_hosts.clone(),
        });
        executor
            .spawn(outbound::dial_loop(dialer, executor.clone()))
            .detach();
        for (listener, transport) in [(&self.tcp, Transport::Tcp), (&self.tls, Transport::Tls)] {
            let listener = listener.try_clone().map_err(|e| e.to_string())?;
            let listener = smol::net::TcpListener::try_from(listener).map_err(|e| e.to_string())?;
            let tls = (transport == Transport::Tls).then(|| self.tls_acceptor.clone());
            let ctx = self.stream_context(tls, transport);
            executor
                .spawn(stream::accept_loop(listener, ctx, executor.clone()))
                .detach();
        }
        Ok(())
    }

    fn stream_context(
        &self,
        tls: Option<SharedAcceptor>,
        transport: Transport,
    ) -> stream::StreamContext {
        stream::StreamContext {
            engine: self.engine.clone(),
            clock: self.clock,
            sink: self.output(),
            conns: self.conns.clone(),
            tls,
            transport,
        }
    }

    /// Stops the UDP thread and writes a last snapshot for the next start (copied under
    /// the lock, written after it is released).
    pub fn shutdown(&self) {
        self.stop.store(true, Ordering::SeqCst);
        self.flow_io.shutdown();
        let last = {
            let engine = supervise::lock_engine(&self.engine);
            snapshot::Kind::ALL
                .map(|kind| snapshot::capture(&engine, self.clock.now(), kind))
                .into()
        };
        self.snapshots.finish(last);
    }
}

/// One in-process connection to the engine: what a user agent inside the box sends goes
/// straight into the engine; what the engine sends to it arrives on `rx`.
pub struct InternalLink {
    peer: Peer,
    pub rx: smol::channel::Receiver<Vec<u8>>,
    engine: Arc<Mutex<Engine>>,
    sink: OutputSink,
    clock: Clock,
}

impl InternalLink {
    pub fn send(&self, bytes: &[u8]) {
        self.sink.trace.record(Direction::In, self.peer, bytes);
        let mut e = supervise::lock_engine(&self.engine);
        e.handle_bytes(self.clock.now(), self.peer, bytes);
        self.sink.drain(&mut e);
    }
}

/// Where the engine's output goes: UDP directly, streams through their writer tasks,
/// CDRs to the writer thread.
#[derive(Clone)]
pub struct OutputSink {
    udp: Arc<UdpSocket>,
    conns: Arc<Connections>,
    cdrs: mpsc::Sender<CallLog>,
    /// Weak: the flow I/O holds a sink itself (for results), and that must not be a cycle.
    flow_io: std::sync::Weak<flow_io::FlowIo>,
    pub trace: Arc<trace_tap::TraceTap>,
}

impl OutputSink {
    pub fn drain(&self, engine: &mut Engine) {
        while let Some(out) = engine.poll_output() {
            match out {
                Output::Transmit(t) => {
                    self.trace.record(Direction::Out, t.peer, &t.bytes);
                    match t.peer.transport {
                        Transport::Udp => {
                            if let Err(e) = self.udp.send_to(&t.bytes, t.peer.addr) {
                                tracing::debug!(peer = %t.peer.addr, error = %e, "udp send failed");
                            }
                        }
                        Transport::Tcp | Transport::Tls => self.conns.send_to(t.peer, t.bytes),
                    }
                }
                Output::Cdr { account, cdr } => {
                    let _ = self.cdrs.send(CallLog::Cdr(account, cdr));
                }
                Output::Recording { account, doc, wav } => {
                    let _ = self.cdrs.send(CallLog::Recording(account, doc, wav));
                }
                other => {
                    if let Some(io) = self.flow_io.upgrade() {
                        io.handle(other);
                    }
                }
            }
        }
    }
}

fn udp_loop(
    udp: &UdpSocket,
    engine: &Mutex<Engine>,
    clock: Clock,
    sink: &OutputSink,
    stop: &AtomicBool,
    registered: &flow_data::Registered,
    saver: &mut snapshot::Saver,
) {
    let mut buf = vec![0u8; 65_536];
    let mut next_timer = 0u64;
    let mut last_check = 0u64;
    let mut last_snapshot = 0u64;
    let mut trimmer = trim::Trimmer::default();
    while !stop.load(Ordering::Relaxed) {
        let received = udp.recv_from(&mut buf);
        let mut e = supervise::lock_engine(engine);
        let now = clock.now();
        let mut trim_now = false;
        if let Ok((len, from)) = received {
            let peer = Peer {
                transport: Transport::Udp,
                addr: from,
                conn: 0,
            };
            let bytes = &buf[..len];
            // A lone CRLF (or double CRLF) is a keep-alive, not a message.
            if !bytes.iter().all(|b| *b == b'\r' || *b == b'\n') {
                sink.trace.record(Direction::In, peer, bytes);
                e.handle_bytes(now, peer, bytes);
            }
        }
        // New work may have set a timer earlier than the one we know of: look at least
        // every TIMER_TICK. `handle_timeout` with nothing due is cheap.
        if now.mono >= next_timer || now.mono >= last_check + TIMER_TICK_MS {
            e.handle_timeout(now);
            next_timer = e.next_timeout();
            last_check = now.mono;
        }
        if now.mono >= last_snapshot + REGISTERED_SNAPSHOT_MS {
            // Callflows read registrations without the engine lock (forward on failover).
            last_snapshot = now.mono;
            let set = e.registered_devices();
            if let Ok(mut r) = registered.write() {
                *r = set;
            }
            saver.tick(&e, now);
            let (clients, servers) = e.transactions();
            trim_now = trimmer.due(now.mono, e.compactions(), clients + servers);
        }
        sink.drain(&mut e);
        drop(e);
        if trim_now {
            trim::release_free_memory();
        }
    }
}

fn log_start(last_stop: LastStop, restored: &snapshot::Restored) {
    if let LastStop::Unclean { alive_unix } = last_stop {
        tracing::warn!(
            last_seen_alive_unix = ?alive_unix,
            calls_cut = restored.calls_cut,
            "the last run did not shut down cleanly (crash, kill or power cut)"
        );
    }
    if restored.registrations > 0 || restored.calls_cut > 0 || restored.dropped > 0 {
        tracing::info!(
            registrations = restored.registrations,
            calls_hung_up = restored.calls_cut,
            dropped = restored.dropped,
            "restored from the last run"
        );
    }
}

/// What the call-log writer stores: call records, and call recordings with their audio.
pub enum CallLog {
    Cdr(String, Map<String, Value>),
    Recording(String, Value, Arc<[u8]>),
}

/// Call records are written by one thread, in batches: one commit for all CDRs queued.
/// Recordings (rare, large) get a commit each.
fn cdr_writer(store: Store) -> mpsc::Sender<CallLog> {
    let (tx, rx) = mpsc::channel::<CallLog>();
    let spawned = supervise::spawn_supervised("cdr-writer", move || {
        while let Ok(first) = rx.recv() {
            let mut cdrs = Vec::new();
            for item in std::iter::once(first).chain(rx.try_iter().take(511)) {
                match item {
                    CallLog::Cdr(account, cdr) => cdrs.push((account, cdr)),
                    CallLog::Recording(account, doc, wav) => {
                        match edgepbx_api::recordings::store_recording(&store, &account, doc, wav) {
                            Ok(id) => tracing::info!(%account, %id, "call recording stored"),
                            Err(e) => {
                                tracing::error!(error = %e, "could not store a call recording")
                            }
                        }
                    }
                }
            }
            if !cdrs.is_empty()
                && let Err(e) = edgepbx_api::cdrs::record_cdrs(&store, cdrs)
            {
                tracing::error!(error = %e, "could not store call records");
            }
        }
    });
    if let Err(e) = spawned {
        tracing::error!(error = %e, "no call-log writer thread: call records will not be stored");
    }
    tx
}
