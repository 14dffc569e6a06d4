//! What can go wrong, with the HTTP status each answer gets.

use std::fmt;

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Error {
    /// Traversal, odd characters or an oversized name.
    BadPath(String),
    BadMac(String),
    BadUserAgent(String),
    /// Not a file name the box serves.
    NotFound(String),
    /// No device has this MAC (the server records it for adoption).
    UnknownMac {
        mac: String,
        model: Option<String>,
    },
    /// The MAC in the path and the one in the User-Agent differ.
    MacMismatch {
        path: String,
        user_agent: String,
    },
    /// The device's brand/model is not in the catalogue (names the model).
    UnknownModel(String),
    /// The device is for another brand than the file name or User-Agent says.
    WrongBrand(String),
    /// A Polycom phone's client certificate is missing or names another MAC.
    ClientCert(String),
    Render(String),
}

impl Error {
    pub fn status(&self) -> u16 {
        match self {
            Error::BadPath(_) | Error::BadMac(_) | Error::BadUserAgent(_) => 400,
            Error::MacMismatch { .. } | Error::ClientCert(_) => 403,
            Error::NotFound(_) | Error::UnknownMac { .. } | Error::UnknownModel(_) => 404,
            Error::WrongBrand(_) => 409,
            Error::Render(_) => 500,
        }
    }
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Error::BadPath(m) | Error::BadUserAgent(m) | Error::NotFound(m) => f.write_str(m),
            Error::BadMac(m) => write!(f, "{m:?} is not a MAC address (12 hex digits)"),
            Error::UnknownMac { mac, .. } => write!(f, "no device has MAC {mac}"),
            Error::MacMismatch { path, user_agent } => write!(
                f,
                "the file is for MAC {path} but the User-Agent says {user_agent}"
            ),
            Error::UnknownModel(m) => write!(f, "the box has no template for model {m}"),
            Error::WrongBrand(m) | Error::ClientCert(m) => f.write_str(m),
            Error::Render(m) => write!(f, "rendering failed: {m}"),
        }
    }
}
