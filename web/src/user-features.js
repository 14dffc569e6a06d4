// The admin's "Features" screen of one user (SmartPBX's User Features, opened from the Users
// list): every card saves on its own and takes effect on the next call. Do not disturb, call
// forwarding and find me follow me are the same cards a plain user has for themselves.
import { html } from 'htm/preact';
import { useState, useEffect } from 'preact/hooks';
import { get } from './api.js';
import { t } from './strings.js';
import { Banner } from './ui.js';
import { MyFeatures } from './my-features.js';
import { MyFollowMe } from './my-follow-me.js';
import { VoicemailFeature } from './user-vm-feature.js';
import { ConferenceFeature } from './user-conf-feature.js';
import { CallerIdCard, FailoverCard, HotdeskCard, MusicOnHoldCard, RecordingCard } from './user-feature-cards.js';

export function UserFeatures({ user: row, onDone }) {
  const userId = row.id;
  const callflowId = row.callflow && row.callflow.id;
  const [d, setD] = useState(null);
  const [error, setError] = useState('');
  useEffect(() => {
    Promise.all([get(`users/${userId}`), get('phone_numbers'), get('media?paginate=false')]).then(
      ([user, numbers, media]) => setD({ user, numbers: Object.keys((numbers && numbers.numbers) || {}), media }),
      (e) => setError(e.message)
    );
  }, [userId]);
  const back = html`<button type="button" class="plain" onClick=${onDone}>${t.users}</button>`;
  if (!d) return html`<section><h2>${t.features}</h2><${Banner} message=${error} />${!error && t.loading} ${back}</section>`;
  const { user } = d;
  return html`<section aria-labelledby="features-panel-h" class="features">
    <div class="bar"><h2 id="features-panel-h">${t.featuresOf(`${user.first_name} ${user.last_name}`)}</h2>${back}</div>
    <${MyFeatures} user=${user} />
    <${FailoverCard} user=${user} />
    <${CallerIdCard} user=${user} numbers=${d.numbers} />
    <${VoicemailFeature} user=${user} callflowId=${callflowId} />
    <${MyFollowMe} userId=${user.id} />
    <${HotdeskCard} user=${user} />
    <${ConferenceFeature} user=${user} />
    <${MusicOnHoldCard} user=${user} media=${d.media} />
    <${RecordingCard} user=${user} />
    <p class="hint">${t.faxboxNotSupported}</p>
    ${back}
  </section>`;
}
