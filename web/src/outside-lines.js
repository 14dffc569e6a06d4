// Outside lines (KAZOO local `resources`): each SIP trunk with its live registration state
// (`resources/{id}/status`, polled), edited or deleted in place, a form adding one, and the
// box's analog FXO lines (`analog-lines.js`). Calls out use a line for any number of 3 to 15
// digits (its `rules`); the Monster UI or the API edits the rest.
import { html } from 'htm/preact';
import { useState, useEffect } from 'preact/hooks';
import { get, del } from './api.js';
import { t } from './strings.js';
import { Banner } from './ui.js';
import { TrunkForm } from './trunk-form.js';
import { AnalogLines, fxoLinesOf, usesPort } from './analog-lines.js';

const POLL_MS = 5000;

/** The resources with their first gateway's live state, and the box's FXO lines. */
async function load() {
  const [resources, ports] = await Promise.all([get('resources?paginate=false'), get('analog_ports').then(fxoLinesOf, () => [])]);
  const lines = await Promise.all(
    resources.map((r) => Promise.all([get(`resources/${r.id}`), get(`resources/${r.id}/status`)]).then(([doc, s]) => ({ ...doc, gw: s.gateways[0] || {} }))),
  );
  return { lines, ports };
}

const stateText = (gw) => (gw.state === 'failed' && gw.last_error ? `${t.lineStates.failed}: ${gw.last_error}` : t.lineStates[gw.state] || gw.state);

function TrunkRow({ line, editing, onEdit, onDone, onError }) {
  async function remove() {
    if (!confirm(t.confirmDeleteLine(line.name))) return;
    try {
      await del(`resources/${line.id}`);
      onDone(true);
    } catch (e) {
      onError(e.message);
    }
  }
  return html`<li data-line=${line.name}>
    <span class=${line.gw.state === 'registered' ? 'dot on' : 'dot'}>${line.name} · ${stateText(line.gw)}</span>
    ${editing
      ? html`<${TrunkForm} line=${line} onDone=${onDone} />`
      : html`<span class="actions">
          <button type="button" class="plain" onClick=${onEdit} aria-label=${`${t.edit}: ${line.name}`}>${t.edit}</button>
          <button type="button" class="plain" onClick=${remove} aria-label=${`${t.del}: ${line.name}`}>${t.del}</button>
        </span>`}
  </li>`;
}

export function OutsideLines() {
  const [state, setState] = useState(null);
  const [editing, setEditing] = useState(null);
  const [banner, setBanner] = useState('');
  const reload = () => load().then(setState, (e) => setBanner(e.message));
  useEffect(() => {
    reload();
    const timer = setInterval(reload, POLL_MS);
    return () => clearInterval(timer);
  }, []);
  const done = (saved) => {
    setEditing(null);
    if (saved) reload();
  };
  // SIP trunks: every line but the routes to the box's own FXO lines.
  const trunks = state ? state.lines.filter((l) => !state.ports.some((p) => usesPort(l, p))) : [];
  return html`<div aria-labelledby="lines-h">
    <h3 id="lines-h">${t.outsideLines}</h3>
    <${Banner} message=${banner} />
    ${!state
      ? html`<p>${t.loading}</p>`
      : trunks.length === 0
        ? html`<p>${t.noLines}</p>`
        : html`<ul class="lines">
            ${trunks.map((l) => html`<${TrunkRow} key=${l.id} line=${l} editing=${editing === l.id} onEdit=${() => setEditing(l.id)} onDone=${done} onError=${setBanner} />`)}
          </ul>`}
    <${TrunkForm} line=${null} onDone=${done} />
    ${state && html`<${AnalogLines} ports=${state.ports} lines=${state.lines} onChanged=${reload} />`}
  </div>`;
}
