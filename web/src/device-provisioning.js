// A provisioned phone's auto-provisioning: its last fetches (polled), the box's provisioning
// URL for DHCP option 66, and resync / reboot (a check-sync NOTIFY to the registered phone).
import { html } from 'htm/preact';
import { useState, useEffect } from 'preact/hooks';
import { get, post } from './api.js';
import { t } from './strings.js';

const POLL_MS = 5000;

const when = (unix) => new Date(unix * 1000).toISOString().replace('T', ' ').slice(0, 19);

export function DeviceProvisioning({ device }) {
  const [fetches, setFetches] = useState(null);
  const [dhcp, setDhcp] = useState(null);
  const [note, setNote] = useState('');
  useEffect(() => {
    let live = true;
    const poll = () => get(`devices/${device.id}/provisioning`).then((f) => live && setFetches(f), () => {});
    poll();
    get('provisioning/dhcp').then((d) => live && setDhcp(d), () => {});
    const timer = setInterval(poll, POLL_MS);
    return () => {
      live = false;
      clearInterval(timer);
    };
  }, [device.id]);

  async function sync(reboot) {
    setNote('');
    try {
      const r = await post(`devices/${device.id}/sync`, { reboot });
      setNote(r.notified > 0 ? t.syncSent(reboot, r.notified) : t.syncNotRegistered);
    } catch (e) {
      setNote(e.message);
    }
  }

  const last = fetches && fetches[0];
  return html`<div class="card provisioning" role="region" aria-label=${t.provisioningOf(device.name)}>
    <h3>${t.provisioningOf(device.name)}</h3>
    <dl>
      <dt>${t.macAddress}</dt><dd>${device.mac_address}</dd>
      <dt>${t.lastFetch}</dt>
      <dd class="last-fetch">
        ${!fetches ? t.loading : last ? t.fetchLine(when(last.time), last.file, last.address, last.status) : t.neverFetched}
      </dd>
      ${dhcp && html`<dt>${t.provisioningUrl}</dt><dd class="provisioning-url">${dhcp.option_66}</dd>`}
    </dl>
    <p class="hint">${t.dhcpHint}</p>
    <div class="actions">
      <button onClick=${() => sync(false)}>${t.resync}</button>
      <button onClick=${() => sync(true)}>${t.reboot}</button>
    </div>
    ${note && html`<p class="sync-note" role="status">${note}</p>`}
  </div>`;
}
