// Backup and restore of the whole box (`/v2/system/backup`, top-level administrators only):
// the download is fetched with the token header and saved from a blob (never a token in a
// URL); a restore uploads the picked file after a confirmation, then the screens reload
// their data (or, when the restored data does not hold this sign-in, the panel signs out).
import { html } from 'htm/preact';
import { useState } from 'preact/hooks';
import { signal } from '@preact/signals';
import { session, ApiError, dataGeneration, logout } from './api.js';
import { t } from './strings.js';
import { Banner } from './ui.js';

const PATH = '/v2/system/backup';
// Survives the reload of the screens after a restore.
const restoredNote = signal('');

async function send(method, body) {
  const headers = { 'X-Auth-Token': session.value.token, Accept: 'application/json, application/octet-stream' };
  if (body) headers['Content-Type'] = 'application/octet-stream';
  const res = await fetch(PATH, { method, headers, body });
  if (!res.ok) throw new ApiError(res.status, await res.json().catch(() => null));
  return res;
}

/** The error's own words: the box says why a file is not a backup. */
function reason(err) {
  const detail = err.body && err.body.data && err.body.data.message;
  return `${t.failed} ${err.message}${typeof detail === 'string' && detail !== err.message ? `: ${detail}` : ''}`;
}

async function download() {
  const res = await send('GET');
  const name = /filename="([^"]+)"/.exec(res.headers.get('Content-Disposition') || '');
  const blob = await res.blob();
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = name ? name[1] : 'edgepbx-backup.bin';
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60 * 1000);
  return { name: a.download, bytes: blob.size };
}

export function BackupForm() {
  const [file, setFile] = useState(null);
  const [busy, setBusy] = useState('');
  const [error, setError] = useState('');
  const [status, setStatus] = useState('');
  async function save() {
    setError('');
    setStatus('');
    restoredNote.value = '';
    setBusy(t.downloading);
    try {
      const got = await download();
      setStatus(t.backupSaved(got.name, got.bytes));
    } catch (err) {
      setError(reason(err));
    }
    setBusy('');
  }
  async function restore(e) {
    e.preventDefault();
    setError('');
    setStatus('');
    restoredNote.value = '';
    if (!file) return setError(t.pickBackup);
    if (!confirm(t.confirmRestore(file.name))) return;
    setBusy(t.restoring);
    try {
      const r = (await (await send('PUT', file)).json()).data;
      if (!r.signed_in) {
        alert(t.restoredSignIn);
        return logout();
      }
      restoredNote.value = t.restored(r.bytes);
      // Every screen reads its data again (Settings included).
      dataGeneration.value += 1;
    } catch (err) {
      setError(reason(err));
      setBusy('');
    }
  }
  return html`<form onSubmit=${restore} aria-labelledby="backup-h" novalidate>
    <h3 id="backup-h">${t.backup}</h3>
    <p class="hint">${t.backupHint}</p>
    <${Banner} message=${error} />
    <div class="bar"><button type="button" onClick=${save} disabled=${!!busy}>${t.downloadBackup}</button></div>
    <div class="field">
      <label for="restore_file">${t.restoreFile}</label>
      <input id="restore_file" type="file" onChange=${(e) => setFile(e.target.files[0] || null)} />
    </div>
    <button type="submit" disabled=${!!busy}>${t.restoreBackup}</button>
    ${(busy || status || restoredNote.value) && html`<p class="ok" role="status">${busy || status || restoredNote.value}</p>`}
  </form>`;
}
