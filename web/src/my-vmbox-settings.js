// A user's own voicemail box settings: a new PIN (a PATCH of `pin`, the one field of the box
// they may change) and their greeting (`vmboxes/{id}/greeting`, which makes the media for it).
import { html } from 'htm/preact';
import { useState, useEffect } from 'preact/hooks';
import { acct, get, patch, session, ApiError } from './api.js';
import { t } from './strings.js';
import { Field } from './ui.js';
import { isAudioFile, audioType } from './greeting.js';

async function uploadOwnGreeting(boxId, file) {
  const res = await fetch('/v2/' + acct(`vmboxes/${boxId}/greeting`), {
    method: 'POST',
    headers: { 'X-Auth-Token': session.value.token, 'Content-Type': audioType(file), Accept: 'application/json' },
    body: file,
  });
  if (!res.ok) throw new ApiError(res.status, await res.json().catch(() => null));
}

export function MyVmboxSettings({ box }) {
  const [pin, setPin] = useState('');
  const [again, setAgain] = useState('');
  const [file, setFile] = useState(null);
  const [errors, setErrors] = useState({});
  const [saved, setSaved] = useState('');
  // The list rows leave out the box's media: read whether it has a greeting from the box.
  const [hasGreeting, setHasGreeting] = useState(false);
  const loadGreeting = () => get(`vmboxes/${box.id}`).then((b) => setHasGreeting(!!(b.media && b.media.unavailable)), () => {});
  useEffect(loadGreeting, []);
  const id = (k) => `${k}_${box.mailbox}`;
  async function savePin(e) {
    e.preventDefault();
    setSaved('');
    const found = {};
    if (!/^\d{4,6}$/.test(pin)) found.pin = t.pinDigits;
    else if (pin !== again) found.again = t.pinMismatch;
    setErrors(found);
    if (Object.keys(found).length) return;
    try {
      await patch(`vmboxes/${box.id}`, { pin });
      setPin('');
      setAgain('');
      setSaved('pin');
    } catch (err) {
      setErrors({ pin: err.fields.pin || err.message });
    }
  }
  async function saveGreeting(e) {
    e.preventDefault();
    setSaved('');
    if (!file || !isAudioFile(file)) return setErrors({ greeting: t.greetingType });
    setErrors({});
    try {
      await uploadOwnGreeting(box.id, file);
      setSaved('greeting');
      loadGreeting();
    } catch (err) {
      setErrors({ greeting: err.fields.media || err.message });
    }
  }
  return html`<div class="card" data-settings=${box.mailbox}>
    <h3>${t.boxSettings(box.name, box.mailbox)}</h3>
    <form onSubmit=${savePin} novalidate>
      <${Field} id=${id('pin')} label=${t.newPin} type="password" value=${pin} onInput=${setPin} error=${errors.pin} inputmode="numeric" autocomplete="new-password" />
      <${Field} id=${id('pin_again')} label=${t.newPinAgain} type="password" value=${again} onInput=${setAgain} error=${errors.again} inputmode="numeric" autocomplete="new-password" />
      <div class="bar"><button type="submit">${t.changePin}</button>${saved === 'pin' && html`<span class="ok" role="status">${t.pinChanged}</span>`}</div>
    </form>
    <form onSubmit=${saveGreeting} novalidate>
      <div class="field">
        <label for=${id('greeting')}>${t.greeting}</label>
        <input id=${id('greeting')} type="file" accept="audio/wav,audio/mpeg,.wav,.mp3" aria-invalid=${errors.greeting ? 'true' : undefined}
          onChange=${(e) => setFile(e.target.files[0] || null)} />
        ${errors.greeting && html`<p class="error" id=${id('greeting') + '-error'} role="alert">${errors.greeting}</p>`}
        <p class="hint">${hasGreeting ? t.greetingSet : t.greetingNone}</p>
      </div>
      <div class="bar"><button type="submit">${t.uploadGreeting}</button>${saved === 'greeting' && html`<span class="ok" role="status">${t.greetingSaved}</span>`}</div>
    </form>
  </div>`;
}
