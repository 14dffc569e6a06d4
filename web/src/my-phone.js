// A plain user's home: their phones (live registration status, polled), their call handling
// (do not disturb, forwarding), find me follow me and their password.
import { html } from 'htm/preact';
import { useState, useEffect } from 'preact/hooks';
import { get, session } from './api.js';
import { t } from './strings.js';
import { Banner } from './ui.js';
import { MyFeatures } from './my-features.js';
import { MyFollowMe } from './my-follow-me.js';
import { PasswordForm } from './password.js';

const POLL_MS = 5000;

function MyDevices({ userId }) {
  const [devices, setDevices] = useState(null);
  const [error, setError] = useState('');
  useEffect(() => {
    // A cell phone or landline device is only a number (find me follow me): it never registers.
    const phones = (list) => list.filter((d) => d.device_type !== 'cellphone' && d.device_type !== 'landline');
    const poll = () => get(`users/${userId}/devices`).then((list) => setDevices(phones(list)), (e) => setError(e.message));
    poll();
    const timer = setInterval(poll, POLL_MS);
    return () => clearInterval(timer);
  }, []);
  return html`<div class="card" aria-labelledby="my-devices-h">
    <h3 id="my-devices-h">${t.myDevices}</h3>
    <${Banner} message=${error} />
    ${!devices
      ? t.loading
      : devices.length === 0
        ? t.none
        : html`<ul class="my-devices">
            ${devices.map(
              (d) => html`<li key=${d.id} data-device=${d.name}>
                <span class=${d.registered ? 'dot on' : 'dot'}>${d.name} · ${d.registered ? t.registered : t.notRegistered}</span>
              </li>`
            )}
          </ul>`}
  </div>`;
}

export function MyPhone() {
  const [me, setMe] = useState(null);
  const [error, setError] = useState('');
  useEffect(() => {
    get(`users/${session.value.owner}`).then(setMe, (e) => setError(e.message));
  }, []);
  return html`<section aria-labelledby="me-h">
    <h2 id="me-h">${me ? `${me.first_name} ${me.last_name}` : t.myPhone}</h2>
    <${Banner} message=${error} />
    ${me &&
    html`<div class="stack">
      <${MyDevices} userId=${me.id} />
      <${MyFeatures} user=${me} onSaved=${setMe} />
      <${MyFollowMe} userId=${me.id} />
      <${PasswordForm} username=${me.username} />
    </div>`}
  </section>`;
}
