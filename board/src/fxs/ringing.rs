//! Ringing an FXS port: the country's cadence by switching the feed between ringing and
//! on-hook transmission, and the caller ID spill after the first ring or, after a polarity
//! reversal, before it.

use super::{FxsLine, Sound, State, fsk_std};
use crate::cid::{CallerId, Spill, caller_id_message};
use crate::line::{LineFeed, Millis, Polarity};
use crate::profile::CidMethod;

/// FSK starts this long after the first ring burst (Bell GR-30: at least 500 ms).
const CID_AFTER_RING_MS: Millis = 500;
/// Gap between polarity reversal and FSK, and between FSK and the first ring, when caller ID
/// goes before ringing (BT SIN 227: at least 100 ms / 200 ms).
const CID_BEFORE_RING_LEAD_MS: Millis = 250;
const CID_BEFORE_RING_TAIL_MS: Millis = 250;
#[derive(Debug)]
pub(super) struct Ringing {
    pub(super) cid: Option<CallerId>,
    /// Time the ring cadence (re)started, and whether the spill is still to be sent.
    pub(super) cadence_start: Millis,
    pub(super) cid_pending: bool,
    /// Before-ring caller ID in progress: ringing starts when it is done.
    pub(super) pre_ring: Option<PreRing>,
    pub(super) ringing_now: bool,
}

#[derive(Debug, Clone, Copy, PartialEq)]
pub(super) enum PreRing {
    /// Polarity reversed at this time; spill starts after the lead.
    Lead(Millis),
    Spilling,
    /// Spill done at this time; ring after the tail.
    Tail(Millis),
}

impl FxsLine {
    pub(super) fn start_ringing(&mut self, now: Millis, cid: Option<CallerId>) {
        if !matches!(self.state, State::OnHook) {
            return;
        }
        let pre_ring = match (&cid, self.profile.cid) {
            (Some(_), CidMethod::FskBeforeRing(_) | CidMethod::DtmfBeforeRing) => {
                self.set_feed(LineFeed::OnHookTransmission(Polarity::Reverse));
                Some(PreRing::Lead(now))
            }
            _ => None,
        };
        let cid_pending = cid.is_some() && pre_ring.is_none();
        self.state = State::Ringing(Ringing {
            cid,
            cadence_start: now,
            cid_pending,
            pre_ring,
            ringing_now: false,
        });
        self.ring_timers(now);
    }

    pub(super) fn ring_timers(&mut self, now: Millis) {
        let State::Ringing(r) = &mut self.state else {
            return;
        };
        match r.pre_ring {
            Some(PreRing::Lead(t)) if now.saturating_sub(t) >= CID_BEFORE_RING_LEAD_MS => {
                r.pre_ring = Some(PreRing::Spilling);
                let spill = match (self.profile.cid, &r.cid) {
                    (CidMethod::DtmfBeforeRing, Some(cid)) => Spill::dtmf(&cid.number),
                    (_, Some(cid)) => {
                        Spill::fsk_on_hook(fsk_std(&self.profile), &caller_id_message(cid))
                    }
                    (_, None) => Spill::dtmf(""),
                };
                self.sound = Sound::Spill(spill);
                return;
            }
            Some(PreRing::Spilling) if !matches!(self.sound, Sound::Spill(_)) => {
                r.pre_ring = Some(PreRing::Tail(now));
                return;
            }
            Some(PreRing::Tail(t)) if now.saturating_sub(t) >= CID_BEFORE_RING_TAIL_MS => {
                r.pre_ring = None;
                r.cadence_start = now;
            }
            Some(_) => return,
            None => {}
        }
        let cadence = self.profile.tones.ring_cadence;
        let cycle: u64 = cadence.iter().map(|&ms| ms as u64).sum();
        let elapsed = now.saturating_sub(r.cadence_start);
        let mut t = elapsed % cycle.max(1);
        let mut on = false;
        for (i, &ms) in cadence.iter().enumerate() {
            if t < ms as u64 {
                on = i % 2 == 0;
                break;
            }
            t -= ms as u64;
        }
        // Caller ID after the first ring: in the last (long) silence of the first cycle.
        let last_off = *cadence.last().unwrap_or(&0) as u64;
        let spill_at = cycle - last_off + CID_AFTER_RING_MS;
        let send_cid = r.cid_pending && elapsed >= spill_at;
        if send_cid {
            r.cid_pending = false;
        }
        let cid = if send_cid { r.cid.clone() } else { None };
        if on != r.ringing_now {
            r.ringing_now = on;
            let feed = if on {
                LineFeed::Ringing
            } else {
                LineFeed::OnHookTransmission(Polarity::Forward)
            };
            self.set_feed(feed);
        }
        if let Some(cid) = cid {
            self.sound = Sound::Spill(Spill::fsk_on_hook(
                fsk_std(&self.profile),
                &caller_id_message(&cid),
            ));
        }
    }
}
