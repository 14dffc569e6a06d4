// The panel: sign-in, then the sections in a menu that collapses on a phone screen.
import { html } from 'htm/preact';
import { render } from 'preact';
import { signal, effect } from '@preact/signals';
import { session, logout, dataGeneration } from './api.js';
import { t } from './strings.js';
import { Login } from './login.js';
import { Dashboard } from './dashboard.js';
import { Users } from './users.js';
import { Devices } from './devices.js';
import { CallLogs, MyCalls } from './call-logs.js';
import { MainNumber } from './main-number.js';
import { Settings } from './settings.js';
import { Vmboxes } from './vmboxes.js';
import { Groups } from './groups.js';
import { Numbers } from './numbers.js';
import { Conferences } from './conferences.js';
import { FeatureCodes } from './feature-codes.js';
import { Wizard, wizard, openWizardIfRequired } from './wizard.js';
import { MyPhone } from './my-phone.js';
import { MyVoicemail } from './my-voicemail.js';

const ADMIN_SECTIONS = { dashboard: [t.dashboard, Dashboard], users: [t.users, Users], devices: [t.devices, Devices], groups: [t.groups, Groups],
  calls: [t.callLogs, CallLogs],
  main: [t.mainNumber, MainNumber], voicemail: [t.vmboxes, Vmboxes], conferences: [t.conferences, Conferences], codes: [t.featureCodes, FeatureCodes], numbers: [t.numbers, Numbers], settings: [t.settings, Settings],
};
// A plain user (`priv_level: user`) sees only their own things.
const USER_SECTIONS = { me: [t.myPhone, MyPhone], myvoicemail: [t.vmboxes, MyVoicemail], mycalls: [t.myCalls, MyCalls] };
const sections = () => (session.value && session.value.admin === false ? USER_SECTIONS : ADMIN_SECTIONS);
const hash = signal(location.hash.slice(1));
addEventListener('hashchange', () => (hash.value = location.hash.slice(1)));
// `#calls?from=..`: the section, then its own query (the call log's filters).
const current = () => {
  const section = hash.value.split('?')[0];
  return section in sections() ? section : Object.keys(sections())[0];
};

// On each sign-in: the wizard when the user still has the console's password.
let checkedFor = null;
effect(() => {
  const s = session.value;
  if (!s) wizard.value = null;
  if (s && s.admin !== false && checkedFor !== s.token) {
    checkedFor = s.token;
    openWizardIfRequired().catch(() => {});
  }
});

function App() {
  if (!session.value) return html`<${Login} />`;
  const here = current();
  const [, Screen] = sections()[here];
  return html`<header>
      <strong>${t.app}</strong>
      <nav aria-label=${t.menu}>
        ${Object.entries(sections()).map(
          ([k, [label]]) => html`<a href=${'#' + k} aria-current=${here === k ? 'page' : undefined}>${label}</a>`
        )}
      </nav>
      <button class="plain" onClick=${logout}>${t.logout}</button>
    </header>
    <main>${wizard.value ? html`<${Wizard} />` : html`<${Screen} key=${`${here}:${dataGeneration.value}`} />`}</main>`;
}

render(html`<${App} />`, document.getElementById('app'));
