//! The office phone book a phone downloads: the account's users that have an extension
//! (`presence_id`), by name, in the vendor's remote phone book format. Yealink reads it from
//! the URL its configuration names (`{mac}-phonebook.xml`); Polycom asks for
//! `{mac}-directory.xml` on its own.

use std::sync::Arc;

use serde_json::Value;

use crate::context::text;
use crate::render::xml_escape;
use crate::{Brand, Error, File};

/// Most entries served (a phone's remote phone book holds a few hundred to a thousand).
pub const MAX_ENTRIES: usize = 1000;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Entry {
    pub first: String,
    pub last: String,
    pub number: String,
}

impl Entry {
    fn name(&self) -> String {
        format!("{} {}", self.first, self.last).trim().to_string()
    }
}

/// The entries from the account's user documents: those with an extension, sorted by name.
pub fn entries(users: &[Arc<Value>]) -> Vec<Entry> {
    let mut out: Vec<Entry> = users
        .iter()
        .filter(|u| u.get("enabled").and_then(Value::as_bool) != Some(false))
        .filter_map(|u| {
            Some(Entry {
                number: text(u, &["presence_id"])?,
                first: text(u, &["first_name"]).unwrap_or_default(),
                last: text(u, &["last_name"]).unwrap_or_default(),
            })
        })
        .collect();
    out.sort_by_key(|e| (e.name().to_lowercase(), e.number.clone()));
    out.truncate(MAX_ENTRIES);
    out
}

/// The phone book in `brand`'s format.
pub fn render(brand: Brand, entries: &[Entry]) -> Result<File, Error> {
    let mut body = String::from("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
    match brand {
        Brand::Yealink => {
            body.push_str("<YealinkIPPhoneDirectory>\n");
            for e in entries {
                body.push_str(&format!(
                    "  <DirectoryEntry><Name>{}</Name><Telephone>{}</Telephone></DirectoryEntry>\n",
                    xml_escape(&e.name()),
                    xml_escape(&e.number)
                ));
            }
            body.push_str("</YealinkIPPhoneDirectory>\n");
        }
        Brand::Polycom => {
            body.push_str("<directory>\n  <item_list>\n");
            for e in entries {
                body.push_str(&format!(
                    "    <item><ln>{}</ln><fn>{}</fn><ct>{}</ct></item>\n",
                    xml_escape(&e.last),
                    xml_escape(&e.first),
                    xml_escape(&e.number)
                ));
            }
            body.push_str("  </item_list>\n</directory>\n");
        }
        other => {
            return Err(Error::NotFound(format!(
                "the box serves no phone book for {} phones yet",
                other.name()
            )));
        }
    }
    Ok(File {
        content_type: "application/xml",
        body,
        device: None,
        bootstrap: false,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn users_with_an_extension_sorted_and_escaped() {
        let users = [
            json!({"first_name": "Zoe", "last_name": "<Z&Co>", "presence_id": "103"}),
            json!({"first_name": "Amy", "last_name": "Ash", "presence_id": "101"}),
            json!({"first_name": "No", "last_name": "Extension"}),
            json!({"first_name": "Off", "presence_id": "109", "enabled": false}),
        ]
        .map(Arc::new);
        let list = entries(&users);
        assert_eq!(
            list.iter().map(|e| e.number.as_str()).collect::<Vec<_>>(),
            ["101", "103"]
        );
        let y = render(Brand::Yealink, &list).unwrap().body;
        assert!(
            y.contains("<Name>Zoe &lt;Z&amp;Co&gt;</Name><Telephone>103</Telephone>"),
            "{y}"
        );
        let p = render(Brand::Polycom, &list).unwrap().body;
        assert!(p.contains("<ln>Ash</ln><fn>Amy</fn><ct>101</ct>"), "{p}");
        assert!(render(Brand::Cisco, &list).is_err());
    }
}
