//! `branch_variable`: goes to the child named by a variable's value (custom application
//! vars / set_variable values, else collect_dtmf collections), else `_`.

use serde_json::Value;

use super::util::str_field;
use crate::flow::context::Cx;
use crate::flow::step::{Module, Step};

pub struct BranchVariable {
    data: Value,
}

impl BranchVariable {
    pub fn new(data: &Value) -> BranchVariable {
        BranchVariable { data: data.clone() }
    }
}

impl Module for BranchVariable {
    fn start(&mut self, cx: &mut Cx) -> Step {
        let Some(name) = str_field(&self.data, "variable") else {
            return Step::Error("branch_variable without variable".into());
        };
        let value = cx
            .call
            .vars
            .get(name)
            .or_else(|| cx.call.collections.get(name));
        let key = match value {
            Some(Value::String(s)) => s.clone(),
            Some(Value::Null) | None => "_".into(),
            Some(other) => other.to_string(),
        };
        Step::Continue(key)
    }
}
