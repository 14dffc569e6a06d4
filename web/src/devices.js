// Devices: every device of the account with its owner and live registration status (polled);
// add (SIP phone, softphone, analog port), adopt a phone that asked with an unknown MAC, edit, delete, a new SIP password (shown once), and
// a provisioned phone's fetches with resync / reboot.
import { html } from 'htm/preact';
import { useState, useEffect } from 'preact/hooks';
import { get, post, del } from './api.js';
import { t } from './strings.js';
import { Banner } from './ui.js';
import { CallFrom } from './quickcall.js';
import { DeviceForm } from './device-form.js';
import { DeviceProvisioning } from './device-provisioning.js';
import { SipSecret } from './sip-secret.js';
import { UnknownPhones } from './unknown-phones.js';
import { sipCredentials } from './smartpbx.js';

const POLL_MS = 5000;

async function loadDevices() {
  const [devs, users, ports] = await Promise.all([
    get('devices?with_status=true&paginate=false'),
    get('users?paginate=false'),
    get('analog_ports').catch(() => []),
  ]);
  const owner = (id) => users.find((u) => u.id === id);
  return { rows: devs.map((d) => ({ ...d, owner: owner(d.owner_id) })), users, ports };
}

export function Devices() {
  const [state, setState] = useState(null);
  const [error, setError] = useState('');
  const [editing, setEditing] = useState(null); // null: list; 'new'; a row: edit
  const [secret, setSecret] = useState(null); // a saved device whose password is shown once
  const [open, setOpen] = useState(null); // the id whose provisioning is shown
  const reload = () => loadDevices().then(setState, (e) => setError(e.message));
  useEffect(() => {
    reload();
    const timer = setInterval(reload, POLL_MS);
    return () => clearInterval(timer);
  }, []);

  async function remove(d) {
    if (!confirm(t.confirmDeleteDevice(d.name))) return;
    await del(`devices/${d.id}`).catch((e) => setError(e.message));
    reload();
  }

  async function newPassword(d) {
    if (!confirm(t.confirmNewPassword(d.name))) return;
    try {
      const base = await get(`devices/${d.id}`);
      const saved = await post(`devices/${d.id}`, { ...base, sip: { ...base.sip, password: sipCredentials().password } });
      setSecret(saved);
    } catch (e) {
      setError(e.message);
    }
  }

  if (editing) {
    return html`<${DeviceForm}
      device=${editing === 'new' ? null : editing}
      users=${state ? state.users : []}
      ports=${state ? state.ports : []}
      onCancel=${() => setEditing(null)}
      onSaved=${(doc, isNew) => {
        setEditing(null);
        if (isNew && doc.device_type === 'softphone') setSecret(doc);
        if (isNew && doc.mac_address) setOpen(doc.id);
        reload();
      }}
    />`;
  }
  const rows = state && state.rows;
  return html`<section aria-labelledby="devices-h">
    <div class="bar">
      <h2 id="devices-h">${t.devices}</h2>
      <button onClick=${() => setEditing('new')}>${t.addDevice}</button>
    </div>
    <${Banner} message=${error} />
    ${state && html`<${UnknownPhones} users=${state.users} onAdopted=${reload} />`}
    ${secret && html`<${SipSecret} device=${secret} onClose=${() => setSecret(null)} />`}
    ${!rows
      ? html`<p>${t.loading}</p>`
      : rows.length === 0
        ? html`<p>${t.none}</p>`
        : html`<table class="list" aria-label=${t.devices}>
            <thead><tr><th>${t.name}</th><th>${t.type}</th><th>${t.sipUser}</th><th>${t.owner}</th><th>${t.status}</th><th>${t.actions}</th></tr></thead>
            <tbody>
              ${rows.map(
                (d) => html`<tr key=${d.id} data-device=${d.name}>
                  <td data-label=${t.name}>${d.name}</td>
                  <td data-label=${t.type}>${t.deviceTypeOne[d.device_type] || d.device_type}</td>
                  <td data-label=${t.sipUser}>${d.username}</td>
                  <td data-label=${t.owner}>${d.owner ? `${d.owner.first_name} ${d.owner.last_name}` : ''}</td>
                  <td data-label=${t.status}><span class=${d.registered ? 'dot on' : 'dot'}>${d.registered ? t.registered : t.notRegistered}</span></td>
                  <td data-label=${t.actions} class="actions">
                    ${d.registered && html`<${CallFrom} device=${d} />`}
                    ${d.mac_address &&
                    html`<button onClick=${() => setOpen(open === d.id ? null : d.id)} aria-expanded=${open === d.id} aria-label=${t.provisioningOf(d.name)}>${t.provisioning}</button>`}
                    <button onClick=${() => setEditing(d)} aria-label=${`${t.edit} ${d.name}`}>${t.edit}</button>
                    <button onClick=${() => newPassword(d)} aria-label=${`${t.newSipPassword} ${d.name}`}>${t.newSipPassword}</button>
                    <button class="danger" onClick=${() => remove(d)} aria-label=${`${t.del} ${d.name}`}>${t.del}</button>
                  </td>
                </tr>`
              )}
            </tbody>
          </table>`}
    ${rows && rows.filter((d) => d.id === open).map((d) => html`<${DeviceProvisioning} key=${d.id} device=${d} />`)}
  </section>`;
}
