//! `/v2/system/backup`: the whole box's store as one file, for administrators of the
//! top-level account only (a sub-account's administrator and plain users get 403). `GET`
//! answers with a fresh consistent snapshot (the file `edgepbx backup` writes) as an
//! attachment; `PUT` (or `POST`) with such a file as the raw body (`application/octet-stream`)
//! checks it, then replaces everything the store holds with it in one transaction, as
//! `edgepbx restore` does. The HTTP server streams both bodies itself (see `box_stream`);
//! this names the endpoint, its limits and its failures.

use crate::error::ApiError;

pub const PATH: &str = "/v2/system/backup";

/// The largest backup a restore takes: the store reads a snapshot whole into memory to check
/// it before replacing anything. The data partition's free space bounds it further.
pub const MAX_RESTORE_BYTES: u64 = 512 * 1024 * 1024;

/// Why a backup or restore did not happen.
pub enum BackupFailure {
    /// The body is not a snapshot this box can restore (the reason says why): 400.
    NotSnapshot(String),
    /// The body is longer than the box can take (`MAX_RESTORE_BYTES`): 413.
    TooLarge,
    /// The data partition has no room for the file: 507.
    NoRoom(String),
    /// The box could not do it (a store or file system error): 500.
    Failed(String),
}

impl From<BackupFailure> for ApiError {
    fn from(f: BackupFailure) -> ApiError {
        match f {
            BackupFailure::NotSnapshot(detail) => ApiError::BadRequest {
                message: "not an edgepbx backup",
                detail,
            },
            BackupFailure::TooLarge => ApiError::PayloadTooLarge,
            BackupFailure::NoRoom(detail) => ApiError::InsufficientStorage(detail),
            BackupFailure::Failed(detail) => ApiError::Internal(detail),
        }
    }
}
