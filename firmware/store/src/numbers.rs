//! Number normalisation exactly as KAZOO's default E.164 converters do it on save
//! (`knm_converters`): NANP 10/11 digits get `+1`, international prefixes 011/00 become `+`,
//! and any other number of 8+ digits starting 2-9 gets a `+`. Short extensions, star codes and
//! non-numeric placeholders (`MainOpenHours`, `undefinedMainNumber`) are left as they are.

pub fn normalize(number: &str) -> String {
    let digits = |s: &str| !s.is_empty() && s.bytes().all(|b| b.is_ascii_digit());
    let nanp = |s: &str| {
        let b = s.as_bytes();
        s.len() == 10 && digits(s) && (b'2'..=b'9').contains(&b[0]) && (b'2'..=b'9').contains(&b[3])
    };
    // ^(\+?1)?([2-9][0-9]{2}[2-9][0-9]{6})$
    for prefix in ["+1", "1", ""] {
        if let Some(rest) = number.strip_prefix(prefix)
            && nanp(rest)
        {
            return format!("+1{rest}");
        }
    }
    // ^011(\d{5,})$|^00(\d{5,})$
    for prefix in ["011", "00"] {
        if let Some(rest) = number.strip_prefix(prefix)
            && rest.len() >= 5
            && digits(rest)
        {
            return format!("+{rest}");
        }
    }
    // ^[2-9]\d{7,}$
    if number.len() >= 8 && digits(number) && (b'2'..=b'9').contains(&number.as_bytes()[0]) {
        return format!("+{number}");
    }
    number.to_string()
}

#[cfg(test)]
mod tests {
    use super::normalize;

    #[test]
    fn kazoo_converter_vectors() {
        for (input, want) in [
            ("4155550100", "+14155550100"),
            ("14155550100", "+14155550100"),
            ("+14155550100", "+14155550100"),
            ("011441234567890", "+441234567890"),
            ("00441234567890", "+441234567890"),
            ("0044123", "+44123"),
            ("00441", "00441"),
            ("41555501", "+41555501"),
            ("1000", "1000"),
            ("*97", "*97"),
            ("0", "0"),
            ("MainOpenHours", "MainOpenHours"),
            ("no_match", "no_match"),
            ("+442071234567", "+442071234567"),
            ("1555550100", "1555550100"),
            ("4151550100", "+4151550100"),
        ] {
            assert_eq!(normalize(input), want, "input {input}");
        }
    }
}
