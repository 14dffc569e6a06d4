//! The analog ports as the API shows them: each port's name, kind, what it is doing, its
//! alarm and the device that owns it. The line thread writes the table once a frame; the
//! API reads it. Nothing here touches the lines.

use std::sync::{Arc, Mutex};

use edgepbx_board::fxs::Activity;
use edgepbx_board::line::{Alarm, PortKind};
use serde_json::{Value, json};

/// A port as the box was started with it.
#[derive(Debug, Clone)]
pub struct PortInfo {
    /// "fxs1", or the name the board file gives.
    pub name: String,
    pub kind: PortKind,
    /// Why the port did not come up (a missing device, a chip that answered wrongly).
    pub startup_error: Option<String>,
}

/// Who owns an FXS port: the device document naming it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Owner {
    pub account: String,
    pub device_id: String,
}

#[derive(Debug, Clone)]
struct Row {
    info: PortInfo,
    activity: Activity,
    alarm: Option<Alarm>,
    owner: Option<Owner>,
}

/// Shared between the line thread (writer) and the API (reader).
#[derive(Clone, Default)]
pub struct PortTable(Arc<Mutex<Vec<Row>>>);

impl PortTable {
    /// The board's ports, all idle until the first frame says otherwise.
    pub fn install(&self, ports: &[PortInfo]) {
        let rows = ports
            .iter()
            .map(|info| Row {
                info: info.clone(),
                activity: if info.startup_error.is_some() {
                    Activity::Down
                } else {
                    Activity::Idle
                },
                alarm: None,
                owner: None,
            })
            .collect();
        *self.lock() = rows;
    }

    /// One port's state after a frame.
    pub fn set_state(&self, port: usize, activity: Activity, alarm: Option<Alarm>) {
        if let Some(row) = self.lock().get_mut(port) {
            row.activity = activity;
            row.alarm = alarm;
        }
    }

    /// One port's owning device (None: no device names it).
    pub fn set_owner(&self, port: usize, owner: Option<Owner>) {
        if let Some(row) = self.lock().get_mut(port) {
            row.owner = owner;
        }
    }

    /// The ports as API rows: all of them (`account` None, the box administrator), or the
    /// ports owned by devices of `account`.
    pub fn rows(&self, account: Option<&str>) -> Vec<Value> {
        self.lock()
            .iter()
            .filter(|row| {
                account.is_none_or(|a| row.owner.as_ref().is_some_and(|o| o.account == a))
            })
            .map(Row::to_json)
            .collect()
    }

    fn lock(&self) -> std::sync::MutexGuard<'_, Vec<Row>> {
        // A panic elsewhere while holding the lock leaves rows that are still valid data.
        self.0.lock().unwrap_or_else(|e| e.into_inner())
    }
}

impl Row {
    fn to_json(&self) -> Value {
        let alarm = match (self.activity, &self.info.startup_error, self.alarm) {
            (Activity::Down, Some(error), _) => Some(error.clone()),
            (_, _, Some(alarm)) => Some(alarm_text(alarm).to_string()),
            _ => None,
        };
        json!({
            "name": self.info.name,
            "kind": match self.info.kind {
                PortKind::Fxs => "fxs",
                PortKind::Fxo => "fxo",
            },
            "state": self.activity.as_str(),
            "alarm": alarm,
            "account_id": self.owner.as_ref().map(|o| &o.account),
            "device_id": self.owner.as_ref().map(|o| &o.device_id),
        })
    }
}

fn alarm_text(alarm: Alarm) -> &'static str {
    match alarm {
        Alarm::NotResponding => "the line chip does not answer",
        Alarm::PowerAlarm => "the line chip shut the loop down (power or thermal alarm)",
        Alarm::NoLine => "no line voltage: the line is unplugged or down at the exchange",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn table() -> PortTable {
        let t = PortTable::default();
        t.install(&[
            PortInfo {
                name: "fxs1".into(),
                kind: PortKind::Fxs,
                startup_error: None,
            },
            PortInfo {
                name: "fxo1".into(),
                kind: PortKind::Fxo,
                startup_error: Some("port fxo1: cannot open SPI device /dev/x: gone".into()),
            },
        ]);
        t
    }

    #[test]
    fn a_port_that_did_not_come_up_is_down_with_its_start_up_error() {
        let t = table();
        t.set_state(1, Activity::Down, Some(Alarm::NotResponding));
        let rows = t.rows(None);
        assert_eq!(rows[0]["state"], "idle");
        assert_eq!(rows[0]["alarm"], Value::Null);
        assert_eq!(rows[1]["state"], "down");
        assert_eq!(rows[1]["kind"], "fxo");
        assert_eq!(
            rows[1]["alarm"],
            "port fxo1: cannot open SPI device /dev/x: gone"
        );
    }

    #[test]
    fn a_running_port_in_alarm_says_why_and_recovers() {
        let t = table();
        t.set_state(0, Activity::Down, Some(Alarm::PowerAlarm));
        assert!(t.rows(None)[0]["alarm"].as_str().unwrap().contains("power"));
        t.set_state(0, Activity::InCall, None);
        assert_eq!(t.rows(None)[0]["state"], "in call");
        assert_eq!(t.rows(None)[0]["alarm"], Value::Null);
    }

    #[test]
    fn an_account_sees_only_the_ports_its_devices_own() {
        let t = table();
        let owner = Owner {
            account: "acc1".into(),
            device_id: "dev1".into(),
        };
        t.set_owner(0, Some(owner));
        assert_eq!(t.rows(Some("acc1")).len(), 1);
        assert_eq!(t.rows(Some("acc1"))[0]["device_id"], "dev1");
        assert!(t.rows(Some("acc2")).is_empty());
        assert_eq!(t.rows(None).len(), 2);
    }
}
