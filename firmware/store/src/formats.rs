//! Field formats that both the API's validation and the call logic check the same way.

/// One plain `local@domain` address: nothing that could break out of a mail header
/// (no spaces, line breaks, brackets, commas or quotes).
pub fn is_email_address(a: &str) -> bool {
    let Some((local, domain)) = a.split_once('@') else {
        return false;
    };
    a.len() <= 254
        && !local.is_empty()
        && domain.contains('.')
        && !domain.starts_with('.')
        && !domain.ends_with('.')
        && !domain.contains('@')
        && a.bytes()
            .all(|b| b.is_ascii_graphic() && !matches!(b, b'<' | b'>' | b',' | b';' | b'"'))
}

#[cfg(test)]
mod tests {
    use super::is_email_address;

    #[test]
    fn plain_addresses_only() {
        assert!(is_email_address("bob@example.com"));
        for bad in [
            "",
            "bob",
            "@example.com",
            "bob@example",
            "bob@.example.com",
            "bob@example.com.",
            "a@b@c.com",
            "bob@example.com\r\nBcc: x@y.com",
            "Bob <bob@example.com>",
            "bob@example.com,eve@example.com",
        ] {
            assert!(!is_email_address(bad), "{bad:?}");
        }
    }
}
