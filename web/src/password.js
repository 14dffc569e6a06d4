// Changing one's own password: the old one is checked by signing in with it, the new one must
// pass the strength rules below, then the user document is patched (KAZOO: PATCH users/{id}).
import { html } from 'htm/preact';
import { useState } from 'preact/hooks';
import { patch, session, verifyPassword } from './api.js';
import { t } from './strings.js';
import { Field, Banner } from './ui.js';

/** The first strength rule `pw` breaks, or '' when it is strong. */
export function weakness(pw, username) {
  if (pw.length < 12) return t.pwLength;
  const classes = [/[a-z]/, /[A-Z]/, /\d/, /[^A-Za-z0-9]/].filter((re) => re.test(pw)).length;
  if (classes < 3) return t.pwClasses;
  if (username && pw.toLowerCase().includes(username.toLowerCase())) return t.pwUsername;
  return '';
}

export function PasswordForm({ username, onDone }) {
  const [f, setF] = useState({ old: '', next: '', again: '' });
  const [errors, setErrors] = useState({});
  const [banner, setBanner] = useState('');
  const [busy, setBusy] = useState(false);
  const [done, setDone] = useState(false);
  const set = (k) => (v) => setF({ ...f, [k]: v });
  async function submit(e) {
    e.preventDefault();
    setDone(false);
    const errs = {};
    if (!f.old) errs.old = t.required;
    const weak = weakness(f.next, username);
    if (weak) errs.next = weak;
    else if (f.next === f.old) errs.next = t.pwSame;
    if (f.again !== f.next) errs.again = t.pwMismatch;
    setErrors(errs);
    if (Object.keys(errs).length) return;
    setBusy(true);
    setBanner('');
    try {
      if (!(await verifyPassword(username, f.old))) {
        setErrors({ old: t.pwOldWrong });
        return;
      }
      await patch(`users/${session.value.owner}`, { password: f.next, require_password_update: false });
      setF({ old: '', next: '', again: '' });
      setDone(true);
      onDone && onDone();
    } catch (err) {
      setErrors(err.fields || {});
      setBanner(err.message);
    } finally {
      setBusy(false);
    }
  }
  return html`<form onSubmit=${submit} aria-labelledby="pw-h" novalidate>
    <h3 id="pw-h">${t.changePassword}</h3>
    <p class="hint">${t.pwRules}</p>
    <${Banner} message=${banner} />
    <${Field} id="pw_old" label=${t.pwOld} type="password" value=${f.old} onInput=${set('old')} error=${errors.old} autocomplete="current-password" />
    <${Field} id="pw_new" label=${t.pwNew} type="password" value=${f.next} onInput=${set('next')} error=${errors.next || errors.password} autocomplete="new-password" />
    <${Field} id="pw_again" label=${t.pwAgain} type="password" value=${f.again} onInput=${set('again')} error=${errors.again} autocomplete="new-password" />
    ${done && html`<p class="ok" role="status">${t.pwChanged}</p>`}
    <button type="submit" disabled=${busy}>${busy ? t.saving : t.changePassword}</button>
  </form>`;
}
