//! The envelope of both snapshot files: a format name, its version, when it was written and
//! the rows. A file that is empty, torn, of another kind or version is an error as a whole;
//! reading the rows one by one is up to each kind.

use serde::{Deserialize, Serialize};
use serde_json::Value;

pub const VERSION: u32 = 1;

#[derive(Serialize, Deserialize)]
struct Document {
    format: String,
    version: u32,
    saved_unix: u64,
    rows: Vec<Value>,
}

pub fn wrap(format: &str, saved_unix: u64, rows: Vec<Value>) -> Vec<u8> {
    let doc = Document {
        format: format.into(),
        version: VERSION,
        saved_unix,
        rows,
    };
    serde_json::to_vec(&doc).unwrap_or_default()
}

/// The rows of a `format` document and when it was written.
pub fn unwrap(format: &str, bytes: &[u8]) -> Result<(u64, Vec<Value>), String> {
    if bytes.iter().all(u8::is_ascii_whitespace) {
        return Err("the file is empty".into());
    }
    let doc: Document = serde_json::from_slice(bytes).map_err(|e| {
        format!("not a whole snapshot ({e}); a write torn by a power cut leaves this")
    })?;
    if doc.format != format || doc.version != VERSION {
        return Err(format!(
            "format '{}' version {}, this box reads '{format}' version {VERSION}",
            doc.format, doc.version
        ));
    }
    Ok((doc.saved_unix, doc.rows))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bad_envelopes_are_errors() {
        let good = wrap("k", 5, vec![Value::Null]);
        assert_eq!(unwrap("k", &good).unwrap(), (5, vec![Value::Null]));
        assert!(unwrap("k", b" \n").unwrap_err().contains("empty"));
        assert!(
            unwrap("k", &good[..good.len() / 2])
                .unwrap_err()
                .contains("torn")
        );
        assert!(
            unwrap("other", &good)
                .unwrap_err()
                .contains("'k' version 1")
        );
        let newer = String::from_utf8(good)
            .unwrap()
            .replace("\"version\":1", "\"version\":9");
        assert!(
            unwrap("k", newer.as_bytes())
                .unwrap_err()
                .contains("version 9")
        );
    }
}
