//! One side of a call as a dialog (RFC 3261 §12): what we need to send requests inside it.

use crate::message::writer::Writer;
use crate::transaction::Peer;

#[derive(Clone, Debug)]
pub struct Dialog {
    pub call_id: String,
    pub local_tag: String,
    pub remote_tag: Option<String>,
    /// From/To values without tags: ours and the peer's.
    pub local_uri: String,
    pub remote_uri: String,
    /// The peer's Contact: the Request-URI of our in-dialog requests.
    pub remote_target: String,
    /// Where requests go: the flow the peer uses (NAT-safe), not its Contact host.
    pub peer: Peer,
    pub local_cseq: u32,
    /// Version of the o= line we send on this side; it grows with every new SDP.
    pub sdp_version: u64,
    pub max_forwards: u32,
    /// The peer is a provider's gateway: our side of this dialog shows the box's outside
    /// address (Via, Contact, SDP), never a LAN phone's view of it.
    pub outside: bool,
}

impl Dialog {
    /// Starts an in-dialog request; the caller adds Contact/body and finishes it.
    pub fn request(&mut self, method: &str, branch: &str, via_sent_by: &str) -> Writer {
        self.local_cseq += 1;
        self.request_with_cseq(method, branch, via_sent_by, self.local_cseq)
    }

    pub fn request_with_cseq(
        &self,
        method: &str,
        branch: &str,
        via_sent_by: &str,
        cseq: u32,
    ) -> Writer {
        let mut w = Writer::request(method, &self.remote_target);
        w.header(
            "Via",
            format_args!(
                "SIP/2.0/{} {via_sent_by};branch={branch};rport",
                self.peer.transport.via_name()
            ),
        );
        w.header("Max-Forwards", self.max_forwards);
        w.header(
            "From",
            format_args!("{};tag={}", self.local_uri, self.local_tag),
        );
        match &self.remote_tag {
            Some(tag) => w.header("To", format_args!("{};tag={tag}", self.remote_uri)),
            None => w.header("To", &self.remote_uri),
        };
        w.header("Call-ID", &self.call_id);
        w.header("CSeq", format_args!("{cseq} {method}"));
        w
    }

    pub fn next_sdp_version(&mut self) -> u64 {
        self.sdp_version += 1;
        self.sdp_version
    }
}
