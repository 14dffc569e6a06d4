//! Built-in English prompts (8 kHz µ-law, embedded), "say" helpers that turn numbers, digits,
//! dates and times into prompt-id lists (English in `say`, German in `say_de`, chosen per
//! call language by `grammar`), and a player with barge-in on DTMF.
//!
//! The audio was rendered at development time by `scripts/media-prompts.sh` with espeak-ng;
//! see this crate's README for the licensing reasoning.

mod catalog;
pub mod grammar;
pub mod say;
pub mod say_de;

use crate::codec::g711;
pub use catalog::PROMPTS;

/// The µ-law bytes of a built-in prompt.
pub fn get(id: &str) -> Option<&'static [u8]> {
    PROMPTS.iter().find(|(i, _)| *i == id).map(|(_, b)| *b)
}

/// Plays a list of prompts (built-in ids) frame by frame; stops on DTMF if barge-in is on.
pub struct PromptPlayer {
    items: Vec<&'static [u8]>,
    item: usize,
    pos: usize,
    barge_in: bool,
    stopped: bool,
}

impl PromptPlayer {
    /// Unknown ids are an error (`Err(id)`), so callflows can report a missing prompt.
    pub fn new<'a>(ids: impl IntoIterator<Item = &'a str>, barge_in: bool) -> Result<Self, String> {
        let mut items = vec![];
        for id in ids {
            items.push(get(id).ok_or_else(|| id.to_string())?);
        }
        Ok(PromptPlayer {
            items,
            item: 0,
            pos: 0,
            barge_in,
            stopped: false,
        })
    }

    /// Report a DTMF digit: returns true if playback stopped (barge-in).
    pub fn on_dtmf(&mut self) -> bool {
        if self.barge_in {
            self.stopped = true;
        }
        self.stopped
    }

    pub fn is_done(&self) -> bool {
        self.stopped || self.item >= self.items.len()
    }

    /// Fill an 8 kHz µ-law frame (pads with µ-law silence at the end). Returns false when done.
    pub fn fill_ulaw(&mut self, out: &mut [u8]) -> bool {
        let mut n = 0;
        while n < out.len() && !self.is_done() {
            let src = self.items[self.item];
            let k = (src.len() - self.pos).min(out.len() - n);
            out[n..n + k].copy_from_slice(&src[self.pos..self.pos + k]);
            n += k;
            self.pos += k;
            if self.pos >= src.len() {
                self.item += 1;
                self.pos = 0;
            }
        }
        out[n..].fill(0xFF);
        n > 0
    }

    /// Fill an 8 kHz linear frame.
    pub fn fill(&mut self, out: &mut [i16]) -> bool {
        let mut buf = [0xFFu8; 320];
        let n = out.len().min(buf.len());
        let r = self.fill_ulaw(&mut buf[..n]);
        g711::decode_ulaw(&buf[..n], out);
        r
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_id_used_by_say_exists_and_player_barges_in() {
        for id in say::number(1_234_567)
            .into_iter()
            .chain(say::digits("0123456789*#"))
            .chain(say::date(2026, 12, 31, 3))
            .chain(say::time(0, 5))
            .chain(say::time(23, 59))
        {
            assert!(get(id).is_some(), "{id}");
        }
        let total: usize = PROMPTS.iter().map(|(_, b)| b.len()).sum();
        assert!(total < 3 * 1024 * 1024);
        let mut p = PromptPlayer::new(["vm_enter_password", "ivr_goodbye"], true).unwrap();
        let mut f = [0i16; 160];
        assert!(p.fill(&mut f));
        assert!(!p.is_done());
        assert!(p.on_dtmf());
        assert!(!p.fill(&mut f));
        assert!(PromptPlayer::new(["nope"], true).is_err());
        let mut p = PromptPlayer::new(["num_1"], false).unwrap();
        assert!(!p.on_dtmf());
        let mut frames = 0;
        while p.fill(&mut f) {
            frames += 1;
        }
        assert!(frames > 5);
    }
}
