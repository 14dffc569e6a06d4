//! Calendar arithmetic for timestamps (Unix and KAZOO's Gregorian seconds), without a clock.

pub use edgepbx_store::GREGORIAN_OFFSET;

/// (year, month, day) of a count of days since 1970-01-01 (proleptic Gregorian calendar).
pub fn civil_from_days(days: i64) -> (i64, u32, u32) {
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z.rem_euclid(146_097);
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let day = (doy - (153 * mp + 2) / 5 + 1) as u32;
    let month = if mp < 10 { mp + 3 } else { mp - 9 } as u32;
    let year = yoe + era * 400 + i64::from(month <= 2);
    (year, month, day)
}

/// `YYYY-MM-DDTHH:MM:SSZ` for Unix seconds.
pub fn iso8601(unix: u64) -> String {
    let days = (unix / 86_400) as i64;
    let secs = unix % 86_400;
    let (y, m, d) = civil_from_days(days);
    format!(
        "{y:04}-{m:02}-{d:02}T{:02}:{:02}:{:02}Z",
        secs / 3600,
        secs % 3600 / 60,
        secs % 60
    )
}

/// `YYYYMM` of a Gregorian timestamp: the prefix of per-month document ids (CDRs, messages).
pub fn month_prefix(gregorian: u64) -> String {
    let unix = gregorian.saturating_sub(GREGORIAN_OFFSET);
    let (y, m, _) = civil_from_days((unix / 86_400) as i64);
    format!("{y:04}{m:02}")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates() {
        assert_eq!(iso8601(0), "1970-01-01T00:00:00Z");
        assert_eq!(iso8601(1_795_000_000), "2026-11-18T11:06:40Z");
        assert_eq!(civil_from_days(11_016), (2000, 2, 29));
        assert_eq!(month_prefix(GREGORIAN_OFFSET + 1_795_000_000), "202611");
    }
}
