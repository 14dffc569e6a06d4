//! Phone provisioning over HTTP(S): `/provision/{file}` answered by `edgepbx_provision` over
//! the store, with the fetch and unknown-MAC logs in RAM (bounded) and enumeration of MACs
//! counted by the login limiter (the same per-address ban as failed logins). The readable
//! side: `GET /v2/accounts/{A}/provisioning/unknown` and `.../devices/{id}/provisioning`.

use std::sync::{Arc, Mutex};

use edgepbx_provision::log::{Fetch, Log};
use edgepbx_provision::{Data, Error, Request, Site};
use edgepbx_store::{GLOBAL, IndexName};
use serde_json::{Value, json};

use crate::context::Ctx;
use crate::error::{ApiError, ApiResult};
use crate::provisioning_auth::{Check, ProvisionDigest};
use crate::{Api, ApiRequest, ApiResponse, Reply};

/// The limiter's target for provisioning failures (an address fetching unknown MACs).
const TARGET: &str = "provisioning";

/// The box's ports, for the URLs and SIP server a phone is given.
#[derive(Debug, Clone, Copy)]
pub struct ProvisionPorts {
    pub http: u16,
    pub https: Option<u16>,
    pub sip: u16,
    pub sips: u16,
    /// The HTTPS listener verifies client certificates against the Polycom CA (`polycom_ca`).
    pub polycom_ca: bool,
}

/// The connection a provisioning request came on.
#[derive(Debug, Clone, Copy, Default)]
pub struct Link<'a> {
    /// The HTTPS listener.
    pub secure: bool,
    /// The client certificate (DER) the HTTPS listener verified against the vendor CA.
    pub client_cert: Option<&'a [u8]>,
}

pub struct ProvisionState {
    log: Mutex<Log>,
    digest: ProvisionDigest,
    /// The listeners' ports, once bound (for the DHCP values the API shows).
    pub(crate) ports: std::sync::OnceLock<ProvisionPorts>,
}

impl ProvisionState {
    pub fn new(secret: &[u8]) -> ProvisionState {
        ProvisionState {
            log: Mutex::default(),
            digest: ProvisionDigest::new(secret),
            ports: std::sync::OnceLock::new(),
        }
    }
}

struct StoreData<'a>(&'a Api);

impl Data for StoreData<'_> {
    fn device_by_mac(&self, mac: &str) -> Option<(String, String, Arc<Value>)> {
        let store = self.0.store();
        let id = store.index_get(IndexName::Mac, GLOBAL, mac).ok()??;
        let accounts = store.collection(GLOBAL, "accounts").ok()?;
        accounts.iter().find_map(|(account, _)| {
            let doc = store.get(account, "devices", &id).ok()??;
            Some((account.clone(), id.clone(), doc))
        })
    }
    fn account(&self, account: &str) -> Option<Arc<Value>> {
        self.0.store().get(GLOBAL, "accounts", account).ok()?
    }
    fn doc(&self, account: &str, kind: &str, id: &str) -> Option<Arc<Value>> {
        self.0.store().get(account, kind, id).ok()?
    }
    fn users(&self, account: &str) -> Vec<Arc<Value>> {
        self.0
            .store()
            .collection(account, "users")
            .map(|c| c.values().cloned().collect())
            .unwrap_or_default()
    }
    fn directories(&self, account: &str) -> Vec<(String, Arc<Value>)> {
        self.0
            .store()
            .collection(account, "directories")
            .map(|c| c.iter().map(|(id, d)| (id.clone(), d.clone())).collect())
            .unwrap_or_default()
    }
}

/// The host part of a `Host` header, if it is a plain name or address.
pub(crate) fn host_of(header: &str) -> Option<String> {
    let host = if let Some(rest) = header.strip_prefix('[') {
        format!("[{}]", rest.split(']').next()?)
    } else {
        header
            .rsplit_once(':')
            .map_or(header, |(h, _)| h)
            .to_string()
    };
    let ok = !host.is_empty()
        && host.len() <= 253
        && host
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || matches!(b, b'.' | b'-' | b':' | b'[' | b']'));
    ok.then_some(host)
}

fn text(status: u16, message: &str) -> ApiResponse {
    ApiResponse::bytes(status, "text/plain", format!("{message}\n").into_bytes())
}

impl Api {
    /// Answers `GET /provision/{file}` that came on `link`.
    pub fn provision(
        &self,
        req: &ApiRequest,
        link: Link,
        ports: ProvisionPorts,
        now: u64,
    ) -> ApiResponse {
        if !matches!(req.method.as_str(), "GET" | "HEAD") {
            return text(405, "provisioning files are only read");
        }
        let ip = req.peer;
        if let Err(wait) = self.limiter().check(ip, TARGET, now) {
            return text(429, "too many unknown devices from this address")
                .with_header("retry-after", &wait.to_string());
        }
        let Some(host) = req.header("host").and_then(host_of) else {
            return text(400, "the request needs a Host header naming the box");
        };
        let site = Site {
            http_url: format!("http://{host}:{}/provision/", ports.http),
            https_url: ports
                .https
                .map(|p| format!("https://{host}:{p}/provision/")),
            host,
            sip_port: ports.sip,
            sips_port: ports.sips,
            secret: self.secret.clone(),
            polycom_client_certs: ports.polycom_ca && ports.https.is_some(),
        };
        let file = req.path.strip_prefix("/provision/").unwrap_or("");
        let user_agent = req.header("user-agent").unwrap_or("");
        let request = Request {
            file,
            user_agent,
            source: ip,
            now,
            secure: link.secure,
            client_cert: link.client_cert,
        };
        // What is logged is cut to size: the request itself was bounded by the checks above.
        let log_ua: String = user_agent.chars().take(256).collect();
        let log_file: String = file.chars().take(64).collect();
        // A device with provisioning credentials: its files only with the right digest.
        if let Some((account, device, doc)) =
            edgepbx_provision::mac_of(file).and_then(|mac| StoreData(self).device_by_mac(&mac))
        {
            let refused =
                match crate::provisioning_auth::check(&self.provisioning.digest, &doc, req, now) {
                    Check::Allowed => None,
                    Check::Challenge(challenges) => Some((401, challenges, "credentials required")),
                    Check::Wrong(challenges) => {
                        self.limiter().failure(ip, TARGET, now);
                        Some((401, challenges, "wrong credentials"))
                    }
                    Check::Bad(why) => Some((400, Vec::new(), why)),
                };
            if let Some((status, challenges, why)) = refused {
                self.log_fetch(&account, &device, now, ip, &log_ua, &log_file, status);
                return challenges.iter().fold(text(status, why), |r, c| {
                    r.with_header("www-authenticate", c)
                });
            }
        }
        let result = edgepbx_provision::answer(&request, &site, &StoreData(self));
        match result {
            Ok(f) => {
                if let Some((account, device)) = &f.device {
                    self.log_fetch(account, device, now, ip, &log_ua, &log_file, 200);
                }
                ApiResponse::bytes(200, f.content_type, f.body.into_bytes())
                    .with_header("cache-control", "no-store")
            }
            Err(e) => {
                match &e {
                    Error::UnknownMac { mac, model } => {
                        self.limiter().failure(ip, TARGET, now);
                        self.provision_log().unknown_mac(
                            mac,
                            model.clone(),
                            &log_ua,
                            &ip.to_string(),
                            now,
                        );
                        tracing::info!(%mac, %ip, "provisioning: unknown MAC");
                    }
                    Error::BadMac(_) | Error::MacMismatch { .. } | Error::BadPath(_) => {
                        self.limiter().failure(ip, TARGET, now);
                    }
                    // Not counted by the limiter: the MAC exists, nothing is being guessed.
                    Error::ClientCert(why) => {
                        tracing::warn!(file = %log_file, %ip, %why, "provisioning: client certificate refused");
                    }
                    Error::UnknownModel(model) => {
                        tracing::warn!(%model, file = %log_file, %ip, "provisioning: no template for this model");
                    }
                    _ => {}
                }
                // A known device's failed fetches are in its log too.
                if !matches!(e, Error::UnknownMac { .. })
                    && let Some((account, device, _)) = edgepbx_provision::mac_of(file)
                        .and_then(|mac| StoreData(self).device_by_mac(&mac))
                {
                    self.log_fetch(&account, &device, now, ip, &log_ua, &log_file, e.status());
                }
                text(e.status(), &e.to_string())
            }
        }
    }

    #[allow(clippy::too_many_arguments)]
    fn log_fetch(
        &self,
        account: &str,
        device: &str,
        now: u64,
        ip: std::net::IpAddr,
        user_agent: &str,
        file: &str,
        status: u16,
    ) {
        self.provision_log().fetched(
            account,
            device,
            Fetch {
                time: now,
                address: ip.to_string(),
                user_agent: user_agent.to_string(),
                file: file.to_string(),
                status,
            },
        );
    }

    /// Tells the API the listeners' ports once they are bound (the DHCP values name them).
    pub fn set_provision_ports(&self, ports: ProvisionPorts) {
        let _ = self.provisioning.ports.set(ports);
    }

    pub(crate) fn provision_log(&self) -> std::sync::MutexGuard<'_, Log> {
        self.provisioning
            .log
            .lock()
            .unwrap_or_else(|p| p.into_inner())
    }
}

/// `GET /v2/accounts/{A}/provisioning/unknown`: for the top-level account's administrators.
pub fn unknown(api: &Api, ctx: &Ctx, account: &str) -> ApiResult<Reply> {
    if ctx.method != "GET" {
        return Err(ApiError::MethodNotAllowed);
    }
    // Unknown phones belong to no account yet: the box's own administrators see them.
    let _ = account;
    crate::access::require_box_admin(api, ctx)?;
    let store = api.store();
    let rows = api.provision_log().unknown(|mac| {
        store
            .index_get(IndexName::Mac, GLOBAL, mac)
            .ok()
            .flatten()
            .is_some()
    });
    Ok(Reply::ok(Value::Array(rows)))
}

/// `GET /v2/accounts/{A}/devices/{id}/provisioning`: the device's last fetches.
pub fn device_fetches(api: &Api, ctx: &Ctx, account: &str, id: &str) -> ApiResult<Reply> {
    if ctx.method != "GET" {
        return Err(ApiError::MethodNotAllowed);
    }
    if api.store().get(account, "devices", id)?.is_none() {
        return Err(ApiError::NotFound(id.into()));
    }
    let rows: Vec<Value> = api
        .provision_log()
        .device(account, id)
        .iter()
        .map(Fetch::json)
        .collect();
    Ok(Reply::ok(json!(rows)))
}

/// `POST /v2/accounts/{A}/devices/{id}/sync`: makes the phone fetch its files again (a SIP
/// NOTIFY with the brand's check-sync event to each registered contact); with
/// `{"data": {"reboot": true}}` the event is `check-sync;reboot=true` (the phone restarts).
pub fn sync(api: &Api, ctx: &Ctx, account: &str, id: &str) -> ApiResult<Reply> {
    if ctx.method != "POST" {
        return Err(ApiError::MethodNotAllowed);
    }
    ctx.require_admin()?;
    let reboot = wants_reboot(ctx)?;
    let device = api
        .store()
        .get(account, "devices", id)?
        .ok_or_else(|| ApiError::NotFound(id.into()))?;
    let event = device
        .pointer("/provision/endpoint_brand")
        .and_then(Value::as_str)
        .and_then(edgepbx_provision::Brand::from_name)
        .map_or("check-sync", edgepbx_provision::Brand::check_sync_event);
    let event = if reboot {
        "check-sync;reboot=true"
    } else {
        event
    };
    let notified = api.live().check_sync(account, id, event);
    Ok(Reply::ok(json!({"event": event, "notified": notified})))
}

/// `reboot` of the request: absent (or no body at all, as before it existed) is false.
fn wants_reboot(ctx: &Ctx) -> ApiResult<bool> {
    match ctx.envelope() {
        // No body at all.
        Err(ApiError::Validation(_)) => return Ok(false),
        Err(e) => return Err(e),
        Ok(envelope) if envelope.get("data").is_none() => return Ok(false),
        Ok(_) => {}
    }
    match ctx.data_object()?.get("reboot") {
        None | Some(Value::Null) => Ok(false),
        Some(Value::Bool(b)) => Ok(*b),
        Some(other) => Err(ApiError::field(
            "reboot",
            "type",
            "Value did not match type(s): boolean",
            Some(("value", other.clone())),
        )),
    }
}

#[cfg(test)]
mod tests {
    use super::host_of;

    #[test]
    fn host_headers() {
        assert_eq!(host_of("192.0.2.1:8000").as_deref(), Some("192.0.2.1"));
        assert_eq!(host_of("pbx.example").as_deref(), Some("pbx.example"));
        assert_eq!(host_of("[::1]:8443").as_deref(), Some("[::1]"));
        assert_eq!(host_of("evil\"/><x"), None);
        assert_eq!(host_of(""), None);
    }
}
