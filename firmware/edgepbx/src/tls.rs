//! The box's TLS identity: a self-signed certificate generated on first boot, kept in the data
//! directory (`tls/cert.pem`, `tls/key.pem`). `PUT /v2/accounts/{A}/tls_certificate` replaces
//! it; new HTTPS and SIP-TLS connections use the new one at once.
//!
//! With `polycom_ca` set (a PEM bundle of the Polycom device CA), the HTTPS listener asks
//! phones for a client certificate: optional, but one that is sent must chain to that CA
//! (else the handshake fails); provisioning then checks its MAC (firmware/provision
//! client_cert.rs). SIP over TLS asks for none.

use std::path::Path;
use std::sync::{Arc, RwLock};

use futures_rustls::TlsAcceptor;
use rustls::server::WebPkiClientVerifier;
use rustls::server::danger::ClientCertVerifier;

/// The acceptors the TLS listeners clone per connection; swapped when the certificate changes.
#[derive(Clone)]
pub struct SharedAcceptor(Arc<RwLock<Acceptors>>);

struct Acceptors {
    /// SIP over TLS: no client certificate asked.
    sip: TlsAcceptor,
    /// HTTPS: asks for a vendor client certificate when a vendor CA is configured.
    https: TlsAcceptor,
    client_ca: Option<Arc<dyn ClientCertVerifier>>,
}

impl Acceptors {
    fn new(
        certs: Vec<CertificateDer<'static>>,
        key: PrivateKeyDer<'static>,
        client_ca: Option<Arc<dyn ClientCertVerifier>>,
    ) -> Result<Acceptors, String> {
        let https = build(certs.clone(), key.clone_key(), client_ca.clone())?;
        Ok(Acceptors {
            sip: TlsAcceptor::from(build(certs, key, None)?),
            https: TlsAcceptor::from(https),
            client_ca,
        })
    }
}

impl SharedAcceptor {
    /// The box's identity from the data directory (generated on first boot), and the
    /// vendor CA HTTPS clients are checked against, if any.
    pub fn new(
        data: &Path,
        realm: &str,
        client_ca: Option<Arc<dyn ClientCertVerifier>>,
    ) -> Result<SharedAcceptor, String> {
        let (certs, key) = identity(data, realm)?;
        let acceptors = Acceptors::new(certs, key, client_ca)?;
        Ok(SharedAcceptor(Arc::new(RwLock::new(acceptors))))
    }

    /// The acceptor for SIP over TLS.
    pub fn current(&self) -> TlsAcceptor {
        match self.0.read() {
            Ok(a) => a.sip.clone(),
            Err(poisoned) => poisoned.into_inner().sip.clone(),
        }
    }

    /// The acceptor for HTTPS.
    pub fn https(&self) -> TlsAcceptor {
        match self.0.read() {
            Ok(a) => a.https.clone(),
            Err(poisoned) => poisoned.into_inner().https.clone(),
        }
    }

    fn replace(
        &self,
        certs: Vec<CertificateDer<'static>>,
        key: PrivateKeyDer<'static>,
    ) -> Result<(), String> {
        let Ok(mut a) = self.0.write() else {
            return Err("the TLS acceptors are unusable".into());
        };
        *a = Acceptors::new(certs, key, a.client_ca.clone())?;
        Ok(())
    }
}

/// A verifier for client certificates from the CA bundle at `path` (`polycom_ca`): clients
/// may send none; one that is sent must chain to a CA in the bundle. Errors name the file.
pub fn client_verifier(path: &Path) -> Result<Arc<dyn ClientCertVerifier>, String> {
    let what = |e: &dyn std::fmt::Display| format!("polycom_ca {}: {e}", path.display());
    let pem = read(path).map_err(|e| format!("polycom_ca {e}"))?;
    let mut roots = rustls::RootCertStore::empty();
    for cert in rustls_pemfile::certs(&mut pem.as_slice()) {
        roots
            .add(cert.map_err(|e| what(&e))?)
            .map_err(|e| what(&e))?;
    }
    if roots.is_empty() {
        return Err(what(&"no CERTIFICATE block"));
    }
    let provider = Arc::new(rustls::crypto::ring::default_provider());
    WebPkiClientVerifier::builder_with_provider(Arc::new(roots), provider)
        .allow_unauthenticated()
        .build()
        .map_err(|e| what(&e))
}

/// Checks a PEM certificate chain and key, stores them and switches to them. Errors name the
/// field at fault (`certificate` or `private_key`).
pub fn install(
    data: &Path,
    acceptor: &SharedAcceptor,
    certificate: &str,
    private_key: &str,
    now_unix: u64,
) -> Result<(), (&'static str, String)> {
    let certs: Vec<CertificateDer> = rustls_pemfile::certs(&mut certificate.as_bytes())
        .collect::<Result<_, _>>()
        .map_err(|e| ("certificate", format!("not PEM: {e}")))?;
    if certs.is_empty() {
        return Err(("certificate", "no CERTIFICATE block".into()));
    }
    // Browsers and phones would refuse it; the box would lose its working one.
    match crate::box_facts::not_after(&certs[0]) {
        Some(end) if end <= now_unix as i64 => {
            return Err(("certificate", "the certificate has expired".into()));
        }
        None => return Err(("certificate", "not an X.509 certificate".into())),
        Some(_) => {}
    }
    let key = rustls_pemfile::private_key(&mut private_key.as_bytes())
        .map_err(|e| ("private_key", format!("not PEM: {e}")))?
        .ok_or(("private_key", "no PRIVATE KEY block".to_string()))?;
    build(certs.clone(), key.clone_key(), None).map_err(|e| ("private_key", e))?;
    let dir = data.join("tls");
    write_private(&dir.join("key.pem"), private_key.as_bytes()).map_err(|e| ("private_key", e))?;
    std::fs::write(dir.join("cert.pem"), certificate)
        .map_err(|e| ("certificate", e.to_string()))?;
    acceptor
        .replace(certs, key)
        .map_err(|e| ("certificate", e))?;
    tracing::info!("TLS certificate replaced");
    Ok(())
}

use rustls::ServerConfig;
use rustls::pki_types::{CertificateDer, PrivateKeyDer};

/// A server configuration with the box's identity and no client certificates (the self-test).
pub fn server_config(data: &Path, realm: &str) -> Result<Arc<ServerConfig>, String> {
    let (certs, key) = identity(data, realm)?;
    build(certs, key, None)
}

/// The box's certificate chain and key, generated on first boot.
#[allow(clippy::type_complexity)]
fn identity(
    data: &Path,
    realm: &str,
) -> Result<(Vec<CertificateDer<'static>>, PrivateKeyDer<'static>), String> {
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
    Ok((certs, key))
}

/// A server configuration for a chain and key (refused when they do not belong together).
fn build(
    certs: Vec<CertificateDer<'static>>,
    key: PrivateKeyDer<'static>,
    client_ca: Option<Arc<dyn ClientCertVerifier>>,
) -> Result<Arc<ServerConfig>, String> {
    let provider = Arc::new(rustls::crypto::ring::default_provider());
    let builder = ServerConfig::builder_with_provider(provider)
        .with_safe_default_protocol_versions()
        .map_err(|e| e.to_string())?;
    let builder = match client_ca {
        Some(verifier) => builder.with_client_cert_verifier(verifier),
        None => builder.with_no_client_auth(),
    };
    let mut config = builder
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
