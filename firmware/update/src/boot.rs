//! RAUC's U-Boot protocol: which slot boots next, and how many tries each slot has left.
//!
//! `BOOT_ORDER` lists the slots (`"A B"`), `BOOT_A_LEFT`/`BOOT_B_LEFT` their remaining tries.
//! The boot script walks `BOOT_ORDER`, takes the first slot with tries left, decrements them,
//! saves the environment and boots it with `rauc.slot=<name>` on the kernel command line. The
//! running system marks its slot good (tries back to the maximum) once it is healthy, so a
//! slot that keeps failing before that runs out of tries and the next slot in the order boots.

use std::fmt;

use crate::env::Env;

pub const ORDER: &str = "BOOT_ORDER";

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Slot {
    A,
    B,
}

impl Slot {
    pub const ALL: [Slot; 2] = [Slot::A, Slot::B];

    pub fn name(self) -> &'static str {
        match self {
            Slot::A => "A",
            Slot::B => "B",
        }
    }

    pub fn other(self) -> Slot {
        match self {
            Slot::A => Slot::B,
            Slot::B => Slot::A,
        }
    }

    pub fn parse(name: &str) -> Option<Slot> {
        match name {
            "A" => Some(Slot::A),
            "B" => Some(Slot::B),
            _ => None,
        }
    }

    fn left_var(self) -> &'static str {
        match self {
            Slot::A => "BOOT_A_LEFT",
            Slot::B => "BOOT_B_LEFT",
        }
    }

    /// The slot the kernel command line names (`rauc.slot=A`), as the boot script passes it.
    pub fn from_cmdline(cmdline: &str) -> Option<Slot> {
        cmdline
            .split_ascii_whitespace()
            .find_map(|arg| arg.strip_prefix("rauc.slot="))
            .and_then(Slot::parse)
    }
}

impl fmt::Display for Slot {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

/// The boot selection as the environment holds it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BootState {
    pub order: Vec<Slot>,
    pub left: [u32; 2],
}

fn index(slot: Slot) -> usize {
    slot as usize
}

impl BootState {
    /// Reads the selection; missing or unreadable variables read as the image's boot script
    /// treats them (it sets defaults before importing the saved ones): order "A B", and
    /// `missing_left` tries (the script's default, `attempts`).
    pub fn from_env(env: &Env, missing_left: u32) -> BootState {
        let mut order: Vec<Slot> = env
            .get(ORDER)
            .unwrap_or("A B")
            .split_ascii_whitespace()
            .filter_map(Slot::parse)
            .collect();
        order.dedup();
        if order.is_empty() {
            order = Slot::ALL.to_vec();
        }
        let left = Slot::ALL.map(|s| {
            env.get(s.left_var())
                .and_then(|v| v.parse().ok())
                .unwrap_or(missing_left)
        });
        BootState { order, left }
    }

    pub fn apply_to(&self, env: &mut Env) {
        let order: Vec<&str> = self.order.iter().map(|s| s.name()).collect();
        env.set(ORDER, order.join(" "));
        for slot in Slot::ALL {
            env.set(slot.left_var(), self.left[index(slot)].to_string());
        }
    }

    pub fn left(&self, slot: Slot) -> u32 {
        self.left[index(slot)]
    }

    /// The slot the next boot takes: the first in the order with tries left.
    pub fn primary(&self) -> Option<Slot> {
        self.order.iter().copied().find(|&s| self.left(s) > 0)
    }

    /// Before the slot is overwritten: no tries, so a power cut mid-write never boots it.
    pub fn mark_bad(&mut self, slot: Slot) {
        self.left[index(slot)] = 0;
    }

    /// After a verified write: the slot boots next, with `attempts` tries.
    pub fn switch_to(&mut self, slot: Slot, attempts: u32) {
        self.order.retain(|&s| s != slot);
        self.order.insert(0, slot);
        for s in Slot::ALL {
            if !self.order.contains(&s) {
                self.order.push(s);
            }
        }
        self.left[index(slot)] = attempts;
    }

    /// The booted slot passed its health check: full tries again. If the slot ahead of it in
    /// the order has no tries left (an update that failed and was rolled back), the booted
    /// slot moves to the front so that a later reset of the tries cannot bring the failed
    /// one back.
    pub fn mark_good(&mut self, booted: Slot, attempts: u32) {
        self.left[index(booted)] = attempts;
        if self.order.first() != Some(&booted) && self.left(booted.other()) == 0 {
            self.switch_to(booted, attempts);
        }
    }

    /// True when the booted slot has used a try since it was last marked good.
    pub fn is_pending(&self, booted: Slot, attempts: u32) -> bool {
        self.left(booted) < attempts
    }

    /// What the boot script does at power-on: take the first slot in the order with tries
    /// left and decrement its tries; with none left anywhere, reset every slot to `attempts`
    /// and start over (rauc's reference boot.cmd). Host tests use this in place of U-Boot;
    /// the image's boot script implements the same walk.
    pub fn boot(&mut self, attempts: u32) -> Slot {
        let slot = match self.primary() {
            Some(slot) => slot,
            None => {
                self.left = [attempts; 2];
                self.order[0]
            }
        };
        self.left[index(slot)] -= 1;
        slot
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn fresh() -> BootState {
        let mut env = Env::default();
        env.set(ORDER, "A B");
        env.set("BOOT_A_LEFT", "3");
        env.set("BOOT_B_LEFT", "3");
        BootState::from_env(&env, 0)
    }

    #[test]
    fn update_boot_and_mark_good() {
        let mut state = fresh();
        assert_eq!(state.boot(3), Slot::A);
        state.mark_good(Slot::A, 3);
        state.mark_bad(Slot::B);
        state.switch_to(Slot::B, 3);
        assert_eq!(state.order, vec![Slot::B, Slot::A]);
        assert_eq!(state.boot(3), Slot::B);
        assert!(state.is_pending(Slot::B, 3));
        state.mark_good(Slot::B, 3);
        assert!(!state.is_pending(Slot::B, 3));
        assert_eq!(state.boot(3), Slot::B);
    }

    #[test]
    fn failing_slot_runs_out_of_tries_and_the_old_one_boots() {
        let mut state = fresh();
        state.mark_bad(Slot::B);
        state.switch_to(Slot::B, 3);
        for _ in 0..3 {
            assert_eq!(state.boot(3), Slot::B);
        }
        assert_eq!(state.boot(3), Slot::A);
        state.mark_good(Slot::A, 3);
        // The rolled-back slot is in front again, and a reset of the tries cannot pick B.
        assert_eq!(state.order, vec![Slot::A, Slot::B]);
        assert_eq!(state.left(Slot::B), 0);
    }

    #[test]
    fn slot_marked_bad_mid_write_is_skipped() {
        let mut state = fresh();
        state.mark_bad(Slot::B);
        // The write never finished: the order was not switched.
        assert_eq!(state.boot(3), Slot::A);
    }

    #[test]
    fn env_round_trip_and_defaults() {
        let mut env = Env::default();
        fresh().apply_to(&mut env);
        assert_eq!(env.get(ORDER), Some("A B"));
        assert_eq!(BootState::from_env(&env, 0), fresh());
        assert_eq!(BootState::from_env(&Env::default(), 3).left, [3, 3]);
        let empty = BootState::from_env(&Env::default(), 0);
        assert_eq!(empty.order, vec![Slot::A, Slot::B]);
        assert_eq!(empty.primary(), None);
        let mut empty = empty;
        assert_eq!(empty.boot(3), Slot::A);
        assert_eq!(empty.left, [2, 3]);
    }

    #[test]
    fn cmdline_slot() {
        assert_eq!(
            Slot::from_cmdline("console=ttyAMA0 rauc.slot=B ro"),
            Some(Slot::B)
        );
        assert_eq!(Slot::from_cmdline("console=ttyAMA0"), None);
        assert_eq!(Slot::from_cmdline("rauc.slot=C"), None);
    }
}
