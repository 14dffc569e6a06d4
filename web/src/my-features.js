// A user's own call handling, saved on their user document as KAZOO keeps it: `do_not_disturb`
// and `call_forward` (substitute false = "ring my other devices too", require_keypress =
// "acknowledge the call"). Forwarding is one mode, as in SmartPBX: Always is KAZOO's
// `call_forward.enabled` + `number`; Busy and No answer are the box's `call_forward.busy`
// and `call_forward.no_answer` (README "Call forwarding"). The call engine reads them on the
// next call.
import { html } from 'htm/preact';
import { useState } from 'preact/hooks';
import { patch } from './api.js';
import { t } from './strings.js';
import { Field, Banner, Check } from './ui.js';
import { Select } from './feature-form.js';

const NUMBER = /^\+?\d{2,15}$/;
/** Where each mode keeps `enabled` and `number` inside `call_forward`. */
const MODES = { always: null, busy: 'busy', no_answer: 'no_answer' };
const modeDoc = (cf, mode) => (MODES[mode] ? cf[MODES[mode]] || {} : cf);

function modeOf(cf) {
  return Object.keys(MODES).find((m) => modeDoc(cf, m).enabled === true) || 'off';
}

function formOf(user) {
  const cf = user.call_forward || {};
  const mode = modeOf(cf);
  return {
    dnd: !!(user.do_not_disturb && user.do_not_disturb.enabled),
    mode,
    number: modeDoc(cf, mode === 'off' ? 'always' : mode).number || '',
    ring_seconds: String((cf.no_answer && cf.no_answer.ring_seconds) || 20),
    direct_calls_only: !!cf.direct_calls_only,
    keep_caller_id: cf.keep_caller_id !== false,
    require_keypress: !!cf.require_keypress,
    ring_devices: cf.substitute === false,
  };
}

export function MyFeatures({ user, onSaved }) {
  const [f, setF] = useState(formOf(user));
  const [errors, setErrors] = useState({});
  const [banner, setBanner] = useState('');
  const [saved, setSaved] = useState(false);
  const [busy, setBusy] = useState(false);
  const set = (k) => (v) => {
    setSaved(false);
    setF({ ...f, [k]: v });
  };
  async function submit(e) {
    e.preventDefault();
    const errs = {};
    const field = MODES[f.mode] ? `call_forward.${MODES[f.mode]}.number` : 'call_forward.number';
    if (f.mode !== 'off' && !NUMBER.test(f.number.trim())) errs[field] = t.forwardNumber;
    const secs = Number(f.ring_seconds);
    if (f.mode === 'no_answer' && !(Number.isInteger(secs) && secs >= 5 && secs <= 300)) {
      errs['call_forward.no_answer.ring_seconds'] = t.forwardRingSecondsRange;
    }
    setErrors(errs);
    setBanner('');
    if (Object.keys(errs).length) return;
    setBusy(true);
    try {
      const call_forward = {
        enabled: f.mode === 'always',
        busy: { enabled: f.mode === 'busy' },
        no_answer: { enabled: f.mode === 'no_answer' },
        direct_calls_only: f.direct_calls_only,
        keep_caller_id: f.keep_caller_id,
        require_keypress: f.require_keypress,
        substitute: !f.ring_devices,
      };
      // The number goes to the chosen mode; the others keep theirs.
      if (f.mode !== 'off') Object.assign(modeDoc(call_forward, f.mode), { number: f.number.trim() });
      if (f.mode === 'no_answer') call_forward.no_answer.ring_seconds = Number(f.ring_seconds);
      const doc = await patch(`users/${user.id}`, { do_not_disturb: { enabled: f.dnd }, call_forward });
      setSaved(true);
      onSaved && onSaved(doc);
    } catch (err) {
      setErrors(err.fields || {});
      setBanner(`${t.failed} ${err.message}`);
    }
    setBusy(false);
  }
  return html`<form onSubmit=${submit} aria-labelledby="features-h" novalidate>
    <h3 id="features-h">${t.callHandling}</h3>
    <${Banner} message=${banner} />
    <${Check} id="dnd" label=${t.dnd} checked=${f.dnd} onChange=${set('dnd')} />
    <${Select} id="forward" label=${t.forward} value=${f.mode} onChange=${set('mode')}
      options=${[['off', t.forwardOff], ['always', t.forwardAlways], ['busy', t.forwardBusy], ['no_answer', t.forwardNoAnswer]]} />
    ${f.mode !== 'off' &&
    html`<fieldset>
      <${Field} id="forward_number" label=${t.forwardTo} value=${f.number} onInput=${set('number')}
        error=${errors['call_forward.number'] || errors['call_forward.busy.number'] || errors['call_forward.no_answer.number']} inputmode="tel" />
      ${f.mode === 'no_answer' &&
      html`<${Field} id="forward_ring_seconds" label=${t.forwardRingSeconds} value=${f.ring_seconds} onInput=${set('ring_seconds')}
        error=${errors['call_forward.no_answer.ring_seconds']} inputmode="numeric" />`}
      ${f.mode === 'always' && html`<${Check} id="ring_devices" label=${t.ringDevicesToo} checked=${f.ring_devices} onChange=${set('ring_devices')} />`}
      <${Check} id="direct_calls_only" label=${t.directCallsOnly} checked=${f.direct_calls_only} onChange=${set('direct_calls_only')} />
      <${Check} id="keep_caller_id" label=${t.keepCallerId} checked=${f.keep_caller_id} onChange=${set('keep_caller_id')} />
      <${Check} id="require_keypress" label=${t.requireKeypress} checked=${f.require_keypress} onChange=${set('require_keypress')} />
    </fieldset>`}
    ${saved && html`<p class="ok" role="status">${t.saved}</p>`}
    <button type="submit" disabled=${busy}>${busy ? t.saving : t.save}</button>
  </form>`;
}
