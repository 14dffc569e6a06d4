// Voicemail boxes: the list (number, owner, new messages), add/edit, and each box's messages.
import { html } from 'htm/preact';
import { useState, useEffect } from 'preact/hooks';
import { get, del } from './api.js';
import { t } from './strings.js';
import { Banner } from './ui.js';
import { VmboxForm } from './vmbox-form.js';
import { VmMessages } from './vm-messages.js';

export function Vmboxes() {
  const [data, setData] = useState(null);
  const [editing, setEditing] = useState(null); // {}: new; a box: edit
  const [listening, setListening] = useState(null);
  const [error, setError] = useState('');
  const reload = () =>
    Promise.all([get('vmboxes?paginate=false'), get('users?paginate=false')]).then(
      ([boxes, users]) => setData({ boxes, users }),
      (e) => setError(e.message)
    );
  useEffect(reload, []);
  const back = () => {
    setEditing(null);
    setListening(null);
    reload();
  };
  async function remove(b) {
    if (!confirm(t.confirmDeleteVmbox(b.name))) return;
    await del(`vmboxes/${b.id}`).catch((e) => setError(e.message));
    reload();
  }
  async function edit(b) {
    try {
      setEditing(await get(`vmboxes/${b.id}`));
    } catch (e) {
      setError(e.message);
    }
  }
  if (editing) return html`<${VmboxForm} box=${editing} users=${data.users} onDone=${back} />`;
  if (listening) return html`<${VmMessages} box=${listening} others=${data.boxes.filter((b) => b.id !== listening.id)} onDone=${back} />`;
  const ownerName = (id) => {
    const u = data.users.find((x) => x.id === id);
    return u ? `${u.first_name} ${u.last_name}` : '';
  };
  return html`<section aria-labelledby="vmboxes-h">
    <div class="bar">
      <h2 id="vmboxes-h">${t.vmboxes}</h2>
      <button onClick=${() => setEditing({})}>${t.addVmbox}</button>
    </div>
    <${Banner} message=${error} />
    ${!data
      ? html`<p>${t.loading}</p>`
      : data.boxes.length === 0
        ? html`<p>${t.none}</p>`
        : html`<table class="list" aria-label=${t.vmboxes}>
            <thead><tr><th>${t.name}</th><th>${t.mailbox}</th><th>${t.owner}</th><th>${t.newMessages}</th><th><span class="sr">${t.edit}</span></th></tr></thead>
            <tbody>
              ${data.boxes.map(
                (b) => html`<tr key=${b.id} data-vmbox=${b.mailbox}>
                  <td data-label=${t.name}>${b.name}</td>
                  <td data-label=${t.mailbox}>${b.mailbox}</td>
                  <td data-label=${t.owner}>${ownerName(b.owner_id)}</td>
                  <td data-label=${t.newMessages} class="count">${b.messages || 0}</td>
                  <td class="actions">
                    <button onClick=${() => setListening(b)} aria-label=${t.messagesOf(b.name)}>${t.messages}</button>
                    <button class="plain" onClick=${() => edit(b)} aria-label=${`${t.edit} ${b.name}`}>${t.edit}</button>
                    <button class="danger" onClick=${() => remove(b)} aria-label=${`${t.del} ${b.name}`}>${t.del}</button>
                  </td>
                </tr>`
              )}
            </tbody>
          </table>`}
  </section>`;
}
