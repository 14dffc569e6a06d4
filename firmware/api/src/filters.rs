//! KAZOO's list query language (`crossbar_filter` + `crossbar_view` paging), evaluated on the
//! full stored documents, not on the list projection.

use serde_json::Value;

use crate::error::{ApiError, ApiResult};
use crate::json_path::get_path;

/// Rows per page when the client does not say; KAZOO's default.
pub const DEFAULT_PAGE_SIZE: usize = 50;
pub const MAX_PAGE_SIZE: usize = 1000;

#[derive(Debug, Clone, PartialEq)]
enum Filter {
    /// `filter_<key>=v`: the value at key equals v (or one of v when v is a JSON array).
    Equals(String, Vec<String>),
    /// `filter_not_<key>=v`: the value at key equals none of them.
    NotEquals(String, Vec<String>),
    HasKey(String),
    KeyMissing(String),
    HasValue(String),
    ValueMissing(String),
    CreatedFrom(u64),
    CreatedTo(u64),
    ModifiedFrom(u64),
    ModifiedTo(u64),
}

#[derive(Debug, Clone)]
pub struct ListQuery {
    filters: Vec<Filter>,
    pub paginate: bool,
    pub page_size: usize,
    pub start_key: Option<String>,
    pub ascending: Option<bool>,
    pub created_from: Option<u64>,
    pub created_to: Option<u64>,
}

impl ListQuery {
    /// Parses the query pairs; unknown parameters (`_`, `has_type`, `with_status`...) are ignored.
    pub fn parse(pairs: &[(String, String)]) -> ApiResult<ListQuery> {
        let mut q = ListQuery {
            filters: Vec::new(),
            paginate: true,
            page_size: DEFAULT_PAGE_SIZE,
            start_key: None,
            ascending: None,
            created_from: None,
            created_to: None,
        };
        for (k, v) in pairs {
            let gregorian = || -> ApiResult<u64> {
                v.trim().parse().map_err(|_| {
                    ApiError::field(
                        k,
                        "type",
                        "must be Gregorian seconds (an integer)",
                        Some(("value", Value::String(v.clone()))),
                    )
                })
            };
            let key_name = || -> ApiResult<String> {
                if v.is_empty() {
                    Err(ApiError::field(k, "minLength", "needs a key name", None))
                } else {
                    Ok(v.clone())
                }
            };
            match k.as_str() {
                "has_key" => q.filters.push(Filter::HasKey(key_name()?)),
                "key_missing" => q.filters.push(Filter::KeyMissing(key_name()?)),
                "has_value" => q.filters.push(Filter::HasValue(key_name()?)),
                "value_missing" | "missing_value" => {
                    q.filters.push(Filter::ValueMissing(key_name()?))
                }
                "created_from" => {
                    q.created_from = Some(gregorian()?);
                    q.filters.push(Filter::CreatedFrom(gregorian()?));
                }
                "created_to" => {
                    q.created_to = Some(gregorian()?);
                    q.filters.push(Filter::CreatedTo(gregorian()?));
                }
                "modified_from" => q.filters.push(Filter::ModifiedFrom(gregorian()?)),
                "modified_to" => q.filters.push(Filter::ModifiedTo(gregorian()?)),
                "paginate" => q.paginate = v != "false",
                "page_size" => {
                    q.page_size = v
                        .parse::<usize>()
                        .ok()
                        .filter(|n| (1..=MAX_PAGE_SIZE).contains(n))
                        .ok_or_else(|| {
                            ApiError::field(
                                "page_size",
                                "maximum",
                                format!("must be an integer from 1 to {MAX_PAGE_SIZE}"),
                                Some(("value", Value::String(v.clone()))),
                            )
                        })?;
                }
                "start_key" => q.start_key = Some(v.clone()),
                "ascending" => q.ascending = Some(v == "true"),
                "descending" => q.ascending = Some(v != "true"),
                _ => {
                    if let Some(key) = k.strip_prefix("filter_not_") {
                        q.filters
                            .push(Filter::NotEquals(key.to_string(), values(v)));
                    } else if let Some(key) = k.strip_prefix("filter_") {
                        q.filters.push(Filter::Equals(key.to_string(), values(v)));
                    }
                }
            }
        }
        Ok(q)
    }

    /// True when the stored document passes every filter.
    pub fn matches(&self, doc: &Value) -> bool {
        self.filters.iter().all(|f| filter_matches(f, doc))
    }
}

/// A filter value that is a JSON array means "any of these".
fn values(v: &str) -> Vec<String> {
    if v.trim_start().starts_with('[')
        && let Ok(Value::Array(items)) = serde_json::from_str::<Value>(v)
    {
        return items.iter().map(as_text).collect();
    }
    vec![v.to_string()]
}

fn as_text(v: &Value) -> String {
    match v {
        Value::String(s) => s.clone(),
        other => other.to_string(),
    }
}

/// Private fields are never visible to filters.
fn public_get<'a>(doc: &'a Value, key: &str) -> Option<&'a Value> {
    if key.starts_with("pvt_") || key.starts_with('_') {
        return None;
    }
    get_path(doc, key)
}

/// Whether a scalar equals one of the wanted texts; strings compare without allocating.
fn scalar_matches(v: &Value, wanted: &[String]) -> bool {
    match v {
        Value::String(s) => wanted.iter().any(|w| w == s),
        Value::Bool(b) => wanted
            .iter()
            .any(|w| w == if *b { "true" } else { "false" }),
        Value::Null => wanted.iter().any(|w| w == "null"),
        other => {
            let text = other.to_string();
            wanted.contains(&text)
        }
    }
}

fn equals_any(doc_value: Option<&Value>, wanted: &[String]) -> bool {
    match doc_value {
        None => false,
        Some(Value::Array(items)) => items.iter().any(|i| scalar_matches(i, wanted)),
        Some(v) => scalar_matches(v, wanted),
    }
}

fn has_value(v: Option<&Value>) -> bool {
    match v {
        None | Some(Value::Null) => false,
        Some(Value::String(s)) => !s.is_empty(),
        Some(Value::Array(a)) => !a.is_empty(),
        Some(Value::Object(o)) => !o.is_empty(),
        Some(_) => true,
    }
}

fn timestamp(doc: &Value, key: &str) -> Option<u64> {
    doc.get(key).and_then(Value::as_u64)
}

fn filter_matches(f: &Filter, doc: &Value) -> bool {
    match f {
        Filter::Equals(k, v) => equals_any(public_get(doc, k), v),
        Filter::NotEquals(k, v) => !equals_any(public_get(doc, k), v),
        Filter::HasKey(k) => public_get(doc, k).is_some(),
        Filter::KeyMissing(k) => public_get(doc, k).is_none(),
        Filter::HasValue(k) => has_value(public_get(doc, k)),
        Filter::ValueMissing(k) => !has_value(public_get(doc, k)),
        Filter::CreatedFrom(t) => timestamp(doc, "pvt_created").is_some_and(|c| c >= *t),
        Filter::CreatedTo(t) => timestamp(doc, "pvt_created").is_some_and(|c| c <= *t),
        Filter::ModifiedFrom(t) => timestamp(doc, "pvt_modified").is_some_and(|c| c >= *t),
        Filter::ModifiedTo(t) => timestamp(doc, "pvt_modified").is_some_and(|c| c <= *t),
    }
}

/// One page of an ordered sequence of (sort key, row): rows from `start_key` on, and the key of
/// the first row of the next page when there is one. Keys are only turned into owned strings
/// where needed, so paging a large collection copies nothing per skipped row.
pub fn paginate<K: AsRef<str>, T>(
    rows: impl IntoIterator<Item = (K, T)>,
    q: &ListQuery,
) -> (Vec<T>, Option<String>) {
    let mut started = q.start_key.is_none();
    let mut page = Vec::new();
    for (key, row) in rows {
        if !started {
            if Some(key.as_ref()) != q.start_key.as_deref() {
                continue;
            }
            started = true;
        }
        if q.paginate && page.len() == q.page_size {
            return (page, Some(key.as_ref().to_string()));
        }
        page.push(row);
    }
    (page, None)
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn q(s: &[(&str, &str)]) -> ListQuery {
        let pairs: Vec<_> = s
            .iter()
            .map(|(a, b)| (a.to_string(), b.to_string()))
            .collect();
        ListQuery::parse(&pairs).unwrap()
    }

    #[test]
    fn each_filter() {
        let doc = json!({"type": "main", "numbers": ["0", "no_match"], "ui_metadata": {"origin": "voip"}, "empty": "",
                         "flag": true, "pvt_created": 100, "pvt_modified": 200, "pvt_secret": 1});
        assert!(q(&[("filter_type", "main")]).matches(&doc));
        assert!(!q(&[("filter_type", "other")]).matches(&doc));
        assert!(q(&[("filter_type", "[\"x\",\"main\"]")]).matches(&doc));
        assert!(q(&[("filter_ui_metadata.origin", "voip")]).matches(&doc));
        assert!(!q(&[("filter_not_ui_metadata.origin", "voip")]).matches(&doc));
        assert!(!q(&[("filter_not_numbers", "no_match")]).matches(&doc));
        assert!(q(&[("filter_not_missing", "x")]).matches(&doc));
        assert!(q(&[("filter_flag", "true")]).matches(&doc));
        assert!(q(&[("has_key", "empty"), ("has_key", "type")]).matches(&doc));
        assert!(!q(&[("has_value", "empty")]).matches(&doc));
        assert!(q(&[("value_missing", "empty"), ("missing_value", "nope")]).matches(&doc));
        assert!(q(&[("key_missing", "owner_id"), ("key_missing", "group_id")]).matches(&doc));
        assert!(
            !q(&[("has_key", "pvt_secret")]).matches(&doc),
            "private fields are invisible"
        );
        assert!(q(&[("created_from", "100"), ("created_to", "100")]).matches(&doc));
        assert!(!q(&[("created_from", "101")]).matches(&doc));
        assert!(q(&[("modified_from", "150"), ("modified_to", "250")]).matches(&doc));
        assert!(q(&[("has_type", "type"), ("_", "123"), ("with_status", "true")]).matches(&doc));
    }

    #[test]
    fn bad_values_name_the_parameter() {
        let pairs = vec![("created_from".to_string(), "yesterday".to_string())];
        match ListQuery::parse(&pairs) {
            Err(ApiError::Validation(m)) => assert!(m.contains_key("created_from")),
            other => panic!("{other:?}"),
        }
        assert!(ListQuery::parse(&[("page_size".into(), "0".into())]).is_err());
    }

    #[test]
    fn pages() {
        let rows: Vec<_> = (0..5).map(|i| (format!("k{i}"), i)).collect();
        let query = q(&[("page_size", "2")]);
        let (page, next) = paginate(rows.clone(), &query);
        assert_eq!((page, next.as_deref()), (vec![0, 1], Some("k2")));
        let query = q(&[("page_size", "2"), ("start_key", "k4")]);
        assert_eq!(paginate(rows.clone(), &query), (vec![4], None));
        assert_eq!(
            paginate(rows, &q(&[("paginate", "false"), ("page_size", "2")]))
                .0
                .len(),
            5
        );
    }
}
