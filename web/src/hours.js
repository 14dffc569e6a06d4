// Office hours and holidays as plain data: the per-day form from SmartPBX's rules, templates,
// the CSV import, holiday rules (KAZOO yearly rules) and their descriptions, the live line.
import { t } from './strings.js';
import { parseCsv } from './csv.js';
import { WDAYS, hhmm } from './strategy.js';

/** Per weekday `{start, stop}` or null, and the lunch break, from the saved rules. */
export function hoursFromRules(open, lunch) {
  const days = Object.fromEntries(WDAYS.map((d) => [d, null]));
  for (const r of open) {
    for (const d of r.wdays && r.wdays.length ? r.wdays : WDAYS) {
      const day = d === 'wensday' ? 'wednesday' : d;
      if (day in days) days[day] = { start: hhmm(r.time_window_start || 0), stop: hhmm(r.time_window_stop ?? 86400) };
    }
  }
  const l = lunch[0];
  return { days, lunch: l ? { start: hhmm(l.time_window_start || 0), stop: hhmm(l.time_window_stop || 0) } : null };
}

const week = (open, start, stop) => Object.fromEntries(WDAYS.map((d) => [d, open.includes(d) ? { start, stop } : null]));

/** The templates offered above the days (key -> days). */
export const TEMPLATES = {
  weekdays9to17: () => week(WDAYS.slice(0, 5), '09:00', '17:00'),
  weekdays8to18: () => week(WDAYS.slice(0, 5), '08:00', '18:00'),
  monSat9to17: () => week(WDAYS.slice(0, 6), '09:00', '17:00'),
};

const TIME = /^([01]\d|2[0-3]):[0-5]\d$/;

/** A weekday from "monday", "Mon", "mo" (any case); null if none. */
function weekday(s) {
  const v = s.toLowerCase();
  if (v.length < 2) return null;
  return WDAYS.find((d) => d.startsWith(v)) || null;
}

/**
 * Hours from CSV lines `day,open,close` ("monday,09:00,17:00"; an optional header line
 * `day,open,close`). Days not listed are closed. `{days}` or `{errors: ["Line N: ..."]}`.
 */
export function readHours(text) {
  const days = Object.fromEntries(WDAYS.map((d) => [d, null]));
  const errors = [];
  const rows = parseCsv(text);
  if (rows.length && rows[0].fields[0].toLowerCase() === 'day') rows.shift();
  for (const { line, fields } of rows) {
    const fail = (m) => errors.push(t.csvLine(line, '', m));
    if (fields.length !== 3) {
      fail(t.hoursCsvColumns);
      continue;
    }
    const [d, start, stop] = fields;
    const day = weekday(d);
    if (!day) fail(t.hoursCsvDay(d));
    else if (!TIME.test(start) || !TIME.test(stop)) fail(t.hoursCsvTime);
    else if (!(start < stop)) fail(t.badHours);
    else if (days[day]) fail(t.hoursCsvTwice(t.wdayLong[day]));
    else days[day] = { start, stop };
  }
  if (!errors.length && !rows.length) errors.push(t.hoursCsvEmpty);
  return errors.length ? { errors } : { days };
}

const MONTH_DAYS = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
const range = (a, b) => Array.from({ length: b - a + 1 }, (_, i) => a + i);

/**
 * The yearly KAZOO rules of a holiday form: `{kind: 'date', from}`, `{kind: 'range', from,
 * to}` (dates "YYYY-MM-DD"; only month and day count, it repeats every year) or `{kind:
 * 'advanced', ordinal, wday, month}`. A range over several months is one rule per month, as
 * a rule's `days` belong to one month. `{rules}` or `{field, error}`.
 */
export function holidayRules(form) {
  const base = { cycle: 'yearly', interval: 1 };
  if (form.kind === 'advanced') {
    return { rules: [{ ...base, ordinal: form.ordinal, wdays: [form.wday], month: Number(form.month) }] };
  }
  const md = (s) => (/^\d{4}-\d\d-\d\d$/.test(s || '') ? [Number(s.slice(5, 7)), Number(s.slice(8, 10))] : null);
  const from = md(form.from);
  if (!from) return { field: 'from', error: t.pickDate };
  if (form.kind === 'date') return { rules: [{ ...base, month: from[0], days: [from[1]] }] };
  const to = md(form.to);
  if (!to) return { field: 'to', error: t.pickDate };
  if (form.to < form.from) return { field: 'to', error: t.rangeBackwards };
  if ((Date.parse(form.to) - Date.parse(form.from)) / 86400000 > 365) return { field: 'to', error: t.rangeTooLong };
  // Month by month, over the year's end when it ends in an earlier month (Dec 24 - Jan 2).
  const wraps = to[0] < from[0] || (to[0] === from[0] && to[1] < from[1]);
  const months = [];
  for (let m = from[0]; months.length < 13; m = (m % 12) + 1) {
    months.push(m);
    if (m === to[0] && (!wraps || months.length > 1)) break;
  }
  if (months.length > 12) return { field: 'to', error: t.rangeTooLong };
  const rules = months.map((m, i) => {
    const first = i === 0 ? from[1] : 1;
    const last = i === months.length - 1 ? to[1] : MONTH_DAYS[m - 1];
    return { ...base, month: m, days: range(first, last) };
  });
  return { rules };
}

/** "Dec 25", "Dec 24 – Dec 31", "Fourth Thursday of November", from a holiday's rules. */
export function describeHoliday(h) {
  const parts = h.rules.map((r) => {
    const month = t.months[(r.month || 1) - 1];
    if (r.days && r.days.length) {
      const a = r.days[0];
      const b = r.days[r.days.length - 1];
      return a === b ? `${month} ${a}` : `${month} ${a}–${b}`;
    }
    const wday = (r.wdays || [])[0];
    return t.nthWeekday(t.ordinals[r.ordinal || 'first'], t.wdayLong[wday] || wday, month);
  });
  return parts.join(', ');
}

/** "Open now, closes 17:00" / "Closed (holiday: Christmas), opens Monday 08:00". */
export function officeLine(s) {
  if (!s.clock_set) return t.clockNotSet;
  if (s.kind === 'always') return t.open24;
  const now = {
    open: t.openNow,
    rule: t.openNow,
    lunch: t.lunchNow,
    holiday: t.holidayNow(s.now.name || ''),
    closed: t.closedNow,
  }[s.kind];
  // `until`: the next change between open and not open (past lunch, holiday, night).
  const next = s.until || s.next;
  if (!next) return s.open ? t.open24 : now;
  const [date, time] = next.local.split('T');
  const at = time.slice(0, 5);
  const when =
    date === s.local.split('T')[0]
      ? at
      : next.at_unix - s.at_unix < 6 * 86400
        ? `${t.wdayLong[next.weekday]} ${at}`
        : `${t.wdayLong[next.weekday]} ${date} ${at}`;
  return s.open && !next.open ? t.closesAt(now, when) : next.open ? t.opensAt(now, when) : t.changesAt(now, when);
}
