// Add or edit a voicemail box (KAZOO `vmboxes`): number, owner, PIN, the seed's options, and
// the email recipients of new messages. Edits are PATCHes, so stored messages are untouched.
import { html } from 'htm/preact';
import { useState } from 'preact/hooks';
import { put, patch } from './api.js';
import { uploadGreeting, removeGreeting, isAudioFile } from './greeting.js';
import { t } from './strings.js';
import { Field, Banner } from './ui.js';

const FLAGS = ['skip_greeting', 'skip_instructions', 'delete_after_notify', 'announcement_only', 'check_if_owner', 'transcribe'];
/** KAZOO's defaults for a new box: the owner's phones skip the PIN. */
const DEFAULTS = { check_if_owner: true };
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

const emails = (text) => text.split(/[\s,;]+/).filter(Boolean);

function check(f) {
  const e = {};
  if (!f.name.trim()) e.name = t.required;
  if (!/^\d{1,30}$/.test(f.mailbox)) e.mailbox = t.mailboxDigits;
  if (f.pin && !/^\d{4,6}$/.test(f.pin)) e.pin = t.pinDigits;
  const bad = emails(f.notify).find((a) => !EMAIL.test(a));
  if (bad) e.notify_email_addresses = t.badEmail(bad);
  return e;
}

export function VmboxForm({ box, users, onDone }) {
  const isNew = !box.id;
  const [f, setF] = useState({
    name: box.name || '',
    mailbox: box.mailbox || '',
    owner_id: box.owner_id || '',
    pin: box.pin || '',
    notify: (box.notify_email_addresses || []).join(', '),
    ...Object.fromEntries(FLAGS.map((k) => [k, !!(box[k] ?? DEFAULTS[k])])),
  });
  const [errors, setErrors] = useState({});
  const [banner, setBanner] = useState('');
  const [busy, setBusy] = useState(false);
  const [greeting, setGreeting] = useState(null); // a File to upload as the unavailable greeting
  const set = (k) => (v) => setF({ ...f, [k]: v });

  async function submit(e) {
    e.preventDefault();
    const found = check(f);
    if (greeting && !isAudioFile(greeting)) found.greeting = t.greetingType;
    setErrors(found);
    setBanner('');
    if (Object.keys(found).length) return;
    const doc = {
      name: f.name.trim(),
      mailbox: f.mailbox,
      notify_email_addresses: emails(f.notify),
      ...Object.fromEntries(FLAGS.map((k) => [k, f[k]])),
    };
    // Empty means none: a PATCH drops a field sent as null.
    doc.owner_id = f.owner_id || (isNew ? undefined : null);
    doc.pin = f.pin || (isNew ? undefined : null);
    setBusy(true);
    let greetingId = null;
    try {
      if (greeting) {
        greetingId = await uploadGreeting(doc.name, greeting).catch((err) => {
          throw Object.assign(err, { fields: { greeting: (err.fields && err.fields.media) || err.message } });
        });
        doc.media = { ...(box.media || {}), unavailable: greetingId };
      }
      if (isNew) await put('vmboxes', doc);
      else await patch(`vmboxes/${box.id}`, doc);
      // The greeting it replaced is no longer used by this box.
      if (greetingId && box.media && box.media.unavailable) await removeGreeting(box.media.unavailable);
      onDone();
    } catch (err) {
      if (greetingId) await removeGreeting(greetingId);
      setErrors(err.fields || {});
      setBanner(`${t.failed} ${err.message}`);
      setBusy(false);
    }
  }
  return html`<section aria-labelledby="vmbox-form-h">
    <h2 id="vmbox-form-h">${isNew ? t.addVmbox : t.editVmbox}</h2>
    <form onSubmit=${submit} novalidate>
      <${Banner} message=${banner} />
      <div class="grid">
        <${Field} id="vm_name" label=${t.name} value=${f.name} onInput=${set('name')} error=${errors.name} required />
        <${Field} id="vm_mailbox" label=${t.mailbox} value=${f.mailbox} onInput=${set('mailbox')} error=${errors.mailbox} required inputmode="numeric" />
        <div class="field">
          <label for="vm_owner">${t.owner}</label>
          <select id="vm_owner" value=${f.owner_id} onChange=${(e) => set('owner_id')(e.target.value)}>
            <option value="">${t.noOwner}</option>
            ${users.map((u) => html`<option key=${u.id} value=${u.id}>${u.first_name} ${u.last_name}</option>`)}
          </select>
          ${errors.owner_id && html`<p class="error" role="alert">${errors.owner_id}</p>`}
        </div>
        <${Field} id="vm_pin" label=${t.pin} type="password" value=${f.pin} onInput=${set('pin')} error=${errors.pin} inputmode="numeric" autocomplete="off" />
      </div>
      <div class="field">
        <label for="vm_greeting">${t.greeting}</label>
        <input id="vm_greeting" type="file" accept="audio/wav,audio/x-wav,audio/mpeg,.wav,.mp3"
          aria-invalid=${errors.greeting ? 'true' : undefined} onChange=${(e) => setGreeting(e.target.files[0] || null)} />
        <p class="hint">${box.media && box.media.unavailable ? t.greetingSet : t.greetingNone}</p>
        ${errors.greeting && html`<p class="error" id="vm_greeting-error" role="alert">${errors.greeting}</p>`}
      </div>
      <${Field} id="vm_notify" label=${t.recipients} value=${f.notify} onInput=${set('notify')} error=${errors.notify_email_addresses} />
      ${FLAGS.map(
        (k) => html`<div class="check" key=${k}>
          <input type="checkbox" id=${'vm_' + k} checked=${f[k]} onChange=${(e) => set(k)(e.target.checked)} />
          <label for=${'vm_' + k}>${t.vmFlags[k]}</label>
        </div>`
      )}
      <div class="bar">
        <button type="submit" disabled=${busy}>${busy ? t.saving : t.save}</button>
        <button type="button" class="plain" onClick=${onDone}>${t.cancel}</button>
      </div>
    </form>
  </section>`;
}
