// Numbers (KAZOO `phone_numbers`): each with who uses it (the callflow that has it) or spare;
// add a number the outside lines deliver, remove a spare one.
import { html } from 'htm/preact';
import { useState, useEffect } from 'preact/hooks';
import { get, put, del } from './api.js';
import { t } from './strings.js';
import { Field, Banner } from './ui.js';

async function loadNumbers() {
  const [numbers, cfs] = await Promise.all([get('phone_numbers'), get('callflows?paginate=false')]);
  return Object.entries(numbers.numbers || {})
    .map(([n, d]) => {
      const cf = d.used_by_id && cfs.find((c) => c.id === d.used_by_id);
      return { number: n, usedBy: cf ? cf.name || cf.id : d.used_by_id || '' };
    })
    .sort((a, b) => a.number.localeCompare(b.number));
}

export function Numbers() {
  const [rows, setRows] = useState(null);
  const [number, setNumber] = useState('');
  const [fieldError, setFieldError] = useState('');
  const [error, setError] = useState('');
  const reload = () => loadNumbers().then(setRows, (e) => setError(e.message));
  useEffect(reload, []);
  async function add(e) {
    e.preventDefault();
    const n = number.replace(/[\s()-]/g, '');
    if (!/^\+?\d{3,15}$/.test(n)) return setFieldError(t.badPhoneNumber);
    setFieldError('');
    try {
      await put(`phone_numbers/${encodeURIComponent(n)}`, {});
      setNumber('');
      reload();
    } catch (err) {
      setFieldError(err.fields.number || err.message);
    }
  }
  async function remove(n) {
    if (!confirm(t.confirmDeleteNumber(n))) return;
    await del(`phone_numbers/${encodeURIComponent(n)}`).catch((e) => setError(e.message));
    reload();
  }
  return html`<section aria-labelledby="numbers-h">
    <h2 id="numbers-h">${t.numbers}</h2>
    <${Banner} message=${error} />
    ${!rows
      ? html`<p>${t.loading}</p>`
      : rows.length === 0
        ? html`<p>${t.none}</p>`
        : html`<table class="list" aria-label=${t.numbers}>
            <thead><tr><th>${t.number}</th><th>${t.usedBy}</th><th><span class="sr">${t.del}</span></th></tr></thead>
            <tbody>
              ${rows.map(
                (r) => html`<tr key=${r.number} data-number=${r.number}>
                  <td data-label=${t.number} class="main-number">${r.number}</td>
                  <td data-label=${t.usedBy} class="used-by">${r.usedBy || t.spare}</td>
                  <td class="actions">${!r.usedBy && html`<button class="danger" onClick=${() => remove(r.number)} aria-label=${`${t.remove} ${r.number}`}>${t.remove}</button>`}</td>
                </tr>`
              )}
            </tbody>
          </table>`}
    <form onSubmit=${add} novalidate>
      <${Field} id="new_number" label=${t.number} value=${number} onInput=${setNumber} error=${fieldError} inputmode="tel" />
      <button type="submit">${t.addPhoneNumber}</button>
    </form>
  </section>`;
}
