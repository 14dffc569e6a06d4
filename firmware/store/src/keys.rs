//! Key layout of the redb tables. Components are joined with NUL, which no account id,
//! kind or document id contains, so a prefix scan over `account\0kind\0` lists a collection.

pub fn doc_key(account: &str, kind: &str, id: &str) -> String {
    format!("{account}\0{kind}\0{id}")
}

pub fn collection_prefix(account: &str, kind: &str) -> String {
    format!("{account}\0{kind}\0")
}

pub fn index_key(scope: &str, index: &str, value: &str) -> String {
    format!("{scope}\0{index}\0{value}")
}

/// The smallest string greater than every key that starts with `prefix`.
pub fn prefix_end(prefix: &str) -> String {
    // Every prefix we build ends with NUL; bumping it to \x01 bounds the range.
    let mut end = prefix[..prefix.len() - 1].to_string();
    end.push('\u{1}');
    end
}
