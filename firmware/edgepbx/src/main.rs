//! `edgepbx`: the whole office phone system in one program.

mod cli;
mod config;
mod control;
mod http_server;
mod run;
mod tls;

use std::process::ExitCode;

use clap::Parser;

fn main() -> ExitCode {
    let cli = cli::Cli::parse();
    let result = match cli.command {
        cli::Command::Run(args) => run::run(args),
        cli::Command::Backup { file, data } => control::backup(&file, &data),
        cli::Command::Restore { file, data } => control::restore(&file, &data),
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("edgepbx: {e}");
            ExitCode::FAILURE
        }
    }
}
