// The form of one SIP trunk (a KAZOO local `resources` document with one gateway): adding a new
// one or editing one. An edit keeps every field of the document the form does not show; a
// refused save keeps what was typed and shows the API's 400 at the field it names.
import { html } from 'htm/preact';
import { useState } from 'preact/hooks';
import { put, post } from './api.js';
import { t } from './strings.js';
import { Field, Banner, Check } from './ui.js';
import { ensureOffnetCallflow } from './offnet.js';

/** Any number of 3 to 15 digits goes out through a line the panel makes. */
export const ANY_NUMBER = '^(\\+?\\d{3,15})$';

const EMPTY = { name: '', server: '', port: '5060', username: '', auth_username: '', password: '', realm: '', register: true };

/** The form's fields from a stored resource (its first gateway). */
function fieldsOf(doc) {
  const gw = (doc.gateways && doc.gateways[0]) || {};
  const text = (v) => (v === undefined || v === null ? '' : String(v));
  return {
    name: text(doc.name),
    server: text(gw.server),
    port: text(gw.port || 5060),
    username: text(gw.username),
    auth_username: text(gw.auth_username),
    password: text(gw.password),
    realm: text(gw.realm),
    register: gw.register !== false,
  };
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

/** `doc` (the stored resource, or a new one SmartPBX's outside line would be) with the form's fields. */
function withFields(doc, f) {
  const gw = { ...((doc.gateways && doc.gateways[0]) || { enabled: true }) };
  gw.server = f.server.trim();
  gw.port = Number(f.port);
  gw.register = f.register;
  for (const k of ['username', 'auth_username', 'realm']) {
    if (f[k].trim()) gw[k] = f[k].trim();
    else delete gw[k];
  }
  if (f.password) gw.password = f.password;
  else delete gw.password;
  return { ...doc, name: f.name.trim(), gateways: [gw, ...((doc.gateways || []).slice(1))] };
}

const NEW_LINE = { enabled: true, weight_cost: 50, rules: [ANY_NUMBER], gateways: [] };

/** `line`: the stored resource to edit, or null for a new one; `onDone(saved)` after a save or cancel. */
export function TrunkForm({ line, onDone }) {
  const [f, setF] = useState(line ? fieldsOf(line) : EMPTY);
  const [errors, setErrors] = useState({});
  const [banner, setBanner] = useState('');
  const [busy, setBusy] = useState(false);
  const set = (k) => (v) => setF({ ...f, [k]: v });
  const id = (k) => `line_${k}${line ? '_edit' : ''}`;
  async function save(e) {
    e.preventDefault();
    setBanner('');
    const found = check(f);
    setErrors(found);
    if (Object.keys(found).length) return;
    setBusy(true);
    try {
      if (line) await post(`resources/${line.id}`, withFields(line, f));
      else await put('resources', withFields(NEW_LINE, f));
      await ensureOffnetCallflow();
      if (!line) setF(EMPTY);
      setBusy(false);
      onDone(true);
    } catch (err) {
      // `gateways.0.username` and the like belong to the form's own field.
      setErrors(Object.fromEntries(Object.entries(err.fields || {}).map(([k, m]) => [k.replace(/^gateways\.0\./, ''), m])));
      setBanner(`${t.failed} ${err.message}`);
      setBusy(false);
    }
  }
  const title = line ? t.editLine(line.name) : t.addLine;
  return html`<form onSubmit=${save} novalidate data-form=${line ? 'edit-line' : 'add-line'}>
    <h4>${title}</h4>
    <${Banner} message=${banner} />
    <div class="grid">
      <${Field} id=${id('name')} label=${t.name} value=${f.name} onInput=${set('name')} error=${errors.name} />
      <${Field} id=${id('server')} label=${t.lineServer} value=${f.server} onInput=${set('server')} error=${errors.server} />
      <${Field} id=${id('port')} label=${t.port} value=${f.port} onInput=${set('port')} error=${errors.port} inputmode="numeric" />
      <${Field} id=${id('username')} label=${t.lineNumber} value=${f.username} onInput=${set('username')} error=${errors.username} autocomplete="off" />
      <${Field} id=${id('auth')} label=${t.lineAuth} value=${f.auth_username} onInput=${set('auth_username')} error=${errors.auth_username} autocomplete="off" />
      <${Field} id=${id('password')} label=${t.linePassword} type="password" value=${f.password} onInput=${set('password')} error=${errors.password} autocomplete="new-password" />
      <${Field} id=${id('realm')} label=${t.lineRealm} value=${f.realm} onInput=${set('realm')} error=${errors.realm} />
    </div>
    <${Check} id=${id('register')} label=${t.lineRegister} checked=${f.register} onChange=${set('register')} />
    <div class="bar">
      <button type="submit" disabled=${busy}>${line ? t.save : t.addLine}</button>
      ${line && html`<button type="button" class="plain" onClick=${() => onDone(false)}>${t.cancel}</button>`}
    </div>
  </form>`;
}
