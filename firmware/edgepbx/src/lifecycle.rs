//! Whether the last run ended cleanly. A start writes `lifecycle.json` saying "running"; a
//! clean shutdown, as its very last step, rewrites it to "stopped". Finding "running" at
//! start means the process died without shutting down (a crash, `kill -9`, a watchdog reset
//! or a power cut).

use std::path::Path;

use serde::{Deserialize, Serialize};

pub const FILE: &str = "lifecycle.json";

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
enum State {
    Running,
    Stopped,
}

#[derive(Debug, Serialize, Deserialize)]
struct Marker {
    state: State,
    started_unix: u64,
    #[serde(default)]
    stopped_unix: Option<u64>,
}

/// How the previous run ended.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum LastStop {
    /// No previous run on this data directory (or one from before this marker existed).
    None,
    Clean {
        at_unix: u64,
    },
    /// The process died. `alive_unix` is the last moment it is known to have run (its start,
    /// or a later crash snapshot); None when the marker itself was unreadable.
    Unclean {
        alive_unix: Option<u64>,
    },
}

impl LastStop {
    pub fn kind(self) -> &'static str {
        match self {
            LastStop::None => "none",
            LastStop::Clean { .. } => "clean",
            LastStop::Unclean { .. } => "unclean",
        }
    }

    pub fn at_unix(self) -> Option<u64> {
        match self {
            LastStop::None => None,
            LastStop::Clean { at_unix } => Some(at_unix),
            LastStop::Unclean { alive_unix } => alive_unix,
        }
    }

    /// A later sign of life (the crash snapshot's time) moves an unclean stop's time on.
    pub fn seen_alive(self, unix: u64) -> LastStop {
        match self {
            LastStop::Unclean { alive_unix } => LastStop::Unclean {
                alive_unix: Some(alive_unix.map_or(unix, |a| a.max(unix))),
            },
            other => other,
        }
    }
}

fn read(dir: &Path) -> LastStop {
    let bytes = match std::fs::read(dir.join(FILE)) {
        Ok(b) => b,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return LastStop::None,
        Err(e) => {
            tracing::warn!(error = %e, "{FILE} is unreadable: counting the last stop as unclean");
            return LastStop::Unclean { alive_unix: None };
        }
    };
    match serde_json::from_slice::<Marker>(&bytes) {
        Ok(Marker {
            state: State::Stopped,
            stopped_unix,
            started_unix,
        }) => LastStop::Clean {
            at_unix: stopped_unix.unwrap_or(started_unix),
        },
        Ok(Marker { started_unix, .. }) => LastStop::Unclean {
            alive_unix: Some(started_unix),
        },
        Err(e) => {
            tracing::warn!(error = %e, "{FILE} is damaged: counting the last stop as unclean");
            LastStop::Unclean { alive_unix: None }
        }
    }
}

/// Reads how the last run ended and marks this one as running.
pub fn begin(dir: &Path, now_unix: u64) -> LastStop {
    let last = read(dir);
    let marker = Marker {
        state: State::Running,
        started_unix: now_unix,
        stopped_unix: None,
    };
    if let Err(e) = write(dir, &marker) {
        tracing::warn!(error = %e, "could not write {FILE}: the next start cannot tell a crash");
    }
    last
}

/// Marks this run as ended cleanly (the last step of a shutdown).
pub fn end(dir: &Path, started_unix: u64, now_unix: u64) {
    let marker = Marker {
        state: State::Stopped,
        started_unix,
        stopped_unix: Some(now_unix),
    };
    if let Err(e) = write(dir, &marker) {
        tracing::warn!(error = %e, "could not write {FILE}");
    }
}

fn write(dir: &Path, marker: &Marker) -> std::io::Result<()> {
    let bytes = serde_json::to_vec(marker).map_err(std::io::Error::other)?;
    crate::atomic_file::write(dir, FILE, &bytes)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn first_clean_and_unclean_stops() {
        let dir = tempfile::tempdir().unwrap();
        let d = dir.path();
        assert_eq!(begin(d, 100), LastStop::None);
        // Killed: the marker still says running.
        let last = begin(d, 200);
        assert_eq!(
            last,
            LastStop::Unclean {
                alive_unix: Some(100)
            }
        );
        assert_eq!(last.seen_alive(150).at_unix(), Some(150));
        assert_eq!(last.seen_alive(50).at_unix(), Some(100));
        end(d, 200, 260);
        assert_eq!(begin(d, 300), LastStop::Clean { at_unix: 260 });
        std::fs::write(d.join(FILE), b"{\"state\":\"runn").unwrap();
        assert_eq!(begin(d, 400), LastStop::Unclean { alive_unix: None });
        std::fs::write(d.join(FILE), b"").unwrap();
        assert_eq!(begin(d, 500).kind(), "unclean");
    }
}
