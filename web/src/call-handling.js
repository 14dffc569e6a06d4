// Incoming call handling per window (SmartPBX's strategy callflows MainOpenHours,
// MainAfterHours, MainLunchHours, MainHolidays): the window's menu, a user, a user then their
// voicemail, or a voicemail box. A save rewrites that callflow's flow and acts on the next call.
import { html } from 'htm/preact';
import { useState, useEffect } from 'preact/hooks';
import { t } from './strings.js';
import { get, post } from './api.js';
import { uiMetadata } from './smartpbx.js';

export const WINDOWS = ['MainOpenHours', 'MainLunchHours', 'MainAfterHours', 'MainHolidays'];

/** What a window's flow does now: `{how, target}`. */
export function handlingOf(flow) {
  const f = flow || {};
  const id = f.data && f.data.id;
  if (f.module === 'user') {
    const next = f.children && f.children._;
    return next && next.module === 'voicemail' ? { how: 'user_vm', target: id } : { how: 'user', target: id };
  }
  if (f.module === 'voicemail') return { how: 'voicemail', target: id };
  return { how: 'menu', target: '' };
}

/** The flow for `{how, target}`; an Error naming what is missing. */
export function flowOf(name, { how, target }, parts, vmboxes) {
  const leaf = (module, id) => ({ module, data: { id }, children: {} });
  if (how === 'menu') {
    const menu = parts[`${name}Menu`];
    if (!menu) throw new Error(t.noMenu);
    return { module: 'callflow', data: { id: menu.id }, children: {} };
  }
  if (!target) throw new Error(how === 'voicemail' ? t.pickVmbox : t.pickUser);
  if (how === 'voicemail') return leaf('voicemail', target);
  const user = { module: 'user', data: { id: target, timeout: 20, can_call_self: false }, children: {} };
  if (how === 'user_vm') {
    const box = vmboxes.find((b) => b.owner_id === target);
    if (!box) throw new Error(t.userNoVmbox);
    user.children._ = leaf('voicemail', box.id);
  }
  return user;
}

function Window({ name, doc, users, vmboxes, parts }) {
  const [h, setH] = useState(handlingOf(doc.flow));
  const [error, setError] = useState('');
  const [note, setNote] = useState('');
  const options = h.how === 'voicemail' ? vmboxes.map((b) => [b.id, `${b.mailbox} ${b.name}`]) : users.map((u) => [u.id, `${u.first_name} ${u.last_name}`]);
  async function save(e) {
    e.preventDefault();
    setNote('');
    try {
      const flow = flowOf(name, h, parts, vmboxes);
      setError('');
      await post(`callflows/${doc.id}`, { ...doc, flow, ui_metadata: uiMetadata() });
      setNote(t.saved);
    } catch (err) {
      setError(err.message);
    }
  }
  const id = `handling-${name}`;
  return html`<form class="window" onSubmit=${save} aria-label=${t.windows[name]} novalidate>
    <h4>${t.windows[name]}</h4>
    <div class="grid">
      <div class="field">
        <label for=${id}>${t.handling}</label>
        <select id=${id} value=${h.how} onChange=${(e) => setH({ how: e.target.value, target: '' })}>
          ${Object.entries(t.handlingKinds).map(([k, label]) => html`<option key=${k} value=${k}>${label}</option>`)}
        </select>
      </div>
      ${h.how !== 'menu' &&
      html`<div class="field">
        <label for=${id + '-target'}>${h.how === 'voicemail' ? t.handlingVmbox : t.handlingUser}</label>
        <select id=${id + '-target'} value=${h.target} onChange=${(e) => setH({ ...h, target: e.target.value })} aria-invalid=${error ? 'true' : undefined}>
          <option value="">—</option>
          ${options.map(([v, label]) => html`<option key=${v} value=${v}>${label}</option>`)}
        </select>
      </div>`}
    </div>
    ${error && html`<p class="error" role="alert">${error}</p>`}
    ${note && html`<p class="ok">${note}</p>`}
    <button type="submit">${t.save}</button>
  </form>`;
}

export function CallHandling({ strategy }) {
  const [state, setState] = useState(null);
  const [error, setError] = useState('');
  useEffect(() => {
    Promise.all([get('users?paginate=false'), get('vmboxes?paginate=false'), ...WINDOWS.map((w) => get(`callflows/${strategy.parts[w].id}`))]).then(
      ([users, vmboxes, ...docs]) => setState({ users, vmboxes, docs }),
      (e) => setError(e.message)
    );
  }, [strategy]);
  return html`<section aria-labelledby="handling-h">
    <h3 id="handling-h">${t.incomingHandling}</h3>
    ${error && html`<p class="error" role="alert">${error}</p>`}
    ${state &&
    WINDOWS.map((w, i) => html`<${Window} key=${w} name=${w} doc=${state.docs[i]} users=${state.users} vmboxes=${state.vmboxes} parts=${strategy.parts} />`)}
  </section>`;
}
