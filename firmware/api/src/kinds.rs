//! The document collections the API serves under `/v2/accounts/{id}/...`.

/// Collection name in the URL -> KAZOO's `pvt_type` of its documents.
const KINDS: &[(&str, &str)] = &[
    ("users", "user"),
    ("devices", "device"),
    ("callflows", "callflow"),
    ("vmboxes", "vmbox"),
    ("groups", "group"),
    ("menus", "menu"),
    ("temporal_rules", "temporal_rule"),
    ("temporal_rules_sets", "temporal_rule_set"),
    ("directories", "directory"),
    ("media", "media"),
    ("conferences", "conference"),
    ("faxboxes", "faxbox"),
    ("resources", "resource"),
    ("connectivity", "sys_info"),
    ("blacklists", "blacklist"),
    ("lists", "list"),
];

pub fn pvt_type(kind: &str) -> Option<&'static str> {
    KINDS.iter().find(|(k, _)| *k == kind).map(|(_, t)| *t)
}

pub fn is_document_kind(kind: &str) -> bool {
    pvt_type(kind).is_some()
}

/// Kinds whose documents a plain user may see and edit when `owner_id` is theirs.
pub fn owned_by_users(kind: &str) -> bool {
    matches!(kind, "devices" | "vmboxes")
}

/// Every kind that can be referenced by id from a callflow (for callflow `metadata`).
pub fn all() -> impl Iterator<Item = &'static str> {
    KINDS.iter().map(|(k, _)| *k)
}
