// Office hours: open 24 hours, or per weekday its own hours (SmartPBX's custom hours), a lunch
// break, templates and a CSV import of `day,open,close` lines.
import { html } from 'htm/preact';
import { useState } from 'preact/hooks';
import { t } from './strings.js';
import { Field, Check } from './ui.js';
import { WDAYS, saveHours } from './strategy.js';
import { hoursFromRules, TEMPLATES, readHours } from './hours.js';

function CsvHours({ onHours }) {
  const [text, setText] = useState('');
  const [errors, setErrors] = useState([]);
  function load() {
    const r = readHours(text);
    setErrors(r.errors || []);
    if (r.days) onHours(r.days);
  }
  async function file(e) {
    const f = e.target.files[0];
    if (f) setText(await f.text());
  }
  return html`<details class="csv-hours">
    <summary>${t.importHours}</summary>
    <div class="field"><label for="hours_csv_file">${t.hoursCsvFile}</label><input id="hours_csv_file" type="file" accept=".csv,text/csv" onChange=${file} /></div>
    <div class="field">
      <label for="hours_csv">${t.hoursCsv}</label>
      <textarea id="hours_csv" rows="4" value=${text} onInput=${(e) => setText(e.target.value)} aria-invalid=${errors.length ? 'true' : undefined} aria-describedby=${errors.length ? 'hours_csv-error' : undefined}></textarea>
      ${errors.length > 0 && html`<ul class="error" id="hours_csv-error" role="alert">${errors.map((m) => html`<li key=${m}>${m}</li>`)}</ul>`}
    </div>
    <button type="button" onClick=${load}>${t.importHours}</button>
  </details>`;
}

export function OfficeHours({ strategy, onSaved }) {
  const initial = hoursFromRules(strategy.open, strategy.lunch);
  const [custom, setCustom] = useState(strategy.open.length > 0);
  const [days, setDays] = useState(strategy.open.length ? initial.days : TEMPLATES.weekdays9to17());
  const [lunchOn, setLunchOn] = useState(!!initial.lunch);
  const [lunch, setLunch] = useState(initial.lunch || { start: '12:00', stop: '13:00' });
  const [template, setTemplate] = useState('weekdays9to17');
  const [error, setError] = useState('');
  const [note, setNote] = useState('');
  const setDay = (d, w) => setDays({ ...days, [d]: w });
  async function submit(e) {
    e.preventDefault();
    setNote('');
    const open = WDAYS.filter((d) => days[d]);
    if (custom && !open.length) return setError(t.pickDay);
    const bad = open.find((d) => !(days[d].start < days[d].stop));
    if (custom && bad) return setError(`${t.wdayLong[bad]}: ${t.badHours}`);
    if (custom && lunchOn && !(lunch.start < lunch.stop)) return setError(t.badLunch);
    setError('');
    try {
      await saveHours(strategy, custom ? { days, lunch: lunchOn ? lunch : null } : null);
      setNote(t.saved);
      onSaved();
    } catch (err) {
      setError(Object.entries(err.fields || {}).map(([f, m]) => `${f}: ${m}`).join('; ') || err.message);
    }
  }
  const imported = (d) => {
    setDays(d);
    setCustom(true);
    setNote(t.hoursImported);
  };
  return html`<form onSubmit=${submit} aria-labelledby="hours-h" novalidate>
    <h3 id="hours-h">${t.officeHours}</h3>
    <div class="check"><input type="radio" id="h24" name="hours" checked=${!custom} onChange=${() => setCustom(false)} /><label for="h24">${t.open24}</label></div>
    <div class="check"><input type="radio" id="hcustom" name="hours" checked=${custom} onChange=${() => setCustom(true)} /><label for="hcustom">${t.openCustom}</label></div>
    ${custom &&
    html`<fieldset>
      <legend class="sr">${t.openCustom}</legend>
      <div class="field template">
        <label for="hours_template">${t.template}</label>
        <select id="hours_template" value=${template} onChange=${(e) => setTemplate(e.target.value)}>
          ${Object.entries(t.templates).map(([k, label]) => html`<option key=${k} value=${k}>${label}</option>`)}
        </select>
        <button type="button" class="plain" onClick=${() => setDays(TEMPLATES[template]())}>${t.applyTemplate}</button>
      </div>
      <table class="week">
        <tbody>
          ${WDAYS.map((d) => {
            const w = days[d];
            return html`<tr key=${d}>
              <td><${Check} id=${'day-' + d} label=${t.wdayLong[d]} checked=${!!w} onChange=${(on) => setDay(d, on ? { start: '09:00', stop: '17:00' } : null)} /></td>
              <td>${w && html`<input type="time" aria-label=${t.dayOpens(t.wdayLong[d])} value=${w.start} onInput=${(e) => setDay(d, { ...w, start: e.target.value })} />`}</td>
              <td>${w && html`<input type="time" aria-label=${t.dayCloses(t.wdayLong[d])} value=${w.stop} onInput=${(e) => setDay(d, { ...w, stop: e.target.value })} />`}</td>
            </tr>`;
          })}
        </tbody>
      </table>
      <${Check} id="lunch" label=${t.lunchBreak} checked=${lunchOn} onChange=${setLunchOn} />
      ${lunchOn &&
      html`<div class="grid">
        <${Field} id="lunch_start" label=${t.lunchStarts} type="time" value=${lunch.start} onInput=${(v) => setLunch({ ...lunch, start: v })} />
        <${Field} id="lunch_stop" label=${t.lunchEnds} type="time" value=${lunch.stop} onInput=${(v) => setLunch({ ...lunch, stop: v })} />
      </div>`}
      <${CsvHours} onHours=${imported} />
    </fieldset>`}
    ${error && html`<p class="error" role="alert">${error}</p>`}
    ${note && html`<p class="ok" role="status">${note}</p>`}
    <button type="submit">${t.save}</button>
  </form>`;
}
