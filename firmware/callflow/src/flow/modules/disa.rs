//! `disa` (dial-through): the caller enters `pin` (when set; `retries` tries, 3), then a
//! number (up to `max_digits`, 15) that is routed like a call from this line: the account's
//! callflows, `no_match` sending outside numbers to the carriers. A caller from outside may
//! dial out only after the PIN (a DISA without one reaches inside numbers only). `use_account_caller_id`
//! presents the account's external caller ID. The "dial tone" is `ivr_enter_extension`
//! (tones need the engine's country setting, which modules do not see).

use edgepbx_sip::engine::FlowEvent;
use serde_json::Value;

use super::util::{ask_pin, bool_field, dial, digits_of, num_field, play, play_collect};
use super::util::{prompt, str_field};
use crate::flow::context::Cx;
use crate::flow::step::{Module, Step};

enum Waiting {
    Pin { tries: u32 },
    Number,
    Leaving,
}

pub struct Disa {
    data: Value,
    waiting: Waiting,
}

impl Disa {
    pub fn new(data: &Value) -> Disa {
        Disa {
            data: data.clone(),
            waiting: Waiting::Number,
        }
    }

    fn ask_number(&mut self) -> Step {
        self.waiting = Waiting::Number;
        let max = num_field(&self.data, "max_digits")
            .unwrap_or(15)
            .clamp(1, 30) as u8;
        let inter = num_field(&self.data, "interdigit")
            .unwrap_or(3000)
            .clamp(500, 10_000) as u32;
        play_collect(vec![prompt("ivr_enter_extension")], max, 10_000, inter)
    }

    fn leave(&mut self, items: Vec<&str>) -> Step {
        self.waiting = Waiting::Leaving;
        play(items.into_iter().map(prompt).collect())
    }
}

impl Module for Disa {
    fn start(&mut self, cx: &mut Cx) -> Step {
        if bool_field(&self.data, "use_account_caller_id") == Some(true) {
            let account = cx.data.account(&cx.call.account);
            let cid = account
                .as_deref()
                .and_then(|a| a.pointer("/caller_id/external"));
            if let Some(cid) = cid {
                cx.call.caller_id = Some((
                    str_field(cid, "name").unwrap_or("").to_string(),
                    str_field(cid, "number").unwrap_or("").to_string(),
                ));
            }
        }
        if str_field(&self.data, "pin").is_some() {
            self.waiting = Waiting::Pin { tries: 0 };
            return ask_pin(false);
        }
        self.ask_number()
    }

    fn event(&mut self, cx: &mut Cx, event: FlowEvent) -> Step {
        let digits = digits_of(&event).unwrap_or("").to_string();
        match self.waiting {
            Waiting::Leaving => Step::next(),
            Waiting::Pin { .. } if str_field(&self.data, "pin") == Some(&digits) => {
                // Knowing the PIN makes an outside caller one of the office's own: it may
                // dial out (within the account's call restrictions). Without a PIN it
                // reaches inside numbers only.
                cx.call.from_outside = false;
                self.ask_number()
            }
            Waiting::Pin { tries } => {
                let retries = num_field(&self.data, "retries").unwrap_or(3).clamp(1, 10);
                tracing::info!(account = %cx.call.account, "disa: wrong PIN");
                if u64::from(tries) + 1 >= retries {
                    return self.leave(vec!["vm_invalid_password", "ivr_goodbye"]);
                }
                self.waiting = Waiting::Pin { tries: tries + 1 };
                ask_pin(true)
            }
            Waiting::Number if digits.is_empty() => self.leave(vec!["ivr_goodbye"]),
            Waiting::Number => dial(cx, &digits),
        }
    }
}
