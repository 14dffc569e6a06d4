//! TLS for the callflows' HTTPS requests (pivot, webhook): rustls on ring, trusting the
//! public web roots (webpki-roots, built in: the box has no system trust store) plus, if the
//! installer names one with `http_ca`, the office's own CA (an intranet pivot server).

use std::io::{Read, Write};
use std::net::TcpStream;
use std::path::Path;
use std::sync::{Arc, OnceLock};

use rustls::pki_types::{CertificateDer, ServerName};
use rustls::{ClientConfig, ClientConnection, RootCertStore, StreamOwned};

static CLIENT: OnceLock<Arc<ClientConfig>> = OnceLock::new();

/// Sets up the trust store once, at start; a CA file that cannot be read or holds no
/// certificate stops the box with a message naming it.
pub fn configure(extra_ca: Option<&Path>) -> Result<(), String> {
    let config = client_config("http_ca", extra_ca)?;
    let _ = CLIENT.set(config);
    Ok(())
}

/// A client configuration trusting the built-in public roots and the CA certificates of
/// `extra_ca` (a PEM file); errors name the setting (`setting`) and the file.
pub fn client_config(setting: &str, extra_ca: Option<&Path>) -> Result<Arc<ClientConfig>, String> {
    let mut extra = Vec::new();
    if let Some(path) = extra_ca {
        let pem = std::fs::read(path).map_err(|e| format!("{setting} {}: {e}", path.display()))?;
        extra = rustls_pemfile::certs(&mut pem.as_slice())
            .collect::<Result<Vec<_>, _>>()
            .map_err(|e| format!("{setting} {}: {e}", path.display()))?;
        if extra.is_empty() {
            return Err(format!(
                "{setting} {}: no certificate in it",
                path.display()
            ));
        }
    }
    build(setting, extra)
}

fn build(setting: &str, extra: Vec<CertificateDer<'static>>) -> Result<Arc<ClientConfig>, String> {
    let mut roots = RootCertStore::empty();
    roots.extend(webpki_roots::TLS_SERVER_ROOTS.iter().cloned());
    for cert in extra {
        roots
            .add(cert)
            .map_err(|e| format!("{setting}: a certificate is not usable as a root: {e}"))?;
    }
    let provider = Arc::new(rustls::crypto::ring::default_provider());
    let config = ClientConfig::builder_with_provider(provider)
        .with_safe_default_protocol_versions()
        .map_err(|e| e.to_string())?
        .with_root_certificates(roots)
        .with_no_client_auth();
    Ok(Arc::new(config))
}

fn client() -> Result<Arc<ClientConfig>, String> {
    if let Some(c) = CLIENT.get() {
        return Ok(c.clone());
    }
    let config = build("http_ca", Vec::new())?;
    Ok(CLIENT.get_or_init(|| config).clone())
}

/// A connection to an HTTP server, plain or TLS; timeouts are set on the TCP socket.
pub enum Connection {
    Plain(TcpStream),
    Tls(Box<StreamOwned<ClientConnection, TcpStream>>),
}

impl Connection {
    /// Wraps `tcp` in TLS for `host` when `tls` is set (the handshake runs on first use).
    pub fn new(tcp: TcpStream, host: &str, tls: bool) -> Result<Connection, String> {
        if !tls {
            return Ok(Connection::Plain(tcp));
        }
        let name = ServerName::try_from(host.to_string())
            .map_err(|_| format!("{host} is not a valid TLS server name"))?;
        let conn = ClientConnection::new(client()?, name).map_err(|e| e.to_string())?;
        Ok(Connection::Tls(Box::new(StreamOwned::new(conn, tcp))))
    }

    pub fn tcp(&self) -> &TcpStream {
        match self {
            Connection::Plain(s) => s,
            Connection::Tls(s) => &s.sock,
        }
    }
}

impl Read for Connection {
    fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
        match self {
            Connection::Plain(s) => s.read(buf),
            Connection::Tls(s) => s.read(buf),
        }
    }
}

impl Write for Connection {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        match self {
            Connection::Plain(s) => s.write(buf),
            Connection::Tls(s) => s.write(buf),
        }
    }

    fn flush(&mut self) -> std::io::Result<()> {
        match self {
            Connection::Plain(s) => s.flush(),
            Connection::Tls(s) => s.flush(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_unusable_ca_file_is_refused_by_name() {
        let dir = tempfile::tempdir().unwrap();
        let missing = dir.path().join("missing.pem");
        let err = configure(Some(&missing)).unwrap_err();
        assert!(
            err.starts_with("http_ca ") && err.contains("missing.pem"),
            "{err}"
        );
        let empty = dir.path().join("empty.pem");
        std::fs::write(&empty, "not a certificate\n").unwrap();
        let err = configure(Some(&empty)).unwrap_err();
        assert!(err.contains("no certificate"), "{err}");
    }
}
