// The office's extension length (the account's `edgepbx.extension_length`): the panel gives new
// users the next free extension of that length, and its user form and CSV import refuse other
// lengths. The API itself takes any length, as KAZOO does: the Monster UI allows mixed lengths.
import { signal } from '@preact/signals';
import { call, get, session } from './api.js';
import { t } from './strings.js';

/** undefined: not read yet; null: the office sets none; else the number of digits. */
export const extensionLength = signal(undefined);
/** The account `extensionLength` was read for (another sign-in reads it again). */
let readFor = null;

/** Reads the office's extension length once per signed-in account. */
export async function loadExtensionLength() {
  const account = session.value.account;
  if (readFor === account && extensionLength.value !== undefined) return extensionLength.value;
  const { data } = await call('GET', `accounts/${account}`);
  readFor = account;
  extensionLength.value = (data.edgepbx && data.edgepbx.extension_length) || null;
  return extensionLength.value;
}

/** The form's complaint about an extension of another length, or null. */
export function lengthProblem(extension, length) {
  return length && extension && extension.length !== length ? t.extLength(length) : null;
}

/** The lowest number of `length` digits from 1 followed by zeros (100, 1000…) no callflow uses. */
export async function nextFreeExtension(length) {
  const flows = await get('callflows?paginate=false');
  const used = new Set(flows.flatMap((f) => f.numbers || []));
  const last = 10 ** length;
  for (let n = 10 ** (length - 1); n < last; n++) if (!used.has(String(n))) return String(n);
  return '';
}
