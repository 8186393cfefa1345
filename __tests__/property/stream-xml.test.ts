import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readXmlBytes, type ByteXmlReader } from '../../src/xml/bytes.js';
import { readXml, XmlError } from '../../src/xml/index.js';
import { cut, cutsArb } from '../helpers/stream-differential.js';

// The byte reader must be readXml on the decoded bytes: the same events in the same order, and on
// malformed input the same error (message, code, line, column), wherever the chunks are cut.

const encoder = new TextEncoder();
const decode = (b: Uint8Array) => new TextDecoder().decode(b);

type Event = readonly unknown[];
type Outcome = { events: Event[]; error: { message: string; code: string; location: unknown } | null };

const NAMES = ['a', 'b', 'x', 'coverage', 'line', 'number'];

function viaString(bytes: Uint8Array, max: number): Outcome {
  const events: Event[] = [];
  try {
    readXml(
      decode(bytes),
      { file: 'd.xml', maxTextLength: max },
      {
        open(name, attrs, selfClosing) {
          events.push(['open', name, Object.entries(attrs), selfClosing]);
        },
        close(name) {
          events.push(['close', name]);
        },
        text(text) {
          events.push(['text', text]);
        },
      },
    );
    return { events, error: null };
  } catch (e) {
    if (!(e instanceof XmlError)) throw e;
    return { events, error: { message: e.message, code: e.code, location: e.location } };
  }
}

function viaBytes(chunks: readonly Uint8Array[], max: number): Outcome {
  const events: Event[] = [];
  const open: string[] = [];
  let reader: ByteXmlReader | null = null;
  try {
    readXmlBytes(
      chunks,
      { file: 'd.xml', names: NAMES, maxTextLength: max },
      {
        open(id, selfClosing) {
          const r = reader!;
          const name = r.tagName();
          expect(id).toBe(NAMES.indexOf(name));
          const attrs: [string, string][] = [];
          for (let i = 0; i < r.attrCount(); i++) {
            const an = r.attrName(i);
            const v = r.value(i);
            attrs.push([an, v]);
            // digits(): the number when the value is written as 1 to 15 plain digits, else -1.
            const raw = r.valueBytes().subarray(r.valueStart(i), r.valueEnd(i));
            const plainDigits = /^\d{1,15}$/.test(new TextDecoder().decode(raw));
            expect(r.digits(i, 15)).toBe(plainDigits ? Number(v) : -1);
            expect(r.plain(i)).toBe(!raw.some((c) => c === 38 || c === 9 || c === 10 || c === 13));
            const known = NAMES.indexOf(an);
            if (known >= 0) {
              expect(r.attr(known)).toBe(i);
              expect(r.numberOf(known)).toBe(plainDigits ? Number(v) : -1);
            }
          }
          for (let k = 0; k < NAMES.length; k++)
            if (!attrs.some(([n]) => n === NAMES[k])) {
              expect(r.attr(k)).toBe(-1);
              expect(r.numberOf(k)).toBe(-1);
            }
          events.push(['open', name, attrs, selfClosing]);
          open.push(name);
        },
        close(id) {
          const name = open.pop()!;
          expect(id).toBe(NAMES.indexOf(name));
          events.push(['close', name]);
        },
        text(text) {
          events.push(['text', text]);
        },
      },
      (r) => {
        reader = r;
        r.capture = true;
      },
    );
    return { events, error: null };
  } catch (e) {
    if (!(e instanceof XmlError)) throw e;
    return { events, error: { message: e.message, code: e.code, location: e.location } };
  }
}

const cuts = cutsArb(6);

function same(bytes: Uint8Array, [at, ones]: [number[], boolean], max = 1 << 20): void {
  const expected = viaString(bytes, max);
  const actual = viaBytes(cut(bytes, at, ones), max);
  expect(actual).toEqual(expected);
}

// ---------------------------------------------------------------------------------------------
// Inputs

const tokens = [
  '<',
  '>',
  '/',
  '</',
  '/>',
  '=',
  '"',
  "'",
  '&',
  ';',
  '&amp;',
  '&lt;',
  '&#',
  '&#x',
  '&#65;',
  '&#x1F600;',
  '&#13;',
  '1',
  'F',
  'a',
  'b',
  'x',
  ' ',
  '\n',
  '\r',
  '\r\n',
  '\t',
  '<a>',
  '</a>',
  '<b x="1">',
  '<b x="1" x=\'2\'>',
  '<a b="&amp;\n&#9;c" >',
  '</b>',
  '<line number="7"/>',
  '<!--',
  '-->',
  '--',
  '<![CDATA[',
  ']]>',
  ']]',
  ']',
  '<?',
  '?>',
  '<?pi data?>',
  '<?xml version="1.0"?>',
  '<?XmL?>',
  '<!DOCTYPE a',
  '<!DOCTYPE a SYSTEM "s">',
  '<!DOCTYPE a PUBLIC "p" \'s\'>',
  '[',
  '<!ENTITY x "y">',
  'SYSTEM "u"',
  '\uFEFF',
  '\u0000',
  '😀',
  'é',
  '日',
  '\u00d7',
  '\uD800',
];
const tokenSoup = fc.array(fc.constantFrom(...tokens), { maxLength: 30 }).map((t) => t.join(''));

const names = fc.constantFrom('a', 'b', 'x', 'line', 'number', 'é', 'a:b', '日本', 'x😀', 'z\u0301');
const value = fc
  .array(
    fc.constantFrom(
      'v',
      ' ',
      '&amp;',
      '&#233;',
      '&quot;',
      '\n',
      '\t',
      '\r\n',
      "'",
      '>',
      'é',
      '😀',
      '&#x1F600;',
    ),
    {
      maxLength: 6,
    },
  )
  .map((p) => p.join(''));
const element: fc.Arbitrary<string> = fc.letrec<{ el: string; node: string }>((tie) => ({
  el: fc
    .tuple(
      names,
      fc.uniqueArray(fc.tuple(names, value), { selector: (a) => a[0], maxLength: 3 }),
      fc.array(tie('node'), { maxLength: 4 }),
      fc.constantFrom(' ', '\n', '', '\t\r\n'),
    )
    .map(([n, attrs, kids, sp]) => {
      const a = attrs
        .map(([k, v]) => ` ${k}=${v.includes('"') ? `'${v.replaceAll("'", '&apos;')}'` : `"${v}"`}`)
        .join('');
      return kids.length === 0 ? `<${n}${a}${sp}/>` : `<${n}${a}${sp}>${kids.join('')}</${n}${sp}>`;
    }),
  node: fc.oneof(
    { maxDepth: 4, depthIdentifier: 'x' },
    fc.constantFrom(
      'text',
      ' ',
      '\r\n  ',
      'a &amp; b',
      '&#10;',
      '<!-- c -->',
      '<![CDATA[ <x> ]]>',
      '<?p d?>',
      'é😀',
      '\r',
    ),
    tie('el'),
  ),
})).el;
const document = fc
  .tuple(
    fc.constantFrom('', '\uFEFF', '<?xml version="1.0"?>\n', '\uFEFF<?xml version="1.0" encoding="UTF-8"?>'),
    fc.constantFrom('', '\n', '<!-- head -->\n', '<!DOCTYPE r SYSTEM "r.dtd">\n'),
    element,
    fc.constantFrom('', '\n', '<!-- tail -->', '\n<?done?>\n'),
  )
  .map((parts) => parts.join(''));

type Mutation = readonly [kind: number, at: number, length: number, token: string];
const mutation: fc.Arbitrary<Mutation> = fc.tuple(fc.nat(3), fc.nat(), fc.nat(6), fc.constantFrom(...tokens));
function mutate(xml: string, mutations: readonly Mutation[]): string {
  let out = xml;
  for (const [kind, at, length, token] of mutations) {
    const i = out.length === 0 ? 0 : at % (out.length + 1);
    if (kind === 0) out = out.slice(0, i) + out.slice(i + length);
    else if (kind === 1) out = out.slice(0, i) + token + out.slice(i);
    else if (kind === 2) out = out.slice(0, i) + token + out.slice(i + length);
    else out = out.slice(0, i);
  }
  return out;
}
const mutated = fc
  .tuple(document, fc.array(mutation, { minLength: 1, maxLength: 3 }))
  .map(([d, m]) => mutate(d, m));

// ---------------------------------------------------------------------------------------------

describe('byte reader ≡ readXml on the decoded bytes, at any chunking (properties)', () => {
  it('well-formed documents: the same events', () => {
    fc.assert(
      fc.property(document, cuts, (xml, c) => {
        expect(viaString(encoder.encode(xml), 1 << 20).error).toBeNull();
        same(encoder.encode(xml), c);
      }),
      { numRuns: 500 },
    );
  });

  it('text cut to maxTextLength the same way', () => {
    fc.assert(
      fc.property(document, cuts, fc.nat(6), (xml, c, max) => same(encoder.encode(xml), c, max)),
      { numRuns: 300 },
    );
  });

  it('mutated and truncated documents: the same events, then the same error', () => {
    fc.assert(
      fc.property(mutated, cuts, (xml, c) => same(encoder.encode(xml), c)),
      { numRuns: 2000 },
    );
  });

  it('markup soup', () => {
    fc.assert(
      fc.property(tokenSoup, cuts, (xml, c) => same(encoder.encode(xml), c)),
      { numRuns: 2000 },
    );
  });

  it('arbitrary strings', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 80 }), cuts, (s, c) => same(encoder.encode(s), c)),
      { numRuns: 500 },
    );
  });

  it('arbitrary bytes (ill-formed UTF-8 included)', () => {
    const bytes = fc.oneof(
      fc.uint8Array({ maxLength: 80 }),
      // Markup with stray bytes spliced in, so that they land in names, values and text.
      fc
        .tuple(
          fc.oneof(document, tokenSoup),
          fc.array(fc.tuple(fc.nat(), fc.uint8Array({ minLength: 1, maxLength: 3 })), { maxLength: 3 }),
        )
        .map(([xml, splices]) => {
          let b = encoder.encode(xml);
          for (const [at, junk] of splices) {
            const i = at % (b.length + 1);
            const out = new Uint8Array(b.length + junk.length);
            out.set(b.subarray(0, i));
            out.set(junk, i);
            out.set(b.subarray(i), i + junk.length);
            b = out;
          }
          return b;
        }),
    );
    fc.assert(
      fc.property(bytes, cuts, (b, c) => same(b, c)),
      { numRuns: 2000 },
    );
  });
});

describe('byte reader: lines and columns over long lines and many chunks', () => {
  it('an error far along a single-line document, read in small chunks', () => {
    const body = '<a x="1">é😀</a>'.repeat(2000);
    const xml = `<r>${body}<a></b></r>`;
    const bytes = encoder.encode(xml);
    for (const size of [1, 7, 4096, 65536]) {
      const chunks: Uint8Array[] = [];
      for (let i = 0; i < bytes.length; i += size) chunks.push(bytes.subarray(i, i + size));
      expect(viaBytes(chunks, 1 << 20)).toEqual(viaString(bytes, 1 << 20));
    }
  });

  it('an error after many lines', () => {
    const xml = `<r>\n${'  <a/>\n'.repeat(20000)}  <b x="1" x="2"/>\n</r>`;
    const bytes = encoder.encode(xml);
    const chunks: Uint8Array[] = [];
    for (let i = 0; i < bytes.length; i += 1000) chunks.push(bytes.subarray(i, i + 1000));
    const r = viaBytes(chunks, 1 << 20);
    expect(r.error?.location).toEqual({ file: 'd.xml', line: 20002, column: 12 });
    expect(r).toEqual(viaString(bytes, 1 << 20));
  });
});
