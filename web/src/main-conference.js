// The main conference number (SmartPBX's `MainConference` callflow, type `conference`): a
// number to the account's conference service, after a greeting spoken by the box's text to
// speech (a `media` document with `media_source: tts`, played before the conference).
import { html } from 'htm/preact';
import { useState, useEffect } from 'preact/hooks';
import { t } from './strings.js';
import { Field } from './ui.js';
import { get, put, post } from './api.js';
import { uiMetadata } from './smartpbx.js';

const GREETING = 'MainConferenceGreeting';
const PLACEHOLDER = 'undefinedconf';

async function load() {
  const [cfs, media] = await Promise.all([get('callflows?filter_type=conference&paginate=false'), get('media?paginate=false')]);
  const cf = cfs.find((c) => c.name === 'MainConference');
  const m = media.find((x) => x.name === GREETING);
  return { cf: cf ? await get(`callflows/${cf.id}`) : null, media: m ? await get(`media/${m.id}`) : null };
}

export function MainConference() {
  const [state, setState] = useState(null);
  const [number, setNumber] = useState('');
  const [text, setText] = useState('');
  const [errors, setErrors] = useState({});
  const [note, setNote] = useState('');
  useEffect(() => {
    load().then((s) => {
      setState(s);
      setNumber(((s.cf && s.cf.numbers) || []).filter((n) => n !== PLACEHOLDER)[0] || '');
      setText((s.media && s.media.tts && s.media.tts.text) || '');
    }, (e) => setErrors({ form: e.message }));
  }, []);
  async function save(e) {
    e.preventDefault();
    setNote('');
    const n = number.replace(/[\s()-]/g, '');
    if (n && !/^\+?\d{2,15}$/.test(n)) return setErrors({ number: t.badConfNumber });
    setErrors({});
    try {
      let media = state.media;
      if (text.trim()) {
        const doc = { ...(media || {}), name: GREETING, media_source: 'tts', tts: { text: text.trim(), voice: 'female' }, ui_metadata: uiMetadata() };
        media = media ? await post(`media/${media.id}`, doc) : await put('media', doc);
      }
      const conference = { module: 'conference', data: {}, children: {} };
      const flow = text.trim() ? { module: 'play', data: { id: media.id }, children: { _: conference } } : conference;
      const doc = { ...(state.cf || {}), name: 'MainConference', type: 'conference', numbers: [n || PLACEHOLDER], flow, ui_metadata: uiMetadata() };
      const cf = state.cf ? await post(`callflows/${state.cf.id}`, doc) : await put('callflows', doc);
      setState({ cf, media });
      setNote(t.saved);
    } catch (err) {
      const f = err.fields || {};
      const tts = Object.keys(f).find((k) => k.startsWith('tts'));
      if (f.numbers) setErrors({ number: f.numbers });
      else if (tts) setErrors({ greeting: f[tts] });
      else setErrors({ form: err.message });
    }
  }
  if (!state) return errors.form ? html`<p class="error" role="alert">${errors.form}</p>` : null;
  return html`<form onSubmit=${save} aria-labelledby="conf-h" novalidate>
    <h3 id="conf-h">${t.mainConference}</h3>
    <${Field} id="conf_number" label=${t.mainConfNumber} value=${number} onInput=${setNumber} error=${errors.number} inputmode="tel" />
    <div class="field">
      <label for="conf_greeting">${t.confGreeting}</label>
      <textarea id="conf_greeting" rows="2" maxlength="1000" value=${text} onInput=${(e) => setText(e.target.value)} aria-invalid=${errors.greeting ? 'true' : undefined} aria-describedby=${errors.greeting ? 'conf_greeting-error' : undefined}></textarea>
      ${errors.greeting && html`<p class="error" id="conf_greeting-error" role="alert">${errors.greeting}</p>`}
    </div>
    ${errors.form && html`<p class="error" role="alert">${errors.form}</p>`}
    ${note && html`<p class="ok">${note}</p>`}
    <button type="submit">${t.saveConference}</button>
  </form>`;
}
