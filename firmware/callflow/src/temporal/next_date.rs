//! KAZOO's `next_rule_date` (`cf_temporal_route.erl`), case by case.
//!
//! This is deliberately a faithful port, quirks included, because the routing decision of a
//! migrated office must not change: non-weekly cycles return the first occurrence *after*
//! the search date, weekly ones the first on or after it; "interval" phases count from the
//! start date (ISO weeks for weekly); a missing fifth weekday spills into the next month;
//! day 31 in a 30-day month rolls over; yearly Feb 29 becomes Mar 1 in other years. The
//! comments on each branch say which Erlang clause it mirrors. Intermediate dates are
//! [`Ymd`]s that may be improper, exactly like KAZOO's tuples.

use jiff::civil::{Date, Weekday};

use super::calendar::{Ymd, from_days, monday_of};
use super::rule::{Cycle, DayPattern, Ordinal, Recurrence};

/// The next date on which `rec` applies, searching from `search`, for a rule whose (local)
/// start date is `start`: KAZOO's `next_rule_date` followed by the caller's normalisation.
///
/// `None` when there is no such date: a yearly "fifth weekday" that the interval never lets
/// happen, or a date beyond the year 9999.
pub fn next_rule_date(rec: &Recurrence, start: Date, search: Date) -> Option<Date> {
    next_rule_ymd(rec, Ymd::from_date(start), Ymd::from_date(search))?.to_date()
}

/// The unnormalised result, as KAZOO returns it (e.g. `2009-02-29`).
pub(crate) fn next_rule_ymd(rec: &Recurrence, start: Ymd, search: Ymd) -> Option<Ymd> {
    let i = i64::from(rec.interval.max(1));
    Some(match &rec.cycle {
        Cycle::Date => start,
        Cycle::Daily => daily(i, start, search),
        Cycle::Weekly(wdays) => weekly(i, wdays, start, search),
        Cycle::Monthly(DayPattern::Days(days)) => monthly_days(i, days, start, search),
        Cycle::Monthly(DayPattern::Weekday { ordinal, weekday }) => {
            monthly_weekday(i, *ordinal, dow(*weekday), start, search)
        }
        Cycle::Yearly {
            month,
            pattern: DayPattern::Days(days),
        } => yearly_days(i, i64::from(*month), days, start, search),
        Cycle::Yearly {
            month,
            pattern: DayPattern::Weekday { ordinal, weekday },
        } => yearly_weekday(i, *ordinal, i64::from(*month), dow(*weekday), start, search)?,
    })
}

fn dow(w: Weekday) -> i64 {
    w.to_monday_one_offset().into()
}

/// `start + k·i` days: the first one after `search` (when `search` is before the start, the
/// truncating division makes this `start + i`, or earlier dates for far-away searches).
fn daily(i: i64, start: Ymd, search: Ymd) -> Ymd {
    let offset = (search.days() - start.days()) / i * i;
    Ymd::new(start.y, start.m, start.d + offset + i)
}

fn weekly(i: i64, wdays: &[Weekday], start: Ymd, today: Ymd) -> Ymd {
    let dow0 = today.dow();
    // iso_week_difference: whole weeks between the two ISO Mondays, sign dropped.
    let distance = (monday_of(start.days()) - monday_of(today.days())).abs() / 7;
    let offset = distance / i * i;
    let active_week = distance == offset;
    // find_active_days: the rule's weekdays not yet past this week, in rule order.
    let next_day = wdays.iter().map(|w| dow(*w)).find(|&d| d >= dow0);
    match next_day {
        // The start is later this week: search from the start date instead.
        Some(_) if today.days() < start.days() && active_week => weekly(i, wdays, start, start),
        Some(day) if today == start && day == dow0 && active_week => start,
        Some(day) if active_week => today.add_days(day - dow0),
        // Inactive week, or no rule day left this week: first rule day of the next active
        // week, counted from the start's ISO week (from_iso_week(W0 + Offset + Interval)).
        _ => {
            let first = wdays.first().map_or(1, |w| dow(*w));
            from_days(monday_of(start.days()) + (offset + i) * 7 + first - 1)
        }
    }
}

/// Months between the search month and the start month, and that distance rounded down
/// (towards zero, as Erlang's `trunc`) to a multiple of the interval.
fn month_phase(i: i64, start: Ymd, search: Ymd) -> (i64, i64) {
    let distance = (search.y - start.y) * 12 - start.m + search.m;
    (distance, distance / i * i)
}

/// Month number `m01` counted from January of `start.y`, as KAZOO writes it:
/// `{Y0 + (M01 div 12), M01 rem 12, Day}`. Month 0 (December of the year before) and any
/// other out-of-range month are left to normalisation.
fn month_from(start: Ymd, m01: i64, day: i64) -> Ymd {
    Ymd::new(start.y + m01 / 12, m01 % 12, day)
}

fn monthly_days(i: i64, days: &[u8], start: Ymd, search: Ymd) -> Ymd {
    let (distance, offset) = month_phase(i, start, search);
    let first = i64::from(days.first().copied().unwrap_or(1));
    match days.iter().map(|&d| i64::from(d)).find(|&d| d > search.d) {
        Some(day) if distance == offset => month_from(start, start.m + offset, day),
        _ => month_from(start, start.m + offset + i, first),
    }
}

fn monthly_weekday(i: i64, ordinal: Ordinal, wd: i64, start: Ymd, search: Ymd) -> Ymd {
    let (distance, offset) = month_phase(i, start, search);
    let active = distance == offset;
    let next_month = start.m + offset + i;
    match ordinal {
        Ordinal::Every => {
            if active {
                let date = next_weekday(search, wd);
                // Still this month, or any month when every month is active.
                if (date.y, date.m) == (search.y, search.m) || i == 1 {
                    return date;
                }
            }
            ordinal_weekday(start.y, next_month, wd, 0)
        }
        Ordinal::Last => {
            if active {
                let date = last_weekday(search.y, search.m, wd);
                if search.d < date.d {
                    return date;
                }
            }
            last_weekday(start.y, next_month, wd)
        }
        _ => {
            let pos = ordinal.position().unwrap_or(0);
            if active {
                let date = ordinal_weekday(search.y, search.m, wd, pos);
                // Erlang: `{_, M1, D2} when D1 < D2, I0 > 1` and `{_, M2, D2} when D1 < D2;
                // M1 < M2` for I0 = 1. The latter accepts a fifth weekday that spilled into
                // the next month: KAZOO's "fifth Friday" of a month without one can be the
                // first Friday of the next.
                let hit = if i > 1 {
                    date.m == search.m && search.d < date.d
                } else {
                    search.d < date.d || search.m < date.m
                };
                if hit {
                    return date;
                }
            }
            ordinal_weekday(start.y, next_month, wd, pos)
        }
    }
}

fn yearly_days(i: i64, month: i64, days: &[u8], start: Ymd, search: Ymd) -> Ymd {
    let distance = search.y - start.y;
    let offset = distance / i * i;
    let first = i64::from(days.first().copied().unwrap_or(1));
    let next_year = Ymd::new(start.y + offset + i, month, first);
    if distance != offset || search.m > month {
        next_year
    } else if search.m < month {
        Ymd::new(search.y, month, first)
    } else {
        // This month: the first listed day after today (Erlang's dropwhile on `D1 >= D`).
        match days.iter().map(|&d| i64::from(d)).find(|&d| d > search.d) {
            Some(day) => Ymd::new(search.y, month, day),
            None => next_year,
        }
    }
}

fn yearly_weekday(
    i: i64,
    ordinal: Ordinal,
    month: i64,
    wd: i64,
    start: Ymd,
    search: Ymd,
) -> Option<Ymd> {
    let distance = search.y - start.y;
    let offset = distance / i * i;
    let active = distance == offset;
    let next_year = start.y + offset + i;
    // The clauses below share one guard: the candidate is in this year's target month and
    // either that month is still ahead, or it is this month and the day is still ahead.
    let ahead = |date: Ymd| {
        date.y == search.y && (search.m < month || (search.m == month && search.d < date.d))
    };
    Some(match ordinal {
        Ordinal::Every => {
            // KAZOO looks for the next weekday after *today's day number in the target month*
            // (so from Jan 20 it finds the first Monday after Apr 20, not Apr 1).
            if active {
                let date = next_weekday(Ymd::new(search.y, month, search.d), wd);
                if date.m == month && ahead(date) {
                    return Some(date);
                }
            }
            ordinal_weekday(next_year, month, wd, 0)
        }
        Ordinal::Last => {
            if active {
                let date = last_weekday(search.y, month, wd);
                if ahead(date) {
                    return Some(date);
                }
            }
            last_weekday(next_year, month, wd)
        }
        _ => {
            let pos = ordinal.position().unwrap_or(0);
            if active {
                let date = ordinal_weekday(search.y, month, wd, pos);
                if date.m == month && ahead(date) {
                    return Some(date);
                }
            }
            return next_yearly_ordinal_weekday(next_year, month, wd, pos, i);
        }
    })
}

/// find_next_yearly_ordinal_weekday: the first active year whose target month really has the
/// n-th weekday. KAZOO loops forever when none has (e.g. the fifth Monday of February every
/// 4 years in the wrong phase); the calendar repeats every 400 years, so 400 tries decide it.
fn next_yearly_ordinal_weekday(year: i64, month: i64, wd: i64, pos: i64, i: i64) -> Option<Ymd> {
    (0..400)
        .map(|k| ordinal_weekday(year + k * i, month, wd, pos))
        .find(|date| date.m == month)
}

/// kz_date:find_next_weekday: the next `wd` strictly after `date` (a week later if `date` is
/// one). KAZOO would crash on an improper `date`; we normalise it first.
fn next_weekday(date: Ymd, wd: i64) -> Ymd {
    let date = date.normalize();
    date.add_days((wd - date.dow() - 1).rem_euclid(7) + 1)
}

/// date_of_dow via find_ordinal_weekday: the `pos`-th (0 = first) `wd` of month `m` of year
/// `y` (months past 12 carry into the year). A fifth that does not exist lands in the next
/// month, and callers check for that.
fn ordinal_weekday(y: i64, m: i64, wd: i64, pos: i64) -> Ymd {
    let first_of_month = Ymd::new(y, m, 1).days();
    let first = first_of_month + (wd - super::calendar::dow_of_days(first_of_month)).rem_euclid(7);
    from_days(first + 7 * pos)
}

/// find_last_weekday: the fifth `wd` of the month if it exists, else the fourth.
fn last_weekday(y: i64, m: i64, wd: i64) -> Ymd {
    let fifth = ordinal_weekday(y, m, wd, 4);
    let month = Ymd::new(y, m, 1).normalize();
    if (fifth.y, fifth.m) == (month.y, month.m) {
        fifth
    } else {
        ordinal_weekday(y, m, wd, 3)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::temporal::rule::TemporalRule;
    use serde_json::json;

    fn next(rule: serde_json::Value, start: (i64, i64, i64), search: (i64, i64, i64)) -> Ymd {
        let r = TemporalRule::from_json(&rule).unwrap();
        let s = Ymd::new(start.0, start.1, start.2);
        let d = Ymd::new(search.0, search.1, search.2);
        next_rule_ymd(&r.recurrence, s, d).unwrap().normalize()
    }

    #[test]
    fn yearly_feb_29_is_mar_1_in_common_years() {
        let rule = json!({"cycle": "yearly", "month": 2, "days": [29]});
        assert_eq!(
            next(rule.clone(), (2008, 1, 1), (2008, 2, 1)),
            Ymd::new(2008, 2, 29)
        );
        assert_eq!(
            next(rule.clone(), (2008, 1, 1), (2009, 2, 1)),
            Ymd::new(2009, 3, 1)
        );
        assert_eq!(
            next(rule.clone(), (2008, 1, 1), (2008, 2, 29)),
            Ymd::new(2009, 3, 1)
        );
        // Every 4 years from 2008: the leap years only.
        let quad = json!({"cycle": "yearly", "month": 2, "days": [29], "interval": 4});
        assert_eq!(
            next(quad, (2008, 1, 1), (2009, 6, 1)),
            Ymd::new(2012, 2, 29)
        );
    }

    #[test]
    fn monthly_day_31_rolls_over() {
        let rule = json!({"cycle": "monthly", "days": [31]});
        // April has 30 days: {2011,4,31} normalises to May 1.
        assert_eq!(next(rule, (2011, 1, 1), (2011, 4, 1)), Ymd::new(2011, 5, 1));
    }

    #[test]
    fn last_ordinals() {
        let last_fri = json!({"cycle": "monthly", "ordinal": "last", "wdays": ["friday"]});
        // December 2023 has five Fridays (1, 8, 15, 22, 29), February 2024 four (2..23).
        assert_eq!(
            next(last_fri.clone(), (2023, 1, 1), (2023, 12, 1)),
            Ymd::new(2023, 12, 29)
        );
        assert_eq!(
            next(last_fri.clone(), (2023, 1, 1), (2023, 12, 29)),
            Ymd::new(2024, 1, 26)
        );
        assert_eq!(
            next(last_fri, (2023, 1, 1), (2024, 2, 1)),
            Ymd::new(2024, 2, 23)
        );
        // Last Monday of May (US Memorial Day).
        let memorial =
            json!({"cycle": "yearly", "month": 5, "ordinal": "last", "wdays": ["monday"]});
        assert_eq!(
            next(memorial.clone(), (2020, 1, 1), (2024, 1, 1)),
            Ymd::new(2024, 5, 27)
        );
        assert_eq!(
            next(memorial, (2020, 1, 1), (2024, 5, 27)),
            Ymd::new(2025, 5, 26)
        );
    }

    #[test]
    fn intervals_greater_than_one() {
        let every_3_days = json!({"cycle": "daily", "interval": 3});
        assert_eq!(
            next(every_3_days, (2024, 1, 1), (2024, 1, 9)),
            Ymd::new(2024, 1, 10)
        );
        let fortnightly = json!({"cycle": "weekly", "interval": 2, "wdays": ["monday"]});
        // Start Monday 2024-01-01: active weeks are those of Jan 1, Jan 15, Jan 29, ...
        assert_eq!(
            next(fortnightly.clone(), (2024, 1, 1), (2024, 1, 2)),
            Ymd::new(2024, 1, 15)
        );
        assert_eq!(
            next(fortnightly, (2024, 1, 1), (2024, 1, 15)),
            Ymd::new(2024, 1, 15)
        );
        let quarterly = json!({"cycle": "monthly", "interval": 3, "days": [1]});
        assert_eq!(
            next(quarterly, (2024, 1, 1), (2024, 1, 1)),
            Ymd::new(2024, 4, 1)
        );
    }

    #[test]
    fn start_date_in_the_future() {
        // Weekly searches from the start date when it is later (in an active week) ...
        let mon_fri = json!({"cycle": "weekly", "wdays": ["monday", "friday"]});
        assert_eq!(
            next(mon_fri.clone(), (2024, 1, 3), (2024, 1, 1)),
            Ymd::new(2024, 1, 5)
        );
        assert_eq!(
            next(mon_fri, (2024, 3, 6), (2024, 1, 1)),
            Ymd::new(2024, 3, 8)
        );
        // ... and in an inactive week it counts weeks from the start's ISO week (the distance
        // is taken without sign): 9 weeks before the start, interval 2 -> start week + 10.
        let fortnightly = json!({"cycle": "weekly", "interval": 2, "wdays": ["monday"]});
        assert_eq!(
            next(fortnightly, (2024, 3, 6), (2024, 1, 1)),
            Ymd::new(2024, 5, 13)
        );
        // A one-off date is its start date, whatever the search date.
        let date = json!({"cycle": "date"});
        assert_eq!(
            next(date, (2030, 5, 17), (2024, 1, 1)),
            Ymd::new(2030, 5, 17)
        );
        // Daily with interval > 1 never returns its own start date (KAZOO's truncation).
        let daily = json!({"cycle": "daily", "interval": 4});
        assert_eq!(
            next(daily, (2024, 1, 10), (2024, 1, 9)),
            Ymd::new(2024, 1, 14)
        );
    }

    #[test]
    fn impossible_yearly_fifth_is_none_not_a_hang() {
        // Feb 2012 has five Wednesdays; with interval 4 from 2011 only 2011, 2015, 2019, ...
        // are active and they are never leap years, so February never has a fifth anything.
        let r = TemporalRule::from_json(&json!({
            "cycle": "yearly", "month": 2, "ordinal": "fifth", "wdays": ["wednesday"], "interval": 4
        }))
        .unwrap();
        let got = next_rule_ymd(&r.recurrence, Ymd::new(2011, 1, 1), Ymd::new(2011, 6, 1));
        assert_eq!(got, None);
    }

    #[test]
    fn huge_intervals_do_not_overflow() {
        let r =
            TemporalRule::from_json(&json!({"cycle": "yearly", "interval": u32::MAX, "month": 2,
            "ordinal": "fifth", "wdays": ["monday"]}))
            .unwrap();
        let d = Date::constant(2024, 3, 1);
        assert_eq!(next_rule_date(&r.recurrence, d, d), None);
        let r = TemporalRule::from_json(
            &json!({"cycle": "monthly", "interval": u32::MAX, "days": [31]}),
        )
        .unwrap();
        assert_eq!(
            next_rule_date(&r.recurrence, d, Date::constant(-9999, 1, 1)),
            None
        );
    }
}
