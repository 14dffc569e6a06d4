//! Sans-IO SIP for edgepbx. Nothing here opens a socket, spawns a thread or reads a clock:
//! the runtime feeds bytes and the current time in, and carries out what comes out.

pub mod auth;
pub mod compact;
pub mod engine;
pub mod message;
pub mod pnp;
pub mod sdes;
pub mod sdp;
pub mod stun;
pub mod trace;
pub mod transaction;
