// SmartPBX's main-number "strategy": the MainCallflow, its open/after/lunch/holiday callflows,
// their menus, and the weekly office-hours rules, in the shapes the voip app writes and finds.
import { get, put, post, del } from './api.js';
import { uiMetadata } from './smartpbx.js';

const PARTS = ['MainOpenHours', 'MainAfterHours', 'MainLunchHours', 'MainHolidays'];
const PLACEHOLDERS = ['undefinedMainNumber', '0'];
export const WDAYS = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'];

const callflowTo = (id) => ({ module: 'callflow', data: { id }, children: {} });

/** The account's strategy callflows by name; what SmartPBX would create first is made if missing. */
export async function loadStrategy() {
  const list = await get('callflows?filter_type=main&paginate=false');
  const byName = Object.fromEntries(list.map((c) => [c.name, c]));
  for (const part of PARTS) {
    if (byName[part]) continue;
    const menuCf = byName[`${part}Menu`] || (await createMenu(`${part}Menu`));
    byName[`${part}Menu`] = menuCf;
    byName[part] = await put('callflows', {
      name: part,
      type: 'main',
      numbers: [part],
      flow: callflowTo(menuCf.id),
      ui_metadata: uiMetadata(),
    });
  }
  const main =
    byName.MainCallflow ||
    (await put('callflows', {
      name: 'MainCallflow',
      type: 'main',
      numbers: ['undefinedMainNumber'],
      flow: { module: 'temporal_route', data: {}, children: { _: callflowTo(byName.MainOpenHours.id) } },
      ui_metadata: uiMetadata(),
    }));
  const [full, sets] = await Promise.all([get(`callflows/${main.id}`), get('temporal_rules_sets?paginate=false')]);
  const setIds = new Set(sets.map((x) => x.id));
  const strategy = { main: full, parts: byName, open: [], lunch: [], holidays: [], others: [] };
  // What the route names, sorted as SmartPBX does: holidays (whatever leads to MainHolidays),
  // lunch, open hours; anything else (made in the Callflows app) is kept as it is.
  const flow = full.flow || {};
  for (const id of (flow.data && flow.data.rules) || []) {
    const child = (flow.children || {})[id];
    const toHolidays = child && child.data && child.data.id === byName.MainHolidays.id;
    if (setIds.has(id)) {
      const set = await get(`temporal_rules_sets/${id}`);
      const rules = await Promise.all((set.temporal_rules || []).map((r) => get(`temporal_rules/${r}`).catch(() => null)));
      (toHolidays ? strategy.holidays : strategy.others).push({ ...set, rules: rules.filter(Boolean) });
      continue;
    }
    const rule = await get(`temporal_rules/${id}`).catch(() => null);
    if (!rule) continue;
    if (toHolidays) strategy.holidays.push({ ...rule, rules: [rule], single: true });
    else if (rule.type === 'main_lunchbreak') strategy.lunch.push(rule);
    else if (rule.type === 'main_weekdays') strategy.open.push(rule);
    else strategy.others.push(rule);
  }
  return strategy;
}

async function createMenu(name) {
  const menu = await put('menus', {
    name,
    record_pin: String(crypto.getRandomValues(new Uint16Array(1))[0] % 10000).padStart(4, '0'),
    media: { exit_media: true, invalid_media: true, transfer_media: true },
    retries: 3,
    max_extension_length: 4,
    type: 'main',
    ui_metadata: uiMetadata(),
  });
  return put('callflows', {
    name,
    type: 'main',
    numbers: [name],
    flow: { module: 'menu', data: { id: menu.id }, children: {} },
    ui_metadata: uiMetadata(),
  });
}

/** The numbers a caller can dial (placeholders left out). */
export const mainNumbers = (main) => (main.numbers || []).filter((n) => !PLACEHOLDERS.includes(n));

/** Sets the main numbers; the operator "0" comes with the first, as SmartPBX adds it. */
export async function saveNumbers(strategy, numbers) {
  const doc = strategy.main;
  doc.numbers = numbers.length ? ['0', ...numbers] : ['undefinedMainNumber'];
  doc.ui_metadata = uiMetadata();
  strategy.main = await post(`callflows/${doc.id}`, doc);
}

export const seconds = (hhmm) => {
  const [h, m] = hhmm.split(':').map(Number);
  return h * 3600 + m * 60;
};
export const hhmm = (s) => `${String(Math.floor(s / 3600)).padStart(2, '0')}:${String(Math.floor(s / 60) % 60).padStart(2, '0')}`;

const capital = (d) => d[0].toUpperCase() + d.slice(1);

/** Makes or updates the rule `doc` (matched by name against `old`); the saved rule. */
async function keepRule(old, doc, made) {
  const prev = old.find((r) => r.name === doc.name);
  if (prev) return post(`temporal_rules/${prev.id}`, { ...prev, ...doc });
  const saved = await put('temporal_rules', doc);
  made.push(saved.id);
  return saved;
}

/** Deletes what a failed save made, so a refused save leaves nothing half done. */
async function undo(made, kind = 'temporal_rules') {
  for (const id of made) await del(`${kind}/${id}`).catch(() => {});
}

/**
 * Office hours as SmartPBX writes custom hours: one weekly rule per open day (`MainMonday`
 * ...), `type: main_weekdays`, its own window; a lunch break is one `MainLunchHours` rule
 * (`main_lunchbreak`) on the open days. `hours` null: open 24 hours. `days` maps a weekday to
 * `{start, stop}` ("HH:MM"); `lunch` is `{start, stop}` or null.
 */
export async function saveHours(strategy, hours) {
  const made = [];
  const open = [];
  let lunch = [];
  try {
    for (const d of WDAYS) {
      const w = hours && hours.days[d];
      if (!w) continue;
      const doc = { name: `Main${capital(d)}`, type: 'main_weekdays', cycle: 'weekly', interval: 1, wdays: [d], time_window_start: seconds(w.start), time_window_stop: seconds(w.stop), ui_metadata: uiMetadata() };
      open.push(await keepRule(strategy.open, doc, made));
    }
    if (hours && hours.lunch && open.length) {
      const doc = { name: 'MainLunchHours', type: 'main_lunchbreak', cycle: 'weekly', interval: 1, wdays: WDAYS.filter((d) => hours.days[d]), time_window_start: seconds(hours.lunch.start), time_window_stop: seconds(hours.lunch.stop), ui_metadata: uiMetadata() };
      lunch = [await keepRule(strategy.lunch, doc, made)];
    }
    await writeRoute(strategy, { open, lunch });
  } catch (e) {
    await undo(made);
    throw e;
  }
  const keep = new Set([...open, ...lunch].map((r) => r.id));
  for (const r of [...strategy.open, ...strategy.lunch]) if (!keep.has(r.id)) await del(`temporal_rules/${r.id}`);
  strategy.open = open;
  strategy.lunch = lunch;
}

/** The MainCallflow's temporal_route from the strategy: holidays, other rules, lunch, open hours. */
async function writeRoute(strategy, { open = strategy.open, lunch = strategy.lunch, holidays = strategy.holidays } = {}) {
  const { parts, main } = strategy;
  const old = (main.flow && main.flow.children) || {};
  const children = {};
  for (const h of holidays) children[h.id] = callflowTo(parts.MainHolidays.id);
  for (const r of strategy.others) if (old[r.id]) children[r.id] = old[r.id];
  for (const r of lunch) children[r.id] = callflowTo(parts.MainLunchHours.id);
  for (const r of open) children[r.id] = callflowTo(parts.MainOpenHours.id);
  children._ = callflowTo(open.length ? parts.MainAfterHours.id : parts.MainOpenHours.id);
  const rules = [...holidays, ...strategy.others, ...lunch, ...open].map((r) => r.id);
  const doc = { ...main, flow: { module: 'temporal_route', data: { rules }, children }, ui_metadata: uiMetadata() };
  strategy.main = await post(`callflows/${main.id}`, doc);
}

/**
 * Adds a holiday: its yearly rules (see hours.js `holidayRules`) grouped in a
 * `temporal_rules_set` of `type: main_holidays` named after it, routed to MainHolidays.
 */
export async function addHoliday(strategy, name, rules) {
  const made = [];
  let set = null;
  try {
    for (const r of rules) made.push((await put('temporal_rules', { ...r, name, ui_metadata: uiMetadata() })).id);
    set = await put('temporal_rules_sets', { name, type: 'main_holidays', temporal_rules: made, ui_metadata: uiMetadata() });
    const saved = { ...set, rules: await Promise.all(made.map((id) => get(`temporal_rules/${id}`))) };
    await writeRoute(strategy, { holidays: [...strategy.holidays, saved] });
    strategy.holidays = [...strategy.holidays, saved];
  } catch (e) {
    if (set) await undo([set.id], 'temporal_rules_sets');
    await undo(made);
    throw e;
  }
}

/** Removes a holiday from the route, then its set and rules. */
export async function deleteHoliday(strategy, holiday) {
  const holidays = strategy.holidays.filter((h) => h.id !== holiday.id);
  await writeRoute(strategy, { holidays });
  strategy.holidays = holidays;
  if (!holiday.single) await del(`temporal_rules_sets/${holiday.id}`);
  for (const r of holiday.rules) await del(`temporal_rules/${r.id}`).catch(() => {});
}
