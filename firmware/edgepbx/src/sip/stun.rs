//! Finding the box's outside address with STUN (`stun_server`): a thread of its own runs
//! the sans-IO [`StunClient`] over a UDP socket on the SIP address, and hands each new
//! address to the engine, which shows it to providers only. Only the address is taken:
//! the ports stay the box's own (the router forwards them, or providers answer to the
//! source port of our packets, `rport` and RTP latching).

use std::net::{IpAddr, SocketAddr, ToSocketAddrs, UdpSocket};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex};
use std::time::Duration;

use edgepbx_sip::engine::Engine;
use edgepbx_sip::stun::{Event, StunClient};

use super::OutputSink;
use super::clock::Clock;
use super::supervise::{lock_engine, spawn_supervised};

/// Longest sleep between two looks at the stop flag.
const MAX_WAIT_MS: u64 = 1000;

pub struct StunTask {
    pub server: String,
    pub bind: IpAddr,
    pub engine: Arc<Mutex<Engine>>,
    pub clock: Clock,
    pub sink: OutputSink,
    pub stop: Arc<AtomicBool>,
}

pub fn start(task: StunTask) -> std::io::Result<()> {
    // A wildcard SIP address (`[::]` too) asks over IPv4, as STUN servers mostly answer.
    let bind = if task.bind.is_unspecified() {
        IpAddr::from([0, 0, 0, 0])
    } else {
        task.bind
    };
    let socket = UdpSocket::bind(SocketAddr::new(bind, 0))?;
    tracing::info!(server = %task.server, "asking STUN for the address providers see");
    let mut client = StunClient::new(task.clock.now().mono);
    spawn_supervised("stun", move || run(&task, &socket, &mut client))?;
    Ok(())
}

fn run(task: &StunTask, socket: &UdpSocket, client: &mut StunClient) {
    let mut server: Option<SocketAddr> = None;
    let mut buf = [0u8; 576];
    while !task.stop.load(Ordering::Relaxed) {
        let now = task.clock.now().mono;
        let mut tx = [0u8; 12];
        if getrandom::fill(&mut tx).is_err() {
            tracing::error!("no randomness for STUN transaction ids; STUN stops");
            return;
        }
        if let Some(request) = client.poll_transmit(now, tx) {
            server = resolve(&task.server);
            match server {
                Some(to) => {
                    if let Err(e) = socket.send_to(&request, to) {
                        tracing::debug!(%to, error = %e, "STUN request not sent");
                    }
                }
                None => tracing::debug!(server = %task.server, "STUN server not resolved"),
            }
        }
        while let Some(event) = client.poll_event() {
            report(task, event);
        }
        let wait = client
            .next_timeout()
            .saturating_sub(now)
            .clamp(1, MAX_WAIT_MS);
        let _ = socket.set_read_timeout(Some(Duration::from_millis(wait)));
        if let Ok((n, from)) = socket.recv_from(&mut buf)
            && Some(from) == server
        {
            client.handle_input(task.clock.now().mono, &buf[..n]);
        }
    }
}

fn resolve(server: &str) -> Option<SocketAddr> {
    server.to_socket_addrs().ok()?.next()
}

fn report(task: &StunTask, event: Event) {
    match event {
        Event::Found(ip) => {
            tracing::info!(%ip, server = %task.server, "outside address for providers found by STUN");
            let mut engine = lock_engine(&task.engine);
            engine.set_outside_ip(task.clock.now(), Some(ip));
            task.sink.drain(&mut engine);
        }
        Event::Failed(reason) => {
            let current = lock_engine(&task.engine).outside_ip();
            tracing::warn!(server = %task.server, reason, ?current, "STUN query failed; keeping the outside address");
        }
    }
}
