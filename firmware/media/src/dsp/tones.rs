//! Call-progress tones per country, and a generator that plays them.
//!
//! Data: the country table of `shared/reference/peers-and-hardware.md` §3.6 (Asterisk's
//! `indications.conf`, after ITU-T E.180), in the same notation: `f1+f2/ms` dual tone,
//! `f1*f2/ms` f1 amplitude-modulated by f2, `0/ms` silence, a tone without `/ms` is
//! continuous, a leading `!` plays a segment once. Call-waiting, confirmation and SIT are not
//! in that table: SIT is the ITU-T standard (950/1400/1800 Hz, 330 ms each), and call-waiting
//! and confirmation use each country's dial/busy frequency in the common E.180 cadences
//! (North America: 440 Hz 300 ms; 350+440 Hz three 100 ms bursts).

use super::osc::Osc;

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum ToneKind {
    Dial,
    Busy,
    Ringback,
    Congestion,
    CallWaiting,
    Confirmation,
    /// Special information tone (number unobtainable etc.).
    Sit,
}

/// One country's tones and ring cadence.
#[derive(Clone, Copy, Debug)]
pub struct Country {
    pub code: &'static str,
    pub name: &'static str,
    pub dial: &'static str,
    pub busy: &'static str,
    pub ringback: &'static str,
    pub congestion: &'static str,
    pub call_waiting: &'static str,
    pub confirmation: &'static str,
    /// Ring cadence for analog ringing (ms on, off, ...).
    pub ring_cadence: &'static [u16],
}

pub const SIT: &str = "!950/330,!1400/330,!1800/330,0";

macro_rules! c {
    ($code:expr, $name:expr, $dial:expr, $busy:expr, $ring:expr, $cong:expr, $cw:expr, $conf:expr, [$($r:expr),*]) => {
        Country { code: $code, name: $name, dial: $dial, busy: $busy, ringback: $ring,
                  congestion: $cong, call_waiting: $cw, confirmation: $conf, ring_cadence: &[$($r),*] }
    };
}

const EU_CW: &str = "425/200,0/200,425/200,0/5000";
const EU_CONF: &str = "!425/100,!0/100,!425/100,!0/100,!425/100,0";

/// Countries covered (all rows of the reference table; includes the 20 with most lines:
/// cn us jp de br ru uk fr in it mx es id ca(us) au tw pl nl th za...).
pub static COUNTRIES: &[Country] = &[
    c!(
        "at",
        "Austria",
        "420",
        "420/400,0/400",
        "420/1000,0/5000",
        "420/200,0/200",
        "420/40,0/1960",
        "!420/100,!0/100,!420/100,!0/100,!420/100,0",
        [1000, 5000]
    ),
    c!(
        "au",
        "Australia",
        "413+438",
        "425/375,0/375",
        "413+438/400,0/200,413+438/400,0/2000",
        "425/375,0/375,420/375,0/375",
        "425/200,0/200,425/200,0/4400",
        "!413+438/100,!0/100,!413+438/100,!0/100,!413+438/100,0",
        [400, 200, 400, 2000]
    ),
    c!(
        "bg",
        "Bulgaria",
        "425",
        "425/500,0/500",
        "425/1000,0/4000",
        "425/250,0/250",
        EU_CW,
        EU_CONF,
        [1000, 4000]
    ),
    c!(
        "br",
        "Brazil",
        "425",
        "425/250,0/250",
        "425/1000,0/4000",
        "425/250,0/250,425/750,0/250",
        "425/50,0/1000",
        EU_CONF,
        [1000, 4000]
    ),
    c!(
        "be",
        "Belgium",
        "425",
        "425/500,0/500",
        "425/1000,0/3000",
        "425/167,0/167",
        "1400/175,0/175,1400/175,0/3500",
        EU_CONF,
        [1000, 3000]
    ),
    c!(
        "ca",
        "Canada",
        "350+440",
        "480+620/500,0/500",
        "440+480/2000,0/4000",
        "480+620/250,0/250",
        "440/300,0/10000",
        "!350+440/100,!0/100,!350+440/100,!0/100,!350+440/100,0",
        [2000, 4000]
    ),
    c!(
        "ch",
        "Switzerland",
        "425",
        "425/500,0/500",
        "425/1000,0/4000",
        "425/200,0/200",
        "425/200,0/200,425/200,0/4000",
        EU_CONF,
        [1000, 4000]
    ),
    c!(
        "cl",
        "Chile",
        "400",
        "400/500,0/500",
        "400/1000,0/3000",
        "400/200,0/200",
        "900/300,0/200,900/300,0/4000",
        "!400/100,!0/100,!400/100,!0/100,!400/100,0",
        [1000, 3000]
    ),
    c!(
        "cn",
        "China",
        "450",
        "450/350,0/350",
        "450/1000,0/4000",
        "450/700,0/700",
        "450/400,0/4000",
        "!450/100,!0/100,!450/100,!0/100,!450/100,0",
        [1000, 4000]
    ),
    c!(
        "cz",
        "Czech Republic",
        "425/330,0/330,425/660,0/660",
        "425/330,0/330",
        "425/1000,0/4000",
        "425/165,0/165",
        "425/330,0/9000",
        EU_CONF,
        [1000, 4000]
    ),
    c!(
        "de",
        "Germany",
        "425",
        "425/480,0/480",
        "425/1000,0/4000",
        "425/240,0/240",
        "!425/200,!0/200,!425/200,0/5000,425/200,0/200,425/200,0/5000",
        EU_CONF,
        [1000, 4000]
    ),
    c!(
        "dk",
        "Denmark",
        "425",
        "425/500,0/500",
        "425/1000,0/4000",
        "425/200,0/200",
        "!425/200,!0/600,!425/200,!0/3000,!425/200,!0/200,!425/200,0",
        EU_CONF,
        [1000, 4000]
    ),
    c!(
        "ee",
        "Estonia",
        "425",
        "425/300,0/300",
        "425/1000,0/4000",
        "425/200,0/200",
        "950/650,0/325,950/325,0/30,1400/1300,0/2600",
        EU_CONF,
        [1000, 4000]
    ),
    c!(
        "es",
        "Spain",
        "425",
        "425/200,0/200",
        "425/1500,0/3000",
        "425/200,0/200,425/200,0/200,425/200,0/600",
        "425/175,0/175,425/175,0/3500",
        EU_CONF,
        [1500, 3000]
    ),
    c!(
        "fi",
        "Finland",
        "425",
        "425/300,0/300",
        "425/1000,0/4000",
        "425/200,0/200",
        "425/150,0/150,425/150,0/8000",
        EU_CONF,
        [1000, 4000]
    ),
    c!(
        "fr",
        "France",
        "440",
        "440/500,0/500",
        "440/1500,0/3500",
        "440/250,0/250",
        "440/300,0/10000",
        "!440/100,!0/100,!440/100,!0/100,!440/100,0",
        [1500, 3500]
    ),
    c!(
        "gr",
        "Greece",
        "425/200,0/300,425/700,0/800",
        "425/300,0/300",
        "425/1000,0/4000",
        "425/200,0/200",
        "425/150,0/150,425/150,0/8000",
        EU_CONF,
        [1000, 4000]
    ),
    c!(
        "hu",
        "Hungary",
        "425",
        "425/300,0/300",
        "425/1250,0/3750",
        "425/300,0/300",
        "425/40,0/1960",
        EU_CONF,
        [1250, 3750]
    ),
    c!(
        "id",
        "Indonesia",
        "425",
        "425/500,0/500",
        "425/1000,0/4000",
        "425/250,0/250",
        EU_CW,
        EU_CONF,
        [1000, 4000]
    ),
    c!(
        "il",
        "Israel",
        "414",
        "414/500,0/500",
        "414/1000,0/3000",
        "414/250,0/250",
        "414/100,0/100,414/100,0/100,414/600,0/3000",
        "!414/100,!0/100,!414/100,!0/100,!414/100,0",
        [1000, 3000]
    ),
    c!(
        "in",
        "India",
        "400*25",
        "400/750,0/750",
        "400*25/400,0/200,400*25/400,0/2000",
        "400/250,0/250",
        "400/200,0/100,400/200,0/7500",
        "!400/100,!0/100,!400/100,!0/100,!400/100,0",
        [400, 200, 400, 2000]
    ),
    c!(
        "it",
        "Italy",
        "425/200,0/200,425/600,0/1000",
        "425/500,0/500",
        "425/1000,0/4000",
        "425/200,0/200",
        "425/400,0/100,425/250,0/100,425/150,0/14000",
        EU_CONF,
        [1000, 4000]
    ),
    c!(
        "lt",
        "Lithuania",
        "425",
        "425/350,0/350",
        "425/1000,0/4000",
        "425/200,0/200",
        EU_CW,
        EU_CONF,
        [1000, 4000]
    ),
    c!(
        "jp",
        "Japan",
        "400",
        "400/500,0/500",
        "400+15/1000,0/2000",
        "400/500,0/500",
        "400+16/500,0/8000",
        "!400/100,!0/100,!400/100,!0/100,!400/100,0",
        [1000, 2000]
    ),
    c!(
        "kr",
        "South Korea",
        "350+440",
        "480+620/500,0/500",
        "440+480/1000,0/2000",
        "480+620/250,0/250",
        "440/300,0/10000",
        "!350+440/100,!0/100,!350+440/100,!0/100,!350+440/100,0",
        [1000, 2000]
    ),
    c!(
        "mx",
        "Mexico",
        "425",
        "425/250,0/250",
        "425/1000,0/4000",
        "425/250,0/250",
        "425/200,0/600,425/200,0/10000",
        EU_CONF,
        [2000, 4000]
    ),
    c!(
        "my",
        "Malaysia",
        "425",
        "425/500,0/500",
        "425/400,0/200,425/400,0/2000",
        "425/500,0/500",
        "425/100,0/4000",
        EU_CONF,
        [2000, 4000]
    ),
    c!(
        "nl",
        "Netherlands",
        "425",
        "425/500,0/500",
        "425/1000,0/4000",
        "425/250,0/250",
        "425/500,0/9500",
        EU_CONF,
        [1000, 4000]
    ),
    c!(
        "no",
        "Norway",
        "425",
        "425/500,0/500",
        "425/1000,0/4000",
        "425/200,0/200",
        "425/200,0/600,425/200,0/10000",
        EU_CONF,
        [1000, 4000]
    ),
    c!(
        "nz",
        "New Zealand",
        "400",
        "400/500,0/500",
        "400+450/400,0/200,400+450/400,0/2000",
        "400/250,0/250",
        "400/250,0/250,400/250,0/3250",
        "!400/100,!0/100,!400/100,!0/100,!400/100,0",
        [400, 200, 400, 2000]
    ),
    c!(
        "ph",
        "Philippines",
        "425",
        "480+620/500,0/500",
        "425+480/1000,0/4000",
        "480+620/250,0/250",
        "440/300,0/10000",
        EU_CONF,
        [1000, 4000]
    ),
    c!(
        "pl",
        "Poland",
        "425",
        "425/500,0/500",
        "425/1000,0/4000",
        "425/500,0/500",
        "425/150,0/150,425/150,0/4000",
        EU_CONF,
        [1000, 4000]
    ),
    c!(
        "pt",
        "Portugal",
        "425",
        "425/500,0/500",
        "425/1000,0/5000",
        "425/200,0/200",
        "440/300,0/10000",
        EU_CONF,
        [1000, 5000]
    ),
    c!(
        "ru",
        "Russian Federation",
        "425",
        "425/350,0/350",
        "425/1000,0/4000",
        "425/175,0/175",
        "425/200,0/5000",
        EU_CONF,
        [1000, 4000]
    ),
    c!(
        "se",
        "Sweden",
        "425",
        "425/250,0/250",
        "425/1000,0/5000",
        "425/250,0/750",
        "425/200,0/500,425/200,0/9100",
        EU_CONF,
        [1000, 5000]
    ),
    c!(
        "sg",
        "Singapore",
        "425",
        "425/750,0/750",
        "425*24/400,0/200,425*24/400,0/2000",
        "425/250,0/250",
        "425*24/300,0/200,425*24/300,0/3200",
        EU_CONF,
        [400, 200, 400, 2000]
    ),
    c!(
        "th",
        "Thailand",
        "400*50",
        "400/500,0/500",
        "420/1000,0/5000",
        "400/300,0/300",
        "1000/400,0/10000",
        "!400/100,!0/100,!400/100,!0/100,!400/100,0",
        [1000, 4000]
    ),
    c!(
        "tr",
        "Turkey",
        "450",
        "450/500,0/500",
        "450/2000,0/4000",
        "450/200,0/200,450/200,0/200,450/200,0/200,450/600,0/200",
        "450/200,0/600,450/200,0/8000",
        "!450/100,!0/100,!450/100,!0/100,!450/100,0",
        [2000, 4000]
    ),
    c!(
        "tw",
        "Taiwan",
        "350+440",
        "480+620/500,0/500",
        "440+480/1000,0/2000",
        "480+620/250,0/250",
        "350+440/500,0/500",
        "!350+440/100,!0/100,!350+440/100,!0/100,!350+440/100,0",
        [1000, 4000]
    ),
    c!(
        "uk",
        "United Kingdom",
        "350+440",
        "400/375,0/375",
        "400+450/400,0/200,400+450/400,0/2000",
        "400/400,0/350,400/225,0/525",
        "400/100,0/4000",
        "!350+440/100,!0/100,!350+440/100,!0/100,!350+440/100,0",
        [400, 200, 400, 2000]
    ),
    c!(
        "us",
        "United States / North America",
        "350+440",
        "480+620/500,0/500",
        "440+480/2000,0/4000",
        "480+620/250,0/250",
        "440/300,0/10000",
        "!350+440/100,!0/100,!350+440/100,!0/100,!350+440/100,0",
        [2000, 4000]
    ),
    c!(
        "ve",
        "Venezuela",
        "425",
        "425/500,0/500",
        "425/1000,0/4000",
        "425/250,0/250",
        "400+450/300,0/6000",
        EU_CONF,
        [1000, 4000]
    ),
    c!(
        "za",
        "South Africa",
        "400*33",
        "400/500,0/500",
        "400*33/400,0/200,400*33/400,0/2000",
        "400/250,0/250",
        "400*33/250,0/250,400*33/250,0/250,400*33/250,0/250,400*33/250,0/250",
        "!400/100,!0/100,!400/100,!0/100,!400/100,0",
        [400, 200, 400, 2000]
    ),
];

/// Look a country up by its code (case-insensitive; "gb" is an alias of "uk").
pub fn country(code: &str) -> Option<&'static Country> {
    let code = if code.eq_ignore_ascii_case("gb") {
        "uk"
    } else {
        code
    };
    COUNTRIES.iter().find(|c| c.code.eq_ignore_ascii_case(code))
}

impl Country {
    pub fn tone(&self, kind: ToneKind) -> &'static str {
        match kind {
            ToneKind::Dial => self.dial,
            ToneKind::Busy => self.busy,
            ToneKind::Ringback => self.ringback,
            ToneKind::Congestion => self.congestion,
            ToneKind::CallWaiting => self.call_waiting,
            ToneKind::Confirmation => self.confirmation,
            ToneKind::Sit => SIT,
        }
    }
}

/// One parsed segment.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct Segment {
    pub f1: f32,
    pub f2: f32,
    /// f1 amplitude-modulated by f2 instead of f1 + f2.
    pub modulated: bool,
    /// Duration; 0 = forever.
    pub ms: u32,
    pub once: bool,
}

pub const MAX_SEGMENTS: usize = 12;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ToneSpecError;

impl std::fmt::Display for ToneSpecError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "invalid tone specification")
    }
}
impl std::error::Error for ToneSpecError {}

/// Parse a tone string into segments.
pub fn parse(spec: &str) -> Result<([Segment; MAX_SEGMENTS], usize), ToneSpecError> {
    let mut segs = [Segment::default(); MAX_SEGMENTS];
    let mut n = 0;
    for part in spec.split(',') {
        let part = part.trim();
        if part.is_empty() {
            continue;
        }
        if n == MAX_SEGMENTS {
            return Err(ToneSpecError);
        }
        let (once, part) = match part.strip_prefix('!') {
            Some(p) => (true, p),
            None => (false, part),
        };
        let (freqs, ms) = match part.split_once('/') {
            Some((f, d)) => (f, d.parse::<u32>().map_err(|_| ToneSpecError)?),
            None => (part, 0),
        };
        let (f1, f2, modulated) = if let Some((a, b)) = freqs.split_once('+') {
            (a, b, false)
        } else if let Some((a, b)) = freqs.split_once('*') {
            (a, b, true)
        } else {
            (freqs, "0", false)
        };
        let f1: f32 = f1.parse().map_err(|_| ToneSpecError)?;
        let f2: f32 = f2.parse().map_err(|_| ToneSpecError)?;
        if !(0.0..4000.0).contains(&f1) || !(0.0..4000.0).contains(&f2) {
            return Err(ToneSpecError);
        }
        segs[n] = Segment {
            f1,
            f2,
            modulated,
            ms,
            once,
        };
        n += 1;
    }
    if n == 0 {
        return Err(ToneSpecError);
    }
    Ok((segs, n))
}

/// Plays one tone (any rate), e.g. `ToneGenerator::new("de", ToneKind::Busy, 8000)`.
#[derive(Clone, Debug)]
pub struct ToneGenerator {
    segs: [Segment; MAX_SEGMENTS],
    n: usize,
    /// First segment of the repeating part (None: nothing repeats).
    repeat_from: Option<usize>,
    idx: usize,
    left: u32,
    forever: bool,
    done: bool,
    rate: u32,
    a: Osc,
    b: Osc,
    amp: f32,
}

impl ToneGenerator {
    /// Tone of `kind` for country `code`. None if the country is unknown.
    pub fn new(code: &str, kind: ToneKind, rate: u32) -> Option<ToneGenerator> {
        let c = country(code)?;
        Self::from_spec(c.tone(kind), rate).ok()
    }

    /// Tone from a spec string (custom tones).
    pub fn from_spec(spec: &str, rate: u32) -> Result<ToneGenerator, ToneSpecError> {
        let (segs, n) = parse(spec)?;
        let repeat_from = segs[..n].iter().position(|s| !s.once);
        let mut g = ToneGenerator {
            segs,
            n,
            repeat_from,
            idx: 0,
            left: 0,
            forever: false,
            done: false,
            rate,
            a: Osc::default(),
            b: Osc::default(),
            amp: super::dbm0_to_peak(-13.0),
        };
        g.enter(0);
        Ok(g)
    }

    /// Level per frequency in dBm0 (default -13).
    pub fn set_level(&mut self, dbm0: f32) {
        self.amp = super::dbm0_to_peak(dbm0);
    }

    fn enter(&mut self, i: usize) {
        self.idx = i;
        let s = self.segs[i];
        self.left = s.ms * self.rate / 1000;
        self.forever = s.ms == 0;
        self.a.set_freq(s.f1, self.rate);
        self.b.set_freq(s.f2, self.rate);
    }

    /// True when a non-repeating tone has finished.
    pub fn is_done(&self) -> bool {
        self.done
    }

    /// Fill a frame.
    pub fn fill(&mut self, out: &mut [i16]) {
        for o in out.iter_mut() {
            if self.done {
                *o = 0;
                continue;
            }
            let s = self.segs[self.idx];
            let v = if s.f1 == 0.0 {
                0.0
            } else if s.modulated {
                self.a.next_sample() * (1.0 + 0.5 * self.b.next_sample()) / 1.5
            } else if s.f2 > 0.0 {
                (self.a.next_sample() + self.b.next_sample()) * 0.7
            } else {
                self.a.next_sample()
            };
            *o = (v * self.amp) as i16;
            if !self.forever {
                self.left = self.left.saturating_sub(1);
                if self.left == 0 {
                    let next = self.idx + 1;
                    if next < self.n {
                        self.enter(next);
                    } else if let Some(r) = self.repeat_from {
                        self.enter(r);
                    } else {
                        self.done = true;
                    }
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::dsp::Goertzel;

    #[test]
    fn every_country_parses_and_plays() {
        assert!(COUNTRIES.len() >= 40);
        for top in [
            "cn", "us", "jp", "de", "br", "ru", "uk", "fr", "in", "it", "kr", "mx", "es", "ca",
            "id", "tr", "au", "tw", "pl", "nl", "th", "za",
        ] {
            assert!(country(top).is_some(), "{top}");
        }
        let kinds = [
            ToneKind::Dial,
            ToneKind::Busy,
            ToneKind::Ringback,
            ToneKind::Congestion,
            ToneKind::CallWaiting,
            ToneKind::Confirmation,
            ToneKind::Sit,
        ];
        let mut f = [0i16; 160];
        for c in COUNTRIES {
            for k in kinds {
                let mut g = ToneGenerator::new(c.code, k, 8000)
                    .unwrap_or_else(|| panic!("{} {k:?}: {}", c.code, c.tone(k)));
                g.fill(&mut f);
            }
        }
        assert!(ToneGenerator::new("xx", ToneKind::Dial, 8000).is_none());
        assert!(ToneGenerator::from_spec("abc/100", 8000).is_err());
        assert!(ToneGenerator::from_spec("", 8000).is_err());
        assert!(ToneGenerator::from_spec("425/x", 8000).is_err());
    }

    #[test]
    fn us_busy_cadence_and_frequency() {
        let mut g = ToneGenerator::new("us", ToneKind::Busy, 8000).unwrap();
        let mut buf = vec![0i16; 8000];
        g.fill(&mut buf);
        // 500 ms on, 500 ms off.
        assert!(buf[3000..3900].iter().any(|&s| s.abs() > 1000));
        assert!(buf[4100..7900].iter().all(|&s| s == 0) || buf[4100..4900].iter().all(|&s| s == 0));
        let mut g480 = Goertzel::new(480.0, 8000);
        let mut g1000 = Goertzel::new(1000.0, 8000);
        for &s in &buf[0..400] {
            g480.push(s as f32);
            g1000.push(s as f32);
        }
        assert!(g480.power_reset() > 100.0 * g1000.power_reset());
    }

    #[test]
    fn confirmation_and_sit_end() {
        let mut g = ToneGenerator::new("us", ToneKind::Confirmation, 8000).unwrap();
        let mut buf = vec![0i16; 8000];
        g.fill(&mut buf);
        // "!..." segments then a continuous silence "0": never "done", but silent after 500 ms.
        assert!(buf[4200..].iter().all(|&s| s == 0));
        let mut s = ToneGenerator::new("de", ToneKind::Sit, 8000).unwrap();
        let mut buf = vec![0i16; 16000];
        s.fill(&mut buf);
        assert!(buf[7000..7900].iter().any(|&x| x != 0));
        assert!(buf[7930..].iter().all(|&x| x == 0));
    }
}
