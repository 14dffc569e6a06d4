//! Transcription off the mailer's thread: a voicemail notice whose box asks for text goes
//! to this one worker first and comes back to the mailer's queue once transcribed (or
//! failed, or timed out after the service's `timeout_ms`, at most 30 s), so a slow
//! speech-to-text service delays only the mails that wait for it, never those queued
//! behind them. With the worker's queue full the mail goes without text at once.

use std::sync::mpsc::{self, SyncSender, TrySendError};

use edgepbx_callflow::flow::Notice;
use edgepbx_store::Store;

use super::{Job, Pending};

/// Notices waiting for the transcriber.
const QUEUE: usize = 16;

pub struct Transcriber {
    jobs: SyncSender<Pending>,
}

impl Transcriber {
    /// The worker, handing transcribed notices back to the mailer through `back`.
    pub(super) fn start(store: Store, back: SyncSender<Job>) -> Result<Transcriber, String> {
        let (jobs, rx) = mpsc::sync_channel::<Pending>(QUEUE);
        std::thread::Builder::new()
            .name("transcriber".into())
            .spawn(move || {
                for mut p in rx {
                    if let Notice::Voicemail(n) = &mut p.notice {
                        super::transcribe::transcribe(&store, &p.account, n);
                    }
                    // The mailer's queue is drained all the time; waiting here holds up
                    // only transcriptions.
                    if back.send(Job::Notice(Box::new(p))).is_err() {
                        return;
                    }
                }
            })
            .map_err(|e| format!("transcriber thread: {e}"))?;
        Ok(Transcriber { jobs })
    }

    /// The notice back when it can be mailed now; None when the worker took it (it
    /// returns to the mailer's queue transcribed).
    pub(super) fn take(&self, mut p: Pending) -> Option<Pending> {
        let Notice::Voicemail(n) = &mut p.notice else {
            return Some(p);
        };
        if !n.transcribe || n.transcription.is_some() {
            return Some(p);
        }
        match self.jobs.try_send(p) {
            Ok(()) => None,
            Err(TrySendError::Full(mut p) | TrySendError::Disconnected(mut p)) => {
                tracing::warn!(account = %p.account, "transcriber busy: the voicemail is mailed without text");
                if let Notice::Voicemail(n) = &mut p.notice {
                    n.transcription = Some(String::new());
                }
                Some(p)
            }
        }
    }
}
