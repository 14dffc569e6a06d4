// Ban thresholds of the whole box (`/v2/system/sip_security`, top-level administrators only):
// failed SIP authentications within a window that ban a source address, and for how long;
// failed sign-ins that ban an address, and for how long. The running box applies a save at once.
import { html } from 'htm/preact';
import { useState, useEffect } from 'preact/hooks';
import { call } from './api.js';
import { t } from './strings.js';
import { Field, Banner } from './ui.js';

const PATH = 'system/sip_security';
// [field, least, most], as the box checks them.
const BOUNDS = [
  ['failures', 0, 100],
  ['window_seconds', 10, 86400],
  ['ban_seconds', 10, 7 * 86400],
  ['login_failures', 1, 100],
  ['login_ban_seconds', 10, 7 * 86400],
];

export function SipSecurityForm() {
  const [f, setF] = useState(null);
  const [errors, setErrors] = useState({});
  const [banner, setBanner] = useState('');
  const [status, setStatus] = useState('');
  useEffect(() => {
    call('GET', PATH).then(
      (r) => setF(Object.fromEntries(BOUNDS.map(([k]) => [k, String(r.data[k])]))),
      (e) => (e.status === 403 ? setF(false) : setBanner(e.message))
    );
  }, []);
  if (f === false) return null;
  if (!f) return html`<${Banner} message=${banner} />`;
  async function save(e) {
    e.preventDefault();
    setStatus('');
    setBanner('');
    const found = {};
    for (const [k, min, max] of BOUNDS) {
      const n = Number(f[k]);
      if (!/^\d+$/.test(f[k].trim()) || n < min || n > max) found[k] = t.wholeNumber(min, max);
    }
    setErrors(found);
    if (Object.keys(found).length) return;
    try {
      await call('POST', PATH, Object.fromEntries(BOUNDS.map(([k]) => [k, Number(f[k])])));
      setStatus(t.saved);
    } catch (err) {
      setErrors(err.fields || {});
      if (!Object.keys(err.fields || {}).length) setBanner(err.message);
    }
  }
  const set = (k) => (v) => setF({ ...f, [k]: v });
  const labels = { failures: t.banFailures, window_seconds: t.banWindow, ban_seconds: t.banSeconds, login_failures: t.loginFailures, login_ban_seconds: t.loginBanSeconds };
  return html`<form onSubmit=${save} aria-labelledby="thresholds-h" novalidate>
    <h3 id="thresholds-h">${t.banThresholds}</h3>
    <p class="hint">${t.banThresholdsHint}</p>
    <${Banner} message=${banner} />
    <div class="grid">
      ${BOUNDS.map(([k]) => html`<${Field} key=${k} id=${`ban_${k}`} label=${labels[k]} value=${f[k]} onInput=${set(k)} error=${errors[k]} inputmode="numeric" />`)}
    </div>
    <div class="bar"><button type="submit">${t.save}</button></div>
    ${status && html`<p class="ok" role="status">${status}</p>`}
  </form>`;
}
