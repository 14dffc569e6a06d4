// A user's own find me follow me: which of their phones ring for a call to their extension,
// each after a delay and for a time. Saved through `users/{id}/find_me_follow_me`, which
// rewrites their extension's callflow as SmartPBX does (a plain user may not write callflows).
// A cell phone number is sent as `cellphone`: the box keeps it as a cell phone device of the
// user (so that device is not one of the rows).
import { html } from 'htm/preact';
import { useState, useEffect } from 'preact/hooks';
import { get, post } from './api.js';
import { t } from './strings.js';
import { Banner, Check, Field } from './ui.js';

const seconds = (v, min) => /^\d+$/.test(String(v)) && Number(v) >= min && Number(v) <= 300;

export function MyFollowMe({ userId }) {
  const [devices, setDevices] = useState(null);
  const [f, setF] = useState(null);
  const [errors, setErrors] = useState({});
  const [banner, setBanner] = useState('');
  const [saved, setSaved] = useState(false);
  const load = (state, list) => {
    const on = Object.fromEntries(state.endpoints.map((e) => [e.id, e]));
    const c = state.cellphone || {};
    const cell = { on: !!c.enabled, number: c.number || '', delay: String(c.delay ?? 0), timeout: String(c.timeout ?? 20) };
    setF({ enabled: state.enabled, cell, rows: list.map((d) => ({ id: d.id, name: d.name, on: !!on[d.id], delay: String(on[d.id]?.delay ?? 0), timeout: String(on[d.id]?.timeout ?? 20) })) });
  };
  useEffect(() => {
    Promise.all([get(`users/${userId}/find_me_follow_me`), get(`users/${userId}/devices`)]).then(([state, list]) => {
      const phones = list.filter((d) => d.device_type !== 'cellphone');
      setDevices(phones);
      load(state, phones);
    }, (e) => setBanner(e.message));
  }, []);
  if (!f) return html`<div class="card"><h3>${t.followMe}</h3><${Banner} message=${banner} />${!banner && t.loading}</div>`;
  const setRow = (i, k, v) => setF({ ...f, rows: f.rows.map((r, j) => (j === i ? { ...r, [k]: v } : r)) });
  const setCell = (k) => (v) => setF({ ...f, cell: { ...f.cell, [k]: v } });
  async function save(e) {
    e.preventDefault();
    setSaved(false);
    setBanner('');
    const picked = f.rows.filter((r) => r.on);
    const found = {};
    const { cell } = f;
    if (f.enabled && !picked.length && !cell.on) found.rows = t.pickPhone;
    if (cell.on && !/^\+?\d{3,15}$/.test(cell.number.replace(/[\s().-]/g, ''))) found.cell_number = t.badPhoneNumber;
    if (cell.on && (!seconds(cell.delay, 0) || !seconds(cell.timeout, 1))) found.cell = t.badTimeline;
    f.rows.forEach((r, i) => {
      if (r.on && (!seconds(r.delay, 0) || !seconds(r.timeout, 1))) found[i] = t.badTimeline;
    });
    setErrors(found);
    if (Object.keys(found).length) return;
    try {
      const endpoints = picked.map((r) => ({ id: r.id, delay: Number(r.delay), timeout: Number(r.timeout) }));
      const cellphone = cell.on ? { number: cell.number, delay: Number(cell.delay), timeout: Number(cell.timeout) } : null;
      load(await post(`users/${userId}/find_me_follow_me`, { enabled: f.enabled, endpoints: f.enabled ? endpoints : [], cellphone }), devices);
      setSaved(true);
    } catch (err) {
      // `endpoints.N.field` names the row the box refused.
      const at = {};
      for (const [field, msg] of Object.entries(err.fields || {})) {
        const m = /^endpoints\.(\d+)\./.exec(field);
        if (m) at[f.rows.indexOf(picked[Number(m[1])])] = msg;
        else if (field === 'cellphone.number') at.cell_number = msg;
        else if (field.startsWith('cellphone')) at.cell = msg;
        else at.rows = msg;
      }
      setErrors(at);
      setBanner(`${t.failed} ${err.message}`);
    }
  }
  return html`<form class="card" onSubmit=${save} novalidate aria-labelledby="fmfm-h">
    <h3 id="fmfm-h">${t.followMe}</h3>
    <p class="hint">${t.followMeHint}</p>
    <${Banner} message=${banner} />
    <${Check} id="fmfm_on" label=${t.followMeOn} checked=${f.enabled} onChange=${(v) => setF({ ...f, enabled: v })} />
    ${f.enabled &&
    html`${errors.rows && html`<p class="error" role="alert">${errors.rows}</p>`}
      <table class="list timeline" aria-label=${t.followMe}>
        <thead><tr><th>${t.myDevices}</th><th>${t.startAfter}</th><th>${t.ringFor}</th></tr></thead>
        <tbody>
          ${f.rows.map(
            (r, i) => html`<tr key=${r.id} data-fmfm=${r.name}>
              <td><span class="check"><input type="checkbox" id=${'fm-' + r.id} checked=${r.on} onChange=${(e) => setRow(i, 'on', e.target.checked)} /><label for=${'fm-' + r.id}>${r.name}</label></span>
                ${errors[i] && html`<p class="error" role="alert">${errors[i]}</p>`}</td>
              <td data-label=${t.startAfter}>${r.on && html`<input aria-label=${`${t.startAfter} ${r.name}`} inputmode="numeric" value=${r.delay} onInput=${(e) => setRow(i, 'delay', e.target.value)} />`}</td>
              <td data-label=${t.ringFor}>${r.on && html`<input aria-label=${`${t.ringFor} ${r.name}`} inputmode="numeric" value=${r.timeout} onInput=${(e) => setRow(i, 'timeout', e.target.value)} />`}</td>
            </tr>`
          )}
        </tbody>
      </table>
      <${Check} id="fmfm_cell" label=${t.ringCell} checked=${f.cell.on} onChange=${setCell('on')} />
      ${f.cell.on &&
      html`<p class="hint">${t.cellHint}</p>
        <div class="grid">
          <${Field} id="fmfm_cell_number" label=${t.cellNumber} value=${f.cell.number} onInput=${setCell('number')} error=${errors.cell_number} inputmode="tel" />
          <${Field} id="fmfm_cell_delay" label=${t.startAfter} value=${f.cell.delay} onInput=${setCell('delay')} error=${errors.cell} inputmode="numeric" />
          <${Field} id="fmfm_cell_timeout" label=${t.ringFor} value=${f.cell.timeout} onInput=${setCell('timeout')} inputmode="numeric" />
        </div>`}`}
    <div class="bar"><button type="submit">${t.save}</button>${saved && html`<span class="ok" role="status">${t.saved}</span>`}</div>
  </form>`;
}
