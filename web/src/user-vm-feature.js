// A user's voicemail as SmartPBX keeps it: a `vmboxes` doc with their `owner_id`, reached by
// the `voicemail` child (`_`) of their `mainUserCallflow` when nobody answers; "off" is
// `skip_module: true` on that node. A user without a box gets one here (mailbox = extension);
// a refused callflow save removes the box it made.
import { html } from 'htm/preact';
import { useState, useEffect } from 'preact/hooks';
import { get, put, post, del } from './api.js';
import { t } from './strings.js';
import { Field, Banner, Check } from './ui.js';
import { userVmbox, voicemailChild } from './smartpbx.js';

/** Whether the callflow's no-answer branch is a live `voicemail` node for `boxId`. */
function reaches(cf, boxId) {
  const next = cf && cf.flow && cf.flow.children && cf.flow.children._;
  return !!next && next.module === 'voicemail' && next.data && next.data.id === boxId && !next.data.skip_module;
}

/** The callflow with its no-answer branch to `boxId`, or that branch skipped. */
function withVoicemail(cf, boxId, on) {
  const node = on ? voicemailChild(boxId) : { ...voicemailChild(boxId), data: { id: boxId, skip_module: true } };
  return { ...cf, flow: { ...cf.flow, children: { ...(cf.flow.children || {}), _: node } } };
}

export function VoicemailFeature({ user, callflowId }) {
  const [state, setState] = useState(null); // {box, cf}
  const [pin, setPin] = useState('');
  const [errors, setErrors] = useState({});
  const [banner, setBanner] = useState('');
  const [saved, setSaved] = useState(false);
  const load = () =>
    Promise.all([get(`vmboxes?filter_owner_id=${user.id}&paginate=false`), callflowId ? get(`callflows/${callflowId}`) : null]).then(
      ([boxes, cf]) => setState({ box: boxes[0] || null, cf }),
      (e) => setBanner(e.message)
    );
  useEffect(() => {
    load();
  }, []);
  if (!state) return html`<div class="card"><h3>${t.vmboxes}</h3><${Banner} message=${banner} />${!banner && t.loading}</div>`;
  const { box, cf } = state;

  async function saveCallflow(boxId, on) {
    await post(`callflows/${cf.id}`, withVoicemail(await get(`callflows/${cf.id}`), boxId, on));
  }
  async function create(e) {
    e.preventDefault();
    setSaved(false);
    setBanner('');
    const found = pin && !/^\d{4,6}$/.test(pin) ? { pin: t.pinDigits } : {};
    setErrors(found);
    if (Object.keys(found).length) return;
    let made = null;
    try {
      made = await put('vmboxes', userVmbox(user, cf.numbers[0], pin));
      await saveCallflow(made.id, true);
      setSaved(true);
      load();
    } catch (err) {
      if (made) await del(`vmboxes/${made.id}`).catch(() => {});
      setErrors({ pin: (err.fields || {}).pin, mailbox: (err.fields || {}).mailbox });
      setBanner(`${t.failed} ${err.message}`);
    }
  }
  async function toggle(on) {
    setSaved(false);
    setBanner('');
    try {
      await saveCallflow(box.id, on);
      setSaved(true);
      load();
    } catch (err) {
      setBanner(`${t.failed} ${err.message}`);
    }
  }
  const status = saved && html`<span class="ok" role="status">${t.saved}</span>`;
  if (!cf) return html`<div class="card" id="feature-voicemail"><h3>${t.vmboxes}</h3><p>${t.noExtensionYet}</p></div>`;
  if (box) {
    return html`<div class="card" id="feature-voicemail">
      <h3>${t.vmboxes}</h3>
      <${Banner} message=${banner} />
      <p data-vmbox=${box.mailbox}>${t.userVmbox(box.name, box.mailbox)}</p>
      <${Check} id="vm_on" label=${t.vmOnNoAnswer} checked=${reaches(cf, box.id)} onChange=${toggle} />
      ${status}
    </div>`;
  }
  return html`<form class="card" id="feature-voicemail" onSubmit=${create} novalidate>
    <h3>${t.vmboxes}</h3>
    <${Banner} message=${banner} />
    <p class="hint">${t.noVmboxYet(cf.numbers[0])}</p>
    <${Field} id="feature_vm_pin" label=${t.vmPin} type="password" value=${pin} onInput=${setPin} error=${errors.pin || errors.mailbox} inputmode="numeric" autocomplete="off" />
    <div class="bar"><button type="submit">${t.makeVmbox}</button>${status}</div>
  </form>`;
}
