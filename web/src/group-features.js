// A group's features as SmartPBX writes them: call recording (`record_call`) and caller-ID
// prepend (`prepend_cid`) in front of the `userGroup` callflow's `callflow` node, ringback
// media and "allow call forward" (`ignore_forward: false`) on the base group's ring_group.
import { html } from 'htm/preact';
import { t } from './strings.js';
import { Field, Check } from './ui.js';

/** The form's feature values when a group has none. */
export const NO_FEATURES = { record: false, record_limit: '600', ringback: '', allow_forward: false, cid_name_prefix: '', cid_number_prefix: '' };

/** The feature nodes of a `userGroup` flow, by module, and the `callflow` node after them. */
function unwrap(flow) {
  const found = {};
  let node = flow;
  while (node && (node.module === 'record_call' || node.module === 'prepend_cid')) {
    found[node.module] = node.data || {};
    node = (node.children || {})._;
  }
  return { found, inner: node };
}

/** The `callflow` node of a stored `userGroup` flow (its `_` child is the next action). */
export const groupNode = (flow) => unwrap(flow).inner;

/** The form's feature values from the stored `userGroup` flow and base ring_group data. */
export function readFeatures(userFlow, ringGroup) {
  const { found } = unwrap(userFlow);
  const rec = found.record_call;
  const cid = found.prepend_cid || {};
  return {
    record: !!rec && rec.action !== 'stop',
    record_limit: String((rec && rec.time_limit) || NO_FEATURES.record_limit),
    ringback: ringGroup.ringback || '',
    allow_forward: ringGroup.ignore_forward === false || ringGroup.ignore_forward === 'false',
    cid_name_prefix: cid.caller_id_name_prefix || '',
    cid_number_prefix: cid.caller_id_number_prefix || '',
  };
}

/** The features kept in the base group's ring_group data. */
export function ringGroupFeatures(form) {
  return { ignore_forward: !form.allow_forward, ...(form.ringback ? { ringback: form.ringback } : {}) };
}

/** `node` (the group's `callflow` node) behind the enabled feature nodes. */
export function wrapFeatures(form, node) {
  let flow = node;
  if (form.cid_name_prefix || form.cid_number_prefix) {
    const data = { action: 'prepend', caller_id_name_prefix: form.cid_name_prefix, caller_id_number_prefix: form.cid_number_prefix };
    flow = { module: 'prepend_cid', data, children: { _: flow } };
  }
  if (form.record) flow = { module: 'record_call', data: { action: 'start', time_limit: Number(form.record_limit) }, children: { _: flow } };
  return flow;
}

/** The form field an API error on a feature's data names (`flow....data.time_limit`). */
const API_FIELDS = { time_limit: 'record_limit', caller_id_name_prefix: 'cid_name_prefix', caller_id_number_prefix: 'cid_number_prefix', ignore_forward: 'allow_forward', ringback: 'ringback' };
export const featureField = (path) => API_FIELDS[path.split('.').pop()];

/** The form's own checks of the feature fields (the API checks the same). */
export function checkFeatures(f) {
  const e = {};
  if (f.record && !(/^\d+$/.test(f.record_limit) && Number(f.record_limit) >= 5 && Number(f.record_limit) <= 10800)) e.record_limit = t.recordLimitRange;
  if (f.cid_name_prefix.length > 32) e.cid_name_prefix = t.prefixTooLong(32);
  if (!/^\+?[0-9*#]{0,15}$/.test(f.cid_number_prefix)) e.cid_number_prefix = t.numberPrefix;
  return e;
}

export function GroupFeatures({ f, set, media, errors }) {
  return html`<fieldset class="group-features">
    <legend>${t.groupFeatures}</legend>
    <div class="feature-grid">
      <${Check} id="group_record" label=${t.recordGroupCalls} checked=${f.record} onChange=${set('record')} />
      ${f.record && html`<${Field} id="group_record_limit" label=${t.recordLimit} value=${f.record_limit} onInput=${set('record_limit')} error=${errors.record_limit} inputmode="numeric" />`}
      <div class="field">
        <label for="group_ringback">${t.groupRingback}</label>
        <select id="group_ringback" value=${f.ringback} onChange=${(e) => set('ringback')(e.target.value)}>
          <option value="">${t.phoneRingback}</option>
          ${media.map((m) => html`<option key=${m.id} value=${m.id}>${m.name || m.id}</option>`)}
        </select>
        ${errors.ringback && html`<p class="error" role="alert">${errors.ringback}</p>`}
      </div>
      <${Check} id="group_allow_forward" label=${t.allowForward} checked=${f.allow_forward} onChange=${set('allow_forward')} />
      <${Field} id="group_cid_name_prefix" label=${t.cidNamePrefix} value=${f.cid_name_prefix} onInput=${set('cid_name_prefix')} error=${errors.cid_name_prefix} />
      <${Field} id="group_cid_number_prefix" label=${t.cidNumberPrefix} value=${f.cid_number_prefix} onInput=${set('cid_number_prefix')} error=${errors.cid_number_prefix} inputmode="tel" />
    </div>
  </fieldset>`;
}
