//! Hook flash during a call, as analog phones expect it (three-way calling): the call is set
//! aside while the user dials a third party on a second call, the consultation. It is held
//! with a sendonly re-INVITE, so its far end hears the port's hold music from the engine,
//! and taken off hold (sendrecv) when the port goes back to it or joins it to a three-way
//! call; a transfer leaves that to the engine. Then a flash joins all three (the
//! port mixes the two calls' audio), or goes back to the held call if the consultation was
//! not answered; hanging up transfers the held party to the consultation (REFER with
//! `Replaces`, which the engine also handles while the third party still rings). In a
//! three-way call a flash drops the third party and hanging up ends both calls; when either
//! far end leaves, the port stays in a two-party call with the other.

use super::{Role, Ua, UaEvent};

impl Ua {
    /// Flash in a call: set it aside. True when there was an answered call to set aside.
    pub fn hold_for_flash(&mut self) -> bool {
        match &self.call {
            Some(c) if c.confirmed && !c.held && self.other.is_none() => {
                self.hold(true);
                true
            }
            _ => false,
        }
    }

    /// Flash again before dialling: the call set aside is taken back.
    pub fn take_back(&mut self) {
        if self.call.as_ref().is_some_and(|c| c.held) {
            self.resume();
        }
    }

    /// A number dialled after the flash: the held call moves aside and `number` is called.
    pub fn consult(&mut self, number: &str) {
        if self.other.is_some() || !self.call.as_ref().is_some_and(|c| c.held) {
            return;
        }
        self.other = self.call.take();
        self.consultation = true;
        self.dial(number);
    }

    /// True while a consultation call (answered or not) is up beside a held one.
    pub fn consulting(&self) -> bool {
        self.consultation && self.other.as_ref().is_some_and(|c| c.held) && self.call.is_some()
    }

    /// True when the consultation call was answered.
    pub fn consultation_answered(&self) -> bool {
        self.consulting() && self.call.as_ref().is_some_and(|c| c.confirmed)
    }

    /// Flash with an answered consultation: the held call is taken off hold and joins it.
    /// The held call's media comes as [`UaEvent::Joined`].
    pub fn join(&mut self) {
        if !self.consultation_answered() {
            return;
        }
        self.joined = true;
        self.with_other(|ua| ua.hold(false));
        if let Some(m) = self.other.as_ref().and_then(|o| o.media) {
            self.events.push_back(UaEvent::Joined(m));
        }
    }

    /// True in a three-way call.
    pub fn joined(&self) -> bool {
        self.joined && self.other.is_some()
    }

    /// Ends the consultation (or the three-way call's third party) and goes back to the held
    /// call, taken off hold ([`UaEvent::Connected`] with its media).
    pub fn drop_consultation(&mut self) {
        if self.other.is_none() {
            return;
        }
        self.consultation = false;
        self.joined = false;
        self.end_current();
        self.call = self.other.take();
        self.resume();
    }

    /// Hang up during a consultation: the held party is transferred to the third party
    /// (REFER naming the consultation's dialog); the engine then releases both calls. The
    /// port lets both go at once.
    pub fn transfer_to_consultation(&mut self) {
        let (Some(target), true) = (self.call.clone(), self.consulting()) else {
            return;
        };
        let number = match &target.role {
            Role::Caller { number, .. } => number.clone(),
            Role::Callee { .. } => target.peer_number.clone(),
        };
        let replaces = format!(
            "{}%3Bto-tag%3D{}%3Bfrom-tag%3D{}",
            escape(&target.call_id),
            escape(target.remote_tag.as_deref().unwrap_or("")),
            escape(&target.local_tag),
        );
        let refer_to = format!("<{}?Replaces={replaces}>", self.aor(&number));
        let by = format!("<{}>", self.aor(&self.id.user));
        self.with_other(|ua| {
            ua.in_dialog_request(
                "REFER",
                &[("Refer-To", refer_to), ("Referred-By", by)],
                None,
            );
        });
        // The engine hangs both calls up after the transfer; they are done for this port.
        self.other = None;
        self.call = None;
        self.joined = false;
        self.consultation = false;
    }

    /// Hang up in a three-way call: both far ends are let go.
    pub fn hang_up_both(&mut self) {
        self.consultation = false;
        self.joined = false;
        self.end_current();
        self.call = self.other.take();
        self.end_current();
    }

    /// The current call's far end hung up in a three-way call: the held-then-joined call
    /// stays as a two-party call. True when that happened.
    pub(super) fn keep_joined_after_bye(&mut self) -> bool {
        if !self.joined() {
            return false;
        }
        self.consultation = false;
        self.joined = false;
        self.call = self.other.take();
        if let Some(m) = self.call.as_ref().and_then(|c| c.media) {
            self.events.push_back(UaEvent::Connected(m));
        }
        true
    }

    /// BYE (answered) or CANCEL (still ringing) for the current call; it is gone.
    fn end_current(&mut self) {
        let Some(call) = self.call.clone() else {
            return;
        };
        if call.confirmed {
            self.in_dialog_request("BYE", &[], None);
            self.call = None;
        } else if matches!(call.role, Role::Caller { .. }) {
            self.hang_up_unanswered();
        } else {
            self.call = None;
        }
    }

    /// CANCEL of our unanswered INVITE; the call is kept aside until the engine's 487 (or
    /// 200, then BYE) ends it.
    fn hang_up_unanswered(&mut self) {
        self.hang_up();
        self.leaving = self.call.take();
    }
}

/// Escapes what cannot stand in a URI header value (RFC 3261 `hvalue`).
fn escape(s: &str) -> String {
    s.bytes()
        .map(|b| match b {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'.' | b'_' | b'~' => {
                (b as char).to_string()
            }
            _ => format!("%{b:02X}"),
        })
        .collect()
}
