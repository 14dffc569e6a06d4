use std::fmt;

/// What can go wrong in a store operation. API handlers map these to Crossbar errors.
#[derive(Debug, Clone, PartialEq)]
pub enum StoreError {
    /// The document does not exist.
    NotFound,
    /// The caller's revision is not the stored one (optimistic concurrency).
    Conflict { current: String },
    /// A value that must be unique (callflow number, SIP username, ...) is already used.
    Unique {
        index: &'static str,
        field: &'static str,
        value: String,
        owner: String,
    },
    /// The document being created already exists.
    AlreadyExists,
    /// The store is shutting down and takes no more writes.
    Closed,
    /// An error from redb or the file system.
    Io(String),
}

impl fmt::Display for StoreError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            StoreError::NotFound => write!(f, "document not found"),
            StoreError::Conflict { current } => write!(f, "stale revision (current {current})"),
            StoreError::Unique {
                field,
                value,
                owner,
                ..
            } => {
                write!(f, "{field} {value} is already used by {owner}")
            }
            StoreError::AlreadyExists => write!(f, "document already exists"),
            StoreError::Closed => write!(f, "store is closed"),
            StoreError::Io(e) => write!(f, "storage error: {e}"),
        }
    }
}

impl std::error::Error for StoreError {}

macro_rules! io_from {
    ($($t:ty),*) => {$(
        impl From<$t> for StoreError {
            fn from(e: $t) -> Self { StoreError::Io(e.to_string()) }
        }
    )*};
}
io_from!(
    redb::Error,
    redb::DatabaseError,
    redb::TransactionError,
    redb::TableError,
    redb::StorageError,
    redb::CommitError,
    redb::SavepointError,
    std::io::Error,
    serde_json::Error
);
