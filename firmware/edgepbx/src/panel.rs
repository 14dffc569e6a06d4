//! The web panel (`web/`), embedded at build time from the committed bundle in `web/dist/`
//! (`scripts/build-web` makes it; `cargo build` never needs node) and served at `/` on the
//! HTTP and HTTPS listeners under a strict Content-Security-Policy. The page loads
//! `app.js?v=<hash>` and `app.css?v=<hash>`, so those are cached as immutable while
//! `index.html` is revalidated on every load; gzip comes pre-compressed from the build.

use std::sync::LazyLock;

use http_body_util::Full;
use hyper::body::Bytes;
use hyper::{HeaderMap, Method, Response};

// Voicemail audio is fetched with the token header and played from a blob: URL.
const CSP: &str = "default-src 'self'; script-src 'self'; media-src 'self' blob:; object-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'self'";
const IMMUTABLE: &str = "public, max-age=31536000, immutable";
const REVALIDATE: &str = "no-cache";

struct Asset {
    content_type: &'static str,
    cache: &'static str,
    plain: &'static [u8],
    gzip: Option<&'static [u8]>,
}

static ASSETS: [(&str, Asset); 4] = [
    (
        "/",
        Asset {
            content_type: "text/html; charset=utf-8",
            cache: REVALIDATE,
            plain: include_bytes!("../../../web/dist/index.html"),
            gzip: None,
        },
    ),
    (
        "/app.js",
        Asset {
            content_type: "text/javascript; charset=utf-8",
            cache: IMMUTABLE,
            plain: include_bytes!("../../../web/dist/app.js"),
            gzip: Some(include_bytes!("../../../web/dist/app.js.gz")),
        },
    ),
    (
        "/app.css",
        Asset {
            content_type: "text/css; charset=utf-8",
            cache: IMMUTABLE,
            plain: include_bytes!("../../../web/dist/app.css"),
            gzip: Some(include_bytes!("../../../web/dist/app.css.gz")),
        },
    ),
    (
        // Named by the page's `<link rel="icon">`, so browsers do not ask for /favicon.ico.
        "/favicon.svg",
        Asset {
            content_type: "image/svg+xml",
            cache: IMMUTABLE,
            plain: include_bytes!("../../../web/dist/favicon.svg"),
            gzip: None,
        },
    ),
];

/// A strong ETag per asset: FNV-1a of its bytes, computed once.
static ETAGS: LazyLock<Vec<String>> = LazyLock::new(|| {
    ASSETS
        .iter()
        .map(|(_, a)| {
            let h = a.plain.iter().fold(0xcbf2_9ce4_8422_2325u64, |h, b| {
                (h ^ u64::from(*b)).wrapping_mul(0x100_0000_01b3)
            });
            format!("\"{h:016x}\"")
        })
        .collect()
});

/// The panel's answer to a GET or HEAD of one of its paths; `None` leaves the request to the API.
pub fn serve(method: &Method, path: &str, headers: &HeaderMap) -> Option<Response<Full<Bytes>>> {
    if method != Method::GET && method != Method::HEAD {
        return None;
    }
    let path = if path == "/index.html" { "/" } else { path };
    let i = ASSETS.iter().position(|(p, _)| *p == path)?;
    let asset = &ASSETS[i].1;
    let etag = ETAGS[i].as_str();
    let gzip = asset.gzip.filter(|_| accepts_gzip(headers));
    let builder = Response::builder()
        .header("content-security-policy", CSP)
        .header("x-content-type-options", "nosniff")
        .header("referrer-policy", "no-referrer")
        .header("x-frame-options", "DENY")
        .header("cache-control", asset.cache)
        .header("etag", etag)
        .header("vary", "Accept-Encoding");
    let unchanged = headers
        .get("if-none-match")
        .and_then(|v| v.to_str().ok())
        .is_some_and(|v| v.split(',').any(|t| t.trim() == etag || t.trim() == "*"));
    let response = if unchanged {
        builder.status(304).body(Full::new(Bytes::new()))
    } else {
        let body = gzip.unwrap_or(asset.plain);
        let builder = builder
            .status(200)
            .header("content-type", asset.content_type)
            .header("content-length", body.len());
        let builder = if gzip.is_some() {
            builder.header("content-encoding", "gzip")
        } else {
            builder
        };
        let body = if method == Method::HEAD {
            Bytes::new()
        } else {
            Bytes::from_static(body)
        };
        builder.body(Full::new(body))
    };
    response.ok()
}

fn accepts_gzip(headers: &HeaderMap) -> bool {
    headers
        .get_all("accept-encoding")
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| v.split(','))
        .any(|coding| {
            let mut parts = coding.split(';');
            let name = parts.next().unwrap_or("").trim();
            let refused = parts.any(|p| {
                matches!(
                    p.trim().replace(' ', "").as_str(),
                    "q=0" | "q=0.0" | "q=0.00" | "q=0.000"
                )
            });
            (name.eq_ignore_ascii_case("gzip") || name == "*") && !refused
        })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn get(path: &str, headers: &[(&str, &str)]) -> Option<Response<Full<Bytes>>> {
        let mut map = HeaderMap::new();
        for (k, v) in headers {
            map.append(
                hyper::header::HeaderName::from_bytes(k.as_bytes()).unwrap(),
                v.parse().unwrap(),
            );
        }
        serve(&Method::GET, path, &map)
    }

    #[test]
    fn index_is_revalidated_and_locked_down() {
        let r = get("/", &[]).unwrap();
        assert_eq!(r.status(), 200);
        let h = r.headers();
        assert_eq!(h["content-type"], "text/html; charset=utf-8");
        assert_eq!(h["cache-control"], "no-cache");
        assert!(
            h["content-security-policy"]
                .to_str()
                .unwrap()
                .starts_with("default-src 'self'")
        );
        assert_eq!(h["x-content-type-options"], "nosniff");
        let etag = h["etag"].to_str().unwrap().to_string();
        assert_eq!(
            get("/index.html", &[("if-none-match", &etag)])
                .unwrap()
                .status(),
            304
        );
    }

    #[test]
    fn assets_are_immutable_and_gzipped_when_accepted() {
        let r = get("/app.js", &[("accept-encoding", "gzip, deflate, br")]).unwrap();
        assert_eq!(r.headers()["content-encoding"], "gzip");
        assert_eq!(r.headers()["cache-control"], IMMUTABLE);
        let r = get("/app.js", &[("accept-encoding", "gzip;q=0, br")]).unwrap();
        assert!(r.headers().get("content-encoding").is_none());
        assert_eq!(
            r.headers()["content-type"],
            "text/javascript; charset=utf-8"
        );
        assert_eq!(
            get("/app.css", &[]).unwrap().headers()["content-type"],
            "text/css; charset=utf-8"
        );
    }

    #[test]
    fn other_paths_and_methods_go_to_the_api() {
        assert!(get("/v2/about", &[]).is_none());
        assert!(get("/nope.js", &[]).is_none());
        assert!(serve(&Method::POST, "/", &HeaderMap::new()).is_none());
    }

    #[test]
    fn the_page_names_the_embedded_assets() {
        let index = std::str::from_utf8(ASSETS[0].1.plain).unwrap();
        assert!(index.contains("src=\"/app.js?v=") && index.contains("href=\"/app.css?v="));
        assert!(index.contains("rel=\"icon\" type=\"image/svg+xml\" href=\"/favicon.svg?v="));
        assert_eq!(
            get("/favicon.svg", &[]).unwrap().headers()["cache-control"],
            IMMUTABLE
        );
        assert!(
            !index.contains("<script>"),
            "no inline script under the CSP"
        );
    }
}
