// Add or edit a conference: name, the number to dial, member and moderator PINs.
import { html } from 'htm/preact';
import { useState } from 'preact/hooks';
import { t } from './strings.js';
import { Field, Banner, Check } from './ui.js';
import { createConference, updateConference } from './save-conference.js';

const PINS = /^(\d{4,8}([\s,;]+\d{4,8})*)?$/;

function check(f) {
  const e = {};
  if (!f.name.trim()) e.name = t.required;
  if (!/^\+?\d{2,15}$/.test(f.number)) e.number = t.extDigits;
  for (const k of ['member_pins', 'moderator_pins']) if (!PINS.test(f[k].trim())) e[k] = t.pinList;
  return e;
}

export function ConferenceForm({ conf, onDone }) {
  const isNew = !conf.id;
  const [f, setF] = useState({
    name: conf.name || '',
    number: (conf.conference_numbers || [])[0] || '',
    member_pins: ((conf.member && conf.member.pins) || []).join(', '),
    moderator_pins: ((conf.moderator && conf.moderator.pins) || []).join(', '),
    join_muted: !!(conf.member && conf.member.join_muted),
  });
  const [errors, setErrors] = useState({});
  const [banner, setBanner] = useState('');
  const [busy, setBusy] = useState(false);
  const set = (k) => (v) => setF({ ...f, [k]: v });
  async function submit(e) {
    e.preventDefault();
    const found = check(f);
    setErrors(found);
    setBanner('');
    if (Object.keys(found).length) return;
    setBusy(true);
    try {
      if (isNew) await createConference(f);
      else await updateConference(conf.id, f);
      onDone();
    } catch (err) {
      setErrors(err.fields || {});
      setBanner(`${t.failed} ${err.message}`);
      setBusy(false);
    }
  }
  return html`<section aria-labelledby="conf-form-h">
    <h2 id="conf-form-h">${isNew ? t.addConference : t.editConference}</h2>
    <form onSubmit=${submit} novalidate>
      <${Banner} message=${banner} />
      <div class="grid">
        <${Field} id="conf_name" label=${t.name} value=${f.name} onInput=${set('name')} error=${errors.name} required />
        <${Field} id="conf_number" label=${t.confNumber} value=${f.number} onInput=${set('number')} error=${errors.number} required inputmode="tel" />
        <${Field} id="conf_member_pins" label=${t.memberPins} value=${f.member_pins} onInput=${set('member_pins')} error=${errors.member_pins || errors.member} inputmode="numeric" autocomplete="off" />
        <${Field} id="conf_moderator_pins" label=${t.moderatorPins} value=${f.moderator_pins} onInput=${set('moderator_pins')} error=${errors.moderator_pins || errors.moderator} inputmode="numeric" autocomplete="off" />
      </div>
      <${Check} id="conf_join_muted" label=${t.joinMuted} checked=${f.join_muted} onChange=${set('join_muted')} />
      <div class="bar">
        <button type="submit" disabled=${busy}>${busy ? t.saving : t.save}</button>
        <button type="button" class="plain" onClick=${onDone}>${t.cancel}</button>
      </div>
    </form>
  </section>`;
}
