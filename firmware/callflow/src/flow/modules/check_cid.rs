//! `check_cid`: branches on the caller's number: `match` when it matches `regex` (".*"),
//! else `nomatch`; with `use_absolute_mode` the child named by the exact number wins. A
//! match may set the caller ID to present (`caller_id.external {name, number}`).

use serde_json::Value;

use super::util::{bool_field, str_field};
use crate::flow::context::Cx;
use crate::flow::step::{Module, Step};

pub struct CheckCid {
    data: Value,
}

impl CheckCid {
    pub fn new(data: &Value) -> CheckCid {
        CheckCid { data: data.clone() }
    }
}

impl Module for CheckCid {
    fn start(&mut self, cx: &mut Cx) -> Step {
        let number = cx.call.caller.number.clone();
        if bool_field(&self.data, "use_absolute_mode") == Some(true) && cx.has_child(&number) {
            return Step::Continue(number);
        }
        let pattern = str_field(&self.data, "regex").unwrap_or(".*");
        let re = match regex_lite::Regex::new(pattern) {
            Ok(re) => re,
            Err(e) => return Step::Error(format!("check_cid regex {pattern:?}: {e}")),
        };
        if !re.is_match(&number) {
            return Step::Continue("nomatch".into());
        }
        if let Some(cid) = self.data.pointer("/caller_id/external") {
            let current = (cx.call.caller.name.clone(), number);
            cx.call.caller_id = Some((
                str_field(cid, "name").map_or(current.0, str::to_string),
                str_field(cid, "number").map_or(current.1, str::to_string),
            ));
        }
        Step::Continue("match".into())
    }
}
