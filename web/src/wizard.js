// The first-boot wizard: shown after the first sign-in (the admin user carries KAZOO's
// `require_password_update`, set at first boot) and re-run from Settings. Each step saves on its
// own; every step but a forced password change can be skipped.
import { html } from 'htm/preact';
import { useState } from 'preact/hooks';
import { signal } from '@preact/signals';
import { get, session } from './api.js';
import { t } from './strings.js';
import { PasswordForm } from './password.js';
import { OfficeForm } from './office.js';
import { LocaleForm } from './locale-form.js';
import { UserForm } from './user-form.js';
import { MainNumber } from './main-number.js';
import { CsvImport } from './csv-import.js';
import { MailRelayForm } from './mail-relay.js';
import { OutsideLines } from './outside-lines.js';
import { RingMyPhone } from './quickcall.js';

/** null: closed; otherwise { forced } (whether the password must change first). */
export const wizard = signal(null);

/** Opens the wizard when the signed-in user has to change their password. */
export async function openWizardIfRequired() {
  const me = await get(`users/${session.value.owner}`);
  if (me.require_password_update) wizard.value = { forced: true, username: me.username };
}

export async function runWizard() {
  const me = await get(`users/${session.value.owner}`);
  wizard.value = { forced: false, username: me.username };
}

function FirstUsers() {
  const [adding, setAdding] = useState(false);
  const [added, setAdded] = useState([]);
  if (adding) {
    return html`<${UserForm}
      user=${{}}
      onDone=${(u) => {
        setAdding(false);
        if (u) setAdded([...added, u]);
      }}
    />`;
  }
  return html`<div>
    <h3>${t.firstUsers}</h3>
    <ul class="added">${added.map((u) => html`<li key=${u.username}>${u.first_name} ${u.last_name} · ${u.extension}</li>`)}</ul>
    <button type="button" onClick=${() => setAdding(true)}>${t.addUser}</button>
    <${CsvImport} onAdded=${(u) => setAdded((list) => [...list, u])} />
  </div>`;
}

export function Wizard() {
  const { forced, username } = wizard.value;
  const [passwordDone, setPasswordDone] = useState(!forced);
  const steps = [
    [t.stepPassword, () => html`<${PasswordForm} username=${username} onDone=${() => setPasswordDone(true)} />`],
    [t.stepLocale, () => html`<${LocaleForm} />`],
    [t.stepOffice, () => html`<${OfficeForm} />`],
    [t.stepUsers, () => html`<${FirstUsers} />`],
    [t.stepMainNumber, () => html`<${MainNumber} />`],
    [t.stepLine, () => html`<${OutsideLines} />`],
    [t.stepMail, () => html`<${MailRelayForm} />`],
    [t.stepDone, () => html`<p>${t.wizardDone}</p><${RingMyPhone} />`],
  ];
  const [step, setStep] = useState(0);
  const last = step === steps.length - 1;
  const [title, body] = steps[step];
  const blocked = step === 0 && !passwordDone;
  return html`<section class="wizard" aria-labelledby="wizard-h">
    <h2 id="wizard-h">${t.wizard}</h2>
    <p class="hint">${t.stepOf(step + 1, steps.length)}: <strong>${title}</strong></p>
    ${blocked && html`<p class="banner" role="alert">${t.pwForced}</p>`}
    <div key=${step}>${body()}</div>
    <div class="bar wizard-nav">
      <button type="button" class="plain" disabled=${step === 0} onClick=${() => setStep(step - 1)}>${t.back}</button>
      ${last
        ? html`<button type="button" onClick=${() => (wizard.value = null)}>${t.finish}</button>`
        : html`<button type="button" disabled=${blocked} onClick=${() => setStep(step + 1)}>${t.next}</button>`}
    </div>
  </section>`;
}
