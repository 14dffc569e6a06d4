// The dashboard: counts, live registrations, calls and analog ports (polled every few seconds),
// devices by type, numbers (main and conference ones named), software version and alerts
// (banned addresses, provider registrations that failed, analog ports down); for the box's own
// administrator also storage used, the last backup, the certificate's expiry and the address
// shown to providers.
// A banner while the box's clock is not set (system_status says so; office hours wait for it).
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
  const [devices, channels, ports] = await Promise.all([get('devices?with_status=true&paginate=false'), get('channels'), get('analog_ports')]);
  return { devices, calls: channels.length, ports };
}

/** Devices per `device_type`: [type, count, registered], most first (then by type). */
function byType(devices) {
  const counts = {};
  for (const d of devices) {
    const c = (counts[d.device_type || 'sip_device'] ||= [0, 0]);
    c[0] += 1;
    if (d.registered) c[1] += 1;
  }
  return Object.entries(counts)
    .map(([type, [n, on]]) => [type, n, on])
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
}

/** The main numbers (SmartPBX's MainCallflow, its placeholder and operator "0" left out). */
const realNumbers = (numbers) => numbers.filter((n) => n !== '0' && !n.startsWith('undefined'));

async function loadSlow() {
  const [users, numbers, status, bans, trunks, mains, conferences] = await Promise.all([
    get('users?paginate=false'),
    get('phone_numbers'),
    boxWide(call('GET', 'system_status').then((r) => r.data), null),
    boxWide(get('sip_bans'), []),
    trunkAlerts(),
    get('callflows?filter_type=main&filter_name=MainCallflow&paginate=false'),
    get('conferences?paginate=false'),
  ]);
  const all = Object.values(numbers.numbers || {});
  return {
    users: users.length,
    numbers: all.length,
    spare: all.filter((n) => !n.used_by).length,
    version: status && status.software_version,
    // The address providers are shown (`provider_public_ip` or STUN); box administrators only.
    provider: status && { address: status.provider_address },
    clockUnset: Boolean(status && status.clock && status.clock.set === false),
    main: realNumbers(mains.flatMap((c) => c.numbers || [])),
    conference: conferences.flatMap((c) => c.conference_numbers || []),
    box: status && boxFacts(status),
    alerts: [...bans.map((b) => t.banned(b.ip, b.reason)), ...trunks, ...(status ? boxAlerts(status) : [])],
  };
}

const GIB = 1024 ** 3;
const FULL_AT = 0.9;
const CERT_WARN_DAYS = 30;

/** Storage, last backup and certificate expiry of `system_status`, as the dashboard says them. */
function boxFacts({ storage, last_backup: backup, certificate: cert }) {
  return {
    storage: storage ? t.storageUse((storage.total_bytes - storage.free_bytes) / GIB, storage.total_bytes / GIB) : t.unknown,
    backup: backup ? t.backupAt(new Date(backup.time_unix * 1000).toISOString().slice(0, 16).replace('T', ' ')) : t.neverBackedUp,
    cert: cert ? t.certExpires(new Date(cert.expires_unix * 1000).toISOString().slice(0, 10), cert.days_left) : t.unknown,
  };
}

/** A data partition nearly full, a certificate expiring soon or expired. */
function boxAlerts({ storage, certificate: cert }) {
  const out = [];
  if (storage && storage.total_bytes && 1 - storage.free_bytes / storage.total_bytes >= FULL_AT) out.push(t.diskFull(Math.round((storage.free_bytes / GIB) * 10) / 10));
  if (cert && cert.days_left < CERT_WARN_DAYS) out.push(cert.days_left < 0 ? t.certExpired : t.certSoon(cert.days_left));
  return out;
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
  const portAlerts = live ? live.ports.filter((p) => p.state === 'down' || p.alarm).map((p) => t.portDown(p.name, p.alarm)) : [];
  return html`<section aria-labelledby="dash-h">
    <h2 id="dash-h">${t.dashboard}</h2>
    <${Banner} message=${error} />
    ${slow && slow.clockUnset && html`<p class="banner" role="alert" data-alert="clock">${t.clockUnset}</p>`}
    <div class="tiles">
      <${Tile} id="users" label=${t.users} value=${slow ? slow.users : '…'} />
      <${Tile} id="devices" label=${t.devices} value=${live ? live.devices.length : '…'} />
      <${Tile} id="registered" label=${t.phonesRegistered} value=${live ? `${registered} / ${live.devices.length}` : '…'} />
      <${Tile} id="calls" label=${t.callsNow} value=${live ? live.calls : '…'} />
      <${Tile} id="numbers" label=${t.numbersSpare} value=${slow ? `${slow.numbers} / ${slow.spare}` : '…'} />
      ${slow && slow.version && html`<${Tile} id="version" label=${t.softwareVersion} value=${slow.version} />`}
    </div>
    ${live &&
    html`<h3>${t.devicesByType}</h3>
      <ul class="by-type">
        ${byType(live.devices).map(([type, n, on]) => html`<li key=${type} data-type=${type}>${t.deviceTypes[type] || type}: ${t.registeredOf(on, n)}</li>`)}
      </ul>`}
    ${live &&
    live.ports.length > 0 &&
    html`<h3>${t.analogPorts}</h3>
      <ul class="ports">
        ${live.ports.map(
          (p) => html`<li key=${p.name} data-port=${p.name}><span class=${p.state === 'down' ? 'dot' : 'dot on'}>${p.name} · ${t.portStates[p.state] || p.state}</span></li>`
        )}
      </ul>`}
    ${slow &&
    html`<dl class="facts">
      <dt>${t.mainNumbers}</dt><dd data-fact="main">${slow.main.join(', ') || t.noneSet}</dd>
      <dt>${t.conferenceNumbers}</dt><dd data-fact="conference">${slow.conference.join(', ') || t.noneSet}</dd>
      ${slow.box &&
      html`<dt>${t.storage}</dt><dd data-fact="storage">${slow.box.storage}</dd>
        <dt>${t.lastBackup}</dt><dd data-fact="backup">${slow.box.backup}</dd>
        <dt>${t.certificate}</dt><dd data-fact="certificate">${slow.box.cert}</dd>`}
      ${slow.provider && html`<dt>${t.providerAddress}</dt><dd data-fact="provider-address">${slow.provider.address || t.providerAddressOwn}</dd>`}
    </dl>`}
    <h3>${t.alerts}</h3>
    ${slow &&
    ([...slow.alerts, ...portAlerts].length
      ? html`<ul class="alerts">${[...slow.alerts, ...portAlerts].map((a) => html`<li key=${a}>${a}</li>`)}</ul>`
      : html`<p class="ok">${t.noAlerts}</p>`)}
  </section>`;
}
