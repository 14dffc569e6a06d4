//! A device plugged into a simulated phone's jack through the control socket (`jack fxsN`):
//! after the `ok`, the connection carries raw line audio, 8 kHz signed 16-bit little-endian
//! in 10 ms frames: each frame the line carries is written to the connection, and frames read
//! from it are spoken into the line in order. End-to-end tests plug a real fax machine
//! (spandsp) in this way. The board's frame thread never waits on the connection: both ways go
//! through bounded queues, and a device that stops reading or leaves is unplugged.

use std::io::{Read, Write};
use std::net::TcpStream;
use std::sync::mpsc::{Receiver, SyncSender, TryRecvError, TrySendError, sync_channel};

use edgepbx_board::line::{FRAME_SAMPLES, Frame};
use edgepbx_board::sim::phone::Jack;

/// Frames queued each way (0.5 s): more than scheduling jitter, bounded if the device stalls.
const QUEUED_FRAMES: usize = 50;
const FRAME_BYTES: usize = 2 * FRAME_SAMPLES;

struct StreamJack {
    heard: SyncSender<Frame>,
    spoken: Receiver<Frame>,
}

impl Jack for StreamJack {
    fn hear(&mut self, frame: &Frame) -> bool {
        match self.heard.try_send(*frame) {
            Ok(()) => true,
            Err(TrySendError::Full(_)) => {
                tracing::warn!("sim board jack: the device is not reading; unplugged");
                false
            }
            Err(TrySendError::Disconnected(_)) => false,
        }
    }

    fn speak(&mut self, out: &mut Frame) -> bool {
        match self.spoken.try_recv() {
            Ok(frame) => {
                *out = frame;
                true
            }
            Err(TryRecvError::Empty | TryRecvError::Disconnected) => false,
        }
    }
}

/// Makes the jack for a connection whose command line was read through `reader`, and starts
/// the thread that writes what the line carries to `writer`. The caller then runs
/// [`speak_from`] with the returned sender until the device leaves.
pub fn open(mut writer: TcpStream) -> std::io::Result<(Box<dyn Jack>, SyncSender<Frame>)> {
    let (heard_tx, heard_rx) = sync_channel::<Frame>(QUEUED_FRAMES);
    let (spoken_tx, spoken_rx) = sync_channel::<Frame>(QUEUED_FRAMES);
    std::thread::Builder::new()
        .name("sim-jack-out".into())
        .spawn(move || {
            let mut bytes = [0u8; FRAME_BYTES];
            for frame in heard_rx {
                for (b, s) in bytes.chunks_exact_mut(2).zip(frame) {
                    b.copy_from_slice(&s.to_le_bytes());
                }
                if writer.write_all(&bytes).is_err() {
                    return;
                }
            }
        })?;
    let jack = StreamJack {
        heard: heard_tx,
        spoken: spoken_rx,
    };
    Ok((Box::new(jack), spoken_tx))
}

/// Reads frames from the device until it closes the connection, queueing them to be spoken.
pub fn speak_from(mut reader: impl Read, spoken: SyncSender<Frame>) {
    let mut bytes = [0u8; FRAME_BYTES];
    while reader.read_exact(&mut bytes).is_ok() {
        let mut frame = [0i16; FRAME_SAMPLES];
        for (s, b) in frame.iter_mut().zip(bytes.chunks_exact(2)) {
            *s = i16::from_le_bytes([b[0], b[1]]);
        }
        // Waits while the queue is full: the device is ahead of the line.
        if spoken.send(frame).is_err() {
            return;
        }
    }
}
