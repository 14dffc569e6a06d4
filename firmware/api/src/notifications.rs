//! `/v2/accounts/{A}/notifications[/{id}]` (KAZOO's shape): the mails the box sends, each
//! with its macros and templates. `GET` of one gives its settings as JSON, or its text or
//! HTML template with `Accept: text/plain` / `text/html`; `POST` (or `PUT`) with
//! `Content-Type: text/plain` / `text/html` replaces that template, with JSON `subject` and
//! `enabled`, `to` and (`trunk_down` only) `down_after_seconds` (see `notify::settings`); a template that does not compile is a 400 naming the part and the error.
//! `DELETE` goes back to the built-in templates. With `?language=de-de` each of these
//! reads or edits the templates for mails in that language (a part it lacks falls back to
//! the account's general one, then the built-in one); `languages` lists those set.
//! `POST .../{id}/preview` mails a sample (`notification_preview`). Administrators only.

use serde_json::{Map, Value, json};

use crate::context::Ctx;
use crate::error::{ApiError, ApiResult};
use crate::http::ApiResponse;
use crate::notify::{self, KIND, Part, Spec};
use crate::{Api, Reply};

pub fn route(api: &Api, ctx: &mut Ctx, account: &str, rest: &[&str]) -> ApiResult<Reply> {
    ctx.require_admin()?;
    match (ctx.method.as_str(), rest) {
        ("GET", []) => {
            let rows = notify::CATALOGUE
                .iter()
                .map(|spec| {
                    let stored = api.store().get(account, KIND, spec.id)?;
                    Ok(summary(spec, stored.as_deref()))
                })
                .collect::<ApiResult<Vec<Value>>>()?;
            Ok(Reply::ok(Value::Array(rows)))
        }
        (_, []) => Err(ApiError::MethodNotAllowed),
        ("POST", [id, "preview"]) => crate::notification_preview::preview(api, ctx, account, id),
        (method, [id]) => {
            let spec = notify::spec(id).ok_or_else(|| ApiError::NotFound(id.to_string()))?;
            let stored = api.store().get(account, KIND, id)?;
            let language = language_of(ctx)?;
            let lang = language.as_deref();
            match method {
                "GET" => Ok(match template_part(ctx.req.header("accept")) {
                    Some(part) => raw(
                        notify::render::source_in(spec, stored.as_deref(), lang, part),
                        part,
                    ),
                    None => Reply::ok(details(spec, stored.as_deref(), lang)),
                }),
                "POST" | "PUT" => {
                    let edit = edit_of(ctx, id)?;
                    let (acct, i, l) = (account.to_string(), id.to_string(), language.clone());
                    let saved = api.store().write(move |tx| {
                        let mut doc = tx.get(&acct, KIND, &i)?.unwrap_or_else(|| json!({}));
                        apply(&mut doc, edit.clone(), l.as_deref());
                        tx.upsert(&acct, KIND, &i, doc)
                    })?;
                    Ok(Reply::ok(details(spec, Some(&saved), lang)))
                }
                "DELETE" => {
                    let Some(lang) = language.clone() else {
                        if stored.is_some() {
                            let (acct, i) = (account.to_string(), id.to_string());
                            api.store()
                                .write(move |tx| tx.delete(&acct, KIND, &i, None).map(drop))?;
                        }
                        return Ok(Reply::ok(details(spec, None, None)));
                    };
                    // Only that language's templates go.
                    let (acct, i, l) = (account.to_string(), id.to_string(), lang.clone());
                    let saved = api.store().write(move |tx| {
                        let Some(mut doc) = tx.get(&acct, KIND, &i)? else {
                            return Ok(None);
                        };
                        if let Some(m) = doc
                            .get_mut(notify::LANGUAGES)
                            .and_then(Value::as_object_mut)
                        {
                            m.remove(&l);
                        }
                        tx.upsert(&acct, KIND, &i, doc).map(Some)
                    })?;
                    Ok(Reply::ok(details(spec, saved.as_ref(), Some(&lang))))
                }
                _ => Err(ApiError::MethodNotAllowed),
            }
        }
        _ => Err(ApiError::NotFound(rest.join("/"))),
    }
}

/// `?language=de-de`: the templates of that language (lower case).
fn language_of(ctx: &Ctx) -> ApiResult<Option<String>> {
    let pairs = ctx.req.query_pairs();
    let Some((_, l)) = pairs.iter().find(|(k, _)| k == "language") else {
        return Ok(None);
    };
    crate::prompt_packs::checked_language(l).map(Some)
}

/// Puts an edit into the document: templates and subject into the language's own set when
/// one is named; `enabled` (and anything else) always for the notification as a whole.
fn apply(doc: &mut Value, edit: Map<String, Value>, language: Option<&str>) {
    let Some(map) = doc.as_object_mut() else {
        return;
    };
    let Some(language) = language else {
        map.extend(edit);
        return;
    };
    let parts = [Part::Subject, Part::Text, Part::Html].map(Part::field);
    let (own, general): (Map<String, Value>, Map<String, Value>) = edit
        .into_iter()
        .partition(|(k, _)| parts.contains(&k.as_str()));
    map.extend(general);
    let languages = map.entry(notify::LANGUAGES).or_insert_with(|| json!({}));
    if !languages.is_object() {
        *languages = json!({});
    }
    if let Some(l) = languages.as_object_mut() {
        let set = l.entry(language).or_insert_with(|| json!({}));
        if let Some(set) = set.as_object_mut() {
            set.extend(own);
        }
    }
}

/// The template a media type names (`text/plain`, `text/html`); None for JSON.
fn template_part(media_type: Option<&str>) -> Option<Part> {
    let t = media_type?.to_ascii_lowercase();
    if t.contains("text/html") {
        Some(Part::Html)
    } else if t.contains("text/plain") {
        Some(Part::Text)
    } else {
        None
    }
}

fn raw(source: &str, part: Part) -> Reply {
    let content_type = match part {
        Part::Html => "text/html; charset=utf-8",
        _ => "text/plain; charset=utf-8",
    };
    Reply::Raw(ApiResponse::bytes(
        200,
        content_type,
        source.as_bytes().to_vec(),
    ))
}

/// What a POST changes: a template body, or the JSON settings; checked before anything is
/// written.
fn edit_of(ctx: &Ctx, id: &str) -> ApiResult<Map<String, Value>> {
    let bad =
        |field: &str, rule: &str, message: String| ApiError::field(field, rule, message, None);
    if let Some(part) = template_part(ctx.req.header("content-type")) {
        let field = if part == Part::Html { "html" } else { "text" };
        let source = std::str::from_utf8(&ctx.req.body)
            .map_err(|_| bad(field, "encoding", "the template is not UTF-8".into()))?;
        notify::check(part, source).map_err(|e| bad(field, "template", e))?;
        return Ok(Map::from_iter([(part.field().to_string(), json!(source))]));
    }
    let mut data = ctx.data_object()?;
    for key in [
        "id",
        "macros",
        "friendly_name",
        "category",
        "account_overridden",
    ] {
        data.remove(key);
    }
    data.retain(|k, _| !k.starts_with("pvt_") && !k.starts_with('_'));
    if let Some(v) = data.get("subject") {
        let subject = v
            .as_str()
            .ok_or_else(|| bad("subject", "type", "a string".into()))?;
        notify::check(Part::Subject, subject).map_err(|e| bad("subject", "template", e))?;
    }
    if let Some(v) = data.get("enabled")
        && !v.is_boolean()
    {
        return Err(bad("enabled", "type", "true or false".into()));
    }
    notify::settings::check(id, &data).map_err(|(field, why)| bad(&field, "value", why))?;
    Ok(data)
}

fn summary(spec: &Spec, stored: Option<&Value>) -> Value {
    json!({
        "id": spec.id,
        "friendly_name": spec.friendly_name,
        "category": spec.category,
        "enabled": is_enabled(stored),
        "account_overridden": stored.is_some(),
    })
}

fn details(spec: &'static Spec, stored: Option<&Value>, language: Option<&str>) -> Value {
    let mut doc = match stored {
        Some(d) => crate::json_path::public(d, spec.id),
        None => json!({"id": spec.id}),
    };
    let macros: Map<String, Value> = spec
        .macros
        .iter()
        .map(|(name, what)| (name.to_string(), json!({"friendly_name": what})))
        .collect();
    if let Some(map) = doc.as_object_mut() {
        map.insert("friendly_name".into(), json!(spec.friendly_name));
        map.insert("category".into(), json!(spec.category));
        map.insert("macros".into(), Value::Object(macros));
        map.insert(
            "subject".into(),
            json!(notify::render::source_in(
                spec,
                stored,
                language,
                Part::Subject
            )),
        );
        let languages: Vec<&String> = stored
            .and_then(|d| d.get(notify::LANGUAGES))
            .and_then(Value::as_object)
            .map(|l| l.keys().collect())
            .unwrap_or_default();
        map.insert("languages".into(), json!(languages));
        map.insert("enabled".into(), json!(is_enabled(stored)));
        map.insert("account_overridden".into(), json!(stored.is_some()));
    }
    doc
}

/// A notification is sent unless the account set `enabled: false`.
pub fn is_enabled(stored: Option<&Value>) -> bool {
    stored
        .and_then(|d| d.get("enabled"))
        .and_then(Value::as_bool)
        .unwrap_or(true)
}
