//! MAC addresses as phones send them: in the file name (12 hex digits, either case) and in
//! the User-Agent (with colons on Yealink, bare after `DevId` on Grandstream, in brackets on
//! Cisco).

/// 12 lowercase hex digits, or None.
pub fn from_file_part(s: &str) -> Option<String> {
    (s.len() == 12 && s.bytes().all(|b| b.is_ascii_hexdigit())).then(|| s.to_ascii_lowercase())
}

/// The MAC a User-Agent carries, if any: the last token that is 12 hex digits once `:`
/// and `-` separators are dropped (and brackets trimmed).
pub fn from_user_agent(ua: &str) -> Option<String> {
    ua.split(|c: char| c.is_whitespace() || matches!(c, ';' | '/' | '(' | ')' | '[' | ']'))
        .rev()
        .map(|t| t.trim_matches(|c| matches!(c, '(' | ')' | '[' | ']')))
        .find_map(|t| {
            let bare: String = if t.len() == 17 && (t.contains(':') || t.contains('-')) {
                t.chars().filter(|c| !matches!(c, ':' | '-')).collect()
            } else {
                t.to_string()
            };
            // Twelve hex digits that are all decimal could be a serial or version: a MAC
            // in a User-Agent has separators or at least one letter, or follows "DevId".
            let hex = from_file_part(&bare)?;
            (bare.len() != t.len()
                || hex.bytes().any(|b| b.is_ascii_alphabetic())
                || ua.contains("DevId"))
            .then_some(hex)
        })
}

/// `aa:bb:cc:dd:ee:ff` from 12 hex digits.
pub fn colon_form(mac: &str) -> String {
    mac.as_bytes()
        .chunks(2)
        .map(|c| String::from_utf8_lossy(c).into_owned())
        .collect::<Vec<_>>()
        .join(":")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn file_part_accepts_only_twelve_hex_digits() {
        assert_eq!(
            from_file_part("001565AABBCC").as_deref(),
            Some("001565aabbcc")
        );
        assert_eq!(from_file_part("001565aabbc"), None);
        assert_eq!(from_file_part("001565aabbcg"), None);
        assert_eq!(from_file_part("../../etc/pa"), None);
    }

    #[test]
    fn user_agents_of_each_vendor() {
        assert_eq!(
            from_user_agent("Yealink SIP-T54W 96.86.0.100 00:15:65:aa:bb:cc").as_deref(),
            Some("001565aabbcc")
        );
        assert_eq!(
            from_user_agent("Grandstream Model HW GXP2170 SW 1.0.11.3 DevId 000b82aabbcc")
                .as_deref(),
            Some("000b82aabbcc")
        );
        assert_eq!(
            from_user_agent("Cisco/SPA504G-7.6.2 (0018B9AABBCC)(CBT123456)").as_deref(),
            Some("0018b9aabbcc")
        );
        assert_eq!(
            from_user_agent("FileTransport PolycomVVX-VVX_450-UA/6.4.3.5018"),
            None
        );
        assert_eq!(colon_form("001565aabbcc"), "00:15:65:aa:bb:cc");
    }
}
