// The dashboard: counts, live registrations and calls (polled every few seconds), numbers,
// software version and alerts (banned addresses, provider registrations that failed).
import { html } from 'htm/preact';
import { useState, useEffect } from 'preact/hooks';
import { call, get } from './api.js';
import { t } from './strings.js';
import { Banner } from './ui.js';

const POLL_MS = 5000;

/** Provider registrations not up: one alert per gateway. */
async function trunkAlerts() {
  const resources = await get('resources?paginate=false');
  const statuses = await Promise.all(resources.map((r) => get(`resources/${r.id}/status`).then((s) => [r, s])));
  return statuses.flatMap(([r, s]) =>
    s.gateways.filter((g) => g.state === 'failed').map((g) => t.trunkDown(r.name || r.id, g.server))
  );
}

// Box-wide facts are for administrators of the top-level account: others get 403 and see none.
const boxWide = (p, empty) => p.catch((e) => (e.status === 403 ? empty : Promise.reject(e)));

async function loadLive() {
  const [devices, channels] = await Promise.all([get('devices?with_status=true&paginate=false'), get('channels')]);
  return { devices, calls: channels.length };
}

async function loadSlow() {
  const [users, numbers, status, bans, trunks] = await Promise.all([
    get('users?paginate=false'),
    get('phone_numbers'),
    boxWide(call('GET', 'system_status').then((r) => r.data), null),
    boxWide(get('sip_bans'), []),
    trunkAlerts(),
  ]);
  const all = Object.values(numbers.numbers || {});
  return {
    users: users.length,
    numbers: all.length,
    spare: all.filter((n) => !n.used_by).length,
    version: status && status.software_version,
    alerts: [...bans.map((b) => t.banned(b.ip, b.reason)), ...trunks],
  };
}

function Tile({ id, label, value }) {
  return html`<div class="tile" data-tile=${id}><span class="value">${value}</span><span class="label">${label}</span></div>`;
}

export function Dashboard() {
  const [slow, setSlow] = useState(null);
  const [live, setLive] = useState(null);
  const [error, setError] = useState('');
  useEffect(() => {
    loadSlow().then(setSlow, (e) => setError(e.message));
    const poll = () => loadLive().then(setLive, (e) => setError(e.message));
    poll();
    const timer = setInterval(poll, POLL_MS);
    return () => clearInterval(timer);
  }, []);
  const registered = live ? live.devices.filter((d) => d.registered).length : '…';
  return html`<section aria-labelledby="dash-h">
    <h2 id="dash-h">${t.dashboard}</h2>
    <${Banner} message=${error} />
    <div class="tiles">
      <${Tile} id="users" label=${t.users} value=${slow ? slow.users : '…'} />
      <${Tile} id="devices" label=${t.devices} value=${live ? live.devices.length : '…'} />
      <${Tile} id="registered" label=${t.phonesRegistered} value=${live ? `${registered} / ${live.devices.length}` : '…'} />
      <${Tile} id="calls" label=${t.callsNow} value=${live ? live.calls : '…'} />
      <${Tile} id="numbers" label=${t.numbersSpare} value=${slow ? `${slow.numbers} / ${slow.spare}` : '…'} />
      ${slow && slow.version && html`<${Tile} id="version" label=${t.softwareVersion} value=${slow.version} />`}
    </div>
    <h3>${t.alerts}</h3>
    ${slow &&
    (slow.alerts.length
      ? html`<ul class="alerts">${slow.alerts.map((a) => html`<li key=${a}>${a}</li>`)}</ul>`
      : html`<p class="ok">${t.noAlerts}</p>`)}
  </section>`;
}
