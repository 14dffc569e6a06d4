//! Proleptic Gregorian calendar arithmetic on plain integers.
//!
//! KAZOO's `next_rule_date` builds dates like `{2011, 13, 5}`, `{2011, 1, 0}` or `{2009, 2, 29}` and
//! normalises them afterwards (`kz_date:normalize`). [`Ymd`] holds such improper dates and
//! [`Ymd::normalize`] reproduces that normalisation: the month is carried into the year first,
//! then the day counts from the 1st of that month (day 0 = the last day of the month before).
//! For the inputs where KAZOO's own code would crash (negative months or days) the same rule
//! simply keeps counting, so nothing here can fail or panic. Everything is `i64`, so even
//! absurd intervals cannot overflow.

use jiff::civil::Date;

/// Days from 0000-01-01 (KAZOO's "Gregorian days") to 1970-01-01.
const UNIX_EPOCH_DAY: i64 = 719_528;

/// A date as KAZOO's algorithm produces it: month and day may be out of range.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Ymd {
    pub y: i64,
    pub m: i64,
    pub d: i64,
}

impl Ymd {
    pub const fn new(y: i64, m: i64, d: i64) -> Ymd {
        Ymd { y, m, d }
    }

    /// `kz_date:normalize`: the proper date this improper one stands for.
    pub fn normalize(self) -> Ymd {
        from_days(self.days())
    }

    /// Gregorian day number (0000-01-01 = 0) of the normalised date.
    pub fn days(self) -> i64 {
        let y = self.y + (self.m - 1).div_euclid(12);
        let m = (self.m - 1).rem_euclid(12) + 1;
        days_from_civil(y, m, 1) + self.d - 1
    }

    /// ISO day of the week of the normalised date: 1 = Monday .. 7 = Sunday (Erlang's numbering).
    pub fn dow(self) -> i64 {
        dow_of_days(self.days())
    }

    /// The (normalised) date `n` days later.
    pub fn add_days(self, n: i64) -> Ymd {
        from_days(self.days() + n)
    }

    pub fn from_date(d: Date) -> Ymd {
        Ymd::new(d.year().into(), d.month().into(), d.day().into())
    }

    /// The normalised date as a jiff date; `None` beyond jiff's years -9999..=9999.
    pub fn to_date(self) -> Option<Date> {
        let n = self.normalize();
        let y = i16::try_from(n.y).ok()?;
        Date::new(y, n.m as i8, n.d as i8).ok()
    }
}

/// ISO day of the week of a Gregorian day number: 1 = Monday .. 7 = Sunday.
pub fn dow_of_days(days: i64) -> i64 {
    // 0000-01-01 was a Saturday (6).
    (days + 5).rem_euclid(7) + 1
}

/// Day number of the Monday of the (ISO) week that contains `days`.
pub fn monday_of(days: i64) -> i64 {
    days - (dow_of_days(days) - 1)
}

/// Gregorian day number of a proper date (Howard Hinnant's `days_from_civil`, shifted to year 0).
fn days_from_civil(y: i64, m: i64, d: i64) -> i64 {
    let y = if m <= 2 { y - 1 } else { y };
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let mp = (m + 9) % 12;
    let doy = (153 * mp + 2) / 5 + d - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468 + UNIX_EPOCH_DAY
}

/// The proper date of a Gregorian day number (Hinnant's `civil_from_days`).
pub fn from_days(days: i64) -> Ymd {
    let z = days - UNIX_EPOCH_DAY + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = doy - (153 * mp + 2) / 5 + 1;
    let m = if mp < 10 { mp + 3 } else { mp - 9 };
    let y = yoe + era * 400 + i64::from(m <= 2);
    Ymd::new(y, m, d)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn day_numbers_match_erlang_calendar() {
        // calendar:date_to_gregorian_days({1970,1,1}) = 719528; {0,1,1} = 0.
        assert_eq!(Ymd::new(1970, 1, 1).days(), 719_528);
        assert_eq!(Ymd::new(0, 1, 1).days(), 0);
        assert_eq!(from_days(0), Ymd::new(0, 1, 1));
        for n in [-800_000, -1, 0, 59, 60, 719_528, 738_000, 3_000_000] {
            assert_eq!(from_days(n).days(), n, "{n}");
        }
        assert_eq!(Ymd::new(2011, 1, 1).dow(), 6); // Saturday
        assert_eq!(Ymd::new(2024, 2, 29).dow(), 4); // Thursday
    }

    #[test]
    fn normalize_like_kz_date() {
        // Vectors from kz_date_tests: {2008,37,2} -> {2011,1,2}; {2600,2,0} -> {2600,1,31}.
        assert_eq!(Ymd::new(2008, 37, 2).normalize(), Ymd::new(2011, 1, 2));
        assert_eq!(Ymd::new(2600, 2, 0).normalize(), Ymd::new(2600, 1, 31));
        assert_eq!(Ymd::new(2009, 2, 29).normalize(), Ymd::new(2009, 3, 1));
        assert_eq!(Ymd::new(2012, 0, 5).normalize(), Ymd::new(2011, 12, 5));
        assert_eq!(Ymd::new(2011, 24, 1).normalize(), Ymd::new(2012, 12, 1));
        assert_eq!(Ymd::new(2011, 1, 60).normalize(), Ymd::new(2011, 3, 1));
        assert_eq!(Ymd::new(2011, 3, -1).normalize(), Ymd::new(2011, 2, 27));
    }
}
