// Numbers (KAZOO `phone_numbers`): each with who uses it (the callflow that has it) or spare;
// add a number the outside lines deliver, remove a spare one, assign a spare one to a user, a
// group, the main number or a conference, and unassign it.
import { html } from 'htm/preact';
import { useState, useEffect } from 'preact/hooks';
import { get, put, del } from './api.js';
import { t } from './strings.js';
import { Field, Banner } from './ui.js';
import { targets, assign, unassign } from './assign-number.js';

async function loadNumbers() {
  const [numbers, cfs, users] = await Promise.all([get('phone_numbers'), get('callflows?paginate=false'), get('users?paginate=false')]);
  const to = targets(cfs, users);
  const rows = Object.entries(numbers.numbers || {})
    .map(([n, d]) => {
      const cf = d.used_by_id && cfs.find((c) => c.id === d.used_by_id);
      const target = cf && to.find((x) => x.id === cf.id);
      return { number: n, usedBy: target ? target.label : cf ? cf.name || cf.id : d.used_by_id || '', assignedTo: target && cf.id };
    })
    .sort((a, b) => a.number.localeCompare(b.number));
  return { rows, targets: to };
}

/** A spare number's "assign to" choice and button. */
function AssignTo({ number, choices, onAssign }) {
  const [to, setTo] = useState('');
  const id = `assign-${number}`;
  return html`<span class="assign">
    <label class="sr" for=${id}>${t.assignTo(number)}</label>
    <select id=${id} value=${to} onChange=${(e) => setTo(e.target.value)}>
      <option value="">${t.assignPick}</option>
      ${choices.map((c) => html`<option key=${c.id} value=${c.id}>${c.label}</option>`)}
    </select>
    <button disabled=${!to} onClick=${() => onAssign(to)}>${t.assign}</button>
  </span>`;
}

export function Numbers() {
  const [data, setData] = useState(null);
  const [number, setNumber] = useState('');
  const [fieldError, setFieldError] = useState('');
  const [error, setError] = useState('');
  const reload = () => loadNumbers().then(setData, (e) => setError(e.message));
  const rows = data && data.rows;
  /** Runs an assign or unassign, then shows the list as the box has it. */
  const change = (action) => action.then(() => setError(''), (e) => setError(e.message)).then(reload);
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
                  <td class="actions">
                    ${!r.usedBy && html`<${AssignTo} number=${r.number} choices=${data.targets} onAssign=${(id) => change(assign(id, r.number))} />`}
                    ${r.assignedTo && html`<button class="plain" onClick=${() => change(unassign(r.assignedTo, r.number))} aria-label=${`${t.unassign} ${r.number}`}>${t.unassign}</button>`}
                    ${!r.usedBy && html`<button class="danger" onClick=${() => remove(r.number)} aria-label=${`${t.remove} ${r.number}`}>${t.remove}</button>`}
                  </td>
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
