//! `play` and `tts`: media to the caller (answering it), then `_`.

use edgepbx_media::session::PlayItem;
use edgepbx_sip::engine::{FlowCommand, MediaCommand};
use serde_json::Value;

use super::util::{media_item, num_field, str_field};
use crate::flow::context::Cx;
use crate::flow::step::{Module, Step};

pub struct Play {
    data: Value,
    tts: bool,
}

impl Play {
    pub fn media(data: &Value) -> Play {
        Play {
            data: data.clone(),
            tts: false,
        }
    }
    pub fn tts(data: &Value) -> Play {
        Play {
            data: data.clone(),
            tts: true,
        }
    }
}

impl Module for Play {
    fn start(&mut self, cx: &mut Cx) -> Step {
        let item = if self.tts {
            let Some(text) = str_field(&self.data, "text") else {
                return Step::Error("tts without data.text".into());
            };
            match cx.data.tts(text) {
                Some(audio) => PlayItem::Pending(audio),
                None => {
                    tracing::info!("no text-to-speech in this build; saying the digits instead");
                    let digits: String = text.chars().filter(char::is_ascii_digit).collect();
                    if digits.is_empty() {
                        return Step::next();
                    }
                    let items = edgepbx_media::prompts::say::digits(&digits)
                        .into_iter()
                        .map(|p| PlayItem::Prompt(p.into()))
                        .collect();
                    return self.command(items);
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
        let loops = num_field(&self.data, "loop_count")
            .unwrap_or(1)
            .clamp(1, 20) as usize;
        self.command(vec![item; loops])
    }
}

impl Play {
    fn command(&self, items: Vec<PlayItem>) -> Step {
        // Any digit stops the playback when terminators are set (KAZOO: all digits).
        let barge_in = self.data.get("terminators").is_some();
        Step::Command(FlowCommand::Media(MediaCommand::Play {
            items,
            collect: None,
            barge_in,
        }))
    }
}
