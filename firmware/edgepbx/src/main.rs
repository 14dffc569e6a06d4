//! `edgepbx`: the whole office phone system in one program.

mod analog;
mod atomic_file;
mod backup_http;
mod box_facts;
mod cli;
mod clock_sync;
mod config;
mod conn_limit;
mod control;
mod factory_reset;
mod health;
mod http_server;
mod lifecycle;
mod log_files;
mod mail;
mod media_server;
mod network_config;
mod panel;
mod pnp;
mod reset_button;
mod rules_cmd;
mod run;
mod selftest;
mod sip;
mod speech;
mod tls;
mod update;

use std::io::Write;
use std::process::ExitCode;

use clap::Parser;

/// The allocator of the static (musl) builds when the `mimalloc` feature is on: musl's malloc
/// takes one lock for every thread (scripts/bench/alloc.sh compares the allocators).
#[cfg(feature = "mimalloc")]
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() -> ExitCode {
    limit_malloc_arenas();
    raise_file_limit();
    let cli = cli::Cli::parse();
    let result = match cli.command {
        // Its own exit codes: 2 for bad input, like a usage error.
        cli::Command::Rules(cmd) => return rules_cmd::run(cmd),
        cli::Command::Run(args) => run::run(args),
        cli::Command::Backup { file, data } => control::backup(&file, &data),
        cli::Command::Restore { file, data } => control::restore(&file, &data),
        cli::Command::Update(cmd) => update::run(cmd),
        cli::Command::Selftest => selftest::run(),
        cli::Command::Health { http, timeout_ms } => health::check(&http, timeout_ms),
        cli::Command::LogFiles {
            dir,
            file_kib,
            files,
        } => log_files::run(&dir, file_kib, files),
        cli::Command::FactoryReset { data, yes } => factory_reset::request(&data, yes),
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            // Not eprintln!: it panics when stderr is closed, and the exit code must stay 1.
            let _ = writeln!(std::io::stderr(), "edgepbx: {e}");
            ExitCode::FAILURE
        }
    }
}

/// glibc gives every thread that allocates its own arena and keeps the freed memory there, so a
/// burst of blocking-pool threads leaves RSS high for good. Two arenas are plenty for a box with
/// a few cores. (musl, our static target, has no per-thread arenas.)
fn limit_malloc_arenas() {
    #[cfg(all(target_os = "linux", target_env = "gnu"))]
    // SAFETY: mallopt only changes allocator tuning and is called before any other thread exists.
    unsafe {
        libc::mallopt(libc::M_ARENA_MAX, 2);
    }
}

/// Each relayed call holds four UDP sockets; the usual soft limit of 1024 descriptors would
/// stop the box near 250 calls. Raise the soft limit to the hard one.
fn raise_file_limit() {
    let mut limit = libc::rlimit {
        rlim_cur: 0,
        rlim_max: 0,
    };
    // SAFETY: getrlimit/setrlimit only read and write the struct passed in.
    unsafe {
        if libc::getrlimit(libc::RLIMIT_NOFILE, &mut limit) == 0 && limit.rlim_cur < limit.rlim_max
        {
            limit.rlim_cur = limit.rlim_max;
            libc::setrlimit(libc::RLIMIT_NOFILE, &limit);
        }
    }
}
