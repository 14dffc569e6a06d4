//! Which voicemail PINs a box owner may choose on the phone: digits only, as long as the
//! account's voicemail settings say (`voicemail.pin_min_length` / `voicemail.pin_max_length`
//! on the account document, default 4 to 12), not one digit repeated (`1111`) and not a
//! run up or down (`1234`, `9876`): the PINs a guesser tries first.

use serde_json::Value;

use edgepbx_store::lenient;

const DEFAULT_MIN: usize = 4;
/// The most digits the PIN prompt collects.
const DEFAULT_MAX: usize = 12;

#[derive(Debug, PartialEq, Eq)]
pub enum PinRefused {
    NotDigits,
    TooShort { min: usize },
    TooLong { max: usize },
    AllSame,
    Sequential,
}

/// The length limits of the account (`account` is its document, if there is one).
pub fn limits(account: Option<&Value>) -> (usize, usize) {
    let at = |key: &str| {
        account
            .and_then(|a| a.get("voicemail"))
            .and_then(|v| lenient::u64_at(v, key))
            .map(|n| n.clamp(1, DEFAULT_MAX as u64) as usize)
    };
    let min = at("pin_min_length").unwrap_or(DEFAULT_MIN);
    let max = at("pin_max_length").unwrap_or(DEFAULT_MAX).max(min);
    (min, max)
}

/// Whether `pin` may be the box's new PIN under `(min, max)`.
pub fn check(pin: &str, (min, max): (usize, usize)) -> Result<(), PinRefused> {
    let digits: Vec<i32> = pin
        .chars()
        .map(|c| c.to_digit(10).map(|d| d as i32))
        .collect::<Option<_>>()
        .ok_or(PinRefused::NotDigits)?;
    if digits.len() < min {
        return Err(PinRefused::TooShort { min });
    }
    if digits.len() > max {
        return Err(PinRefused::TooLong { max });
    }
    let steps: Vec<i32> = digits.windows(2).map(|w| w[1] - w[0]).collect();
    if steps.iter().all(|s| *s == 0) {
        return Err(PinRefused::AllSame);
    }
    if steps.iter().all(|s| *s == 1) || steps.iter().all(|s| *s == -1) {
        return Err(PinRefused::Sequential);
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn guessable_pins_are_refused() {
        let rules = (4, 6);
        assert_eq!(check("2580", rules), Ok(()));
        assert_eq!(check("1x34", rules), Err(PinRefused::NotDigits));
        assert_eq!(check("", rules), Err(PinRefused::TooShort { min: 4 }));
        assert_eq!(check("258", rules), Err(PinRefused::TooShort { min: 4 }));
        assert_eq!(check("2580369", rules), Err(PinRefused::TooLong { max: 6 }));
        assert_eq!(check("7777", rules), Err(PinRefused::AllSame));
        assert_eq!(check("3456", rules), Err(PinRefused::Sequential));
        assert_eq!(check("6543", rules), Err(PinRefused::Sequential));
        assert_eq!(check("1235", rules), Ok(()));
    }

    #[test]
    fn the_accounts_voicemail_settings_set_the_length() {
        assert_eq!(limits(None), (4, 12));
        let account = json!({"voicemail": {"pin_min_length": "6", "pin_max_length": 8}});
        assert_eq!(limits(Some(&account)), (6, 8));
        // A maximum under the minimum is lifted to it; nonsense is clamped.
        let account = json!({"voicemail": {"pin_min_length": 5, "pin_max_length": 2}});
        assert_eq!(limits(Some(&account)), (5, 5));
        let account = json!({"voicemail": {"pin_min_length": 0}});
        assert_eq!(limits(Some(&account)), (1, 12));
    }
}
