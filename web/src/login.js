// Sign in with the API's credentials (KAZOO user_auth).
import { html } from 'htm/preact';
import { useState } from 'preact/hooks';
import { login } from './api.js';
import { t } from './strings.js';
import { Field, Banner } from './ui.js';

export function Login() {
  const [f, setF] = useState({ account: '', username: '', password: '' });
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState('');
  const set = (k) => (v) => setF({ ...f, [k]: v });
  async function submit(e) {
    e.preventDefault();
    setBusy(true);
    setError('');
    try {
      await login(f.account.trim(), f.username.trim(), f.password);
    } catch (err) {
      setError(err.status === 401 ? t.badLogin : err.message);
      setBusy(false);
    }
  }
  return html`<main class="login">
    <form onSubmit=${submit} aria-label=${t.login}>
      <h1>${t.app}</h1>
      <${Banner} message=${error} />
      <${Field} id="account" label=${t.account} value=${f.account} onInput=${set('account')} required autocomplete="organization" />
      <${Field} id="username" label=${t.username} value=${f.username} onInput=${set('username')} required autocomplete="username" />
      <${Field} id="password" label=${t.password} type="password" value=${f.password} onInput=${set('password')} required autocomplete="current-password" />
      <button type="submit" disabled=${busy}>${busy ? t.signingIn : t.login}</button>
    </form>
  </main>`;
}
