// Conferences (KAZOO `conferences`): the list with numbers and whether PINs guard them,
// add/edit, delete (with the callflow dialling in).
import { html } from 'htm/preact';
import { useState, useEffect } from 'preact/hooks';
import { get } from './api.js';
import { t } from './strings.js';
import { Banner } from './ui.js';
import { ConferenceForm } from './conference-form.js';
import { deleteConference } from './save-conference.js';

const pinCount = (role) => ((role && role.pins) || []).length;

export function Conferences() {
  const [rows, setRows] = useState(null);
  const [editing, setEditing] = useState(null);
  const [error, setError] = useState('');
  const reload = () => get('conferences?paginate=false').then(setRows, (e) => setError(e.message));
  useEffect(reload, []);
  async function edit(c) {
    try {
      setEditing(await get(`conferences/${c.id}`));
    } catch (e) {
      setError(e.message);
    }
  }
  async function remove(c) {
    if (!confirm(t.confirmDeleteConference(c.name))) return;
    await deleteConference(c.id).catch((e) => setError(e.message));
    reload();
  }
  if (editing) {
    return html`<${ConferenceForm}
      conf=${editing}
      onDone=${() => {
        setEditing(null);
        reload();
      }}
    />`;
  }
  return html`<section aria-labelledby="conf-h">
    <div class="bar">
      <h2 id="conf-h">${t.conferences}</h2>
      <button onClick=${() => setEditing({})}>${t.addConference}</button>
    </div>
    <${Banner} message=${error} />
    ${!rows
      ? html`<p>${t.loading}</p>`
      : rows.length === 0
        ? html`<p>${t.none}</p>`
        : html`<table class="list" aria-label=${t.conferences}>
            <thead><tr><th>${t.name}</th><th>${t.confNumber}</th><th>${t.pins}</th><th><span class="sr">${t.edit}</span></th></tr></thead>
            <tbody>
              ${rows.map(
                (c) => html`<tr key=${c.id} data-conference=${c.name}>
                  <td data-label=${t.name}>${c.name}</td>
                  <td data-label=${t.confNumber} class="ext">${(c.conference_numbers || []).join(', ')}</td>
                  <td data-label=${t.pins} class="pins">${t.pinSummary(pinCount(c.member), pinCount(c.moderator))}</td>
                  <td class="actions">
                    <button class="plain" onClick=${() => edit(c)} aria-label=${`${t.edit} ${c.name}`}>${t.edit}</button>
                    <button class="danger" onClick=${() => remove(c)} aria-label=${`${t.del} ${c.name}`}>${t.del}</button>
                  </td>
                </tr>`
              )}
            </tbody>
          </table>`}
  </section>`;
}
