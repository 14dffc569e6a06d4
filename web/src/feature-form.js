// One user feature as a card of its own: its form over the stored user document, checked in
// the page, saved as a PATCH of the user (fields the card does not show are kept), an API
// 400 shown at the field it names, what was typed kept when a save fails.
import { html } from 'htm/preact';
import { useState } from 'preact/hooks';
import { patch } from './api.js';
import { t } from './strings.js';
import { Banner } from './ui.js';

/**
 * `formOf(user)`: the card's fields; `check(f)`: errors by API field name; `toPatch(f)`: the
 * PATCH body; `body(f, set, errors)`: the card's inputs.
 */
export function FeatureForm({ id, title, user, formOf, check, toPatch, body, onSaved }) {
  const [f, setF] = useState(() => formOf(user));
  const [errors, setErrors] = useState({});
  const [banner, setBanner] = useState('');
  const [saved, setSaved] = useState(false);
  const [busy, setBusy] = useState(false);
  const set = (k) => (v) => {
    setSaved(false);
    setF((now) => ({ ...now, [k]: v }));
  };
  async function submit(e) {
    e.preventDefault();
    const found = check ? check(f) : {};
    setErrors(found);
    setBanner('');
    if (Object.keys(found).length) return;
    setBusy(true);
    try {
      const doc = await patch(`users/${user.id}`, toPatch(f));
      setSaved(true);
      onSaved && onSaved(doc);
    } catch (err) {
      setErrors(err.fields || {});
      setBanner(`${t.failed} ${err.message}`);
    }
    setBusy(false);
  }
  return html`<form class="card" id=${id} onSubmit=${submit} novalidate aria-labelledby=${id + '-h'}>
    <h3 id=${id + '-h'}>${title}</h3>
    <${Banner} message=${banner} />
    ${body(f, set, errors)}
    <div class="bar">
      <button type="submit" disabled=${busy}>${busy ? t.saving : t.save}</button>
      ${saved && html`<span class="ok" role="status">${t.saved}</span>`}
    </div>
  </form>`;
}

/** A select of `options` ([value, label]) with its label and error, like `Field`. */
export function Select({ id, label, value, options, onChange, error }) {
  return html`<div class="field">
    <label for=${id}>${label}</label>
    <select id=${id} value=${value} onChange=${(e) => onChange(e.target.value)} aria-invalid=${error ? 'true' : undefined}
      aria-describedby=${error ? id + '-error' : undefined}>
      ${options.map(([v, l]) => html`<option key=${v} value=${v}>${l}</option>`)}
    </select>
    ${error && html`<p class="error" id=${id + '-error'} role="alert">${error}</p>`}
  </div>`;
}
