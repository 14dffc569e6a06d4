//! An FXO line test as the API shows it (the port's `line_test`): asked for, running, or
//! what it found. The start-up check of every line is one without a number.

use edgepbx_board::fxo::Disconnect;
use edgepbx_board::fxo::probe::ProbeReport;
use serde_json::{Value, json};

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum LineTest {
    /// Asked for; the line thread starts it at its next frame.
    Asked(Option<String>),
    Running(Option<String>),
    Done(ProbeReport),
}

impl LineTest {
    pub fn to_json(&self) -> Value {
        match self {
            LineTest::Asked(number) | LineTest::Running(number) => {
                json!({"state": "running", "number": number})
            }
            LineTest::Done(r) => json!({
                "state": "done",
                "number": r.number,
                "dial_tone": r.dial_tone_ms.is_some(),
                "dial_tone_ms": r.dial_tone_ms,
                "answer_supervision": r.answer_reversal,
                "disconnect": r.disconnect.map(|d| match d {
                    Disconnect::PolarityReversal => "polarity",
                    Disconnect::LoopCurrentDrop => "loop_current",
                    Disconnect::BusyTone => "busy_tone",
                }),
            }),
        }
    }
}
