//! `POST /v2/accounts/{A}/notifications/{id}/preview` (KAZOO's preview): renders the
//! account's templates of notification `id` (for `language` when given) with sample data,
//! each macro filled with its own description, and hands the mail to the box's mailer for
//! `to` (an address or a list of at most 5). A template that does not render, or no mailer,
//! is an error here; whether the relay took it is in the smtp log (`preview: true`).

use serde_json::{Map, Value, json};

use crate::context::Ctx;
use crate::error::{ApiError, ApiResult};
use crate::notify::{self, KIND, Spec};
use crate::{Api, Reply};

const MAX_RECIPIENTS: usize = 5;

/// The macros of `spec` as nested objects, each holding its description.
pub fn sample_data(spec: &Spec) -> Value {
    let mut root = Map::new();
    for (name, what) in spec.macros {
        let mut at = &mut root;
        let mut parts = name.split('.').peekable();
        while let Some(part) = parts.next() {
            if parts.peek().is_none() {
                at.insert(part.to_string(), json!(what));
                break;
            }
            let next = at.entry(part.to_string()).or_insert_with(|| json!({}));
            if !next.is_object() {
                *next = json!({});
            }
            match next.as_object_mut() {
                Some(m) => at = m,
                None => break,
            }
        }
    }
    Value::Object(root)
}

fn recipients(data: &Map<String, Value>) -> ApiResult<Vec<String>> {
    let bad = |message: &str| {
        ApiError::field(
            "to",
            "format",
            message,
            data.get("to").map(|v| ("value", v.clone())),
        )
    };
    let list: Vec<&Value> = match data.get("to") {
        Some(Value::String(_)) => vec![&data["to"]],
        Some(Value::Array(a)) if !a.is_empty() && a.len() <= MAX_RECIPIENTS => a.iter().collect(),
        Some(_) => return Err(bad("an email address or a list of at most 5")),
        None => {
            return Err(ApiError::field(
                "to",
                "required",
                "who gets the preview",
                None,
            ));
        }
    };
    list.into_iter()
        .map(|v| {
            v.as_str()
                .filter(|a| edgepbx_store::formats::is_email_address(a))
                .map(str::to_string)
                .ok_or_else(|| bad("an email address"))
        })
        .collect()
}

pub fn preview(api: &Api, ctx: &mut Ctx, account: &str, id: &str) -> ApiResult<Reply> {
    let spec = notify::spec(id).ok_or_else(|| ApiError::NotFound(id.to_string()))?;
    let data = ctx.data_object()?;
    let to = recipients(&data)?;
    let language = match data.get("language") {
        Some(Value::String(l)) => Some(crate::prompt_packs::checked_language(l)?),
        Some(other) => {
            return Err(ApiError::field(
                "language",
                "type",
                "a language such as de-de",
                Some(("value", other.clone())),
            ));
        }
        None => None,
    };
    let stored = api.store().get(account, KIND, id)?;
    let mail = notify::render_in(
        id,
        stored.as_deref(),
        language.as_deref(),
        &sample_data(spec),
    )
    .map_err(|e| ApiError::field("template", "render", e, None))?;
    api.live()
        .send_mail(account, id, &to, &mail)
        .map_err(|e| ApiError::field("to", "send", e, None))?;
    Ok(Reply::ok(
        json!({"id": id, "to": to, "subject": mail.subject, "queued": true}),
    ))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sample_data_fills_every_macro_with_its_description() {
        let spec = notify::spec("voicemail_to_email").unwrap();
        let data = sample_data(spec);
        assert_eq!(
            data["caller_id"]["number"],
            "Caller ID number (\"unknown\" when none)"
        );
        assert_eq!(data["account"]["name"], "The account's name");
        let mail = notify::render("voicemail_to_email", None, &data).unwrap();
        assert!(
            mail.subject
                .starts_with("New voicemail from Caller ID name"),
            "{}",
            mail.subject
        );
    }
}
