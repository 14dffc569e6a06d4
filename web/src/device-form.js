// Add a device: a SIP phone by brand, family, model and MAC (auto-provisioned), a softphone,
// or an analog phone on a free FXS port; or edit a device's name and owner.
import { html } from 'htm/preact';
import { useState, useEffect } from 'preact/hooks';
import { get, put, post, call, ApiError } from './api.js';
import { t } from './strings.js';
import { Field, Banner, Select } from './ui.js';
import { newDevice } from './smartpbx.js';
import { parseMac } from './mac.js';

/** The provisioner catalogue (`{brand: {name, families: {family: {name, models}}}}`). */
async function loadCatalogue() {
  const body = await call('GET', 'provisioner/phones');
  return body.data || body;
}

const entries = (o) => Object.entries(o || {}).map(([id, v]) => [id, v.name || id]);

/** Which form field an API error's field belongs to. */
const formField = (f) => (f === 'mac_address' ? 'mac' : f === 'owner_id' || f === 'name' ? f : null);

export function checkDevice(f) {
  const e = {};
  if (!f.name.trim()) e.name = t.required;
  if (f.kind === 'phone') {
    if (!f.model) e.model = t.required;
    if (!parseMac(f.mac)) e.mac = t.badMac;
  }
  if (f.kind === 'analog' && !f.port) e.port = t.noFreePort;
  return e;
}

/** `device`: the one edited, or null for a new one; `onSaved(doc, isNew)`. */
export function DeviceForm({ device, users, ports, onSaved, onCancel }) {
  const isNew = !device;
  const [f, setF] = useState({
    kind: 'phone',
    name: device ? device.name : '',
    owner_id: (device && device.owner_id) || '',
    brand: '',
    family: '',
    model: '',
    mac: '',
    port: '',
  });
  const [catalogue, setCatalogue] = useState({});
  const [errors, setErrors] = useState({});
  const [banner, setBanner] = useState('');
  const [busy, setBusy] = useState(false);
  useEffect(() => {
    if (isNew) loadCatalogue().then(setCatalogue, (e) => setBanner(e.message));
  }, []);
  const set = (k) => (v) => setF((now) => ({ ...now, [k]: v }));
  const brand = catalogue[f.brand];
  const family = brand && brand.families[f.family];
  const freePorts = ports.filter((p) => p.kind === 'fxs' && !p.device_id).map((p) => [p.name, p.name]);

  async function submit(e) {
    e.preventDefault();
    const port = f.port || (freePorts[0] ? freePorts[0][0] : '');
    const found = checkDevice(isNew ? { ...f, port } : { ...f, kind: 'edit' });
    setErrors(found);
    setBanner('');
    if (Object.keys(found).length) return;
    setBusy(true);
    try {
      if (isNew) {
        const model = family && family.models[f.model];
        const doc = newDevice({
          ...f,
          name: f.name.trim(),
          mac: parseMac(f.mac),
          modelId: model && model.id,
          port,
        });
        onSaved(await put('devices', doc), true);
      } else {
        const base = await get(`devices/${device.id}`);
        const doc = { ...base, name: f.name.trim(), owner_id: f.owner_id || undefined };
        onSaved(await post(`devices/${device.id}`, doc), false);
      }
    } catch (err) {
      if (!(err instanceof ApiError)) throw err;
      const fields = {};
      const other = [];
      for (const [k, msg] of Object.entries(err.fields)) {
        if (formField(k)) fields[formField(k)] = msg;
        else other.push(`${k}: ${msg}`);
      }
      setErrors(fields);
      setBanner(`${t.failed} ${other.join('; ') || err.message}`);
    }
    setBusy(false);
  }

  const owners = [['', t.noDeviceOwner], ...users.map((u) => [u.id, `${u.first_name} ${u.last_name}`])];
  const kinds = [
    ['phone', t.kindPhone],
    ['softphone', t.kindSoftphone],
    ['analog', freePorts.length ? t.kindAnalog : t.kindAnalogNone],
  ];
  return html`<section aria-labelledby="device-form-h">
    <h2 id="device-form-h">${isNew ? t.addDevice : t.editDevice}</h2>
    <form onSubmit=${submit} novalidate>
      <${Banner} message=${banner} />
      <div class="grid">
        ${isNew && html`<${Select} id="device_kind" wide label=${t.deviceKind} value=${f.kind} onChange=${set('kind')} options=${kinds} />`}
        <${Field} id="device_name" label=${t.name} value=${f.name} onInput=${set('name')} error=${errors.name} required />
        <${Select} id="device_owner" label=${t.owner} value=${f.owner_id} onChange=${set('owner_id')} options=${owners} error=${errors.owner_id} />
        ${isNew &&
        f.kind === 'phone' &&
        html`<${Select} id="device_brand" label=${t.brand} value=${f.brand}
            onChange=${(v) => setF({ ...f, brand: v, family: '', model: '' })} options=${[['', t.pick], ...entries(catalogue)]} />
          <${Select} id="device_family" label=${t.family} value=${f.family}
            onChange=${(v) => setF({ ...f, family: v, model: '' })} options=${[['', t.pick], ...entries(brand && brand.families)]} />
          <${Select} id="device_model" label=${t.model} value=${f.model} onChange=${set('model')}
            options=${[['', t.pick], ...entries(family && family.models)]} error=${errors.model} />
          <${Field} id="device_mac" label=${t.macAddress} value=${f.mac} onInput=${set('mac')} error=${errors.mac} required autocomplete="off" />`}
        ${isNew &&
        f.kind === 'analog' &&
        (freePorts.length
          ? html`<${Select} id="device_port" label=${t.analogPort} value=${f.port || freePorts[0][0]} onChange=${set('port')} options=${freePorts} error=${errors.port} />`
          : html`<p class="error" role="alert">${t.noFreePort}</p>`)}
      </div>
      <div class="bar">
        <button type="submit" disabled=${busy}>${busy ? t.saving : t.save}</button>
        <button type="button" class="plain" onClick=${onCancel}>${t.cancel}</button>
      </div>
    </form>
  </section>`;
}
