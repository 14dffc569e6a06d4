//! German number, date and time words as prompt ids. German composes numbers its own way:
//! units before tens joined by "und" ("einundzwanzig" = ein + und + zwanzig), "ein" rather
//! than "eins" inside a compound ("einhundert", "eintausend", "ein Uhr"), "eine Million" but
//! "zwei Millionen", ordinal day before the month and a 24-hour clock ("vierzehn Uhr
//! dreißig"). A German pack records, besides the built-in ids, the pieces in `PIECES`.

use super::say::{DAYS, MONTHS, NUM, ORD, TENS};

/// Ids only German composition uses: "und", "ein", "Millionen" (`num_million` is "eine
/// Million" in a German pack).
pub const PIECES: [&str; 3] = ["num_and", "num_1_combined", "num_millions"];

/// "zweitausenddreihunderteinundvierzig" as ids; negative numbers start with "minus".
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
    let (millions, thousands, rest) = (n / 1_000_000, (n / 1000) % 1000, n % 1000);
    match millions {
        0 => {}
        1 => out.push("num_million"),
        m if m < 1000 => {
            below_thousand(m, false, &mut out);
            out.push("num_millions");
        }
        m => {
            // More than 999 million millions: digit by digit.
            out.extend(super::say::digits(&m.to_string()));
            out.push("num_millions");
        }
    }
    if thousands > 0 {
        below_thousand(thousands, false, &mut out);
        out.push("num_thousand");
    }
    if rest > 0 {
        below_thousand(rest, true, &mut out);
    }
    out
}

/// 1..=999; `last` when nothing follows (a final 1 is "eins", inside a compound "ein").
fn below_thousand(n: u64, last: bool, out: &mut Vec<&'static str>) {
    if n >= 100 {
        out.push(combined((n / 100) as usize));
        out.push("num_hundred");
    }
    match (n % 100) as usize {
        0 => {}
        1 if last => out.push(NUM[1]),
        r @ 1..=20 => out.push(combined(r)),
        r => {
            if !r.is_multiple_of(10) {
                out.push(combined(r % 10));
                out.push("num_and");
            }
            out.push(TENS[r / 10]);
        }
    }
}

/// A number word inside a compound: "ein" for 1, otherwise the word itself.
fn combined(n: usize) -> &'static str {
    if n == 1 { "num_1_combined" } else { NUM[n] }
}

/// Ordinal day 1..=31: "dritter", "einundzwanzigster" (ein + und + zwanzigster).
pub fn ordinal(n: u32) -> Vec<&'static str> {
    match n {
        1..=20 => vec![ORD[n as usize - 1]],
        21..=29 => vec![combined(n as usize - 20), "num_and", "ord_20"],
        30 => vec!["ord_30"],
        31 => vec!["num_1_combined", "num_and", "ord_30"],
        _ => number(n as i64),
    }
}

/// "Donnerstag, dritter Dezember" (`weekday` 0 = Monday; the year is not spoken).
pub fn date(month: u32, day: u32, weekday: u32) -> Vec<&'static str> {
    let mut out = vec![];
    if let Some(d) = DAYS.get(weekday as usize) {
        out.push(*d);
    }
    out.extend(ordinal(day));
    if let Some(m) = MONTHS.get((month as usize).wrapping_sub(1)) {
        out.push(*m);
    }
    out
}

/// 24-hour time: "vierzehn Uhr dreißig", "ein Uhr", "null Uhr fünf".
pub fn time(hour: u32, minute: u32) -> Vec<&'static str> {
    let mut out = match hour % 24 {
        1 => vec!["num_1_combined"],
        h => number(h as i64),
    };
    out.push("oclock");
    if !minute.is_multiple_of(60) {
        out.extend(number((minute % 60) as i64));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn german_numbers_put_units_before_tens() {
        assert_eq!(number(0), ["num_0"]);
        assert_eq!(number(1), ["num_1"]);
        assert_eq!(number(17), ["num_17"]);
        assert_eq!(number(21), ["num_1_combined", "num_and", "num_20"]);
        assert_eq!(number(40), ["num_40"]);
        assert_eq!(number(99), ["num_9", "num_and", "num_90"]);
        assert_eq!(number(100), ["num_1_combined", "num_hundred"]);
        assert_eq!(number(101), ["num_1_combined", "num_hundred", "num_1"]);
        assert_eq!(
            number(2341),
            [
                "num_2",
                "num_thousand",
                "num_3",
                "num_hundred",
                "num_1_combined",
                "num_and",
                "num_40"
            ]
        );
        assert_eq!(number(1000), ["num_1_combined", "num_thousand"]);
        assert_eq!(number(1_000_001), ["num_million", "num_1"]);
        assert_eq!(number(3_000_000), ["num_3", "num_millions"]);
        assert_eq!(number(-5), ["minus", "num_5"]);
    }

    #[test]
    fn german_dates_and_times() {
        // Thursday, 3 December, 14:30.
        assert_eq!(date(12, 3, 3), ["day_thursday", "ord_3", "month_december"]);
        assert_eq!(
            date(1, 31, 6),
            [
                "day_sunday",
                "num_1_combined",
                "num_and",
                "ord_30",
                "month_january"
            ]
        );
        assert_eq!(date(5, 22, 0)[1..4], ["num_2", "num_and", "ord_20"]);
        assert_eq!(time(14, 30), ["num_14", "oclock", "num_30"]);
        assert_eq!(time(14, 0), ["num_14", "oclock"]);
        assert_eq!(time(1, 0), ["num_1_combined", "oclock"]);
        assert_eq!(time(0, 5), ["num_0", "oclock", "num_5"]);
        assert_eq!(
            time(21, 1),
            ["num_1_combined", "num_and", "num_20", "oclock", "num_1"]
        );
    }

    /// `firmware/media/packs/de.json` (scripts/media-prompts-de.sh) records every built-in
    /// prompt and every piece German composition says.
    #[test]
    fn the_committed_german_pack_has_every_prompt_and_piece() {
        let path = concat!(env!("CARGO_MANIFEST_DIR"), "/packs/de.json");
        let pack = std::fs::read_to_string(path).expect("the German pack");
        let ids = super::super::PROMPTS.iter().map(|(id, _)| *id);
        for id in ids.chain(PIECES) {
            assert!(pack.contains(&format!("\"{id}\":\"UklGR")), "{id}");
        }
    }
}
