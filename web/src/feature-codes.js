// Feature codes: the star codes the box knows (GET feature_codes, the box's own table), each
// with what it does (the strings file's `fcNames`, by the code's name; a missing key shows the
// name itself) and the code dialled. As in KAZOO's Callflows app a code is its callflow:
// a changed code is a PATCH of it, "off" deletes it, "on" makes it again from the box's template.
import { html } from 'htm/preact';
import { useState, useEffect } from 'preact/hooks';
import { get, put, patch, del } from './api.js';
import { t } from './strings.js';
import { Banner } from './ui.js';

/** The template's `{code}` filled in: `*` escaped where it is a regular expression. */
const fill = (template, code) => ({
  ...template,
  numbers: template.numbers.map((n) => n.replace('{code}', code)),
  patterns: template.patterns.map((p) => p.replace('{code}', code.replace(/\*/g, '\\*'))),
  featurecode: { ...template.featurecode, number: code },
});

/** A code the admin may type: 1 to 6 digits (or stars, as the `**` of direct voicemail). */
const validCode = (c) => /^[0-9*]{1,6}$/.test(c);
const dialled = (row, code) => (row.star ? `*${code}` : code) + (row.takes_digits ? '…' : '');

function Row({ row, taken, onSaved }) {
  const [code, setCode] = useState(row.number);
  const [enabled, setEnabled] = useState(row.enabled);
  const [error, setError] = useState('');
  const [busy, setBusy] = useState(false);
  const changed = code !== row.number || enabled !== row.enabled;
  const id = `fc-${row.name.replace(/[^a-z0-9]/gi, '_')}`;
  const does = t.fcNames[row.name] || row.name;
  async function save() {
    if (enabled && !validCode(code)) return setError(t.fcDigits);
    if (enabled && taken(row, code)) return setError(t.fcTaken(dialled(row, code)));
    setError('');
    setBusy(true);
    try {
      const doc = fill(row.template, code);
      if (!enabled) await del(`callflows/${row.callflow_id}`);
      else if (!row.enabled) await put('callflows', doc);
      else await patch(`callflows/${row.callflow_id}`, { numbers: doc.numbers, patterns: doc.patterns, featurecode: doc.featurecode });
      onSaved();
    } catch (e) {
      setError(e.fields.numbers || e.fields.patterns || e.message);
      setBusy(false);
    }
  }
  return html`<tr data-code=${row.name} class=${row.handled ? '' : 'muted'}>
    <td data-label=${t.fcWhat}>${does}${!row.handled && html`<br /><small>${t.fcNotRun}</small>`}</td>
    <td data-label=${t.fcCode}>
      <span class="code-input">${row.star ? '*' : ''}<input id=${id} aria-label=${`${t.fcCode}: ${does}`} value=${code} inputmode="tel" size="6"
        aria-invalid=${error ? 'true' : undefined} onInput=${(e) => setCode(e.target.value.trim())} disabled=${!enabled} />${row.takes_digits ? '…' : ''}</span>
      ${error && html`<p class="error" role="alert">${error}</p>`}
    </td>
    <td data-label=${t.fcOn}><input type="checkbox" aria-label=${`${t.fcOn}: ${does}`} checked=${enabled} disabled=${!row.handled && !row.enabled}
      onChange=${(e) => setEnabled(e.target.checked)} /></td>
    <td class="actions">${changed && html`<button type="button" disabled=${busy} onClick=${save} aria-label=${`${t.save}: ${does}`}>${t.save}</button>`}</td>
  </tr>`;
}

export function FeatureCodes() {
  const [rows, setRows] = useState(null);
  const [error, setError] = useState('');
  const reload = () => get('feature_codes').then(setRows, (e) => setError(e.message));
  useEffect(reload, []);
  // Another enabled code dialled the same way (a pattern and a number both match it).
  const taken = (row, code) => rows.some((r) => r !== row && r.enabled && r.star === row.star && r.number === code);
  return html`<section aria-labelledby="fc-h">
    <h2 id="fc-h">${t.featureCodes}</h2>
    <p class="hint">${t.fcHint}</p>
    <${Banner} message=${error} />
    ${!rows
      ? html`<p>${t.loading}</p>`
      : html`<table class="list" aria-label=${t.featureCodes}>
          <thead><tr><th>${t.fcWhat}</th><th>${t.fcCode}</th><th>${t.fcOn}</th><th><span class="sr">${t.save}</span></th></tr></thead>
          <tbody>${rows.map((r) => html`<${Row} key=${`${r.name}/${r.callflow_id}/${r.number}`} row=${r} taken=${taken} onSaved=${reload} />`)}</tbody>
        </table>`}
  </section>`;
}
