//! Prompt languages: a built-in prompt id played on a call whose language has an installed
//! pack (`Data::prompt`, e.g. `de-de`) is that pack's recording of it; ids the pack does
//! not have, and every id on an English call, stay the built-in English prompt.

use edgepbx_media::prompts::say;
use edgepbx_media::session::PlayItem;
use edgepbx_sip::engine::{FlowCommand, MediaCommand};

use super::data::Data;

/// The built-in language (no pack needed).
pub const BUILT_IN: &str = "en-us";

pub fn is_built_in(language: &str) -> bool {
    language.is_empty() || language == "en" || language.starts_with("en-")
}

/// `command` with its prompts in `language` where a pack has them.
pub fn localize(data: &dyn Data, language: &str, mut command: FlowCommand) -> FlowCommand {
    if is_built_in(language) {
        return command;
    }
    if let FlowCommand::Media(MediaCommand::Play { items, .. }) = &mut command {
        for item in items.iter_mut() {
            if let PlayItem::Prompt(id) = item
                && let Some(audio) = data.prompt(language, id)
            {
                *item = PlayItem::Pending(audio);
            }
        }
    }
    command
}

/// A count said in `language`: English grammar for the built-in prompts; in a pack's
/// language the numbers 0-20 as their own words (the pack's `num_N`) and larger ones digit
/// by digit, since other languages compose numbers differently.
pub fn say_count(language: &str, n: usize) -> Vec<&'static str> {
    if is_built_in(language) || n <= 20 {
        return say::number(n as i64);
    }
    say::digits(&n.to_string())
}
