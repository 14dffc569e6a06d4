/// `n` random bytes as lowercase hex.
pub fn random_hex(n: usize) -> String {
    let mut bytes = vec![0u8; n];
    // The OS RNG only fails on a broken system; a panic there is the right answer.
    getrandom::fill(&mut bytes).expect("OS random number generator failed");
    let mut s = String::with_capacity(n * 2);
    for b in bytes {
        s.push_str(&format!("{b:02x}"));
    }
    s
}

/// A KAZOO document id: 32 lowercase hex characters.
pub fn new_id() -> String {
    random_hex(16)
}

/// The next revision after `previous` (`"<generation>-<random>"`, CouchDB style).
pub fn new_revision(previous: Option<&str>) -> String {
    let generation = previous
        .and_then(|r| r.split('-').next())
        .and_then(|g| g.parse::<u64>().ok())
        .unwrap_or(0);
    format!("{}-{}", generation + 1, random_hex(16))
}

/// True for a well-formed KAZOO id.
pub fn is_id(s: &str) -> bool {
    s.len() == 32
        && s.bytes()
            .all(|b| b.is_ascii_digit() || (b'a'..=b'f').contains(&b))
}

/// True for a KAZOO per-month id, `YYYYMM-<32 hex>` (voicemail messages, recordings).
pub fn is_month_id(s: &str) -> bool {
    s.split_once('-').is_some_and(|(month, rest)| {
        month.len() == 6 && month.bytes().all(|b| b.is_ascii_digit()) && is_id(rest)
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    #[test]
    fn ids_and_revisions() {
        let id = new_id();
        assert!(is_id(&id));
        assert!(!is_id("../etc/passwd"));
        assert!(new_revision(None).starts_with("1-"));
        assert!(new_revision(Some("41-abc")).starts_with("42-"));
        assert!(is_month_id(&format!("202701-{id}")));
        assert!(
            !is_month_id(&id) && !is_month_id("2027-01") && !is_month_id(&format!("20270a-{id}"))
        );
    }
}
