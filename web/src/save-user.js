// Saving a user with their extension and desk phone: all or nothing from the admin's view.
import { get, put, post, del, ApiError } from './api.js';
import { userDoc, userCallflow, userVmbox, deskPhone } from './smartpbx.js';

/** Which form field an API field error belongs to, per document kind. */
function formField(kind, field) {
  if (kind === 'callflows' && field.startsWith('numbers')) return 'extension';
  if (kind === 'users' && (field === 'presence_id' || field.startsWith('caller_id'))) return 'extension';
  if (kind === 'users') return field.split('.')[0];
  if (kind === 'vmboxes' && field === 'mailbox') return 'extension';
  if (kind === 'vmboxes' && field === 'pin') return 'vm_pin';
  return null;
}

/** Re-throws an API error with its fields renamed to the form's. */
function blame(kind, e) {
  if (!(e instanceof ApiError)) throw e;
  const fields = {};
  const other = [];
  for (const [f, msg] of Object.entries(e.fields)) {
    const mine = formField(kind, f);
    if (mine) fields[mine] = msg;
    else other.push(`${f}: ${msg}`);
  }
  e.fields = fields;
  if (other.length) e.message = other.join('; ');
  throw e;
}

async function step(kind, fn, undo) {
  try {
    return await fn();
  } catch (e) {
    for (const u of undo.reverse()) await u().catch(() => {});
    blame(kind, e);
  }
}

/** Creates the user, (when asked) their voicemail box, their callflow (to the box when not
 * answered) and (when asked) a desk phone; undoes all on a failure. */
export async function createUser(form) {
  const undo = [];
  const user = await step('users', () => put('users', userDoc({}, form)), undo);
  undo.push(() => del(`users/${user.id}`));
  let box = null;
  if (form.vmbox) {
    box = await step('vmboxes', () => put('vmboxes', userVmbox(user, form.extension, form.vm_pin)), undo);
    undo.push(() => del(`vmboxes/${box.id}`));
  }
  const cf = await step('callflows', () => put('callflows', userCallflow({}, user, form.extension, box && box.id)), undo);
  undo.push(() => del(`callflows/${cf.id}`));
  if (form.phone) await step('devices', () => put('devices', deskPhone(user)), undo);
  return user;
}

/** Saves an edited user and moves their callflow to the new extension. */
export async function updateUser(id, form, callflowId) {
  const base = await get(`users/${id}`);
  const cf = callflowId ? await get(`callflows/${callflowId}`) : null;
  // A user made without `presence_id` had their callflow's number as extension.
  const oldExtension = base.presence_id || (cf && (cf.numbers || [])[0]);
  const user = await step('users', () => post(`users/${id}`, userDoc(base, form, oldExtension)), []);
  if (cf) {
    await step('callflows', () => post(`callflows/${callflowId}`, userCallflow(cf, user, form.extension)), []);
  } else {
    await step('callflows', () => put('callflows', userCallflow({}, user, form.extension)), []);
  }
  if (form.phone) await step('devices', () => put('devices', deskPhone(user)), []);
  return user;
}

/** Deletes what the user owns (callflows, devices, voicemail boxes, conference bridge), then the user. */
export async function deleteUser(id) {
  const kinds = ['callflows', 'devices', 'vmboxes', 'conferences'];
  const owned = await Promise.all(kinds.map((k) => get(`${k}?filter_owner_id=${id}&paginate=false`)));
  for (const [i, docs] of owned.entries()) for (const d of docs) await del(`${kinds[i]}/${d.id}`);
  await del(`users/${id}`);
}
