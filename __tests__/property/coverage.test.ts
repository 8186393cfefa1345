import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseLcov } from '../../src/formats/coverage/lcov.js';
import { parseCobertura } from '../../src/formats/coverage/cobertura.js';
import { parseCoverage } from '../../src/formats/coverage/detect.js';
import { writeCobertura } from '../../src/formats/coverage/cobertura-write.js';
import { analyzeGaps } from '../../src/analysis/gaps.js';
import { ratio, sum, totals, type CoverageTotals } from '../../src/analysis/totals.js';
import { InputError } from '../../src/model/errors.js';
import type { CoverageReport, FileCoverage } from '../../src/model/coverage.js';
import { fileCoverage } from '../helpers/coverage.js';

// ------------------------------------------------------------------------------------------------
// Generators

const fileArb = (path: string): fc.Arbitrary<FileCoverage> =>
  fc
    .record({
      lines: fc.uniqueArray(fc.integer({ min: 1, max: 60 }), { maxLength: 12 }),
      hits: fc.array(fc.oneof(fc.nat({ max: 3 }), fc.nat({ max: 2 ** 40 })), {
        minLength: 12,
        maxLength: 12,
      }),
      branches: fc.uniqueArray(
        fc.record({
          line: fc.integer({ min: 0, max: 60 }),
          outcomes: fc.array(fc.nat({ max: 5 }), { minLength: 1, maxLength: 5 }),
        }),
        { selector: (b) => b.line, maxLength: 5 },
      ),
    })
    .map(({ lines, hits, branches }) => {
      const sorted = [...lines].sort((a, b) => a - b);
      return fileCoverage({
        path,
        lines: sorted,
        hits: sorted.map((_, i) => hits[i]!),
        branches: [...branches].sort((a, b) => a.line - b.line),
      });
    });

/** Report paths as producers write them: anything on one line, no surrounding whitespace. */
const pathArb = fc
  .string({ unit: 'grapheme', minLength: 1, maxLength: 20 })
  .map((s) => s.replace(/[\r\n]/g, '_').trim())
  .filter((s) => s !== '');

const byPath = (x: FileCoverage, y: FileCoverage) => (x.path < y.path ? -1 : x.path > y.path ? 1 : 0);

const reportArb: fc.Arbitrary<CoverageReport> = fc
  .uniqueArray(pathArb, { maxLength: 4 })
  .chain((paths) => fc.tuple(...paths.map(fileArb)))
  .map((files) => ({ sources: [], files: [...files].sort(byPath) }));

// ------------------------------------------------------------------------------------------------
// A tiny LCOV writer, in the shape geninfo writes

interface LcovStyle {
  /** Write a zero `taken` as `-` (never reached) rather than `0`. */
  readonly dashForZero: boolean;
  readonly crlf: boolean;
  /** Split each file into two records (two test names), hits divided between them. */
  readonly split: boolean;
}

function serializeLcov(report: CoverageReport, style: LcovStyle): string {
  const out: string[] = [];
  const record = (f: FileCoverage, part: (h: number) => number, tn: string) => {
    out.push(`TN:${tn}`, `SF:${f.path}`);
    f.lines.forEach((l, i) => out.push(`DA:${l},${part(f.hits[i]!)}`));
    for (const b of f.branches)
      b.outcomes.forEach((h, i) => {
        const taken = part(h);
        out.push(`BRDA:${b.line},0,${i},${taken === 0 && style.dashForZero ? '-' : taken}`);
      });
    out.push(`LF:${f.lines.length}`, `LH:${f.hits.filter((h) => part(h) > 0).length}`, 'end_of_record');
  };
  for (const f of report.files) {
    if (style.split) {
      record(f, (h) => Math.floor(h / 2), 'first');
      record(f, (h) => h - Math.floor(h / 2), 'second');
    } else record(f, (h) => h, '');
  }
  return out.join(style.crlf ? '\r\n' : '\n') + (style.crlf ? '\r\n' : '\n');
}

const styleArb = fc.record({ dashForZero: fc.boolean(), crlf: fc.boolean(), split: fc.boolean() });

/** Thrown values other than InputError are bugs: rethrow them so fast-check reports them. */
function onlyInputErrors(fn: () => unknown): { ok: true; value: unknown } | { ok: false; error: InputError } {
  try {
    return { ok: true, value: fn() };
  } catch (e) {
    if (e instanceof InputError) return { ok: false, error: e };
    throw e;
  }
}

/** The model's invariants, checked on whatever a parser returns. */
function checkModel(r: CoverageReport): void {
  const paths = r.files.map((f) => f.path);
  expect(new Set(paths).size).toBe(paths.length);
  for (const f of r.files) {
    expect(f.hits.length).toBe(f.lines.length);
    for (let i = 1; i < f.lines.length; i++) expect(f.lines[i]!).toBeGreaterThan(f.lines[i - 1]!);
    for (const h of f.hits) expect(Number.isSafeInteger(h) && h >= 0).toBe(true);
    for (let i = 1; i < f.branches.length; i++)
      expect(f.branches[i]!.line).toBeGreaterThan(f.branches[i - 1]!.line);
    for (const b of f.branches)
      for (const h of b.outcomes) expect(Number.isSafeInteger(h) && h >= 0).toBe(true);
  }
}

// ------------------------------------------------------------------------------------------------

describe('LCOV round trip (properties)', () => {
  it('parseLcov(serialize(report)) is the report: every line, hit and outcome', () => {
    fc.assert(
      fc.property(reportArb, styleArb, (report, style) => {
        const text = serializeLcov(report, style);
        // A report with no files serializes to nothing, which is not an LCOV file.
        fc.pre(report.files.length > 0);
        const back = parseLcov(text, 'r.info');
        expect(back.files).toEqual(report.files);
        if (!style.split) {
          const t = totals(report);
          expect(back.sources[0]!.declared!.lines).toEqual({
            covered: t.lines.covered,
            total: t.lines.total,
          });
        }
      }),
    );
  });

  it('the Cobertura writer round-trips whatever has its branch points on listed lines', () => {
    // Any path at all, control characters and tabs included; XML cannot carry some of them.
    const xmlSafe = (p: string) =>
      // eslint-disable-next-line no-control-regex
      p.replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, '\uFFFD');
    const anyPath = fc
      .string({ unit: 'binary', minLength: 1, maxLength: 16 })
      .filter((p) => p.trim() === p && p !== '');
    const arb = fc
      .uniqueArray(anyPath, { maxLength: 4, selector: xmlSafe })
      .chain((paths) => fc.tuple(...paths.map(fileArb)))
      .map((files) => ({ sources: [], files: [...files].sort(byPath) }));
    fc.assert(
      fc.property(arb, (raw) => {
        // Cobertura carries a branch only on a <line>: keep the points the format can express.
        const report: CoverageReport = {
          sources: [],
          files: raw.files.map((f) => ({
            ...f,
            branches: f.branches.filter((b) => f.lines.includes(b.line)),
          })),
        };
        const back = parseCobertura(writeCobertura(report, { timestamp: 0, version: 'p' }), 'c.xml');
        expect(totals(back).lines).toEqual(totals(report).lines);
        expect(totals(back).branches).toEqual(totals(report).branches);
        const expected = report.files
          .map((f) => ({ ...f, path: xmlSafe(f.path) }))
          .sort(byPath)
          .map((f) => [
            f.path,
            f.lines,
            f.hits,
            f.branches.map((b) => [b.line, b.outcomes.filter((h) => h > 0).length, b.outcomes.length]),
          ]);
        expect(
          back.files.map((f) => [
            f.path,
            f.lines,
            f.hits,
            f.branches.map((b) => [b.line, b.outcomes.filter((h) => h > 0).length, b.outcomes.length]),
          ]),
        ).toEqual(expected);
      }),
      { numRuns: 500 },
    );
  });
});

// ------------------------------------------------------------------------------------------------

const LCOV_TOKENS = [
  'TN:',
  'TN:x',
  'SF:a.c',
  'SF:b.c',
  'SF:',
  'DA:1,1',
  'DA:2,0',
  'DA:3,1,abc',
  'DA:x,1',
  'DA:1',
  'DA:1,-1',
  'BRDA:1,0,0,-',
  'BRDA:1,0,1,3',
  'BRDA:0,0,0,1',
  'BRDA:1,0',
  'LF:2',
  'LH:x',
  'BRF:1',
  'FN:1,f',
  'end_of_record',
  '',
  ' ',
];
const lcovSoup = fc
  .tuple(
    fc.array(fc.oneof(fc.constantFrom(...LCOV_TOKENS), fc.string({ maxLength: 12 })), { maxLength: 30 }),
    fc.constantFrom('\n', '\r\n'),
  )
  .map(([parts, eol]) => parts.join(eol));

const XML_TOKENS = [
  '<?xml version="1.0"?>',
  '<coverage lines-valid="2" lines-covered="1">',
  '<coverage>',
  '</coverage>',
  '<sources>',
  '<source>/r</source>',
  '</sources>',
  '<packages>',
  '<package name="p">',
  '<classes>',
  '<class name="a" filename="a.py">',
  '<class name="b">',
  '</class>',
  '<methods>',
  '</methods>',
  '<method name="m">',
  '</method>',
  '<lines>',
  '</lines>',
  '<line number="1" hits="1"/>',
  '<line number="2" hits="0" branch="true" condition-coverage="50% (1/2)"/>',
  '<line number="3" hits="x"/>',
  '<line number="0" hits="1"/>',
  '<line number="4" hits="1" branch="True" condition-coverage="bad"/>',
  '<line number="5" hits="1" branch="true" condition-coverage="0% (0/20000)"/>',
  '<!-- c -->',
  '<![CDATA[x]]>',
  '&amp;',
  '&bogus;',
  '<!DOCTYPE coverage>',
  '<',
  '>',
];
const xmlSoup = fc
  .array(fc.oneof(fc.constantFrom(...XML_TOKENS), fc.string({ maxLength: 8 })), { maxLength: 40 })
  .map((parts) => parts.join(''));

describe('parsers on arbitrary input throw only InputError (properties)', () => {
  const anyText = fc.oneof(fc.string({ unit: 'binary', maxLength: 200 }), fc.string({ maxLength: 200 }));

  it('parseLcov: arbitrary strings and LCOV-like soup', () => {
    fc.assert(
      fc.property(fc.oneof(anyText, lcovSoup), (text) => {
        const r = onlyInputErrors(() => parseLcov(text, 'x.info'));
        if (r.ok) checkModel(r.value as CoverageReport);
      }),
      { numRuns: 1000 },
    );
  });

  it('parseCobertura: arbitrary strings and Cobertura-like soup', () => {
    fc.assert(
      fc.property(fc.oneof(anyText, xmlSoup), (text) => {
        const r = onlyInputErrors(() => parseCobertura(text, 'x.xml'));
        if (r.ok) checkModel(r.value as CoverageReport);
      }),
      { numRuns: 1000 },
    );
  });

  it('parseCoverage (detection included)', () => {
    fc.assert(
      fc.property(fc.oneof(anyText, lcovSoup, xmlSoup), (text) => {
        const r = onlyInputErrors(() => parseCoverage(text, 'x'));
        if (r.ok) checkModel(r.value as CoverageReport);
      }),
      { numRuns: 1000 },
    );
  });
});

// ------------------------------------------------------------------------------------------------

const fixture = (rel: string) =>
  readFileSync(new URL(`../fixtures/coverage/${rel}`, import.meta.url), 'utf8');
const LCOV_FIXTURES = ['c8/lcov.info', 'lcov/coverage.info', 'pytest-cov/coverage.lcov'];
const XML_FIXTURES = ['c8/cobertura-coverage.xml', 'gcovr/coverage.xml', 'pytest-cov/coverage.xml'];

/**
 * A cut right after an `end_of_record` (plus blank space) leaves a complete LCOV file with fewer
 * records: nothing in LCOV can tell it from a shorter report. Every other cut is an error.
 */
const atRecordBoundary = (prefix: string) => /(^|\n)end_of_record\s*$/.test(prefix);

describe('a truncated real report is an error, never partial data', () => {
  for (const rel of LCOV_FIXTURES) {
    it(`${rel}: at every cut position`, () => {
      const text = fixture(rel);
      const full = parseLcov(text, rel);
      let boundaries = 0;
      for (let k = 0; k < text.length; k++) {
        const prefix = text.slice(0, k);
        const r = onlyInputErrors(() => parseLcov(prefix, rel));
        if (atRecordBoundary(prefix)) {
          boundaries++;
          // The records before the cut, exactly as in the full file.
          expect(r.ok, `cut at ${k}`).toBe(true);
          const part = (r as { value: CoverageReport }).value;
          const records = prefix.match(/(^|\n)end_of_record/g)!.length;
          expect(part.files.length, `cut at ${k}`).toBe(records);
          for (const f of part.files) expect(f).toEqual(full.files.find((g) => g.path === f.path));
        } else {
          expect(r.ok, `cut at ${k}: ${JSON.stringify(prefix.slice(-30))}`).toBe(false);
        }
      }
      expect(boundaries).toBeGreaterThan(0);
    });
  }

  for (const rel of XML_FIXTURES) {
    it(`${rel}: at every cut position before the end of the root element`, () => {
      const text = fixture(rel);
      const full = parseCobertura(text, rel);
      const end = text.lastIndexOf('</coverage>') + '</coverage>'.length;
      for (let k = 0; k < text.length; k++) {
        const r = onlyInputErrors(() => parseCobertura(text.slice(0, k), rel));
        if (k < end) expect(r.ok, `cut at ${k}: ${JSON.stringify(text.slice(k - 30, k))}`).toBe(false);
        else expect((r as { value: CoverageReport }).value).toEqual(full);
      }
    });
  }

  it('random cuts through auto-detection too', () => {
    const texts = [...LCOV_FIXTURES, ...XML_FIXTURES].map((rel) => [rel, fixture(rel)] as const);
    fc.assert(
      fc.property(
        fc.constantFrom(...texts),
        fc.double({ min: 0, max: 1, noNaN: true, maxExcluded: true }),
        ([rel, text], at) => {
          const prefix = text.slice(0, Math.floor(at * text.length));
          const end = text.lastIndexOf('</coverage>');
          fc.pre(!atRecordBoundary(prefix) && (end === -1 || prefix.length <= end));
          const r = onlyInputErrors(() => parseCoverage(prefix, rel));
          expect(r.ok).toBe(false);
        },
      ),
    );
  });
});

// ------------------------------------------------------------------------------------------------

describe('gaps: the cheapest path to a goal (properties, against brute force)', () => {
  const filesArb = fc.array(
    fc
      .tuple(fc.nat({ max: 30 }), fc.nat({ max: 30 }))
      .map(([a, b]) => ({ covered: Math.min(a, b), total: Math.max(a, b) })),
    { minLength: 1, maxLength: 7 },
  );
  // Goals in hundredths of a percent, up to 101 %.
  const goalArb = fc.integer({ min: 0, max: 10_100 });

  const totalsOf = (files: { covered: number; total: number }[]): CoverageTotals => {
    const fs = files.map((c, i) => ({
      path: `f${i}`,
      lines: ratio(c.covered, c.total),
      branches: ratio(0, 0),
    }));
    return { lines: sum(fs.map((f) => f.lines)), branches: ratio(0, 0), files: fs };
  };

  it('needed is the fewest items reaching the goal; the files chosen close it; no fewer files could', () => {
    fc.assert(
      fc.property(filesArb, goalArb, (files, g) => {
        const t = totalsOf(files);
        const covered = t.lines.covered;
        const total = t.lines.total;
        const path = analyzeGaps(t, 'line', { floor: g / 100, target: null }).toFloor!;
        // Brute force in integers: the smallest x ≥ 0 with (covered + x) · 10000 ≥ g · total.
        let x = 0;
        while ((covered + x) * 10_000 < g * total) x++;
        expect(path.needed).toBe(x);
        const missing = new Map(t.files.map((f) => [f.path, f.lines.total - f.lines.covered]));
        const allMissing = [...missing.values()].reduce((a, b) => a + b, 0);
        expect(path.reachable).toBe(allMissing >= x);
        const chosen = path.files.reduce((s, p) => s + missing.get(p)!, 0);
        if (path.reachable) expect(chosen).toBeGreaterThanOrEqual(x);
        for (const p of path.files) expect(missing.get(p)!).toBeGreaterThan(0);
        // No set of fewer files reaches `needed` (every subset checked).
        const ms = [...missing.values()];
        let smallest = Infinity;
        for (let mask = 0; mask < 1 << ms.length; mask++) {
          let s = 0;
          let n = 0;
          for (let i = 0; i < ms.length; i++) {
            if (mask & (1 << i)) {
              s += ms[i]!;
              n++;
            }
          }
          if (s >= x) smallest = Math.min(smallest, n);
        }
        if (path.reachable) expect(path.files.length).toBe(smallest);
      }),
    );
  });
});
