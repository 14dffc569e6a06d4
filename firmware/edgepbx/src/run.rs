//! `edgepbx run`: open the store, create the office on first boot, serve until SIGTERM/SIGINT.

use std::io::{IsTerminal, Write};
use std::os::unix::fs::DirBuilderExt;
use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::{Duration, Instant, SystemTime, UNIX_EPOCH};

use async_lock::Semaphore;
use edgepbx_api::{Api, ApiConfig, LoginLimits, bootstrap};
use edgepbx_store::Store;
use signal_hook::consts::{SIGINT, SIGTERM};
use signal_hook::iterator::Signals;

use crate::cli::RunArgs;
use crate::config::Config;
use crate::http_server::Server;
use crate::sip::Sip;
use crate::{control, lifecycle, tls};

/// How long shutdown waits for requests that are being answered.
const DRAIN_TIMEOUT: Duration = Duration::from_secs(5);
const NETWORK_THREADS: usize = 2;

pub fn run(args: RunArgs) -> Result<(), String> {
    let started = Instant::now();
    let config = Config::load(args)?;
    init_logging(&config.log_level)?;
    std::fs::DirBuilder::new()
        .recursive(true)
        .mode(0o700)
        .create(&config.data)
        .map_err(|e| format!("{}: {e}", config.data.display()))?;
    if crate::factory_reset::wipe_if_requested(&config.data)? {
        tracing::warn!(data = %config.data.display(), "factory reset: the data directory was wiped; this start is a first boot");
    }
    // On an A/B box a slot not yet marked good must get healthy in time (or it reboots).
    let health_check = crate::update::health::before_start(&config.data)?;
    let store =
        Store::open(&config.data.join(control::DB_FILE)).map_err(|e| format!("store: {e}"))?;
    let api_config = ApiConfig {
        token_ttl: config.token_ttl,
        max_body: config.max_body_bytes,
        unauthenticated_body: config.unauthenticated_body_bytes,
        login_limits: LoginLimits {
            per_ip: config.login_failures_per_ip,
            ban: config.login_ban_seconds,
            ..LoginLimits::default()
        },
    };
    let client_ca = config
        .polycom_ca
        .as_deref()
        .map(tls::client_verifier)
        .transpose()?;
    let tls_acceptor = tls::SharedAcceptor::new(&config.data, &config.realm, client_ca)?;
    let started_unix = unix_now();
    let last_stop = lifecycle::begin(&config.data, started_unix);
    let sip = Sip::start(&config, store.clone(), tls_acceptor.clone(), last_stop)?;
    let analog_ports = crate::analog::PortTable::default();
    let api = Arc::new(
        Api::new(
            store.clone(),
            api_config,
            Arc::new(sip.live(analog_ports.clone(), store.clone())),
        )
        .map_err(|e| format!("store: {e}"))?
        .with_speech(Arc::new(crate::speech::MediaSpeech)),
    );
    first_boot(&api, &config)?;
    crate::backup_http::remove_leftovers(&config.data);
    control::listen(&config.data, api.clone())?;

    let executor = Arc::new(smol::Executor::new());
    let http = std::net::TcpListener::bind(config.http)
        .map_err(|e| format!("--http {}: {e}", config.http))?;
    let https = match config.https {
        Some(addr) => {
            let acceptor = tls_acceptor.clone();
            Some((
                std::net::TcpListener::bind(addr).map_err(|e| format!("--https {addr}: {e}"))?,
                acceptor,
            ))
        }
        None => None,
    };
    let mut signals = Signals::new([SIGTERM, SIGINT]).map_err(|e| format!("signals: {e}"))?;
    let http_addr = http.local_addr().map_err(|e| e.to_string())?;
    let https_addr = match &https {
        Some((l, _)) => Some(l.local_addr().map_err(|e| e.to_string())?),
        None => None,
    };
    let ports = edgepbx_api::ProvisionPorts {
        http: http_addr.port(),
        https: https_addr.map(|a| a.port()),
        sip: sip.udp_addr.port(),
        sips: sip.tls_addr.port(),
        polycom_ca: config.polycom_ca.is_some(),
    };
    api.set_provision_ports(ports);
    let server = Arc::new(Server {
        executor: executor.clone(),
        api: api.clone(),
        connections: Arc::new(Semaphore::new(config.max_connections)),
        per_source: crate::conn_limit::PerSource::new(config.max_connections_per_ip.max(1)),
        header_timeout: Duration::from_secs(config.header_timeout_secs.max(1)),
        body_timeout: Duration::from_secs(config.body_timeout_secs.max(1)),
        in_flight: Arc::new(AtomicUsize::new(0)),
        ports,
        data: config.data.clone(),
    });
    sip.serve(&executor)?;
    if let Some(group) = config.pnp {
        // Plug-and-play is a convenience: a box that cannot join the group still serves.
        if let Err(e) = crate::pnp::start(group, http_addr.port()) {
            tracing::warn!("SIP plug-and-play off: {e}");
        }
    }
    if let Some(board) = &config.board {
        crate::analog::start(board, store.clone(), &sip, &config.data, &analog_ports)?;
    }
    // Tests read this line to learn the ports when they asked for port 0.
    let https_text = https_addr.map_or("off".to_string(), |a| a.to_string());
    tracing::info!(
        "edgepbx ready http={http_addr} https={https_text} sip={} sips={} data={} in {} ms",
        sip.udp_addr,
        sip.tls_addr,
        config.data.display(),
        started.elapsed().as_millis()
    );

    // A fixed pool of network threads; API work itself runs on smol's blocking pool.
    for i in 0..NETWORK_THREADS {
        let ex = executor.clone();
        std::thread::Builder::new()
            .name(format!("net-{i}"))
            .spawn(move || smol::block_on(ex.run(smol::future::pending::<()>())))
            .map_err(|e| e.to_string())?;
    }
    let http = smol::net::TcpListener::try_from(http).map_err(|e| e.to_string())?;
    executor.spawn(server.clone().serve(http, None)).detach();
    if let Some((listener, acceptor)) = https {
        let listener = smol::net::TcpListener::try_from(listener).map_err(|e| e.to_string())?;
        executor
            .spawn(server.clone().serve(listener, Some(acceptor)))
            .detach();
    }

    crate::clock_sync::start(
        store.clone(),
        config.ntp_servers.clone(),
        config.set_system_clock,
    )?;

    crate::network_config::start(store.clone(), config.data.clone())?;
    if let Some(crate::analog::BoardSpec::File { path, .. }) = &config.board
        && let Some(button) = edgepbx_board::board_file::load(path)
            .map_err(|e| e.to_string())?
            .factory_reset
    {
        // A button that cannot be read must not keep the PBX from serving.
        if let Err(e) = crate::reset_button::start(button, config.data.clone()) {
            tracing::error!(%e, "the factory-reset button is not watched");
        }
    }

    if let Some(pending) = health_check {
        crate::update::health::start(pending, store.clone(), http_addr, sip.udp_addr)?;
    }

    let signal = signals.forever().next();
    tracing::info!(?signal, "shutting down");
    let deadline = Instant::now() + DRAIN_TIMEOUT;
    while server.in_flight.load(Ordering::SeqCst) > 0 && Instant::now() < deadline {
        std::thread::sleep(Duration::from_millis(10));
    }
    sip.shutdown();
    store.close();
    let _ = std::fs::remove_file(config.data.join(control::SOCKET));
    lifecycle::end(&config.data, started_unix, unix_now());
    tracing::info!("store closed; bye");
    Ok(())
}

fn unix_now() -> u64 {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map(|d| d.as_secs())
        .unwrap_or(0)
}

fn first_boot(api: &Api, config: &Config) -> Result<(), String> {
    let now = unix_now();
    let created = bootstrap::first_boot(
        api,
        &config.account_name,
        &config.realm,
        config.admin_password.as_deref(),
        now,
    )
    .map_err(|e| format!("first boot: {}", e.parts().1))?;
    if let Some(boot) = created {
        tracing::info!(account_id = %boot.account_id, name = %config.account_name, realm = %config.realm, "created the office account and its admin user");
        if let Some(password) = boot.generated_password {
            // Written once, and failure to write (stdout closed under a service manager) must not
            // take the PBX down the way println! would.
            let banner = format!(
                "==========================================================\n \
                 edgepbx first boot: log in as 'admin' to account '{}'\n \
                 with the password {password}\n \
                 It is shown only this once. Change it after logging in.\n\
                 ==========================================================\n",
                config.account_name
            );
            let mut out = std::io::stdout();
            if out
                .write_all(banner.as_bytes())
                .and_then(|()| out.flush())
                .is_err()
            {
                tracing::warn!("could not print the generated admin password: stdout is closed");
            }
        }
    }
    Ok(())
}

fn init_logging(level: &str) -> Result<(), String> {
    let filter = tracing_subscriber::EnvFilter::try_new(level)
        .map_err(|e| format!("--log-level {level}: {e}"))?;
    tracing_subscriber::fmt()
        .with_env_filter(filter)
        .with_ansi(std::io::stderr().is_terminal())
        // By default a failed log write is reported with eprintln!, which panics when stderr is
        // closed (a log pipe that went away): a lost log line must not take the PBX down.
        .log_internal_errors(false)
        .with_writer(std::io::stderr)
        .try_init()
        .map_err(|e| e.to_string())
}
