//! What the engine needs from the rest of the PBX, as traits the runtime implements (and
//! tests fake): the directory of accounts/devices/callflows, the media relay, and the
//! call-control logic that decides whom a call rings.

use std::net::SocketAddr;

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct AccountRef {
    pub id: String,
    pub realm: String,
}

/// A device's SIP credentials and identity.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct DeviceAuth {
    pub account: String,
    pub device_id: String,
    pub username: String,
    pub password: String,
    pub owner_id: Option<String>,
    pub enabled: bool,
    /// The caller ID this device presents on internal calls.
    pub caller_id_name: String,
    pub caller_id_number: String,
}

/// Who is calling, once authenticated.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Caller {
    pub account: String,
    pub device_id: String,
    pub owner_id: Option<String>,
    pub name: String,
    pub number: String,
}

pub trait Directory: Send {
    /// The account a request domain belongs to: its realm, or (for the box's own address
    /// or host name) the default account.
    fn account_for_domain(&self, domain: &str, is_local_name: bool) -> Option<AccountRef>;
    fn device_by_username(&self, account: &str, username: &str) -> Option<DeviceAuth>;
    /// The call control for a dialled number, or None when nothing matches (404).
    fn route(&self, caller: &Caller, number: &str) -> Option<Box<dyn CallFlow>>;
}

/// What call control asks the engine to do next.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum FlowCommand {
    /// Ring these devices at once (their registered contacts), for at most `timeout_secs`.
    Bridge {
        devices: Vec<String>,
        timeout_secs: u32,
    },
    /// End the call with this cause (the caller gets the matching SIP status if unanswered).
    Hangup { cause: String },
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum BridgeResult {
    Answered,
    /// Every leg failed; the best final response code.
    Failed {
        code: u16,
    },
    NoAnswer,
    /// None of the devices had a registered contact.
    NoEndpoints,
}

/// Call control for one call (the callflow interpreter implements this).
pub trait CallFlow: Send {
    fn start(&mut self) -> FlowCommand;
    /// The outcome of the last Bridge; after `Answered` the flow is not asked again.
    fn bridge_result(&mut self, result: &BridgeResult) -> FlowCommand;
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum MediaSide {
    A,
    B,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct MediaPorts {
    pub id: u64,
    pub a_port: u16,
    pub b_port: u16,
}

/// The RTP relay, one session per call: the caller talks to `a_port`, the callee to `b_port`.
pub trait MediaRelay: Send {
    fn allocate(&mut self) -> Option<MediaPorts>;
    fn set_remote(&mut self, id: u64, side: MediaSide, rtp: SocketAddr);
    /// Payload type rewrites for packets received from `from`.
    fn set_payload_map(&mut self, id: u64, from: MediaSide, map: &[(u8, u8)]);
    /// Milliseconds since the last packet in either direction.
    fn idle_ms(&self, id: u64) -> Option<u64>;
    fn release(&mut self, id: u64);
}
