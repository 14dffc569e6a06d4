// Add or edit one user: name, login, extension, a desk phone, and a voicemail box when new.
import { html } from 'htm/preact';
import { useState, useEffect } from 'preact/hooks';
import { t } from './strings.js';
import { Field, Banner, Check } from './ui.js';
import { createUser, updateUser } from './save-user.js';
import { PhoneCredentials } from './phone-credentials.js';
import { weakness } from './password.js';
import { extensionLength, loadExtensionLength, lengthProblem, nextFreeExtension } from './extension-length.js';

/** What the form can tell before asking the box (`length`: the office's extension length). */
export function checkUser(f, isNew, length) {
  const e = {};
  for (const k of ['first_name', 'last_name', 'username', 'extension']) if (!f[k].trim()) e[k] = t.required;
  if (f.extension && !/^\d{2,8}$/.test(f.extension)) e.extension = t.extDigits;
  else if (lengthProblem(f.extension, length)) e.extension = lengthProblem(f.extension, length);
  // The same strength rule as the admin's own password (the API itself takes any, as KAZOO does).
  const weak = (isNew || f.password) && weakness(f.password, f.username);
  if (weak) e.password = weak;
  if (isNew && f.vmbox && f.vm_pin && !/^\d{4,6}$/.test(f.vm_pin)) e.vm_pin = t.pinDigits;
  return e;
}

export function UserForm({ user, onDone }) {
  const isNew = !user.id;
  const [f, setF] = useState({
    first_name: user.first_name || '',
    last_name: user.last_name || '',
    username: user.username || '',
    email: user.email || '',
    password: '',
    extension: user.extension || '',
    phone: isNew,
    vmbox: isNew,
    vm_pin: '',
  });
  const [errors, setErrors] = useState({});
  const [banner, setBanner] = useState('');
  const [busy, setBusy] = useState(false);
  const [saved, setSaved] = useState(null);
  const set = (k) => (v) => setF({ ...f, [k]: v });
  // A new user is offered the next free extension of the office's length.
  const [proposed, setProposed] = useState('');
  useEffect(() => {
    loadExtensionLength()
      .then((n) => isNew && !f.extension && n && nextFreeExtension(n))
      .then((ext) => {
        if (!ext) return;
        setProposed(ext);
        setF((now) => (now.extension ? now : { ...now, extension: ext }));
      })
      .catch(() => {});
  }, []);

  async function submit(e) {
    e.preventDefault();
    const found = checkUser(f, isNew, extensionLength.value);
    setErrors(found);
    setBanner('');
    if (Object.keys(found).length) return;
    setBusy(true);
    try {
      const u = isNew ? await createUser(f) : await updateUser(user.id, f, user.callflow && user.callflow.id);
      if (isNew || f.phone) setSaved(u);
      else onDone();
    } catch (err) {
      setErrors(err.fields || {});
      setBanner(`${t.failed} ${err.message}`);
    }
    setBusy(false);
  }

  if (saved) {
    return html`<section aria-labelledby="saved-h">
      <h2 id="saved-h">${saved.first_name} ${saved.last_name}</h2>
      <${PhoneCredentials} ownerId=${saved.id} />
      <button onClick=${() => onDone({ ...saved, extension: f.extension })}>${t.users}</button>
    </section>`;
  }
  const hasPhone = user.devices && user.devices.length > 0;
  return html`<section aria-labelledby="form-h">
    <h2 id="form-h">${isNew ? t.addUser : t.editUser}</h2>
    <form onSubmit=${submit} novalidate>
      <${Banner} message=${banner} />
      <div class="grid">
        <${Field} id="first_name" label=${t.firstName} value=${f.first_name} onInput=${set('first_name')} error=${errors.first_name} required />
        <${Field} id="last_name" label=${t.lastName} value=${f.last_name} onInput=${set('last_name')} error=${errors.last_name} required />
        <${Field} id="username" label=${t.username} value=${f.username} onInput=${set('username')} error=${errors.username} required autocomplete="off" />
        <${Field} id="email" label=${t.email} type="email" value=${f.email} onInput=${set('email')} error=${errors.email} />
        <${Field} id="new_password" label=${t.password} type="password" value=${f.password} onInput=${set('password')} error=${errors.password} required=${isNew} autocomplete="new-password" />
        <${Field} id="extension" label=${t.extension} value=${f.extension} onInput=${set('extension')} error=${errors.extension} required inputmode="numeric" />
      </div>
      ${proposed && html`<p class="hint" id="extension-proposed">${t.extProposed(proposed)}</p>`}
      ${!hasPhone &&
      html`<div class="check">
        <input type="checkbox" id="phone" checked=${f.phone} onChange=${(e) => setF({ ...f, phone: e.target.checked })} />
        <label for="phone">${t.deskPhone}</label>
      </div>`}
      ${isNew &&
      html`<${Check} id="vmbox" label=${t.withVmbox} checked=${f.vmbox} onChange=${set('vmbox')} />
        ${f.vmbox && html`<${Field} id="vm_pin" label=${t.vmPin} type="password" value=${f.vm_pin} onInput=${set('vm_pin')} error=${errors.vm_pin} inputmode="numeric" autocomplete="off" />`}`}
      <div class="bar">
        <button type="submit" disabled=${busy}>${busy ? t.saving : t.save}</button>
        <button type="button" class="plain" onClick=${onDone}>${t.cancel}</button>
      </div>
    </form>
    ${hasPhone && html`<${PhoneCredentials} ownerId=${user.id} />`}
  </section>`;
}
