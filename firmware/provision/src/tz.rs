//! Time zones in the notations of phones that keep their own DST rules (Grandstream, Fanvil):
//! a table from the IANA names offices use to POSIX TZ rules (`CET-1CEST,M3.5.0,M10.5.0/3`),
//! parsed here into standard offset, DST offset and the two change rules. A zone not in the
//! table falls back to its fixed UTC offset at the time of the request (no DST rule).

/// IANA zone -> POSIX TZ rule (as in the tail of the zone's tzdata file).
const ZONES: &[(&str, &str)] = &[
    ("UTC", "UTC0"),
    ("Etc/UTC", "UTC0"),
    ("Europe/London", "GMT0BST,M3.5.0/1,M10.5.0"),
    ("Europe/Dublin", "GMT0IST,M3.5.0/1,M10.5.0"),
    ("Europe/Lisbon", "WET0WEST,M3.5.0/1,M10.5.0"),
    ("Europe/Berlin", "CET-1CEST,M3.5.0,M10.5.0/3"),
    ("Europe/Paris", "CET-1CEST,M3.5.0,M10.5.0/3"),
    ("Europe/Madrid", "CET-1CEST,M3.5.0,M10.5.0/3"),
    ("Europe/Rome", "CET-1CEST,M3.5.0,M10.5.0/3"),
    ("Europe/Amsterdam", "CET-1CEST,M3.5.0,M10.5.0/3"),
    ("Europe/Brussels", "CET-1CEST,M3.5.0,M10.5.0/3"),
    ("Europe/Vienna", "CET-1CEST,M3.5.0,M10.5.0/3"),
    ("Europe/Zurich", "CET-1CEST,M3.5.0,M10.5.0/3"),
    ("Europe/Stockholm", "CET-1CEST,M3.5.0,M10.5.0/3"),
    ("Europe/Oslo", "CET-1CEST,M3.5.0,M10.5.0/3"),
    ("Europe/Copenhagen", "CET-1CEST,M3.5.0,M10.5.0/3"),
    ("Europe/Warsaw", "CET-1CEST,M3.5.0,M10.5.0/3"),
    ("Europe/Prague", "CET-1CEST,M3.5.0,M10.5.0/3"),
    ("Europe/Budapest", "CET-1CEST,M3.5.0,M10.5.0/3"),
    ("Europe/Athens", "EET-2EEST,M3.5.0/3,M10.5.0/4"),
    ("Europe/Helsinki", "EET-2EEST,M3.5.0/3,M10.5.0/4"),
    ("Europe/Kyiv", "EET-2EEST,M3.5.0/3,M10.5.0/4"),
    ("Europe/Bucharest", "EET-2EEST,M3.5.0/3,M10.5.0/4"),
    ("Europe/Sofia", "EET-2EEST,M3.5.0/3,M10.5.0/4"),
    ("Europe/Istanbul", "<+03>-3"),
    ("Europe/Moscow", "MSK-3"),
    ("America/New_York", "EST5EDT,M3.2.0,M11.1.0"),
    ("America/Toronto", "EST5EDT,M3.2.0,M11.1.0"),
    ("America/Detroit", "EST5EDT,M3.2.0,M11.1.0"),
    ("America/Chicago", "CST6CDT,M3.2.0,M11.1.0"),
    ("America/Winnipeg", "CST6CDT,M3.2.0,M11.1.0"),
    ("America/Mexico_City", "CST6"),
    ("America/Denver", "MST7MDT,M3.2.0,M11.1.0"),
    ("America/Edmonton", "MST7MDT,M3.2.0,M11.1.0"),
    ("America/Phoenix", "MST7"),
    ("America/Los_Angeles", "PST8PDT,M3.2.0,M11.1.0"),
    ("America/Vancouver", "PST8PDT,M3.2.0,M11.1.0"),
    ("America/Anchorage", "AKST9AKDT,M3.2.0,M11.1.0"),
    ("Pacific/Honolulu", "HST10"),
    ("America/Halifax", "AST4ADT,M3.2.0,M11.1.0"),
    ("America/St_Johns", "NST3:30NDT,M3.2.0,M11.1.0"),
    ("America/Sao_Paulo", "<-03>3"),
    ("America/Argentina/Buenos_Aires", "<-03>3"),
    ("America/Bogota", "<-05>5"),
    ("America/Lima", "<-05>5"),
    ("Asia/Dubai", "<+04>-4"),
    ("Asia/Riyadh", "<+03>-3"),
    ("Asia/Karachi", "PKT-5"),
    ("Asia/Kolkata", "IST-5:30"),
    ("Asia/Bangkok", "<+07>-7"),
    ("Asia/Jakarta", "WIB-7"),
    ("Asia/Singapore", "<+08>-8"),
    ("Asia/Hong_Kong", "HKT-8"),
    ("Asia/Shanghai", "CST-8"),
    ("Asia/Manila", "PST-8"),
    ("Asia/Tokyo", "JST-9"),
    ("Asia/Seoul", "KST-9"),
    ("Asia/Jerusalem", "IST-2IDT,M3.4.4/26,M10.5.0"),
    ("Africa/Cairo", "EET-2EEST,M4.5.5/0,M10.5.4/24"),
    ("Africa/Johannesburg", "SAST-2"),
    ("Africa/Lagos", "WAT-1"),
    ("Africa/Nairobi", "EAT-3"),
    ("Australia/Sydney", "AEST-10AEDT,M10.1.0,M4.1.0/3"),
    ("Australia/Melbourne", "AEST-10AEDT,M10.1.0,M4.1.0/3"),
    ("Australia/Brisbane", "AEST-10"),
    ("Australia/Adelaide", "ACST-9:30ACDT,M10.1.0,M4.1.0/3"),
    ("Australia/Perth", "AWST-8"),
    ("Pacific/Auckland", "NZST-12NZDT,M9.5.0,M4.1.0/3"),
];

/// A change to or from summer time: month, week of the month (5 = last), weekday (0 =
/// Sunday) and the local time in seconds (may exceed a day, as POSIX allows).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Change {
    pub month: u8,
    pub week: u8,
    pub weekday: u8,
    pub seconds: i32,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Rule {
    pub std_name: String,
    /// Seconds east of UTC in standard time.
    pub std_offset: i32,
    /// Summer time: name, seconds east of UTC, start, end.
    pub dst: Option<(String, i32, Change, Change)>,
}

/// The zone's rule from the table.
pub fn rule(zone: &str) -> Option<Rule> {
    let posix = ZONES.iter().find(|(name, _)| *name == zone)?.1;
    parse(posix)
}

/// A rule of fixed offset (a zone not in the table, at the time of the request).
pub fn fixed(offset_seconds: i32) -> Rule {
    Rule {
        std_name: "UTC".into(),
        std_offset: offset_seconds,
        dst: None,
    }
}

/// Reads `NAME`, `<+03>` or `NST`-style names.
fn name(s: &str) -> Option<(String, &str)> {
    if let Some(rest) = s.strip_prefix('<') {
        let (n, rest) = rest.split_once('>')?;
        return Some((n.to_string(), rest));
    }
    let end = s
        .find(|c: char| !c.is_ascii_alphabetic())
        .unwrap_or(s.len());
    (end >= 3).then(|| (s[..end].to_string(), &s[end..]))
}

/// `[+-]h[:mm[:ss]]` as seconds, and the rest.
fn hms(s: &str) -> Option<(i32, &str)> {
    let end = s
        .find(|c: char| !(c.is_ascii_digit() || matches!(c, ':' | '+' | '-')))
        .unwrap_or(s.len());
    let (text, rest) = s.split_at(end);
    let (sign, digits) = match text.as_bytes().first()? {
        b'-' => (-1, &text[1..]),
        b'+' => (1, &text[1..]),
        _ => (1, text),
    };
    let mut seconds = 0;
    for (i, part) in digits.split(':').enumerate() {
        let n: i32 = part.parse().ok()?;
        seconds += n * [3600, 60, 1].get(i)?;
    }
    Some((sign * seconds, rest))
}

/// `Mm.w.d[/time]`.
fn change(s: &str) -> Option<Change> {
    let (date, time) = s.split_once('/').unwrap_or((s, "2"));
    let mut parts = date.strip_prefix('M')?.split('.');
    let mut next = || parts.next()?.parse::<u8>().ok();
    let (month, week, weekday) = (next()?, next()?, next()?);
    let (seconds, rest) = hms(time)?;
    ((1..=12).contains(&month) && (1..=5).contains(&week) && weekday <= 6 && rest.is_empty())
        .then_some(Change {
            month,
            week,
            weekday,
            seconds,
        })
}

/// Parses a POSIX TZ rule (offsets are west of UTC in the notation, east here).
pub fn parse(posix: &str) -> Option<Rule> {
    let (std_name, rest) = name(posix)?;
    let (west, rest) = hms(rest)?;
    let std_offset = -west;
    if rest.is_empty() {
        return Some(Rule {
            std_name,
            std_offset,
            dst: None,
        });
    }
    let (dst_name, rest) = name(rest)?;
    let (dst_offset, rest) = match rest.strip_prefix(',') {
        Some(_) => (std_offset + 3600, rest),
        None => {
            let (west, rest) = hms(rest)?;
            (-west, rest)
        }
    };
    let mut rules = rest.strip_prefix(',')?.split(',');
    let start = change(rules.next()?)?;
    let end = change(rules.next()?)?;
    Some(Rule {
        std_name,
        std_offset,
        dst: Some((dst_name, dst_offset, start, end)),
    })
}

fn clock(seconds: i32) -> String {
    format!(
        "{:02}:{:02}:{:02}",
        seconds / 3600,
        seconds % 3600 / 60,
        seconds % 60
    )
}

/// POSIX offsets count west of UTC: `-1`, `5`, `-5:30`.
fn west(offset: i32) -> String {
    let w = -offset;
    let sign = if w < 0 { "-" } else { "" };
    let (h, m) = (w.abs() / 3600, w.abs() % 3600 / 60);
    if m == 0 {
        format!("{sign}{h}")
    } else {
        format!("{sign}{h}:{m:02}")
    }
}

/// A zone name a phone can print: letters only, else `UTC`.
fn plain(name: &str) -> &str {
    if name.bytes().all(|b| b.is_ascii_alphabetic()) {
        name
    } else {
        "UTC"
    }
}

impl Rule {
    /// Grandstream's P64: the full POSIX form with the DST offset and times spelled out
    /// (`CET-1CEST-2,M3.5.0/02:00:00,M10.5.0/03:00:00`).
    pub fn grandstream(&self) -> String {
        let mut out = format!("{}{}", plain(&self.std_name), west(self.std_offset));
        if let Some((name, offset, start, end)) = &self.dst {
            let when = |c: &Change| {
                format!(
                    "M{}.{}.{}/{}",
                    c.month,
                    c.week,
                    c.weekday,
                    clock(c.seconds.clamp(0, 24 * 3600 - 1))
                )
            };
            out.push_str(&format!(
                "{}{},{},{}",
                plain(name),
                west(*offset),
                when(start),
                when(end)
            ));
        }
        out
    }

    /// Fanvil's fields: `Time_Zone` in quarter hours east of UTC, `Time_Zone_Name`, and the
    /// DST rule (`Enable_DST` 2 = by rule, offset in minutes, week -1 = last, weekday 0 =
    /// Sunday, whole hours).
    pub fn fanvil(&self) -> serde_json::Value {
        let hours = self.std_offset / 3600;
        let minutes = self.std_offset.abs() % 3600 / 60;
        let name = match (hours, minutes) {
            (0, 0) => "UTC".to_string(),
            (h, 0) => format!(
                "UTC{}{}",
                if self.std_offset < 0 { '-' } else { '+' },
                h.abs()
            ),
            (h, m) => format!(
                "UTC{}{}:{m:02}",
                if self.std_offset < 0 { '-' } else { '+' },
                h.abs()
            ),
        };
        let change = |c: &Change| {
            serde_json::json!({
                "month": c.month,
                "week": if c.week == 5 { -1 } else { i32::from(c.week) },
                "weekday": c.weekday,
                "hour": (c.seconds / 3600).clamp(0, 23),
            })
        };
        serde_json::json!({
            "zone": self.std_offset / 900,
            "name": name,
            "dst": self.dst.as_ref().map(|(_, offset, start, end)| serde_json::json!({
                "minutes": (offset - self.std_offset) / 60,
                "start": change(start),
                "end": change(end),
            })),
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_table_rule_parses() {
        for (zone, posix) in ZONES {
            let r = parse(posix).unwrap_or_else(|| panic!("{zone}: {posix}"));
            assert!(r.std_offset.abs() <= 14 * 3600, "{zone}");
            // Each rule agrees with the zone's offsets in tzdata (January and July 2026).
            let tz = jiff::tz::TimeZone::get(zone).unwrap();
            for ts in [1_768_478_400, 1_784_116_800] {
                let at = jiff::Timestamp::from_second(ts).unwrap();
                let real = tz.to_offset(at).seconds();
                let ours = [Some(r.std_offset), r.dst.as_ref().map(|d| d.1)];
                assert!(
                    ours.contains(&Some(real)),
                    "{zone} at {ts}: {real} not in {ours:?}"
                );
            }
        }
    }

    #[test]
    fn vendor_notations() {
        let berlin = rule("Europe/Berlin").unwrap();
        assert_eq!(
            berlin.grandstream(),
            "CET-1CEST-2,M3.5.0/02:00:00,M10.5.0/03:00:00"
        );
        let f = berlin.fanvil();
        assert_eq!(
            (f["zone"].clone(), f["name"].clone()),
            (4.into(), "UTC+1".into())
        );
        assert_eq!(f["dst"]["minutes"], 60);
        assert_eq!(
            f["dst"]["start"],
            serde_json::json!({"month": 3, "week": -1, "weekday": 0, "hour": 2})
        );
        assert_eq!(f["dst"]["end"]["hour"], 3);

        let ny = rule("America/New_York").unwrap();
        assert_eq!(
            ny.grandstream(),
            "EST5EDT4,M3.2.0/02:00:00,M11.1.0/02:00:00"
        );
        assert_eq!(ny.fanvil()["zone"], -20);
        assert_eq!(ny.fanvil()["dst"]["start"]["week"], 2);

        let india = rule("Asia/Kolkata").unwrap();
        assert_eq!(india.grandstream(), "IST-5:30");
        assert_eq!(
            (
                india.fanvil()["zone"].clone(),
                india.fanvil()["name"].clone()
            ),
            (22.into(), "UTC+5:30".into())
        );
        assert!(india.fanvil()["dst"].is_null());

        assert_eq!(rule("Asia/Dubai").unwrap().grandstream(), "UTC-4");
        assert_eq!(rule("Not/AZone"), None);
        assert_eq!(fixed(-3 * 3600).grandstream(), "UTC3");
    }

    #[test]
    fn bad_rules_are_refused() {
        for bad in [
            "",
            "X1",
            "CET-1CEST,M13.5.0,M10.5.0",
            "CET-1CEST,M3.5.0",
            "CET-1CEST,J60,J300",
        ] {
            assert_eq!(parse(bad), None, "{bad}");
        }
    }
}
