//! `directory` (dial-by-name): the directory `id` lists the users whose `directories`
//! object maps it to a callflow. The caller keys the first letters of the name (`min_dtmf`,
//! 3; last name unless `sort_by` is `first_name`); each match is announced (the name by
//! text-to-speech, else the extension's digits) with "press one"; 1 runs that user's
//! callflow, anything else offers the next match. No (more) matches: "no match" and the
//! caller tries again (3 times).

use edgepbx_media::prompts::say;
use edgepbx_media::session::PlayItem;
use edgepbx_sip::engine::FlowEvent;
use serde_json::Value;

use super::util::{digits_of, num_field, play, play_collect, prompt, str_field};
use crate::flow::context::Cx;
use crate::flow::step::{Module, Step};

const MAX_TRIES: u32 = 3;

struct Entry {
    /// The name as keypad digits.
    keys: String,
    spoken: Vec<PlayItem>,
    flow: Value,
}

pub struct Directory {
    data: Value,
    entries: Vec<Entry>,
    /// Indexes of the entries matching the digits keyed, the one offered first.
    matches: Vec<usize>,
    tries: u32,
    /// Letters to key before the search (`min_dtmf` of the directory).
    min_dtmf: u8,
    choosing: bool,
    leaving: bool,
}

/// The keypad digit of a letter (2 abc … 9 wxyz).
fn keypad(c: char) -> Option<char> {
    const KEYS: [&str; 8] = ["abc", "def", "ghi", "jkl", "mno", "pqrs", "tuv", "wxyz"];
    let c = c.to_ascii_lowercase();
    KEYS.iter()
        .position(|k| k.contains(c))
        .map(|i| char::from(b'2' + i as u8))
}

impl Directory {
    pub fn new(data: &Value) -> Directory {
        Directory {
            data: data.clone(),
            entries: Vec::new(),
            matches: Vec::new(),
            tries: 0,
            min_dtmf: 3,
            choosing: false,
            leaving: false,
        }
    }

    fn load(&mut self, cx: &Cx, dir_id: &str, by_first: bool) {
        for (_, user) in cx.data.docs(&cx.call.account, "users") {
            let Some(cf_id) = user
                .pointer(&format!("/directories/{dir_id}"))
                .and_then(Value::as_str)
            else {
                continue;
            };
            let Some(cf) = cx.doc("callflows", cf_id) else {
                continue;
            };
            let first = str_field(&user, "first_name").unwrap_or("");
            let last = str_field(&user, "last_name").unwrap_or("");
            let key_name = if by_first { first } else { last };
            let full = format!("{first} {last}");
            let spoken = match cx.data.tts(full.trim()) {
                Some(audio) => vec![PlayItem::Pending(audio)],
                None => {
                    let ext = cf
                        .pointer("/numbers/0")
                        .and_then(Value::as_str)
                        .unwrap_or("");
                    say::digits(ext).into_iter().map(prompt).collect()
                }
            };
            self.entries.push(Entry {
                keys: key_name.chars().filter_map(keypad).collect(),
                spoken,
                flow: cf.get("flow").cloned().unwrap_or(Value::Null),
            });
        }
        self.entries.sort_by(|a, b| a.keys.cmp(&b.keys));
    }

    fn ask(&mut self, retry: bool) -> Step {
        self.choosing = false;
        let mut items = Vec::new();
        if retry {
            items.push(prompt("dir_no_match"));
        }
        items.push(prompt("dir_enter_name"));
        play_collect(items, self.min_dtmf, 8000, 3000)
    }

    fn no_match(&mut self) -> Step {
        self.tries += 1;
        if self.tries >= MAX_TRIES {
            self.leaving = true;
            return play(vec![prompt("dir_no_match"), prompt("ivr_goodbye")]);
        }
        self.ask(true)
    }

    fn offer(&mut self) -> Step {
        let Some(&i) = self.matches.first() else {
            return self.no_match();
        };
        self.choosing = true;
        let mut items = self.entries[i].spoken.clone();
        items.push(prompt("dir_press_one"));
        play_collect(items, 1, 5000, 2000)
    }
}

impl Module for Directory {
    fn start(&mut self, cx: &mut Cx) -> Step {
        let Some(id) = str_field(&self.data, "id").map(str::to_string) else {
            return Step::Error("directory without id".into());
        };
        let Some(doc) = cx.doc("directories", &id) else {
            return Step::Error(format!("directory {id} does not exist"));
        };
        self.min_dtmf = num_field(&doc, "min_dtmf").unwrap_or(3).clamp(1, 10) as u8;
        self.load(cx, &id, str_field(&doc, "sort_by") == Some("first_name"));
        self.ask(false)
    }

    fn event(&mut self, _cx: &mut Cx, event: FlowEvent) -> Step {
        if self.leaving {
            return Step::next();
        }
        let digits = digits_of(&event).unwrap_or("").to_string();
        if self.choosing {
            if digits == "1" {
                let i = self.matches[0];
                return Step::Branch(self.entries[i].flow.clone());
            }
            self.matches.remove(0);
            return self.offer();
        }
        if digits.is_empty() {
            return self.no_match();
        }
        self.matches = (0..self.entries.len())
            .filter(|i| self.entries[*i].keys.starts_with(&digits))
            .collect();
        self.offer()
    }
}
