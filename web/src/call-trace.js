// An opened call's SIP ladder (from the box's trace of recent SIP messages): a column per
// party, an arrow per message (click it for the raw message), a pcap download and the
// problem report to paste into an email.
import { html } from 'htm/preact';
import { useState, useEffect } from 'preact/hooks';
import { get, getBlob } from './api.js';
import { t } from './strings.js';
import { Banner } from './ui.js';

const PCAP = 'application/vnd.tcpdump.pcap';

const clock = (micros) => new Date(micros / 1000).toISOString().slice(11, 23);

/** The parties in the order a reader expects: the first sender, this box, then the rest. */
function columns(messages) {
  const cols = [];
  const add = (c) => cols.includes(c) || cols.push(c);
  for (const m of messages) {
    if (cols.length === 0) add(m.remote);
    add('box');
    add(m.remote);
  }
  return cols;
}

function Ladder({ messages }) {
  const [shown, setShown] = useState(null);
  const cols = columns(messages);
  const at = (party) => cols.indexOf(party) + 2;
  return html`<div class="ladder" style=${`grid-template-columns: 7rem repeat(${cols.length}, minmax(9rem, 1fr))`}>
      <span></span>
      ${cols.map((c) => html`<strong class="party">${c === 'box' ? t.ladderBox : c}</strong>`)}
      ${messages.map((m) => {
        const [from, to] = m.direction === 'in' ? [m.remote, 'box'] : ['box', m.remote];
        const [a, b] = [at(from), at(to)];
        const rtl = a > b;
        return html`<span class="time">${clock(m.unix_micros)}</span>
          <button type="button" class=${`arrow ${rtl ? 'rtl' : 'ltr'}`} aria-pressed=${shown === m}
            style=${`grid-column: ${Math.min(a, b)} / ${Math.max(a, b) + 1}`} onClick=${() => setShown(shown === m ? null : m)}>
            ${m.first_line} <small>${m.transport}</small>
          </button>`;
      })}
    </div>
    ${shown &&
    html`<figure class="raw"><figcaption>${t.rawMessage} · ${clock(shown.unix_micros)} · ${shown.transport}
      ${shown.truncated ? ` ${t.cutMessage(shown.size)}` : ''}</figcaption><pre>${shown.raw}</pre></figure>`}`;
}

function download(blob, name) {
  const a = document.createElement('a');
  a.href = URL.createObjectURL(blob);
  a.download = name;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(a.href), 1000);
}

function Report({ text }) {
  const [copied, setCopied] = useState(false);
  let area;
  async function copy() {
    try {
      await navigator.clipboard.writeText(text);
    } catch {
      // No clipboard API outside secure contexts (the panel over plain HTTP).
      area.select();
      document.execCommand('copy');
    }
    setCopied(true);
  }
  return html`<div class="report">
    <textarea readonly rows="14" aria-label=${t.problemReport} ref=${(el) => (area = el)}>${text}</textarea>
    <button type="button" onClick=${copy}>${t.copy}</button> <span role="status">${copied ? t.copied : ''}</span>
  </div>`;
}

/** The trace of the call `id` (interaction id or Call-ID). */
export function CallTrace({ id }) {
  const path = `cdrs/${encodeURIComponent(id)}`;
  const [trace, setTrace] = useState(null);
  const [error, setError] = useState('');
  const [report, setReport] = useState(null);
  useEffect(() => {
    get(`${path}/sip_trace`).then(setTrace, (e) => setError(e.status === 404 ? t.ladderGone : e.message));
  }, [id]);
  const failed = (e) => setError(e.message);
  const pcap = () => getBlob(`${path}/sip_trace`, PCAP).then((b) => download(b, `call-${id.replace(/[^\w-]/g, '_')}.pcap`), failed);
  const problem = () => getBlob(`${path}/problem_report`, 'text/plain').then((b) => b.text()).then(setReport, failed);
  return html`<div class="trace">
    <h3>${t.sipLadder}</h3>
    <${Banner} message=${error} />
    ${trace ? html`<${Ladder} messages=${trace.messages} />` : !error && html`<p>${t.loading}</p>`}
    <p class="actions">
      ${trace && html`<button type="button" onClick=${pcap}>${t.downloadPcap}</button>`}
      <button type="button" onClick=${problem}>${t.problemReport}</button>
    </p>
    ${report !== null && html`<${Report} text=${report} />`}
  </div>`;
}
