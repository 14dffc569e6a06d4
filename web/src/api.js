// The /v2 Crossbar client: token in sessionStorage, sent as X-Auth-Token only.
import { signal } from '@preact/signals';
import { md5 } from './md5.js';

const KEY = 'edgepbx.session';
export const session = signal(load());
/** Bumped when the box's data was replaced (a restore): every screen reads its data again. */
export const dataGeneration = signal(0);

function load() {
  try {
    return JSON.parse(sessionStorage.getItem(KEY)) || null;
  } catch {
    return null;
  }
}

// Signed out after 30 minutes without a key press or click.
const IDLE_MS = 30 * 60 * 1000;
let lastActive = Date.now();
for (const e of ['keydown', 'pointerdown']) addEventListener(e, () => (lastActive = Date.now()), { passive: true });
setInterval(() => session.value && Date.now() - lastActive > IDLE_MS && logout(), 60 * 1000);

/** An API error: `fields` maps dotted field names to their first message. */
export class ApiError extends Error {
  constructor(status, body) {
    const fields = {};
    const data = body && body.data;
    if (status === 400 && data && typeof data === 'object') {
      for (const [field, rules] of Object.entries(data)) {
        const first = rules && typeof rules === 'object' ? Object.values(rules)[0] : null;
        fields[field] = (first && first.message) || String(rules);
      }
    }
    super((body && (body.message || (data && data.message))) || `HTTP ${status}`);
    this.status = status;
    this.fields = fields;
    this.body = body;
  }
}

export async function call(method, path, data, token = session.value && session.value.token) {
  const s = session.value;
  const headers = { Accept: 'application/json' };
  if (token) headers['X-Auth-Token'] = token;
  if (data !== undefined) headers['Content-Type'] = 'application/json';
  const res = await fetch('/v2/' + path, {
    method,
    headers,
    body: data === undefined ? undefined : JSON.stringify({ data }),
  });
  const body = await res.json().catch(() => null);
  // A 401 on a sign-in means wrong credentials, not an expired session.
  if (res.status === 401 && s && path !== 'user_auth') logout();
  if (!res.ok) throw new ApiError(res.status, body);
  return body;
}

/** Binary content (voicemail audio, a pcap) under the account, fetched with the token header. */
export async function getBlob(rest, accept = 'audio/*') {
  const res = await fetch('/v2/' + acct(rest), { headers: { 'X-Auth-Token': session.value.token, Accept: accept } });
  if (!res.ok) throw new ApiError(res.status, await res.json().catch(() => null));
  return res.blob();
}

/** A path under the signed-in account. */
export const acct = (rest) => `accounts/${session.value.account}/${rest}`;
export const get = async (rest) => (await call('GET', acct(rest))).data;
export const put = async (rest, doc) => (await call('PUT', acct(rest), doc)).data;
export const post = async (rest, doc) => (await call('POST', acct(rest), doc)).data;
export const patch = async (rest, doc) => (await call('PATCH', acct(rest), doc)).data;
export const del = async (rest) => (await call('DELETE', acct(rest))).data;

const authenticate = (account, username, password) =>
  call('PUT', 'user_auth', { credentials: md5(`${username.toLowerCase()}:${password}`), account_name: account });

export async function login(account, username, password) {
  const body = await authenticate(account, username, password);
  const s = { token: body.auth_token, account: body.data.account_id, owner: body.data.owner_id, accountName: account };
  // A plain user (`priv_level: user`) gets their own view only.
  const me = (await call('GET', `accounts/${s.account}/users/${s.owner}`, undefined, s.token)).data;
  s.admin = me.priv_level === 'admin';
  sessionStorage.setItem(KEY, JSON.stringify(s));
  session.value = s;
}

export function logout() {
  sessionStorage.removeItem(KEY);
  session.value = null;
}

/** Whether `password` is the signed-in user's password now (a fresh sign-in, token discarded). */
export async function verifyPassword(username, password) {
  try {
    await authenticate(session.value.accountName, username, password);
    return true;
  } catch (e) {
    if (e.status === 401) return false;
    throw e;
  }
}
