/**
 * Character classes and byte values shared by the string reader (reader.ts) and the byte reader
 * (bytes.ts): both must accept exactly the same names, spaces and references.
 */

export const TAB = 9;
export const LF = 10;
export const CR = 13;
export const SP = 32;
export const BANG = 33;
export const QUOT = 34;
export const HASH = 35;
export const AMP = 38;
export const APOS = 39;
export const DASH = 45;
export const SLASH = 47;
export const SEMI = 59;
export const LT = 60;
export const EQ = 61;
export const GT = 62;
export const QM = 63;
export const LBRACKET = 91;
export const RBRACKET = 93;

export const NAME_START = 1;
export const NAME_CHAR = 2;
/** NAME_START | NAME_CHAR for ASCII name start characters, NAME_CHAR for the other name characters. */
export const ASCII = new Uint8Array(128);
for (let c = 0; c < 128; c++) {
  const ch = String.fromCharCode(c);
  if (/[A-Za-z_:]/.test(ch)) ASCII[c] = NAME_START | NAME_CHAR;
  else if (/[0-9.-]/.test(ch)) ASCII[c] = NAME_CHAR;
}

export function isSpace(c: number): boolean {
  return c === SP || c === LF || c === TAB || c === CR;
}

/** XML 1.0 (5th edition) NameStartChar above ASCII, for one UTF-16 code unit (pairs handled by the caller). */
export function isNonAsciiNameStart(c: number): boolean {
  return (
    (c >= 0xc0 && c <= 0xd6) ||
    (c >= 0xd8 && c <= 0xf6) ||
    (c >= 0xf8 && c <= 0x2ff) ||
    (c >= 0x370 && c <= 0x37d) ||
    (c >= 0x37f && c <= 0x1fff) ||
    c === 0x200c ||
    c === 0x200d ||
    (c >= 0x2070 && c <= 0x218f) ||
    (c >= 0x2c00 && c <= 0x2fef) ||
    (c >= 0x3001 && c <= 0xd7ff) ||
    (c >= 0xf900 && c <= 0xfdcf) ||
    (c >= 0xfdf0 && c <= 0xfffd)
  );
}

export function isNonAsciiNameChar(c: number): boolean {
  return isNonAsciiNameStart(c) || c === 0xb7 || (c >= 0x300 && c <= 0x36f) || c === 0x203f || c === 0x2040;
}

/** XML 1.0 Char: what a character reference may name. */
export function isXmlChar(cp: number): boolean {
  return (
    cp === TAB ||
    cp === LF ||
    cp === CR ||
    (cp >= 0x20 && cp <= 0xd7ff) ||
    (cp >= 0xe000 && cp <= 0xfffd) ||
    (cp >= 0x10000 && cp <= 0x10ffff)
  );
}

/** A name or reference shortened for a message. */
export function clip(t: string): string {
  return t.length > 40 ? `${t.slice(0, 37)}...` : t;
}

/**
 * The digits of a numeric character reference from `p` (just after `&#`): `x` then hex digits, or
 * decimal digits. `at` reads the code unit or byte at a position (both readers share this, on a
 * string and on bytes; digits are ASCII either way). The value saturates at 0x110000 so a long run
 * of digits is refused as out of range, never as an overflow. `end` is where the digits stop: the
 * caller checks that a ';' is there and that `end > digits`.
 */
export function numericReference(
  at: (p: number) => number,
  p: number,
): { readonly hex: boolean; readonly digits: number; readonly end: number; readonly value: number } {
  const hex = at(p) === 0x78; // 'x'
  if (hex) p++;
  const digits = p;
  let value = 0;
  for (;;) {
    const d = at(p);
    let k: number;
    if (d >= 48 && d <= 57) k = d - 48;
    else if (hex && d >= 97 && d <= 102) k = d - 87;
    else if (hex && d >= 65 && d <= 70) k = d - 55;
    else break;
    value = Math.min(value * (hex ? 16 : 10) + k, 0x110000);
    p++;
  }
  return { hex, digits, end: p, value };
}
