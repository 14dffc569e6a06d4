//! The Crossbar-compatible REST API, as a pure request -> response function over the store.
//!
//! `Api::handle(request, now)` is all the HTTP server calls; the clock is an input (Unix
//! seconds), so token expiry and login rate limits are testable without waiting.

mod access;
mod accounts;
mod admission;
mod analog_ports;
mod auth;
pub mod bootstrap;
mod box_setting;
mod box_stream;
mod box_wide;
mod byte_range;
mod call_report;
mod call_trace;
mod cdr_search;
pub mod cdrs;
mod context;
pub mod countries;
mod docs;
mod error;
mod feature_codes;
mod filters;
mod find_me_cellphone;
mod find_me_follow_me;
pub mod gateway_address;
mod gateway_register;
mod hooks;
mod http;
mod imposed;
mod json_path;
mod jwt;
mod kinds;
mod live;
mod login_bans;
mod media;
mod media_tts;
mod metaflows;
mod misc;
mod notification_preview;
pub mod notifications;
pub mod notify;
mod office_status;
mod phone_numbers;
mod presence;
mod projection;
pub mod prompt_packs;
mod provisioner;
mod provisioning;
mod provisioning_adopt;
mod provisioning_auth;
mod provisioning_dhcp;
mod quickcall;
mod ratelimit;
pub mod recordings;
mod resource_status;
mod router;
mod schema;
pub mod sip_security;
pub mod smtp_client;
mod smtplog;
pub mod system_backup;
pub mod system_clock;
pub mod system_network;
mod system_status;
pub mod system_update;
mod system_voicemail;
pub mod time;
mod transcription;
mod vm_greeting;
mod vm_messages;
mod vm_transfer;
mod wav_check;

use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Mutex};

use edgepbx_store::{Store, StoreError};
use serde_json::{Map, Value, json};

pub use admission::Admission;
pub use auth::credentials_hash;
pub use context::Ctx;
pub use error::{ApiError, ApiResult};
pub use http::{ApiRequest, ApiResponse};
pub use live::{CallRefused, CallRequest, CallThen, LineTestRefused, LiveState, NoLiveState};
pub use media_tts::{MAX_TEXT as MAX_TTS_TEXT, SpokenMedia, TextToSpeech};
pub use provisioning::{Link as ProvisionLink, ProvisionPorts};
pub use ratelimit::LoginLimits;
pub use sip_security::{SipBanLimits, SipSecurity};

/// The version string the API reports (the UI stores it as "kazooVersion").
pub const API_VERSION: &str = "4.3.0-edgepbx";

#[derive(Debug, Clone)]
pub struct ApiConfig {
    /// Lifetime of an auth token in seconds.
    pub token_ttl: u64,
    /// Largest request body accepted (media uploads included).
    pub max_body: usize,
    /// Largest body of a request without a token in its head (logins, a token in the body).
    pub unauthenticated_body: usize,
    pub login_limits: LoginLimits,
}

impl Default for ApiConfig {
    fn default() -> Self {
        ApiConfig {
            token_ttl: 3600,
            max_body: 8 * 1024 * 1024,
            unauthenticated_body: 16 * 1024,
            login_limits: LoginLimits::default(),
        }
    }
}

pub struct Api {
    store: Store,
    secret: Vec<u8>,
    config: ApiConfig,
    limiter: Mutex<ratelimit::LoginLimiter>,
    live: Arc<dyn LiveState>,
    requests: AtomicU64,
    node: String,
    provisioning: provisioning::ProvisionState,
    /// Renders `media` documents with a text-to-speech source; None: they are refused.
    speech: Option<Arc<dyn TextToSpeech>>,
    /// The box's own ban thresholds (its config's), for when none are saved.
    config_security: Option<SipSecurity>,
}

/// A successful answer before it is wrapped in the envelope.
pub enum Reply {
    Json {
        status: u16,
        data: Value,
        revision: Option<String>,
        extra: Map<String, Value>,
    },
    Raw(ApiResponse),
}

impl Reply {
    pub(crate) fn ok(data: Value) -> Reply {
        Reply::Json {
            status: 200,
            data,
            revision: None,
            extra: Map::new(),
        }
    }
    pub(crate) fn created(data: Value) -> Reply {
        Reply::Json {
            status: 201,
            data,
            revision: None,
            extra: Map::new(),
        }
    }
    pub(crate) fn with_revision(mut self, rev: Option<String>) -> Reply {
        if let Reply::Json { revision, .. } = &mut self {
            *revision = rev;
        }
        self
    }
    pub(crate) fn with_extra(mut self, key: &str, value: Value) -> Reply {
        if let Reply::Json { extra, .. } = &mut self {
            extra.insert(key.into(), value);
        }
        self
    }
}

impl Api {
    /// The API over `store`; the token signing key is created on first use and kept in the store.
    pub fn new(
        store: Store,
        config: ApiConfig,
        live: Arc<dyn LiveState>,
    ) -> Result<Api, StoreError> {
        let secret = store.write(|tx| {
            if let Some(s) = tx.meta_get("jwt_secret")? {
                return Ok(s);
            }
            let s = edgepbx_store::random_hex(32).into_bytes();
            tx.meta_put("jwt_secret", &s)?;
            Ok(s)
        })?;
        // What the engine was started with, before any saved thresholds replace it.
        let config_security = live.sip_ban_limits().map(|sip| SipSecurity {
            sip,
            login_failures: config.login_limits.per_ip,
            login_ban_seconds: config.login_limits.ban,
        });
        let api = Api {
            config_security,
            provisioning: provisioning::ProvisionState::new(&secret),
            store,
            secret,
            limiter: Mutex::new(ratelimit::LoginLimiter::new(config.login_limits.clone())),
            config,
            live,
            requests: AtomicU64::new(0),
            node: format!("edgepbx@{}", edgepbx_store::random_hex(4)),
            speech: None,
        };
        // Thresholds saved through `/v2/system/sip_security` beat the config's.
        api.apply_stored_sip_security();
        Ok(api)
    }

    /// Renders text-to-speech `media` documents with `speech`.
    pub fn with_speech(mut self, speech: Arc<dyn TextToSpeech>) -> Api {
        self.speech = Some(speech);
        self
    }

    pub fn speech(&self) -> Option<&dyn TextToSpeech> {
        self.speech.as_deref()
    }

    pub fn store(&self) -> &Store {
        &self.store
    }

    pub fn live(&self) -> &dyn LiveState {
        self.live.as_ref()
    }

    pub fn config(&self) -> &ApiConfig {
        &self.config
    }

    /// Answers one request at `now` (Unix seconds).
    pub fn handle(&self, req: &ApiRequest, now: u64) -> ApiResponse {
        let request_id = self.next_request_id();
        let mut ctx = Ctx::new(req, now);
        let outcome = if req.method == "OPTIONS" {
            Ok(Reply::Raw(ApiResponse::bytes(
                200,
                "application/json",
                Vec::new(),
            )))
        } else {
            router::route(self, &mut ctx)
        };
        let auth_token = ctx.auth_token.clone();
        self.envelope(outcome, auth_token, &request_id, &req.path, now)
    }

    /// Wraps an answer in KAZOO's envelope (with CORS headers).
    fn envelope(
        &self,
        outcome: ApiResult<Reply>,
        auth_token: Option<String>,
        request_id: &str,
        path: &str,
        now: u64,
    ) -> ApiResponse {
        let auth_token = auth_token.map(Value::String).unwrap_or(Value::Null);
        let response = match outcome {
            Ok(Reply::Raw(r)) => r,
            Ok(Reply::Json {
                status,
                data,
                revision,
                extra,
            }) => {
                let mut env = json!({
                    "data": data,
                    "status": "success",
                    "auth_token": auth_token,
                    "request_id": request_id,
                    "node": self.node,
                    "timestamp": time::iso8601(now),
                    "version": API_VERSION,
                });
                if let Some(rev) = revision {
                    env["revision"] = Value::String(rev);
                }
                if let Some(map) = env.as_object_mut() {
                    map.extend(extra);
                }
                ApiResponse::json(status, &env)
            }
            Err(e) => {
                let status = e.status();
                let (message, data) = e.parts();
                if status >= 500 {
                    tracing::error!(status, %path, %message, %data, "request failed");
                }
                let mut r = ApiResponse::json(
                    status,
                    &json!({
                        "data": data,
                        "error": status.to_string(),
                        "message": message,
                        "status": "error",
                        "auth_token": auth_token,
                        "request_id": request_id,
                        "node": self.node,
                        "timestamp": time::iso8601(now),
                        "version": API_VERSION,
                    }),
                );
                if let ApiError::TooManyRequests { retry_after } = e {
                    r = r.with_header("retry-after", &retry_after.to_string());
                }
                r
            }
        };
        cors(response)
    }

    fn next_request_id(&self) -> String {
        format!("{:016x}", self.requests.fetch_add(1, Ordering::Relaxed))
    }
}

fn cors(r: ApiResponse) -> ApiResponse {
    r.with_header("access-control-allow-origin", "*")
        .with_header("access-control-allow-methods", "GET, PUT, POST, PATCH, DELETE, OPTIONS")
        .with_header("access-control-allow-headers", "Content-Type, Depth, User-Agent, X-File-Size, X-Requested-With, If-Modified-Since, If-Match, X-File-Name, Cache-Control, X-Auth-Token, X-Kazoo-Cluster-ID")
        .with_header("access-control-expose-headers", "Content-Type, X-Auth-Token, X-Request-ID, Location, Etag, ETag")
        .with_header("access-control-max-age", "86400")
}
