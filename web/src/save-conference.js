// Saving a conference (KAZOO `conferences`) and the callflow that dials into it (module
// `conference` with the conference's id on its numbers, as the Callflows app makes it): all or
// nothing on create; an API error on the callflow's numbers belongs to the form's number field.
import { get, put, post, del, patch, ApiError } from './api.js';
import { withExtension } from './smartpbx.js';

const pins = (text) => text.split(/[\s,;]+/).filter(Boolean);

// A user's personal conference (SmartPBX's "conference bridge") has their `owner_id` on both
// documents and the callflow `type: conference`.
function conferenceDoc(form) {
  return {
    name: form.name.trim(),
    owner_id: form.owner_id,
    conference_numbers: [form.number],
    member: { pins: pins(form.member_pins), join_muted: form.join_muted },
    moderator: { pins: pins(form.moderator_pins) },
  };
}

const callflowDoc = (base, conf, form) => ({
  ...base,
  name: `${conf.name} Conference`,
  numbers: withExtension(base, form.number),
  flow: { module: 'conference', data: { id: conf.id }, children: {} },
  ...(form.owner_id ? { type: 'conference', owner_id: form.owner_id } : {}),
});

function blame(e) {
  if (!(e instanceof ApiError)) throw e;
  const fields = {};
  for (const [f, msg] of Object.entries(e.fields)) fields[f.startsWith('numbers') || f.startsWith('conference_numbers') ? 'number' : f.split('.')[0]] = msg;
  e.fields = fields;
  throw e;
}

/** The callflows dialling into conference `id`. */
const callflowsOf = (id) => get(`callflows?filter_flow.module=conference&filter_flow.data.id=${id}&paginate=false`);

export async function createConference(form) {
  let conf = null;
  try {
    conf = await put('conferences', conferenceDoc(form));
    await put('callflows', callflowDoc({}, conf, form));
    return conf;
  } catch (e) {
    if (conf) await del(`conferences/${conf.id}`).catch(() => {});
    blame(e);
  }
}

export async function updateConference(id, form) {
  try {
    const conf = await patch(`conferences/${id}`, conferenceDoc(form));
    const [cf] = await callflowsOf(id);
    if (cf) await post(`callflows/${cf.id}`, callflowDoc(await get(`callflows/${cf.id}`), conf, form));
    else await put('callflows', callflowDoc({}, conf, form));
  } catch (e) {
    blame(e);
  }
}

export async function deleteConference(id) {
  for (const cf of await callflowsOf(id)) await del(`callflows/${cf.id}`);
  await del(`conferences/${id}`);
}
