// Incoming call handling per window (SmartPBX's strategy callflows MainOpenHours,
// MainAfterHours, MainLunchHours, MainHolidays): the window's menu (the virtual receptionist,
// a user per key), a user, a user then their voicemail, or a voicemail box. A save rewrites
// that callflow's flow (and the menu callflow's keys) and acts on the next call; a menu's
// greeting and options are menu-greeting.js.
import { html } from 'htm/preact';
import { useState, useEffect } from 'preact/hooks';
import { t } from './strings.js';
import { get, post } from './api.js';
import { uiMetadata } from './smartpbx.js';
import { MenuGreeting } from './menu-greeting.js';

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

const DIGITS = ['1', '2', '3', '4', '5', '6', '7', '8', '9', '0'];

/** The menu's keys a user is on (`digit -> user id`); other children are shown as kept. */
export function keysOf(menuCf) {
  const children = (menuCf && menuCf.flow && menuCf.flow.children) || {};
  return Object.fromEntries(Object.entries(children).map(([d, c]) => [d, c.module === 'user' && c.data ? c.data.id : 'other']));
}

/** The menu callflow with `keys` applied: a user per digit; "other" children stay as they were. */
export function withKeys(menuCf, keys) {
  const old = (menuCf.flow && menuCf.flow.children) || {};
  const children = {};
  for (const [d, v] of Object.entries(keys)) {
    if (v === 'other' && old[d]) children[d] = old[d];
    else if (v && v !== 'other') children[d] = { module: 'user', data: { id: v, timeout: 20, can_call_self: false }, children: {} };
  }
  return { ...menuCf, flow: { ...menuCf.flow, children }, ui_metadata: uiMetadata() };
}

function MenuKeys({ id, keys, users, onChange }) {
  return html`<fieldset class="keys">
    <legend>${t.menuKeys}</legend>
    <div class="grid">
      ${DIGITS.map(
        (d) => html`<div class="field" key=${d}>
          <label for=${`${id}-key-${d}`}>${t.menuKey(d)}</label>
          <select id=${`${id}-key-${d}`} value=${keys[d] || ''} onChange=${(e) => onChange({ ...keys, [d]: e.target.value })}>
            <option value="">—</option>
            ${keys[d] === 'other' && html`<option value="other">${t.keyElsewhere}</option>`}
            ${users.map((u) => html`<option key=${u.id} value=${u.id}>${u.first_name} ${u.last_name}</option>`)}
          </select>
        </div>`
      )}
    </div>
  </fieldset>`;
}

function Window({ name, doc, menuCf, users, vmboxes, parts }) {
  const [h, setH] = useState(handlingOf(doc.flow));
  const [keys, setKeys] = useState(keysOf(menuCf));
  const [error, setError] = useState('');
  const [note, setNote] = useState('');
  const options = h.how === 'voicemail' ? vmboxes.map((b) => [b.id, `${b.mailbox} ${b.name}`]) : users.map((u) => [u.id, `${u.first_name} ${u.last_name}`]);
  async function save(e) {
    e.preventDefault();
    setNote('');
    try {
      const flow = flowOf(name, h, parts, vmboxes);
      setError('');
      if (h.how === 'menu') await post(`callflows/${menuCf.id}`, withKeys(menuCf, keys));
      await post(`callflows/${doc.id}`, { ...doc, flow, ui_metadata: uiMetadata() });
      setNote(t.saved);
    } catch (err) {
      setError(err.message);
    }
  }
  const id = `handling-${name}`;
  const menuId = menuCf && menuCf.flow && menuCf.flow.module === 'menu' && menuCf.flow.data && menuCf.flow.data.id;
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
    ${h.how === 'menu' && menuCf && html`<${MenuKeys} id=${id} keys=${keys} users=${users} onChange=${setKeys} />`}
    ${error && html`<p class="error" role="alert">${error}</p>`}
    ${note && html`<p class="ok">${note}</p>`}
    <button type="submit">${t.save}</button>
  </form>
  ${h.how === 'menu' && menuId && html`<${MenuGreeting} menuId=${menuId} label=${t.menuOptionsOf[name]} />`}`;
}

export function CallHandling({ strategy }) {
  const [state, setState] = useState(null);
  const [error, setError] = useState('');
  useEffect(() => {
    const menus = WINDOWS.map((w) => strategy.parts[`${w}Menu`]);
    Promise.all([
      get('users?paginate=false'),
      get('vmboxes?paginate=false'),
      Promise.all(WINDOWS.map((w) => get(`callflows/${strategy.parts[w].id}`))),
      Promise.all(menus.map((m) => (m ? get(`callflows/${m.id}`) : null))),
    ]).then(
      ([users, vmboxes, docs, menuCfs]) => setState({ users, vmboxes, docs, menuCfs }),
      (e) => setError(e.message)
    );
  }, [strategy]);
  return html`<section aria-labelledby="handling-h">
    <h3 id="handling-h">${t.incomingHandling}</h3>
    ${error && html`<p class="error" role="alert">${error}</p>`}
    ${state &&
    WINDOWS.map((w, i) => html`<${Window} key=${w} name=${w} doc=${state.docs[i]} menuCf=${state.menuCfs[i]} users=${state.users} vmboxes=${state.vmboxes} parts=${strategy.parts} />`)}
  </section>`;
}
