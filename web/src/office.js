// The office: its name (also the account name used to sign in) and time zone, on the account
// document (KAZOO's `name` and `timezone`; office hours and call logs follow the time zone).
import { html } from 'htm/preact';
import { useState, useEffect } from 'preact/hooks';
import { call, session } from './api.js';
import { t } from './strings.js';
import { Field, Banner } from './ui.js';
import { localeSaved } from './locale-form.js';

const ZONES = typeof Intl.supportedValuesOf === 'function' ? Intl.supportedValuesOf('timeZone') : ['UTC'];

export function OfficeForm({ onDone }) {
  const path = `accounts/${session.value.account}`;
  const [f, setF] = useState(null);
  const [errors, setErrors] = useState({});
  const [banner, setBanner] = useState('');
  const [done, setDone] = useState(false);
  useEffect(() => {
    call('GET', path).then(
      ({ data }) => setF({ name: data.name || '', timezone: data.timezone || 'UTC' }),
      (e) => setBanner(e.message)
    );
    // Read again when the country form saved a proposed time zone.
  }, [localeSaved.value]);
  async function submit(e) {
    e.preventDefault();
    setDone(false);
    if (!f.name.trim()) return setErrors({ name: t.required });
    setErrors({});
    setBanner('');
    try {
      await call('PATCH', path, { name: f.name.trim(), timezone: f.timezone });
      session.value = { ...session.value, accountName: f.name.trim() };
      setDone(true);
      onDone && onDone();
    } catch (err) {
      setErrors(err.fields || {});
      setBanner(err.message);
    }
  }
  if (!f) return html`<${Banner} message=${banner} />${!banner && html`<p>${t.loading}</p>`}`;
  const zones = ZONES.includes(f.timezone) ? ZONES : [f.timezone, ...ZONES];
  return html`<form onSubmit=${submit} aria-labelledby="office-h" novalidate>
    <h3 id="office-h">${t.office}</h3>
    <${Banner} message=${banner} />
    <${Field} id="office_name" label=${t.officeName} value=${f.name} onInput=${(v) => setF({ ...f, name: v })} error=${errors.name} />
    <div class="field">
      <label for="timezone">${t.timezone}</label>
      <select id="timezone" value=${f.timezone} onChange=${(e) => setF({ ...f, timezone: e.target.value })}>
        ${zones.map((z) => html`<option key=${z} value=${z}>${z}</option>`)}
      </select>
      ${errors.timezone && html`<p class="error" role="alert">${errors.timezone}</p>`}
    </div>
    ${done && html`<p class="ok" role="status">${t.saved}</p>`}
    <button type="submit">${t.save}</button>
  </form>`;
}
