//! Turn numbers, digit strings, dates and times into lists of built-in prompt ids.

/// Say a number ("one thousand two hundred thirty four"). Negative numbers start with "minus".
pub fn number(n: i64) -> Vec<&'static str> {
    let mut out = vec![];
    if n < 0 {
        out.push("minus");
    }
    let n = n.unsigned_abs();
    if n == 0 {
        out.push("num_0");
        return out;
    }
    let millions = n / 1_000_000;
    let thousands = (n / 1000) % 1000;
    let rest = n % 1000;
    if millions > 0 {
        below_thousand(millions, &mut out);
        out.push("num_million");
    }
    if thousands > 0 {
        below_thousand(thousands, &mut out);
        out.push("num_thousand");
    }
    if rest > 0 {
        below_thousand(rest, &mut out);
    }
    out
}

fn below_thousand(n: u64, out: &mut Vec<&'static str>) {
    if n >= 1000 {
        // Only reached for more than 999 million: say it digit by digit.
        out.extend(digits(&n.to_string()));
        return;
    }
    if n >= 100 {
        out.push(NUM[(n / 100) as usize]);
        out.push("num_hundred");
    }
    let r = n % 100;
    if r == 0 {
        return;
    }
    if r <= 20 {
        out.push(NUM[r as usize]);
    } else {
        out.push(TENS[(r / 10) as usize]);
        if !r.is_multiple_of(10) {
            out.push(NUM[(r % 10) as usize]);
        }
    }
}

pub(super) const NUM: [&str; 21] = [
    "num_0", "num_1", "num_2", "num_3", "num_4", "num_5", "num_6", "num_7", "num_8", "num_9",
    "num_10", "num_11", "num_12", "num_13", "num_14", "num_15", "num_16", "num_17", "num_18",
    "num_19", "num_20",
];
pub(super) const TENS: [&str; 10] = [
    "", "", "num_20", "num_30", "num_40", "num_50", "num_60", "num_70", "num_80", "num_90",
];
pub(super) const DAYS: [&str; 7] = [
    "day_monday",
    "day_tuesday",
    "day_wednesday",
    "day_thursday",
    "day_friday",
    "day_saturday",
    "day_sunday",
];
pub(super) const MONTHS: [&str; 12] = [
    "month_january",
    "month_february",
    "month_march",
    "month_april",
    "month_may",
    "month_june",
    "month_july",
    "month_august",
    "month_september",
    "month_october",
    "month_november",
    "month_december",
];

/// Say each digit of a string ('*' star, '#' pound; other characters skipped).
pub fn digits(s: &str) -> Vec<&'static str> {
    s.chars()
        .filter_map(|c| match c {
            '0'..='9' => Some(NUM[(c as u8 - b'0') as usize]),
            '*' => Some("star"),
            '#' => Some("pound"),
            _ => None,
        })
        .collect()
}

/// Ordinal 1..=31 ("twenty first").
pub fn ordinal(n: u32) -> Vec<&'static str> {
    match n {
        1..=20 => vec![ORD[n as usize - 1]],
        21..=29 => vec!["num_20", ORD[n as usize - 21]],
        30 => vec!["ord_30"],
        31 => vec!["num_30", "ord_1"],
        _ => number(n as i64),
    }
}

pub(super) const ORD: [&str; 20] = [
    "ord_1", "ord_2", "ord_3", "ord_4", "ord_5", "ord_6", "ord_7", "ord_8", "ord_9", "ord_10",
    "ord_11", "ord_12", "ord_13", "ord_14", "ord_15", "ord_16", "ord_17", "ord_18", "ord_19",
    "ord_20",
];

/// "Thursday, December thirty first" (`weekday` 0 = Monday; year not spoken).
pub fn date(_year: i32, month: u32, day: u32, weekday: u32) -> Vec<&'static str> {
    let mut out = vec![];
    if let Some(d) = DAYS.get(weekday as usize) {
        out.push(*d);
    }
    if let Some(m) = MONTHS.get((month as usize).wrapping_sub(1)) {
        out.push(*m);
    }
    out.extend(ordinal(day));
    out
}

/// 12-hour time: "two o'clock P M", "nine oh five A M", "twelve thirty P M".
pub fn time(hour: u32, minute: u32) -> Vec<&'static str> {
    let h12 = match hour % 12 {
        0 => 12,
        h => h,
    };
    let mut out = number(h12 as i64);
    match minute {
        0 => out.push("oclock"),
        1..=9 => {
            out.push("oh");
            out.push(NUM[minute as usize]);
        }
        _ => out.extend(number((minute % 60) as i64)),
    }
    out.push(if hour % 24 < 12 { "am" } else { "pm" });
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_and_times() {
        assert_eq!(number(0), vec!["num_0"]);
        assert_eq!(number(15), vec!["num_15"]);
        assert_eq!(number(42), vec!["num_40", "num_2"]);
        assert_eq!(
            number(1234),
            vec![
                "num_1",
                "num_thousand",
                "num_2",
                "num_hundred",
                "num_30",
                "num_4"
            ]
        );
        assert_eq!(number(-7), vec!["minus", "num_7"]);
        assert_eq!(digits("1*#x"), vec!["num_1", "star", "pound"]);
        assert_eq!(time(14, 0), vec!["num_2", "oclock", "pm"]);
        assert_eq!(time(0, 5), vec!["num_12", "oh", "num_5", "am"]);
        assert_eq!(
            date(2026, 12, 31, 3),
            vec!["day_thursday", "month_december", "num_30", "ord_1"]
        );
    }
}
