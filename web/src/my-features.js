// A user's own call handling, saved on their user document as KAZOO keeps it: `do_not_disturb`
// and `call_forward` (substitute false = "ring my other devices too", require_keypress =
// "acknowledge the call"). The call engine reads both on the next call.
import { html } from 'htm/preact';
import { useState } from 'preact/hooks';
import { patch } from './api.js';
import { t } from './strings.js';
import { Field, Banner, Check } from './ui.js';

const NUMBER = /^\+?\d{2,15}$/;

function formOf(user) {
  const cf = user.call_forward || {};
  return {
    dnd: !!(user.do_not_disturb && user.do_not_disturb.enabled),
    forward: !!cf.enabled,
    number: cf.number || '',
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
    const errs = f.forward && !NUMBER.test(f.number.trim()) ? { 'call_forward.number': t.forwardNumber } : {};
    setErrors(errs);
    setBanner('');
    if (Object.keys(errs).length) return;
    setBusy(true);
    try {
      const doc = await patch(`users/${user.id}`, {
        do_not_disturb: { enabled: f.dnd },
        call_forward: {
          enabled: f.forward,
          number: f.number.trim(),
          direct_calls_only: f.direct_calls_only,
          keep_caller_id: f.keep_caller_id,
          require_keypress: f.require_keypress,
          substitute: !f.ring_devices,
        },
      });
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
    <${Check} id="forward" label=${t.forward} checked=${f.forward} onChange=${set('forward')} />
    ${f.forward &&
    html`<fieldset>
      <${Field} id="forward_number" label=${t.forwardTo} value=${f.number} onInput=${set('number')} error=${errors['call_forward.number']} inputmode="tel" />
      <${Check} id="ring_devices" label=${t.ringDevicesToo} checked=${f.ring_devices} onChange=${set('ring_devices')} />
      <${Check} id="direct_calls_only" label=${t.directCallsOnly} checked=${f.direct_calls_only} onChange=${set('direct_calls_only')} />
      <${Check} id="keep_caller_id" label=${t.keepCallerId} checked=${f.keep_caller_id} onChange=${set('keep_caller_id')} />
      <${Check} id="require_keypress" label=${t.requireKeypress} checked=${f.require_keypress} onChange=${set('require_keypress')} />
    </fieldset>`}
    ${saved && html`<p class="ok" role="status">${t.saved}</p>`}
    <button type="submit" disabled=${busy}>${busy ? t.saving : t.save}</button>
  </form>`;
}
