//! KAZOO temporal rules: office hours, lunch breaks and holidays (`kazoo.md` §5).
//!
//! * [`rule`]: a `temporal_rule` document parsed into a [`TemporalRule`], errors naming the field.
//! * [`next_date`]: KAZOO's `next_rule_date`, quirks included ([`next_rule_date`]).
//! * [`route`]: the `temporal_route` decision — route list, candidates, first match wins
//!   ([`evaluate`]), plus [`next_window`] for "closed now, opens Monday 08:00".
//! * [`status`]: the branch taken now and the next change, for the panel's open/closed line.
//! * [`control`]: the enable / disable / reset overrides set by feature codes.
//! * [`tz`]: UTC <-> wall clock in IANA zones, Gregorian seconds.
//!
//! Nothing here reads the clock or the store: "now" and a document lookup are arguments.

mod calendar;
pub mod control;
pub mod next_date;
pub mod route;
pub mod rule;
pub mod status;
pub mod tz;

pub use control::Action;

/// 2026-01-01T00:00:00Z. A clock that reads earlier was never set (a box without a
/// battery-backed RTC starts at 1970 until SNTP sets it): `temporal_route` then takes its
/// default child (`_`) rather than judge office hours by a wrong date.
pub const CLOCK_FLOOR_UNIX: u64 = 1_767_225_600;

/// Whether a clock reading `now_unix` can be trusted for time-of-day routing.
pub fn clock_known(now_unix: u64) -> bool {
    now_unix >= CLOCK_FLOOR_UNIX
}
pub use next_date::next_rule_date;
pub use route::{Candidate, Route, evaluate, next_window, select};
pub use rule::{Cycle, DayPattern, Ordinal, Recurrence, RuleError, TemporalRule};
