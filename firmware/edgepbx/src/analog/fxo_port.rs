//! One FXO port's call control: the box's gateway to an outside line. A call ringing in on
//! the line becomes a call from outside to the line's number (a DID of the account, so the
//! account's callflow for it runs); a call the account's routes send to the line's gateway
//! is dialled out on it. Either side hanging up hangs up the other.

use edgepbx_board::fxo::{FxoCommand, FxoRequest};

use super::rtp::PortRtp;
use super::ua::{Ua, UaEvent};

pub struct FxoPort {
    pub ua: Ua,
    pub rtp: PortRtp,
    /// The number calls ringing in on this line are for.
    did: String,
    /// The call in progress came in on the line (else it goes out).
    inbound: bool,
    name: String,
}

impl FxoPort {
    pub fn new(name: String, ua: Ua, rtp: PortRtp, did: String) -> FxoPort {
        FxoPort {
            ua,
            rtp,
            did,
            inbound: false,
            name,
        }
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
            // Outbound: the number is on the line; the call is through as far as we can tell.
            FxoRequest::Dialled => self.ua.answer(),
            FxoRequest::Answered => {}
            FxoRequest::FarEndHangup(how) => {
                tracing::info!(line = %self.name, ?how, "far end hung up");
                self.ua.hang_up();
                self.rtp.set_remote(None);
            }
            FxoRequest::Failed(why) => {
                tracing::warn!(line = %self.name, ?why, "outside line failed");
                self.ua.reject(503);
            }
            FxoRequest::LineDown => tracing::warn!(line = %self.name, "outside line down"),
            FxoRequest::LineUp => tracing::info!(line = %self.name, "outside line up"),
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
