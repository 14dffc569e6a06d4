// A device's SIP credentials shown once (after a create or a new password), with a QR code a
// softphone scans. The code holds one SIP URI (RFC 3261 userinfo with the password):
//   sip:USER:PASSWORD@REALM:PORT;maddr=BOX;transport=udp
// the user and domain to register, the box's address and SIP port to send to.
import { html } from 'htm/preact';
import { useState, useEffect } from 'preact/hooks';
import { get, call, session } from './api.js';
import { t } from './strings.js';
import { QrCode } from './qr.js';
import { Banner } from './ui.js';

const enc = encodeURIComponent;

export const sipUri = ({ username, password, realm, host, port }) =>
  `sip:${enc(username)}:${enc(password)}@${realm}:${port};maddr=${host};transport=udp`;

/** `device`: the saved document (its `sip` as created); `onClose` hides it for good. */
export function SipSecret({ device, onClose }) {
  const [where, setWhere] = useState(null);
  const [error, setError] = useState('');
  useEffect(() => {
    Promise.all([call('GET', `accounts/${session.value.account}`), get('provisioning/dhcp')]).then(
      ([a, dhcp]) => setWhere({ realm: a.data.realm, host: dhcp.sip_server.host, port: dhcp.sip_server.port }),
      (e) => setError(e.message)
    );
  }, [device.id]);
  if (!where) return error ? html`<${Banner} message=${error} />` : html`<p>${t.loading}</p>`;
  const creds = { ...where, username: device.sip.username, password: device.sip.password };
  return html`<div class="card sip-secret" role="region" aria-label=${t.sipSecretOf(device.name)}>
    <h3>${t.sipSecretOf(device.name)}</h3>
    <p>${t.sipSecretOnce}</p>
    <dl>
      <dt>${t.sipUser}</dt><dd class="sip-user">${creds.username}</dd>
      <dt>${t.sipPassword}</dt><dd class="sip-password">${creds.password}</dd>
      <dt>${t.sipRealm}</dt><dd class="sip-realm">${creds.realm}</dd>
      <dt>${t.sipServer}</dt><dd class="sip-server">${creds.host}:${creds.port}</dd>
    </dl>
    <${QrCode} text=${sipUri(creds)} label=${t.qrLabel} />
    <p class="hint">${t.qrHint}</p>
    <button onClick=${onClose}>${t.done}</button>
  </div>`;
}
