//! Listening in on a bridged call: the relay copies each side's RTP to the media server's
//! tap (`edgepbx_media::session::CallTap`), which records the call (`record_call`, users'
//! call recording) and reports the keys pressed for in-call features (KAZOO metaflows).
//! Only bridged audio is listened to: while the box itself is a side (IVR, hold music after
//! a transfer) the tap is closed, and a recording running then ends.

use edgepbx_media::session::TapCommand;
use serde_json::json;

use super::terminated::stream_format;
use super::*;
use crate::engine::{KeyBinding, MediaEvent, Party, RecordCall};

/// How long after its call ended a recording may still arrive from the media server.
const RECORDING_WAIT_MS: Millis = 60_000;

/// A call's listening state.
#[derive(Default)]
pub(super) struct Listening {
    /// The tap is open (the relay copies to the media server).
    open: bool,
    /// Recording asked for: runs whenever the call is bridged.
    record: Option<RecordCall>,
    keys: Option<KeyBinding>,
    /// Keys gathered after the binding key: who pressed them, and until when more may come.
    gathering: Option<(Party, String, Millis)>,
    /// The running recording's tag (each recording of the call has its own: a call that is
    /// transferred and bridged again records in pieces).
    recording: Option<u32>,
    next_recording: u32,
}

impl Listening {
    pub fn deadline(&self) -> Option<Millis> {
        self.gathering.as_ref().map(|(_, _, at)| *at)
    }
}

impl Call {
    pub(super) fn listen_record(&self) -> Option<&RecordCall> {
        self.listen.record.as_ref()
    }

    /// Records from the next answer on (a bridge's own settings).
    pub(super) fn set_listen_record(&mut self, record: RecordCall) {
        self.listen.record = Some(record);
    }
}

/// A recording under way (or finished and on its way back from the media server).
pub(in crate::engine) struct PendingRecording {
    account: String,
    doc: serde_json::Value,
    min_secs: u32,
    /// When the call ended (the entry is dropped a while after).
    ended: Option<Millis>,
}

impl Engine {
    /// The flow's `Record` command.
    pub(super) fn set_recording(&mut self, now: Now, call: &mut Call, record: Option<RecordCall>) {
        match record {
            Some(r) => {
                let limit_ms = r.time_limit_secs.saturating_mul(1000);
                call.listen.record = Some(r);
                if self.bridged(call) {
                    self.open_tap(call);
                    self.start_recording(now, call, limit_ms);
                }
            }
            None => {
                call.listen.record = None;
                if call.listen.open
                    && let Some(tag) = call.listen.recording.take()
                {
                    self.out.push_back(Output::Tap {
                        call: call.id,
                        tag,
                        command: TapCommand::RecordStop,
                    });
                }
            }
        }
    }

    /// The flow's `ListenKeys` command.
    pub(super) fn set_keys(&mut self, call: &mut Call, keys: KeyBinding) {
        call.listen.keys = Some(keys);
        if self.bridged(call) {
            self.open_tap(call);
        }
    }

    /// A callee answered: what the call asked to listen for starts now.
    pub(super) fn listen_on_bridge(&mut self, now: Now, call: &mut Call) {
        if call.listen.record.is_none() && call.listen.keys.is_none() {
            return;
        }
        self.open_tap(call);
        if let Some(r) = &call.listen.record {
            let limit_ms = r.time_limit_secs.saturating_mul(1000);
            self.start_recording(now, call, limit_ms);
        }
    }

    /// The call stops being a bridge of two phones (it ends, or the box takes a side).
    pub(super) fn stop_listening(&mut self, now: Now, call: &mut Call) {
        call.listen.gathering = None;
        if !call.listen.open {
            return;
        }
        call.listen.open = false;
        self.media.set_tap(call.media.id, MediaSide::A, None);
        self.media.set_tap(call.media.id, MediaSide::B, None);
        self.out.push_back(Output::TapClose { call: call.id });
        if let Some(tag) = call.listen.recording.take()
            && let Some(p) = self.recordings.get_mut(&(call.id, tag))
        {
            p.ended = Some(now.mono);
        }
    }

    fn bridged(&self, call: &Call) -> bool {
        call.winner.is_some() && !call.terminated && call.b_answer.is_some()
    }

    fn open_tap(&mut self, call: &mut Call) {
        let Some(server) = self.cfg.media_server else {
            tracing::warn!(call = %call.a.call_id, "no media server: cannot record or hear keys");
            return;
        };
        if call.listen.open {
            return;
        }
        let Some(b_answer) = &call.b_answer else {
            return;
        };
        // Copies are sent as forwarded: A's audio in B's payload numbers, and back.
        let a_view = answer_for_a(b_answer, &call.a_offer);
        let (from_a, from_b) = (stream_format(b_answer), stream_format(&a_view));
        let (side_a, side_b) = (call.relay_side(Side::A), call.relay_side(Side::B));
        let (a, b) = match side_a {
            MediaSide::A => ((from_a, call.media.a_port), (from_b, call.media.b_port)),
            MediaSide::B => ((from_b, call.media.a_port), (from_a, call.media.b_port)),
        };
        self.media.set_tap(call.media.id, side_a, Some(server));
        self.media.set_tap(call.media.id, side_b, Some(server));
        self.out.push_back(Output::TapOpen {
            call: call.id,
            a,
            b,
        });
        call.listen.open = true;
        if let Some(k) = &call.listen.keys {
            let (caller, callee) = (k.caller, k.callee);
            // The tap's sides are the relay's; the binding's are the call's.
            let (a, b) = match side_a {
                MediaSide::A => (caller, callee),
                MediaSide::B => (callee, caller),
            };
            self.out.push_back(Output::Tap {
                call: call.id,
                tag: 0,
                command: TapCommand::Digits { a, b },
            });
        }
    }

    fn start_recording(&mut self, now: Now, call: &mut Call, limit_ms: u32) {
        let Some(r) = call.listen.record.clone() else {
            return;
        };
        if !call.listen.open {
            return;
        }
        let tag = match call.listen.recording {
            Some(tag) => tag,
            None => {
                call.listen.next_recording += 1;
                let tag = call.listen.next_recording;
                call.listen.recording = Some(tag);
                let doc = self.recording_doc(now, call, &r);
                self.recordings.insert(
                    (call.id, tag),
                    PendingRecording {
                        account: call.account.clone(),
                        doc,
                        min_secs: r.min_secs,
                        ended: None,
                    },
                );
                tag
            }
        };
        self.out.push_back(Output::Tap {
            call: call.id,
            tag,
            command: TapCommand::RecordStart { max_ms: limit_ms },
        });
    }

    /// What is known of a recording when it starts.
    fn recording_doc(&self, now: Now, call: &Call, r: &RecordCall) -> serde_json::Value {
        let callee = call
            .winner()
            .map(|l| self.device_caller(&call.account, &l.device_id));
        json!({
            "call_id": call.a.call_id,
            "caller_id_name": call.caller.name,
            "caller_id_number": call.caller.number,
            "callee_id_name": callee.as_ref().map(|c| c.name.clone()),
            "callee_id_number": callee.as_ref().map(|c| c.number.clone()),
            "destination": call.number,
            "from": format!("{}@{}", call.caller.number, call.realm),
            "to": format!("{}@{}", call.number, call.realm),
            "owner_id": r.owner_id,
            "origin": r.origin,
            "start": now.unix + edgepbx_gregorian_offset(),
        })
    }

    /// A tap's report: a recording to keep, or a key pressed. True when `event` was one.
    pub(super) fn tap_event(&mut self, now: Now, cid: CallId, tag: u32, event: &FlowEvent) -> bool {
        match event {
            FlowEvent::Media(MediaEvent::CallRecorded { wav, ms }) => {
                if let Some(call) = self.calls.get_mut(&cid)
                    && call.listen.recording == Some(tag)
                {
                    // It ended on its own (its time limit).
                    call.listen.recording = None;
                }
                self.recording_done(now, (cid, tag), wav.clone(), *ms);
                true
            }
            FlowEvent::Media(MediaEvent::TapDigit { side, digit }) => {
                if let Some(call) = self.calls.remove(&cid) {
                    let relay_side = match side {
                        edgepbx_media::session::TapSide::A => MediaSide::A,
                        edgepbx_media::session::TapSide::B => MediaSide::B,
                    };
                    let by = if call.relay_side(Side::A) == relay_side {
                        Party::Caller
                    } else {
                        Party::Callee
                    };
                    self.on_key(now, call, by, *digit);
                }
                true
            }
            _ => false,
        }
    }

    fn on_key(&mut self, now: Now, mut call: Call, by: Party, digit: char) {
        let Some(keys) = call.listen.keys.clone() else {
            return self.keep_call(call);
        };
        let deadline = now.mono + keys.digit_timeout_ms;
        match &mut call.listen.gathering {
            Some((who, digits, at)) if *who == by => {
                digits.push(digit);
                *at = deadline;
            }
            _ if digit == keys.binding => {
                call.listen.gathering = Some((by, String::new(), deadline));
            }
            _ => {}
        }
        self.keep_call(call);
    }

    /// No more keys came in time: the flow hears what was pressed after the binding key.
    pub(super) fn keys_due(&mut self, now: Now, mut call: Call) {
        let Some((by, digits, _)) = call.listen.gathering.take() else {
            return self.keep_call(call);
        };
        if digits.is_empty() || !self.bridged(&call) {
            return self.keep_call(call);
        }
        tracing::info!(call = %call.a.call_id, ?by, %digits, "in-call feature keys");
        let command = call.flow.event(now, FlowEvent::Keys { by, digits });
        self.run_command(now, call, command);
    }

    fn recording_done(&mut self, now: Now, key: (CallId, u32), wav: std::sync::Arc<[u8]>, ms: u32) {
        let Some(p) = self.recordings.remove(&key) else {
            return;
        };
        if ms < p.min_secs.saturating_mul(1000) || ms == 0 {
            tracing::info!(
                call = key.0,
                ms,
                "call recording shorter than its minimum; dropped"
            );
            return;
        }
        let mut doc = p.doc;
        doc["name"] = json!(format!(
            "call recording {}",
            doc["call_id"].as_str().unwrap_or("")
        ));
        doc["duration_ms"] = json!(ms);
        doc["duration"] = json!(ms.div_ceil(1000));
        doc["content_type"] = json!("audio/wav");
        doc["media_type"] = json!("wav");
        doc["media_source"] = json!("recording");
        doc["content_length"] = json!(wav.len());
        doc["pvt_created"] = json!(now.unix + edgepbx_gregorian_offset());
        self.out.push_back(Output::Recording {
            account: p.account,
            doc,
            wav,
        });
    }

    /// Forgets recordings whose result never came (the media server lost them).
    pub(in crate::engine) fn prune_recordings(&mut self, now: Now) {
        self.recordings
            .retain(|_, p| p.ended.is_none_or(|at| at + RECORDING_WAIT_MS > now.mono));
    }
}
