// A small CSV reader (RFC 4180: commas, double-quoted fields with "" for a quote, CRLF or LF),
// enough for a spreadsheet's "save as CSV". Returns rows of trimmed fields with their line number.
export function parseCsv(text) {
  const rows = [];
  let row = [];
  let field = '';
  let quoted = false;
  let line = 1;
  let start = 1;
  const endField = () => {
    row.push(field.trim());
    field = '';
  };
  const endRow = () => {
    endField();
    if (row.some((f) => f !== '')) rows.push({ line: start, fields: row });
    row = [];
    start = line;
  };
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') (field += '"'), i++;
      else if (c === '"') quoted = false;
      else {
        if (c === '\n') line++;
        field += c;
      }
    } else if (c === '"') quoted = true;
    else if (c === ',') endField();
    else if (c === '\n') {
      line++;
      endRow();
    } else if (c !== '\r') field += c;
  }
  endRow();
  return rows;
}
