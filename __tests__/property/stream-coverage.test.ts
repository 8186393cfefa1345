import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { XMLParser } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { CoberturaStream } from '../../src/formats/coverage/stream-cobertura.js';
import { LcovStream } from '../../src/formats/coverage/stream-lcov.js';
import type { BranchPoint, CoverageReport, FileCoverage } from '../../src/model/coverage.js';
import { fileCoverage } from '../helpers/coverage.js';
import {
  cut,
  cutsArb,
  namesTag,
  same,
  settle,
  viaStream,
  viaString,
  type Format,
} from '../helpers/stream-differential.js';

// readCoverageStream must be parseCoverage on the decoded bytes: the same report, or the same
// error (class, message, file, line, column), however the bytes are cut into chunks. On
// well-formed Cobertura it must also agree with a reading built on fast-xml-parser.

const encoder = new TextEncoder();

const cuts = cutsArb();

// ------------------------------------------------------------------------------------------------
// Cobertura documents, in the shapes real producers write

interface GLine {
  readonly number: string;
  readonly hits: string;
  /** [branch attribute, condition-coverage] */
  readonly branch: readonly [string, string] | null;
  /** gcovr: a <conditions> child, so the line is not self-closing. */
  readonly conditions: boolean;
}
interface GClass {
  readonly filename: string;
  readonly methods: readonly (readonly GLine[])[];
  readonly lines: readonly GLine[];
}
interface GDoc {
  readonly head: string;
  readonly sources: readonly string[];
  readonly packages: readonly (readonly GClass[])[];
  readonly declared: readonly [string, string] | null;
  readonly eol: string;
  readonly indent: string;
  readonly comments: boolean;
}

const attr = (s: string) =>
  s
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/"/g, '&quot;')
    .replace(/\t/g, '&#9;')
    .replace(/\n/g, '&#10;');
const text = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** `valid`: only values every reader reads the same (plain digits, well-formed conditions). */
function lineArb(valid: boolean): fc.Arbitrary<GLine> {
  const number = valid
    ? fc.integer({ min: 1, max: 40 }).map(String)
    : fc.oneof(
        fc.integer({ min: 1, max: 40 }).map(String),
        fc.constantFrom('0', '007', '', 'x', ' 3', '12345678901', '9999999999', '&#49;2'),
      );
  const hits = valid
    ? fc.oneof(fc.nat(5), fc.nat({ max: 2 ** 31 }), fc.constant(2 ** 40)).map(String)
    : fc.oneof(
        fc.nat(5).map(String),
        fc.constantFrom(
          '1e3',
          '12345678901234567890',
          '98765432109876543210',
          '9007199254740993',
          '999999999999999',
          '1234567890123456',
          '-1',
          '1.5',
          '',
          '0x1',
        ),
      );
  const condition = valid
    ? fc
        .tuple(fc.nat(4), fc.integer({ min: 1, max: 4 }))
        .map(([c, t]) => [Math.min(c, t), t])
        .map(([c, t]) => `${Math.round((c! / t!) * 100)}% (${c}/${t})`)
    : fc.constantFrom('50% (1/2)', ' 50.5%  (1/2) x', 'bad', '100% (3/2)', '0% (0/20000)', '33% (01/3)');
  const branch = fc.option(
    fc.tuple(
      valid ? fc.constantFrom('true', 'True', 'false') : fc.constantFrom('true', 'TRUE', 'tru&#101;', 'no'),
      condition,
    ),
  );
  return fc.record({ number, hits, branch, conditions: fc.boolean() });
}

const filenameArb = fc.oneof(
  fc.constantFrom('a.py', 'src/b.ts', 'pkg/c.py', 'é/ü.py', 'x&y<z>.c', 'q"uote.js', '  spaced.py '),
  fc.string({ unit: 'grapheme', minLength: 1, maxLength: 8 }).filter((s) => s.trim() !== ''),
);

function docArb(valid: boolean): fc.Arbitrary<GDoc> {
  const cls = fc.record({
    filename: filenameArb,
    methods: fc.array(fc.array(lineArb(valid), { maxLength: 3 }), { maxLength: 2 }),
    lines: fc.array(lineArb(valid), { maxLength: 8 }),
  });
  return fc.record({
    head: fc.constantFrom(
      '',
      '<?xml version="1.0" ?>',
      "<?xml version='1.0' encoding='UTF-8'?>",
      '\uFEFF<?xml version="1.0"?>',
      '<?xml version="1.0" ?>\n<!DOCTYPE coverage SYSTEM "http://cobertura.sourceforge.net/xml/coverage-04.dtd">',
    ),
    sources: fc.array(fc.constantFrom('/r/src', ' . ', '', 'C:\\w\\r', '/home/é & co'), { maxLength: 2 }),
    packages: fc.array(fc.array(cls, { maxLength: 3 }), { maxLength: 3 }),
    declared: fc.option(fc.tuple(fc.nat(99).map(String), fc.nat(99).map(String))),
    eol: fc.constantFrom('\n', '\r\n', ''),
    indent: fc.constantFrom('\t', '  ', ''),
    comments: fc.boolean(),
  });
}

function writeLine(l: GLine, pad: string, eol: string): string {
  const b = l.branch ? ` branch="${l.branch[0]}" condition-coverage="${l.branch[1]}"` : '';
  const open = `${pad}<line number="${l.number}" hits="${l.hits}"${b}`;
  if (!l.conditions) return `${open}/>${eol}`;
  return `${open}>${eol}${pad}  <conditions><condition number="0" type="jump" coverage="50%"/></conditions>${eol}${pad}</line>${eol}`;
}

function writeDoc(d: GDoc): string {
  const { eol, indent: i } = d;
  const pad = (n: number) => i.repeat(n);
  let out = d.head + eol;
  const declared = d.declared ? ` lines-covered="${d.declared[0]}" lines-valid="${d.declared[1]}"` : '';
  out += `<coverage version="7.4"${declared} branches-covered="1" branches-valid="2">${eol}`;
  if (d.comments) out += `${pad(1)}<!-- Generated by a test -->${eol}`;
  out += `${pad(1)}<sources>${eol}`;
  for (const s of d.sources) out += `${pad(2)}<source>${text(s)}</source>${eol}`;
  out += `${pad(1)}</sources>${eol}${pad(1)}<packages>${eol}`;
  d.packages.forEach((classes, p) => {
    out += `${pad(2)}<package name="p${p}">${eol}${pad(3)}<classes>${eol}`;
    for (const c of classes) {
      out += `${pad(4)}<class name="${attr(c.filename)}" filename="${attr(c.filename)}" line-rate="1">${eol}`;
      if (c.methods.length === 0) out += `${pad(5)}<methods/>${eol}`;
      else {
        out += `${pad(5)}<methods>${eol}`;
        c.methods.forEach((lines, m) => {
          out += `${pad(6)}<method name="m${m}" signature="()V">${eol}${pad(7)}<lines>${eol}`;
          for (const l of lines) out += writeLine(l, pad(8), eol);
          out += `${pad(7)}</lines>${eol}${pad(6)}</method>${eol}`;
        });
        out += `${pad(5)}</methods>${eol}`;
      }
      out += `${pad(5)}<lines>${eol}`;
      for (const l of c.lines) out += writeLine(l, pad(6), eol);
      out += `${pad(5)}</lines>${eol}${pad(4)}</class>${eol}`;
    }
    out += `${pad(3)}</classes>${eol}${pad(2)}</package>${eol}`;
  });
  out += `${pad(1)}</packages>${eol}</coverage>${eol}`;
  if (d.comments) out += `<!-- end -->${eol}`;
  return out;
}

// ------------------------------------------------------------------------------------------------
// A Cobertura reading built on fast-xml-parser, written independently of the readers under test

const fxp = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '',
  processEntities: true,
  htmlEntities: true,
  preserveOrder: true,
  trimValues: false,
  parseTagValue: false,
  parseAttributeValue: false,
});

type Ordered = Record<string, unknown>;

function fxpReading(xml: string, file: string): CoverageReport {
  const nodes = fxp.parse(xml) as Ordered[];
  const tagOf = (n: Ordered) => Object.keys(n).find((k) => k !== ':@')!;
  const root = nodes.find((n) => !tagOf(n).startsWith('?') && tagOf(n) !== '#text')!;
  expect(tagOf(root)).toBe('coverage');
  const attrsOf = (n: Ordered) => (n[':@'] ?? {}) as Record<string, string>;
  const kids = (n: Ordered) => n[tagOf(n)] as Ordered[];
  const textOf = (n: Ordered): string =>
    tagOf(n) === '#text' ? String(n['#text']) : kids(n).map(textOf).join('');

  const files = new Map<string, { hits: Map<number, number>; outcomes: Map<number, number[]> }>();
  const roots: string[] = [];
  const walk = (n: Ordered, cls: string | null, inMethods: boolean): void => {
    const tag = tagOf(n);
    if (tag === '#text') return;
    const a = attrsOf(n);
    if (tag === 'source') {
      const s = textOf(n).trim();
      if (s !== '') roots.push(s);
      return;
    }
    if (tag === 'class') cls = a['filename']!.trim();
    if (tag === 'methods' && cls !== null) inMethods = true;
    if (tag === 'line' && cls !== null && !inMethods) {
      let f = files.get(cls);
      if (!f) files.set(cls, (f = { hits: new Map(), outcomes: new Map() }));
      const line = Number(a['number']);
      f.hits.set(line, (f.hits.get(line) ?? 0) + Number(a['hits']));
      const m = /\((\d+)\/(\d+)\)/.exec(a['condition-coverage'] ?? '');
      if (a['branch']?.toLowerCase() === 'true' && m) {
        const o = f.outcomes.get(line) ?? [];
        for (let i = 0; i < Number(m[2]); i++) o[i] = (o[i] ?? 0) + (i < Number(m[1]) ? 1 : 0);
        f.outcomes.set(line, o);
      }
    }
    for (const k of kids(n)) walk(k, cls, inMethods);
  };
  walk(root, null, false);

  const ra = attrsOf(root);
  const count = (s: string | undefined) => (s !== undefined && /^\d+$/.test(s) ? Number(s) : null);
  const lc = count(ra['lines-covered']);
  const lv = count(ra['lines-valid']);
  const bc = count(ra['branches-covered']);
  const bv = count(ra['branches-valid']);
  const out: FileCoverage[] = [...files.entries()].map(([p, f]) => {
    const lines = [...f.hits.keys()].sort((x, y) => x - y);
    const branches: BranchPoint[] = [...f.outcomes.entries()]
      .sort((x, y) => x[0] - y[0])
      .map(([line, outcomes]) => ({ line, outcomes }));
    return fileCoverage({ path: p, lines, hits: lines.map((l) => f.hits.get(l)!), branches });
  });
  // Classes with no counted line are files too.
  const walkClasses = (n: Ordered): void => {
    if (tagOf(n) === '#text') return;
    if (tagOf(n) === 'class') {
      const p = attrsOf(n)['filename']!.trim();
      if (!out.some((f) => f.path === p)) out.push(fileCoverage({ path: p, lines: [], hits: [] }));
    }
    kids(n).forEach(walkClasses);
  };
  walkClasses(root);
  out.sort((x, y) => (x.path < y.path ? -1 : x.path > y.path ? 1 : 0));
  return {
    sources: [
      {
        file,
        format: 'cobertura',
        roots,
        declared: {
          ...(lc !== null && lv !== null ? { lines: { covered: lc, total: lv } } : {}),
          ...(bc !== null && bv !== null ? { branches: { covered: bc, total: bv } } : {}),
        },
      },
    ],
    files: out,
  };
}

// ------------------------------------------------------------------------------------------------
// LCOV documents

const LCOV_KEYS = [
  'TN:',
  'TN:x',
  'VER:2.0',
  'FN:3,f',
  'FNDA:1,f',
  'FNF:1',
  'FNH:1',
  'FNL:0,3,4',
  'MCDC:1,2,t,1,0,x',
];

const lcovLineArb = fc.oneof(
  {
    weight: 6,
    arbitrary: fc
      .tuple(fc.integer({ min: 1, max: 30 }), fc.oneof(fc.nat(4), fc.nat()))
      .map(([l, h]) => `DA:${l},${h}`),
  },
  {
    weight: 4,
    arbitrary: fc
      .tuple(
        fc.integer({ min: 0, max: 30 }),
        fc.nat(2),
        fc.nat(3),
        fc.oneof(fc.constant('-'), fc.nat(5).map(String)),
      )
      .map(([l, b, r, t]) => `BRDA:${l},${b},${r},${t}`),
  },
  { weight: 2, arbitrary: fc.constantFrom(...LCOV_KEYS) },
  {
    weight: 1,
    arbitrary: fc.constantFrom(
      'DA:1,2,abc',
      'DA: 4 , 5 ',
      'DA:007,1',
      'DA:1,1e3',
      'DA:1,12345678901234567890',
      'DA:1,1234567890123456',
      'DA:12345678901,1',
      'BRDA:1,0,jump to,1',
      'BRDA:2,01,0,1',
      'BRDA:2, 0,0,1',
      'BRDA:00,0,0,1',
      'BRDA:3,0,0,-5',
      'BRDA:4,e1,(a, b),2',
      'BRDA:5,12345678,0,1',
      'LF:3',
      'LH:2',
      'BRF:4',
      'BRH:1',
      '   ',
      '\u00a0',
      'fn:lower',
      ' DA:1,1',
      'end_of_record ',
    ),
  },
);
const lcovRecordArb = fc
  .tuple(
    fc.option(fc.constantFrom('TN:', 'TN:unit')),
    fc.constantFrom('a.c', 'b/c.py', '/abs/d.ts', ' e.js ', 'é.c'),
    fc.array(lcovLineArb, { maxLength: 10 }),
  )
  .map(([tn, sf, body]) => [...(tn === null ? [] : [tn]), `SF:${sf}`, ...body, 'end_of_record']);
const lcovDocArb = fc
  .tuple(
    fc.array(lcovRecordArb, { minLength: 1, maxLength: 4 }),
    fc.constantFrom('\n', '\r\n'),
    fc.constantFrom('', '\n', '\n\n', '\r'),
    fc.constantFrom('', '\uFEFF', '\uFEFF\uFEFF'),
  )
  .map(([records, eol, tail, bom]) => bom + records.flat().join(eol) + tail);

/**
 * One report written as several test names' records (geninfo's TN: blocks): the same outcomes
 * again in each record, in varying order, so that outcome numbering across records matters.
 */
const splitLcovArb = fc
  .tuple(
    fc.uniqueArray(fc.constantFrom('a.c', 'b.c', 'c/d.py'), { minLength: 1, maxLength: 3 }),
    fc.array(
      fc.tuple(
        fc.integer({ min: 0, max: 9 }),
        fc.nat(2),
        fc.nat(3),
        fc.oneof(fc.constant('-'), fc.nat(3).map(String)),
      ),
      { minLength: 1, maxLength: 12 },
    ),
    fc.array(fc.tuple(fc.integer({ min: 1, max: 9 }), fc.nat(3)), { maxLength: 8 }),
    fc.integer({ min: 2, max: 3 }),
    fc.array(fc.nat(), { minLength: 12, maxLength: 12 }),
  )
  .map(([paths, brda, da, copies, order]) => {
    const out: string[] = [];
    for (let c = 0; c < copies; c++)
      for (const p of paths) {
        out.push(`TN:t${c}`, `SF:${p}`);
        for (const [l, h] of da) out.push(`DA:${l},${h + c}`);
        // Each copy lists the outcomes rotated: first appearance decides the numbering.
        const shift = order[c]! % brda.length;
        const rotated = [...brda.slice(shift), ...brda.slice(0, shift)];
        for (const [l, b, r, t] of rotated) out.push(`BRDA:${l},${b},${r},${t}`);
        out.push('end_of_record');
      }
    return out.join('\n') + '\n';
  });

const lcovSoup = fc
  .array(
    fc.oneof(
      lcovLineArb,
      fc.constantFrom('SF:a.c', 'SF:b.c', 'SF:', 'end_of_record', 'TN:', ''),
      fc.string({ maxLength: 10 }),
    ),
    {
      maxLength: 25,
    },
  )
  .chain((lines) => fc.constantFrom('\n', '\r\n', '\r').map((eol) => lines.join(eol)));

const XML_TOKENS = [
  '<?xml version="1.0"?>',
  '<coverage lines-valid="2" lines-covered="1">',
  '<coverage>',
  '</coverage>',
  '<sources>',
  '<source>/r</source>',
  '<source> a &amp; b </source>',
  '</sources>',
  '<packages>',
  '<class name="a" filename="a.py">',
  '<class name="b">',
  '<class filename=" ">',
  '</class>',
  '<methods>',
  '<methods/>',
  '</methods>',
  '<lines>',
  '</lines>',
  '<line number="1" hits="1"/>',
  '<line number="2" hits="0" branch="true" condition-coverage="50% (1/2)"/>',
  '<line number="3" hits="x"/>',
  '<line number="0" hits="1"/>',
  '<line hits="1"/>',
  '<line number="4" hits="1" branch="True" condition-coverage="bad"/>',
  '<line number="5" hits="1" branch="true" condition-coverage="0% (0/20000)"/>',
  '<line number="6" hits="1" branch="true" condition-coverage="100% (3/2)"/>',
  '<line number="7" number="7" hits="1"/>',
  '<!-- c -->',
  '<![CDATA[x]]>',
  '&amp;',
  '&bogus;',
  '<!DOCTYPE coverage>',
  '<',
  '>',
  '\n',
  ' ',
  'é',
  '\uFEFF',
];
const xmlSoup = fc
  .array(fc.oneof(fc.constantFrom(...XML_TOKENS), fc.string({ maxLength: 6 })), { maxLength: 40 })
  .map((parts) => parts.join(''));

// ------------------------------------------------------------------------------------------------

describe('readCoverageStream ≡ parseCoverage, at any chunking (properties)', () => {
  it('generated Cobertura documents', async () => {
    let refused = 0;
    await fc.assert(
      fc.asyncProperty(docArb(false), cuts, async (d, c) => {
        const text = writeDoc(d);
        const outcome = await same(encoder.encode(text), c);
        // A refused element is named by the '<' of its start tag.
        if ('error' in outcome && outcome.error.kind === 'InputError') {
          refused++;
          expect(namesTag(text, outcome.error.location), outcome.error.message).toBe(true);
        }
      }),
      { numRuns: 400 },
    );
    expect(refused).toBeGreaterThan(0);
  });

  it('generated LCOV documents', async () => {
    await fc.assert(
      fc.asyncProperty(lcovDocArb, cuts, async (doc, c) => {
        await same(encoder.encode(doc), c);
      }),
      { numRuns: 600 },
    );
  });

  it('LCOV with the same outcomes in several records (test names)', async () => {
    await fc.assert(
      fc.asyncProperty(splitLcovArb, cuts, async (doc, c) => {
        expect(await same(encoder.encode(doc), c)).toHaveProperty('report');
      }),
      { numRuns: 400 },
    );
  });

  it('with the format forced', async () => {
    const docs = fc.oneof(
      docArb(false).map(writeDoc),
      lcovDocArb,
      fc.constantFrom('', '  \n', '\u00a0\u3000', '\uFEFF'),
    );
    await fc.assert(
      fc.asyncProperty(docs, fc.constantFrom<Format>('cobertura', 'lcov'), cuts, async (doc, format, c) => {
        await same(encoder.encode(doc), c, format);
      }),
      { numRuns: 400 },
    );
  });

  it('soups, arbitrary strings and arbitrary bytes: only InputError, and the same one', async () => {
    const bytes = fc.oneof(
      xmlSoup.map((s) => encoder.encode(s)),
      lcovSoup.map((s) => encoder.encode(s)),
      fc.string({ unit: 'binary', maxLength: 120 }).map((s) => encoder.encode(s)),
      fc.uint8Array({ maxLength: 120 }),
      fc
        .tuple(fc.constantFrom('<coverage>', 'SF:a\nDA:1,1\n', '<'), fc.uint8Array({ maxLength: 60 }))
        .map(([h, b]) => {
          const head = encoder.encode(h);
          const out = new Uint8Array(head.length + b.length);
          out.set(head);
          out.set(b, head.length);
          return out;
        }),
    );
    await fc.assert(
      fc.asyncProperty(
        bytes,
        fc.constantFrom<Format>('auto', 'cobertura', 'lcov'),
        cuts,
        async (b, format, c) => {
          await same(b, c, format);
        },
      ),
      { numRuns: 3000 },
    );
  });

  it('every truncation of a generated report is an error (Cobertura) or complete records (LCOV), as parseCoverage says', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(docArb(true).map(writeDoc), lcovDocArb),
        fc.double({ min: 0, max: 1, noNaN: true }),
        cuts,
        async (doc, at, c) => {
          const bytes = encoder.encode(doc);
          const k = Math.floor(at * bytes.length);
          const outcome = await same(bytes.slice(0, k), c);
          const end = doc.lastIndexOf('</coverage>');
          if (end !== -1 && k < encoder.encode(doc.slice(0, end + '</coverage>'.length)).length)
            expect('error' in outcome).toBe(true);
        },
      ),
      { numRuns: 600 },
    );
  });
});

describe('the streaming readers copy what they keep of a chunk (properties)', () => {
  /** Writes the chunks through one buffer, overwritten after each write. */
  function throughOneBuffer(
    reader: { write(c: Uint8Array): void; end(): CoverageReport },
    chunks: Uint8Array[],
  ) {
    const buffer = new Uint8Array(Math.max(1, ...chunks.map((c) => c.length)));
    return settle(() => {
      for (const c of chunks) {
        buffer.set(c);
        reader.write(buffer.subarray(0, c.length));
        buffer.fill(0x3c);
      }
      return reader.end();
    });
  }

  it('Cobertura and LCOV', () => {
    fc.assert(
      fc.property(
        fc.oneof(docArb(false).map(writeDoc), lcovDocArb, splitLcovArb),
        cuts,
        (doc, [at, ones]) => {
          const bytes = encoder.encode(doc);
          const expected = viaString(bytes, 'auto');
          const reader = doc.includes('<coverage') ? new CoberturaStream('r') : new LcovStream('r');
          if ('report' in expected) expect(throughOneBuffer(reader, cut(bytes, at, ones))).toEqual(expected);
        },
      ),
      { numRuns: 400 },
    );
  });
});

describe('readCoverageStream ≡ a fast-xml-parser reading on well-formed Cobertura (properties)', () => {
  it('the same report', async () => {
    await fc.assert(
      fc.asyncProperty(docArb(true), cuts, async (d, c) => {
        const xml = writeDoc(d);
        const outcome = await viaStream(cut(encoder.encode(xml), ...c), 'auto');
        expect(outcome).toEqual({ report: fxpReading(xml, 'r') });
      }),
      { numRuns: 400 },
    );
  });
});

// ------------------------------------------------------------------------------------------------

const here = path.dirname(new URL(import.meta.url).pathname);
const fixtureRoots = [path.join(here, '../fixtures/coverage'), path.join(here, '../../examples/reports')];
/** Report files of the fixture folders (not the projects they were produced from). */
const fixtures = fixtureRoots.flatMap((root) =>
  readdirSync(root, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(root, e.name);
    if (e.isFile()) return [p];
    if (!e.isDirectory()) return [];
    return readdirSync(p)
      .map((f) => path.join(p, f))
      .filter((f) => statSync(f).isFile());
  }),
);
const coverageFixtures = fixtures.filter(
  (f) => /\.(xml|info|lcov)$/.test(f) && !/clover|jacoco|junit/.test(f),
);

describe('real reports', () => {
  it('finds the fixtures', () => {
    expect(coverageFixtures.length).toBeGreaterThanOrEqual(7);
  });

  for (const f of fixtures) {
    const rel = path.relative(path.join(here, '../..'), f);
    it(`${rel}: the same outcome in 1-byte, random and whole chunks`, async () => {
      const bytes = new Uint8Array(readFileSync(f));
      const expected = viaString(bytes, 'auto');
      if (coverageFixtures.includes(f)) expect(expected).toHaveProperty('report');
      expect(await viaStream(cut(bytes, [], true), 'auto')).toEqual(expected);
      expect(await viaStream([bytes], 'auto')).toEqual(expected);
      await fc.assert(
        fc.asyncProperty(cuts, async (c) => {
          expect(await viaStream(cut(bytes, ...c), 'auto')).toEqual(expected);
        }),
        { numRuns: 30 },
      );
    });
  }

  for (const f of coverageFixtures) {
    const rel = path.relative(path.join(here, '../..'), f);
    it(`${rel}: every truncation gives what parseCoverage gives (an error inside the report)`, async () => {
      const bytes = new Uint8Array(readFileSync(f));
      const whole = viaString(bytes, 'auto');
      let errors = 0;
      for (let k = 0; k < bytes.length; k++) {
        const prefix = bytes.subarray(0, k);
        const expected = viaString(prefix, 'auto');
        if ('error' in expected) errors++;
        const chunks = k % 3 === 0 ? [prefix] : cut(prefix, [0.25, 0.5, 0.75], false);
        const actual = await viaStream(chunks, 'auto');
        if (JSON.stringify(actual) !== JSON.stringify(expected))
          expect(actual, `cut at ${k}`).toEqual(expected);
      }
      expect(errors).toBeGreaterThan(bytes.length / 2);
      expect(whole).toHaveProperty('report');
    });
  }
});
