// The box's TLS certificate (HTTPS and SIP over TLS): who it is issued to and by, and when it
// expires (`system_status`' `certificate`), and a new certificate and key installed from
// files or pasted PEM (`PUT tls_certificate`); the box's refusal is shown at the field it names.
import { html } from 'htm/preact';
import { useState, useEffect } from 'preact/hooks';
import { call, put } from './api.js';
import { t } from './strings.js';
import { Banner } from './ui.js';

function PemField({ id, label, value, onInput, error }) {
  const errId = `${id}-error`;
  const pick = (e) => e.target.files[0] && e.target.files[0].text().then(onInput);
  return html`<div class="field">
    <label for=${id}>${label}</label>
    <input id=${`${id}_file`} type="file" accept=".pem,.crt,.key,.cer,text/plain" aria-label=${t.pemFile(label)} onChange=${pick} />
    <textarea id=${id} rows="4" spellcheck="false" aria-invalid=${error ? 'true' : undefined} aria-describedby=${error ? errId : undefined}
      value=${value} onInput=${(e) => onInput(e.target.value)}></textarea>
    ${error && html`<p class="error" id=${errId} role="alert">${error}</p>`}
  </div>`;
}

const day = (unix) => new Date(unix * 1000).toISOString().slice(0, 10);

export function CertificateForm() {
  const [cert, setCert] = useState(undefined);
  const [f, setF] = useState({ certificate: '', private_key: '' });
  const [errors, setErrors] = useState({});
  const [banner, setBanner] = useState('');
  const [status, setStatus] = useState('');
  const load = () =>
    call('GET', 'system_status').then(
      (r) => setCert(r.data.certificate),
      (e) => (e.status === 403 ? setCert(false) : setBanner(e.message))
    );
  useEffect(() => {
    load();
  }, []);
  if (cert === false) return null;
  async function install(e) {
    e.preventDefault();
    setStatus('');
    setBanner('');
    const found = {};
    for (const k of ['certificate', 'private_key']) if (!f[k].includes('-----BEGIN')) found[k] = t.pickPem;
    setErrors(found);
    if (Object.keys(found).length) return;
    try {
      await put('tls_certificate', f);
      setF({ certificate: '', private_key: '' });
      setStatus(t.certInstalled);
      await load();
    } catch (err) {
      setErrors(err.fields || {});
      if (!Object.keys(err.fields || {}).length) setBanner(err.message);
    }
  }
  // Functional: two files read at once must not undo each other.
  const set = (k) => (v) => setF((cur) => ({ ...cur, [k]: v }));
  return html`<form onSubmit=${install} aria-labelledby="cert-h" novalidate>
    <h3 id="cert-h">${t.tlsCertificate}</h3>
    <${Banner} message=${banner} />
    ${cert &&
    html`<dl class="facts" data-cert>
      <dt>${t.certSubject}</dt><dd data-cert="subject">${cert.subject || t.noName}</dd>
      <dt>${t.certIssuer}</dt><dd data-cert="issuer">${cert.issuer || t.noName}</dd>
      <dt>${t.certExpiry}</dt><dd data-cert="expiry">${t.certExpires(day(cert.expires_unix), cert.days_left)}</dd>
    </dl>`}
    <p class="hint">${t.pemHint}</p>
    <${PemField} id="tls_certificate" label=${t.certFile} value=${f.certificate} onInput=${set('certificate')} error=${errors.certificate} />
    <${PemField} id="tls_private_key" label=${t.keyFile} value=${f.private_key} onInput=${set('private_key')} error=${errors.private_key} />
    <div class="bar"><button type="submit">${t.uploadCertificate}</button></div>
    ${status && html`<p class="ok" role="status">${status}</p>`}
  </form>`;
}
