//! A box-wide setting: one `system_configs/{id}` document in the top-level store, reached at
//! `/v2/system/{name}` by administrators of the top-level account only. `GET` shows it as
//! clients see it; `PUT`/`POST` checks the body and replaces the document. Each setting
//! (`system_clock`, `system_network`) gives its check and its public view.

use serde_json::{Map, Value};

use crate::context::Ctx;
use crate::error::{ApiError, ApiResult};
use crate::{Api, Reply};
use edgepbx_store::GLOBAL;

/// Where every box-wide setting is stored.
pub const KIND: &str = "system_configs";

pub struct BoxSetting {
    /// The document's id under [`KIND`].
    pub id: &'static str,
    /// The request's `data` checked and turned into the document to store (a 400 naming the
    /// field otherwise).
    pub check: fn(&Map<String, Value>) -> ApiResult<Value>,
    /// The setting as clients see it, from the stored document (`None`: never set through
    /// the API).
    pub public: fn(Option<&Value>) -> Value,
}

pub fn route(api: &Api, ctx: &mut Ctx, setting: &BoxSetting) -> ApiResult<Reply> {
    crate::access::require_box_admin(api, ctx)?;
    match ctx.method.as_str() {
        "GET" => {
            let stored = api.store().get(GLOBAL, KIND, setting.id)?;
            Ok(Reply::ok((setting.public)(stored.as_deref())))
        }
        "POST" | "PUT" => {
            let doc = (setting.check)(&ctx.data_object()?)?;
            let id = setting.id;
            let stored = api
                .store()
                .write(move |tx| tx.upsert(GLOBAL, KIND, id, doc.clone()))?;
            Ok(Reply::ok((setting.public)(Some(&stored))))
        }
        _ => Err(ApiError::MethodNotAllowed),
    }
}
