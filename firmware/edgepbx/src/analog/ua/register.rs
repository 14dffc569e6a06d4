//! The registration of an FXS port's device with the engine: REGISTER, the digest answer to
//! its challenge, refresh at half the granted time, retry after a refusal.

use edgepbx_sip::auth::parse_challenge;
use edgepbx_sip::message::writer::Writer;
use edgepbx_sip::message::{HeaderName, Message};

use super::{Millis, Mode, Ua, UaEvent, auth_header};

/// Registration lifetime we ask for; refreshed at half.
const REGISTER_EXPIRES: u32 = 600;
/// Retry after a failed registration.
const REGISTER_RETRY_MS: Millis = 30_000;

impl Ua {
    /// Registration refresh.
    pub fn tick(&mut self, now: Millis) {
        if self.mode == Mode::Device && now >= self.next_register {
            self.next_register = now + REGISTER_RETRY_MS;
            self.reg_auth_tried = false;
            self.send_register(None);
        }
    }

    pub(super) fn register_response(&mut self, now: Millis, res: &Message) {
        match res.status().unwrap_or(0) {
            200..=299 => {
                let granted = res
                    .contacts()
                    .find_map(|c| c.param("expires").and_then(|e| e.parse::<u32>().ok()))
                    .or(res.expires())
                    .unwrap_or(REGISTER_EXPIRES);
                self.next_register = now + u64::from(granted.max(60)) * 500;
                if !self.registered {
                    self.registered = true;
                    self.events.push_back(UaEvent::Registered(true));
                }
            }
            401 | 407 if !self.reg_auth_tried => {
                self.reg_auth_tried = true;
                let header = if res.status() == Some(401) {
                    HeaderName::WwwAuthenticate
                } else {
                    HeaderName::ProxyAuthenticate
                };
                match res.header(header).and_then(parse_challenge) {
                    Some(ch) => self.send_register(Some((res.status().unwrap_or(401), ch))),
                    None => self.register_failed(now),
                }
            }
            100..=199 => {}
            _ => self.register_failed(now),
        }
    }

    fn register_failed(&mut self, now: Millis) {
        tracing::warn!(user = %self.id.user, "analog line: registration refused");
        self.next_register = now + REGISTER_RETRY_MS;
        if self.registered {
            self.registered = false;
            self.events.push_back(UaEvent::Registered(false));
        }
    }

    fn send_register(&mut self, auth: Option<(u16, edgepbx_sip::auth::Challenge)>) {
        self.reg_cseq += 1;
        let uri = format!("sip:{}", self.id.domain);
        let aor = self.aor(&self.id.user);
        let branch = self.token();
        let mut w = Writer::request("REGISTER", &uri);
        w.header("Via", self.via(&branch));
        w.header("Max-Forwards", 70);
        w.header("From", format!("<{aor}>;tag={}", self.reg_tag));
        w.header("To", format!("<{aor}>"));
        w.header("Call-ID", &self.reg_call_id);
        w.header("CSeq", format!("{} REGISTER", self.reg_cseq));
        w.header("Contact", self.contact());
        w.header("Expires", REGISTER_EXPIRES);
        w.header("User-Agent", "edgepbx analog line");
        if let Some((code, ch)) = auth {
            let cnonce = self.token();
            let value = self.authorization(&ch, "REGISTER", &uri, &cnonce);
            w.header(auth_header(code), value);
        }
        self.out.push_back(w.finish_empty());
    }
}
