// Users from a CSV file (the wizard's "import users"): a header row naming the columns, then
// one user a line. Every line is checked as the user form checks it (and against the other
// lines) before anything is made; then each user is made all or nothing as the form makes it,
// and a line the box refuses is named with its reason.
import { html } from 'htm/preact';
import { useState } from 'preact/hooks';
import { t } from './strings.js';
import { parseCsv } from './csv.js';
import { checkUser } from './user-form.js';
import { createUser } from './save-user.js';
import { loadExtensionLength } from './extension-length.js';

const COLUMNS = ['first_name', 'last_name', 'username', 'email', 'extension', 'password', 'phone'];
const REQUIRED = ['first_name', 'last_name', 'username', 'extension', 'password'];
const YES = /^(yes|y|true|1)$/i;

/** The forms of the file's users, or the problems found, each naming its line (`length`: the
 * office's extension length, which every extension must have). */
export function readUsers(text, length) {
  const [head, ...rows] = parseCsv(text);
  if (!head) return { problems: [t.csvEmpty] };
  const names = head.fields.map((h) => h.toLowerCase().replace(/\s+/g, '_'));
  const missing = REQUIRED.filter((c) => !names.includes(c));
  if (missing.length) return { problems: [t.csvColumns(missing.join(', '))] };
  const unknown = names.filter((n) => !COLUMNS.includes(n));
  if (unknown.length) return { problems: [t.csvUnknown(unknown.join(', '))] };
  const problems = [];
  const seen = { username: new Map(), extension: new Map() };
  const forms = rows.map(({ line, fields }) => {
    const f = Object.fromEntries(COLUMNS.map((c) => [c, fields[names.indexOf(c)] ?? '']));
    const form = { ...f, phone: YES.test(f.phone) };
    const errors = checkUser(form, true, length);
    if (fields.length > names.length) errors.line = t.csvExtra;
    for (const k of ['username', 'extension']) {
      const key = form[k].toLowerCase();
      if (key && seen[k].has(key)) errors[k] = t.csvDuplicate(seen[k].get(key));
      else seen[k].set(key, line);
    }
    for (const [k, msg] of Object.entries(errors)) problems.push(t.csvLine(line, k === 'line' ? '' : t.csvField[k] || k, msg));
    return { line, form };
  });
  if (!rows.length) problems.push(t.csvNoUsers);
  return { forms, problems };
}

export function CsvImport({ onAdded }) {
  const [problems, setProblems] = useState([]);
  const [done, setDone] = useState('');
  const [busy, setBusy] = useState(false);
  async function pick(e) {
    const file = e.target.files[0];
    setDone('');
    if (!file) return;
    const length = await loadExtensionLength().catch(() => null);
    const { forms, problems } = readUsers(await file.text(), length);
    setProblems(problems);
    if (problems.length) return;
    setBusy(true);
    const refused = [];
    let made = 0;
    for (const { line, form } of forms) {
      try {
        const u = await createUser(form);
        made++;
        onAdded({ ...u, extension: form.extension });
      } catch (err) {
        const why = Object.entries(err.fields || {}).map(([k, m]) => t.csvLine(line, t.csvField[k] || k, m));
        refused.push(...(why.length ? why : [t.csvLine(line, '', err.message)]));
      }
    }
    setProblems(refused);
    setDone(t.csvMade(made, forms.length));
    setBusy(false);
    e.target.value = '';
  }
  return html`<div class="card">
    <h3>${t.csvImport}</h3>
    <p class="hint">${t.csvHint}</p>
    <div class="field">
      <label for="csv_file">${t.csvFile}</label>
      <input id="csv_file" type="file" accept=".csv,text/csv" disabled=${busy} onChange=${pick} />
    </div>
    ${done && html`<p class="ok" role="status">${done}</p>`}
    ${problems.length > 0 && html`<ul class="errors" aria-label=${t.csvProblems}>${problems.map((p) => html`<li key=${p} class="error">${p}</li>`)}</ul>`}
  </div>`;
}
