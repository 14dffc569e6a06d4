//! When the digits an analog user dialled form a number to call: `#` sends at once, a number
//! that matches exactly one known number and no longer one is sent without waiting, anything
//! else after the interdigit timeout.

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
}
