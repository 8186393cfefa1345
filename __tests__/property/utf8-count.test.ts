import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CharCounter, Utf16Length } from '../../src/xml/utf8.js';

// The byte counters must agree with the decoder the rest of the program uses, however the bytes
// are cut: characters (code points) for columns, UTF-16 code units for JaCoCo's outcome limit.
const decoder = new TextDecoder('utf-8', { ignoreBOM: true });

/** Bytes that are mostly UTF-8 of any plane, with ill-formed bytes and long ASCII runs mixed in. */
const bytes = fc
  .array(
    fc.oneof(
      fc.string({ unit: 'grapheme', maxLength: 8 }).map((s) => [...new TextEncoder().encode(s)]),
      fc.array(fc.integer({ min: 0x80, max: 0xff }), { maxLength: 3 }),
      fc.nat(200).map((n) => Array.from({ length: n }, () => 0x61)),
    ),
    { maxLength: 20 },
  )
  .map((parts) => Uint8Array.from(parts.flat()));

describe('UTF-8 counters (properties)', () => {
  it('count what TextDecoder emits, cut anywhere', () => {
    fc.assert(
      fc.property(bytes, fc.array(fc.nat(), { maxLength: 6 }), (b, cuts) => {
        const at = [...new Set(cuts.map((c) => c % (b.length + 1)))].sort((x, y) => x - y);
        const bounds = [0, ...at, b.length];
        const text = decoder.decode(b);
        const units = new Utf16Length();
        const chars = new CharCounter();
        let n = 0;
        for (let k = 0; k + 1 < bounds.length; k++) {
          units.add(b.subarray(bounds[k], bounds[k + 1]));
          n += chars.count(b, bounds[k]!, bounds[k + 1]!);
        }
        expect(units.total()).toBe(text.length);
        expect(n + (chars.need > 0 ? 1 : 0)).toBe([...text].length);
      }),
      { numRuns: 500 },
    );
  });
});
