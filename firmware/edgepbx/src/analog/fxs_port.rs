//! One FXS port's call control: the line state machine's requests become user agent actions,
//! and the user agent's events become line commands. Hook flash with a call waiting switches
//! to it. Otherwise hook flash during a call sets it aside (its far end hears silence) and
//! gives recall dial tone; a number dialled then calls a third party (a second
//! flash before dialling returns to the call). With the third party called, a flash joins all
//! three if it answered (else returns to the held call), and hanging up transfers the held
//! party to it (ua/consult.rs). In the three-way call a flash drops the third party and
//! hanging up ends both calls.

use edgepbx_board::cid::CallerId;
use edgepbx_board::fxs::{FxsCommand, FxsRequest};

use super::rtp::PortRtp;
use super::ua::{Identity, Ua, UaEvent};

pub struct FxsPort {
    pub ua: Option<Ua>,
    pub rtp: PortRtp,
    /// The call is on hold behind recall dial tone after a flash.
    flashed: bool,
}

impl FxsPort {
    pub fn new(rtp: PortRtp) -> FxsPort {
        FxsPort {
            ua: None,
            rtp,
            flashed: false,
        }
    }

    pub fn identity(&self) -> Option<&Identity> {
        self.ua.as_ref().map(Ua::identity)
    }

    /// A request from the line; commands for the line go to `line`.
    pub fn on_request(&mut self, req: FxsRequest, line: &mut Vec<FxsCommand>) {
        let Some(ua) = &mut self.ua else {
            // No device owns this port: nothing can be called.
            if matches!(req, FxsRequest::Dial(_)) {
                line.push(FxsCommand::Congestion);
            }
            return;
        };
        match req {
            FxsRequest::Dial(number) if self.flashed => {
                self.flashed = false;
                ua.consult(&number);
            }
            FxsRequest::Dial(number) => ua.dial(&number),
            FxsRequest::Answer => ua.answer(),
            FxsRequest::Hangup => {
                self.flashed = false;
                if ua.joined() {
                    ua.hang_up_both();
                } else if ua.consulting() {
                    ua.transfer_to_consultation();
                } else {
                    ua.hang_up();
                }
                self.rtp.set_remote(None);
            }
            FxsRequest::Flash if ua.consultation_answered() && !ua.joined() => {
                ua.join();
                line.push(FxsCommand::Connected);
            }
            FxsRequest::Flash if ua.consulting() || ua.joined() => {
                // Back to the held party: the third party is let go.
                self.rtp.join(None);
                ua.drop_consultation();
                line.push(FxsCommand::Connected);
            }
            FxsRequest::Flash if ua.has_other() => {
                self.flashed = false;
                ua.switch();
                line.push(FxsCommand::Connected);
            }
            FxsRequest::Flash if self.flashed => {
                self.flashed = false;
                ua.take_back();
            }
            FxsRequest::Flash => {
                if ua.hold_for_flash() {
                    self.flashed = true;
                    line.push(FxsCommand::RecallDialTone);
                }
            }
            // In-band DTMF already travels in the call's audio.
            FxsRequest::Digit(_) => {}
        }
    }

    /// An event from the user agent, as line commands. `datetime` is "MMDDHHMM" now.
    pub fn on_event(&mut self, ev: UaEvent, datetime: &str, line: &mut Vec<FxsCommand>) {
        match ev {
            UaEvent::Registered(ok) => {
                let user = self.identity().map(|i| i.user.clone()).unwrap_or_default();
                tracing::info!(%user, registered = ok, "analog port");
            }
            UaEvent::Incoming { number, name, .. } => line.push(FxsCommand::Ring(Some(CallerId {
                number,
                name,
                datetime: datetime.to_string(),
            }))),
            UaEvent::CallerGone => line.push(FxsCommand::StopRinging),
            UaEvent::Ringback => line.push(FxsCommand::Ringback),
            UaEvent::Connected(media) => {
                self.rtp.set_remote(Some(media));
                line.push(FxsCommand::Connected);
            }
            UaEvent::MediaChanged(media) => self.rtp.set_remote(Some(media)),
            UaEvent::Busy => line.push(FxsCommand::Busy),
            UaEvent::Failed(_) => line.push(FxsCommand::Congestion),
            UaEvent::RemoteHangup => {
                self.flashed = false;
                self.rtp.set_remote(None);
                line.push(FxsCommand::FarEndHangup);
            }
            UaEvent::MessageWaiting(on) => line.push(FxsCommand::MessageWaiting(on)),
            UaEvent::CallWaiting { number, name } => {
                line.push(FxsCommand::CallWaiting(Some(CallerId {
                    number,
                    name,
                    datetime: datetime.to_string(),
                })))
            }
            UaEvent::Joined(media) => self.rtp.join(Some(media)),
            UaEvent::OtherGone => self.rtp.join(None),
            UaEvent::Recall { number, name } => line.push(FxsCommand::Ring(Some(CallerId {
                number,
                name,
                datetime: datetime.to_string(),
            }))),
        }
    }
}
