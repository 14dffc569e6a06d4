//! One FXO port's call control: the box's gateway to an outside line. A call ringing in on
//! the line becomes a call from outside to the line's number (a DID of the account, so the
//! account's callflow for it runs); a call the account's routes send to the line's gateway
//! is dialled out on it. Either side hanging up hangs up the other.
//!
//! A call out is answered on the SIP side (the caller's billing starts) when the line says
//! so: at the exchange's polarity reversal on a line with answer supervision, else when the
//! digits are out (most analog lines give no answer signal). A line that cannot take the
//! call (down, in use, no dial tone) refuses it with 503, which makes the account's routes
//! try the next line or carrier; a number that is busy or gone before it answered ends the
//! call (486 / 480), as a SIP carrier's would.

#[cfg(test)]
mod tests;

use edgepbx_board::fxo::{Disconnect, Failure, FxoCommand, FxoRequest};

use super::rtp::PortRtp;
use super::ua::{LINE_IN_USE, Ua, UaEvent};

pub struct FxoPort {
    pub ua: Ua,
    pub rtp: PortRtp,
    /// The number calls ringing in on this line are for.
    did: String,
    /// The exchange reverses polarity when a number dialled out answers.
    answer_on_polarity: bool,
    /// The call in progress came in on the line (else it goes out).
    inbound: bool,
    name: String,
}

impl FxoPort {
    pub fn new(
        name: String,
        ua: Ua,
        rtp: PortRtp,
        did: String,
        answer_on_polarity: bool,
    ) -> FxoPort {
        FxoPort {
            ua,
            rtp,
            did,
            answer_on_polarity,
            inbound: false,
            name,
        }
    }

    /// The line's exchange gives answer supervision by polarity reversal (the line state
    /// machine must be told the same).
    pub fn set_answer_on_polarity(&mut self, on: bool) {
        self.answer_on_polarity = on;
    }

    /// A request from the line.
    pub fn on_request(&mut self, req: FxoRequest) {
        match req {
            FxoRequest::Incoming(cid) => {
                self.inbound = true;
                let caller = cid.as_ref().map(|c| (c.number.as_str(), c.name.as_str()));
                tracing::info!(line = %self.name, did = %self.did, caller = ?caller, "call in on an outside line");
                self.ua.dial_as(&self.did, caller);
            }
            FxoRequest::CallerGone => self.ua.hang_up(),
            // Outbound: the number is on the line; without answer supervision that is as
            // far as the line can tell.
            FxoRequest::Dialled if !self.answer_on_polarity => self.ua.answer(),
            FxoRequest::Dialled => {}
            FxoRequest::Answered if !self.inbound && self.ua.is_ringing() => {
                tracing::info!(line = %self.name, "far end answered (polarity reversal)");
                self.ua.answer();
            }
            FxoRequest::Answered => {}
            FxoRequest::FarEndHangup(how) => {
                tracing::info!(line = %self.name, ?how, "far end hung up");
                if self.ua.is_ringing() {
                    // Gone before it answered: busy, or the exchange gave up.
                    let code = if how == Disconnect::BusyTone {
                        486
                    } else {
                        480
                    };
                    self.ua.reject(code);
                } else {
                    self.ua.hang_up();
                }
                self.rtp.set_remote(None);
            }
            FxoRequest::Failed(why) => {
                tracing::warn!(line = %self.name, ?why, "outside line cannot take the call: the route fails over");
                self.ua.reject_saying(503, failure_reason(why));
            }
            FxoRequest::LineDown => tracing::warn!(line = %self.name, "outside line down"),
            FxoRequest::LineUp => tracing::info!(line = %self.name, "outside line up"),
            // Line tests are the runtime's (the API shows them); no call is involved.
            FxoRequest::Probed(_) => {}
        }
    }

    /// An event from the user agent, as line commands.
    pub fn on_event(&mut self, ev: UaEvent, line: &mut Vec<FxoCommand>) {
        match ev {
            UaEvent::Incoming { dialled, .. } => {
                self.inbound = false;
                line.push(FxoCommand::Dial(dialled));
            }
            UaEvent::Connected(media) => {
                self.rtp.set_remote(Some(media));
                if self.inbound {
                    line.push(FxoCommand::Answer);
                }
            }
            UaEvent::MediaChanged(media) => self.rtp.set_remote(Some(media)),
            UaEvent::CallerGone | UaEvent::RemoteHangup => {
                self.rtp.set_remote(None);
                line.push(FxoCommand::Hangup);
            }
            // The box refused the call: the line rings on until the caller gives up.
            UaEvent::Busy | UaEvent::Failed(_) => {
                tracing::warn!(line = %self.name, "the box refused a call from an outside line")
            }
            // A gateway has one call and no registration or mailbox.
            UaEvent::Ringback
            | UaEvent::Registered(_)
            | UaEvent::MessageWaiting(_)
            | UaEvent::CallWaiting { .. }
            | UaEvent::OtherGone
            | UaEvent::Joined(_)
            | UaEvent::Recall { .. } => {}
        }
    }
}

/// The reason phrase of the 503 that sends a call on to the next route.
fn failure_reason(why: Failure) -> &'static str {
    match why {
        Failure::NoDialTone => "No dial tone on the outside line",
        Failure::LineDown => "Outside line down",
        Failure::LineBusy => LINE_IN_USE,
    }
}
