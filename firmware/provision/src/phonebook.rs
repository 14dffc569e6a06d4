//! The office phone book a phone downloads: the account's users that have an extension
//! (`presence_id`), and beside them the members of each of the account's `directories`
//! (KAZOO's dial-by-name lists: a user belongs to directory D when its `directories` object
//! maps D to a callflow, whose first number is dialled), in the vendor's remote phone book
//! format. A user listed both ways under the same number is one entry carrying the
//! directory's name as a group (Grandstream shows groups; the other formats are flat lists).

use std::collections::BTreeMap;
use std::sync::Arc;

use serde_json::Value;

use crate::context::text;
use crate::render::xml_escape;
use crate::{Brand, Data, Error, File};

/// Most entries served (a phone's remote phone book holds a few hundred to a thousand).
pub const MAX_ENTRIES: usize = 1000;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Entry {
    pub first: String,
    pub last: String,
    pub number: String,
    /// Names of the directories that list this user under this number.
    pub groups: Vec<String>,
}

impl Entry {
    fn name(&self) -> String {
        format!("{} {}", self.first, self.last).trim().to_string()
    }
}

/// A directory of the account: its id and name.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Directory {
    pub id: String,
    pub name: String,
}

/// The account's directories, by name.
pub fn directories(docs: &[(String, Arc<Value>)]) -> Vec<Directory> {
    let mut out: Vec<Directory> = docs
        .iter()
        .map(|(id, d)| Directory {
            id: id.clone(),
            name: text(d, &["name"]).unwrap_or_else(|| id.clone()),
        })
        .collect();
    out.sort_by(|a, b| (&a.name, &a.id).cmp(&(&b.name, &b.id)));
    out
}

/// The entries of an account, sorted by name: users with an extension, and directory
/// members under their directory callflow's first number.
pub fn entries(account: &str, data: &dyn Data) -> Vec<Entry> {
    let dirs = directories(&data.directories(account));
    // (name, number) -> entry, so one person under one number is listed once.
    let mut book: BTreeMap<(String, String), Entry> = BTreeMap::new();
    let mut add = |first: &str, last: &str, number: String, group: Option<&str>| {
        let entry = Entry {
            first: first.to_string(),
            last: last.to_string(),
            number,
            groups: Vec::new(),
        };
        let key = (entry.name().to_lowercase(), entry.number.clone());
        let e = book.entry(key).or_insert(entry);
        if let Some(g) = group
            && !e.groups.iter().any(|x| x == g)
        {
            e.groups.push(g.to_string());
        }
    };
    for user in data.users(account) {
        if user.get("enabled").and_then(Value::as_bool) == Some(false) {
            continue;
        }
        let first = text(&user, &["first_name"]).unwrap_or_default();
        let last = text(&user, &["last_name"]).unwrap_or_default();
        if let Some(number) = text(&user, &["presence_id"]) {
            add(&first, &last, number, None);
        }
        for dir in &dirs {
            let Some(number) = text(&user, &["directories", &dir.id])
                .and_then(|cf| data.doc(account, "callflows", &cf))
                .and_then(|cf| {
                    cf.pointer("/numbers/0")?
                        .as_str()
                        .map(crate::context::clean)
                })
                .filter(|n| !n.is_empty())
            else {
                continue;
            };
            add(&first, &last, number, Some(&dir.name));
        }
    }
    let mut out: Vec<Entry> = book.into_values().collect();
    out.truncate(MAX_ENTRIES);
    out
}

/// `<Root><DirectoryEntry><Name/><Telephone/></DirectoryEntry></Root>`: the flat shape that
/// Yealink, Cisco (SPA/MPP XML directory service), Snom (XML minibrowser) and Fanvil read.
fn name_telephone(root: &str, attributes: &str, title: bool, entries: &[Entry]) -> String {
    let mut body = format!("<{root}{attributes}>\n");
    if title {
        body.push_str("  <Title>Office</Title>\n");
    }
    for e in entries {
        body.push_str(&format!(
            "  <DirectoryEntry><Name>{}</Name><Telephone>{}</Telephone></DirectoryEntry>\n",
            xml_escape(&e.name()),
            xml_escape(&e.number)
        ));
    }
    body.push_str(&format!("</{root}>\n"));
    body
}

/// Grandstream's XML phone book: the directories as groups, the entries as contacts.
fn grandstream(entries: &[Entry]) -> String {
    let mut groups: Vec<&str> = entries
        .iter()
        .flat_map(|e| e.groups.iter().map(String::as_str))
        .collect();
    groups.sort_unstable();
    groups.dedup();
    let mut body = String::from("<AddressBook>\n");
    for (i, g) in groups.iter().enumerate() {
        body.push_str(&format!(
            "  <pbgroup><id>{}</id><name>{}</name></pbgroup>\n",
            i + 1,
            xml_escape(g)
        ));
    }
    for e in entries {
        body.push_str(&format!(
            "  <Contact><LastName>{}</LastName><FirstName>{}</FirstName><Phone type=\"Work\"><phonenumber>{}</phonenumber><accountindex>1</accountindex></Phone>",
            xml_escape(&e.last),
            xml_escape(&e.first),
            xml_escape(&e.number)
        ));
        for g in &e.groups {
            if let Some(i) = groups.iter().position(|x| x == g) {
                body.push_str(&format!("<Group>{}</Group>", i + 1));
            }
        }
        body.push_str("</Contact>\n");
    }
    body.push_str("</AddressBook>\n");
    body
}

/// The phone book in `brand`'s format.
pub fn render(brand: Brand, entries: &[Entry]) -> Result<File, Error> {
    let mut body = String::from("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
    body.push_str(&match brand {
        Brand::Yealink => name_telephone("YealinkIPPhoneDirectory", "", false, entries),
        Brand::Cisco => name_telephone("CiscoIPPhoneDirectory", "", true, entries),
        Brand::Snom => name_telephone("SnomIPPhoneDirectory", "", true, entries),
        Brand::Fanvil => name_telephone(
            "FanvilIPPhoneDirectory",
            " clearlight=\"true\"",
            false,
            entries,
        ),
        Brand::Grandstream => grandstream(entries),
        Brand::Polycom => {
            let mut b = String::from("<directory>\n  <item_list>\n");
            for e in entries {
                b.push_str(&format!(
                    "    <item><ln>{}</ln><fn>{}</fn><ct>{}</ct></item>\n",
                    xml_escape(&e.last),
                    xml_escape(&e.first),
                    xml_escape(&e.number)
                ));
            }
            b.push_str("  </item_list>\n</directory>\n");
            b
        }
    });
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

    struct Office;

    impl Data for Office {
        fn device_by_mac(&self, _: &str) -> Option<(String, String, Arc<Value>)> {
            None
        }
        fn account(&self, _: &str) -> Option<Arc<Value>> {
            None
        }
        fn doc(&self, _: &str, kind: &str, id: &str) -> Option<Arc<Value>> {
            let numbers = match (kind, id) {
                ("callflows", "cf-zoe") => json!(["103"]),
                ("callflows", "cf-sales") => json!(["7001"]),
                _ => return None,
            };
            Some(Arc::new(json!({"numbers": numbers})))
        }
        fn users(&self, _: &str) -> Vec<Arc<Value>> {
            [
                json!({"first_name": "Zoe", "last_name": "<Z&Co>", "presence_id": "103",
                       "directories": {"staff": "cf-zoe"}}),
                json!({"first_name": "Amy", "last_name": "Ash", "presence_id": "101"}),
                json!({"first_name": "No", "last_name": "Extension"}),
                json!({"first_name": "Sal", "last_name": "Es", "directories": {"staff": "cf-sales", "gone": "cf-sales"}}),
                json!({"first_name": "Off", "presence_id": "109", "enabled": false}),
            ]
            .map(Arc::new)
            .to_vec()
        }
        fn directories(&self, _: &str) -> Vec<(String, Arc<Value>)> {
            vec![("staff".into(), Arc::new(json!({"name": "Staff"})))]
        }
    }

    #[test]
    fn users_and_directory_members_sorted_and_escaped() {
        let list = entries("a", &Office);
        assert_eq!(
            list.iter()
                .map(|e| (e.number.as_str(), e.groups.len()))
                .collect::<Vec<_>>(),
            [("101", 0), ("7001", 1), ("103", 1)]
        );
        let y = render(Brand::Yealink, &list).unwrap().body;
        assert!(
            y.contains("<Name>Zoe &lt;Z&amp;Co&gt;</Name><Telephone>103</Telephone>"),
            "{y}"
        );
        let p = render(Brand::Polycom, &list).unwrap().body;
        assert!(p.contains("<ln>Ash</ln><fn>Amy</fn><ct>101</ct>"), "{p}");
        let g = render(Brand::Grandstream, &list).unwrap().body;
        assert!(
            g.contains("<pbgroup><id>1</id><name>Staff</name></pbgroup>"),
            "{g}"
        );
        assert!(g.contains("<phonenumber>7001</phonenumber><accountindex>1</accountindex></Phone><Group>1</Group>"), "{g}");
        for (brand, root) in [
            (Brand::Cisco, "<CiscoIPPhoneDirectory>"),
            (Brand::Snom, "<SnomIPPhoneDirectory>"),
            (
                Brand::Fanvil,
                "<FanvilIPPhoneDirectory clearlight=\"true\">",
            ),
        ] {
            let b = render(brand, &list).unwrap().body;
            assert!(
                b.contains(root) && b.contains("<Name>Sal Es</Name><Telephone>7001</Telephone>"),
                "{b}"
            );
        }
    }
}
