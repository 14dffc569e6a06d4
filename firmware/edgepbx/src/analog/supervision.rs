//! How an FXO line's exchange signals the answer and the hang-up, as the port acts on it:
//! answer supervision by polarity reversal (`answerK=polarity` at start, or found by a line
//! test) and the disconnect method a line test found. A line test asked for with `apply`
//! sets them from its findings; they are kept in `analog-lines.json` in the data directory
//! and win over `answerK=` at the next start.

use std::collections::BTreeMap;
use std::path::Path;

use edgepbx_board::fxo::probe::ProbeReport;
use edgepbx_board::fxo::{Disconnect, FxoLine};
use serde_json::{Map, Value, json};

/// The file in the data directory with the settings applied from line tests, by port name.
pub const FILE: &str = "analog-lines.json";

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Supervision {
    /// The exchange reverses polarity when a number dialled out answers.
    pub answer_on_polarity: bool,
    /// How the far end's hang-up shows (None: not known, every method is watched for).
    pub disconnect: Option<Disconnect>,
}

impl Supervision {
    /// Sets what the line test found (a finding it could not make changes nothing); the
    /// names of the settings it set.
    pub fn apply(&mut self, report: &ProbeReport) -> Vec<&'static str> {
        let mut applied = Vec::new();
        if let Some(answer) = report.answer_reversal {
            self.answer_on_polarity = answer;
            applied.push("answer_supervision");
        }
        if let Some(how) = report.disconnect {
            self.disconnect = Some(how);
            applied.push("disconnect");
        }
        applied
    }

    /// The line state machine acts on these settings. A reversal is the hang-up unless the
    /// exchange is known to signal it another way; loop drop and busy tone always are.
    pub fn set_up(&self, line: &mut FxoLine) {
        line.set_answer_on_polarity(self.answer_on_polarity);
        line.set_hangup_on_polarity(matches!(
            self.disconnect,
            None | Some(Disconnect::PolarityReversal)
        ));
    }

    /// The port row's fields.
    pub fn to_json(self) -> Value {
        json!({
            "answer_supervision": self.answer_on_polarity,
            "disconnect": self.disconnect.map(disconnect_name),
        })
    }

    fn from_json(v: &Value) -> Option<Supervision> {
        let disconnect = match v.get("disconnect")? {
            Value::Null => None,
            Value::String(s) => Some(disconnect_from_name(s)?),
            _ => return None,
        };
        Some(Supervision {
            answer_on_polarity: v.get("answer_supervision")?.as_bool()?,
            disconnect,
        })
    }
}

pub fn disconnect_name(d: Disconnect) -> &'static str {
    match d {
        Disconnect::PolarityReversal => "polarity",
        Disconnect::LoopCurrentDrop => "loop_current",
        Disconnect::BusyTone => "busy_tone",
    }
}

fn disconnect_from_name(s: &str) -> Option<Disconnect> {
    [
        Disconnect::PolarityReversal,
        Disconnect::LoopCurrentDrop,
        Disconnect::BusyTone,
    ]
    .into_iter()
    .find(|d| disconnect_name(*d) == s)
}

/// The settings applied earlier, by port name; an error names the file and what is wrong
/// (the ports then start with their `--board` settings).
pub fn load(data: &Path) -> Result<BTreeMap<String, Supervision>, String> {
    let path = data.join(FILE);
    let text = match std::fs::read_to_string(&path) {
        Ok(t) => t,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(BTreeMap::new()),
        Err(e) => return Err(format!("{}: {e}", path.display())),
    };
    let doc: Map<String, Value> =
        serde_json::from_str(&text).map_err(|e| format!("{}: {e}", path.display()))?;
    doc.iter()
        .map(|(port, v)| {
            Supervision::from_json(v)
                .map(|s| (port.clone(), s))
                .ok_or_else(|| format!("{}: port {port}: not a line's settings", path.display()))
        })
        .collect()
}

/// Writes every port's applied settings (the whole file, atomically).
pub fn save(data: &Path, all: &BTreeMap<String, Supervision>) -> std::io::Result<()> {
    let doc: Map<String, Value> = all.iter().map(|(k, s)| (k.clone(), s.to_json())).collect();
    let bytes = serde_json::to_vec_pretty(&doc).map_err(std::io::Error::other)?;
    crate::atomic_file::write(data, FILE, &bytes)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_line_test_sets_what_it_found_and_nothing_else() {
        let mut s = Supervision::default();
        let found = ProbeReport {
            dial_tone_ms: Some(2500),
            number: Some("5550000".into()),
            answer_reversal: Some(true),
            disconnect: Some(Disconnect::LoopCurrentDrop),
        };
        assert_eq!(s.apply(&found), vec!["answer_supervision", "disconnect"]);
        assert_eq!(
            s,
            Supervision {
                answer_on_polarity: true,
                disconnect: Some(Disconnect::LoopCurrentDrop)
            }
        );
        // A test whose far end never hung up found no disconnect method: it stays.
        let partial = ProbeReport {
            answer_reversal: Some(false),
            ..ProbeReport::default()
        };
        assert_eq!(s.apply(&partial), vec!["answer_supervision"]);
        assert!(!s.answer_on_polarity);
        assert_eq!(s.disconnect, Some(Disconnect::LoopCurrentDrop));
        assert!(s.apply(&ProbeReport::default()).is_empty());
    }

    #[test]
    fn settings_survive_a_restart_and_a_bad_file_is_an_error_naming_it() {
        let dir = tempfile::tempdir().unwrap();
        assert!(
            load(dir.path()).unwrap().is_empty(),
            "no file: nothing applied"
        );
        let mut all = BTreeMap::new();
        for (port, disconnect) in [
            ("fxo1", Some(Disconnect::BusyTone)),
            ("fxo2", None),
            ("fxo3", Some(Disconnect::PolarityReversal)),
        ] {
            let s = Supervision {
                answer_on_polarity: port == "fxo1",
                disconnect,
            };
            all.insert(port.to_string(), s);
        }
        save(dir.path(), &all).unwrap();
        assert_eq!(load(dir.path()).unwrap(), all);
        for bad in [
            "not json",
            r#"{"fxo1": {"answer_supervision": "yes", "disconnect": null}}"#,
            r#"{"fxo1": {"answer_supervision": true, "disconnect": "smoke"}}"#,
            r#"{"fxo1": {"disconnect": null}}"#,
        ] {
            std::fs::write(dir.path().join(FILE), bad).unwrap();
            let e = load(dir.path()).unwrap_err();
            assert!(e.contains(FILE), "{bad}: {e}");
        }
    }
}
