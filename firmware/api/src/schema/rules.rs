use edgepbx_store::lenient;
use serde_json::{Map, Value, json};

/// JSON types a field may have.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Ty {
    Str,
    Int,
    Bool,
    Obj,
    Arr,
    /// A string or an integer (KAZOO accepts both for some numeric settings).
    StrOrInt,
}

impl Ty {
    fn name(self) -> &'static str {
        match self {
            Ty::Str => "string",
            Ty::Int => "integer",
            Ty::Bool => "boolean",
            Ty::Obj => "object",
            Ty::Arr => "array",
            Ty::StrOrInt => "string, integer",
        }
    }

    fn accepts(self, v: &Value) -> bool {
        match self {
            Ty::Str => v.is_string(),
            Ty::Int => v.is_i64() || v.is_u64(),
            Ty::Bool => v.is_boolean(),
            Ty::Obj => v.is_object(),
            Ty::Arr => v.is_array(),
            Ty::StrOrInt => v.is_string() || v.is_i64() || v.is_u64(),
        }
    }

    /// KAZOO's `fix_js_types`: a value of the wrong JSON type that reads as this type (`"4"`
    /// for an integer, `"true"` for a boolean) is converted, then validated again. The
    /// Monster UI sends numbers from form inputs as strings. Like KAZOO, nothing is turned
    /// into a string: a number where text belongs stays a type error.
    fn coerce(self, v: &Value) -> Option<Value> {
        match self {
            Ty::Int => lenient::coerce_int(v),
            Ty::Bool => lenient::coerce_bool(v),
            Ty::StrOrInt => lenient::coerce_int(v),
            Ty::Str | Ty::Obj | Ty::Arr => None,
        }
    }
}

/// One rule set for one (possibly nested, dotted) field.
#[derive(Debug, Clone, Copy)]
pub struct Field {
    pub path: &'static str,
    pub ty: Ty,
    pub required: bool,
    /// JSON text of the schema default, filled in when the field is absent and its parent exists.
    pub default: Option<&'static str>,
    pub min_len: Option<usize>,
    pub max_len: Option<usize>,
    pub minimum: Option<i64>,
    pub maximum: Option<i64>,
    pub one_of: &'static [&'static str],
    pub pattern: Option<&'static str>,
    /// For arrays: the type every item must have.
    pub items: Option<Ty>,
}

impl Field {
    pub const fn new(path: &'static str, ty: Ty) -> Field {
        Field {
            path,
            ty,
            required: false,
            default: None,
            min_len: None,
            max_len: None,
            minimum: None,
            maximum: None,
            one_of: &[],
            pattern: None,
            items: None,
        }
    }
    pub const fn req(mut self) -> Field {
        self.required = true;
        self
    }
    pub const fn def(mut self, json: &'static str) -> Field {
        self.default = Some(json);
        self
    }
    pub const fn len(mut self, min: usize, max: usize) -> Field {
        self.min_len = Some(min);
        self.max_len = Some(max);
        self
    }
    pub const fn range(mut self, min: i64, max: i64) -> Field {
        self.minimum = Some(min);
        self.maximum = Some(max);
        self
    }
    pub const fn min(mut self, min: i64) -> Field {
        self.minimum = Some(min);
        self
    }
    pub const fn one_of(mut self, values: &'static [&'static str]) -> Field {
        self.one_of = values;
        self
    }
    pub const fn pattern(mut self, regex: &'static str) -> Field {
        self.pattern = Some(regex);
        self
    }
    pub const fn items(mut self, ty: Ty) -> Field {
        self.items = Some(ty);
        self
    }
}

/// Validates `doc` against `fields`, filling defaults. Returns KAZOO's error map on failure.
pub fn validate(doc: &mut Map<String, Value>, fields: &[Field]) -> Result<(), Map<String, Value>> {
    let mut errors = Map::new();
    for field in fields {
        check_field(doc, field, &mut errors);
    }
    if errors.is_empty() {
        Ok(())
    } else {
        Err(errors)
    }
}

fn add(errors: &mut Map<String, Value>, path: &str, rule: &str, detail: Value) {
    let entry = errors.entry(path.to_string()).or_insert_with(|| json!({}));
    if let Some(map) = entry.as_object_mut() {
        map.insert(rule.into(), detail);
    }
}

fn check_field(doc: &mut Map<String, Value>, field: &Field, errors: &mut Map<String, Value>) {
    let mut parts: Vec<&str> = field.path.split('.').collect();
    let Some(leaf) = parts.pop() else { return };
    // Walk to the parent object; a missing parent means the field is absent.
    let mut parent = Some(&mut *doc);
    for p in &parts {
        parent = parent
            .and_then(|m| m.get_mut(*p))
            .and_then(Value::as_object_mut);
    }
    let Some(parent) = parent else {
        if field.required && parts.is_empty() {
            add(
                errors,
                field.path,
                "required",
                json!({"message": "Field is required but missing"}),
            );
        }
        return;
    };
    // A null for an optional field means "not set" (clients send nulls for cleared inputs).
    if !field.required && parent.get(leaf).is_some_and(Value::is_null) {
        parent.remove(leaf);
    }
    if let Some(fixed) = parent
        .get(leaf)
        .filter(|v| !field.ty.accepts(v))
        .and_then(|v| field.ty.coerce(v))
    {
        parent.insert(leaf.to_string(), fixed);
    }
    if let (Some(items), Some(Value::Array(array))) = (field.items, parent.get_mut(leaf)) {
        for item in array.iter_mut().filter(|i| !items.accepts(i)) {
            if let Some(fixed) = items.coerce(item) {
                *item = fixed;
            }
        }
    }
    let Some(value) = parent.get(leaf) else {
        if field.required {
            add(
                errors,
                field.path,
                "required",
                json!({"message": "Field is required but missing"}),
            );
        } else if let Some(default) = field.default
            && let Ok(v) = serde_json::from_str(default)
        {
            parent.insert(leaf.to_string(), v);
        }
        return;
    };
    if !field.ty.accepts(value) {
        let message = format!("Value did not match type(s): {}", field.ty.name());
        add(
            errors,
            field.path,
            "type",
            json!({"message": message, "value": value}),
        );
        return;
    }
    check_rules(field, value, errors);
}

fn check_rules(field: &Field, value: &Value, errors: &mut Map<String, Value>) {
    let path = field.path;
    if let Some(s) = value.as_str() {
        let chars = s.chars().count();
        if let Some(min) = field.min_len.filter(|m| chars < *m) {
            add(
                errors,
                path,
                "minLength",
                json!({"message": format!("String must be at least {min} characters"), "target": min, "value": s}),
            );
        }
        if let Some(max) = field.max_len.filter(|m| chars > *m) {
            add(
                errors,
                path,
                "maxLength",
                json!({"message": format!("String must not be more than {max} characters"), "target": max, "value": s}),
            );
        }
        if !field.one_of.is_empty() && !field.one_of.contains(&s) {
            add(
                errors,
                path,
                "enum",
                json!({"message": "Value not found in enumerated list of values", "target": field.one_of, "value": s}),
            );
        }
        if let Some(p) = field.pattern
            && !regex_lite::Regex::new(p).is_ok_and(|re| re.is_match(s))
        {
            add(
                errors,
                path,
                "pattern",
                json!({"message": format!("Failed to match pattern '{p}'"), "target": p, "value": s}),
            );
        }
    }
    if let Some(n) = value.as_f64() {
        if let Some(min) = field.minimum.filter(|m| n < *m as f64) {
            add(
                errors,
                path,
                "minimum",
                json!({"message": format!("Value must be at least {min}"), "target": min, "value": value}),
            );
        }
        if let Some(max) = field.maximum.filter(|m| n > *m as f64) {
            add(
                errors,
                path,
                "maximum",
                json!({"message": format!("Value must be at most {max}"), "target": max, "value": value}),
            );
        }
    }
    if let (Some(items), Some(array)) = (field.items, value.as_array()) {
        for (i, item) in array.iter().enumerate() {
            let item_path = format!("{path}.{i}");
            if !items.accepts(item) {
                add(
                    errors,
                    &item_path,
                    "type",
                    json!({"message": format!("Value did not match type(s): {}", items.name()), "value": item}),
                );
            } else if let Some(s) = item.as_str() {
                if !field.one_of.is_empty() && !field.one_of.contains(&s) {
                    add(
                        errors,
                        &item_path,
                        "enum",
                        json!({"message": "Value not found in enumerated list of values", "target": field.one_of, "value": s}),
                    );
                }
                if let Some(max) = field.max_len.filter(|m| s.chars().count() > *m) {
                    add(
                        errors,
                        &item_path,
                        "maxLength",
                        json!({"message": format!("String must not be more than {max} characters"), "target": max, "value": s}),
                    );
                }
                if let Some(min) = field.min_len.filter(|m| s.chars().count() < *m) {
                    add(
                        errors,
                        &item_path,
                        "minLength",
                        json!({"message": format!("String must be at least {min} characters"), "target": min, "value": s}),
                    );
                }
            } else if let Some(n) = item.as_f64() {
                if let Some(min) = field.minimum.filter(|m| n < *m as f64) {
                    add(
                        errors,
                        &item_path,
                        "minimum",
                        json!({"message": format!("Value must be at least {min}"), "target": min, "value": item}),
                    );
                }
                if let Some(max) = field.maximum.filter(|m| n > *m as f64) {
                    add(
                        errors,
                        &item_path,
                        "maximum",
                        json!({"message": format!("Value must be at most {max}"), "target": max, "value": item}),
                    );
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const FIELDS: &[Field] = &[
        Field::new("name", Ty::Str).req().len(1, 5),
        Field::new("sip", Ty::Obj).def("{}"),
        Field::new("sip.expire", Ty::Int).def("300").range(1, 1000),
        Field::new("kind", Ty::Str).one_of(&["a", "b"]),
        Field::new("days", Ty::Arr).items(Ty::Int).range(1, 31),
    ];

    fn run(v: Value) -> Result<Value, Value> {
        let mut m = v.as_object().unwrap().clone();
        validate(&mut m, FIELDS)
            .map(|_| Value::Object(m))
            .map_err(Value::Object)
    }

    #[test]
    fn defaults_fill_nested_when_parent_defaults() {
        let v = run(json!({"name": "x", "extra": {"kept": true}})).unwrap();
        assert_eq!(v["sip"]["expire"], 300);
        assert_eq!(v["extra"]["kept"], true);
    }

    #[test]
    fn errors_name_field_and_rule() {
        let e =
            run(json!({"kind": "c", "sip": {"expire": "x"}, "days": [0, 5, "seven"]})).unwrap_err();
        assert!(e["name"]["required"].is_object());
        assert!(e["kind"]["enum"].is_object());
        assert!(e["sip.expire"]["type"].is_object());
        assert!(e["days.0"]["minimum"].is_object());
        assert!(e["days.2"]["type"].is_object());
        let e = run(json!({"name": "toolong"})).unwrap_err();
        assert_eq!(e["name"]["maxLength"]["target"], 5);
    }

    #[test]
    fn string_numbers_and_booleans_are_stored_as_their_schema_type() {
        let fields = &[
            Field::new("name", Ty::Str),
            Field::new("retries", Ty::Int).range(1, 10),
            Field::new("hunt", Ty::Bool),
            Field::new("days", Ty::Arr).items(Ty::Int).range(1, 31),
        ];
        let mut m = json!({"name": "1234", "retries": "3", "hunt": "false", "days": ["1", 15]})
            .as_object()
            .unwrap()
            .clone();
        validate(&mut m, fields).unwrap();
        assert_eq!(
            Value::Object(m),
            json!({"name": "1234", "retries": 3, "hunt": false, "days": [1, 15]})
        );
        // Coerced values are validated again: a string out of range is still refused.
        let mut m = json!({"retries": "11", "days": ["0"]})
            .as_object()
            .unwrap()
            .clone();
        let e = validate(&mut m, fields).unwrap_err();
        assert!(e["retries"]["maximum"].is_object());
        assert!(e["days.0"]["minimum"].is_object());
        let mut m = json!({"hunt": "maybe", "name": 5})
            .as_object()
            .unwrap()
            .clone();
        let e = validate(&mut m, fields).unwrap_err();
        assert!(e["hunt"]["type"].is_object());
        assert!(e["name"]["type"].is_object(), "no number becomes a string");
    }
}
