// The documents SmartPBX (Monster UI's `voip` app) writes, so what the panel makes opens there.
import { t } from './strings.js';
import { ringGroupFeatures, wrapFeatures } from './group-features.js';

export const uiMetadata = () => ({ version: '4.3.0', ui: 'edgepbx-panel', origin: 'voip' });

const fullName = (u) => `${u.first_name} ${u.last_name}`.trim();

/** Letters and digits from the browser's CSPRNG (monster.util.randomString). */
export function randomString(length) {
  const chars = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789';
  const bytes = crypto.getRandomValues(new Uint8Array(length));
  return Array.from(bytes, (b) => chars[b % chars.length]).join('');
}

/** The internal caller ID over `base`'s: each part the form derives (name, extension) is
 * rewritten only while it is absent or still what the form derived from the old name and
 * extension, so a custom one set on the Features screen survives an edit. */
function internalCallerId(base, form, oldExtension) {
  const old = (base.caller_id && base.caller_id.internal) || {};
  const keep = (value, derived) => value != null && value !== '' && value !== derived;
  return {
    ...old,
    name: keep(old.name, fullName(base)) ? old.name : fullName(form),
    number: keep(old.number, oldExtension) ? old.number : form.extension,
  };
}

/** The user document, over `base` (an existing document keeps its other fields);
 * `oldExtension` is the one the user had (their `presence_id` unless told). */
export function userDoc(base, form, oldExtension = base.presence_id) {
  const doc = {
    ...base,
    first_name: form.first_name.trim(),
    last_name: form.last_name.trim(),
    username: form.username.trim(),
    email: form.email.trim() || undefined,
    presence_id: form.extension,
    caller_id: {
      ...(base.caller_id || {}),
      internal: internalCallerId(base, form, oldExtension),
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

/** The voicemail node SmartPBX hangs under the user's ring: unanswered calls go to the box. */
export const voicemailChild = (vmboxId) => ({ module: 'voicemail', data: { id: vmboxId }, children: {} });

/** A callflow's numbers with `extension` first: the numbers assigned to it after that are kept. */
export const withExtension = (base, extension) => [extension, ...(base.numbers || []).slice(1).filter((n) => n !== extension)];

/** The user's own callflow: their extension rings them (then their box, when given). */
export function userCallflow(base, user, extension, vmboxId) {
  return {
    ...base,
    type: 'mainUserCallflow',
    owner_id: user.id,
    name: t.callflowOf(fullName(user)),
    numbers: withExtension(base, extension),
    contact_list: { exclude: false },
    flow: base.flow || {
      module: 'user',
      data: { id: user.id, timeout: 20, can_call_self: false },
      children: vmboxId ? { _: voicemailChild(vmboxId) } : {},
    },
    ui_metadata: uiMetadata(),
  };
}

/** The user's voicemail box as SmartPBX makes it: owned by them, mailbox = extension. */
export function userVmbox(user, extension, pin) {
  return {
    name: t.vmboxOf(fullName(user)),
    mailbox: extension,
    owner_id: user.id,
    pin: pin || undefined,
    ui_metadata: uiMetadata(),
  };
}

/** New SIP credentials as SmartPBX generates them for a device. */
export const sipCredentials = () => ({ username: `user_${randomString(10)}`, password: randomString(12) });

/** A device document with generated credentials, SmartPBX's media and metadata. */
function baseDevice(deviceType, name, ownerId) {
  return {
    device_type: deviceType,
    name,
    enabled: true,
    owner_id: ownerId || undefined,
    sip: sipCredentials(),
    media: {
      audio: { codecs: ['PCMU', 'PCMA'] },
      video: { codecs: [] },
      encryption: { enforce_security: false, methods: [] },
    },
    suppress_unregister_notifications: false,
    ui_metadata: uiMetadata(),
  };
}

/** A desk phone for the user, with generated SIP credentials as SmartPBX makes them. */
export const deskPhone = (user) => baseDevice('sip_device', t.phoneOf(fullName(user)), user.id);

/**
 * A device of the Devices screen. `form.kind`: `phone` (a provisioned SIP phone: `mac` in
 * colon form, `brand`/`family`/`model` ids and the catalogue `modelId`), `softphone`, or
 * `analog` (`port`: an FXS port the box's built-in ATA registers with the credentials).
 */
export function newDevice(form) {
  if (form.kind === 'softphone') return baseDevice('softphone', form.name, form.owner_id);
  if (form.kind === 'analog') return { ...baseDevice('ata', form.name, form.owner_id), analog_port: form.port };
  return {
    ...baseDevice('sip_device', form.name, form.owner_id),
    mac_address: form.mac,
    provision: { endpoint_brand: form.brand, endpoint_family: form.family, endpoint_model: form.model, id: form.modelId },
  };
}

/** At most this many members in a SmartPBX group. */
export const GROUP_MAX = 15;

/** The `groups` document: its members by user id. */
export function groupDoc(base, form) {
  return {
    ...base,
    name: form.name,
    endpoints: Object.fromEntries(form.members.map((m) => [m.id, { type: 'user' }])),
    music_on_hold: base.music_on_hold || {},
    ui_metadata: base.ui_metadata || uiMetadata(),
  };
}

/** The hidden `baseGroup` callflow that rings the members (numbered by a random string). */
export function baseGroupCallflow(base, group, form) {
  const timeout = Math.max(...form.members.map((m) => m.delay + m.timeout));
  return {
    ...base,
    name: `${form.name} Base Group`,
    type: 'baseGroup',
    group_id: group.id,
    numbers: base.numbers || [randomString(25)],
    flow: {
      module: 'ring_group',
      data: {
        name: form.name,
        strategy: form.strategy || 'simultaneous',
        timeout,
        repeats: form.repeats,
        endpoints: form.members.map((m) => ({ id: m.id, endpoint_type: 'user', delay: m.delay, timeout: m.timeout })),
        ...ringGroupFeatures(form),
      },
      children: {},
    },
    ui_metadata: base.ui_metadata || uiMetadata(),
  };
}

/** What a group call does when nobody answered: a voicemail box, else the "not available" prompt. */
const nextAction = (vmboxId) =>
  vmboxId
    ? { module: 'voicemail', data: { id: vmboxId }, children: {} }
    : { module: 'play', data: { id: 'system_media/vm-not_available_no_voicemail' }, children: {} };

/** The `userGroup` callflow on the group's extension (numbers assigned to the group kept): the
 * group's features, the base group, then the next action. */
export function userGroupCallflow(base, group, baseCallflow, form) {
  return {
    ...base,
    name: form.name,
    type: 'userGroup',
    group_id: group.id,
    numbers: withExtension(base, form.extension),
    flow: wrapFeatures(form, { module: 'callflow', data: { id: baseCallflow.id }, children: { _: nextAction(form.next_vmbox) } }),
    ui_metadata: base.ui_metadata || uiMetadata(),
  };
}

/** SmartPBX's "distribute evenly": members ring one after another, each for an equal share. */
export function distribute(members, total) {
  const share = Math.max(1, Math.floor(total / members.length));
  return members.map((m, i) => ({ ...m, delay: i * share, timeout: share }));
}
