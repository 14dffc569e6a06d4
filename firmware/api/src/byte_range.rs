//! Audio served with HTTP `Range` support (RFC 9110 §14): one `bytes=` range answers 206
//! with `Content-Range`, a range past the end 416, anything else (no header, several
//! ranges, another unit) the whole body with 200. Phones' and browsers' players seek this way.

use crate::context::Ctx;
use crate::{ApiResponse, Reply};

pub fn audio(ctx: &Ctx, content_type: &str, bytes: Vec<u8>, file_name: &str) -> Reply {
    let len = bytes.len();
    let disposition = format!("attachment; filename=\"{file_name}\"");
    let whole = |bytes: Vec<u8>| {
        ApiResponse::bytes(200, content_type, bytes)
            .with_header("Accept-Ranges", "bytes")
            .with_header("Content-Disposition", &disposition)
    };
    let Some(range) = ctx.req.header("range") else {
        return Reply::Raw(whole(bytes));
    };
    match parse(range, len) {
        Some(Some((start, end))) => Reply::Raw(
            ApiResponse::bytes(206, content_type, bytes[start..=end].to_vec())
                .with_header("Accept-Ranges", "bytes")
                .with_header("Content-Range", &format!("bytes {start}-{end}/{len}"))
                .with_header("Content-Disposition", &disposition),
        ),
        Some(None) => Reply::Raw(
            ApiResponse::bytes(416, "text/plain", b"range not satisfiable".to_vec())
                .with_header("Content-Range", &format!("bytes */{len}")),
        ),
        None => Reply::Raw(whole(bytes)),
    }
}

/// None: not a single byte range (serve everything); Some(None): unsatisfiable;
/// Some(Some((first, last))): inclusive offsets.
fn parse(header: &str, len: usize) -> Option<Option<(usize, usize)>> {
    let spec = header.trim().strip_prefix("bytes=")?;
    if spec.contains(',') {
        return None;
    }
    let (a, b) = spec.split_once('-')?;
    let (a, b) = (a.trim(), b.trim());
    let range = if a.is_empty() {
        let suffix: usize = b.parse().ok()?;
        (suffix > 0 && len > 0).then(|| (len.saturating_sub(suffix), len - 1))
    } else {
        let first: usize = a.parse().ok()?;
        let last = if b.is_empty() {
            len.checked_sub(1)
        } else {
            b.parse::<usize>()
                .ok()
                .map(|l| l.min(len.saturating_sub(1)))
        };
        last.filter(|&l| first <= l && first < len)
            .map(|l| (first, l))
    };
    Some(range)
}

#[cfg(test)]
mod tests {
    use super::parse;

    #[test]
    fn single_byte_ranges() {
        assert_eq!(parse("bytes=0-99", 1000), Some(Some((0, 99))));
        assert_eq!(parse("bytes=900-", 1000), Some(Some((900, 999))));
        assert_eq!(parse("bytes=-100", 1000), Some(Some((900, 999))));
        assert_eq!(parse("bytes=990-2000", 1000), Some(Some((990, 999))));
        assert_eq!(parse("bytes=1000-", 1000), Some(None));
        assert_eq!(parse("bytes=5-1", 1000), Some(None));
        assert_eq!(parse("bytes=0-1,5-6", 1000), None);
        assert_eq!(parse("items=0-1", 1000), None);
        assert_eq!(parse("bytes=x-1", 1000), None);
        assert_eq!(parse("bytes=-0", 1000), Some(None));
    }
}
