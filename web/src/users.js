// Users: the list with extensions and phones, and the add/edit form.
import { html } from 'htm/preact';
import { useState, useEffect } from 'preact/hooks';
import { get, session } from './api.js';
import { t } from './strings.js';
import { Banner } from './ui.js';
import { UserForm } from './user-form.js';
import { deleteUser } from './save-user.js';
import { UserFeatures } from './user-features.js';

async function loadUsers() {
  const [users, cfs, devs] = await Promise.all([
    get('users?paginate=false'),
    get('callflows?filter_type=mainUserCallflow&paginate=false'),
    get('devices?with_status=true&paginate=false'),
  ]);
  return users.map((u) => {
    const cf = cfs.find((c) => c.owner_id === u.id);
    return {
      ...u,
      callflow: cf,
      extension: cf && cf.numbers ? cf.numbers[0] : '',
      numbers: cf && cf.numbers ? cf.numbers.slice(1) : [],
      devices: devs.filter((d) => d.owner_id === u.id),
    };
  });
}

/** The search box's filter: every word typed is in the name, extension, numbers or email. */
const matches = (query) => (u) => {
  const hay = `${u.first_name} ${u.last_name} ${u.username} ${u.extension} ${u.numbers.join(' ')} ${u.email || ''}`.toLowerCase();
  return query.toLowerCase().split(/\s+/).every((w) => hay.includes(w));
};

export function Users() {
  const [rows, setRows] = useState(null);
  const [query, setQuery] = useState('');
  const [editing, setEditing] = useState(null); // null: list; {}: new; row: edit
  const [features, setFeatures] = useState(null); // the row whose features are open
  const [error, setError] = useState('');
  const reload = () => loadUsers().then(setRows, (e) => setError(e.message));
  useEffect(reload, []);

  async function remove(u) {
    if (!confirm(t.confirmDelete(`${u.first_name} ${u.last_name}`))) return;
    try {
      await deleteUser(u.id);
    } catch (e) {
      setError(e.message);
    }
    reload();
  }

  if (features) {
    return html`<${UserFeatures} user=${features} onDone=${() => setFeatures(null)} />`;
  }
  if (editing) {
    return html`<${UserForm}
      user=${editing}
      onDone=${() => {
        setEditing(null);
        reload();
      }}
    />`;
  }
  return html`<section aria-labelledby="users-h">
    <div class="bar">
      <h2 id="users-h">${t.users}</h2>
      <button onClick=${() => setEditing({})}>${t.addUser}</button>
    </div>
    <${Banner} message=${error} />
    <input type="search" class="search" aria-label=${t.searchUsers} placeholder=${t.searchUsers} value=${query} onInput=${(e) => setQuery(e.target.value)} />
    ${!rows
      ? html`<p>${t.loading}</p>`
      : rows.length === 0
        ? html`<p>${t.none}</p>`
        : html`<table class="list" aria-label=${t.users}>
            <thead><tr><th>${t.name}</th><th>${t.username}</th><th>${t.extension}</th><th>${t.numbersOf}</th><th>${t.devices}</th><th><span class="sr">${t.edit}</span></th></tr></thead>
            <tbody>
              ${rows.filter(matches(query)).map(
                (u) => html`<tr key=${u.id} data-user=${u.username}>
                  <td data-label=${t.name}>${u.first_name} ${u.last_name}</td>
                  <td data-label=${t.username}>${u.username}</td>
                  <td data-label=${t.extension} class="ext">${u.extension}</td>
                  <td data-label=${t.numbersOf}>${u.numbers.join(', ')}</td>
                  <td data-label=${t.devices}>
                    ${u.devices.map(
                      (d) => html`<span class=${d.registered ? 'dot on' : 'dot'}>${d.name} · ${d.registered ? t.registered : t.notRegistered}</span>`
                    )}
                  </td>
                  <td class="actions">
                    <button onClick=${() => setEditing(u)} aria-label=${`${t.edit} ${u.username}`}>${t.edit}</button>
                    <button onClick=${() => setFeatures(u)} aria-label=${`${t.features} ${u.username}`}>${t.features}</button>
                    ${u.id !== session.value.owner &&
                    html`<button class="danger" onClick=${() => remove(u)} aria-label=${`${t.del} ${u.username}`}>${t.del}</button>`}
                  </td>
                </tr>`
              )}
            </tbody>
          </table>`}
  </section>`;
}
