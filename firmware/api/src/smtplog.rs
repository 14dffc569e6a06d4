//! `GET /v2/accounts/{A}/notifications/smtplog[/{id}]` (KAZOO's shape): what became of the
//! mail the box sent for the account (recipients, subject, template, tries, error), newest
//! first. Written by the runtime's mailer; administrators only.

use crate::context::Ctx;
use crate::error::{ApiError, ApiResult};
use crate::filters::{ListQuery, paginate};
use crate::json_path::public;
use crate::{Api, Reply, docs};

const KIND: &str = "smtplogs";

pub fn route(api: &Api, ctx: &mut Ctx, account: &str, rest: &[&str]) -> ApiResult<Reply> {
    ctx.require_admin()?;
    if ctx.method != "GET" {
        return Err(ApiError::MethodNotAllowed);
    }
    match rest {
        [] => {
            let query = ListQuery::parse(&ctx.query)?;
            let logs = api.store().collection(account, KIND)?;
            let rows = logs
                .iter()
                .rev()
                .filter(|(_, d)| query.matches(d))
                .map(|(id, d)| (id.clone(), public(d, id)));
            let (page, next) = paginate(rows, &query);
            Ok(docs::list_reply(page, &query, next))
        }
        [id] => {
            let doc = api
                .store()
                .get(account, KIND, id)?
                .ok_or_else(|| ApiError::NotFound(id.to_string()))?;
            Ok(Reply::ok(public(&doc, id)))
        }
        _ => Err(ApiError::NotFound(rest.join("/"))),
    }
}
