// The user features that are fields of the user document, each as KAZOO/SmartPBX keeps it
// and as the call engine reads it (`firmware/callflow/src/flow`): `caller_id.internal/
// external` (endpoints::caller_id), `call_failover` (endpoints::forward_of: forward only when
// none of the user's phones is registered), `hotdesk` (modules/hotdesk), `music_on_hold.
// media_id` (hold_music) and `call_recording.{inbound,outbound}.{onnet,offnet}` with
// `smartpbx.call_recording.enabled` (modules/call_recording).
import { html } from 'htm/preact';
import { t } from './strings.js';
import { Field, Check } from './ui.js';
import { FeatureForm, Select } from './feature-form.js';

const NUMBER = /^\+?\d{2,15}$/;
const digits = (v, min, max) => new RegExp(`^\\d{${min},${max}}$`).test(v);
const name35 = (v) => v.trim().length <= 35;

export function CallerIdCard({ user, numbers }) {
  const cid = (kind, k) => (user.caller_id && user.caller_id[kind] && user.caller_id[kind][k]) || '';
  return html`<${FeatureForm}
    id="feature-caller-id"
    title=${t.callerId}
    user=${user}
    formOf=${() => ({ int_name: cid('internal', 'name'), int_number: cid('internal', 'number'), ext_name: cid('external', 'name'), ext_number: cid('external', 'number') })}
    check=${(f) => {
      const e = {};
      if (f.int_number && !NUMBER.test(f.int_number)) e['caller_id.internal.number'] = t.forwardNumber;
      for (const [k, field] of [['int_name', 'caller_id.internal.name'], ['ext_name', 'caller_id.external.name']]) if (!name35(f[k])) e[field] = t.cidNameLength;
      return e;
    }}
    toPatch=${(f) => ({
      caller_id: {
        internal: { name: f.int_name.trim() || null, number: f.int_number || null },
        external: { name: f.ext_name.trim() || null, number: f.ext_number || null },
      },
    })}
    body=${(f, set, errors) => html`<div class="grid">
      <${Field} id="cid_int_name" label=${t.cidInternalName} value=${f.int_name} onInput=${set('int_name')} error=${errors['caller_id.internal.name']} />
      <${Field} id="cid_int_number" label=${t.cidInternalNumber} value=${f.int_number} onInput=${set('int_number')} error=${errors['caller_id.internal.number']} inputmode="tel" />
      <${Field} id="cid_ext_name" label=${t.cidExternalName} value=${f.ext_name} onInput=${set('ext_name')} error=${errors['caller_id.external.name']} />
      <${Select} id="cid_ext_number" label=${t.cidExternalNumber} value=${f.ext_number} onChange=${set('ext_number')} error=${errors['caller_id.external.number']}
        options=${[['', t.cidAccountDefault], ...[...new Set([...numbers, f.ext_number].filter(Boolean))].map((n) => [n, n])]} />
    </div>`}
  />`;
}

export function FailoverCard({ user }) {
  const fo = user.call_failover || {};
  return html`<${FeatureForm}
    id="feature-failover"
    title=${t.failover}
    user=${user}
    formOf=${() => ({ enabled: !!fo.enabled, number: fo.number || '' })}
    check=${(f) => (f.enabled && !NUMBER.test(f.number.trim()) ? { 'call_failover.number': t.forwardNumber } : {})}
    toPatch=${(f) => ({ call_failover: { enabled: f.enabled, number: f.number.trim() || null } })}
    body=${(f, set, errors) => html`<p class="hint">${t.failoverHint}</p>
      <${Check} id="failover_on" label=${t.failoverOn} checked=${f.enabled} onChange=${set('enabled')} />
      ${f.enabled && html`<${Field} id="failover_number" label=${t.forwardTo} value=${f.number} onInput=${set('number')} error=${errors['call_failover.number']} inputmode="tel" />`}`}
  />`;
}

export function HotdeskCard({ user }) {
  const hd = user.hotdesk || {};
  return html`<${FeatureForm}
    id="feature-hotdesk"
    title=${t.hotdesk}
    user=${user}
    formOf=${() => ({ enabled: !!hd.enabled, id: hd.id || '', require_pin: !!hd.require_pin, pin: hd.pin || '', keep: !!hd.keep_logged_in_elsewhere })}
    check=${(f) => {
      const e = {};
      if (f.enabled && !digits(f.id, 1, 15)) e['hotdesk.id'] = t.hotdeskIdDigits;
      if (f.enabled && (f.require_pin || f.pin) && !digits(f.pin, 4, 15)) e['hotdesk.pin'] = t.hotdeskPinDigits;
      return e;
    }}
    toPatch=${(f) => ({
      hotdesk: { enabled: f.enabled, id: f.id || null, require_pin: f.require_pin, pin: f.pin || null, keep_logged_in_elsewhere: f.keep },
    })}
    body=${(f, set, errors) => html`<p class="hint">${t.hotdeskHint}</p>
      <${Check} id="hotdesk_on" label=${t.hotdeskOn} checked=${f.enabled} onChange=${set('enabled')} />
      ${f.enabled &&
      html`<div class="grid">
          <${Field} id="hotdesk_id" label=${t.hotdeskId} value=${f.id} onInput=${set('id')} error=${errors['hotdesk.id']} inputmode="numeric" />
          <${Field} id="hotdesk_pin" label=${t.hotdeskPin} type="password" value=${f.pin} onInput=${set('pin')} error=${errors['hotdesk.pin']} inputmode="numeric" autocomplete="off" />
        </div>
        <${Check} id="hotdesk_require_pin" label=${t.hotdeskRequirePin} checked=${f.require_pin} onChange=${set('require_pin')} />
        <${Check} id="hotdesk_keep" label=${t.hotdeskKeep} checked=${f.keep} onChange=${set('keep')} />`}`}
  />`;
}

export function MusicOnHoldCard({ user, media }) {
  return html`<${FeatureForm}
    id="feature-moh"
    title=${t.musicOnHold}
    user=${user}
    formOf=${() => ({ media_id: (user.music_on_hold && user.music_on_hold.media_id) || '' })}
    toPatch=${(f) => ({ music_on_hold: { media_id: f.media_id || null } })}
    body=${(f, set, errors) => html`<${Select} id="moh_media" label=${t.mohMedia} value=${f.media_id} onChange=${set('media_id')} error=${errors['music_on_hold.media_id']}
      options=${[['', t.mohDefault], ...media.map((m) => [m.id, m.name || m.id])]} />`}
  />`;
}

const LEGS = [
  ['inbound', 'onnet'],
  ['inbound', 'offnet'],
  ['outbound', 'onnet'],
  ['outbound', 'offnet'],
];
const leg = (d, n) => `${d}_${n}`;

export function RecordingCard({ user }) {
  const rec = user.call_recording || {};
  const setting = (d, n) => (rec[d] && rec[d][n]) || {};
  return html`<${FeatureForm}
    id="feature-recording"
    title=${t.recording}
    user=${user}
    formOf=${() => ({
      ...Object.fromEntries(LEGS.map(([d, n]) => [leg(d, n), setting(d, n).enabled === true])),
      time_limit: String(LEGS.map(([d, n]) => setting(d, n).time_limit).find((v) => v !== undefined) ?? 3600),
    })}
    check=${(f) => (/^\d+$/.test(f.time_limit) && Number(f.time_limit) >= 5 && Number(f.time_limit) <= 10800 ? {} : { time_limit: t.recordingLimit })}
    toPatch=${(f) => {
      const call_recording = {};
      for (const [d, n] of LEGS) call_recording[d] = { ...call_recording[d], [n]: { enabled: f[leg(d, n)], time_limit: Number(f.time_limit) } };
      return { call_recording, smartpbx: { call_recording: { enabled: LEGS.some(([d, n]) => f[leg(d, n)]) } } };
    }}
    body=${(f, set, errors) => html`${LEGS.map(([d, n]) => html`<${Check} key=${leg(d, n)} id=${'rec_' + leg(d, n)} label=${t.recordLeg[leg(d, n)]} checked=${f[leg(d, n)]} onChange=${set(leg(d, n))} />`)}
      <${Field} id="rec_time_limit" label=${t.recordingLimitLabel} value=${f.time_limit} onInput=${set('time_limit')} error=${errors.time_limit} inputmode="numeric" />`}
  />`;
}
