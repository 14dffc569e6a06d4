// Call logs: one row per call, newest first; a row opens to show every leg of the call and its
// SIP ladder. A plain user's own history (`users/{id}/cdrs`) is the same table without the legs,
// filtered by date only (call-log-filters.js); more than a page loads with "Load more"
// (call-log-pages.js).
import { html } from 'htm/preact';
import { useState } from 'preact/hooks';
import { get, session } from './api.js';
import { t } from './strings.js';
import { Banner } from './ui.js';
import { CallTrace } from './call-trace.js';
import { CallLogFilters, useCallLogFilters, callListing } from './call-log-filters.js';
import { useCallPages } from './call-log-pages.js';

function Leg({ leg }) {
  return html`<li>${leg.calling_from} → ${leg.dialed_number || leg.callee_id_number} · ${leg.duration_seconds}s · ${leg.hangup_cause}</li>`;
}

function Row({ call, withLegs }) {
  const [legs, setLegs] = useState(null);
  const [open, setOpen] = useState(false);
  async function toggle() {
    setOpen(!open);
    if (withLegs && !legs) setLegs(await get(`cdrs/legs/${encodeURIComponent(call.interaction_id || call.id)}`).catch(() => []));
  }
  return html`<tr class="call" data-call=${call.call_id}>
      <td data-label=${t.when}><button class="plain" aria-expanded=${open} onClick=${toggle}>${call.datetime}</button></td>
      <td data-label=${t.from}>${call.caller_id_name} ${call.calling_from}</td>
      <td data-label=${t.to}>${call.dialed_number}</td>
      <td data-label=${t.duration}>${call.duration_seconds}s</td>
      <td data-label=${t.result}>${call.hangup_cause}</td>
    </tr>
    ${open &&
    html`<tr class="legs"><td colspan="5">
      ${withLegs && html`<h3>${t.legs}</h3>
      ${legs ? html`<ul>${legs.map((l) => html`<${Leg} key=${l.id} leg=${l} />`)}</ul>` : t.loading}`}
      <${CallTrace} id=${call.interaction_id || call.call_id} />
    </td></tr>`}`;
}

function CallTable({ own, title, withLegs }) {
  const [filters, change] = useCallLogFilters();
  const { path, query } = callListing(filters, own);
  const { rows, more, loadMore, loading, error, fields } = useCallPages(path, query);
  return html`<section aria-labelledby="calls-h" aria-busy=${!rows}>
    <h2 id="calls-h">${title}</h2>
    <${CallLogFilters} filters=${filters} change=${change} errors=${fields} full=${!own} />
    <${Banner} message=${error} />
    ${!rows
      ? html`<p>${t.loading}</p>`
      : rows.length === 0
        ? html`<p>${t.none}</p>`
        : html`<table class="list" aria-label=${title}>
            <thead><tr><th>${t.when}</th><th>${t.from}</th><th>${t.to}</th><th>${t.duration}</th><th>${t.result}</th></tr></thead>
            <tbody>${rows.map((c) => html`<${Row} key=${c.id} call=${c} withLegs=${withLegs} />`)}</tbody>
          </table>`}
    ${more && html`<button class="more" disabled=${loading} onClick=${loadMore}>${loading ? t.loading : t.loadMore}</button>`}
  </section>`;
}

export const CallLogs = () => html`<${CallTable} title=${t.callLogs} withLegs=${true} />`;
export const MyCalls = () => html`<${CallTable} own=${session.value.owner} title=${t.myCalls} withLegs=${false} />`;
