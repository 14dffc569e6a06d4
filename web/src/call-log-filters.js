// The call log's filter bar: from and to day (UTC days, as the table shows its times; the last
// 7 days unless chosen), and for the admin a user and a part of a number. The filters live in
// the address's hash query (`#calls?from=2026-11-27&to=2026-12-04&user=..&number=..`) so a
// reload keeps them. The box checks them (a range of at most 31 days, from not after to, the
// number's characters); its 400 shows at the field it names.
import { html } from 'htm/preact';
import { useState, useEffect } from 'preact/hooks';
import { get } from './api.js';
import { t } from './strings.js';
import { Field } from './ui.js';

const DAY = 86400;
const GREGORIAN_OFFSET = 62167219200;
const NUMBER_PAUSE_MS = 400;

const isoDay = (unix) => new Date(unix * 1000).toISOString().slice(0, 10);
const isDay = (v) => /^\d{4}-\d{2}-\d{2}$/.test(v || '') && !Number.isNaN(Date.parse(`${v}T00:00:00Z`));
const dayStart = (day) => Date.parse(`${day}T00:00:00Z`) / 1000 + GREGORIAN_OFFSET;

function fromHash() {
  const q = new URLSearchParams(location.hash.split('?')[1] || '');
  const today = Math.floor(Date.now() / 1000);
  const day = (k, fallback) => (isDay(q.get(k)) ? q.get(k) : fallback);
  return { from: day('from', isoDay(today - 7 * DAY)), to: day('to', isoDay(today)), user: q.get('user') || '', number: q.get('number') || '' };
}

function toHash(filters) {
  const q = new URLSearchParams(Object.entries(filters).filter(([, v]) => v));
  history.replaceState(null, '', `#${location.hash.slice(1).split('?')[0]}?${q}`);
}

/** The filters, from the address, and `change({key: value})`, which writes them back to it. */
export function useCallLogFilters() {
  const [filters, setFilters] = useState(fromHash);
  useEffect(() => toHash(filters), [filters]);
  // An address typed in or the menu's link (`#calls`, the defaults) replaces them.
  useEffect(() => {
    const reread = () => setFilters(fromHash());
    addEventListener('hashchange', reread);
    return () => removeEventListener('hashchange', reread);
  }, []);
  return [filters, (change) => setFilters((f) => ({ ...f, ...change }))];
}

/** The listing the filters ask for, without paging: a plain user's own legs (`own`: their id),
 * one user's calls, or every call. An emptied day is left to the box's default. */
export function callListing(f, own) {
  const q = new URLSearchParams();
  if (isDay(f.from)) q.set('created_from', dayStart(f.from));
  if (isDay(f.to)) q.set('created_to', dayStart(f.to) + DAY - 1);
  if (own) return { path: `users/${own}/cdrs`, query: `${q}` };
  if (f.number) q.set('number_contains', f.number);
  return { path: f.user ? `users/${encodeURIComponent(f.user)}/cdrs/interaction` : 'cdrs/interaction', query: `${q}` };
}

/** `errors`: the API's messages by the parameter they name. `full`: user and number too. */
export function CallLogFilters({ filters, change, errors, full }) {
  const [users, setUsers] = useState([]);
  const [usersError, setUsersError] = useState('');
  const [number, setNumber] = useState(filters.number);
  useEffect(() => setNumber(filters.number), [filters.number]);
  useEffect(() => {
    const name = (u) => `${u.first_name || ''} ${u.last_name || ''}`.trim();
    const byName = (list) => list.map((u) => ({ id: u.id, name: name(u) })).sort((a, b) => a.name.localeCompare(b.name));
    if (full) get('users?paginate=false').then((list) => setUsers(byName(list)), (e) => setUsersError(e.message));
  }, []);
  // A typed number applies once typing pauses, or at once with Enter.
  useEffect(() => {
    if (number === filters.number) return undefined;
    const timer = setTimeout(() => change({ number }), NUMBER_PAUSE_MS);
    return () => clearTimeout(timer);
  }, [number]);
  const submit = (e) => {
    e.preventDefault();
    change({ number });
  };
  return html`<form class="grid filters" role="search" aria-label=${t.callFilters} onSubmit=${submit}>
    <${Field} id="calls_from" label=${t.fromDay} type="date" value=${filters.from} error=${errors.created_from} onInput=${(v) => change({ from: v })} />
    <${Field} id="calls_to" label=${t.toDay} type="date" value=${filters.to} error=${errors.created_to} onInput=${(v) => change({ to: v })} />
    ${full &&
    html`<div class="field">
        <label for="calls_user">${t.callsOfUser}</label>
        <select id="calls_user" value=${filters.user} onChange=${(e) => change({ user: e.target.value })}>
          <option value="">${t.allUsers}</option>
          ${users.map((u) => html`<option key=${u.id} value=${u.id} selected=${u.id === filters.user}>${u.name}</option>`)}
        </select>
        ${usersError && html`<p class="error" role="alert">${usersError}</p>`}
      </div>
      <${Field} id="calls_number" label=${t.callsWithNumber} value=${number} error=${errors.number_contains} inputmode="tel" onInput=${setNumber} />`}
  </form>`;
}
