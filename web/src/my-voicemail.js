// A plain user's voicemail: the boxes they own (the API lists no others), their messages, and
// each box's PIN and greeting.
import { html } from 'htm/preact';
import { useState, useEffect } from 'preact/hooks';
import { get } from './api.js';
import { t } from './strings.js';
import { Banner } from './ui.js';
import { VmMessages } from './vm-messages.js';
import { MyVmboxSettings } from './my-vmbox-settings.js';

export function MyVoicemail() {
  const [boxes, setBoxes] = useState(null);
  const [open, setOpen] = useState(null);
  const [error, setError] = useState('');
  const reload = () => get('vmboxes?paginate=false').then(setBoxes, (e) => setError(e.message));
  useEffect(reload, []);
  if (open) {
    return html`<${VmMessages}
      box=${open}
      onDone=${() => {
        setOpen(null);
        reload();
      }}
    />`;
  }
  return html`<section aria-labelledby="my-vm-h">
    <h2 id="my-vm-h">${t.vmboxes}</h2>
    <${Banner} message=${error} />
    ${!boxes
      ? html`<p>${t.loading}</p>`
      : boxes.length === 0
        ? html`<p>${t.noBox}</p>`
        : html`<ul class="numbers">
            ${boxes.map(
              (b) => html`<li key=${b.id} data-vmbox=${b.mailbox}>
                <span>${b.name} (${b.mailbox}) · ${t.messageCount(b.messages || 0)}</span>
                <button onClick=${() => setOpen(b)} aria-label=${t.messagesOf(b.name)}>${t.messages}</button>
              </li>`
            )}
          </ul>`}
    ${boxes && html`<div class="stack">${boxes.map((b) => html`<${MyVmboxSettings} key=${b.id} box=${b} />`)}</div>`}
  </section>`;
}
