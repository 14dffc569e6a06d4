// Calls out go to the account's `offnet` routes (its `resources`) only through a callflow: as
// KAZOO makes for every new account, a `no_match` callflow with the `offnet` module. An outside
// line added in the panel makes it when the account has none, so the line is used at once.
import { get, put } from './api.js';

export async function ensureOffnetCallflow() {
  const found = await get('callflows?filter_numbers=no_match');
  if (found.length === 0) await put('callflows', { numbers: ['no_match'], flow: { module: 'offnet', data: {}, children: {} } });
}
