//! One FXS port's call control: the line state machine's requests become user agent actions,
//! and the user agent's events become line commands. Hook flash with a call waiting or held
//! switches to it; otherwise hook flash during a call gives recall dial tone, and a number
//! dialled then is a blind transfer of the call to it (the engine's own REFER handling does
//! the rest); a second flash returns to the call.

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
                ua.transfer(&number);
            }
            FxsRequest::Dial(number) => ua.dial(&number),
            FxsRequest::Answer => ua.answer(),
            FxsRequest::Hangup => {
                self.flashed = false;
                ua.hang_up();
                self.rtp.set_remote(None);
            }
            FxsRequest::Flash if ua.has_other() => {
                self.flashed = false;
                ua.switch();
                line.push(FxsCommand::Connected);
            }
            FxsRequest::Flash if self.flashed => {
                self.flashed = false;
                line.push(FxsCommand::Connected);
            }
            FxsRequest::Flash => {
                if ua.has_call() {
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
            UaEvent::OtherGone => {}
            UaEvent::Recall { number, name } => line.push(FxsCommand::Ring(Some(CallerId {
                number,
                name,
                datetime: datetime.to_string(),
            }))),
        }
    }
}
