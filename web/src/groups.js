// Ring groups as SmartPBX makes them: the list (extension, members), add/edit, delete.
import { html } from 'htm/preact';
import { useState, useEffect } from 'preact/hooks';
import { get } from './api.js';
import { t } from './strings.js';
import { Banner } from './ui.js';
import { GroupForm } from './group-form.js';
import { loadGroups, deleteGroup } from './save-group.js';
import { NO_FEATURES, readFeatures, groupNode } from './group-features.js';

/** The form's values from the stored group and its base callflow's ring_group data. */
async function toForm(row) {
  const base = row.baseCf ? await get(`callflows/${row.baseCf.id}`) : null;
  const data = (base && base.flow && base.flow.data) || {};
  const members = (data.endpoints || []).map((e) => ({ id: e.id, delay: Number(e.delay) || 0, timeout: Number(e.timeout) || 20 }));
  const userFlow = row.userCf ? (await get(`callflows/${row.userCf.id}`)).flow : null;
  const next = userFlow && groupNode(userFlow) ? (groupNode(userFlow).children || {})._ : null;
  return {
    name: row.name || '',
    extension: (row.userCf && row.userCf.numbers && row.userCf.numbers[0]) || '',
    repeats: Number(data.repeats) || 1,
    strategy: data.strategy || 'simultaneous',
    next_vmbox: next && next.module === 'voicemail' ? next.data.id : '',
    members,
    ...readFeatures(userFlow, data),
  };
}

export function Groups() {
  const [data, setData] = useState(null);
  const [editing, setEditing] = useState(null);
  const [error, setError] = useState('');
  const reload = () =>
    Promise.all([loadGroups(), get('users?paginate=false'), get('vmboxes?paginate=false'), get('media?paginate=false')]).then(
      ([groups, users, vmboxes, media]) => setData({ groups, users, vmboxes, media }),
      (e) => setError(e.message)
    );
  useEffect(reload, []);
  async function edit(row) {
    try {
      setEditing({ ...row, form: await toForm(row) });
    } catch (e) {
      setError(e.message);
    }
  }
  async function remove(row) {
    if (!confirm(t.confirmDeleteGroup(row.name))) return;
    await deleteGroup(row).catch((e) => setError(e.message));
    reload();
  }
  if (editing) {
    return html`<${GroupForm}
      group=${editing}
      users=${data.users}
      vmboxes=${data.vmboxes}
      media=${data.media}
      onDone=${() => {
        setEditing(null);
        reload();
      }}
    />`;
  }
  return html`<section aria-labelledby="groups-h">
    <div class="bar">
      <h2 id="groups-h">${t.groups}</h2>
      <button disabled=${!data} onClick=${() => setEditing({ form: { name: '', extension: '', repeats: 1, strategy: 'simultaneous', next_vmbox: '', members: [], ...NO_FEATURES } })}>${t.addGroup}</button>
    </div>
    <${Banner} message=${error} />
    ${!data
      ? html`<p>${t.loading}</p>`
      : data.groups.length === 0
        ? html`<p>${t.none}</p>`
        : html`<table class="list" aria-label=${t.groups}>
            <thead><tr><th>${t.name}</th><th>${t.extension}</th><th>${t.memberCount}</th><th><span class="sr">${t.edit}</span></th></tr></thead>
            <tbody>
              ${data.groups.map(
                (g) => html`<tr key=${g.id} data-group=${g.name}>
                  <td data-label=${t.name}>${g.name}</td>
                  <td data-label=${t.extension} class="ext">${g.userCf && g.userCf.numbers ? g.userCf.numbers[0] : ''}</td>
                  <td data-label=${t.memberCount}>${typeof g.endpoints === 'number' ? g.endpoints : Object.keys(g.endpoints || {}).length}</td>
                  <td class="actions">
                    <button onClick=${() => edit(g)} aria-label=${`${t.edit} ${g.name}`}>${t.edit}</button>
                    <button class="danger" onClick=${() => remove(g)} aria-label=${`${t.del} ${g.name}`}>${t.del}</button>
                  </td>
                </tr>`
              )}
            </tbody>
          </table>`}
  </section>`;
}
