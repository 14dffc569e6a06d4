//! Review of a caller's message that ended with `#` (KAZOO's default after recording):
//! 1 save, 2 listen to it, 3 record it again. Nothing is lost: a silent line, or the caller
//! hanging up meanwhile, saves it (see `Voicemail::ended`).

use edgepbx_media::session::PlayItem;

use super::util::{play_collect, prompt};
use super::voicemail::{State, Voicemail};
use crate::flow::context::Cx;
use crate::flow::step::Step;

/// Rounds without a valid key before the message is saved as it is.
const MAX_ROUNDS: u32 = 3;

impl Voicemail {
    pub(super) fn review_message(&mut self, mut items: Vec<PlayItem>, rounds: u32) -> Step {
        self.state = State::ReviewMessage { rounds };
        items.push(prompt("vm_review_recording"));
        play_collect(items, 1, 5000, 2000)
    }

    pub(super) fn on_review_message(&mut self, cx: &mut Cx, rounds: u32, digits: &str) -> Step {
        let Some((audio, ms)) = self.pending_message.clone() else {
            return Step::next();
        };
        match digits {
            "2" => self.review_message(vec![PlayItem::Audio(audio)], 0),
            "3" => {
                self.pending_message = None;
                self.record()
            }
            "1" => {
                self.pending_message = None;
                self.store(cx, audio, ms)
            }
            _ if rounds + 1 >= MAX_ROUNDS => {
                self.pending_message = None;
                self.store(cx, audio, ms)
            }
            _ => {
                let invalid = (!digits.is_empty()).then(|| prompt("ivr_invalid"));
                self.review_message(invalid.into_iter().collect(), rounds + 1)
            }
        }
    }
}
