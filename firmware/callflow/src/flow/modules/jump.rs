//! `callflow`: run another callflow, then resume at this node's `_` child.

use serde_json::Value;

use super::util::str_field;
use crate::flow::context::Cx;
use crate::flow::step::{Module, Step};

pub struct Jump {
    id: Option<String>,
}

impl Jump {
    pub fn new(data: &Value) -> Jump {
        Jump {
            id: str_field(data, "id").map(str::to_string),
        }
    }
}

impl Module for Jump {
    fn start(&mut self, cx: &mut Cx) -> Step {
        let Some(id) = &self.id else {
            return Step::Error("callflow module without data.id".into());
        };
        match cx
            .doc("callflows", id)
            .and_then(|cf| cf.get("flow").cloned())
        {
            Some(flow) => Step::Branch(flow),
            None => Step::Error(format!("callflow {id} does not exist")),
        }
    }
}
