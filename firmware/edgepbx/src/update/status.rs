//! What the updater knows: the booted slot, the next boot, each slot's tries and version, and
//! marking the booted slot good.

use edgepbx_update::Slot;
use serde_json::{Value, json};

use super::boot_env::BootEnv;
use super::system::UpdateConfig;
use super::versions;

pub fn status(config: &UpdateConfig) -> Result<Value, String> {
    let booted = config.booted_slot()?;
    let boot_env = BootEnv::read_only(config)?;
    let state = boot_env.boot_state();
    let next = state.primary();
    let versions = versions::read(config);
    let mut slots = serde_json::Map::new();
    for slot in Slot::ALL {
        let left = state.left(slot);
        let condition = if slot == booted {
            if state.is_pending(booted, config.attempts) {
                "booted, not yet marked good"
            } else {
                "booted, good"
            }
        } else if left == 0 {
            "bad"
        } else if next == Some(slot) {
            "pending: boots next"
        } else {
            "fallback"
        };
        slots.insert(
            slot.name().into(),
            json!({
                "device": config.slot_path(slot).display().to_string(),
                "tries_left": left,
                "version": versions.get(slot.name()),
                "state": condition,
            }),
        );
    }
    Ok(json!({
        "running_version": env!("CARGO_PKG_VERSION"),
        "booted": booted.name(),
        "next_boot": next.map(Slot::name),
        "boot_order": state.order.iter().map(|s| s.name()).collect::<Vec<_>>(),
        "attempts": config.attempts,
        "slots": slots,
        "arch": std::env::consts::ARCH,
        "compatible": config.compatible,
        "update_key": {"id": super::trusted_key().id().to_string(), "kind": super::KEY_KIND},
    }))
}

/// Marks the booted slot good (full tries). Returns false when it already was.
pub fn mark_good(config: &UpdateConfig) -> Result<bool, String> {
    let booted = config.booted_slot()?;
    let mut boot_env = BootEnv::open(config)?;
    let before = boot_env.boot_state();
    let mut state = before.clone();
    state.mark_good(booted, config.attempts);
    if state == before {
        return Ok(false);
    }
    boot_env.set_boot_state(&state);
    boot_env.save()?;
    Ok(true)
}

/// The booted slot's tries left, and whether it still has to pass its health check.
pub fn booted_tries(config: &UpdateConfig) -> Result<(u32, bool), String> {
    let booted = config.booted_slot()?;
    let state = BootEnv::read_only(config)?.boot_state();
    Ok((
        state.left(booted),
        state.is_pending(booted, config.attempts),
    ))
}
