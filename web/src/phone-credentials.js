// A user's phones with their SIP credentials and live registration status (polled).
import { html } from 'htm/preact';
import { useState, useEffect } from 'preact/hooks';
import { get, call, session } from './api.js';
import { t } from './strings.js';

const POLL_MS = 5000;

export function PhoneCredentials({ ownerId }) {
  const [phones, setPhones] = useState([]);
  const [realm, setRealm] = useState('');
  useEffect(() => {
    let live = true;
    call('GET', `accounts/${session.value.account}`).then((a) => live && setRealm(a.data.realm || ''));
    async function poll() {
      const rows = await get(`devices?filter_owner_id=${ownerId}&with_status=true&paginate=false`);
      const docs = await Promise.all(rows.map((r) => get(`devices/${r.id}`)));
      if (live) setPhones(docs.map((d, i) => ({ ...d, registered: rows[i].registered })));
    }
    poll().catch(() => {});
    const timer = setInterval(() => poll().catch(() => {}), POLL_MS);
    return () => {
      live = false;
      clearInterval(timer);
    };
  }, [ownerId]);
  return phones.map(
    (p) => html`<div class="card" key=${p.id} aria-label=${t.sipCredentials}>
      <h3>${t.sipCredentials}: ${p.name}</h3>
      <dl>
        <dt>${t.sipUser}</dt><dd class="sip-user">${p.sip && p.sip.username}</dd>
        <dt>${t.sipPassword}</dt><dd class="sip-password">${p.sip && p.sip.password}</dd>
        <dt>${t.sipRealm}</dt><dd>${realm}</dd>
        <dt>${t.status}</dt><dd class=${p.registered ? 'dot on' : 'dot'}>${p.registered ? t.registered : t.notRegistered}</dd>
      </dl>
    </div>`
  );
}
