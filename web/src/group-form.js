// Add or edit a ring group: name, extension, dialing repeats, up to 15 members, and each
// member's ring timeline (start after / ring for, in seconds) with "distribute evenly"; how
// members ring (all at once, one at a time, random order) and where an unanswered call goes.
import { html } from 'htm/preact';
import { useState } from 'preact/hooks';
import { t } from './strings.js';
import { Field, Banner, Select } from './ui.js';
import { GROUP_MAX, distribute } from './smartpbx.js';
import { createGroup, updateGroup } from './save-group.js';
import { GroupFeatures, checkFeatures } from './group-features.js';

const int = (v) => (/^\d+$/.test(String(v)) ? Number(v) : NaN);

function check(f) {
  const e = {};
  if (!f.name.trim()) e.name = t.required;
  if (!/^\d{2,8}$/.test(f.extension)) e.extension = t.extDigits;
  if (!(int(f.repeats) >= 1 && int(f.repeats) <= 10)) e.repeats = t.repeatsRange;
  if (!f.members.length) e.members = t.pickMember;
  if (f.members.length > GROUP_MAX) e.members = t.tooManyMembers(GROUP_MAX);
  if (f.members.some((m) => !(m.delay >= 0 && m.timeout >= 1 && m.delay <= 300 && m.timeout <= 300))) e.members = t.badTimeline;
  return { ...e, ...checkFeatures(f) };
}

export function GroupForm({ group, users, vmboxes, media, onDone }) {
  const [f, setF] = useState(group.form);
  const [total, setTotal] = useState('20');
  const [errors, setErrors] = useState({});
  const [banner, setBanner] = useState('');
  const [busy, setBusy] = useState(false);
  const set = (k) => (v) => setF({ ...f, [k]: v });
  const member = (id) => f.members.find((m) => m.id === id);
  const toggle = (u) =>
    setF({ ...f, members: member(u.id) ? f.members.filter((m) => m.id !== u.id) : [...f.members, { id: u.id, delay: 0, timeout: 20 }] });
  const setTime = (id, k, v) => setF({ ...f, members: f.members.map((m) => (m.id === id ? { ...m, [k]: int(v) } : m)) });

  async function submit(e) {
    e.preventDefault();
    const found = check(f);
    setErrors(found);
    setBanner('');
    if (Object.keys(found).length) return;
    setBusy(true);
    try {
      // One at a time, each member rings in turn: a start delay means nothing there.
      const members = oneAtATime ? f.members.map((m) => ({ ...m, delay: 0 })) : f.members;
      const form = { ...f, members, name: f.name.trim(), repeats: int(f.repeats) };
      await (group.id ? updateGroup(group, form) : createGroup(form));
      onDone();
    } catch (err) {
      setErrors(err.fields || {});
      setBanner(`${t.failed} ${err.message}`);
      setBusy(false);
    }
  }
  const full = f.members.length >= GROUP_MAX;
  const oneAtATime = f.strategy !== 'simultaneous';
  return html`<section aria-labelledby="group-form-h">
    <h2 id="group-form-h">${group.id ? t.editGroup : t.addGroup}</h2>
    <form onSubmit=${submit} novalidate>
      <${Banner} message=${banner} />
      <div class="grid">
        <${Field} id="group_name" label=${t.name} value=${f.name} onInput=${set('name')} error=${errors.name} required />
        <${Field} id="group_extension" label=${t.extension} value=${f.extension} onInput=${set('extension')} error=${errors.extension} required inputmode="numeric" />
        <${Field} id="group_repeats" label=${t.repeats} value=${String(f.repeats)} onInput=${set('repeats')} error=${errors.repeats} inputmode="numeric" />
        <${Select} id="group_strategy" label=${t.strategy} value=${f.strategy} onChange=${set('strategy')} options=${Object.entries(t.strategies)} />
        <${Select} id="group_next" wide label=${t.nextAction} value=${f.next_vmbox} onChange=${set('next_vmbox')}
          options=${[['', t.notAvailable], ...vmboxes.map((b) => [b.id, t.toVoicemail(b.name, b.mailbox)])]} />
      </div>
      <fieldset>
        <legend>${t.members(f.members.length, GROUP_MAX)}</legend>
        ${errors.members && html`<p class="error" id="members-error" role="alert">${errors.members}</p>`}
        <table class="list timeline" aria-label=${t.timeline}>
          <thead><tr><th>${t.member}</th>${!oneAtATime && html`<th>${t.startAfter}</th>`}<th>${t.ringFor}</th></tr></thead>
          <tbody>
            ${users.map((u) => {
              const m = member(u.id);
              const name = `${u.first_name} ${u.last_name}`;
              return html`<tr key=${u.id} data-member=${u.username}>
                <td><span class="check"><input type="checkbox" id=${'m-' + u.id} checked=${!!m} disabled=${!m && full} onChange=${() => toggle(u)} /><label for=${'m-' + u.id}>${name}</label></span></td>
                ${!oneAtATime && html`<td data-label=${t.startAfter}>${m && html`<input class="delay" aria-label=${`${t.startAfter} ${name}`} inputmode="numeric" value=${Number.isNaN(m.delay) ? '' : m.delay} onInput=${(e) => setTime(u.id, 'delay', e.target.value)} />`}</td>`}
                <td data-label=${t.ringFor}>${m && html`<input class="timeout" aria-label=${`${t.ringFor} ${name}`} inputmode="numeric" value=${Number.isNaN(m.timeout) ? '' : m.timeout} onInput=${(e) => setTime(u.id, 'timeout', e.target.value)} />`}</td>
              </tr>`;
            })}
          </tbody>
        </table>
        <div class="bar">
          <${Field} id="group_total" label=${t.totalRing} value=${total} onInput=${setTotal} inputmode="numeric" />
          <button type="button" class="plain" disabled=${!f.members.length || !(int(total) >= 1)} onClick=${() => setF({ ...f, members: distribute(f.members, int(total)) })}>${t.distribute}</button>
        </div>
      </fieldset>
      <${GroupFeatures} f=${f} set=${set} media=${media} errors=${errors} />
      <div class="bar">
        <button type="submit" disabled=${busy}>${busy ? t.saving : t.save}</button>
        <button type="button" class="plain" onClick=${onDone}>${t.cancel}</button>
      </div>
    </form>
  </section>`;
}
