// Settings: the admin's own password, the office, outside lines, the mail relay, SIP bans and
// their thresholds, the certificate, backup and restore, a software update, the wizard again.
import { html } from 'htm/preact';
import { useState, useEffect } from 'preact/hooks';
import { get, session } from './api.js';
import { t } from './strings.js';
import { Banner } from './ui.js';
import { PasswordForm } from './password.js';
import { OfficeForm } from './office.js';
import { LocaleForm } from './locale-form.js';
import { runWizard } from './wizard.js';
import { UpdateForm } from './update-form.js';
import { SipBans } from './sip-bans.js';
import { SipSecurityForm } from './sip-security-form.js';
import { CertificateForm } from './certificate-form.js';
import { BackupForm } from './backup-form.js';
import { MailRelayForm } from './mail-relay.js';
import { OutsideLines } from './outside-lines.js';

export function Settings() {
  const [me, setMe] = useState(null);
  const [error, setError] = useState('');
  useEffect(() => {
    get(`users/${session.value.owner}`).then(setMe, (e) => setError(e.message));
  }, []);
  return html`<section aria-labelledby="settings-h">
    <h2 id="settings-h">${t.settings}</h2>
    <${Banner} message=${error} />
    <div class="stack">
      ${me && html`<${PasswordForm} username=${me.username} />`}
      <${LocaleForm} />
      <${OfficeForm} />
      <${OutsideLines} />
      <${MailRelayForm} />
      <${SipBans} />
      <${SipSecurityForm} />
      <${CertificateForm} />
      <${BackupForm} />
      <${UpdateForm} />
      <div><button type="button" onClick=${() => runWizard().catch((e) => setError(e.message))}>${t.runWizard}</button></div>
    </div>
  </section>`;
}
