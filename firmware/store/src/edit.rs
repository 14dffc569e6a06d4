//! Read-modify-write of one document inside a write transaction: the edit sees the document
//! as stored now and the write is checked against that revision, so nothing written in
//! between is overwritten (on a conflict the edit runs again on the newer document).

use serde_json::Value;

use crate::{StoreError, Tx};

const MAX_TRIES: usize = 5;

impl Tx<'_> {
    /// Applies `f` to the stored document (`Null` when there is none) and writes the result:
    /// `Ok(None)` when `f` returns false (nothing written), else the stored document. An
    /// edit must leave a JSON object.
    pub fn edit(
        &mut self,
        account: &str,
        kind: &str,
        id: &str,
        f: &dyn Fn(&mut Value) -> bool,
    ) -> Result<Option<Value>, StoreError> {
        let mut last = StoreError::Conflict {
            current: String::new(),
        };
        for _ in 0..MAX_TRIES {
            let current = self.get(account, kind, id)?;
            let existed = current.is_some();
            let mut doc = current.unwrap_or(Value::Null);
            let rev = doc
                .get("_rev")
                .and_then(Value::as_str)
                .unwrap_or_default()
                .to_string();
            if !f(&mut doc) {
                return Ok(None);
            }
            if !doc.is_object() {
                return Err(StoreError::Io(format!(
                    "an edit of {kind}/{id} left something that is not a document"
                )));
            }
            let written = if existed {
                self.update(account, kind, id, doc, Some(&rev))
            } else {
                self.create(account, kind, id, doc)
            };
            match written {
                Ok(doc) => return Ok(Some(doc)),
                Err(e @ (StoreError::Conflict { .. } | StoreError::AlreadyExists)) => last = e,
                Err(e) => return Err(e),
            }
        }
        Err(last)
    }
}
