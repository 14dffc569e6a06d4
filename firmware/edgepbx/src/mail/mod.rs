//! The box's outgoing mail: notices from calls (missed-call alerts, voicemail to email)
//! composed and sent
//! through the account's relay (`/configs/smtp_client`) on a thread of their own, so no
//! call or API request ever waits on a mail server. A send that fails for a passing reason
//! (connection refused, 4xx) is tried again later; one the server refuses for good is not.
//! Notices not sent yet are kept in the store and taken up again after a restart.
//! Voicemail to be transcribed first waits on a worker of its own (`transcriber`).

mod compose;
pub mod queue;
mod relay;
mod smtplog;
pub mod test_mail;
mod transcribe;
mod transcriber;
pub mod trunk_down;
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
    queue: SyncSender<Job>,
}

/// What the mailer's thread is handed.
enum Job {
    Notice(Box<Pending>),
    /// A mail rendered already (a notification preview): tried once, not kept in the queue
    /// (its outcome is in the smtp log).
    Prepared {
        account: String,
        notification: String,
        to: Vec<String>,
        mail: edgepbx_api::notify::Rendered,
    },
}

struct Pending {
    /// Its `mail_queue` document.
    id: String,
    account: String,
    notice: Notice,
    /// Tries made so far.
    tries: usize,
    due: Instant,
}

impl Mailer {
    pub fn start(store: Store) -> Result<Mailer, String> {
        let (queue, rx) = mpsc::sync_channel::<Job>(QUEUE);
        let transcriber = transcriber::Transcriber::start(store.clone(), queue.clone())?;
        std::thread::Builder::new()
            .name("mailer".into())
            .spawn(move || {
                // What was still queued when the box stopped goes first.
                let mut retries: Vec<Pending> = queue::load(&store)
                    .into_iter()
                    .map(|(id, account, notice, tries)| Pending {
                        id,
                        account,
                        notice,
                        tries,
                        due: Instant::now(),
                    })
                    .collect();
                loop {
                    let wait = retries
                        .iter()
                        .map(|p| p.due.saturating_duration_since(Instant::now()))
                        .min()
                        .unwrap_or(Duration::from_secs(3600));
                    match rx.recv_timeout(wait) {
                        Ok(Job::Notice(p)) => {
                            if let Some(p) = transcriber.take(*p) {
                                retries.extend(attempt(&store, p));
                            }
                        }
                        Ok(Job::Prepared {
                            account,
                            notification,
                            to,
                            mail,
                        }) => send_prepared(&store, &account, &notification, &to, mail),
                        Err(RecvTimeoutError::Timeout) => {}
                        Err(RecvTimeoutError::Disconnected) => return,
                    }
                    let now = Instant::now();
                    let (due, later): (Vec<_>, Vec<_>) =
                        retries.drain(..).partition(|p| p.due <= now);
                    retries = later;
                    for p in due {
                        if let Some(p) = transcriber.take(p) {
                            retries.extend(attempt(&store, p));
                        }
                    }
                }
            })
            .map_err(|e| format!("mailer thread: {e}"))?;
        Ok(Mailer { queue })
    }

    /// Hands over a notice already queued in the store as `id` (see [`queue::put`]); when
    /// the mailer is behind, it is taken up from the store after the next restart.
    pub fn send(&self, id: String, account: &str, notice: Notice) {
        let p = Pending {
            id,
            account: account.to_string(),
            notice,
            tries: 0,
            due: Instant::now(),
        };
        match self.queue.try_send(Job::Notice(Box::new(p))) {
            Ok(()) => {}
            Err(TrySendError::Full(_)) => {
                tracing::warn!(%account, "mailer busy: a notice waits in the store for the next start")
            }
            Err(TrySendError::Disconnected(_)) => {
                tracing::error!(%account, "the mailer has stopped: a notice waits in the store")
            }
        }
    }

    /// Queues a rendered mail (a notification preview); an error when the queue is full.
    pub fn send_prepared(
        &self,
        account: &str,
        notification: &str,
        to: &[String],
        mail: edgepbx_api::notify::Rendered,
    ) -> Result<(), String> {
        let job = Job::Prepared {
            account: account.to_string(),
            notification: notification.to_string(),
            to: to.to_vec(),
            mail,
        };
        self.queue
            .try_send(job)
            .map_err(|_| "the mailer is busy: try again later".to_string())
    }
}

/// One try at a prepared mail (a notification preview); the outcome is logged and goes
/// into the smtp log as KAZOO's previews do.
fn send_prepared(
    store: &Store,
    account: &str,
    notification: &str,
    to: &[String],
    mail: edgepbx_api::notify::Rendered,
) {
    let subject = mail.subject.clone();
    let result = relay::Relay::for_account(store, account).and_then(|relay| {
        let message = compose::prepared(relay.from(), to, mail)?;
        relay.send(&message)
    });
    let error = match result {
        Ok(()) => {
            tracing::info!(%account, notification, "notification preview mailed");
            None
        }
        Err(relay::SendError::Permanent(why) | relay::SendError::Transient(why)) => {
            tracing::warn!(%account, notification, "notification preview not mailed: {why}");
            Some(why)
        }
    };
    let entry = smtplog::Entry {
        template_id: notification,
        to: to.to_vec(),
        subject,
        tries: 1,
        error: error.as_deref(),
        preview: true,
    };
    smtplog::write(store, account, &entry, gregorian_now());
}

fn gregorian_now() -> u64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.as_secs())
        + edgepbx_store::GREGORIAN_OFFSET
}

/// One try at sending; the notice back when it should be tried again. The stored queue
/// follows: the entry goes once the notice is done with, or records the try.
fn attempt(store: &Store, p: Pending) -> Option<Pending> {
    let id = p.id.clone();
    let again = try_once(store, p);
    match &again {
        Some(p) => queue::save(store, &p.id, &p.account, &p.notice, p.tries),
        None => queue::remove(store, &id),
    }
    again
}

fn try_once(store: &Store, mut p: Pending) -> Option<Pending> {
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
