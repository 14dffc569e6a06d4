// The live "Open now, closes 17:00" line of the main number, computed on the box by the
// router's own code (`callflows/{id}/office_status`); refreshed every 30 s and after a save.
import { html } from 'htm/preact';
import { useState, useEffect } from 'preact/hooks';
import { get } from './api.js';
import { officeLine } from './hours.js';

const POLL_MS = 30000;

export function OfficeLine({ callflowId, version }) {
  const [status, setStatus] = useState(null);
  useEffect(() => {
    let live = true;
    const load = () => get(`callflows/${callflowId}/office_status`).then((s) => live && setStatus(s), () => live && setStatus(null));
    load();
    const timer = setInterval(load, POLL_MS);
    return () => {
      live = false;
      clearInterval(timer);
    };
  }, [callflowId, version]);
  if (!status) return null;
  return html`<p class="office-line ${status.open ? 'is-open' : 'is-closed'}" aria-live="polite" data-kind=${status.kind}>${officeLine(status)}</p>`;
}
