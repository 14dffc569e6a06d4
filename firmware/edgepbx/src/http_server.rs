//! HTTP/1.1 and HTTPS for the API, on hyper over smol. Bounded: a cap on open connections (in
//! all and per source), on header size and read time, on body size and body read time; the
//! token is checked from the head before any body is read (`Api::admit`), so nobody without a
//! login gets the box to buffer more than a small body. The API itself runs on the blocking
//! pool because a write waits for its disk commit.

use std::net::SocketAddr;
use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::{Duration, SystemTime, UNIX_EPOCH};

use crate::conn_limit::PerSource;
use crate::tls::SharedAcceptor;
use async_lock::Semaphore;
use edgepbx_api::{Admission, Api, ApiRequest, ApiResponse, ProvisionLink, ProvisionPorts};
use http_body_util::combinators::UnsyncBoxBody;
use http_body_util::{BodyExt, Full, LengthLimitError, Limited};
use hyper::body::{Bytes, Incoming};
use hyper::service::service_fn;
use hyper::{Request, Response};
use smol::net::TcpListener;
use smol_hyper::rt::{FuturesIo, SmolTimer};

/// A response body: whole (API answers, panel files) or streamed (a backup download).
pub type Body = UnsyncBoxBody<Bytes, std::io::Error>;

pub fn whole(bytes: Bytes) -> Body {
    Full::new(bytes)
        .map_err(|never| match never {})
        .boxed_unsync()
}

const TLS_HANDSHAKE_TIMEOUT: Duration = Duration::from_secs(10);
/// Largest request head (request line + headers) accepted.
const MAX_HEAD_BYTES: usize = 64 * 1024;

pub struct Server {
    pub executor: Arc<smol::Executor<'static>>,
    pub api: Arc<Api>,
    pub connections: Arc<Semaphore>,
    /// Open connections per source address (IPv6: per /64).
    pub per_source: Arc<PerSource>,
    /// Time to send a request head, and (separately) its whole body.
    pub header_timeout: Duration,
    pub body_timeout: Duration,
    /// Requests being answered; shutdown waits for it to reach zero.
    pub in_flight: Arc<AtomicUsize>,
    /// The box's ports as phones are told them (`/provision/`).
    pub ports: ProvisionPorts,
    /// The data directory (backups are written and received there).
    pub data: std::path::PathBuf,
}

/// The connection a request came on: HTTPS or not, and the client certificate (DER) the
/// HTTPS listener verified, if one was sent.
#[derive(Clone, Default)]
struct Link {
    secure: bool,
    client_cert: Option<Arc<[u8]>>,
}

fn now_unix() -> u64 {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map(|d| d.as_secs())
        .unwrap_or(0)
}

impl Server {
    pub async fn serve(self: Arc<Self>, listener: TcpListener, tls: Option<SharedAcceptor>) {
        loop {
            let permit = self.connections.acquire_arc().await;
            let (stream, peer) = match listener.accept().await {
                Ok(x) => x,
                Err(e) => {
                    tracing::warn!(%e, "accept failed");
                    smol::Timer::after(Duration::from_millis(50)).await;
                    continue;
                }
            };
            let Some(slot) = self.per_source.admit(peer.ip()) else {
                tracing::debug!(%peer, "connection refused: too many open from this source");
                continue;
            };
            let _ = stream.set_nodelay(true);
            let server = self.clone();
            let tls = tls.clone();
            self.executor
                .spawn(async move {
                    let _permit = (permit, slot);
                    match tls {
                        None => {
                            let link = Link::default();
                            server.connection(FuturesIo::new(stream), peer, link).await
                        }
                        Some(acceptor) => {
                            let acceptor = acceptor.https();
                            let handshake = async { acceptor.accept(stream).await.ok() };
                            let timeout = async {
                                smol::Timer::after(TLS_HANDSHAKE_TIMEOUT).await;
                                None
                            };
                            if let Some(tls_stream) = smol::future::or(handshake, timeout).await {
                                // A client certificate here has been verified against
                                // the vendor CA (polycom_ca); provisioning checks its MAC.
                                let client_cert = tls_stream
                                    .get_ref()
                                    .1
                                    .peer_certificates()
                                    .and_then(|chain| chain.first())
                                    .map(|c| Arc::from(c.as_ref()));
                                let link = Link {
                                    secure: true,
                                    client_cert,
                                };
                                server
                                    .connection(FuturesIo::new(tls_stream), peer, link)
                                    .await;
                            }
                        }
                    }
                })
                .detach();
        }
    }

    async fn connection<I>(self: Arc<Self>, io: I, peer: SocketAddr, link: Link)
    where
        I: hyper::rt::Read + hyper::rt::Write + Unpin + Send + 'static,
    {
        let header_timeout = self.header_timeout;
        let service = service_fn(move |req| {
            let server = self.clone();
            let link = link.clone();
            async move { Ok::<_, std::convert::Infallible>(server.respond(req, peer, link).await) }
        });
        let result = hyper::server::conn::http1::Builder::new()
            .timer(SmolTimer::new())
            .header_read_timeout(header_timeout)
            .max_buf_size(MAX_HEAD_BYTES)
            .max_header_size(MAX_HEAD_BYTES)
            .serve_connection(io, service)
            .await;
        if let Err(e) = result {
            tracing::debug!(%peer, %e, "connection ended with an error");
        }
    }

    async fn respond(
        self: Arc<Self>,
        req: Request<Incoming>,
        peer: SocketAddr,
        link: Link,
    ) -> Response<Body> {
        self.in_flight.fetch_add(1, Ordering::SeqCst);
        let response = self.answer(req, peer, &link).await;
        self.in_flight.fetch_sub(1, Ordering::SeqCst);
        response
    }

    async fn answer(
        &self,
        req: Request<Incoming>,
        peer: SocketAddr,
        link: &Link,
    ) -> Response<Body> {
        // hyper bounds its read buffer, but a head that arrives whole in one read can exceed it.
        let head_bytes: usize = req
            .headers()
            .iter()
            .map(|(k, v)| k.as_str().len() + v.len() + 4)
            .sum::<usize>()
            + req.uri().to_string().len();
        if head_bytes > MAX_HEAD_BYTES {
            return error(
                431,
                "request header fields too large",
                "the request head is too large",
            );
        }
        if let Some(page) = crate::panel::serve(req.method(), req.uri().path(), req.headers()) {
            return page.map(|b| b.map_err(|never| match never {}).boxed_unsync());
        }
        let declared = req
            .headers()
            .get(hyper::header::CONTENT_LENGTH)
            .and_then(|v| v.to_str().ok())
            .and_then(|v| v.parse::<usize>().ok());
        let (parts, body) = req.into_parts();
        let mut request = ApiRequest {
            method: parts.method.as_str().to_string(),
            path: parts.uri.path().to_string(),
            query: parts.uri.query().unwrap_or("").to_string(),
            headers: parts
                .headers
                .iter()
                .map(|(k, v)| {
                    (
                        k.as_str().to_ascii_lowercase(),
                        String::from_utf8_lossy(v.as_bytes()).into_owned(),
                    )
                })
                .collect(),
            body: Vec::new(),
            peer: peer.ip(),
        };
        // A/B updates: the bundle body is streamed to the installer, not buffered.
        if request.path == edgepbx_api::system_update::PATH && request.method != "OPTIONS" {
            let api = self.api.clone();
            return to_hyper(
                crate::update::http::serve(api, request, body, self.body_timeout).await,
            );
        }
        // Backups: the download is streamed from a file, the restore body to one.
        if request.path == edgepbx_api::system_backup::PATH && request.method != "OPTIONS" {
            let (api, data) = (self.api.clone(), self.data.clone());
            return crate::backup_http::serve(
                api,
                data,
                request,
                declared,
                body,
                self.body_timeout,
            )
            .await;
        }
        // Phones fetch their files without a token; no body is read. Answered inline: the
        // documents come from the in-memory cache and an index lookup.
        if request.path.starts_with("/provision/") {
            let link = ProvisionLink {
                secure: link.secure,
                client_cert: link.client_cert.as_deref(),
            };
            return to_hyper(self.api.provision(&request, link, self.ports, now_unix()));
        }
        let admission = match self.api.admit(&request, declared, now_unix()) {
            Ok(a) => a,
            Err(refused) => return to_hyper(refused),
        };
        request.body = match self.read_body(body, admission).await {
            Ok(b) => b,
            Err(BodyError::TooLarge) => {
                return to_hyper(self.api.over_limit(admission, &request, now_unix()));
            }
            Err(BodyError::Broken) => {
                return error(
                    400,
                    "invalid request",
                    "the request body is malformed or incomplete",
                );
            }
            Err(BodyError::Slow) => {
                tracing::debug!(%peer, "request body not received in time");
                return error(408, "request timeout", "the request body came too slowly");
            }
        };
        // Reads are answered from the in-memory document cache in microseconds: inline on the
        // network thread. Writes wait for their disk commit and call records are read from disk:
        // those go to the blocking pool so they never stall other connections.
        let inline = matches!(request.method.as_str(), "GET" | "HEAD" | "OPTIONS")
            && !request.path.contains("/cdrs");
        let reply = if inline {
            self.api.handle(&request, now_unix())
        } else {
            let api = self.api.clone();
            smol::unblock(move || api.handle(&request, now_unix())).await
        };
        to_hyper(reply)
    }

    /// The whole body within the admitted size and the body timeout.
    async fn read_body(&self, body: Incoming, admission: Admission) -> Result<Vec<u8>, BodyError> {
        let collect = async {
            match Limited::new(body, admission.max_body).collect().await {
                Ok(b) => Ok(b.to_bytes().to_vec()),
                Err(e) if e.is::<LengthLimitError>() => Err(BodyError::TooLarge),
                Err(_) => Err(BodyError::Broken),
            }
        };
        let deadline = async {
            smol::Timer::after(self.body_timeout).await;
            Err(BodyError::Slow)
        };
        smol::future::or(collect, deadline).await
    }
}

enum BodyError {
    TooLarge,
    Slow,
    /// The client broke off or sent a malformed chunked body.
    Broken,
}

fn error(status: u16, message: &str, detail: &str) -> Response<Body> {
    let body = serde_json::json!({"data": {"message": detail}, "error": status.to_string(), "message": message, "status": "error"});
    to_hyper(ApiResponse::json(status, &body).with_header("connection", "close"))
}

pub fn to_hyper(r: ApiResponse) -> Response<Body> {
    let mut builder = Response::builder()
        .status(r.status)
        .header("content-type", r.content_type);
    for (k, v) in &r.headers {
        builder = builder.header(k, v);
    }
    builder
        .body(whole(Bytes::from(r.body)))
        .unwrap_or_else(|_| Response::new(whole(Bytes::new())))
}
