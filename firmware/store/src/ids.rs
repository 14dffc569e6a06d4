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
    }
}
