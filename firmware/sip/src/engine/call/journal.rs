//! What the crash journal keeps of a call: its two dialogs and what its call record needs.

use super::*;
use crate::engine::persist::{JournaledCall, SavedDialog};
use crate::transaction::Transport;

/// The identity of what the journal holds of a call: the dialogs' ids, targets and peers.
type JournalKey<'a> = (
    u64,
    [Option<(&'a str, Option<&'a str>, &'a str, SocketAddr)>; 2],
);

fn saved(d: &Dialog) -> Option<SavedDialog> {
    (d.peer.transport == Transport::Udp).then(|| SavedDialog {
        call_id: d.call_id.clone(),
        local_tag: d.local_tag.clone(),
        remote_tag: d.remote_tag.clone(),
        local_uri: d.local_uri.clone(),
        remote_uri: d.remote_uri.clone(),
        remote_target: d.remote_target.clone(),
        peer: d.peer.addr,
        local_cseq: d.local_cseq,
        outside: d.outside,
    })
}

fn key(d: &Dialog) -> Option<(&str, Option<&str>, &str, SocketAddr)> {
    (d.peer.transport == Transport::Udp).then_some((
        d.call_id.as_str(),
        d.remote_tag.as_deref(),
        d.remote_target.as_str(),
        d.peer.addr,
    ))
}

impl Call {
    pub(in crate::engine) fn journal_key(&self) -> Option<JournalKey<'_>> {
        // Only answered calls: an unanswered one has no dialog a BYE could end (its caller
        // gives up on its own INVITE timer).
        if !self.a_answered {
            return None;
        }
        let b = self.winner().and_then(|l| key(&l.dialog));
        Some((self.id, [key(&self.a), b]))
    }

    pub(in crate::engine) fn journal(&self) -> Option<JournaledCall> {
        if !self.a_answered {
            return None;
        }
        let a = saved(&self.a)?;
        Some(JournaledCall {
            account: self.account.clone(),
            caller: self.caller.clone(),
            number: self.number.clone(),
            realm: self.realm.clone(),
            a,
            b: self
                .winner()
                .and_then(|l| Some((saved(&l.dialog)?, l.device_id.clone()))),
            created_unix: self.created.unix,
            ringing_unix: self.ringing_since.map(|n| n.unix),
            answered_unix: self.answered_at.map(|n| n.unix),
        })
    }
}
