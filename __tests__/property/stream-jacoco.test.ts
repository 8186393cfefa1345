import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { JacocoStream } from '../../src/formats/coverage/stream-jacoco.js';
import { CharCounter, Utf16Length } from '../../src/xml/utf8.js';
import {
  cut,
  cutsArb,
  namesTag,
  same,
  settle,
  viaString,
  type Format,
} from '../helpers/stream-differential.js';

// The JaCoCo stream must be parseJacoco on the decoded bytes: the same report, or the same error
// (class, message, file, line, column), however the bytes are cut into chunks; including where
// parseJacoco's limit on branch outcomes (one per character of the whole text) decides.

const encoder = new TextEncoder();

const cuts = cutsArb();

// ------------------------------------------------------------------------------------------------
// JaCoCo documents, as jacoco:report writes them

interface JLine {
  readonly nr: string;
  readonly counts: readonly [string, string, string, string];
}
interface JSource {
  readonly name: string;
  readonly lines: readonly JLine[];
}
interface JPackage {
  readonly name: string | null;
  readonly classes: number;
  readonly sources: readonly JSource[];
}
interface JDoc {
  readonly head: string;
  readonly group: boolean;
  readonly packages: readonly JPackage[];
  readonly counters: readonly (readonly [string, string, string])[];
  readonly eol: string;
  readonly tail: string;
}

const attr = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/"/g, '&quot;');

function lineArb(valid: boolean): fc.Arbitrary<JLine> {
  const count = valid
    ? fc.oneof(fc.nat(4), fc.nat(4), fc.nat(49), fc.constant(2 ** 40)).map(String)
    : fc.oneof(
        fc.nat(4).map(String),
        fc.constantFrom(
          '',
          'x',
          '-1',
          '1.5',
          '1e3',
          '007',
          '12345678901234567890',
          '1234567890123456',
          '&#51;',
        ),
      );
  const nr = valid
    ? fc.integer({ min: 1, max: 40 }).map(String)
    : fc.oneof(
        fc.integer({ min: 1, max: 40 }).map(String),
        fc.constantFrom('0', '007', '', 'x', ' 3', '12345678901', '&#52;'),
      );
  // Branch counts above 10,000 on one line are refused: the valid ones stay small.
  const branches = valid ? fc.nat(4).map(String) : count;
  return fc.record({ nr, counts: fc.tuple(count, count, branches, branches) });
}

const nameArb = fc.oneof(
  fc.constantFrom('A.java', 'B.kt', 'é.java', 'x&y.java', '  Spaced.java ', ''),
  fc.string({ unit: 'grapheme', minLength: 1, maxLength: 6 }),
);

function docArb(valid: boolean): fc.Arbitrary<JDoc> {
  const source = fc.record({ name: nameArb, lines: fc.array(lineArb(valid), { maxLength: 8 }) });
  const pkg = fc.record({
    name: valid
      ? fc.constantFrom('com/example', '', 'org/é')
      : fc.oneof(fc.constantFrom('com/example', '', ' a ', 'x&y'), fc.constant(null)),
    classes: fc.nat(2),
    sources: fc.array(source, { maxLength: 3 }),
  });
  const counter = fc.tuple(
    fc.constantFrom('LINE', 'BRANCH', 'INSTRUCTION', 'line'),
    valid ? fc.nat(99).map(String) : fc.constantFrom('1', '0', '', 'x', '12'),
    fc.nat(99).map(String),
  );
  return fc.record({
    head: fc.constantFrom(
      '',
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>',
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><!DOCTYPE report PUBLIC "-//JACOCO//DTD Report 1.1//EN" "report.dtd">',
      '\uFEFF<?xml version="1.0"?>',
    ),
    group: fc.boolean(),
    packages: fc.array(pkg, { maxLength: 3 }),
    counters: fc.array(counter, { maxLength: 3 }),
    eol: fc.constantFrom('', '\n', '\r\n'),
    tail: fc.constantFrom('', '<!-- end -->', ' '),
  });
}

function writeLine(l: JLine): string {
  const [mi, ci, mb, cb] = l.counts;
  return `<line nr="${l.nr}" mi="${mi}" ci="${ci}" mb="${mb}" cb="${cb}"/>`;
}

function writeDoc(d: JDoc): string {
  const e = d.eol;
  let out = `${d.head}${e}<report name="r">${e}<sessioninfo id="vm-1" start="1" dump="2"/>${e}`;
  if (d.group) out += `<group name="module">${e}`;
  for (const p of d.packages) {
    out += p.name === null ? `<package>${e}` : `<package name="${attr(p.name)}">${e}`;
    for (let c = 0; c < p.classes; c++)
      out += `<class name="C${c}" sourcefilename="A.java"><method name="m" desc="()V" line="3"><counter type="LINE" missed="1" covered="1"/></method><counter type="LINE" missed="1" covered="1"/></class>${e}`;
    for (const s of p.sources) {
      out += `<sourcefile name="${attr(s.name)}">${e}`;
      for (const l of s.lines) out += writeLine(l) + e;
      out += `<counter type="LINE" missed="5" covered="5"/></sourcefile>${e}`;
    }
    out += `<counter type="BRANCH" missed="5" covered="5"/></package>${e}`;
  }
  if (d.group) out += `<counter type="LINE" missed="9" covered="9"/></group>${e}`;
  for (const [type, missed, covered] of d.counters)
    out += `<counter type="${type}" missed="${missed}" covered="${covered}"/>${e}`;
  return `${out}</report>${e}${d.tail}`;
}

/**
 * Reports around parseJacoco's outcome limit: lines claiming many outcomes, a padding of
 * comments or of non-ASCII text that decides whether the whole text is long enough, and perhaps
 * an error after the lines (which parseJacoco never reaches when the limit stops it first).
 */
const budgetArb = fc
  .tuple(
    fc.array(fc.tuple(fc.integer({ min: 1, max: 9 }), fc.integer({ min: 0, max: 10_000 }), fc.nat(3)), {
      minLength: 1,
      maxLength: 4,
    }),
    fc.integer({ min: 0, max: 30_000 }),
    fc.constantFrom('-', 'é', '😀', '\uFEFF', '\u00ff'),
    fc.constantFrom('', '<line nr="0" mi="1" ci="0" mb="0" cb="0"/>', '<bad', '</sourcefile></x>', '&bogus;'),
    fc.boolean(),
    fc.constantFrom('', '\uFEFF'),
  )
  .map(([lines, pad, unit, error, padFirst, bom]) => {
    const padding = `<!--${unit.repeat(Math.floor(pad / unit.length))}-->`;
    const body = lines.map(
      ([nr, mb, cb]) => `<line nr="${nr}" mi="0" ci="1" mb="${mb}" cb="${Math.min(cb, mb)}"/>`,
    );
    return (
      `${bom}<?xml version="1.0"?>${padFirst ? padding : ''}<report name="r"><package name="p"><sourcefile name="A.java">` +
      `${body.join('\n')}${error}</sourcefile></package></report>${padFirst ? '' : padding}`
    );
  });

const TOKENS = [
  '<?xml version="1.0"?>',
  '<!DOCTYPE report PUBLIC "-//JACOCO//DTD Report 1.1//EN" "report.dtd">',
  '<report name="r">',
  '</report>',
  '<package name="p">',
  '<package>',
  '</package>',
  '<sourcefile name="A.java">',
  '<sourcefile name=" ">',
  '<sourcefile>',
  '</sourcefile>',
  '<line nr="1" mi="0" ci="2" mb="1" cb="1"/>',
  '<line nr="2" mi="1" ci="0" mb="0" cb="0"/>',
  '<line nr="0" mi="1" ci="0" mb="0" cb="0"/>',
  '<line nr="3" mi="x" ci="0" mb="0" cb="0"/>',
  '<line nr="4" mi="1" ci="1" mb="20000" cb="0"/>',
  '<line nr="5" mi="1" ci="1" mb="9000" cb="9"/>',
  '<counter type="LINE" missed="1" covered="2"/>',
  '<counter type="BRANCH" missed="x" covered="2"/>',
  '<group name="g">',
  '</group>',
  '<coverage>',
  '<!-- c -->',
  '&amp;',
  '<',
  '>',
  '\n',
  ' ',
  'é',
  '\uFEFF',
];
const soup = fc
  .array(fc.oneof(fc.constantFrom(...TOKENS), fc.string({ maxLength: 6 })), { maxLength: 40 })
  .map((parts) => parts.join(''));

// ------------------------------------------------------------------------------------------------

describe('JaCoCo: readCoverageStream ≡ parseCoverage, at any chunking (properties)', () => {
  it('generated reports', async () => {
    let refused = 0;
    await fc.assert(
      fc.asyncProperty(
        docArb(false),
        fc.constantFrom<Format>('auto', 'jacoco'),
        cuts,
        async (d, format, c) => {
          const text = writeDoc(d);
          const outcome = await same(encoder.encode(text), c, format);
          // A refused element is named by the '<' of its start tag; a fault of the whole report by the file.
          if ('error' in outcome && outcome.error.kind === 'InputError') {
            refused++;
            if (
              outcome.error.message.endsWith('the report claims more branch outcomes than it has characters')
            )
              expect(outcome.error.location).toEqual({ file: 'r' });
            else expect(namesTag(text, outcome.error.location), outcome.error.message).toBe(true);
          }
        },
      ),
      { numRuns: 500 },
    );
    expect(refused).toBeGreaterThan(0);
  });

  it('well-formed reports give a report', async () => {
    await fc.assert(
      fc.asyncProperty(docArb(true), cuts, async (d, c) => {
        const outcome = await same(encoder.encode(writeDoc(d)), c);
        if (d.packages.every((p) => p.sources.every((s) => s.name.trim() !== '')))
          expect(outcome).toHaveProperty('report');
      }),
      { numRuns: 300 },
    );
  });

  it('around the limit on branch outcomes: the same report or the same error', async () => {
    let limited = 0;
    let read = 0;
    await fc.assert(
      fc.asyncProperty(budgetArb, cuts, async (doc, c) => {
        const outcome = await same(encoder.encode(doc), c);
        if ('report' in outcome) read++;
        else if (outcome.error.message.includes('more branch outcomes than it has characters')) limited++;
      }),
      { numRuns: 80 },
    );
    // Both sides of the limit were reached.
    expect(limited).toBeGreaterThan(0);
    expect(read).toBeGreaterThan(0);
  });

  it('soups and arbitrary bytes: only InputError, and the same one', async () => {
    const bytes = fc.oneof(
      soup.map((s) => encoder.encode(s)),
      fc.uint8Array({ maxLength: 120 }),
      fc
        .tuple(
          fc.constantFrom('<report name="r"><package name="p"><sourcefile name="A">', '<report>'),
          fc.uint8Array({ maxLength: 60 }),
        )
        .map(([h, b]) => {
          const head = encoder.encode(h);
          const out = new Uint8Array(head.length + b.length);
          out.set(head);
          out.set(b, head.length);
          return out;
        }),
    );
    await fc.assert(
      fc.asyncProperty(bytes, fc.constantFrom<Format>('auto', 'jacoco'), cuts, async (b, format, c) => {
        await same(b, c, format);
      }),
      { numRuns: 2000 },
    );
  });

  it('every truncation gives what parseCoverage gives', async () => {
    await fc.assert(
      fc.asyncProperty(docArb(true), fc.double({ min: 0, max: 1, noNaN: true }), cuts, async (d, at, c) => {
        const bytes = encoder.encode(writeDoc(d));
        const k = Math.floor(at * bytes.length);
        const outcome = await same(bytes.slice(0, k), c, 'jacoco');
        if (k < bytes.length - 20) expect('error' in outcome).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it('JacocoStream keeps nothing of a chunk it was given', () => {
    fc.assert(
      fc.property(docArb(true), cuts, (d, [at, ones]) => {
        const bytes = encoder.encode(writeDoc(d));
        const expected = viaString(bytes, 'jacoco');
        const chunks = cut(bytes, at, ones);
        const buffer = new Uint8Array(Math.max(1, ...chunks.map((x) => x.length)));
        const reader = new JacocoStream('r');
        const actual = settle(() => {
          for (const x of chunks) {
            buffer.set(x);
            reader.write(buffer.subarray(0, x.length));
            buffer.fill(0x3c);
          }
          return reader.end();
        });
        expect(actual).toEqual(expected);
      }),
      { numRuns: 200 },
    );
  });
});

describe('Utf16Length ≡ the decoded text’s length (properties)', () => {
  const pieces = fc.oneof(
    fc.uint8Array({ maxLength: 300 }),
    fc.string({ unit: 'binary', maxLength: 200 }).map((s) => encoder.encode(s)),
    fc
      .array(fc.constantFrom('a', 'abcd', 'é', '€', '😀', '\uFEFF', '\x80', '\xff'), { maxLength: 120 })
      .map((p) => encoder.encode(p.join(''))),
  );

  it('at any chunking and any alignment of the memory', () => {
    fc.assert(
      fc.property(pieces, fc.nat(7), cuts, (bytes, shift, [at, ones]) => {
        const counter = new Utf16Length();
        for (const c of cut(bytes, at, ones)) {
          // The same bytes at another offset of a larger buffer: words are read from its 4-byte boundaries.
          const host = new Uint8Array(c.length + shift);
          host.set(c, shift);
          counter.add(host.subarray(shift));
        }
        expect(counter.total()).toBe(new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes).length);
      }),
      { numRuns: 2000 },
    );
  });

  it('long ASCII runs with a few other bytes among them', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 5000 }),
        fc.array(fc.tuple(fc.nat(5000), fc.integer({ min: 0x80, max: 0xff }))),
        (n, marks) => {
          const bytes = new Uint8Array(n).fill(0x61);
          for (const [at, v] of marks) if (at < n) bytes[at] = v;
          const counter = new Utf16Length();
          counter.add(bytes);
          expect(counter.total()).toBe(new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes).length);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('CharCounter counts the decoded code points at any chunking and alignment', () => {
    fc.assert(
      fc.property(pieces, fc.nat(7), cuts, (bytes, shift, [at, ones]) => {
        const counter = new CharCounter();
        let n = 0;
        for (const c of cut(bytes, at, ones)) {
          const host = new Uint8Array(c.length + shift + 5);
          host.set(c, shift);
          n += counter.count(host, shift, shift + c.length);
        }
        const open = counter.need > 0 ? 1 : 0;
        expect(n + open).toBe([...new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes)].length);
      }),
      { numRuns: 2000 },
    );
  });
});
