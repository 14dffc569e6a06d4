//! Requests the box sends on its own to a registered contact, outside any dialog: the OPTIONS
//! keepalive and the check-sync NOTIFY that makes a desk phone fetch its provisioning files
//! again. Nothing waits for their answers (a timeout or an error response is only logged by
//! the transaction layer).

use super::registrar::{Aor, Binding};
use super::{Engine, Now};
use crate::message::writer::Writer;

impl Engine {
    /// Sends `method` to one binding's contact, with `extra` headers and no body.
    fn send_to_binding(
        &mut self,
        now: Now,
        binding: &Binding,
        method: &str,
        from_user: &str,
        extra: &[(&str, &str)],
    ) {
        let branch = self.ids.branch();
        let tag = self.ids.tag();
        let call_id = self.ids.call_id();
        let sent_by = self.sent_by(binding.peer.transport);
        let mut w = Writer::request(method, &binding.contact);
        w.header(
            "Via",
            format_args!(
                "SIP/2.0/{} {sent_by};branch={branch};rport",
                binding.peer.transport.via_name()
            ),
        )
        .header("Max-Forwards", 70)
        .header(
            "From",
            format_args!("<sip:{from_user}@{sent_by}>;tag={tag}"),
        )
        .header("To", format_args!("<{}>", binding.contact))
        .header("Call-ID", &call_id)
        .header("CSeq", format_args!("1 {method}"))
        .header("User-Agent", &self.cfg.user_agent);
        for (name, value) in extra {
            w.header(name, value);
        }
        self.tx
            .send_request(now.mono, binding.peer, w.finish_empty());
    }

    pub(super) fn send_keepalive(&mut self, now: Now, binding: &Binding) {
        self.send_to_binding(now, binding, "OPTIONS", "keepalive", &[]);
    }

    /// Sends `NOTIFY` with `Event: {event}` (`check-sync`, or a vendor's variant such as
    /// `check-sync;reboot=false`) to every registered contact of a device; returns how many.
    pub fn check_sync(&mut self, now: Now, account: &str, device_id: &str, event: &str) -> usize {
        let aor = Aor {
            account: account.into(),
            device_id: device_id.into(),
        };
        let bindings = self.registrar.contacts(&aor, now.mono);
        for binding in &bindings {
            self.send_to_binding(
                now,
                binding,
                "NOTIFY",
                "provisioning",
                &[("Event", event), ("Subscription-State", "terminated")],
            );
        }
        self.drain_tx();
        bindings.len()
    }
}
