// The box's analog FXO lines as outside lines: each with its live state (up, in use, down and
// why) and its dial tone check (`analog_ports`, polled by the outside lines screen), and a button
// making it the office's outside line: a `resources` document whose gateway is the line's
// gateway address inside the box, as the API expects (README, "FXO ports are outside lines").
import { html } from 'htm/preact';
import { useState } from 'preact/hooks';
import { put } from './api.js';
import { t } from './strings.js';
import { Banner } from './ui.js';
import { ANY_NUMBER } from './trunk-form.js';
import { ensureOffnetCallflow } from './offnet.js';

/** The FXO rows of `analog_ports` with their gateway's host and port split out. */
export const fxoLinesOf = (rows) =>
  rows
    .filter((r) => r.kind === 'fxo' && r.sip_address)
    .map((r) => {
      const at = r.sip_address.lastIndexOf(':');
      return { ...r, host: r.sip_address.slice(0, at).replace(/^\[|\]$/g, ''), port: Number(r.sip_address.slice(at + 1)) };
    });

/** Whether the resource `line` routes calls to the FXO line `port`. */
export const usesPort = (line, port) => (line.gateways || []).some((g) => g.server === port.host && Number(g.port) === port.port);

function stateText(p) {
  if (p.state === 'down') return p.alarm ? `${t.fxoStates.down}: ${p.alarm}` : t.fxoStates.down;
  return t.fxoStates[p.state === 'idle' ? 'idle' : 'busy'];
}

function dialToneText(test) {
  if (!test) return t.fxoDialTone.unknown;
  if (test.state === 'running') return t.fxoDialTone.checking;
  return test.dial_tone ? t.fxoDialTone.yes : t.fxoDialTone.no;
}

export function AnalogLines({ ports, lines, onChanged }) {
  const [banner, setBanner] = useState('');
  const [busy, setBusy] = useState(false);
  if (ports.length === 0) return null;
  async function use(p) {
    setBanner('');
    setBusy(true);
    try {
      await put('resources', {
        name: t.fxoLineName(p.name),
        enabled: true,
        weight_cost: 50,
        rules: [ANY_NUMBER],
        gateways: [{ server: p.host, port: p.port, register: false, enabled: true }],
      });
      await ensureOffnetCallflow();
      onChanged();
    } catch (e) {
      setBanner(`${t.failed} ${e.message}`);
    }
    setBusy(false);
  }
  return html`<div aria-labelledby="fxo-h">
    <h4 id="fxo-h">${t.fxoLines}</h4>
    <${Banner} message=${banner} />
    <ul class="lines">
      ${ports.map((p) => {
        const route = lines.find((l) => usesPort(l, p));
        return html`<li key=${p.name} data-fxo=${p.name}>
          <span class=${p.state === 'down' ? 'dot' : 'dot on'}>${p.name}${p.number ? ` (${p.number})` : ''} · ${stateText(p)} · ${dialToneText(p.line_test)}</span>
          ${route
            ? html`<span class="hint" data-route>${t.fxoInUse(route.name)}</span>`
            : html`<button type="button" class="plain" disabled=${busy} onClick=${() => use(p)} aria-label=${`${t.fxoUse}: ${p.name}`}>${t.fxoUse}</button>`}
        </li>`;
      })}
    </ul>
  </div>`;
}
