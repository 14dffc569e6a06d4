//! Hold, and the second call of an FXS port: call waiting and switching between two calls
//! with hook flash. A call arriving during a call waits (180, the line plays the call-waiting tone with
//! its caller ID); a flash puts the current call on hold (re-INVITE sendonly) and answers or
//! resumes the other; hanging up with a call waiting or held rings the port again for it.

use edgepbx_sip::message::writer::Writer;
use edgepbx_sip::message::{Message, Method, parse::parse};

use super::{Call, Mode, Role, Ua, UaEvent, sdp};

impl Ua {
    /// True while a second call waits or is held.
    pub fn has_other(&self) -> bool {
        self.other.is_some()
    }

    /// Flash with a second call: hold this one, take the other.
    pub fn switch(&mut self) {
        let Some(next) = self.other.take() else {
            return;
        };
        self.consultation = false;
        if self.call.as_ref().is_some_and(|c| c.confirmed) {
            self.hold(true);
        }
        self.other = self.call.take();
        self.call = Some(next);
        self.answer();
    }

    /// An INVITE while the port has a call: it waits if it can, else 486. An outside line
    /// in use answers 503 instead, so the account's routes try their next line or carrier.
    pub(super) fn second_invite(&mut self, req: Message) {
        if self.mode == Mode::Gateway {
            self.reply_saying(&req, 503, super::LINE_IN_USE, None);
            return;
        }
        let can_wait = self.other.is_none() && self.call.as_ref().is_some_and(|c| c.confirmed);
        if !can_wait {
            self.reply(&req, 486, None);
            return;
        }
        // Build it as the first call, then move it aside.
        let current = self.call.take();
        self.incoming_invite(req);
        self.other = self.call.take();
        self.call = current;
        if let Some(UaEvent::Incoming { number, name, .. }) = self.events.pop_back() {
            self.events.push_back(UaEvent::CallWaiting { number, name });
        }
    }

    /// A request on the waiting or held call.
    pub(super) fn other_request(&mut self, req: Message) {
        match req.method() {
            Some(Method::Cancel) => {
                self.reply(&req, 200, None);
                if let Some(Call {
                    role: Role::Callee { invite, .. },
                    ..
                }) = self.other.take()
                    && let Ok(inv) = parse(&invite)
                {
                    let w = Writer::response_to(&inv, 487, "Request Terminated", None);
                    self.out.push_back(w.finish_empty());
                }
                self.events.push_back(UaEvent::OtherGone);
            }
            Some(Method::Bye) => {
                self.reply(&req, 200, None);
                self.other = None;
                self.joined = false;
                self.events.push_back(UaEvent::OtherGone);
            }
            Some(Method::Invite) => {
                // The held party's side changes its media: keep it for the resume.
                let body = self.offer();
                self.with_other(|ua| ua.reply(&req, 200, Some(&body)));
                if let (Some(m), Some(o)) = (sdp::remote(req.body()), &mut self.other) {
                    o.media = Some(m);
                    if self.joined {
                        self.events.push_back(UaEvent::Joined(m));
                    }
                }
            }
            Some(Method::Ack) => {}
            _ => self.with_other(|ua| ua.reply(&req, 501, None)),
        }
    }

    /// The port hung up its call: a waiting or held call rings it back.
    pub(super) fn recall_other(&mut self) {
        if self.call.is_some() {
            return;
        }
        self.consultation = false;
        if let Some(other) = self.other.take() {
            let (number, name) = (other.peer_number.clone(), other.peer_name.clone());
            self.call = Some(other);
            self.events.push_back(UaEvent::Recall { number, name });
        }
    }

    /// Take back the held call.
    pub(super) fn resume(&mut self) {
        self.hold(false);
        if let Some(m) = self.call.as_ref().and_then(|c| c.media) {
            self.events.push_back(UaEvent::Connected(m));
        }
    }

    /// Put the current call on hold (or take it off): a re-INVITE with our media direction.
    pub(super) fn hold(&mut self, on: bool) {
        if !self
            .call
            .as_ref()
            .is_some_and(|c| c.confirmed && c.held != on)
        {
            return;
        }
        let direction = if on { "sendonly" } else { "sendrecv" };
        self.sdp_version += 1;
        let body = sdp::offer_direction(self.rtp, self.sdp_version, direction);
        if let Some(c) = &mut self.call {
            c.held = on;
        }
        self.in_dialog_request("INVITE", &[], Some(&body));
    }

    /// Runs `f` with the other call in the current call's place.
    pub(super) fn with_other<R>(&mut self, f: impl FnOnce(&mut Ua) -> R) -> R {
        std::mem::swap(&mut self.call, &mut self.other);
        let r = f(self);
        std::mem::swap(&mut self.call, &mut self.other);
        r
    }
}
