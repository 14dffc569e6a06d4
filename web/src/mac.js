// MAC addresses as typed (bare, or with ':', '-', '.' or spaces between groups).

/** The colon form (`00:15:65:aa:bb:cc`) of a typed MAC, or null when it is not 12 hex digits. */
export function parseMac(text) {
  const hex = text.trim().replace(/[\s:.-]/g, '');
  if (!/^[0-9a-fA-F]{12}$/.test(hex)) return null;
  return hex.toLowerCase().match(/../g).join(':');
}
