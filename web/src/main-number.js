// Main number and office hours (SmartPBX's strategy): numbers on the MainCallflow, the live
// open/closed line, per-day hours with lunch, and holidays.
import { html } from 'htm/preact';
import { useState, useEffect } from 'preact/hooks';
import { t } from './strings.js';
import { Field, Banner } from './ui.js';
import { loadStrategy, mainNumbers, saveNumbers } from './strategy.js';
import { OfficeHours } from './office-hours.js';
import { Holidays } from './holidays.js';
import { OfficeLine } from './office-line.js';
import { CallHandling } from './call-handling.js';
import { MainConference } from './main-conference.js';
import { MainFax } from './main-fax.js';

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

export function MainNumber() {
  const [strategy, setStrategy] = useState(null);
  const [error, setError] = useState('');
  const [version, redraw] = useState(0);
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
          <${OfficeLine} callflowId=${strategy.main.id} version=${version} />
          <${Numbers} strategy=${strategy} onSaved=${onSaved} />
          <${OfficeHours} strategy=${strategy} onSaved=${onSaved} />
          <${Holidays} strategy=${strategy} onSaved=${onSaved} />
          <${CallHandling} strategy=${strategy} />
          <${MainConference} />
          <${MainFax} />
        </div>`}
  </section>`;
}
