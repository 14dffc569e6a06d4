// The mail relay (KAZOO's `configs/smtp_client`): server, port, TLS, login and sender address
// for every mail the box sends (voicemail to email, missed-call alerts), and "send a test mail"
// (`configs/smtp_client/test`), which answers with the relay's own words when it fails.
import { html } from 'htm/preact';
import { useState, useEffect } from 'preact/hooks';
import { get, patch, post } from './api.js';
import { t } from './strings.js';
import { Field, Banner } from './ui.js';

const CONFIG = 'configs/smtp_client';
const EMAIL = /^[^@\s]+@[^@\s]+$/;

function check(f) {
  const e = {};
  if (!/^[A-Za-z0-9.:-]{1,253}$/.test(f.relay)) e.relay = t.relayHost;
  if (!(/^\d+$/.test(f.port) && Number(f.port) >= 1 && Number(f.port) <= 65535)) e.port = t.relayPort;
  if (f.from && !EMAIL.test(f.from)) e.from = t.badEmail(f.from);
  return e;
}

export function MailRelayForm() {
  const [f, setF] = useState(null);
  const [to, setTo] = useState('');
  const [errors, setErrors] = useState({});
  const [banner, setBanner] = useState('');
  const [status, setStatus] = useState('');
  useEffect(() => {
    get(CONFIG).then(
      (c) => setF({ relay: c.relay || '', port: String(c.port || 587), tls: c.tls || 'if_available', username: c.username || '', password: '', from: c.from || '', passwordSet: !!c.password_set }),
      (e) => setBanner(e.message)
    );
  }, []);
  if (!f) return html`<${Banner} message=${banner} />${!banner && html`<p>${t.loading}</p>`}`;
  const set = (k) => (v) => setF({ ...f, [k]: v });
  async function save(e) {
    e.preventDefault();
    setStatus('');
    setBanner('');
    const found = check(f);
    setErrors(found);
    if (Object.keys(found).length) return;
    const doc = { relay: f.relay.trim(), port: Number(f.port), tls: f.tls, username: f.username.trim(), from: f.from.trim() || undefined };
    if (f.password) doc.password = f.password;
    try {
      await patch(CONFIG, doc);
      setF({ ...f, password: '', passwordSet: f.passwordSet || !!f.password });
      setStatus(t.saved);
    } catch (err) {
      setErrors(err.fields || {});
      setBanner(err.message);
    }
  }
  async function sendTest() {
    setStatus('');
    if (!EMAIL.test(to.trim())) return setErrors({ ...errors, to: t.badEmail(to) });
    setErrors({});
    setStatus(t.sending);
    try {
      await post(`${CONFIG}/test`, { to: to.trim() });
      setStatus(t.testSent(to.trim()));
    } catch (err) {
      setStatus('');
      setErrors(err.fields || {});
      if (!Object.keys(err.fields || {}).length) setBanner(err.message);
    }
  }
  return html`<form onSubmit=${save} aria-labelledby="relay-h" novalidate>
    <h3 id="relay-h">${t.mailRelay}</h3>
    <p class="hint">${t.mailRelayHint}</p>
    <${Banner} message=${banner} />
    <div class="grid">
      <${Field} id="relay_host" label=${t.relayServer} value=${f.relay} onInput=${set('relay')} error=${errors.relay} />
      <${Field} id="relay_port" label=${t.port} value=${f.port} onInput=${set('port')} error=${errors.port} inputmode="numeric" />
      <div class="field">
        <label for="relay_tls">${t.relayTls}</label>
        <select id="relay_tls" value=${f.tls} onChange=${(e) => set('tls')(e.target.value)}>
          ${Object.entries(t.tlsModes).map(([v, label]) => html`<option key=${v} value=${v}>${label}</option>`)}
        </select>
      </div>
      <${Field} id="relay_user" label=${t.relayUser} value=${f.username} onInput=${set('username')} error=${errors.username} autocomplete="off" />
      <${Field} id="relay_password" label=${f.passwordSet ? t.relayPasswordKeep : t.password} type="password" value=${f.password} onInput=${set('password')} error=${errors.password} autocomplete="new-password" />
      <${Field} id="relay_from" label=${t.relayFrom} value=${f.from} onInput=${set('from')} error=${errors.from} />
    </div>
    <div class="bar"><button type="submit">${t.save}</button></div>
    <${Field} id="relay_test_to" label=${t.testTo} value=${to} onInput=${setTo} error=${errors.to} type="email" />
    <div class="bar"><button type="button" class="plain" onClick=${sendTest}>${t.sendTest}</button></div>
    ${status && html`<p class="ok" role="status">${status}</p>`}
  </form>`;
}
