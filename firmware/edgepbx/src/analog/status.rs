//! The analog ports as the API shows them: each port's name, kind, what it is doing, its
//! alarm and the device that owns it. The line thread writes the table once a frame; the
//! API reads it. Nothing here touches the lines.

use std::net::SocketAddr;
use std::sync::{Arc, Mutex};

use edgepbx_board::fxs::Activity;
use edgepbx_board::line::{Alarm, PortKind};
use serde_json::{Value, json};

use super::line_test::LineTest;
use super::supervision::Supervision;
pub use edgepbx_api::LineTestRefused as Refused;
use edgepbx_board::fxo::probe::ProbeReport;
use std::collections::BTreeMap;

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
    /// FXO: the last line test, or the one asked for or running.
    line_test: Option<LineTest>,
    /// FXO: where the line's gateway takes SIP from the engine, and the number its incoming
    /// calls are for (what a `resources` document needs to make it an outside line).
    gateway: Option<(SocketAddr, String)>,
    /// FXO: the line test asked for or running applies its findings when it ends.
    apply: bool,
    /// FXO: the settings the last applying line test set (shown with its findings).
    applied: Option<Vec<&'static str>>,
    /// FXO: how the line signals answer and hang-up, and whether that was applied from a
    /// line test (kept in the data directory) rather than given at start.
    supervision: Option<(Supervision, bool)>,
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
                line_test: None,
                gateway: None,
                apply: false,
                applied: None,
                supervision: None,
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

    /// An FXO port's gateway SIP address and incoming number.
    pub fn set_gateway(&self, port: usize, address: SocketAddr, number: &str) {
        if let Some(row) = self.lock().get_mut(port) {
            row.gateway = Some((address, number.to_string()));
        }
    }

    /// FXO `port`'s answer and hang-up settings as the line starts with them; `saved`: they
    /// come from an applied line test.
    pub fn set_supervision(&self, port: usize, s: Supervision, saved: bool) {
        if let Some(row) = self.lock().get_mut(port) {
            row.supervision = Some((s, saved));
        }
    }

    pub fn supervision(&self, port: usize) -> Option<Supervision> {
        self.lock().get(port)?.supervision.map(|(s, _)| s)
    }

    /// A line test on `port` ended with `report`: it is shown; true when it was asked to
    /// apply its findings.
    pub fn finish_line_test(&self, port: usize, report: ProbeReport) -> bool {
        let mut rows = self.lock();
        let Some(row) = rows.get_mut(port) else {
            return false;
        };
        row.line_test = Some(LineTest::Done(report));
        row.applied = None;
        std::mem::take(&mut row.apply)
    }

    /// Settings `s` applied to `port` from its line test (`applied` names what it set);
    /// returns every port's applied settings, to be kept.
    pub fn apply_supervision(
        &self,
        port: usize,
        s: Supervision,
        applied: Vec<&'static str>,
    ) -> BTreeMap<String, Supervision> {
        let mut rows = self.lock();
        if let Some(row) = rows.get_mut(port) {
            row.supervision = Some((s, true));
            row.applied = Some(applied);
        }
        rows.iter()
            .filter_map(|r| match r.supervision {
                Some((s, true)) => Some((r.info.name.clone(), s)),
                _ => None,
            })
            .collect()
    }

    /// Asks for a line test on the FXO port called `name` (applying its findings to the
    /// port when it ends, with `apply`); its row. Refused for a port that is not an idle
    /// FXO line.
    pub fn ask_line_test(
        &self,
        name: &str,
        number: Option<&str>,
        apply: bool,
    ) -> Result<Value, Refused> {
        let mut rows = self.lock();
        let Some(row) = rows.iter_mut().find(|r| r.info.name == name) else {
            return Err(Refused::NotFound(name.to_string()));
        };
        if row.info.kind != PortKind::Fxo {
            return Err(Refused::Unusable(format!("{name} is not an FXO line")));
        }
        if matches!(
            row.line_test,
            Some(LineTest::Asked(_) | LineTest::Running(_))
        ) {
            return Err(Refused::Unusable(format!("{name} is being tested")));
        }
        match row.activity {
            Activity::Idle => {}
            Activity::Down => return Err(Refused::Unusable(format!("{name} is down"))),
            _ => return Err(Refused::Unusable(format!("{name} is in use"))),
        }
        row.line_test = Some(LineTest::Asked(number.map(str::to_string)));
        row.apply = apply;
        row.applied = None;
        Ok(row.to_json())
    }

    /// A line test asked for on `port`, now handed to the line (it is running).
    pub fn take_asked_line_test(&self, port: usize) -> Option<Option<String>> {
        let mut rows = self.lock();
        let row = rows.get_mut(port)?;
        match row.line_test.take() {
            Some(LineTest::Asked(number)) => {
                row.line_test = Some(LineTest::Running(number.clone()));
                Some(number)
            }
            other => {
                row.line_test = other;
                None
            }
        }
    }

    pub fn set_line_test(&self, port: usize, test: LineTest) {
        if let Some(row) = self.lock().get_mut(port) {
            row.line_test = Some(test);
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
        let mut line_test = self.line_test.as_ref().map(LineTest::to_json);
        if let Some(Value::Object(test)) = &mut line_test {
            if self.apply {
                test.insert("apply".into(), json!(true));
            }
            if let Some(applied) = &self.applied {
                test.insert("applied".into(), json!(applied));
            }
        }
        let mut row = json!({
            "name": self.info.name,
            "kind": match self.info.kind {
                PortKind::Fxs => "fxs",
                PortKind::Fxo => "fxo",
            },
            "state": self.activity.as_str(),
            "alarm": alarm,
            "account_id": self.owner.as_ref().map(|o| &o.account),
            "device_id": self.owner.as_ref().map(|o| &o.device_id),
            "line_test": line_test,
            "sip_address": self.gateway.as_ref().map(|(a, _)| a.to_string()),
            "number": self.gateway.as_ref().map(|(_, n)| n),
        });
        if let (Some((s, _)), Value::Object(fields)) = (self.supervision, &mut row)
            && let Value::Object(settings) = s.to_json()
        {
            fields.extend(settings);
        }
        row
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

    /// A line test is asked for on an idle FXO line only, handed to the line once, and
    /// its findings shown on the port.
    #[test]
    fn a_line_test_is_for_an_idle_fxo_line_and_shows_its_findings() {
        let t = table();
        assert_eq!(
            t.ask_line_test("fxs1", None, false),
            Err(Refused::Unusable("fxs1 is not an FXO line".into()))
        );
        assert_eq!(
            t.ask_line_test("fxo9", None, false),
            Err(Refused::NotFound("fxo9".into()))
        );
        t.set_state(1, Activity::Down, Some(Alarm::NoLine));
        assert_eq!(
            t.ask_line_test("fxo1", None, false),
            Err(Refused::Unusable("fxo1 is down".into()))
        );
        t.set_state(1, Activity::InCall, None);
        assert!(t.ask_line_test("fxo1", None, false).is_err());
        t.set_state(1, Activity::Idle, None);
        let row = t.ask_line_test("fxo1", Some("5550000"), false).unwrap();
        assert_eq!(row["line_test"]["state"], "running");
        assert!(
            t.ask_line_test("fxo1", None, false).is_err(),
            "one test at a time"
        );
        assert_eq!(t.take_asked_line_test(1), Some(Some("5550000".into())));
        assert_eq!(t.take_asked_line_test(1), None, "handed over once");
        t.set_line_test(
            1,
            LineTest::Done(edgepbx_board::fxo::probe::ProbeReport {
                dial_tone_ms: Some(2600),
                number: Some("5550000".into()),
                answer_reversal: Some(true),
                disconnect: Some(edgepbx_board::fxo::Disconnect::LoopCurrentDrop),
            }),
        );
        let test = &t.rows(None)[1]["line_test"];
        assert_eq!(test["state"], "done");
        assert_eq!(test["dial_tone"], true);
        assert_eq!(test["answer_supervision"], true);
        assert_eq!(test["disconnect"], "loop_current");
    }

    /// An FXO line's row says where its gateway takes SIP and which number it answers for:
    /// what the panel needs to make it an outside line.
    #[test]
    fn an_fxo_row_names_its_gateway_address_and_number() {
        let t = table();
        assert_eq!(t.rows(None)[1]["sip_address"], Value::Null);
        t.set_gateway(1, "127.0.0.2:40000".parse().unwrap(), "5551000");
        let rows = t.rows(None);
        assert_eq!(rows[1]["sip_address"], "127.0.0.2:40000");
        assert_eq!(rows[1]["number"], "5551000");
        assert_eq!(rows[0]["sip_address"], Value::Null, "an FXS port has none");
    }

    /// A test asked to apply its findings says so while it runs; once done the port shows
    /// the settings it set and only applied settings are kept.
    #[test]
    fn a_line_test_asked_to_apply_shows_and_keeps_what_it_set() {
        let t = table();
        t.set_state(1, Activity::Idle, None);
        t.set_supervision(1, Supervision::default(), false);
        assert_eq!(t.rows(None)[1]["answer_supervision"], false);
        assert_eq!(t.rows(None)[0].get("answer_supervision"), None, "FXS");
        let row = t.ask_line_test("fxo1", Some("5550000"), true).unwrap();
        assert_eq!(row["line_test"]["apply"], true);
        t.take_asked_line_test(1);
        let report = ProbeReport {
            answer_reversal: Some(true),
            disconnect: Some(edgepbx_board::fxo::Disconnect::BusyTone),
            ..ProbeReport::default()
        };
        assert!(t.finish_line_test(1, report.clone()), "asked to apply");
        let mut s = t.supervision(1).unwrap();
        let applied = s.apply(&report);
        let keep = t.apply_supervision(1, s, applied);
        assert_eq!(keep.keys().collect::<Vec<_>>(), vec!["fxo1"]);
        let row = &t.rows(None)[1];
        assert_eq!(row["answer_supervision"], true);
        assert_eq!(row["disconnect"], "busy_tone");
        assert_eq!(
            row["line_test"]["applied"],
            json!(["answer_supervision", "disconnect"])
        );
        assert_eq!(row["line_test"].get("apply"), None, "done");
        // The next test without apply only shows its findings.
        t.ask_line_test("fxo1", None, false).unwrap();
        t.take_asked_line_test(1);
        assert!(!t.finish_line_test(1, ProbeReport::default()));
        assert_eq!(t.rows(None)[1]["line_test"].get("applied"), None);
        assert_eq!(t.rows(None)[1]["disconnect"], "busy_tone");
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
