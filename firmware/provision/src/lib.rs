//! Phone auto-provisioning, sans-IO: a request (file name, User-Agent, source address, time)
//! and read access to the documents in, the file a phone gets (or a clear error) out. The
//! HTTP server in `firmware/edgepbx` calls [`answer`]; nothing here reads the clock, opens a
//! socket or writes a document.

mod brand;
pub mod catalogue;
mod client_cert;
mod context;
mod error;
mod files;
mod keys;
pub mod log;
pub mod mac;
pub mod phonebook;
mod render;
mod settings;
mod tz;

use std::net::IpAddr;
use std::sync::Arc;

use serde_json::Value;

pub use brand::{Agent, Brand, agent};
pub use error::Error;
pub use files::{Part, Want};
pub use settings::{Model, check_overrides, find_model, http_auth};

/// Read access to the documents (implemented over the store by the API).
pub trait Data {
    /// The device with this MAC (12 lowercase hex digits): account id, device id, document.
    fn device_by_mac(&self, mac: &str) -> Option<(String, String, Arc<Value>)>;
    fn account(&self, account: &str) -> Option<Arc<Value>>;
    fn doc(&self, account: &str, kind: &str, id: &str) -> Option<Arc<Value>>;
    /// The account's user documents (for the phone book).
    fn users(&self, account: &str) -> Vec<Arc<Value>>;
    /// The account's `directories` documents with their ids (for the phone book).
    fn directories(&self, account: &str) -> Vec<(String, Arc<Value>)>;
}

/// The box as this phone reached it.
#[derive(Debug, Clone)]
pub struct Site {
    /// Host name or address from the request's `Host` header (what the phone dialled).
    pub host: String,
    pub sip_port: u16,
    /// SIP over TLS, for devices whose transport is `tls`.
    pub sips_port: u16,
    /// `https://host:port/provision/` when HTTPS is on.
    pub https_url: Option<String>,
    /// `http://host:port/provision/`.
    pub http_url: String,
    /// The box's secret, from which each device's web admin password is derived.
    pub secret: Vec<u8>,
    /// The HTTPS listener verifies Polycom client certificates against the vendor CA
    /// (`polycom_ca`): a Polycom phone's files over HTTPS then need one naming its MAC.
    pub polycom_client_certs: bool,
}

#[derive(Debug, Clone)]
pub struct Request<'a> {
    /// The path below `/provision/`, as received.
    pub file: &'a str,
    pub user_agent: &'a str,
    pub source: IpAddr,
    /// Unix seconds.
    pub now: u64,
    /// Whether the request came over HTTPS.
    pub secure: bool,
    /// The client certificate (DER) the HTTPS listener verified against the vendor CA, if
    /// the phone sent one.
    pub client_cert: Option<&'a [u8]>,
}

/// A file to send.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct File {
    pub content_type: &'static str,
    pub body: String,
    /// The device it was for (account id, device id), for the fetch log.
    pub device: Option<(String, String)>,
    /// Rendered without secrets because the request came over plain HTTP with HTTPS on.
    pub bootstrap: bool,
}

/// The MAC a file name is for, if it names one (for logging failed fetches of a device).
pub fn mac_of(file: &str) -> Option<String> {
    match files::parse(file) {
        Ok(Want::Device { mac, .. }) => Some(mac),
        _ => None,
    }
}

/// Answers one provisioning request.
pub fn answer(req: &Request, site: &Site, data: &dyn Data) -> Result<File, Error> {
    let agent = brand::agent(req.user_agent)?;
    let want = files::parse(req.file)?;
    let (mac, named_brand, part) = match want {
        Want::Common(brand) => return Ok(render::common(brand, site)),
        Want::Device { mac, brand, part } => (mac, brand, part),
    };
    if let Some(ua_mac) = mac::from_user_agent(req.user_agent)
        && ua_mac != mac
    {
        return Err(Error::MacMismatch {
            path: mac,
            user_agent: ua_mac,
        });
    }
    let (account, device_id, device) =
        data.device_by_mac(&mac).ok_or_else(|| Error::UnknownMac {
            mac: mac.clone(),
            model: agent.model.clone(),
        })?;
    let phone = context::Phone::new(
        context::Input {
            account: &account,
            device_id: &device_id,
            device: &device,
            mac: &mac,
            named_brand,
            agent: &agent,
            bootstrap: !req.secure && site.https_url.is_some(),
            now: req.now,
        },
        site,
        data,
    )?;
    if phone.model.brand == Brand::Polycom && req.secure && site.polycom_client_certs {
        client_cert::check(req.client_cert, &mac)?;
    }
    let mut file = if part == Part::Phonebook {
        phonebook::render(phone.model.brand, &phonebook::entries(&account, data))?
    } else {
        render::device(&phone, part)?
    };
    file.device = Some((account, device_id));
    Ok(file)
}
