//! The tones an FXS line plays: the country's tones (one alert of a repeating tone for call
//! waiting), stutter dial tone, and the receiver-off-hook howler.

use edgepbx_media::dsp::ToneGenerator;
use edgepbx_media::dsp::tones::ToneKind;

use super::FxsLine;

/// Receiver-off-hook howler (North American ROH; loud alternation of high tones).
const HOWLER_SPEC: &str = "1400+2060/100,0/100";
/// A silence this long separates repetitions of an alert tone.
const LONG_PAUSE_MS: u32 = 1000;
impl FxsLine {
    pub(super) fn tone(&self, kind: ToneKind, once: bool) -> ToneGenerator {
        let spec = self.profile.tones.tone(kind);
        let g = if once {
            // Call waiting beeps once per alert rather than repeating over speech.
            ToneGenerator::from_spec(&once_spec(spec), 8000)
        } else {
            ToneGenerator::from_spec(spec, 8000)
        };
        g.unwrap_or_else(|_| silence())
    }

    /// Stutter dial tone: ten 100 ms bursts of dial tone, then steady dial tone.
    pub(super) fn stutter_tone(&self) -> ToneGenerator {
        let dial = self.profile.tones.dial;
        let steady = dial
            .split(',')
            .next()
            .unwrap_or(dial)
            .split('/')
            .next()
            .unwrap_or(dial);
        let burst = format!("!{steady}/100,!0/100,");
        let spec = format!("{}{steady}", burst.repeat(5));
        ToneGenerator::from_spec(&spec, 8000).unwrap_or_else(|_| silence())
    }
}

/// One alert of a repeating tone: its segments up to the first long pause, each played once
/// ("440/300,0/10000" -> "!440/300").
pub(super) fn once_spec(spec: &str) -> String {
    spec.split(',')
        .map(|s| s.trim_start_matches('!'))
        .take_while(|s| {
            let pause = s.strip_prefix("0/").and_then(|ms| ms.parse::<u32>().ok());
            pause.is_none_or(|ms| ms < LONG_PAUSE_MS)
        })
        .map(|s| format!("!{s}"))
        .collect::<Vec<_>>()
        .join(",")
}

pub(super) fn silence() -> ToneGenerator {
    ToneGenerator::from_spec("0", 8000).expect("silence spec parses")
}

pub(super) fn howler() -> ToneGenerator {
    ToneGenerator::from_spec(HOWLER_SPEC, 8000).unwrap_or_else(|_| silence())
}
