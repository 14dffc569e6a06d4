// The documents SmartPBX (Monster UI's `voip` app) writes, so what the panel makes opens there.
import { t } from './strings.js';

export const uiMetadata = () => ({ version: '4.3.0', ui: 'edgepbx-panel', origin: 'voip' });

const fullName = (u) => `${u.first_name} ${u.last_name}`.trim();

/** Letters and digits from the browser's CSPRNG (monster.util.randomString). */
export function randomString(length) {
  const chars = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789';
  const bytes = crypto.getRandomValues(new Uint8Array(length));
  return Array.from(bytes, (b) => chars[b % chars.length]).join('');
}

/** The user document, over `base` (an existing document keeps its other fields). */
export function userDoc(base, form) {
  const doc = {
    ...base,
    first_name: form.first_name.trim(),
    last_name: form.last_name.trim(),
    username: form.username.trim(),
    email: form.email.trim() || undefined,
    presence_id: form.extension,
    caller_id: {
      ...(base.caller_id || {}),
      internal: { name: fullName(form), number: form.extension },
    },
    ui_metadata: uiMetadata(),
  };
  if (!base.id) {
    doc.priv_level = 'user';
    doc.vm_to_email_enabled = true;
    doc.send_email_on_creation = false;
  }
  if (form.password) doc.password = form.password;
  return doc;
}

/** The user's own callflow: their extension rings them. */
export function userCallflow(base, user, extension) {
  return {
    ...base,
    type: 'mainUserCallflow',
    owner_id: user.id,
    name: t.callflowOf(fullName(user)),
    numbers: [extension],
    contact_list: { exclude: false },
    flow: base.flow || {
      module: 'user',
      data: { id: user.id, timeout: 20, can_call_self: false },
      children: {},
    },
    ui_metadata: uiMetadata(),
  };
}

/** A desk phone for the user, with generated SIP credentials as SmartPBX makes them. */
export function deskPhone(user) {
  return {
    device_type: 'sip_device',
    name: t.phoneOf(fullName(user)),
    enabled: true,
    owner_id: user.id,
    sip: { username: `user_${randomString(10)}`, password: randomString(12) },
    media: {
      audio: { codecs: ['PCMU', 'PCMA'] },
      video: { codecs: [] },
      encryption: { enforce_security: false, methods: [] },
    },
    suppress_unregister_notifications: false,
    ui_metadata: uiMetadata(),
  };
}
