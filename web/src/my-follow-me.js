// A user's own find me follow me: which of their phones ring for a call to their extension,
// each after a delay and for a time. Saved through `users/{id}/find_me_follow_me`, which
// rewrites their extension's callflow as SmartPBX does (a plain user may not write callflows).
import { html } from 'htm/preact';
import { useState, useEffect } from 'preact/hooks';
import { get, post } from './api.js';
import { t } from './strings.js';
import { Banner, Check } from './ui.js';

const seconds = (v, min) => /^\d+$/.test(String(v)) && Number(v) >= min && Number(v) <= 300;

export function MyFollowMe({ userId }) {
  const [devices, setDevices] = useState(null);
  const [f, setF] = useState(null);
  const [errors, setErrors] = useState({});
  const [banner, setBanner] = useState('');
  const [saved, setSaved] = useState(false);
  const load = (state, list) => {
    const on = Object.fromEntries(state.endpoints.map((e) => [e.id, e]));
    setF({ enabled: state.enabled, rows: list.map((d) => ({ id: d.id, name: d.name, on: !!on[d.id], delay: String(on[d.id]?.delay ?? 0), timeout: String(on[d.id]?.timeout ?? 20) })) });
  };
  useEffect(() => {
    Promise.all([get(`users/${userId}/find_me_follow_me`), get(`users/${userId}/devices`)]).then(([state, list]) => {
      setDevices(list);
      load(state, list);
    }, (e) => setBanner(e.message));
  }, []);
  if (!f) return html`<div class="card"><h3>${t.followMe}</h3><${Banner} message=${banner} />${!banner && t.loading}</div>`;
  const setRow = (i, k, v) => setF({ ...f, rows: f.rows.map((r, j) => (j === i ? { ...r, [k]: v } : r)) });
  async function save(e) {
    e.preventDefault();
    setSaved(false);
    setBanner('');
    const picked = f.rows.filter((r) => r.on);
    const found = {};
    if (f.enabled && !picked.length) found.rows = t.pickPhone;
    f.rows.forEach((r, i) => {
      if (r.on && (!seconds(r.delay, 0) || !seconds(r.timeout, 1))) found[i] = t.badTimeline;
    });
    setErrors(found);
    if (Object.keys(found).length) return;
    try {
      const endpoints = picked.map((r) => ({ id: r.id, delay: Number(r.delay), timeout: Number(r.timeout) }));
      load(await post(`users/${userId}/find_me_follow_me`, { enabled: f.enabled, endpoints: f.enabled ? endpoints : [] }), devices);
      setSaved(true);
    } catch (err) {
      // `endpoints.N.field` names the row the box refused.
      const at = {};
      for (const [field, msg] of Object.entries(err.fields || {})) {
        const m = /^endpoints\.(\d+)\./.exec(field);
        if (m) at[f.rows.indexOf(picked[Number(m[1])])] = msg;
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
      </table>`}
    <div class="bar"><button type="submit">${t.save}</button>${saved && html`<span class="ok" role="status">${t.saved}</span>`}</div>
  </form>`;
}
