// Assigning a number as SmartPBX does: the number joins the `numbers` of the callflow that
// handles it (a user's mainUserCallflow, a group's userGroup callflow, the MainCallflow, a
// conference's callflow); unassigning takes it out again.
import { get, patch } from './api.js';
import { t } from './strings.js';

/** The callflows a number can be given to, each with what the screen calls it. */
export function targets(callflows, users) {
  const out = [];
  for (const cf of callflows) {
    const user = cf.type === 'mainUserCallflow' && users.find((u) => u.id === cf.owner_id);
    if (user) out.push({ id: cf.id, label: t.assignUser(`${user.first_name} ${user.last_name}`) });
    else if (cf.type === 'userGroup') out.push({ id: cf.id, label: t.assignGroup(cf.name) });
    else if (cf.type === 'main' && cf.name === 'MainCallflow') out.push({ id: cf.id, label: t.mainNumber });
    else if ((cf.modules || []).includes('conference') && !cf.featurecode) out.push({ id: cf.id, label: t.assignConference(cf.name || cf.id) });
  }
  return out.sort((a, b) => a.label.localeCompare(b.label));
}

export async function assign(callflowId, number) {
  const cf = await get(`callflows/${callflowId}`);
  await patch(`callflows/${callflowId}`, { numbers: [...(cf.numbers || []), number] });
}

export async function unassign(callflowId, number) {
  const cf = await get(`callflows/${callflowId}`);
  await patch(`callflows/${callflowId}`, { numbers: (cf.numbers || []).filter((n) => n !== number) });
}
