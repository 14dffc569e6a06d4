//! Starting a bridge: each endpoint is rung at once or after its delay, every registered
//! contact of a device gets its own leg, trunks get one leg to the carrier's proxy.

use super::*;
use crate::engine::registrar::Aor;
use edgepbx_media::session::PlayItem;

impl Engine {
    /// Starts `bridge`; false when nothing could be rung now and nothing waits for a delay.
    pub(in crate::engine) fn start_bridge(
        &mut self,
        now: Now,
        call: &mut Call,
        mut bridge: Bridge,
    ) -> bool {
        call.legs.retain(|l| matches!(l.state, LegState::Answered));
        call.pending.clear();
        call.rung_any = false;
        let endpoints = std::mem::take(&mut bridge.endpoints);
        if call.listen_record().is_none()
            && let Some(record) = bridge.record.take()
        {
            call.set_listen_record(record);
        }
        if bridge.transfer_ringback.is_some() {
            call.transfer_ringback = bridge.transfer_ringback.clone();
        }
        call.bridge = bridge;
        // Ringback media: the box answers early and plays it (the callees' own early media
        // is not passed); done first, so the callees are offered the codec it settled on.
        let ringback = call.bridge.ringback.clone();
        if ringback.is_some() && self.terminate_early(now, call) {
            call.bridge.ignore_early_media = true;
        }
        for endpoint in endpoints {
            if endpoint.delay_secs == 0 {
                call.rung_any |= self.ring_endpoint(now, call, &endpoint);
            } else {
                let at = now.mono + u64::from(endpoint.delay_secs) * 1000;
                call.pending.push((at, endpoint));
            }
        }
        if !call.rung_any && call.pending.is_empty() {
            return false;
        }
        call.ring_deadline = Some(now.mono + u64::from(call.bridge.timeout_secs.max(1)) * 1000);
        call.ringing_since.get_or_insert(now);
        if call.terminated {
            // The box is the caller's far end (after a menu, a transfer, or for ringback
            // media): it hears ringback, the transfer media once answered, else the
            // media, else the country's tone.
            let transfer = call.a_answered.then(|| call.transfer_ringback.clone());
            let item = transfer
                .flatten()
                .or(ringback)
                .unwrap_or_else(|| PlayItem::Tone {
                    country: self.tone_country(&call.account),
                    kind: edgepbx_media::dsp::tones::ToneKind::Ringback,
                    ms: None,
                });
            let tag = call.next_tag();
            self.out.push_back(Output::Media {
                call: call.id,
                tag,
                command: crate::engine::MediaCommand::Play {
                    items: vec![item],
                    collect: None,
                    barge_in: false,
                },
            });
        }
        true
    }

    /// Endpoints whose delay has passed are rung now.
    pub(in crate::engine) fn start_due_endpoints(&mut self, now: Now, call: &mut Call) {
        let (due, waiting): (Vec<_>, Vec<_>) = std::mem::take(&mut call.pending)
            .into_iter()
            .partition(|(at, _)| *at <= now.mono);
        call.pending = waiting;
        for (_, endpoint) in due {
            call.rung_any |= self.ring_endpoint(now, call, &endpoint);
        }
    }

    /// Sends INVITEs for one endpoint; false when it has nothing to ring.
    fn ring_endpoint(&mut self, now: Now, call: &mut Call, endpoint: &Endpoint) -> bool {
        let timeout = endpoint.timeout_secs.unwrap_or(call.bridge.timeout_secs);
        let deadline = now.mono + u64::from(timeout.max(1)) * 1000;
        match &endpoint.target {
            Target::Device(device) => {
                let aor = Aor {
                    account: call.account.clone(),
                    device_id: device.clone(),
                };
                let bindings = self.registrar.contacts(&aor, now.mono);
                let mut any = false;
                for b in bindings {
                    let leg = LegTarget {
                        device_id: device,
                        target: &b.contact,
                        peer: b.peer,
                        trunk: None,
                    };
                    any |= self.invite_leg(now, call, leg, endpoint, deadline);
                }
                any
            }
            Target::Trunk(trunk) => {
                let outbound = super::limits::NewUse::Outbound;
                if !self.within_limits(now, &call.account, outbound, Some(call)) {
                    return false;
                }
                let peer = Peer {
                    transport: trunk.transport,
                    addr: trunk.proxy,
                    conn: 0,
                };
                let leg = LegTarget {
                    device_id: &trunk.uri,
                    target: &trunk.uri,
                    peer,
                    trunk: Some(trunk.clone()),
                };
                self.invite_leg(now, call, leg, endpoint, deadline)
            }
        }
    }

    /// One B-leg INVITE, offering what the caller offered (or, once the box answered the
    /// caller itself, the codec it settled on).
    fn invite_leg(
        &mut self,
        now: Now,
        call: &mut Call,
        leg: LegTarget,
        endpoint: &Endpoint,
        deadline: Millis,
    ) -> bool {
        let LegTarget {
            device_id,
            target,
            peer,
            trunk,
        } = leg;
        let transport = peer.transport;
        let (cid_name, cid_number) = endpoint
            .caller_id
            .clone()
            .or_else(|| call.bridge.caller_id.clone())
            .unwrap_or_else(|| (call.caller.name.clone(), call.caller.number.clone()));
        let from_host = if trunk.is_some() {
            self.sent_by_for(transport, true)
        } else {
            call.realm.clone()
        };
        let remote_uri = if trunk.is_some() {
            format!("<{target}>")
        } else {
            format!("<sip:{}@{}>", call.number, call.realm)
        };
        let mut dialog = Dialog {
            call_id: self.ids.call_id(),
            local_tag: self.ids.tag(),
            remote_tag: None,
            local_uri: format!(
                "\"{}\" <sip:{}@{}>",
                cid_name.replace(['"', '\\', '\r', '\n'], ""),
                sanitize_user(&cid_number),
                from_host
            ),
            remote_uri,
            remote_target: target.to_string(),
            peer,
            local_cseq: 0,
            sdp_version: 0,
            // The caller's Max-Forwards minus one: a loop through ourselves ends.
            max_forwards: call.max_forwards,
            outside: trunk.is_some() && self.outside_gateway(peer.addr),
        };
        // A paged phone, or a callee that must confirm, gets a relay session of its own (it
        // becomes a call of its own when it answers).
        let own_media = if call.page.is_some() || endpoint.confirm_key.is_some() {
            match self.media.allocate() {
                Some(m) => Some(m),
                None => return false,
            }
        } else {
            None
        };
        let port = own_media.map_or(call.port(Side::B), |m| m.a_port);
        // SRTP towards the device or gateway that asks for it; a leg with a relay session
        // of its own (paging, confirming) stays plain RTP.
        let srtp = match (&trunk, own_media) {
            (_, Some(_)) => crate::sdes::SrtpPolicy::Plain,
            (Some(t), None) => t.srtp,
            (None, None) => self.dir.srtp_policy(&call.account, device_id),
        };
        self.srtp_prepare_offer(call, Side::B, srtp);
        let bytes = self.leg_invite(call, &mut dialog, port, &cid_number, srtp, None);
        let Some(tx) = self.tx.send_request(now.mono, peer, bytes.clone()) else {
            if let Some(m) = own_media {
                self.media.release(m.id);
            }
            return false;
        };
        self.client_tx.insert(tx, call.id);
        call.legs.push(BLeg {
            dialog,
            invite_tx: tx,
            invite: bytes,
            device_id: device_id.to_string(),
            state: LegState::Trying,
            deadline,
            trunk,
            auth_tried: false,
            own_media,
            confirm_key: endpoint.confirm_key,
            confirming_call: None,
            cid_number,
            srtp,
            refresh: Default::default(),
        });
        true
    }

    /// The INVITE of a B-leg (again with credentials after a trunk's challenge).
    pub(in crate::engine) fn leg_invite(
        &mut self,
        call: &Call,
        dialog: &mut Dialog,
        offer_port: u16,
        cid_number: &str,
        srtp: crate::sdes::SrtpPolicy,
        authorization: Option<(&str, String)>,
    ) -> Vec<u8> {
        let version = dialog.next_sdp_version();
        let branch = self.ids.branch();
        let sent_by = self.sent_by_on(dialog);
        let contact = self.contact_on(&sanitize_user(cid_number), dialog);
        let media_ip = self.media_ip_on(dialog);
        let mut w = dialog.request("INVITE", &branch, &sent_by);
        w.header("Contact", contact)
            .header("Allow", crate::engine::ALLOW)
            .header("User-Agent", &self.cfg.user_agent);
        for (name, value) in &call.bridge.headers {
            w.header(name, value);
        }
        if let Some((name, value)) = authorization {
            w.header(name, value);
        }
        let offer = call.a_answer.as_ref().unwrap_or(&call.a_offer);
        let offer = call.crypto.dress(
            call.relay_side(Side::B),
            offer,
            super::sdes::Role::NewLeg(srtp),
        );
        w.finish(
            Some("application/sdp"),
            &offer.render(&media_ip, offer_port, (call.id, version)),
        )
    }
}

/// Where one B-leg goes: a device's registered contact, or a carrier.
struct LegTarget<'a> {
    /// The device rung, or the trunk's request URI.
    device_id: &'a str,
    target: &'a str,
    peer: Peer,
    trunk: Option<TrunkTarget>,
}

/// A caller-ID number fit for a SIP URI user part.
fn sanitize_user(number: &str) -> String {
    number
        .chars()
        .filter(|c| c.is_ascii_alphanumeric() || matches!(c, '+' | '*' | '#' | '-' | '.'))
        .collect()
}
