// Main number and office hours (SmartPBX's strategy): numbers on the MainCallflow, one weekly
// window of open hours; outside it callers reach the after-hours callflow.
import { html } from 'htm/preact';
import { useState, useEffect } from 'preact/hooks';
import { t } from './strings.js';
import { Field, Banner } from './ui.js';
import { loadStrategy, mainNumbers, saveNumbers, saveHours, WDAYS, hhmm } from './strategy.js';

function Numbers({ strategy, onSaved }) {
  const [number, setNumber] = useState('');
  const [error, setError] = useState('');
  const numbers = mainNumbers(strategy.main);
  async function save(list) {
    setError('');
    try {
      await saveNumbers(strategy, list);
      setNumber('');
      onSaved();
    } catch (e) {
      setError(Object.values(e.fields || {})[0] || e.message);
    }
  }
  function add(e) {
    e.preventDefault();
    const n = number.replace(/[\s()-]/g, '');
    if (!/^\+\d{8,15}$/.test(n)) return setError(t.badNumber);
    save([...numbers, n]);
  }
  return html`<form onSubmit=${add} aria-labelledby="numbers-h" novalidate>
    <h3 id="numbers-h">${t.mainNumbers}</h3>
    <ul class="numbers">
      ${numbers.map(
        (n) => html`<li key=${n}>
          <span class="main-number">${n}</span>
          <button type="button" class="plain" aria-label=${`${t.remove} ${n}`} onClick=${() => save(numbers.filter((x) => x !== n))}>${t.remove}</button>
        </li>`
      )}
    </ul>
    <${Field} id="main_number" label=${t.number} value=${number} onInput=${setNumber} error=${error} inputmode="tel" />
    <button type="submit">${t.addNumber}</button>
  </form>`;
}

function Hours({ strategy, onSaved }) {
  const rule = strategy.open[0];
  const [custom, setCustom] = useState(!!rule);
  const [wdays, setWdays] = useState(rule ? rule.wdays || [] : WDAYS.slice(0, 5));
  const [start, setStart] = useState(rule ? hhmm(rule.time_window_start || 0) : '09:00');
  const [stop, setStop] = useState(rule ? hhmm(rule.time_window_stop || 0) : '17:00');
  const [error, setError] = useState('');
  const [done, setDone] = useState(false);
  const toggle = (d) => setWdays(wdays.includes(d) ? wdays.filter((x) => x !== d) : WDAYS.filter((x) => x === d || wdays.includes(x)));
  async function submit(e) {
    e.preventDefault();
    setDone(false);
    if (custom && !wdays.length) return setError(t.pickDay);
    if (custom && !(start < stop)) return setError(t.badHours);
    setError('');
    try {
      await saveHours(strategy, custom ? { wdays, start, stop } : null);
      setDone(true);
      onSaved();
    } catch (err) {
      setError(Object.entries(err.fields || {}).map(([f, m]) => `${f}: ${m}`).join('; ') || err.message);
    }
  }
  return html`<form onSubmit=${submit} aria-labelledby="hours-h" novalidate>
    <h3 id="hours-h">${t.officeHours}</h3>
    <div class="check"><input type="radio" id="h24" name="hours" checked=${!custom} onChange=${() => setCustom(false)} /><label for="h24">${t.open24}</label></div>
    <div class="check"><input type="radio" id="hcustom" name="hours" checked=${custom} onChange=${() => setCustom(true)} /><label for="hcustom">${t.openCustom}</label></div>
    ${custom &&
    html`<fieldset>
      <legend class="sr">${t.openCustom}</legend>
      <div class="days">
        ${WDAYS.map(
          (d) => html`<span class="check"><input type="checkbox" id=${'day-' + d} checked=${wdays.includes(d)} onChange=${() => toggle(d)} /><label for=${'day-' + d}>${t.wday[d]}</label></span>`
        )}
      </div>
      <div class="grid">
        <${Field} id="opens" label=${t.opens} type="time" value=${start} onInput=${setStart} />
        <${Field} id="closes" label=${t.closes} type="time" value=${stop} onInput=${setStop} />
      </div>
    </fieldset>`}
    ${error && html`<p class="error" role="alert">${error}</p>`}
    ${done && html`<p class="ok" role="status">${t.saved}</p>`}
    <button type="submit">${t.save}</button>
  </form>`;
}

export function MainNumber() {
  const [strategy, setStrategy] = useState(null);
  const [error, setError] = useState('');
  const [, redraw] = useState(0);
  useEffect(() => {
    loadStrategy().then(setStrategy, (e) => setError(e.message));
  }, []);
  const onSaved = () => redraw((n) => n + 1);
  return html`<section aria-labelledby="main-h">
    <h2 id="main-h">${t.mainNumber}</h2>
    <${Banner} message=${error} />
    ${!strategy
      ? !error && html`<p>${t.loading}</p>`
      : html`<div class="stack">
          <${Numbers} strategy=${strategy} onSaved=${onSaved} />
          <${Hours} strategy=${strategy} onSaved=${onSaved} />
        </div>`}
  </section>`;
}
