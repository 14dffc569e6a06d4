//! How a call's language says numbers, dates and times with prompt ids: English for the
//! built-in prompts, German for a German pack that records German's number pieces, and for
//! any other pack the pack's own words 0-20 with larger numbers digit by digit (a language
//! without a rule here is never given English word order for its numbers).

use super::{say, say_de};

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Grammar {
    /// "twenty one", "Thursday, December third", "two thirty P M".
    English,
    /// "einundzwanzig", "Donnerstag, dritter Dezember", "vierzehn Uhr dreißig".
    German,
    /// A pack's words for 0-20, larger numbers digit by digit; dates and times in the
    /// English order with the pack's words.
    WordsToTwenty,
}

/// English is built in: no tag, `en` or `en-*`.
pub fn is_english(language: &str) -> bool {
    language.is_empty() || language == "en" || language.starts_with("en-")
}

impl Grammar {
    /// The grammar of `language` (`de-de`, `de`, ...); `pack_has` says whether the call's
    /// pack records a prompt id, so German composition is used only with all its pieces.
    pub fn of(language: &str, pack_has: impl Fn(&str) -> bool) -> Grammar {
        if is_english(language) {
            return Grammar::English;
        }
        let primary = language.split('-').next().unwrap_or(language);
        if primary == "de" && say_de::PIECES.iter().all(|id| pack_has(id)) {
            return Grammar::German;
        }
        Grammar::WordsToTwenty
    }

    pub fn number(self, n: i64) -> Vec<&'static str> {
        match self {
            Grammar::English => say::number(n),
            Grammar::German => say_de::number(n),
            Grammar::WordsToTwenty if (-20..=20).contains(&n) => say::number(n),
            Grammar::WordsToTwenty => {
                let mut out = if n < 0 { vec!["minus"] } else { vec![] };
                out.extend(say::digits(&n.unsigned_abs().to_string()));
                out
            }
        }
    }

    /// Weekday (0 = Monday), day and month; the year is not spoken.
    pub fn date(self, month: u32, day: u32, weekday: u32) -> Vec<&'static str> {
        match self {
            Grammar::German => say_de::date(month, day, weekday),
            _ => say::date(0, month, day, weekday),
        }
    }

    pub fn time(self, hour: u32, minute: u32) -> Vec<&'static str> {
        match self {
            Grammar::German => say_de::time(hour, minute),
            _ => say::time(hour, minute),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_language_and_its_pack_choose_the_grammar() {
        let all = |_: &str| true;
        let none = |_: &str| false;
        assert_eq!(Grammar::of("en-us", none), Grammar::English);
        assert_eq!(Grammar::of("", none), Grammar::English);
        assert_eq!(Grammar::of("de-de", all), Grammar::German);
        assert_eq!(Grammar::of("de", all), Grammar::German);
        // A German pack without "und" cannot compose German numbers.
        assert_eq!(
            Grammar::of("de-at", |id| id != "num_and"),
            Grammar::WordsToTwenty
        );
        assert_eq!(Grammar::of("fr-fr", all), Grammar::WordsToTwenty);
    }

    #[test]
    fn each_grammar_says_twenty_one_and_a_time_its_own_way() {
        assert_eq!(Grammar::English.number(21), ["num_20", "num_1"]);
        assert_eq!(
            Grammar::German.number(21),
            ["num_1_combined", "num_and", "num_20"]
        );
        assert_eq!(Grammar::WordsToTwenty.number(21), ["num_2", "num_1"]);
        assert_eq!(
            Grammar::WordsToTwenty.number(-21),
            ["minus", "num_2", "num_1"]
        );
        assert_eq!(Grammar::WordsToTwenty.number(20), ["num_20"]);
        // Thursday, December third, 2:30 PM.
        assert_eq!(
            Grammar::English.date(12, 3, 3),
            ["day_thursday", "month_december", "ord_3"]
        );
        assert_eq!(Grammar::English.time(14, 30), ["num_2", "num_30", "pm"]);
        assert_eq!(
            Grammar::German.date(12, 3, 3),
            ["day_thursday", "ord_3", "month_december"]
        );
        assert_eq!(Grammar::German.time(14, 30), ["num_14", "oclock", "num_30"]);
    }
}
