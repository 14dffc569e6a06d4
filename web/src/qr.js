// A QR code drawn as SVG in the page (byte mode, error correction M), from the bundled
// qrcode-generator library: no network, no canvas, nothing the CSP has to allow.
import { html } from 'htm/preact';
import qrcode from 'qrcode-generator';

const QUIET = 4; // modules of white around the code, as the standard asks

export function QrCode({ text, label }) {
  const qr = qrcode(0, 'M');
  qr.addData(text, 'Byte');
  qr.make();
  const n = qr.getModuleCount();
  let d = '';
  for (let r = 0; r < n; r++) for (let c = 0; c < n; c++) if (qr.isDark(r, c)) d += `M${c + QUIET} ${r + QUIET}h1v1h-1z`;
  const size = n + 2 * QUIET;
  return html`<svg class="qr" role="img" aria-label=${label} viewBox=${`0 0 ${size} ${size}`} width=${size * 6} height=${size * 6} shape-rendering="crispEdges">
    <rect width=${size} height=${size} fill="#fff" />
    <path d=${d} fill="#000" />
  </svg>`;
}
