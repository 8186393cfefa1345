/**
 * UTF-8 as the rest of the program sees it: `new TextDecoder('utf-8')` (not fatal), which turns
 * each maximal ill-formed subsequence into one U+FFFD (WHATWG Encoding, "UTF-8 decoder"). The
 * byte readers count and decode with exactly those rules, so a line:column or a name they report
 * is the one the string readers report on the decoded text.
 */

/** Decodes fragments: never strips a leading U+FEFF, which inside a document is a character. */
const fragments = new TextDecoder('utf-8', { ignoreBOM: true });

/** The string bytes[a, e) stand for, decoded as part of a larger text (a, e on character boundaries). */
export function utf8String(b: Uint8Array, a: number, e: number): string {
  if (e - a <= 64) {
    let s = '';
    for (let i = a; i < e; i++) {
      const c = b[i]!;
      if (c >= 0x80) return fragments.decode(b.subarray(a, e));
      s += String.fromCharCode(c);
    }
    return s;
  }
  return fragments.decode(b.subarray(a, e));
}

/**
 * Counts the characters (code points) a decoder emits over a run of bytes, carrying the state of
 * an unfinished sequence from one call to the next, so that a run may be cut anywhere.
 */
export class CharCounter {
  /** Continuation bytes still expected by the sequence under way. */
  need = 0;
  private lower = 0x80;
  private upper = 0xbf;

  reset(): void {
    this.need = 0;
    this.lower = 0x80;
    this.upper = 0xbf;
  }

  copyFrom(o: CharCounter): void {
    this.need = o.need;
    this.lower = o.lower;
    this.upper = o.upper;
  }

  /** Characters completed in b[from, to). A sequence still open at `to` is not counted yet. */
  count(b: Uint8Array, from: number, to: number): number {
    let n = 0;
    let need = this.need;
    let lower = this.lower;
    let upper = this.upper;
    for (let i = from; i < to; i++) {
      const c = b[i]!;
      if (need === 0) {
        if (c < 0x80) n++;
        else if (c >= 0xc2 && c <= 0xdf) need = 1;
        else if (c >= 0xe0 && c <= 0xef) {
          need = 2;
          if (c === 0xe0) lower = 0xa0;
          else if (c === 0xed) upper = 0x9f;
        } else if (c >= 0xf0 && c <= 0xf4) {
          need = 3;
          if (c === 0xf0) lower = 0x90;
          else if (c === 0xf4) upper = 0x8f;
        } else n++;
      } else if (c < lower || c > upper) {
        // The open sequence ends as one U+FFFD and this byte starts afresh.
        n++;
        need = 0;
        lower = 0x80;
        upper = 0xbf;
        i--;
      } else {
        lower = 0x80;
        upper = 0xbf;
        if (--need === 0) n++;
      }
    }
    this.need = need;
    this.lower = lower;
    this.upper = upper;
    return n;
  }
}
