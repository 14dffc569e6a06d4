// Saving a group (its `groups` doc and two callflows, as SmartPBX writes them): all or nothing
// on create; a failed create removes what it made.
import { get, put, post, del, ApiError } from './api.js';
import { groupDoc, baseGroupCallflow, userGroupCallflow } from './smartpbx.js';
import { featureField } from './group-features.js';

/** Moves an API error on the extension callflow's numbers to the form's extension field. */
function blame(kind, e) {
  if (!(e instanceof ApiError)) throw e;
  const fields = {};
  for (const [f, msg] of Object.entries(e.fields)) fields[kind === 'userGroup' && f.startsWith('numbers') ? 'extension' : featureField(f) || f.split('.')[0]] = msg;
  e.fields = fields;
  throw e;
}

export async function loadGroups() {
  const [groups, cfs] = await Promise.all([get('groups?paginate=false'), get('callflows?has_key=group_id&paginate=false')]);
  return groups.map((g) => {
    const mine = cfs.filter((c) => c.group_id === g.id);
    return { ...g, userCf: mine.find((c) => c.type === 'userGroup'), baseCf: mine.find((c) => c.type === 'baseGroup') };
  });
}

export async function createGroup(form) {
  const undo = [];
  try {
    const group = await put('groups', groupDoc({}, form));
    undo.push(() => del(`groups/${group.id}`));
    const base = await put('callflows', baseGroupCallflow({}, group, form));
    undo.push(() => del(`callflows/${base.id}`));
    await put('callflows', userGroupCallflow({}, group, base, form)).catch((e) => blame('userGroup', e));
  } catch (e) {
    for (const u of undo.reverse()) await u().catch(() => {});
    blame('groups', e);
  }
}

export async function updateGroup(row, form) {
  try {
    const group = await post(`groups/${row.id}`, groupDoc(await get(`groups/${row.id}`), form));
    const base = await post(`callflows/${row.baseCf.id}`, baseGroupCallflow(await get(`callflows/${row.baseCf.id}`), group, form));
    const user = row.userCf ? await get(`callflows/${row.userCf.id}`) : {};
    const doc = userGroupCallflow(user, group, base, form);
    await (row.userCf ? post(`callflows/${row.userCf.id}`, doc) : put('callflows', doc)).catch((e) => blame('userGroup', e));
  } catch (e) {
    blame('groups', e);
  }
}

export async function deleteGroup(row) {
  for (const cf of [row.userCf, row.baseCf]) if (cf) await del(`callflows/${cf.id}`);
  await del(`groups/${row.id}`);
}
