// Outside lines (KAZOO local `resources`): each SIP trunk with its live registration state
// (`resources/{id}/status`, polled), and a form adding one: the provider's server, the number
// (the SIP user it registers), login and password. Calls out use it for any number of 3 to 15
// digits (its `rules`); the Monster UI or the API edits the rest.
import { html } from 'htm/preact';
import { useState, useEffect } from 'preact/hooks';
import { get, put } from './api.js';
import { t } from './strings.js';
import { Field, Banner, Check } from './ui.js';

const POLL_MS = 5000;
const EMPTY = { name: '', server: '', port: '5060', username: '', auth_username: '', password: '', realm: '', register: true };

async function loadLines() {
  const lines = await get('resources?paginate=false');
  return Promise.all(lines.map((r) => get(`resources/${r.id}/status`).then((s) => ({ ...r, gw: s.gateways[0] || {} }))));
}

function check(f) {
  const e = {};
  if (!f.name.trim()) e.name = t.required;
  if (!/^[A-Za-z0-9.-]{1,253}$/.test(f.server.trim())) e.server = t.relayHost;
  if (!(/^\d+$/.test(f.port) && Number(f.port) >= 1 && Number(f.port) <= 65535)) e.port = t.relayPort;
  if (f.register && !f.username.trim()) e.username = t.required;
  if (f.register && !f.password) e.password = t.required;
  return e;
}

/** The resource SmartPBX's outside line would be: one gateway, any number out. */
const resourceDoc = (f) => ({
  name: f.name.trim(),
  enabled: true,
  weight_cost: 50,
  rules: ['^(\\+?\\d{3,15})$'],
  gateways: [
    {
      server: f.server.trim(),
      port: Number(f.port),
      register: f.register,
      username: f.username.trim() || undefined,
      auth_username: f.auth_username.trim() || undefined,
      password: f.password || undefined,
      realm: f.realm.trim() || undefined,
      enabled: true,
    },
  ],
});

const stateText = (gw) => (gw.state === 'failed' && gw.last_error ? `${t.lineStates.failed}: ${gw.last_error}` : t.lineStates[gw.state] || gw.state);

export function OutsideLines() {
  const [lines, setLines] = useState(null);
  const [f, setF] = useState(EMPTY);
  const [errors, setErrors] = useState({});
  const [banner, setBanner] = useState('');
  useEffect(() => {
    const poll = () => loadLines().then(setLines, (e) => setBanner(e.message));
    poll();
    const timer = setInterval(poll, POLL_MS);
    return () => clearInterval(timer);
  }, []);
  const set = (k) => (v) => setF({ ...f, [k]: v });
  async function add(e) {
    e.preventDefault();
    setBanner('');
    const found = check(f);
    setErrors(found);
    if (Object.keys(found).length) return;
    try {
      await put('resources', resourceDoc(f));
      setF(EMPTY);
      setLines(await loadLines());
    } catch (err) {
      // `gateways.0.username` and the like belong to the form's own field.
      setErrors(Object.fromEntries(Object.entries(err.fields || {}).map(([k, m]) => [k.replace(/^gateways\.0\./, ''), m])));
      setBanner(`${t.failed} ${err.message}`);
    }
  }
  return html`<div aria-labelledby="lines-h">
    <h3 id="lines-h">${t.outsideLines}</h3>
    <${Banner} message=${banner} />
    ${!lines
      ? html`<p>${t.loading}</p>`
      : lines.length === 0
        ? html`<p>${t.noLines}</p>`
        : html`<ul class="lines">
            ${lines.map((l) => html`<li key=${l.id} data-line=${l.name}><span class=${l.gw.state === 'registered' ? 'dot on' : 'dot'}>${l.name} · ${stateText(l.gw)}</span></li>`)}
          </ul>`}
    <form onSubmit=${add} novalidate>
      <h4>${t.addLine}</h4>
      <div class="grid">
        <${Field} id="line_name" label=${t.name} value=${f.name} onInput=${set('name')} error=${errors.name} />
        <${Field} id="line_server" label=${t.lineServer} value=${f.server} onInput=${set('server')} error=${errors.server} />
        <${Field} id="line_port" label=${t.port} value=${f.port} onInput=${set('port')} error=${errors.port} inputmode="numeric" />
        <${Field} id="line_username" label=${t.lineNumber} value=${f.username} onInput=${set('username')} error=${errors.username} autocomplete="off" />
        <${Field} id="line_auth" label=${t.lineAuth} value=${f.auth_username} onInput=${set('auth_username')} error=${errors.auth_username} autocomplete="off" />
        <${Field} id="line_password" label=${t.linePassword} type="password" value=${f.password} onInput=${set('password')} error=${errors.password} autocomplete="new-password" />
        <${Field} id="line_realm" label=${t.lineRealm} value=${f.realm} onInput=${set('realm')} error=${errors.realm} />
      </div>
      <${Check} id="line_register" label=${t.lineRegister} checked=${f.register} onChange=${set('register')} />
      <button type="submit">${t.addLine}</button>
    </form>
  </div>`;
}
