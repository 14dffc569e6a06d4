//! Renders the vendor templates (in `templates/`, embedded at build time) with minijinja.
//! XML templates are auto-escaped; key=value templates get values already cleaned of
//! control characters (context.rs). Fuel bounds every render.

use std::sync::OnceLock;

use minijinja::{AutoEscape, Environment};

use crate::brand::Brand;
use crate::context::Phone;
use crate::files::Part;
use crate::{Error, File, Site};

const TEMPLATES: &[(&str, &str)] = &[
    (
        "yealink/common.cfg",
        include_str!("../templates/yealink/common.cfg"),
    ),
    (
        "yealink/mac.cfg",
        include_str!("../templates/yealink/mac.cfg"),
    ),
    (
        "polycom/master.xml",
        include_str!("../templates/polycom/master.xml"),
    ),
    (
        "polycom/reg.xml",
        include_str!("../templates/polycom/reg.xml"),
    ),
    (
        "grandstream/cfg.xml",
        include_str!("../templates/grandstream/cfg.xml"),
    ),
    ("cisco/spa.xml", include_str!("../templates/cisco/spa.xml")),
    (
        "snom/common.xml",
        include_str!("../templates/snom/common.xml"),
    ),
    ("snom/mac.xml", include_str!("../templates/snom/mac.xml")),
    (
        "fanvil/mac.xml",
        include_str!("../templates/fanvil/mac.xml"),
    ),
];

fn env() -> &'static Environment<'static> {
    static ENV: OnceLock<Environment<'static>> = OnceLock::new();
    ENV.get_or_init(|| {
        let mut env = Environment::new();
        env.set_fuel(Some(200_000));
        env.set_auto_escape_callback(|name| {
            if name.ends_with(".xml") {
                AutoEscape::Html
            } else {
                AutoEscape::None
            }
        });
        env.set_keep_trailing_newline(true);
        // XML escaping of the five special characters only (minijinja's HTML escaping also
        // turns `/` into `&#x2f;`, legal XML but not what phone parsers are tested with).
        env.set_formatter(|out, state, value| {
            if matches!(state.auto_escape(), AutoEscape::None) || value.is_safe() {
                return minijinja::escape_formatter(out, state, value);
            }
            if value.is_undefined() || value.is_none() {
                return Ok(());
            }
            out.write_str(&xml_escape(&value.to_string())).map_err(|e| {
                minijinja::Error::new(minijinja::ErrorKind::WriteFailure, e.to_string())
            })
        });
        for (name, source) in TEMPLATES {
            // A template that does not compile fails the unit tests below, never a phone.
            let _ = env.add_template(name, source);
        }
        env
    })
}

pub(crate) fn xml_escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&apos;"),
            c => out.push(c),
        }
    }
    out
}

fn content_type(name: &str) -> &'static str {
    if name.ends_with(".xml") {
        "application/xml"
    } else {
        "text/plain"
    }
}

fn render(name: &'static str, ctx: &serde_json::Value) -> Result<File, Error> {
    let template = env()
        .get_template(name)
        .map_err(|e| Error::Render(format!("{name}: {e}")))?;
    let body = template
        .render(minijinja::Value::from_serialize(ctx))
        .map_err(|e| Error::Render(format!("{name}: {e}")))?;
    Ok(File {
        content_type: content_type(name),
        body,
        device: None,
        bootstrap: false,
    })
}

/// A brand's common file (no device, no secrets).
pub fn common(brand: Brand, site: &Site) -> File {
    let name = match brand {
        Brand::Yealink => "yealink/common.cfg",
        Brand::Polycom => "polycom/master.xml",
        Brand::Snom => "snom/common.xml",
        _ => "snom/common.xml",
    };
    let url = site
        .https_url
        .clone()
        .unwrap_or_else(|| site.http_url.clone());
    let ctx = serde_json::json!({"provisioning_url": url, "mac": "[PHONE_MAC_ADDRESS]"});
    render(name, &ctx).unwrap_or_else(|e| File {
        content_type: "text/plain",
        body: format!("# {e}\n"),
        device: None,
        bootstrap: false,
    })
}

/// One device's file.
pub fn device(phone: &Phone, part: Part) -> Result<File, Error> {
    let name = match (phone.model.brand, part) {
        (Brand::Yealink, Part::Main) => "yealink/mac.cfg",
        (Brand::Polycom, Part::Main) => "polycom/master.xml",
        (Brand::Polycom, Part::PolycomReg) => "polycom/reg.xml",
        (Brand::Grandstream, Part::Main) => "grandstream/cfg.xml",
        (Brand::Cisco, Part::Main) => "cisco/spa.xml",
        (Brand::Snom, Part::Main) => "snom/mac.xml",
        (Brand::Fanvil, Part::Main) => "fanvil/mac.xml",
        (brand, _) => {
            return Err(Error::NotFound(format!(
                "the box has no such file for {} phones",
                brand.name()
            )));
        }
    };
    let mut file = render(name, &phone.context)?;
    file.bootstrap = phone.context["bootstrap"].as_bool().unwrap_or(false);
    Ok(file)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn xml_values_are_escaped() {
        assert_eq!(xml_escape("a<b>&\"c'/"), "a&lt;b&gt;&amp;&quot;c&apos;/");
        let file = render(
            "snom/common.xml",
            &serde_json::json!({"provisioning_url": "http://a/?x=1&y=<2>"}),
        )
        .unwrap();
        assert!(
            file.body
                .contains("http://a/?x=1&amp;y=&lt;2&gt;snom{model}"),
            "{}",
            file.body
        );
    }

    #[test]
    fn every_template_compiles() {
        for (name, source) in TEMPLATES {
            let mut env = Environment::new();
            assert!(env.add_template(name, source).is_ok(), "{name}");
        }
    }
}
