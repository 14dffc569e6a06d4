// Office holidays (SmartPBX's "closed on holidays"): a date, a date range, or an advanced rule
// such as the fourth Thursday of November; each repeats every year and routes to MainHolidays.
import { html } from 'htm/preact';
import { useState } from 'preact/hooks';
import { t } from './strings.js';
import { Field } from './ui.js';
import { WDAYS, addHoliday, deleteHoliday } from './strategy.js';
import { holidayRules, describeHoliday } from './hours.js';

const EMPTY = { name: '', kind: 'date', from: '', to: '', ordinal: 'fourth', wday: 'thursday', month: '11' };

function Select({ id, label, value, onChange, options }) {
  return html`<div class="field">
    <label for=${id}>${label}</label>
    <select id=${id} value=${value} onChange=${(e) => onChange(e.target.value)}>
      ${options.map(([v, text]) => html`<option key=${v} value=${v}>${text}</option>`)}
    </select>
  </div>`;
}

export function Holidays({ strategy, onSaved }) {
  const [form, setForm] = useState(EMPTY);
  const [errors, setErrors] = useState({});
  const [failed, setFailed] = useState('');
  const set = (k) => (v) => setForm({ ...form, [k]: v });
  async function add(e) {
    e.preventDefault();
    setFailed('');
    const name = form.name.trim();
    if (!name) return setErrors({ name: t.needName });
    const r = holidayRules(form);
    if (r.error) return setErrors({ [r.field]: r.error });
    setErrors({});
    try {
      await addHoliday(strategy, name, r.rules);
      setForm(EMPTY);
      onSaved();
    } catch (err) {
      const fields = err.fields || {};
      if (fields.name) setErrors({ name: fields.name });
      else setFailed(Object.entries(fields).map(([f, m]) => `${f}: ${m}`).join('; ') || err.message);
    }
  }
  async function remove(h) {
    setFailed('');
    try {
      await deleteHoliday(strategy, h);
      onSaved();
    } catch (err) {
      setFailed(err.message);
    }
  }
  return html`<form onSubmit=${add} aria-labelledby="holidays-h" novalidate>
    <h3 id="holidays-h">${t.holidays}</h3>
    ${strategy.holidays.length === 0 && html`<p>${t.noHolidays}</p>`}
    <ul class="holidays">
      ${strategy.holidays.map(
        (h) => html`<li key=${h.id}>
          <span class="holiday"><strong>${h.name}</strong> ${describeHoliday(h)}</span>
          <button type="button" class="plain" aria-label=${`${t.remove} ${h.name}`} onClick=${() => remove(h)}>${t.remove}</button>
        </li>`
      )}
    </ul>
    <${Field} id="holiday_name" label=${t.holidayName} value=${form.name} onInput=${set('name')} error=${errors.name} />
    <${Select} id="holiday_kind" label=${t.holidayKind} value=${form.kind} onChange=${set('kind')} options=${Object.entries(t.holidayKinds)} />
    ${form.kind !== 'advanced' &&
    html`<div class="grid">
      <${Field} id="holiday_from" label=${t.holidayFrom} type="date" value=${form.from} onInput=${set('from')} error=${errors.from} />
      ${form.kind === 'range' && html`<${Field} id="holiday_to" label=${t.holidayTo} type="date" value=${form.to} onInput=${set('to')} error=${errors.to} />`}
    </div>`}
    ${form.kind === 'advanced' &&
    html`<div class="grid">
      <${Select} id="holiday_ordinal" label=${t.holidayOrdinal} value=${form.ordinal} onChange=${set('ordinal')} options=${Object.entries(t.ordinals)} />
      <${Select} id="holiday_wday" label=${t.holidayWday} value=${form.wday} onChange=${set('wday')} options=${WDAYS.map((d) => [d, t.wdayLong[d]])} />
      <${Select} id="holiday_month" label=${t.holidayMonth} value=${form.month} onChange=${set('month')} options=${t.months.map((m, i) => [String(i + 1), m])} />
    </div>`}
    ${failed && html`<p class="error" role="alert">${failed}</p>`}
    <button type="submit">${t.addHoliday}</button>
  </form>`;
}
