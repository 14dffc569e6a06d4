//! The writer thread: runs write jobs in batches, one durable redb commit per batch.

use std::sync::Arc;
use std::sync::mpsc::{Receiver, SyncSender, TryRecvError};

use redb::Database;

use crate::cache::Cache;
use crate::{StoreError, Tx};

/// Most jobs folded into one commit; bounds the latency a batch adds to its first job.
const MAX_BATCH: usize = 256;

/// A queued write. `run` may be called more than once (a batch is re-run when one of its jobs
/// fails after writing); `finish` delivers the result after the commit.
pub trait Job: Send {
    fn run(&mut self, tx: &mut Tx) -> Result<(), StoreError>;
    fn finish(self: Box<Self>, commit: Result<(), StoreError>);
}

pub struct TypedJob<F, R> {
    pub f: F,
    pub result: Option<Result<R, StoreError>>,
    pub reply: SyncSender<Result<R, StoreError>>,
}

impl<F, R> Job for TypedJob<F, R>
where
    F: FnMut(&mut Tx) -> Result<R, StoreError> + Send,
    R: Send,
{
    fn run(&mut self, tx: &mut Tx) -> Result<(), StoreError> {
        let r = (self.f)(tx);
        let status = r.as_ref().map(|_| ()).map_err(Clone::clone);
        self.result = Some(r);
        status
    }

    fn finish(self: Box<Self>, commit: Result<(), StoreError>) {
        let result = match (commit, self.result) {
            (Err(e), Some(Ok(_))) => Err(e),
            (_, Some(r)) => r,
            (Err(e), None) => Err(e),
            (Ok(()), None) => Err(StoreError::Io("write job never ran".into())),
        };
        // The caller may have given up waiting; nothing to do then.
        let _ = self.reply.send(result);
    }
}

pub fn run(db: Arc<Database>, cache: Arc<Cache>, jobs: Receiver<Box<dyn Job>>) {
    while let Ok(first) = jobs.recv() {
        let mut batch = vec![first];
        while batch.len() < MAX_BATCH {
            match jobs.try_recv() {
                Ok(job) => batch.push(job),
                Err(TryRecvError::Empty | TryRecvError::Disconnected) => break,
            }
        }
        commit_batch(&db, &cache, batch);
    }
}

fn commit_batch(db: &Database, cache: &Cache, mut batch: Vec<Box<dyn Job>>) {
    loop {
        let txn = match db.begin_write() {
            Ok(txn) => txn,
            Err(e) => return fail_all(batch, e.into()),
        };
        let mut tx = Tx::new(&txn);
        let mut dirty_failure = None;
        for (i, job) in batch.iter_mut().enumerate() {
            let writes_before = tx.writes;
            if job.run(&mut tx).is_err() && tx.writes != writes_before {
                dirty_failure = Some(i);
                break;
            }
        }
        if let Some(i) = dirty_failure {
            // The failed job left partial writes: drop the transaction, answer that job with its
            // own error, and run the rest of the batch again without it.
            drop(tx);
            drop(txn); // dropping an uncommitted transaction rolls it back
            let failed = batch.remove(i);
            failed.finish(Ok(()));
            if batch.is_empty() {
                return;
            }
            continue;
        }
        let (changes, invalidate_all) = (std::mem::take(&mut tx.changes), tx.invalidate_all);
        drop(tx);
        match txn.commit() {
            Ok(()) => {
                cache.apply(changes, invalidate_all);
                batch.into_iter().for_each(|job| job.finish(Ok(())));
            }
            Err(e) => fail_all(batch, e.into()),
        }
        return;
    }
}

fn fail_all(batch: Vec<Box<dyn Job>>, error: StoreError) {
    tracing::error!(%error, "store commit failed");
    for job in batch {
        job.finish(Err(error.clone()));
    }
}
