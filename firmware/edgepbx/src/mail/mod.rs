//! The box's outgoing mail: notices from calls (missed-call alerts, voicemail to email)
//! composed and sent
//! through the account's relay (`/configs/smtp_client`) on a thread of their own, so no
//! call or API request ever waits on a mail server. A send that fails for a passing reason
//! (connection refused, 4xx) is tried again later; one the server refuses for good is not.

mod compose;
mod relay;
mod smtplog;
mod voicemail;

use std::sync::mpsc::{self, RecvTimeoutError, SyncSender, TrySendError};
use std::time::{Duration, Instant};

use edgepbx_callflow::flow::Notice;
use edgepbx_store::Store;

/// Notices waiting for the mailer; more than this and new ones are dropped (logged).
const QUEUE: usize = 256;
/// Waits before the second and third try of a message that failed for a passing reason.
const RETRY_AFTER: [Duration; 2] = [Duration::from_secs(30), Duration::from_secs(120)];

#[derive(Clone)]
pub struct Mailer {
    queue: SyncSender<(String, Notice)>,
}

struct Pending {
    account: String,
    notice: Notice,
    /// Tries made so far.
    tries: usize,
    due: Instant,
}

impl Mailer {
    pub fn start(store: Store) -> Result<Mailer, String> {
        let (queue, rx) = mpsc::sync_channel::<(String, Notice)>(QUEUE);
        std::thread::Builder::new()
            .name("mailer".into())
            .spawn(move || {
                let mut retries: Vec<Pending> = Vec::new();
                loop {
                    let wait = retries
                        .iter()
                        .map(|p| p.due.saturating_duration_since(Instant::now()))
                        .min()
                        .unwrap_or(Duration::from_secs(3600));
                    match rx.recv_timeout(wait) {
                        Ok((account, notice)) => {
                            let first = Pending {
                                account,
                                notice,
                                tries: 0,
                                due: Instant::now(),
                            };
                            retries.extend(attempt(&store, first));
                        }
                        Err(RecvTimeoutError::Timeout) => {}
                        Err(RecvTimeoutError::Disconnected) => return,
                    }
                    let now = Instant::now();
                    let (due, later): (Vec<_>, Vec<_>) =
                        retries.drain(..).partition(|p| p.due <= now);
                    retries = later;
                    for p in due {
                        retries.extend(attempt(&store, p));
                    }
                }
            })
            .map_err(|e| format!("mailer thread: {e}"))?;
        Ok(Mailer { queue })
    }

    pub fn send(&self, account: &str, notice: Notice) {
        match self.queue.try_send((account.to_string(), notice)) {
            Ok(()) => {}
            Err(TrySendError::Full(_)) => {
                tracing::warn!(%account, "mail queue full: a notice was dropped")
            }
            Err(TrySendError::Disconnected(_)) => {
                tracing::error!(%account, "the mailer has stopped: a notice was dropped")
            }
        }
    }
}

fn gregorian_now() -> u64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.as_secs())
        + edgepbx_store::GREGORIAN_OFFSET
}

/// One try at sending; the notice back when it should be tried again.
fn attempt(store: &Store, mut p: Pending) -> Option<Pending> {
    p.tries += 1;
    let account = p.account.as_str();
    let result = relay::Relay::for_account(store, account).and_then(|relay| {
        let message = compose::message(store, account, &p.notice, relay.from())?;
        relay.send(&message)
    });
    match result {
        Ok(()) => {
            tracing::info!(%account, kind = compose::kind(&p.notice), "notice mailed");
            smtplog::record(store, account, &p.notice, p.tries, None, gregorian_now());
            if let Notice::Voicemail(n) = &p.notice {
                voicemail::after_sent(store, account, n, gregorian_now());
            }
            None
        }
        Err(relay::SendError::Permanent(why)) => {
            tracing::warn!(%account, "notice not mailed: {why}");
            smtplog::record(
                store,
                account,
                &p.notice,
                p.tries,
                Some(&why),
                gregorian_now(),
            );
            None
        }
        Err(relay::SendError::Transient(why)) => match RETRY_AFTER.get(p.tries - 1) {
            Some(after) => {
                tracing::warn!(%account, try_no = p.tries, "notice not mailed yet, trying again in {}s: {why}", after.as_secs());
                p.due = Instant::now() + *after;
                Some(p)
            }
            None => {
                tracing::warn!(%account, "notice not mailed after {} tries: {why}", p.tries);
                smtplog::record(
                    store,
                    account,
                    &p.notice,
                    p.tries,
                    Some(&why),
                    gregorian_now(),
                );
                None
            }
        },
    }
}
