//! KAZOO temporal rules: office hours, lunch breaks and holidays (`kazoo.md` §5).
//!
//! * [`rule`]: a `temporal_rule` document parsed into a [`TemporalRule`], errors naming the field.
//! * [`next_date`]: KAZOO's `next_rule_date`, quirks included ([`next_rule_date`]).
//! * [`route`]: the `temporal_route` decision — route list, candidates, first match wins
//!   ([`evaluate`]), plus [`next_window`] for "closed now, opens Monday 08:00".
//! * [`control`]: the enable / disable / reset overrides set by feature codes.
//! * [`tz`]: UTC <-> wall clock in IANA zones, Gregorian seconds.
//!
//! Nothing here reads the clock or the store: "now" and a document lookup are arguments.

mod calendar;
pub mod control;
pub mod next_date;
pub mod route;
pub mod rule;
pub mod tz;

pub use control::Action;
pub use next_date::next_rule_date;
pub use route::{Candidate, Route, evaluate, next_window, select};
pub use rule::{Cycle, DayPattern, Ordinal, Recurrence, RuleError, TemporalRule};
