//! RTP (RFC 3550) packets, sequence/timestamp tracking, RTCP reports and RFC 4733 events.

pub mod packet;
pub mod rtcp;
pub mod seq;
pub mod telephone_event;

pub use packet::{MAX_PACKET_LEN, RtpError, RtpHeader, RtpPacket, is_rtcp};
pub use rtcp::{CallQuality, ReceptionReport, RtcpPacket, RtcpStats, SenderInfo, ntp_from_unix_ms};
pub use seq::{SeqEvent, SeqTracker};
pub use telephone_event::{
    EventPacket, TelephoneEvent, TelephoneEventPayload, TelephoneEventReceiver,
    TelephoneEventSender, char_to_event, event_to_char,
};
