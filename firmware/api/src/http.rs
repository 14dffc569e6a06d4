//! The API's view of an HTTP exchange. The server in `firmware/edgepbx` fills an
//! [`ApiRequest`] from the socket and writes the [`ApiResponse`] back; nothing here does I/O.

use std::net::IpAddr;

use percent_encoding::percent_decode_str;

#[derive(Debug, Clone)]
pub struct ApiRequest {
    /// Upper-case method as received.
    pub method: String,
    /// The path without the query string, still percent-encoded.
    pub path: String,
    /// The raw query string (without `?`).
    pub query: String,
    /// Headers with lower-cased names.
    pub headers: Vec<(String, String)>,
    pub body: Vec<u8>,
    pub peer: IpAddr,
}

impl ApiRequest {
    pub fn header(&self, name: &str) -> Option<&str> {
        self.headers
            .iter()
            .find(|(k, _)| k == name)
            .map(|(_, v)| v.as_str())
    }

    /// Decoded query pairs in order; repeated keys are kept (KAZOO filters use them).
    pub fn query_pairs(&self) -> Vec<(String, String)> {
        self.query
            .split('&')
            .filter(|p| !p.is_empty())
            .map(|pair| {
                let (k, v) = pair.split_once('=').unwrap_or((pair, ""));
                (decode_component(k), decode_component(v))
            })
            .collect()
    }

    /// Decoded path segments; `None` if a segment decodes to something that could escape
    /// the resource tree (`.`, `..`, a slash, NUL) or is not UTF-8.
    pub fn segments(&self) -> Option<Vec<String>> {
        let mut out = Vec::new();
        for raw in self.path.split('/').filter(|s| !s.is_empty()) {
            let seg = percent_decode_str(raw).decode_utf8().ok()?.into_owned();
            if seg == "." || seg == ".." || seg.contains(['/', '\\', '\0']) {
                return None;
            }
            out.push(seg);
        }
        Some(out)
    }
}

fn decode_component(s: &str) -> String {
    let plus_as_space = s.replace('+', " ");
    percent_decode_str(&plus_as_space)
        .decode_utf8_lossy()
        .into_owned()
}

#[derive(Debug, Clone)]
pub struct ApiResponse {
    pub status: u16,
    pub content_type: String,
    pub headers: Vec<(String, String)>,
    pub body: Vec<u8>,
}

impl ApiResponse {
    pub fn json(status: u16, body: &serde_json::Value) -> ApiResponse {
        ApiResponse {
            status,
            // Exactly this: the Monster UI SDK ignores error bodies when a charset follows.
            content_type: "application/json".into(),
            headers: Vec::new(),
            body: serde_json::to_vec(body).unwrap_or_default(),
        }
    }

    pub fn bytes(status: u16, content_type: &str, body: Vec<u8>) -> ApiResponse {
        ApiResponse {
            status,
            content_type: content_type.into(),
            headers: Vec::new(),
            body,
        }
    }

    pub fn with_header(mut self, name: &str, value: &str) -> ApiResponse {
        self.headers.push((name.into(), value.into()));
        self
    }
}
