//! `edgepbx rules next`: when does a KAZOO temporal rule apply next?
//!
//! Prints KAZOO's `next_rule_date` for one `temporal_rule` document — the same function the
//! `temporal_route` callflow module uses. Exit codes: 0 with `YYYY-MM-DD` on stdout; 1 when
//! the rule never applies again; 2 with a one-line error on stderr for bad input.

use std::io::{Read, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use clap::{Args, Subcommand};
use edgepbx_callflow::temporal::{TemporalRule, next_rule_date, tz};
use jiff::civil::Date;

#[derive(Subcommand, Debug)]
pub enum RulesCommand {
    /// Print the next date (YYYY-MM-DD) on which a KAZOO temporal_rule applies.
    ///
    /// KAZOO's next_rule_date: for weekly rules the --after date itself counts, for the other
    /// cycles the first date after it; a `date` rule prints its start date. The rule's
    /// `enabled` override and time window are not considered.
    Next(NextArgs),
}

#[derive(Args, Debug)]
pub struct NextArgs {
    /// Search from this date (YYYY-MM-DD).
    #[arg(long, value_name = "YYYY-MM-DD")]
    after: String,
    /// IANA time zone that turns the rule's start_date into a local date (KAZOO's default
    /// zone when the account sets none). A rule without start_date starts on --after.
    #[arg(long, value_name = "ZONE", default_value = tz::DEFAULT_TIMEZONE)]
    tz: String,
    /// The temporal_rule JSON document, or - for standard input.
    #[arg(value_name = "RULE.json")]
    file: PathBuf,
}

/// A rule document is a few hundred bytes; anything past this is not one.
const MAX_DOCUMENT_BYTES: u64 = 1 << 20;

pub fn run(cmd: RulesCommand) -> ExitCode {
    let RulesCommand::Next(args) = cmd;
    match next(&args) {
        Ok(Some(date)) => {
            // A closed stdout (e.g. `| head -0`) is not worth a panic.
            let _ = writeln!(std::io::stdout(), "{date}");
            ExitCode::SUCCESS
        }
        Ok(None) => {
            let _ = writeln!(
                std::io::stderr(),
                "edgepbx: the rule does not apply on any date after {} (up to year 9999)",
                args.after
            );
            ExitCode::from(1)
        }
        Err(message) => {
            let _ = writeln!(std::io::stderr(), "edgepbx: {message}");
            ExitCode::from(2)
        }
    }
}

fn next(args: &NextArgs) -> Result<Option<Date>, String> {
    let after = parse_date(&args.after)?;
    let zone = tz::zone(&args.tz).map_err(|e| format!("--tz: {e}"))?;
    let text = read_document(&args.file)?;
    let doc: serde_json::Value = serde_json::from_str(&text)
        .map_err(|e| format!("{}: not valid JSON: {e}", source_name(&args.file)))?;
    let rule = TemporalRule::from_json(&doc).map_err(|e| e.to_string())?;
    // KAZOO's start date is the local date of start_date in the zone; "now" when absent.
    let start = match rule.start_date.map(tz::from_gregorian) {
        Some(Some(t)) => tz::to_local(&zone, t).date(),
        Some(None) => return Err("temporal rule field `start_date`: out of range".into()),
        None => after,
    };
    Ok(next_rule_date(&rule.recurrence, start, after))
}

fn parse_date(s: &str) -> Result<Date, String> {
    let well_formed = s.len() == 10
        && s.bytes().enumerate().all(|(i, b)| {
            if i == 4 || i == 7 {
                b == b'-'
            } else {
                b.is_ascii_digit()
            }
        });
    let date = well_formed.then(|| s.parse::<Date>().ok()).flatten();
    date.ok_or_else(|| format!("--after: {s:?} is not a date (YYYY-MM-DD)"))
}

fn read_document(path: &Path) -> Result<String, String> {
    let name = source_name(path);
    let mut text = String::new();
    let reader: Box<dyn Read> = if path.as_os_str() == "-" {
        Box::new(std::io::stdin().lock())
    } else {
        Box::new(std::fs::File::open(path).map_err(|e| format!("{name}: {e}"))?)
    };
    reader
        .take(MAX_DOCUMENT_BYTES + 1)
        .read_to_string(&mut text)
        .map_err(|e| format!("{name}: {e}"))?;
    if text.len() as u64 > MAX_DOCUMENT_BYTES {
        return Err(format!("{name}: larger than {MAX_DOCUMENT_BYTES} bytes"));
    }
    Ok(text)
}

fn source_name(path: &Path) -> String {
    if path.as_os_str() == "-" {
        "standard input".to_owned()
    } else {
        path.display().to_string()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_must_be_yyyy_mm_dd() {
        assert_eq!(parse_date("2024-02-29"), Ok(jiff::civil::date(2024, 2, 29)));
        for bad in [
            "2023-02-29",
            "2024-2-29",
            "20240229",
            "2024-02-29T00:00",
            "",
            "yesterday",
        ] {
            assert!(parse_date(bad).is_err(), "{bad}");
        }
    }
}
