//! The edgepbx document store: KAZOO-shaped JSON documents in one redb file.
//!
//! * Documents are kept as JSON bytes (unknown fields survive every round trip) keyed by
//!   `account \0 kind \0 id`; private fields (`pvt_*`, `_*`) live inside the stored document.
//! * Every write runs on one writer thread that groups concurrent writes into one redb
//!   transaction and answers each caller only after the commit is durable (fsync). Under
//!   load this batches many API writes per flash commit; alone, a write is one commit.
//! * Secondary indexes (callflow numbers and patterns, SIP usernames, MACs, user names,
//!   account names and realms) are written in the same transaction as the document.
//! * Reads come from an in-memory copy-on-write cache of parsed documents, filled per
//!   collection on first use and updated by the writer after each commit.

mod backup;
mod cache;
pub mod classify;
mod edit;
mod error;
pub mod formats;
mod ids;
pub mod index;
mod keys;
pub mod lenient;
pub mod numbers;
pub mod office_settings;
pub mod schema;
mod store;
mod tx;
pub mod vm_storage;
pub mod vmbox;
pub mod vmbox_members;
mod writer;

pub use backup::Snapshot;
pub use error::StoreError;
pub use ids::{is_id, is_month_id, new_id, new_revision, random_hex};
pub use index::IndexName;
pub use store::{Collection, Store};
pub use tx::Tx;

/// Accounts live in a collection of their own; this is the "account" part of their keys.
pub const GLOBAL: &str = "_global";

/// Gregorian seconds = Unix seconds + this (KAZOO timestamps are Gregorian).
pub const GREGORIAN_OFFSET: u64 = 62_167_219_200;
