//! UTC instants <-> wall-clock time in an IANA time zone.
//!
//! KAZOO evaluates rules on the *wall clock* of the account zone: "now" is converted to a
//! local date and time and compared with `date 00:00 + time_window_*` as plain numbers. So on
//! the day clocks spring forward a 08:00-17:00 window is 8 real hours long, and during the
//! repeated hour of a fall-back night both instants read the same local time. Going the
//! other way (a local opening time -> an instant, for "opens Monday 08:00") a time inside the
//! spring gap moves forward and a repeated time takes its first occurrence (RFC 5545 and
//! jiff's "compatible" disambiguation).
//!
//! Zones come from the system's IANA database; when the box has none, or lacks the zone
//! (trimmed images), from the copy embedded in the binary.

use jiff::civil::DateTime;
use jiff::tz::{TimeZone, TimeZoneDatabase};
use jiff::{SignedDuration, Timestamp};

/// KAZOO's zone when neither the callflow nor the account (chain) sets one.
pub const DEFAULT_TIMEZONE: &str = "America/Los_Angeles";

/// Gregorian seconds (seconds since 0000-01-01T00:00:00) minus Unix seconds.
pub const GREGORIAN_OFFSET: i64 = edgepbx_store::GREGORIAN_OFFSET as i64;

/// Looks an IANA zone name up (`Europe/Berlin`, `UTC`, ...).
pub fn zone(name: &str) -> Result<TimeZone, UnknownZone> {
    jiff::tz::db()
        .get(name)
        .or_else(|_| TimeZoneDatabase::bundled().get(name))
        .map_err(|_| UnknownZone(name.to_owned()))
}

/// The zone for a `temporal_route`: the first of `candidates` (callflow `data.timezone`, then
/// the account's, then its parents') that is set, is not `"inherit"` and is a known zone;
/// else [`DEFAULT_TIMEZONE`].
pub fn pick_zone<'a>(candidates: impl IntoIterator<Item = Option<&'a str>>) -> TimeZone {
    candidates
        .into_iter()
        .flatten()
        .filter(|name| !name.is_empty() && *name != "inherit")
        .find_map(|name| zone(name).ok())
        .or_else(|| zone(DEFAULT_TIMEZONE).ok())
        .unwrap_or(TimeZone::UTC)
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct UnknownZone(pub String);

impl std::fmt::Display for UnknownZone {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "unknown time zone {:?}", self.0)
    }
}

impl std::error::Error for UnknownZone {}

/// The instant `secs` Unix seconds; `None` outside jiff's range (years -9999..=9999).
pub fn from_unix(secs: i64) -> Option<Timestamp> {
    Timestamp::from_second(secs).ok()
}

/// The instant `secs` Gregorian seconds (KAZOO's timestamps).
pub fn from_gregorian(secs: i64) -> Option<Timestamp> {
    from_unix(secs.checked_sub(GREGORIAN_OFFSET)?)
}

/// Gregorian seconds of an instant.
pub fn to_gregorian(t: Timestamp) -> i64 {
    t.as_second() + GREGORIAN_OFFSET
}

/// The wall-clock date and time of `t` in `zone`.
pub fn to_local(zone: &TimeZone, t: Timestamp) -> DateTime {
    zone.to_datetime(t)
}

/// The instant a wall-clock time in `zone` stands for: a time in a DST gap moves forward by
/// the gap, a repeated time is its earlier occurrence. `None` outside jiff's range.
pub fn from_local(zone: &TimeZone, local: DateTime) -> Option<Timestamp> {
    zone.to_ambiguous_timestamp(local).compatible().ok()
}

/// A wall-clock time as KAZOO's "local seconds": Gregorian seconds as if the wall clock were
/// UTC. Only differences between such values mean anything.
pub fn wall_seconds(local: DateTime) -> i64 {
    let midnight = local.date().to_datetime(jiff::civil::Time::midnight());
    let since_midnight = local.duration_since(midnight).as_secs();
    super::calendar::Ymd::from_date(local.date()).days() * 86_400 + since_midnight
}

/// The wall-clock time `secs` seconds after local midnight of `date` (86_400 = the next
/// midnight), or `None` past jiff's range.
pub fn at_seconds(date: jiff::civil::Date, secs: u32) -> Option<DateTime> {
    date.to_datetime(jiff::civil::Time::midnight())
        .checked_add(SignedDuration::from_secs(secs.into()))
        .ok()
}

#[cfg(test)]
mod tests {
    use super::*;
    use jiff::civil::date;

    #[test]
    fn gregorian_and_unix_agree() {
        let t = from_gregorian(62_586_115_200).unwrap(); // schema default start_date
        assert_eq!(t.to_string(), "1983-04-11T08:00:00Z");
        assert_eq!(to_gregorian(t), 62_586_115_200);
        assert_eq!(
            from_unix(0).unwrap(),
            from_gregorian(GREGORIAN_OFFSET).unwrap()
        );
        assert_eq!(from_gregorian(i64::MIN), None);
        assert_eq!(from_unix(i64::MAX), None);
    }

    #[test]
    fn wall_seconds_are_kazoo_local_seconds() {
        // calendar:datetime_to_gregorian_seconds({{2011,1,1},{8,0,0}}) = 734503 days + 8 h.
        assert_eq!(
            wall_seconds(date(2011, 1, 1).at(8, 0, 0, 0)),
            63_461_088_000
        );
    }

    #[test]
    fn zones_resolve_with_fallbacks() {
        assert!(zone("Europe/Berlin").is_ok());
        assert!(zone("UTC").is_ok());
        assert_eq!(
            zone("Mars/Olympus").unwrap_err().to_string(),
            "unknown time zone \"Mars/Olympus\""
        );
        let la = zone(DEFAULT_TIMEZONE).unwrap();
        assert_eq!(pick_zone([None, Some("inherit"), Some("Nowhere/X")]), la);
        assert_eq!(
            pick_zone([Some(""), Some("Europe/Berlin")]),
            zone("Europe/Berlin").unwrap()
        );
    }

    #[test]
    fn embedded_database_has_the_zones() {
        let db = TimeZoneDatabase::bundled();
        for name in [
            "America/New_York",
            "Europe/Berlin",
            "America/Los_Angeles",
            "Asia/Kolkata",
        ] {
            assert!(db.get(name).is_ok(), "{name}");
        }
    }

    #[test]
    fn dst_gap_and_fold() {
        let ny = zone("America/New_York").unwrap();
        // 2024-03-10 02:30 does not exist in New York: it becomes 03:30 EDT (07:30Z).
        let gap = from_local(&ny, date(2024, 3, 10).at(2, 30, 0, 0)).unwrap();
        assert_eq!(gap.to_string(), "2024-03-10T07:30:00Z");
        // 2024-11-03 01:30 happens twice: the first one (EDT, 05:30Z) is taken.
        let fold = from_local(&ny, date(2024, 11, 3).at(1, 30, 0, 0)).unwrap();
        assert_eq!(fold.to_string(), "2024-11-03T05:30:00Z");
        // Both UTC instants of the fold read 01:30 on the wall.
        let second = "2024-11-03T06:30:00Z".parse::<Timestamp>().unwrap();
        assert_eq!(to_local(&ny, second), date(2024, 11, 3).at(1, 30, 0, 0));
    }
}
