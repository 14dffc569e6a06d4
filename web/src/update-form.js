// Software update: a signed bundle uploaded to `/v2/system/update` (top-level admins only). The
// box checks the signature and writes the other slot; the new version runs after a restart.
import { html } from 'htm/preact';
import { useState } from 'preact/hooks';
import { session, ApiError } from './api.js';
import { t } from './strings.js';
import { Banner } from './ui.js';

async function upload(file) {
  const res = await fetch('/v2/system/update', {
    method: 'PUT',
    headers: { 'X-Auth-Token': session.value.token, 'Content-Type': 'application/octet-stream', Accept: 'application/json' },
    body: file,
  });
  const body = await res.json().catch(() => null);
  if (!res.ok) throw new ApiError(res.status, body);
  return body.data;
}

export function UpdateForm() {
  const [file, setFile] = useState(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState('');
  const [done, setDone] = useState('');
  async function submit(e) {
    e.preventDefault();
    setError('');
    setDone('');
    if (!file) return setError(t.pickBundle);
    setBusy(true);
    try {
      const r = await upload(file);
      setDone(t.updateInstalled(r && r.installed));
    } catch (err) {
      const detail = err.body && err.body.data && (err.body.data.message || err.body.data.detail);
      setError(`${t.failed} ${err.message}${typeof detail === 'string' && detail !== err.message ? `: ${detail}` : ''}`);
    }
    setBusy(false);
  }
  return html`<form onSubmit=${submit} aria-labelledby="update-h" novalidate>
    <h3 id="update-h">${t.softwareUpdate}</h3>
    <p class="hint">${t.updateHint}</p>
    <${Banner} message=${error} />
    <div class="field">
      <label for="bundle">${t.bundle}</label>
      <input id="bundle" type="file" onChange=${(e) => setFile(e.target.files[0] || null)} />
    </div>
    ${done && html`<p class="ok" role="status">${done}</p>`}
    <button type="submit" disabled=${busy}>${busy ? t.uploading : t.install}</button>
  </form>`;
}
