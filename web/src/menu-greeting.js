// A receptionist menu's greeting and the options the box's menu acts on (KAZOO `menus`
// document): the greeting (`media.greeting`) spoken by the box's text to speech or an
// uploaded WAV/MP3, `retries`, `timeout` (ms) and `max_extension_length`. Saved as a PATCH,
// so what the Callflows app set elsewhere on the menu stays.
import { html } from 'htm/preact';
import { useState, useEffect } from 'preact/hooks';
import { t } from './strings.js';
import { Field } from './ui.js';
import { get, put, post, patch } from './api.js';
import { uploadGreeting, removeGreeting, isAudioFile } from './greeting.js';
import { uiMetadata } from './smartpbx.js';

const kindOf = (media) => (!media ? 'none' : media.media_source === 'tts' ? 'tts' : 'upload');

/** What is wrong with the options typed, by field id. */
function check(id, o) {
  const bad = {};
  const within = (v, lo, hi) => /^\d+$/.test(v.trim()) && +v >= lo && +v <= hi;
  if (!within(o.retries, 1, 10)) bad[`${id}-retries`] = t.menuBadRetries;
  if (!within(o.timeout, 1, 60)) bad[`${id}-timeout`] = t.menuBadTimeout;
  if (!within(o.digits, 1, 6)) bad[`${id}-digits`] = t.menuBadDigits;
  if (o.kind === 'tts' && !o.text.trim()) bad[`${id}-text`] = t.menuGreetingTextNeeded;
  if (o.kind === 'upload' && !o.file && kindOf(o.media) !== 'upload') bad[`${id}-file`] = t.greetingType;
  if (o.file && !isAudioFile(o.file)) bad[`${id}-file`] = t.greetingType;
  return bad;
}

/** The greeting's media id after the save (a new document when it changes kind or file). */
async function greetingId(menu, o) {
  if (o.kind === 'none') return null;
  if (o.kind === 'upload') return o.file ? uploadGreeting(menu.name, o.file) : o.media.id;
  const doc = { name: `${menu.name} greeting`, media_source: 'tts', tts: { text: o.text.trim(), voice: 'female/en-US' }, ui_metadata: uiMetadata() };
  if (kindOf(o.media) === 'tts') return (await post(`media/${o.media.id}`, { ...o.media, ...doc })).id;
  return (await put('media', doc)).id;
}

export function MenuGreeting({ menuId, label }) {
  const id = `menu-${menuId}`;
  const [o, setO] = useState(null);
  const [errors, setErrors] = useState({});
  const [note, setNote] = useState('');
  const set = (k) => (v) => setO({ ...o, [k]: v });
  useEffect(() => {
    (async () => {
      const menu = await get(`menus/${menuId}`);
      const gid = menu.media && menu.media.greeting;
      const media = gid ? await get(`media/${gid}`).catch(() => null) : null;
      setO({ menu, media, kind: kindOf(media), text: (media && media.tts && media.tts.text) || '', file: null, retries: String(menu.retries || 3), timeout: String(Math.round((menu.timeout || 10000) / 1000)), digits: String(menu.max_extension_length || 4) });
    })().catch((e) => setErrors({ form: e.message }));
  }, [menuId]);
  async function save(e) {
    e.preventDefault();
    setNote('');
    const bad = check(id, o);
    setErrors(bad);
    if (Object.keys(bad).length) return;
    let gid = null;
    try {
      gid = await greetingId(o.menu, o);
      const menu = await patch(`menus/${menuId}`, { retries: +o.retries, timeout: +o.timeout * 1000, max_extension_length: +o.digits, media: { greeting: gid }, ui_metadata: uiMetadata() });
      const media = gid ? await get(`media/${gid}`) : null;
      if (o.media && o.media.id !== gid) await removeGreeting(o.media.id);
      setO({ ...o, menu, media, file: null });
      setNote(t.saved);
    } catch (err) {
      // A greeting made for this save goes again, so a refused save leaves nothing behind.
      if (gid && (!o.media || o.media.id !== gid)) await removeGreeting(gid);
      const f = err.fields || {};
      const at = { retries: `${id}-retries`, timeout: `${id}-timeout`, max_extension_length: `${id}-digits` };
      const key = Object.keys(f).find((k) => at[k] || k.startsWith('tts'));
      setErrors(key ? { [at[key] || `${id}-text`]: f[key] } : { form: err.message });
    }
  }
  if (!o) return errors.form ? html`<p class="error" role="alert">${errors.form}</p>` : null;
  return html`<form class="window menu-greeting" onSubmit=${save} aria-label=${label} novalidate>
    <h4>${label}</h4>
    <div class="field">
      <label for=${`${id}-kind`}>${t.menuGreeting}</label>
      <select id=${`${id}-kind`} value=${o.kind} onChange=${(e) => set('kind')(e.target.value)}>
        ${Object.entries(t.menuGreetingKinds).map(([k, l]) => html`<option key=${k} value=${k}>${l}</option>`)}
      </select>
    </div>
    ${o.kind === 'tts' &&
    html`<div class="field">
      <label for=${`${id}-text`}>${t.menuGreetingText}</label>
      <textarea id=${`${id}-text`} rows="2" maxlength="1000" value=${o.text} onInput=${(e) => set('text')(e.target.value)} aria-invalid=${errors[`${id}-text`] ? 'true' : undefined} aria-describedby=${errors[`${id}-text`] ? `${id}-text-error` : undefined}></textarea>
      ${errors[`${id}-text`] && html`<p class="error" id=${`${id}-text-error`} role="alert">${errors[`${id}-text`]}</p>`}
    </div>`}
    ${o.kind === 'upload' &&
    html`<div class="field">
      <label for=${`${id}-file`}>${t.menuGreetingFile}</label>
      <input id=${`${id}-file`} type="file" accept="audio/wav,audio/mpeg,.wav,.mp3" onChange=${(e) => set('file')(e.target.files[0] || null)} aria-invalid=${errors[`${id}-file`] ? 'true' : undefined} aria-describedby=${errors[`${id}-file`] ? `${id}-file-error` : undefined} />
      ${kindOf(o.media) === 'upload' && html`<p class="hint">${t.greetingSet}</p>`}
      ${errors[`${id}-file`] && html`<p class="error" id=${`${id}-file-error`} role="alert">${errors[`${id}-file`]}</p>`}
    </div>`}
    <div class="grid">
      <${Field} id=${`${id}-retries`} label=${t.menuRetries} value=${o.retries} onInput=${set('retries')} error=${errors[`${id}-retries`]} inputmode="numeric" />
      <${Field} id=${`${id}-timeout`} label=${t.menuTimeout} value=${o.timeout} onInput=${set('timeout')} error=${errors[`${id}-timeout`]} inputmode="numeric" />
      <${Field} id=${`${id}-digits`} label=${t.menuMaxDigits} value=${o.digits} onInput=${set('digits')} error=${errors[`${id}-digits`]} inputmode="numeric" />
    </div>
    ${errors.form && html`<p class="error" role="alert">${errors.form}</p>`}
    ${note && html`<p class="ok">${note}</p>`}
    <button type="submit">${t.save}</button>
  </form>`;
}
