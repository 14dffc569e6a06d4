// Phones that asked the box for their files with a MAC no device has (box administrators
// only: the list is box-wide), each adopted into this account for a user in one step.
import { html } from 'htm/preact';
import { useState, useEffect } from 'preact/hooks';
import { get, put } from './api.js';
import { t } from './strings.js';
import { Select } from './ui.js';

const POLL_MS = 5000;

function Adopt({ phone, users, onDone }) {
  const [owner, setOwner] = useState('');
  const [error, setError] = useState('');
  async function adopt() {
    if (!owner) return setError(t.required);
    try {
      await put(`provisioning/unknown/${phone.mac_address}`, { owner_id: owner });
      onDone();
    } catch (e) {
      setError(Object.values(e.fields || {})[0] || e.message);
    }
  }
  const id = `adopt_${phone.mac_address.replace(/\W/g, '')}`;
  const options = [['', t.pick], ...users.map((u) => [u.id, `${u.first_name} ${u.last_name}`])];
  return html`<li class="unknown-phone" data-mac=${phone.mac_address}>
    <span>${t.unknownLine(phone.mac_address, phone.model || phone.user_agent, phone.address, phone.fetches)}</span>
    <${Select} id=${id} label=${t.adoptFor} value=${owner} onChange=${setOwner} options=${options} error=${error} />
    <button onClick=${adopt} aria-label=${t.adoptMac(phone.mac_address)}>${t.adopt}</button>
  </li>`;
}

/** Shows nothing to an administrator who may not see the list (403) or when it is empty. */
export function UnknownPhones({ users, onAdopted }) {
  const [phones, setPhones] = useState([]);
  const poll = () => get('provisioning/unknown').then(setPhones, () => setPhones([]));
  useEffect(() => {
    poll();
    const timer = setInterval(poll, POLL_MS);
    return () => clearInterval(timer);
  }, []);
  if (!phones.length) return null;
  return html`<div class="card" role="region" aria-label=${t.unknownPhones}>
    <h3>${t.unknownPhones}</h3>
    <p class="hint">${t.unknownHint}</p>
    <ul class="numbers">
      ${phones.map(
        (p) => html`<${Adopt} key=${p.mac_address} phone=${p} users=${users} onDone=${() => {
          poll();
          onAdopted();
        }} />`
      )}
    </ul>
  </div>`;
}
