/** Splits one CSV line into fields: quoted fields may hold commas and doubled quotes. */
export function parseCsvLine(line, separator = ',') {
  const fields = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const c = line[i];
    if (quoted) {
      if (c === '"' && line[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"' && field === '') quoted = true;
    else if (c === separator) {
      fields.push(field);
      field = '';
    } else field += c;
  }
  if (quoted) throw new SyntaxError('unterminated quoted field');
  fields.push(field);
  return fields;
}

/** Writes fields as one CSV line, quoting only where needed. */
export function formatCsvLine(fields, separator = ',') {
  return fields
    .map((f) => {
      const s = String(f);
      return s.includes(separator) || s.includes('"') || s.includes('\n')
        ? `"${s.replaceAll('"', '""')}"`
        : s;
    })
    .join(separator);
}

/** Reads a whole CSV text into rows of objects keyed by the header line. Not tested yet. */
export function parseCsv(text, separator = ',') {
  const lines = text.split(/\r?\n/).filter((l) => l !== '');
  if (lines.length === 0) return [];
  const header = parseCsvLine(lines[0], separator);
  return lines.slice(1).map((line) => {
    const fields = parseCsvLine(line, separator);
    if (fields.length !== header.length)
      throw new SyntaxError(`expected ${header.length} fields, found ${fields.length}`);
    return Object.fromEntries(header.map((h, i) => [h, fields[i]]));
  });
}
