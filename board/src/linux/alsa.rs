//! The TDM bus through ALSA, spoken directly with the kernel's PCM ioctls.
//!
//! Why not the `alsa` crate: it links libasound, which the static musl binary does not
//! have; the kernel interface needed here is small (set hardware parameters, prepare, read
//! and write interleaved frames, recover from an xrun), so it is spoken directly through
//! `libc::ioctl` on `/dev/snd/pcmC{card}D{device}{p,c}`. The SoC's TDM/I2S controller shows
//! up there once its ASoC machine driver is in the device tree (see board/README.md).
//!
//! One ALSA channel per TDM slot, 8 kHz, 80-frame periods (10 ms): each exchange writes one
//! period and reads one, so the capture side paces the line loop.

use std::fs::{File, OpenOptions};
use std::os::fd::AsRawFd;

use edgepbx_media::codec::g711;

use crate::board_file::PcmSpec;
use crate::drivers::pcm::{PcmBus, PcmFormat};
use crate::line::{FRAME_SAMPLES, Frame};

/// The board's PCM bus, or why it could not be opened (then every exchange fails and the
/// ports hear silence, while hook and ring signalling still work).
pub enum LinuxPcm {
    Alsa(AlsaTdm),
    Unavailable { reason: String, slots: usize },
}

impl LinuxPcm {
    pub fn open(spec: &PcmSpec) -> LinuxPcm {
        AlsaTdm::open(spec).map_or_else(
            |reason| LinuxPcm::Unavailable {
                reason,
                slots: usize::from(spec.slots),
            },
            LinuxPcm::Alsa,
        )
    }
}

impl PcmBus for LinuxPcm {
    fn slots(&self) -> usize {
        match self {
            LinuxPcm::Alsa(tdm) => tdm.channels,
            LinuxPcm::Unavailable { slots, .. } => *slots,
        }
    }

    fn exchange(&mut self, to_slots: &[Frame], from_slots: &mut [Frame]) -> Result<(), String> {
        match self {
            LinuxPcm::Alsa(tdm) => tdm.exchange(to_slots, from_slots),
            LinuxPcm::Unavailable { reason, .. } => Err(reason.clone()),
        }
    }

    /// Each exchange reads one capture period: the TDM frame clock paces the line loop.
    fn is_clocked(&self) -> bool {
        matches!(self, LinuxPcm::Alsa(_))
    }
}

/// Playback and capture streams of one ALSA PCM device.
pub struct AlsaTdm {
    playback: File,
    capture: File,
    channels: usize,
    format: PcmFormat,
    /// Interleaved samples of one period, in the device's sample format.
    bytes: Vec<u8>,
}

/// Periods the playback buffer is primed with: the bus's added delay (20 ms).
const PRIMING_PERIODS: usize = 2;
const PERIODS: u32 = 4;

impl AlsaTdm {
    pub fn open(spec: &PcmSpec) -> Result<AlsaTdm, String> {
        let open = |direction: char| {
            let path = format!("/dev/snd/pcmC{}D{}{direction}", spec.card, spec.device);
            let file = OpenOptions::new()
                .read(true)
                .write(true)
                .open(&path)
                .map_err(|e| format!("cannot open {path}: {e}"))?;
            set_hw_params(&file, spec).map_err(|e| format!("{path}: {e}"))?;
            ioctl_none(&file, SNDRV_PCM_IOCTL_PREPARE)
                .map_err(|e| format!("{path}: prepare: {e}"))?;
            Ok::<File, String>(file)
        };
        let channels = usize::from(spec.slots);
        let width = bytes_per_sample(spec.format);
        let mut tdm = AlsaTdm {
            playback: open('p')?,
            capture: open('c')?,
            channels,
            format: spec.format,
            bytes: vec![0; FRAME_SAMPLES * channels * width],
        };
        tdm.bytes.fill(silence_byte(spec.format));
        for _ in 0..PRIMING_PERIODS {
            tdm.write_period()
                .map_err(|e| format!("priming playback: {e}"))?;
        }
        Ok(tdm)
    }

    fn exchange(&mut self, to_slots: &[Frame], from_slots: &mut [Frame]) -> Result<(), String> {
        self.interleave(to_slots);
        self.write_period().map_err(|e| format!("playback: {e}"))?;
        self.read_period().map_err(|e| format!("capture: {e}"))?;
        self.deinterleave(from_slots);
        Ok(())
    }

    fn interleave(&mut self, to_slots: &[Frame]) {
        let width = bytes_per_sample(self.format);
        for (channel, frame) in to_slots.iter().enumerate().take(self.channels) {
            for (n, &sample) in frame.iter().enumerate() {
                let at = (n * self.channels + channel) * width;
                match self.format {
                    PcmFormat::Linear => {
                        self.bytes[at..at + 2].copy_from_slice(&sample.to_le_bytes());
                    }
                    PcmFormat::Ulaw => self.bytes[at] = g711::linear_to_ulaw(sample),
                    PcmFormat::Alaw => self.bytes[at] = g711::linear_to_alaw(sample),
                }
            }
        }
    }

    fn deinterleave(&self, from_slots: &mut [Frame]) {
        let width = bytes_per_sample(self.format);
        for (channel, frame) in from_slots.iter_mut().enumerate().take(self.channels) {
            for (n, sample) in frame.iter_mut().enumerate() {
                let at = (n * self.channels + channel) * width;
                *sample = match self.format {
                    PcmFormat::Linear => i16::from_le_bytes([self.bytes[at], self.bytes[at + 1]]),
                    PcmFormat::Ulaw => g711::ulaw_to_linear(self.bytes[at]),
                    PcmFormat::Alaw => g711::alaw_to_linear(self.bytes[at]),
                };
            }
        }
    }

    fn write_period(&mut self) -> Result<(), String> {
        transfer(
            &self.playback,
            SNDRV_PCM_IOCTL_WRITEI_FRAMES,
            self.bytes.as_mut_ptr(),
        )
    }

    fn read_period(&mut self) -> Result<(), String> {
        transfer(
            &self.capture,
            SNDRV_PCM_IOCTL_READI_FRAMES,
            self.bytes.as_mut_ptr(),
        )
    }
}

/// One period through READI/WRITEI; an xrun (EPIPE) re-prepares the stream and retries once.
fn transfer(file: &File, request: libc::c_ulong, buf: *mut u8) -> Result<(), String> {
    for attempt in 0..2 {
        let mut xfer = SndXferi {
            result: 0,
            buf: buf.cast(),
            frames: FRAME_SAMPLES as libc::c_ulong,
        };
        // SAFETY: `xfer` points at a live buffer of one period for this stream's layout.
        let rc = unsafe { libc::ioctl(file.as_raw_fd(), request as _, &mut xfer) };
        if rc == 0 {
            return Ok(());
        }
        let error = std::io::Error::last_os_error();
        if error.raw_os_error() == Some(libc::EPIPE) && attempt == 0 {
            ioctl_none(file, SNDRV_PCM_IOCTL_PREPARE)?;
            continue;
        }
        return Err(error.to_string());
    }
    Err("xrun persists after re-prepare".to_string())
}

fn bytes_per_sample(format: PcmFormat) -> usize {
    usize::from(format.slot_bits() / 8)
}

fn silence_byte(format: PcmFormat) -> u8 {
    match format {
        PcmFormat::Linear => 0,
        PcmFormat::Ulaw => g711::linear_to_ulaw(0),
        PcmFormat::Alaw => g711::linear_to_alaw(0),
    }
}

// --- The kernel ABI (include/uapi/sound/asound.h) ---

#[repr(C)]
#[derive(Clone, Copy)]
struct SndMask {
    bits: [u32; 8],
}

#[repr(C)]
#[derive(Clone, Copy)]
struct SndInterval {
    min: u32,
    max: u32,
    /// openmin:1, openmax:1, integer:1, empty:1
    flags: u32,
}

#[repr(C)]
struct SndPcmHwParams {
    flags: u32,
    masks: [SndMask; 3],
    mres: [SndMask; 5],
    intervals: [SndInterval; 12],
    ires: [SndInterval; 9],
    rmask: u32,
    cmask: u32,
    info: u32,
    msbits: u32,
    rate_num: u32,
    rate_den: u32,
    fifo_size: libc::c_ulong,
    reserved: [u8; 64],
}

#[repr(C)]
struct SndXferi {
    result: libc::c_long,
    buf: *mut libc::c_void,
    frames: libc::c_ulong,
}

const MASK_ACCESS: usize = 0;
const MASK_FORMAT: usize = 1;
const MASK_SUBFORMAT: usize = 2;
const FIRST_INTERVAL: usize = 8;
const INTERVAL_CHANNELS: usize = 10;
const INTERVAL_RATE: usize = 11;
const INTERVAL_PERIOD_SIZE: usize = 13;
const INTERVAL_PERIODS: usize = 15;
const INTERVAL_INTEGER: u32 = 1 << 2;
const ACCESS_RW_INTERLEAVED: u32 = 3;
const SUBFORMAT_STD: u32 = 0;
const FORMAT_S16_LE: u32 = 2;
const FORMAT_MU_LAW: u32 = 20;
const FORMAT_A_LAW: u32 = 21;

const fn ioc(dir: libc::c_ulong, nr: libc::c_ulong, size: usize) -> libc::c_ulong {
    (dir << 30) | ((size as libc::c_ulong) << 16) | ((b'A' as libc::c_ulong) << 8) | nr
}
const IOC_WRITE: libc::c_ulong = 1;
const IOC_READ: libc::c_ulong = 2;
const SNDRV_PCM_IOCTL_HW_PARAMS: libc::c_ulong =
    ioc(IOC_READ | IOC_WRITE, 0x11, size_of::<SndPcmHwParams>());
const SNDRV_PCM_IOCTL_PREPARE: libc::c_ulong = ioc(0, 0x40, 0);
const SNDRV_PCM_IOCTL_WRITEI_FRAMES: libc::c_ulong = ioc(IOC_WRITE, 0x50, size_of::<SndXferi>());
const SNDRV_PCM_IOCTL_READI_FRAMES: libc::c_ulong = ioc(IOC_READ, 0x51, size_of::<SndXferi>());

fn mask_of(bit: u32) -> SndMask {
    let mut mask = SndMask { bits: [0; 8] };
    mask.bits[(bit / 32) as usize] = 1 << (bit % 32);
    mask
}

fn exactly(value: u32) -> SndInterval {
    SndInterval {
        min: value,
        max: value,
        flags: INTERVAL_INTEGER,
    }
}

/// Hardware parameters with every choice pinned: interleaved access, the slot format, one
/// channel per slot, 8 kHz, 10 ms periods.
fn hw_params(spec: &PcmSpec) -> SndPcmHwParams {
    let any_mask = SndMask {
        bits: [u32::MAX; 8],
    };
    let any_interval = SndInterval {
        min: 0,
        max: u32::MAX,
        flags: 0,
    };
    let mut p = SndPcmHwParams {
        flags: 0,
        masks: [any_mask; 3],
        mres: [SndMask { bits: [0; 8] }; 5],
        intervals: [any_interval; 12],
        ires: [SndInterval {
            min: 0,
            max: 0,
            flags: 0,
        }; 9],
        rmask: u32::MAX,
        cmask: 0,
        info: 0,
        msbits: 0,
        rate_num: 0,
        rate_den: 0,
        fifo_size: 0,
        reserved: [0; 64],
    };
    let format = match spec.format {
        PcmFormat::Linear => FORMAT_S16_LE,
        PcmFormat::Ulaw => FORMAT_MU_LAW,
        PcmFormat::Alaw => FORMAT_A_LAW,
    };
    p.masks[MASK_ACCESS] = mask_of(ACCESS_RW_INTERLEAVED);
    p.masks[MASK_FORMAT] = mask_of(format);
    p.masks[MASK_SUBFORMAT] = mask_of(SUBFORMAT_STD);
    p.intervals[INTERVAL_CHANNELS - FIRST_INTERVAL] = exactly(u32::from(spec.slots));
    p.intervals[INTERVAL_RATE - FIRST_INTERVAL] = exactly(8000);
    p.intervals[INTERVAL_PERIOD_SIZE - FIRST_INTERVAL] = exactly(FRAME_SAMPLES as u32);
    p.intervals[INTERVAL_PERIODS - FIRST_INTERVAL] = exactly(PERIODS);
    p
}

fn set_hw_params(file: &File, spec: &PcmSpec) -> Result<(), String> {
    let mut params = hw_params(spec);
    // SAFETY: HW_PARAMS reads and writes exactly one `snd_pcm_hw_params`, which `params` is.
    let rc = unsafe {
        libc::ioctl(
            file.as_raw_fd(),
            SNDRV_PCM_IOCTL_HW_PARAMS as _,
            &mut params,
        )
    };
    if rc != 0 {
        let error = std::io::Error::last_os_error();
        return Err(format!(
            "hardware parameters ({} slots, {:?}, 8 kHz, 10 ms periods) refused: {error}",
            spec.slots, spec.format
        ));
    }
    Ok(())
}

fn ioctl_none(file: &File, request: libc::c_ulong) -> Result<(), String> {
    // SAFETY: an argument-less PCM ioctl on an open PCM file descriptor.
    let rc = unsafe { libc::ioctl(file.as_raw_fd(), request as _) };
    if rc != 0 {
        return Err(std::io::Error::last_os_error().to_string());
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ioctl_numbers_and_struct_sizes_match_the_kernel_abi() {
        // snd_pcm_hw_params is 604 bytes on 32-bit and 608 on 64-bit targets.
        let expected = if size_of::<libc::c_ulong>() == 8 {
            608
        } else {
            604
        };
        assert_eq!(size_of::<SndPcmHwParams>(), expected);
        assert_eq!(SNDRV_PCM_IOCTL_PREPARE, 0x4140);
        if size_of::<libc::c_ulong>() == 8 {
            assert_eq!(SNDRV_PCM_IOCTL_HW_PARAMS, 0xc2604111);
            assert_eq!(SNDRV_PCM_IOCTL_WRITEI_FRAMES, 0x40184150);
            assert_eq!(SNDRV_PCM_IOCTL_READI_FRAMES, 0x80184151);
        }
    }

    #[test]
    fn interleaving_round_trips_each_format() {
        for format in [PcmFormat::Linear, PcmFormat::Ulaw, PcmFormat::Alaw] {
            let channels = 3;
            let mut tdm = AlsaTdm {
                playback: File::open("/dev/null").unwrap(),
                capture: File::open("/dev/null").unwrap(),
                channels,
                format,
                bytes: vec![0; FRAME_SAMPLES * channels * bytes_per_sample(format)],
            };
            let frames: Vec<Frame> = (0..channels)
                .map(|c| std::array::from_fn(|n| (c as i16 + 1) * 1000 - n as i16 * 8))
                .collect();
            tdm.interleave(&frames);
            let mut back = vec![[0; FRAME_SAMPLES]; channels];
            tdm.deinterleave(&mut back);
            for (sent, got) in frames.iter().zip(&back) {
                for (a, b) in sent.iter().zip(got) {
                    // G.711 keeps about 4 % of the sample; linear is exact.
                    let tolerance = if format == PcmFormat::Linear {
                        0
                    } else {
                        i16::abs(*a) / 16 + 8
                    };
                    assert!(
                        (a - b).abs() <= tolerance,
                        "{format:?}: {a} came back as {b}"
                    );
                }
            }
        }
    }

    #[test]
    fn hardware_parameters_pin_every_choice() {
        let spec = PcmSpec {
            card: 0,
            device: 0,
            format: PcmFormat::Ulaw,
            slots: 4,
        };
        let p = hw_params(&spec);
        assert_eq!(p.masks[MASK_FORMAT].bits[0], 1 << 20);
        assert_eq!(p.masks[MASK_ACCESS].bits[0], 1 << 3);
        let channels = p.intervals[INTERVAL_CHANNELS - FIRST_INTERVAL];
        assert_eq!((channels.min, channels.max), (4, 4));
        let period = p.intervals[INTERVAL_PERIOD_SIZE - FIRST_INTERVAL];
        assert_eq!((period.min, period.max), (80, 80));
    }
}
