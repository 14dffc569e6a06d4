// Calls the box starts: the wizard's "Ring my phone" (PUT devices/{id}/ring_test: the phone
// rings, and on answer the box says its extension and goodbye) and the device list's "Call"
// (KAZOO's GET devices/{id}/quickcall/{number}: the phone rings, and on answer the number is
// dialled for it, as if it had been dialled on the phone).
import { html } from 'htm/preact';
import { useState, useEffect } from 'preact/hooks';
import { get, put } from './api.js';
import { t } from './strings.js';
import { Banner, Field } from './ui.js';

/** The summary step: pick a registered phone of the office and ring it. */
export function RingMyPhone() {
  const [phones, setPhones] = useState(null);
  const [chosen, setChosen] = useState('');
  const [note, setNote] = useState('');
  const [error, setError] = useState('');
  useEffect(() => {
    Promise.all([get('devices?with_status=true&paginate=false'), get('users?paginate=false')]).then(
      ([devs, users]) => {
        const owner = (id) => users.find((u) => u.id === id);
        const list = devs
          .filter((d) => d.registered)
          .map((d) => {
            const o = owner(d.owner_id);
            return { id: d.id, label: o ? `${o.first_name} ${o.last_name} · ${d.name}` : d.name };
          });
        setPhones(list);
        if (list.length) setChosen(list[0].id);
      },
      (e) => setError(e.message)
    );
  }, []);
  const ring = async () => {
    setError('');
    setNote('');
    try {
      await put(`devices/${chosen}/ring_test`, {});
      setNote(t.ringing(phones.find((p) => p.id === chosen).label));
    } catch (e) {
      setError(e.message);
    }
  };
  if (!phones) return html`<${Banner} message=${error} />`;
  return html`<div class="ring-my-phone">
    <h3>${t.ringMyPhone}</h3>
    ${phones.length === 0
      ? html`<p class="hint">${t.noRegisteredPhone}</p>`
      : html`<div class="field">
            <label for="ring-phone">${t.ringPhonePick}</label>
            <select id="ring-phone" value=${chosen} onChange=${(e) => setChosen(e.target.value)}>
              ${phones.map((p) => html`<option key=${p.id} value=${p.id}>${p.label}</option>`)}
            </select>
            <p class="hint">${t.ringPhoneHint}</p>
          </div>
          <button type="button" onClick=${ring}>${t.ringMyPhone}</button>`}
    ${note && html`<p role="status">${note}</p>`}
    <${Banner} message=${error} />
  </div>`;
}

/** A registered device's "Call": asks for the number, then rings the phone first. */
export function CallFrom({ device }) {
  const [open, setOpen] = useState(false);
  const [number, setNumber] = useState('');
  const [note, setNote] = useState('');
  const [error, setError] = useState('');
  const [fieldError, setFieldError] = useState('');
  if (!open) {
    return html`<button type="button" class="plain" aria-label=${t.callFrom(device.name)} onClick=${() => setOpen(true)}>
      ${t.call}
    </button>`;
  }
  const start = async (e) => {
    e.preventDefault();
    setError('');
    setFieldError('');
    setNote('');
    try {
      await get(`devices/${device.id}/quickcall/${encodeURIComponent(number)}?auto_answer=false`);
      setNote(t.callStarted(device.name, number));
    } catch (err) {
      if (err.fields && err.fields.number) setFieldError(err.fields.number);
      else setError(err.message);
    }
  };
  return html`<form class="call-from" onSubmit=${start}>
    <${Field} id=${`call-${device.id}`} label=${t.callNumber} value=${number} onInput=${setNumber} error=${fieldError} inputmode="tel" required />
    <button type="submit">${t.call}</button>
    ${note && html`<p role="status">${note}</p>`}
    <${Banner} message=${error} />
  </form>`;
}
