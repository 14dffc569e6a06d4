//! The engine's tables after a burst: housekeeping shrinks those far below their capacity
//! (transactions, calls, dialogs, registrations, ban counters), and counts how often it
//! gave memory back so that the runtime can return freed pages to the system then.

use super::Engine;
use crate::compact::Compact;

/// Slots the engine's tables hold, for tests and the status API.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct TableCapacity {
    /// The largest table of the transaction layer.
    pub transactions: usize,
    /// The largest of the engine's call tables (calls, dialogs, transaction owners).
    pub calls: usize,
    pub registrations: usize,
    pub guard: usize,
    pub nonces: usize,
}

impl Engine {
    /// Shrinks every table far below its capacity (housekeeping).
    pub(super) fn compact_tables(&mut self) {
        let mut released = self.tx.compact();
        released |= self.calls.compact();
        released |= self.server_tx.compact();
        released |= self.client_tx.compact();
        released |= self.dialogs.compact();
        released |= self.lingering.compact();
        released |= self.recordings.compact();
        released |= self.out.compact();
        released |= self.registrar.compact();
        released |= self.guard.compact();
        if released {
            self.compactions += 1;
        }
    }

    /// How many housekeeping rounds gave table memory back: when this moves, a burst is
    /// over and the runtime may hand the allocator's free pages back to the system.
    pub fn compactions(&self) -> u64 {
        self.compactions
    }

    pub fn table_capacity(&self) -> TableCapacity {
        TableCapacity {
            transactions: self.tx.capacity(),
            calls: [
                self.calls.capacity(),
                self.server_tx.capacity(),
                self.client_tx.capacity(),
                self.dialogs.capacity(),
            ]
            .into_iter()
            .max()
            .unwrap_or(0),
            registrations: self.registrar.capacity(),
            guard: self.guard.capacity(),
            nonces: self.auth.nonce_capacity(),
        }
    }
}
