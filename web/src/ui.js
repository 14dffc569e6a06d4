// Small shared pieces: form fields with their error, the error banner.
import { html } from 'htm/preact';

export function Field({ id, label, value, onInput, error, type = 'text', required, autocomplete, inputmode, list }) {
  const errId = `${id}-error`;
  return html`<div class="field">
    <label for=${id}>${label}</label>
    <input
      id=${id}
      name=${id}
      type=${type}
      value=${value}
      required=${required}
      autocomplete=${autocomplete}
      inputmode=${inputmode}
      list=${list}
      aria-invalid=${error ? 'true' : undefined}
      aria-describedby=${error ? errId : undefined}
      onInput=${(e) => onInput(e.target.value)}
    />
    ${error && html`<p class="error" id=${errId} role="alert">${error}</p>`}
  </div>`;
}

export function Banner({ message }) {
  return message ? html`<p class="banner" role="alert">${message}</p>` : null;
}

export function Check({ id, label, checked, onChange }) {
  return html`<div class="check">
    <input type="checkbox" id=${id} checked=${checked} onChange=${(e) => onChange(e.target.checked)} />
    <label for=${id}>${label}</label>
  </div>`;
}

/** A drop-down of `options` ([value, text] pairs) with its label and error. */
export function Select({ id, label, value, onChange, options, wide, error }) {
  const errId = `${id}-error`;
  return html`<div class=${wide ? 'field wide' : 'field'}>
    <label for=${id}>${label}</label>
    <select id=${id} value=${value} onChange=${(e) => onChange(e.target.value)}
      aria-invalid=${error ? 'true' : undefined} aria-describedby=${error ? errId : undefined}>
      ${options.map(([v, text]) => html`<option key=${v} value=${v}>${text}</option>`)}
    </select>
    ${error && html`<p class="error" id=${errId} role="alert">${error}</p>`}
  </div>`;
}
