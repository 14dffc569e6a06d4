// SIP security: the source addresses the box banned after failed authentications, each with
// its reason and time left, and a button to lift the ban (`DELETE sip_bans/{ip}`).
import { html } from 'htm/preact';
import { useState, useEffect } from 'preact/hooks';
import { get, del } from './api.js';
import { t } from './strings.js';
import { Banner } from './ui.js';

export function SipBans() {
  const [bans, setBans] = useState(null);
  const [error, setError] = useState('');
  const reload = () =>
    get('sip_bans').then(setBans, (e) => (e.status === 403 ? setBans(null) : setError(e.message)));
  useEffect(reload, []);
  const lift = (ip) => del(`sip_bans/${encodeURIComponent(ip)}`).then(reload, (e) => setError(e.message));
  if (!bans) return html`<${Banner} message=${error} />`;
  return html`<div aria-labelledby="bans-h">
    <h3 id="bans-h">${t.sipBans}</h3>
    <${Banner} message=${error} />
    ${bans.length === 0
      ? html`<p>${t.noBans}</p>`
      : html`<ul class="numbers">
          ${bans.map(
            (b) => html`<li key=${b.ip} data-ban=${b.ip}>
              <span>${t.banned(b.ip, b.reason)} · ${t.minutesLeft(Math.ceil(b.expires_in / 60))}</span>
              <button class="plain" onClick=${() => lift(b.ip)} aria-label=${t.liftBan(b.ip)}>${t.lift}</button>
            </li>`
          )}
        </ul>`}
  </div>`;
}
