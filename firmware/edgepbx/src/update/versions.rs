//! Which version each slot holds, in a small JSON file beside the boot state (the boot script
//! keeps only its own variables in the environment): `{"A": "1.0", "B": "2.0"}`. Replaced
//! whole on each change; a slot being overwritten loses its entry first.

use std::collections::BTreeMap;

use edgepbx_update::Slot;

use super::system::UpdateConfig;

pub fn read(config: &UpdateConfig) -> BTreeMap<String, String> {
    config
        .state_file
        .as_ref()
        .and_then(|p| std::fs::read(p).ok())
        .and_then(|b| serde_json::from_slice(&b).ok())
        .unwrap_or_default()
}

pub fn set(config: &UpdateConfig, slot: Slot, version: Option<&str>) -> Result<(), String> {
    let Some(path) = &config.state_file else {
        return Ok(());
    };
    let mut versions = read(config);
    match version {
        Some(v) => versions.insert(slot.name().to_string(), v.to_string()),
        None => versions.remove(slot.name()),
    };
    let bytes = serde_json::to_vec(&versions).map_err(|e| e.to_string())?;
    let dir = path.parent().unwrap_or(std::path::Path::new("."));
    let name = path
        .file_name()
        .and_then(|n| n.to_str())
        .ok_or_else(|| format!("{}: no file name", path.display()))?;
    crate::atomic_file::write(dir, name, &bytes).map_err(|e| format!("{}: {e}", path.display()))
}
