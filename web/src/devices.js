// Devices: every device of the account with its owner and live registration status.
import { html } from 'htm/preact';
import { useState, useEffect } from 'preact/hooks';
import { get } from './api.js';
import { t } from './strings.js';
import { Banner } from './ui.js';
import { CallFrom } from './quickcall.js';

export function Devices() {
  const [rows, setRows] = useState(null);
  const [error, setError] = useState('');
  useEffect(() => {
    Promise.all([get('devices?with_status=true&paginate=false'), get('users?paginate=false')]).then(
      ([devs, users]) => {
        const owner = (id) => users.find((u) => u.id === id);
        setRows(devs.map((d) => ({ ...d, owner: owner(d.owner_id) })));
      },
      (e) => setError(e.message)
    );
  }, []);
  return html`<section aria-labelledby="devices-h">
    <h2 id="devices-h">${t.devices}</h2>
    <${Banner} message=${error} />
    ${!rows
      ? html`<p>${t.loading}</p>`
      : rows.length === 0
        ? html`<p>${t.none}</p>`
        : html`<table class="list" aria-label=${t.devices}>
            <thead><tr><th>${t.name}</th><th>${t.type}</th><th>${t.sipUser}</th><th>${t.owner}</th><th>${t.status}</th><th>${t.actions}</th></tr></thead>
            <tbody>
              ${rows.map(
                (d) => html`<tr key=${d.id}>
                  <td data-label=${t.name}>${d.name}</td>
                  <td data-label=${t.type}>${d.device_type}</td>
                  <td data-label=${t.sipUser}>${d.username}</td>
                  <td data-label=${t.owner}>${d.owner ? `${d.owner.first_name} ${d.owner.last_name}` : ''}</td>
                  <td data-label=${t.status}><span class=${d.registered ? 'dot on' : 'dot'}>${d.registered ? t.registered : t.notRegistered}</span></td>
                  <td data-label=${t.actions}>${d.registered && html`<${CallFrom} device=${d} />`}</td>
                </tr>`
              )}
            </tbody>
          </table>`}
  </section>`;
}
