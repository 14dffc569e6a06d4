// The messages of one voicemail box: play in the page, download, mark heard (moved to the
// saved folder, as a phone does), delete, its transcription, and (for an administrator, given
// the `others` boxes) move it to another box (KAZOO's `source_id`; it arrives there as new). Audio comes from `messages/{mid}/raw` with the token
// header, so it is played and downloaded from a blob: URL (never a token in a URL).
import { html } from 'htm/preact';
import { useState, useEffect, useRef } from 'preact/hooks';
import { get, post, del, getBlob } from './api.js';
import { t } from './strings.js';
import { Banner } from './ui.js';

// Message timestamps are Gregorian seconds (KAZOO); shown in UTC like the call logs.
const GREGORIAN_OFFSET = 62167219200;
const when = (ts) => new Date((ts - GREGORIAN_OFFSET) * 1000).toISOString().slice(0, 16).replace('T', ' ');

/** The "move to" choice of one message. */
function MoveTo({ id, others, onMove }) {
  const [to, setTo] = useState('');
  return html`<span class="assign">
    <label class="sr" for=${'move-' + id}>${t.moveTo}</label>
    <select id=${'move-' + id} value=${to} onChange=${(e) => setTo(e.target.value)}>
      <option value="">${t.moveTo}…</option>
      ${others.map((b) => html`<option key=${b.id} value=${b.id}>${b.name} (${b.mailbox})</option>`)}
    </select>
    <button class="plain" disabled=${!to} onClick=${() => onMove(to)}>${t.move}</button>
  </span>`;
}

export function VmMessages({ box, others = [], onDone }) {
  const base = `vmboxes/${box.id}/messages`;
  const [rows, setRows] = useState(null);
  const [audio, setAudio] = useState({}); // media_id -> blob: URL
  const urls = useRef([]); // every blob: URL made, released when the screen closes
  const [error, setError] = useState('');
  const reload = () => get(`${base}?paginate=false`).then((r) => setRows(r.filter((m) => m.folder !== 'deleted')), (e) => setError(e.message));
  useEffect(() => {
    reload();
    return () => urls.current.forEach((u) => URL.revokeObjectURL(u));
  }, []);
  const act = (p) => p.then(reload, (e) => setError(e.message));

  async function load(m) {
    if (audio[m.media_id]) return audio[m.media_id];
    const url = URL.createObjectURL(await getBlob(`${base}/${m.media_id}/raw`));
    urls.current.push(url);
    setAudio((a) => ({ ...a, [m.media_id]: url }));
    return url;
  }
  async function download(m) {
    try {
      const a = document.createElement('a');
      a.href = await load(m);
      a.download = `${box.mailbox}-${m.media_id}.wav`;
      a.click();
    } catch (e) {
      setError(e.message);
    }
  }
  return html`<section aria-labelledby="vm-msg-h">
    <div class="bar">
      <h2 id="vm-msg-h">${t.messagesOf(box.name)}</h2>
      <button class="plain" onClick=${onDone}>${t.vmboxes}</button>
    </div>
    <${Banner} message=${error} />
    ${!rows
      ? html`<p>${t.loading}</p>`
      : rows.length === 0
        ? html`<p>${t.none}</p>`
        : html`<table class="list" aria-label=${t.messages}>
            <thead><tr><th>${t.when}</th><th>${t.from}</th><th>${t.duration}</th><th>${t.folder}</th><th><span class="sr">${t.edit}</span></th></tr></thead>
            <tbody>
              ${rows.map(
                (m) => html`<tr key=${m.media_id} data-message=${m.media_id} class="message">
                  <td data-label=${t.when}>${m.timestamp ? when(m.timestamp) : ''}</td>
                  <td data-label=${t.from}>${m.caller_id_name || ''} ${m.caller_id_number || ''}
                    ${m.transcription && m.transcription.text && html`<p class="transcript" aria-label=${t.transcript}>${m.transcription.text}</p>`}</td>
                  <td data-label=${t.duration}>${m.length ? `${Math.round(m.length / 1000)} s` : ''}</td>
                  <td data-label=${t.folder} class="folder">${t.folders[m.folder] || m.folder}</td>
                  <td class="actions">
                    ${audio[m.media_id]
                      ? html`<audio controls autoplay src=${audio[m.media_id]}></audio>`
                      : html`<button onClick=${() => load(m).catch((e) => setError(e.message))}>${t.play}</button>`}
                    <button class="plain" onClick=${() => download(m)}>${t.download}</button>
                    ${m.folder === 'new' &&
                    html`<button class="plain" onClick=${() => act(post(`${base}/${m.media_id}`, { folder: 'saved' }))}>${t.markHeard}</button>`}
                    ${others.length > 0 && html`<${MoveTo} id=${m.media_id} others=${others} onMove=${(to) => act(post(base, { messages: [m.media_id], source_id: to }))} />`}
                    <button class="danger" onClick=${() => confirm(t.confirmDeleteMessage) && act(del(`${base}/${m.media_id}`))}>${t.del}</button>
                  </td>
                </tr>`
              )}
            </tbody>
          </table>`}
  </section>`;
}
