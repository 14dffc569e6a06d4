// The office's country and extension length (the account's `edgepbx` object; KAZOO has no field
// for them). The country sets the tones callers hear and the analog lines' ring cadence and caller
// ID; choosing one proposes its prompt language (KAZOO's `language`, editable here) and time zone
// (`timezone`, saved with it and editable in the office form).
import { html } from 'htm/preact';
import { useState, useEffect } from 'preact/hooks';
import { signal } from '@preact/signals';
import { call, session } from './api.js';
import { t } from './strings.js';
import { Field, Banner } from './ui.js';
import { extensionLength } from './extension-length.js';

/** Bumped after each save: forms showing the account (the office's time zone) read it again. */
export const localeSaved = signal(0);

export function LocaleForm() {
  const path = `accounts/${session.value.account}`;
  const [countries, setCountries] = useState(null);
  const [f, setF] = useState(null);
  const [errors, setErrors] = useState({});
  const [banner, setBanner] = useState('');
  const [done, setDone] = useState(false);
  useEffect(() => {
    Promise.all([call('GET', 'countries'), call('GET', path)]).then(([list, { data }]) => {
      const own = data.edgepbx || {};
      setCountries(list.data);
      setF({
        country: own.country || '',
        extension_length: own.extension_length ? String(own.extension_length) : '',
        timezone: null,
        language: data.language || '',
      });
    }, (e) => setBanner(e.message));
  }, []);
  function pick(code) {
    const c = countries.find((x) => x.code === code);
    setF({ ...f, country: code, ...(c ? { timezone: c.timezone, language: c.language } : {}) });
  }
  async function submit(e) {
    e.preventDefault();
    setDone(false);
    const found = {};
    if (f.extension_length && !/^[2-8]$/.test(f.extension_length)) found.extension_length = t.extLengthRange;
    setErrors(found);
    setBanner('');
    if (Object.keys(found).length) return;
    const own = { country: f.country || null, extension_length: f.extension_length ? Number(f.extension_length) : null };
    const doc = { edgepbx: own, language: f.language || null };
    if (f.timezone) doc.timezone = f.timezone;
    try {
      await call('PATCH', path, doc);
      // The user form and CSV import read the length again, the office form its time zone.
      extensionLength.value = undefined;
      localeSaved.value++;
      setDone(true);
    } catch (err) {
      const fields = {};
      for (const [k, m] of Object.entries(err.fields || {})) fields[k.replace(/^edgepbx\./, '')] = m;
      setErrors(fields);
      setBanner(err.message);
    }
  }
  if (!f) return html`<${Banner} message=${banner} />${!banner && html`<p>${t.loading}</p>`}`;
  return html`<form onSubmit=${submit} aria-labelledby="locale-h" novalidate>
    <h3 id="locale-h">${t.locale}</h3>
    <p class="hint">${t.localeHint}</p>
    <${Banner} message=${banner} />
    <div class="field">
      <label for="country">${t.country}</label>
      <select id="country" value=${f.country} onChange=${(e) => pick(e.target.value)}>
        <option value="">${t.countryNone}</option>
        ${countries.map((c) => html`<option key=${c.code} value=${c.code}>${c.name}</option>`)}
      </select>
      ${errors.country && html`<p class="error" role="alert">${errors.country}</p>`}
    </div>
    ${f.timezone && html`<p class="hint" id="proposed_zone">${t.proposedZone(f.timezone)}</p>`}
    <${Field} id="language" label=${t.promptLanguage} value=${f.language} onInput=${(v) => setF({ ...f, language: v })} error=${errors.language} />
    <${Field} id="extension_length" label=${t.extensionLength} value=${f.extension_length} onInput=${(v) => setF({ ...f, extension_length: v })} error=${errors.extension_length} inputmode="numeric" />
    ${done && html`<p class="ok" role="status">${t.saved}</p>`}
    <button type="submit">${t.save}</button>
  </form>`;
}
