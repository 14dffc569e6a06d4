//! `play` and `tts`: media to the caller (answering it), then `_`.
//!
//! `tts` never waits for the renderer: a text not rendered yet is queued by
//! [`Data::tts`](crate::flow::Data::tts) and the caller hears short silences, asked again
//! after each, until it is ready (at most [`TTS_WAIT_MS`]); then, or without TTS, the digits
//! in the text are said instead.

use edgepbx_media::session::PlayItem;
use edgepbx_sip::engine::{FlowCommand, FlowEvent, MediaCommand};
use serde_json::Value;

use super::util::{media_item, num_field, str_field};
use crate::flow::context::Cx;
use crate::flow::data::{Speech, SpeechRequest};
use crate::flow::step::{Module, Step};

/// Silence played while a text renders, before asking again.
const TTS_POLL_MS: u32 = 200;
/// Longest wait for a rendering before the digits are said instead.
pub const TTS_WAIT_MS: u32 = 5000;

pub struct Play {
    data: Value,
    tts: bool,
    /// Silence played so far waiting for the rendering (`tts`).
    waited_ms: u32,
}

impl Play {
    pub fn media(data: &Value) -> Play {
        Play {
            data: data.clone(),
            tts: false,
            waited_ms: 0,
        }
    }
    pub fn tts(data: &Value) -> Play {
        Play {
            data: data.clone(),
            tts: true,
            waited_ms: 0,
        }
    }
}

impl Module for Play {
    fn start(&mut self, cx: &mut Cx) -> Step {
        let item = if self.tts {
            let Some(text) = str_field(&self.data, "text") else {
                return Step::Error("tts without data.text".into());
            };
            let request = SpeechRequest {
                text,
                voice: str_field(&self.data, "voice"),
                language: str_field(&self.data, "language"),
            };
            match cx.data.tts(&request) {
                Speech::Ready(audio) => PlayItem::Audio(audio),
                Speech::Pending if self.waited_ms < TTS_WAIT_MS => {
                    self.waited_ms += TTS_POLL_MS;
                    return self.command(vec![PlayItem::Silence { ms: TTS_POLL_MS }], false);
                }
                Speech::Pending | Speech::Unavailable => {
                    tracing::info!("no speech for this text (yet); saying its digits instead");
                    self.waited_ms = 0;
                    let digits: String = text.chars().filter(char::is_ascii_digit).collect();
                    if digits.is_empty() {
                        return Step::next();
                    }
                    let items = edgepbx_media::prompts::say::digits(&digits)
                        .into_iter()
                        .map(|p| PlayItem::Prompt(p.into()))
                        .collect();
                    return self.command(items, true);
                }
            }
        } else {
            let Some(id) = str_field(&self.data, "id") else {
                return Step::Error("play without data.id".into());
            };
            match media_item(cx, id) {
                Some(item) => item,
                None => return Step::Error(format!("media {id} not found")),
            }
        };
        self.waited_ms = 0;
        let loops = num_field(&self.data, "loop_count")
            .unwrap_or(1)
            .clamp(1, 20) as usize;
        self.command(vec![item; loops], true)
    }

    /// After a wait for the renderer, ask again; after the media itself, move on.
    fn event(&mut self, cx: &mut Cx, event: FlowEvent) -> Step {
        if self.waited_ms > 0 && matches!(event, FlowEvent::Media(_)) {
            return self.start(cx);
        }
        Step::next()
    }
}

impl Play {
    /// `stoppable`: the media proper, which terminators may cut (not the waiting silence).
    fn command(&self, items: Vec<PlayItem>, stoppable: bool) -> Step {
        // Any digit stops the playback when terminators are set (KAZOO: all digits).
        let barge_in = stoppable && self.data.get("terminators").is_some();
        Step::Command(FlowCommand::Media(MediaCommand::Play {
            items,
            collect: None,
            barge_in,
        }))
    }
}
