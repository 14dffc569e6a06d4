// The main fax number (callflow `MainFaxNumber`, type `mainFax`): a number that rings one
// device, the fax machine (an analog `ata` device on an FXS port or a SIP fax/ATA), with
// nothing after it: an unanswered fax call ends, it never reaches a voicemail box.
import { html } from 'htm/preact';
import { useState, useEffect } from 'preact/hooks';
import { t } from './strings.js';
import { Field } from './ui.js';
import { get, put, post, del } from './api.js';
import { uiMetadata } from './smartpbx.js';

const NAME = 'MainFaxNumber';

async function load() {
  const [cfs, devices, numbers] = await Promise.all([get('callflows?filter_type=mainFax&paginate=false'), get('devices?paginate=false'), get('phone_numbers')]);
  const cf = cfs.find((c) => c.name === NAME);
  // The account's numbers no callflow uses yet, offered as the fax number.
  const spare = Object.entries(numbers.numbers || {}).filter(([, d]) => !d.used_by_id).map(([n]) => n);
  return { cf: cf ? await get(`callflows/${cf.id}`) : null, devices, spare };
}

export function MainFax() {
  const [state, setState] = useState(null);
  const [number, setNumber] = useState('');
  const [device, setDevice] = useState('');
  const [errors, setErrors] = useState({});
  const [note, setNote] = useState('');
  const show = (cf) => {
    setNumber(((cf && cf.numbers) || [])[0] || '');
    setDevice((cf && cf.flow && cf.flow.data && cf.flow.data.id) || '');
  };
  useEffect(() => {
    load().then(
      (s) => {
        setState(s);
        show(s.cf);
      },
      (e) => setErrors({ form: e.message })
    );
  }, []);
  async function save(e) {
    e.preventDefault();
    setNote('');
    const n = number.replace(/[\s()-]/g, '');
    const bad = {};
    if (!/^\+?\d{2,15}$/.test(n)) bad.number = t.badConfNumber;
    if (!device) bad.device = t.pickFaxDevice;
    setErrors(bad);
    if (Object.keys(bad).length) return;
    const doc = { ...(state.cf || {}), name: NAME, type: 'mainFax', numbers: [n], flow: { module: 'device', data: { id: device }, children: {} }, ui_metadata: uiMetadata() };
    try {
      const cf = state.cf ? await post(`callflows/${state.cf.id}`, doc) : await put('callflows', doc);
      setState({ ...state, cf });
      setNote(t.saved);
    } catch (err) {
      const f = err.fields || {};
      if (f.numbers) setErrors({ number: f.numbers });
      else setErrors({ form: err.message });
    }
  }
  async function remove() {
    setNote('');
    try {
      await del(`callflows/${state.cf.id}`);
      setState({ ...state, cf: null });
      show(null);
      setNote(t.faxRemoved);
    } catch (err) {
      setErrors({ form: err.message });
    }
  }
  if (!state) return errors.form ? html`<p class="error" role="alert">${errors.form}</p>` : null;
  return html`<form onSubmit=${save} aria-labelledby="fax-h" novalidate>
    <h3 id="fax-h">${t.mainFax}</h3>
    <p class="hint">${t.mainFaxHint}</p>
    <div class="grid">
      <${Field} id="fax_number" label=${t.faxNumber} value=${number} onInput=${setNumber} error=${errors.number} inputmode="tel" list="fax_spare" />
      <datalist id="fax_spare">${state.spare.map((n) => html`<option key=${n} value=${n} />`)}</datalist>
      <div class="field">
        <label for="fax_device">${t.faxDevice}</label>
        <select id="fax_device" value=${device} onChange=${(e) => setDevice(e.target.value)} aria-invalid=${errors.device ? 'true' : undefined} aria-describedby=${errors.device ? 'fax_device-error' : undefined}>
          <option value="">—</option>
          ${state.devices.map((d) => html`<option key=${d.id} value=${d.id}>${d.name}</option>`)}
        </select>
        ${errors.device && html`<p class="error" id="fax_device-error" role="alert">${errors.device}</p>`}
      </div>
    </div>
    ${errors.form && html`<p class="error" role="alert">${errors.form}</p>`}
    ${note && html`<p class="ok">${note}</p>`}
    <div class="bar">
      <button type="submit">${t.saveFax}</button>
      ${state.cf && html`<button type="button" class="plain" onClick=${remove}>${t.removeFax}</button>`}
    </div>
  </form>`;
}
