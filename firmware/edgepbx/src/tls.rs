//! The box's TLS identity: a self-signed certificate generated on first boot, kept in the data
//! directory (`tls/cert.pem`, `tls/key.pem`). `PUT /v2/accounts/{A}/tls_certificate` replaces
//! it; new HTTPS and SIP-TLS connections use the new one at once.

use std::path::Path;
use std::sync::{Arc, RwLock};

use futures_rustls::TlsAcceptor;

/// The acceptor every TLS listener clones per connection; swapped when the certificate changes.
#[derive(Clone)]
pub struct SharedAcceptor(Arc<RwLock<TlsAcceptor>>);

impl SharedAcceptor {
    pub fn new(config: Arc<ServerConfig>) -> SharedAcceptor {
        SharedAcceptor(Arc::new(RwLock::new(TlsAcceptor::from(config))))
    }

    pub fn current(&self) -> TlsAcceptor {
        match self.0.read() {
            Ok(a) => a.clone(),
            Err(poisoned) => poisoned.into_inner().clone(),
        }
    }

    fn replace(&self, config: Arc<ServerConfig>) {
        if let Ok(mut a) = self.0.write() {
            *a = TlsAcceptor::from(config);
        }
    }
}

/// Checks a PEM certificate chain and key, stores them and switches to them. Errors name the
/// field at fault (`certificate` or `private_key`).
pub fn install(
    data: &Path,
    acceptor: &SharedAcceptor,
    certificate: &str,
    private_key: &str,
) -> Result<(), (&'static str, String)> {
    let certs: Vec<CertificateDer> = rustls_pemfile::certs(&mut certificate.as_bytes())
        .collect::<Result<_, _>>()
        .map_err(|e| ("certificate", format!("not PEM: {e}")))?;
    if certs.is_empty() {
        return Err(("certificate", "no CERTIFICATE block".into()));
    }
    let key = rustls_pemfile::private_key(&mut private_key.as_bytes())
        .map_err(|e| ("private_key", format!("not PEM: {e}")))?
        .ok_or(("private_key", "no PRIVATE KEY block".to_string()))?;
    let config = build(certs, key).map_err(|e| ("private_key", e))?;
    let dir = data.join("tls");
    write_private(&dir.join("key.pem"), private_key.as_bytes()).map_err(|e| ("private_key", e))?;
    std::fs::write(dir.join("cert.pem"), certificate)
        .map_err(|e| ("certificate", e.to_string()))?;
    acceptor.replace(config);
    tracing::info!("TLS certificate replaced");
    Ok(())
}

use rustls::ServerConfig;
use rustls::pki_types::{CertificateDer, PrivateKeyDer};

pub fn server_config(data: &Path, realm: &str) -> Result<Arc<ServerConfig>, String> {
    let dir = data.join("tls");
    let (cert_path, key_path) = (dir.join("cert.pem"), dir.join("key.pem"));
    if !cert_path.exists() || !key_path.exists() {
        std::fs::create_dir_all(&dir).map_err(|e| format!("{}: {e}", dir.display()))?;
        let names = vec![
            "localhost".to_string(),
            realm.to_string(),
            "127.0.0.1".to_string(),
            "::1".to_string(),
        ];
        let cert = rcgen::generate_simple_self_signed(names)
            .map_err(|e| format!("certificate generation: {e}"))?;
        // Key first, then the certificate, each written whole and flushed before it gets its
        // name: a power cut right after the first boot (the qemu image's watchdog test does
        // one) must not leave an empty key.pem that stops every later start.
        write_private(&key_path, cert.signing_key.serialize_pem().as_bytes())?;
        crate::atomic_file::write(&dir, "cert.pem", cert.cert.pem().as_bytes())
            .map_err(|e| format!("{}: {e}", cert_path.display()))?;
        tracing::info!(path = %cert_path.display(), "generated a self-signed TLS certificate");
    }
    let certs: Vec<CertificateDer> = rustls_pemfile::certs(&mut read(&cert_path)?.as_slice())
        .collect::<Result<_, _>>()
        .map_err(|e| format!("{}: {e}", cert_path.display()))?;
    let key: PrivateKeyDer = rustls_pemfile::private_key(&mut read(&key_path)?.as_slice())
        .map_err(|e| format!("{}: {e}", key_path.display()))?
        .ok_or_else(|| format!("{}: no private key", key_path.display()))?;
    build(certs, key)
}

/// A server configuration for a chain and key (refused when they do not belong together).
fn build(
    certs: Vec<CertificateDer<'static>>,
    key: PrivateKeyDer<'static>,
) -> Result<Arc<ServerConfig>, String> {
    let provider = Arc::new(rustls::crypto::ring::default_provider());
    let mut config = ServerConfig::builder_with_provider(provider)
        .with_safe_default_protocol_versions()
        .map_err(|e| e.to_string())?
        .with_no_client_auth()
        .with_single_cert(certs, key)
        .map_err(|e| format!("TLS certificate: {e}"))?;
    config.alpn_protocols = vec![b"http/1.1".to_vec()];
    Ok(Arc::new(config))
}

fn read(path: &Path) -> Result<Vec<u8>, String> {
    std::fs::read(path).map_err(|e| format!("{}: {e}", path.display()))
}

/// Written to a 0600 temporary file, flushed, then renamed over `path` (and the directory
/// flushed), so the key is either whole or absent after a power cut.
fn write_private(path: &Path, bytes: &[u8]) -> Result<(), String> {
    use std::io::Write;
    use std::os::unix::fs::OpenOptionsExt;
    let err = |e: std::io::Error| format!("{}: {e}", path.display());
    let tmp = path.with_extension("pem.tmp");
    let mut f = std::fs::OpenOptions::new()
        .write(true)
        .create(true)
        .truncate(true)
        .mode(0o600)
        .open(&tmp)
        .map_err(err)?;
    f.write_all(bytes)
        .and_then(|()| f.sync_all())
        .map_err(err)?;
    std::fs::rename(&tmp, path).map_err(err)?;
    if let Some(dir) = path.parent() {
        std::fs::File::open(dir)
            .and_then(|d| d.sync_all())
            .map_err(err)?;
    }
    Ok(())
}
