//! A KAZOO `temporal_rule` document, parsed into a typed rule.
//!
//! Absent fields take KAZOO's *code* defaults (`cf_temporal_route.hrl`): interval 1, ordinal
//! `first`, month 1, no days, no weekdays (= all seven for weekly rules), window 0..86400, no
//! start date. Values are checked against the `temporal_rules` schema; like KAZOO's getters,
//! integers may also be given as decimal strings and `enabled` as `"true"`/`"false"`. Every
//! error names the field that failed.

use std::fmt;

use jiff::civil::Weekday;
use serde_json::{Map, Value};

/// Seconds in a day: the largest window bound and the default `time_window_stop`.
pub const SECONDS_IN_DAY: u32 = 86_400;

/// Largest `start_date` accepted: 9999-12-30T00:00:00Z in Gregorian seconds, so that its local
/// date exists in any zone within jiff's range (years up to 9999). KAZOO's `calendar` rejects
/// negative seconds, so the range starts at 0.
pub const MAX_START_DATE: i64 = 315_569_433_600;

/// A parsed `temporal_rule` document.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct TemporalRule {
    pub name: String,
    /// `None`: evaluate; `Some(true)`: forced to match; `Some(false)`: forced to never match.
    pub enabled: Option<bool>,
    pub recurrence: Recurrence,
    /// Gregorian seconds (UTC); its *local* date in the account zone is the rule's start date.
    /// `None` when absent (KAZOO then uses "now").
    pub start_date: Option<i64>,
    /// Seconds after local midnight, both ends inclusive.
    pub time_window_start: u32,
    pub time_window_stop: u32,
}

/// What repeats, and how often.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Recurrence {
    pub cycle: Cycle,
    /// Every `interval` days/weeks/months/years counted from the start date (>= 1).
    pub interval: u32,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Cycle {
    /// Only on the start date.
    Date,
    Daily,
    /// Weekdays sorted Monday first, never empty (an empty `wdays` means all seven).
    Weekly(Vec<Weekday>),
    Monthly(DayPattern),
    Yearly {
        month: u8,
        pattern: DayPattern,
    },
}

/// Which days of a month a monthly/yearly rule picks.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum DayPattern {
    /// Days of the month, in the document's order (KAZOO does not sort them; days past the
    /// end of a month roll into the next one).
    Days(Vec<u8>),
    /// `ordinal` + one weekday, e.g. the last Friday. KAZOO uses only one weekday here; with
    /// several we take the first in Monday-first order.
    Weekday { ordinal: Ordinal, weekday: Weekday },
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Ordinal {
    Every,
    First,
    Second,
    Third,
    Fourth,
    Fifth,
    Last,
}

impl Ordinal {
    /// `kz_date:ordinal_to_position` for first..fifth.
    pub(crate) fn position(self) -> Option<i64> {
        match self {
            Ordinal::First => Some(0),
            Ordinal::Second => Some(1),
            Ordinal::Third => Some(2),
            Ordinal::Fourth => Some(3),
            Ordinal::Fifth => Some(4),
            Ordinal::Every | Ordinal::Last => None,
        }
    }
}

/// A document that is not a valid temporal rule: which field, and what is wrong with it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct RuleError {
    /// Dotted field path, e.g. `wdays[1]`; empty for the document itself.
    pub field: String,
    pub message: String,
}

impl RuleError {
    fn new(field: impl Into<String>, message: impl Into<String>) -> RuleError {
        RuleError {
            field: field.into(),
            message: message.into(),
        }
    }
}

impl fmt::Display for RuleError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.field.is_empty() {
            write!(f, "temporal rule: {}", self.message)
        } else {
            write!(f, "temporal rule field `{}`: {}", self.field, self.message)
        }
    }
}

impl std::error::Error for RuleError {}

impl TemporalRule {
    /// Parses one `temporal_rule` document.
    pub fn from_json(doc: &Value) -> Result<TemporalRule, RuleError> {
        let obj = doc
            .as_object()
            .ok_or_else(|| RuleError::new("", "the document must be a JSON object"))?;
        let name = match obj.get("name") {
            None | Some(Value::Null) => "no_name".to_owned(),
            Some(Value::String(s)) => s.clone(),
            Some(_) => return Err(RuleError::new("name", "must be a string")),
        };
        let interval = int_field(obj, "interval", 1, 1, i64::from(u32::MAX))? as u32;
        let time_window_start = int_field(obj, "time_window_start", 0, 0, SECONDS_IN_DAY.into())?;
        let time_window_stop = int_field(
            obj,
            "time_window_stop",
            SECONDS_IN_DAY.into(),
            0,
            SECONDS_IN_DAY.into(),
        )?;
        let start_date = match obj.get("start_date") {
            None | Some(Value::Null) => None,
            Some(v) => Some(int_value(v, "start_date", 0, MAX_START_DATE)?),
        };
        Ok(TemporalRule {
            name,
            enabled: enabled_flag(obj)?,
            recurrence: Recurrence {
                cycle: parse_cycle(obj)?,
                interval,
            },
            start_date,
            time_window_start: time_window_start as u32,
            time_window_stop: time_window_stop as u32,
        })
    }
}

/// The `enabled` override of a document, read the way KAZOO reads it (booleans or
/// `"true"`/`"false"`). Also used for documents that fail [`TemporalRule::from_json`]: KAZOO
/// honours `enabled: true` before it looks at the rest of the rule.
pub fn enabled_override(doc: &Value) -> Option<bool> {
    doc.as_object().and_then(|o| enabled_flag(o).ok().flatten())
}

fn enabled_flag(obj: &Map<String, Value>) -> Result<Option<bool>, RuleError> {
    match obj.get("enabled") {
        None | Some(Value::Null) => Ok(None),
        Some(Value::Bool(b)) => Ok(Some(*b)),
        Some(Value::String(s)) if s == "true" => Ok(Some(true)),
        Some(Value::String(s)) if s == "false" => Ok(Some(false)),
        Some(_) => Err(RuleError::new("enabled", "must be true or false")),
    }
}

/// Builds the cycle. Every field the schema knows is checked, also those this cycle ignores.
fn parse_cycle(obj: &Map<String, Value>) -> Result<Cycle, RuleError> {
    let cycle = match obj.get("cycle") {
        None | Some(Value::Null) => return Err(RuleError::new("cycle", "is required")),
        Some(Value::String(s)) => s.as_str(),
        Some(_) => return Err(RuleError::new("cycle", "must be a string")),
    };
    let days = days(obj)?;
    let wdays = weekdays(obj)?;
    let ordinal = ordinal(obj)?;
    let month = int_field(obj, "month", 1, 1, 12)? as u8;
    Ok(match cycle {
        "date" => Cycle::Date,
        "daily" => Cycle::Daily,
        "weekly" if wdays.is_empty() => Cycle::Weekly(ALL_WEEKDAYS.to_vec()),
        "weekly" => Cycle::Weekly(wdays),
        "monthly" => Cycle::Monthly(day_pattern(days, ordinal, &wdays, cycle)?),
        "yearly" => Cycle::Yearly {
            month,
            pattern: day_pattern(days, ordinal, &wdays, cycle)?,
        },
        "" => return Err(RuleError::new("cycle", "is empty")),
        other => {
            return Err(RuleError::new(
                "cycle",
                format!(
                    "unknown cycle {other:?} (expected date, daily, weekly, monthly or yearly)"
                ),
            ));
        }
    })
}

const ALL_WEEKDAYS: [Weekday; 7] = [
    Weekday::Monday,
    Weekday::Tuesday,
    Weekday::Wednesday,
    Weekday::Thursday,
    Weekday::Friday,
    Weekday::Saturday,
    Weekday::Sunday,
];

/// `days` if any, else `ordinal` + the first weekday.
fn day_pattern(
    days: Vec<u8>,
    ordinal: Ordinal,
    wdays: &[Weekday],
    cycle: &str,
) -> Result<DayPattern, RuleError> {
    if !days.is_empty() {
        return Ok(DayPattern::Days(days));
    }
    match wdays.first() {
        Some(&weekday) => Ok(DayPattern::Weekday { ordinal, weekday }),
        None => Err(RuleError::new(
            "wdays",
            format!("a {cycle} rule needs `days` or a weekday in `wdays`"),
        )),
    }
}

fn days(obj: &Map<String, Value>) -> Result<Vec<u8>, RuleError> {
    let Some(list) = list_field(obj, "days")? else {
        return Ok(Vec::new());
    };
    list.iter()
        .enumerate()
        .map(|(i, v)| int_value(v, &format!("days[{i}]"), 1, 31).map(|d| d as u8))
        .collect()
}

/// The weekdays sorted Monday first (`cf_temporal_route:sort_wdays`; stable, duplicates kept).
fn weekdays(obj: &Map<String, Value>) -> Result<Vec<Weekday>, RuleError> {
    let Some(list) = list_field(obj, "wdays")? else {
        return Ok(Vec::new());
    };
    let mut out = list
        .iter()
        .enumerate()
        .map(|(i, v)| {
            let field = format!("wdays[{i}]");
            let s = v
                .as_str()
                .ok_or_else(|| RuleError::new(&field, "must be a string"))?;
            weekday(s).ok_or_else(|| {
                RuleError::new(
                    &field,
                    format!("unknown weekday {s:?} (expected monday .. sunday)"),
                )
            })
        })
        .collect::<Result<Vec<_>, _>>()?;
    out.sort_by_key(|w| w.to_monday_one_offset());
    Ok(out)
}

/// `kz_date:wday_to_dow`, including KAZOO's legacy spelling `wensday`.
fn weekday(s: &str) -> Option<Weekday> {
    Some(match s {
        "monday" => Weekday::Monday,
        "tuesday" => Weekday::Tuesday,
        "wednesday" | "wensday" => Weekday::Wednesday,
        "thursday" => Weekday::Thursday,
        "friday" => Weekday::Friday,
        "saturday" => Weekday::Saturday,
        "sunday" => Weekday::Sunday,
        _ => return None,
    })
}

fn ordinal(obj: &Map<String, Value>) -> Result<Ordinal, RuleError> {
    let s = match obj.get("ordinal") {
        None | Some(Value::Null) => return Ok(Ordinal::First),
        Some(Value::String(s)) => s.as_str(),
        Some(_) => return Err(RuleError::new("ordinal", "must be a string")),
    };
    Ok(match s {
        "every" => Ordinal::Every,
        "first" => Ordinal::First,
        "second" => Ordinal::Second,
        "third" => Ordinal::Third,
        "fourth" => Ordinal::Fourth,
        "fifth" => Ordinal::Fifth,
        "last" => Ordinal::Last,
        other => {
            return Err(RuleError::new(
                "ordinal",
                format!("unknown ordinal {other:?} (expected every, first .. fifth or last)"),
            ));
        }
    })
}

fn list_field<'a>(
    obj: &'a Map<String, Value>,
    field: &str,
) -> Result<Option<&'a Vec<Value>>, RuleError> {
    match obj.get(field) {
        None | Some(Value::Null) => Ok(None),
        Some(Value::Array(a)) => Ok(Some(a)),
        Some(_) => Err(RuleError::new(field, "must be an array")),
    }
}

fn int_field(
    obj: &Map<String, Value>,
    field: &str,
    default: i64,
    min: i64,
    max: i64,
) -> Result<i64, RuleError> {
    match obj.get(field) {
        None | Some(Value::Null) => Ok(default),
        Some(v) => int_value(v, field, min, max),
    }
}

/// An integer in `min..=max`, given as a JSON integer or a decimal string.
fn int_value(v: &Value, field: &str, min: i64, max: i64) -> Result<i64, RuleError> {
    let n = match v {
        Value::Number(n) => n.as_i64(),
        Value::String(s) => s.trim().parse::<i64>().ok(),
        _ => None,
    }
    .ok_or_else(|| RuleError::new(field, "must be an integer"))?;
    if n < min || n > max {
        return Err(RuleError::new(
            field,
            format!("{n} is out of range ({min}..={max})"),
        ));
    }
    Ok(n)
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn err(doc: Value) -> RuleError {
        TemporalRule::from_json(&doc).expect_err("should be rejected")
    }

    #[test]
    fn smartpbx_office_hours_rule() {
        let r = TemporalRule::from_json(&json!({
            "name": "MainOpenHours", "type": "main_weekdays", "cycle": "weekly", "interval": 1,
            "wdays": ["friday", "monday", "wensday"], "time_window_start": 32400,
            "time_window_stop": 61200, "start_date": 62586115200u64, "ui_metadata": {}
        }))
        .unwrap();
        assert_eq!(
            r.recurrence.cycle,
            Cycle::Weekly(vec![Weekday::Monday, Weekday::Wednesday, Weekday::Friday])
        );
        assert_eq!((r.time_window_start, r.time_window_stop), (32400, 61200));
        assert_eq!(r.start_date, Some(62_586_115_200));
        assert_eq!(r.enabled, None);
    }

    #[test]
    fn code_defaults() {
        let r = TemporalRule::from_json(&json!({"cycle": "weekly"})).unwrap();
        assert_eq!(r.name, "no_name");
        assert_eq!(r.recurrence.interval, 1);
        assert_eq!(r.recurrence.cycle, Cycle::Weekly(ALL_WEEKDAYS.to_vec()));
        assert_eq!((r.time_window_start, r.time_window_stop), (0, 86_400));
        assert_eq!(r.start_date, None);
        let y = TemporalRule::from_json(&json!({"cycle": "yearly", "days": [25]})).unwrap();
        assert_eq!(
            y.recurrence.cycle,
            Cycle::Yearly {
                month: 1,
                pattern: DayPattern::Days(vec![25])
            }
        );
        let m =
            TemporalRule::from_json(&json!({"cycle": "monthly", "wdays": ["sunday", "friday"]}))
                .unwrap();
        assert_eq!(
            m.recurrence.cycle,
            Cycle::Monthly(DayPattern::Weekday {
                ordinal: Ordinal::First,
                weekday: Weekday::Friday
            })
        );
    }

    #[test]
    fn kazoo_lenient_scalars() {
        let r = TemporalRule::from_json(
            &json!({"cycle": "daily", "interval": "3", "enabled": "false", "start_date": "63000000000"}),
        )
        .unwrap();
        assert_eq!(r.recurrence.interval, 3);
        assert_eq!(r.enabled, Some(false));
        assert_eq!(r.start_date, Some(63_000_000_000));
    }

    #[test]
    fn invalid_documents_name_the_field() {
        let cases = [
            (json!([1, 2]), ""),
            (json!({}), "cycle"),
            (json!({"cycle": ""}), "cycle"),
            (json!({"cycle": "hourly"}), "cycle"),
            (json!({"cycle": 7}), "cycle"),
            (json!({"cycle": "daily", "interval": 0}), "interval"),
            (json!({"cycle": "daily", "interval": -3}), "interval"),
            (json!({"cycle": "daily", "interval": 1.5}), "interval"),
            (json!({"cycle": "daily", "interval": "x"}), "interval"),
            (json!({"cycle": "weekly", "wdays": "monday"}), "wdays"),
            (
                json!({"cycle": "weekly", "wdays": ["monday", "funday"]}),
                "wdays[1]",
            ),
            (json!({"cycle": "weekly", "wdays": [1]}), "wdays[0]"),
            (json!({"cycle": "monthly"}), "wdays"),
            (json!({"cycle": "monthly", "days": [0]}), "days[0]"),
            (json!({"cycle": "monthly", "days": [1, 32]}), "days[1]"),
            (
                json!({"cycle": "monthly", "wdays": ["monday"], "ordinal": "sixth"}),
                "ordinal",
            ),
            (
                json!({"cycle": "yearly", "month": 13, "days": [1]}),
                "month",
            ),
            (json!({"cycle": "date", "start_date": -1}), "start_date"),
            (json!({"cycle": "date", "start_date": 1e300}), "start_date"),
            (
                json!({"cycle": "date", "time_window_start": 86401}),
                "time_window_start",
            ),
            (
                json!({"cycle": "date", "time_window_stop": -1}),
                "time_window_stop",
            ),
            (json!({"cycle": "date", "enabled": "yes"}), "enabled"),
            (json!({"cycle": "date", "name": 5}), "name"),
        ];
        for (doc, field) in cases {
            let e = err(doc.clone());
            assert_eq!(e.field, field, "{doc}: {e}");
            assert!(e.to_string().contains(field), "{e}");
        }
    }

    #[test]
    fn enabled_override_survives_invalid_rules() {
        assert_eq!(enabled_override(&json!({"enabled": true})), Some(true));
        assert_eq!(enabled_override(&json!({"enabled": "false"})), Some(false));
        assert_eq!(enabled_override(&json!({"enabled": 1})), None);
        assert_eq!(enabled_override(&json!(null)), None);
    }
}
