// A user's conference bridge as SmartPBX makes it: a `conferences` doc with their `owner_id`,
// a `conference` callflow on its number (save-conference.js) and `smartpbx.conferencing.
// enabled` on the user. All or nothing: a refused step removes what was made.
import { html } from 'htm/preact';
import { useState, useEffect } from 'preact/hooks';
import { get, patch } from './api.js';
import { t } from './strings.js';
import { Field, Banner } from './ui.js';
import { createConference, deleteConference } from './save-conference.js';

const flag = (user, enabled) => patch(`users/${user.id}`, { smartpbx: { conferencing: { enabled } } });

export function ConferenceFeature({ user }) {
  const [conf, setConf] = useState(undefined); // undefined: loading; null: none
  const [number, setNumber] = useState('');
  const [error, setError] = useState('');
  const [banner, setBanner] = useState('');
  const load = () => get(`conferences?filter_owner_id=${user.id}&paginate=false`).then((l) => setConf(l[0] || null), (e) => setBanner(e.message));
  useEffect(() => {
    load();
  }, []);

  async function create(e) {
    e.preventDefault();
    setBanner('');
    if (!/^\+?\d{2,15}$/.test(number)) return setError(t.extDigits);
    setError('');
    let made = null;
    try {
      const name = t.conferenceOf(`${user.first_name} ${user.last_name}`.trim());
      made = await createConference({ name, number, member_pins: '', moderator_pins: '', join_muted: false, owner_id: user.id });
      await flag(user, true);
      load();
    } catch (err) {
      if (made) await deleteConference(made.id).catch(() => {});
      setError((err.fields || {}).number || '');
      setBanner(`${t.failed} ${err.message}`);
    }
  }
  async function remove() {
    setBanner('');
    try {
      await deleteConference(conf.id);
      await flag(user, false);
      load();
    } catch (err) {
      setBanner(`${t.failed} ${err.message}`);
    }
  }
  if (conf === undefined) return html`<div class="card"><h3>${t.confBridge}</h3><${Banner} message=${banner} />${!banner && t.loading}</div>`;
  if (conf) {
    return html`<div class="card" id="feature-conference">
      <h3>${t.confBridge}</h3>
      <${Banner} message=${banner} />
      <p data-conference=${(conf.conference_numbers || [])[0]}>${t.confBridgeIs(conf.name, (conf.conference_numbers || []).join(', '))}</p>
      <button type="button" class="danger" onClick=${remove}>${t.del}</button>
    </div>`;
  }
  return html`<form class="card" id="feature-conference" onSubmit=${create} novalidate>
    <h3>${t.confBridge}</h3>
    <${Banner} message=${banner} />
    <${Field} id="feature_conf_number" label=${t.confNumber} value=${number} onInput=${setNumber} error=${error} inputmode="tel" />
    <div class="bar"><button type="submit">${t.makeConfBridge}</button></div>
  </form>`;
}
