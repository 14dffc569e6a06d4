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
  const [full, rules] = await Promise.all([get(`callflows/${main.id}`), get('temporal_rules?paginate=false')]);
  const ruleDocs = await Promise.all(
    rules.filter((r) => r.name === 'MainOpenHours' || r.name === 'MainLunchHours').map((r) => get(`temporal_rules/${r.id}`))
  );
  return {
    main: full,
    parts: byName,
    open: ruleDocs.filter((r) => r.type === 'main_weekdays'),
    lunch: ruleDocs.filter((r) => r.type === 'main_lunchbreak'),
  };
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

const seconds = (hhmm) => {
  const [h, m] = hhmm.split(':').map(Number);
  return h * 3600 + m * 60;
};
export const hhmm = (s) => `${String(Math.floor(s / 3600)).padStart(2, '0')}:${String(Math.floor(s / 60) % 60).padStart(2, '0')}`;

/**
 * Office hours: `null` for open 24 hours, else `{wdays, start, stop}` ("HH:MM"): one weekly
 * rule MainOpenHours; outside it callers reach MainAfterHours. Lunch rules are kept.
 */
export async function saveHours(strategy, hours) {
  const [first, ...extra] = strategy.open;
  for (const r of extra) await del(`temporal_rules/${r.id}`);
  let open = [];
  if (hours) {
    const rule = {
      ...(first || {}),
      name: 'MainOpenHours',
      type: 'main_weekdays',
      cycle: 'weekly',
      interval: 1,
      wdays: hours.wdays,
      time_window_start: seconds(hours.start),
      time_window_stop: seconds(hours.stop),
      ui_metadata: uiMetadata(),
    };
    open = [first ? await post(`temporal_rules/${first.id}`, rule) : await put('temporal_rules', rule)];
  } else if (first) {
    await del(`temporal_rules/${first.id}`);
  }
  const { parts, main } = strategy;
  // Rules of others (SmartPBX's holidays) stay first, with their branches.
  const ours = new Set([...strategy.lunch, ...strategy.open, ...open].map((r) => r.id));
  const kept = ((main.flow && main.flow.data && main.flow.data.rules) || []).filter((id) => !ours.has(id));
  const children = {};
  for (const id of kept) children[id] = main.flow.children[id];
  for (const r of strategy.lunch) children[r.id] = callflowTo(parts.MainLunchHours.id);
  for (const r of open) children[r.id] = callflowTo(parts.MainOpenHours.id);
  children._ = callflowTo(open.length ? parts.MainAfterHours.id : parts.MainOpenHours.id);
  main.flow = {
    module: 'temporal_route',
    data: { rules: [...kept, ...[...strategy.lunch, ...open].map((r) => r.id)] },
    children,
  };
  main.ui_metadata = uiMetadata();
  strategy.main = await post(`callflows/${main.id}`, main);
  strategy.open = open;
}
