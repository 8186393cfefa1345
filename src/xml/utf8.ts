import { isAscii } from 'node:buffer';

/**
 * UTF-8 as the rest of the program sees it: `new TextDecoder('utf-8')` (not fatal), which turns
 * each maximal ill-formed subsequence into one U+FFFD (WHATWG Encoding, "UTF-8 decoder"). The
 * byte readers count and decode with exactly those rules, so a line:column or a name they report
 * is the one the string readers report on the decoded text.
 */

/**
 * Whether bytes[from, to) are all ASCII, where a character is a byte. Node's own check (simdutf)
 * passes over a megabyte in a few microseconds; the counters below fall back to their byte loops
 * only for runs that hold something else. A 150 MB JaCoCo report (one line of ASCII) was counted
 * twice in about 80 ms by those loops, in about 3 ms this way.
 */
function ascii(b: Uint8Array, from: number, to: number): boolean {
  return isAscii(from === 0 && to === b.length ? b : b.subarray(from, to));
}

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
 * an unfinished sequence from one call to the next, so that a run may be cut anywhere. It also
 * counts the characters past U+FFFF (`pairs`), which are two code units of a JavaScript string.
 */
export class CharCounter {
  /** Continuation bytes still expected by the sequence under way. */
  need = 0;
  /** Characters past U+FFFF (4-byte sequences) completed by the last count(). */
  pairs = 0;
  private lower = 0x80;
  private upper = 0xbf;
  /** The sequence under way is a 4-byte one. */
  private pair = false;

  reset(): void {
    this.need = 0;
    this.lower = 0x80;
    this.upper = 0xbf;
    this.pair = false;
  }

  copyFrom(o: CharCounter): void {
    this.need = o.need;
    this.lower = o.lower;
    this.upper = o.upper;
    this.pair = o.pair;
  }

  /** Characters completed in b[from, to). A sequence still open at `to` is not counted yet. */
  count(b: Uint8Array, from: number, to: number): number {
    this.pairs = 0;
    if (this.need === 0 && ascii(b, from, to)) return to - from;
    let n = 0;
    let pairs = 0;
    let need = this.need;
    let lower = this.lower;
    let upper = this.upper;
    let pair = this.pair;
    // A long run (a report written on one line, as JaCoCo's) is passed over four ASCII bytes at a time.
    const head = (4 - (b.byteOffset & 3)) & 3;
    const words =
      to - from >= 64 ? new Int32Array(b.buffer, b.byteOffset + head, (b.length - head) >>> 2) : null;
    for (let i = from; i < to; i++) {
      if (need === 0 && words !== null && i >= head && ((i - head) & 3) === 0) {
        const start = (i - head) >>> 2;
        const k = skipAsciiWords(words, start, (to - head) >>> 2);
        if (k > start) {
          n += (k - start) * 4;
          i += (k - start) * 4;
          if (i >= to) break;
        }
      }
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
          pair = true;
          if (c === 0xf0) lower = 0x90;
          else if (c === 0xf4) upper = 0x8f;
        } else n++;
      } else if (c < lower || c > upper) {
        // The open sequence ends as one U+FFFD and this byte starts afresh.
        n++;
        need = 0;
        lower = 0x80;
        upper = 0xbf;
        pair = false;
        i--;
      } else {
        lower = 0x80;
        upper = 0xbf;
        if (--need === 0) {
          n++;
          if (pair) pairs++;
          pair = false;
        }
      }
    }
    this.need = need;
    this.lower = lower;
    this.upper = upper;
    this.pair = pair;
    this.pairs = pairs;
    return n;
  }
}

/**
 * The first word at or after `k`, below `last`, holding a byte of 0x80 or more: runs of ASCII are
 * passed over sixteen bytes a step, then the last few words one by one.
 */
function skipAsciiWords(words: Int32Array, k: number, last: number): number {
  while (k + 4 <= last && ((words[k]! | words[k + 1]! | words[k + 2]! | words[k + 3]!) & 0x80808080) === 0)
    k += 4;
  while (k < last && (words[k]! & 0x80808080) === 0) k++;
  return k;
}

/**
 * The length, in UTF-16 code units, of the text a decoder emits over bytes given in pieces:
 * `text.length` of the decoded text (a leading byte order mark included; subtract it where the
 * decoder drops it), counted without decoding: characters, plus one for each past U+FFFF.
 */
export class Utf16Length {
  /** Code units of the characters completed so far. */
  length = 0;
  private readonly chars = new CharCounter();

  add(b: Uint8Array): void {
    this.length += this.chars.count(b, 0, b.length);
    this.length += this.chars.pairs;
  }

  /** The length once the bytes have ended: a sequence left open is one U+FFFD. */
  total(): number {
    return this.length + (this.chars.need > 0 ? 1 : 0);
  }
}
