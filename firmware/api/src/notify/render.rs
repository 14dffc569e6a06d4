//! Renders a notification's subject, text and HTML from the account's templates (or the
//! built-in ones) with minijinja, the engine the provisioning templates already use: Jinja2
//! syntax as KAZOO's teletype templates, no file loader, HTML escaped in HTML templates only,
//! and a fuel limit so an edited template that loops cannot stall the mailer.

use minijinja::{AutoEscape, Environment};
use serde_json::Value;

use super::catalogue::{Spec, spec};

/// Steps a template may take (a default one takes a few hundred).
const FUEL: u64 = 100_000;
/// Longest template source accepted.
pub const MAX_SOURCE: usize = 64 * 1024;

/// Which template of a notification.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Part {
    Subject,
    Text,
    Html,
}

impl Part {
    /// Where an account's own template is kept in its `notifications` document.
    pub fn field(self) -> &'static str {
        match self {
            Part::Subject => "subject",
            Part::Text => "pvt_template_text",
            Part::Html => "pvt_template_html",
        }
    }

    fn name(self) -> &'static str {
        match self {
            Part::Subject => "subject.txt",
            Part::Text => "body.txt",
            Part::Html => "body.html",
        }
    }

    fn default_source(self, spec: &Spec) -> &'static str {
        match self {
            Part::Subject => spec.subject,
            Part::Text => spec.text,
            Part::Html => spec.html,
        }
    }
}

pub struct Rendered {
    pub subject: String,
    pub text: String,
    pub html: String,
}

fn environment() -> Environment<'static> {
    let mut env = Environment::new();
    env.set_fuel(Some(FUEL));
    env.set_auto_escape_callback(|name| {
        if name.ends_with(".html") {
            AutoEscape::Html
        } else {
            AutoEscape::None
        }
    });
    env
}

/// Whether `source` is a template the mailer can render: within the size limit, and it
/// compiles. The error says what and where (minijinja's message with the line).
pub fn check(part: Part, source: &str) -> Result<(), String> {
    if source.len() > MAX_SOURCE {
        return Err(format!("longer than {MAX_SOURCE} bytes"));
    }
    if part == Part::Subject && source.contains(['\r', '\n']) {
        return Err("a subject is one line".into());
    }
    environment()
        .template_from_named_str(part.name(), source)
        .map(drop)
        .map_err(|e| describe(&e))
}

/// `line 3: syntax error: unexpected end of input, ...` (without the internal file name).
fn describe(e: &minijinja::Error) -> String {
    let what = match e.detail() {
        Some(detail) => format!("{}: {detail}", e.kind()),
        None => e.kind().to_string(),
    };
    match e.line() {
        Some(line) => format!("line {line}: {what}"),
        None => what,
    }
}

/// Where an account keeps its templates for other languages: `{language: {subject,
/// pvt_template_text, pvt_template_html}}` in the notification's document.
pub const LANGUAGES: &str = "pvt_languages";

/// The source in use for `part`: the account's (`stored`, its `notifications` document for
/// this id) or the built-in one.
pub fn source<'a>(spec: &'static Spec, stored: Option<&'a Value>, part: Part) -> &'a str {
    source_in(spec, stored, None, part)
}

/// [`source`] for a mail in `language`: the account's template for that language (`de-de`,
/// else `de`), else its template, else the built-in one.
pub fn source_in<'a>(
    spec: &'static Spec,
    stored: Option<&'a Value>,
    language: Option<&str>,
    part: Part,
) -> &'a str {
    let in_language = |l: &str| stored?.get(LANGUAGES)?.get(l)?.get(part.field())?.as_str();
    let primary = language.and_then(|l| l.split('-').next());
    language
        .and_then(in_language)
        .or_else(|| primary.and_then(in_language))
        .or_else(|| stored?.get(part.field())?.as_str())
        .unwrap_or(part.default_source(spec))
}

/// Renders notification `id` with `ctx` (its macros as nested objects). An account
/// template that fails (it ran out of fuel, a filter failed) is reported and the built-in
/// one used, so the mail still goes out.
pub fn render(id: &str, stored: Option<&Value>, ctx: &Value) -> Result<Rendered, String> {
    render_in(id, stored, None, ctx)
}

/// [`render`] with the account's templates for `language` where it has them.
pub fn render_in(
    id: &str,
    stored: Option<&Value>,
    language: Option<&str>,
    ctx: &Value,
) -> Result<Rendered, String> {
    let spec = spec(id).ok_or_else(|| format!("no notification {id}"))?;
    let env = environment();
    let ctx = minijinja::Value::from_serialize(ctx);
    let one = |part: Part| -> Result<String, String> {
        let run = |source: &str| {
            env.template_from_named_str(part.name(), source)
                .and_then(|t| t.render(&ctx))
                .map_err(|e| describe(&e))
        };
        let own = source_in(spec, stored, language, part);
        run(own).or_else(|e| {
            tracing::warn!(notification = id, ?part, error = %e, "account template failed: the built-in one is used");
            run(part.default_source(spec))
        })
    };
    Ok(Rendered {
        // A subject is one line whatever the data holds.
        subject: one(Part::Subject)?.replace(['\r', '\n'], " "),
        text: one(Part::Text)?,
        html: one(Part::Html)?,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn defaults_compile_and_render_every_macro_they_name() {
        for spec in super::super::catalogue::CATALOGUE {
            for part in [Part::Subject, Part::Text, Part::Html] {
                check(part, part.default_source(spec))
                    .unwrap_or_else(|e| panic!("{}: {e}", spec.id));
            }
        }
    }

    #[test]
    fn html_is_escaped_text_is_not_and_a_bad_account_template_falls_back() {
        let ctx = json!({"caller": "<Eve> & co", "account": {"name": "Acme"},
            "callee_id": {"number": "900"}, "date_called": {"local": "today"}});
        let r = render("missed_call", None, &ctx).unwrap();
        assert_eq!(r.subject, "Missed call from <Eve> & co");
        assert!(r.html.contains("&lt;Eve&gt; &amp; co"), "{}", r.html);
        let stored = json!({"pvt_template_text": "{% for i in range(1000000) %}{{ i }}{% endfor %}",
            "subject": "Call from {{ caller }} at {{ account.name }}"});
        let r = render("missed_call", Some(&stored), &ctx).unwrap();
        assert_eq!(r.subject, "Call from <Eve> & co at Acme");
        assert!(
            r.text.starts_with("Acme missed a call."),
            "fuel ran out: built-in used"
        );
        assert!(render("no_such", None, &ctx).is_err());
    }

    #[test]
    fn bad_sources_are_refused_with_the_reason() {
        let e = check(Part::Text, "Hello {{ caller").unwrap_err();
        assert!(e.starts_with("line 1: syntax error"), "{e}");
        assert!(check(Part::Html, "{% if x %}no end").is_err());
        assert!(check(Part::Subject, "two\nlines").is_err());
        assert!(check(Part::Text, &"x".repeat(MAX_SOURCE + 1)).is_err());
        assert!(check(Part::Text, "Hi {{ user.first_name | upper }}").is_ok());
    }

    #[test]
    fn a_language_template_wins_for_its_language_and_falls_back_part_by_part() {
        let ctx = json!({"caller": "Eve", "account": {"name": "Acme"},
            "callee_id": {"number": "900"}, "date_called": {"local": "heute"}});
        let stored = json!({"subject": "Call from {{ caller }}",
            "pvt_languages": {"de": {"subject": "Anruf von {{ caller }}"},
                              "de-at": {"pvt_template_text": "Servus, {{ caller }}"}}});
        let r = |l: Option<&str>| render_in("missed_call", Some(&stored), l, &ctx).unwrap();
        assert_eq!(r(Some("de-de")).subject, "Anruf von Eve");
        assert_eq!(r(Some("de-at")).text, "Servus, Eve");
        assert_eq!(r(Some("de-at")).subject, "Anruf von Eve");
        assert_eq!(r(Some("fr-fr")).subject, "Call from Eve");
        assert_eq!(r(None).subject, "Call from Eve");
        assert!(r(Some("de-de")).text.starts_with("Acme missed a call."));
    }
}
