//! Unsolicited message waiting NOTIFYs (KAZOO's `mwi_unsolicited_updates`): a registered
//! device whose owner's voicemail counts change is sent an RFC 3842 NOTIFY outside any
//! subscription, at each registered contact, so a desk phone's lamp follows the box
//! without subscribing. Compared once a second, on housekeeping; a device is told again
//! only when its counts change (nothing while they stay 0/0).

use std::collections::BTreeSet;

use super::super::registrar::{Aor, Binding};
use super::super::{Engine, Now, UnsolicitedMwi};
use super::body::{self, Package, Watched};
use crate::message::writer::Writer;

impl Engine {
    pub(in super::super) fn update_unsolicited_mwi(&mut self, now: Now) {
        let accounts: BTreeSet<String> = self
            .registrar
            .all()
            .map(|(aor, _)| aor.account.clone())
            .collect();
        for account in accounts {
            for mwi in self.dir.unsolicited_mwi(&account) {
                let key = (account.clone(), mwi.device_id.clone());
                let told = self.subs.unsolicited.get(&key).copied().unwrap_or_default();
                if told == mwi.counts {
                    continue;
                }
                let aor = Aor {
                    account: account.clone(),
                    device_id: mwi.device_id.clone(),
                };
                let contacts = self.registrar.contacts(&aor, now.mono);
                if contacts.is_empty() {
                    continue;
                }
                self.subs.unsolicited.insert(key, mwi.counts);
                for binding in &contacts {
                    self.send_unsolicited(now, binding, &mwi);
                }
            }
        }
        // Bounded by the registered devices.
        let registrar = &self.registrar;
        self.subs
            .unsolicited
            .retain(|(a, d), _| registrar.is_registered(a, d, now.mono));
    }

    fn send_unsolicited(&mut self, now: Now, binding: &Binding, mwi: &UnsolicitedMwi) {
        let branch = self.ids.branch();
        let tag = self.ids.tag();
        let call_id = self.ids.call_id();
        let transport = binding.peer.transport;
        let sent_by = self.sent_by(transport);
        let contact = self.contact("", transport);
        let mut w = Writer::request("NOTIFY", &binding.contact);
        w.header(
            "Via",
            format_args!(
                "SIP/2.0/{} {sent_by};branch={branch};rport",
                transport.via_name()
            ),
        )
        .header("Max-Forwards", 70)
        .header("From", format_args!("<{}>;tag={tag}", mwi.message_account))
        .header("To", format_args!("<{}>", mwi.device_uri))
        .header("Call-ID", &call_id)
        .header("CSeq", "1 NOTIFY")
        .header("Event", Package::MessageSummary.name())
        .header("Subscription-State", "active")
        .header("Contact", contact)
        .header("User-Agent", &self.cfg.user_agent);
        let text = body::render(
            Package::MessageSummary,
            &mwi.message_account,
            "",
            Watched::Messages(mwi.counts),
            0,
        );
        let bytes = w.finish(
            Some(Package::MessageSummary.content_type()),
            text.as_bytes(),
        );
        self.tx.send_request(now.mono, binding.peer, bytes);
    }
}
