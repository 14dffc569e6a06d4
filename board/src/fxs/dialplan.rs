//! When the digits an analog user dialled form a number to call: `#` sends at once, a number
//! that matches exactly one known number and no longer one is sent without waiting, anything
//! else after the interdigit timeout.
//!
//! With the account's extension length, digits that reach it are also sent at once when
//! they look like an extension: they start with a digit the account's extensions of that
//! length start with, and no longer known number begins with them. An analog phone has no
//! "send" key, so without this a caller who dials an extension nobody has yet (or one made
//! since the last scan of the numbers) waits out the interdigit timeout before hearing
//! anything; an outside number (its first digit no extension's) still waits for `#` or
//! the timeout, because its length is not known.

/// What the collected digits mean so far.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DialMatch {
    /// Exactly one number matches and none is longer: dial now.
    Complete,
    /// Wait for more digits (or the interdigit timeout).
    Incomplete,
}

/// The numbers the box knows (callflow numbers, feature codes). Given by call control; the
/// line state machine only asks it.
pub trait DialPlan {
    fn check(&self, digits: &str) -> DialMatch;

    /// As [`DialPlan::check`], for a line whose account gives extensions `length` digits.
    fn check_at_length(&self, digits: &str, _length: usize) -> DialMatch {
        self.check(digits)
    }
}

/// A fixed list of numbers, e.g. the account's callflow numbers and feature codes.
#[derive(Debug, Clone, Default)]
pub struct NumberList {
    numbers: Vec<String>,
}

impl NumberList {
    pub fn new<I: IntoIterator<Item = S>, S: Into<String>>(numbers: I) -> Self {
        NumberList {
            numbers: numbers.into_iter().map(Into::into).collect(),
        }
    }
}

impl DialPlan for NumberList {
    fn check(&self, digits: &str) -> DialMatch {
        let exact = self.numbers.iter().any(|n| n == digits);
        let longer = self
            .numbers
            .iter()
            .any(|n| n.len() > digits.len() && n.starts_with(digits));
        if exact && !longer {
            DialMatch::Complete
        } else {
            DialMatch::Incomplete
        }
    }

    fn check_at_length(&self, digits: &str, length: usize) -> DialMatch {
        if self.check(digits) == DialMatch::Complete {
            return DialMatch::Complete;
        }
        let is_number = digits.len() == length && digits.bytes().all(|b| b.is_ascii_digit());
        let first = digits.as_bytes().first();
        let like_an_extension = self
            .numbers
            .iter()
            .any(|n| n.len() == length && n.as_bytes().first() == first);
        let longer = self
            .numbers
            .iter()
            .any(|n| n.len() > digits.len() && n.starts_with(digits));
        if is_number && like_an_extension && !longer {
            DialMatch::Complete
        } else {
            DialMatch::Incomplete
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_an_unambiguous_exact_match_is_complete() {
        let plan = NumberList::new(["100", "101", "1011", "*97"]);
        assert_eq!(plan.check("1"), DialMatch::Incomplete);
        assert_eq!(plan.check("100"), DialMatch::Complete);
        assert_eq!(plan.check("101"), DialMatch::Incomplete);
        assert_eq!(plan.check("1011"), DialMatch::Complete);
        assert_eq!(plan.check("*97"), DialMatch::Complete);
        assert_eq!(plan.check("555"), DialMatch::Incomplete);
    }

    #[test]
    fn at_the_extension_length_a_number_like_an_extension_is_complete() {
        let plan = NumberList::new(["100", "101", "1011", "200", "*97", "0800123456"]);
        let at = |digits| plan.check_at_length(digits, 3);
        // Unknown, but shaped like the account's extensions: sent at once.
        assert_eq!(at("123"), DialMatch::Complete);
        assert_eq!(at("299"), DialMatch::Complete);
        // Known numbers still complete; a longer known number still waits.
        assert_eq!(at("100"), DialMatch::Complete);
        assert_eq!(at("101"), DialMatch::Incomplete);
        assert_eq!(at("*97"), DialMatch::Complete);
        // Short of the length, or an outside number (no extension starts with 9 or 0).
        assert_eq!(at("12"), DialMatch::Incomplete);
        assert_eq!(at("955"), DialMatch::Incomplete);
        assert_eq!(at("080"), DialMatch::Incomplete);
        // Another length: only numbers like that length's (1011) count.
        assert_eq!(plan.check_at_length("5234", 4), DialMatch::Incomplete);
    }
}
