import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { FileBuilder, ReportBuilder } from '../../src/formats/coverage/build.js';
import type { BranchPoint, FileCoverage } from '../../src/model/coverage.js';
import { MAX_LINE_NUMBER } from '../../src/model/coverage.js';
import { fileCoverage, plainFile, plainFiles } from '../helpers/coverage.js';

// The compact FileBuilder (typed columns, sorted and merged at build) must build exactly what the
// Map-per-line builder it replaced built, whatever the order and size of the entries.

/** The builder as it was: a Map per line and per branch line. */
class MapBuilder {
  private readonly lineHits = new Map<number, number>();
  private readonly branchHits = new Map<number, number[]>();
  constructor(readonly path: string) {}
  addLine(line: number, hits: number): void {
    this.lineHits.set(line, (this.lineHits.get(line) ?? 0) + hits);
  }
  addOutcome(line: number, index: number, hits: number): void {
    let outcomes = this.branchHits.get(line);
    if (!outcomes) this.branchHits.set(line, (outcomes = []));
    while (outcomes.length <= index) outcomes.push(0);
    outcomes[index] = (outcomes[index] ?? 0) + hits;
  }
  outcomeCount(line: number): number {
    return this.branchHits.get(line)?.length ?? 0;
  }
  build(): FileCoverage {
    const lines = [...this.lineHits.keys()].sort((a, b) => a - b);
    const hits = lines.map((l) => this.lineHits.get(l) ?? 0);
    const branches: BranchPoint[] = [...this.branchHits.entries()]
      .sort((a, b) => a[0] - b[0])
      .map(([line, outcomes]) => ({ line, outcomes }));
    return fileCoverage({ path: this.path, lines, hits, branches });
  }
}

type Op =
  | { readonly kind: 'line'; readonly line: number; readonly hits: number }
  | { readonly kind: 'outcome'; readonly line: number; readonly index: number; readonly hits: number }
  | { readonly kind: 'count'; readonly line: number };

// What readers hand the builder once they have checked it: line numbers from 1 to MAX_LINE_NUMBER
// (0 for LCOV's branch exits) and non-negative integral counts, of any size.
const lineNumber = fc.oneof(fc.integer({ min: 1, max: 30 }), fc.constantFrom(65535, 65536, MAX_LINE_NUMBER));
const hitCount = fc.oneof(
  fc.nat(5),
  fc.nat(),
  fc.constantFrom(65535, 65536, 2 ** 32 - 1, 2 ** 32, 2 ** 53 + 2, 1e20, 12345678901234567000),
);
const op: fc.Arbitrary<Op> = fc.oneof(
  {
    weight: 5,
    arbitrary: fc.record({ kind: fc.constant('line' as const), line: lineNumber, hits: hitCount }),
  },
  {
    weight: 3,
    arbitrary: fc.record({
      kind: fc.constant('outcome' as const),
      line: fc.oneof(fc.integer({ min: 0, max: 30 }), lineNumber),
      index: fc.nat(6),
      hits: hitCount,
    }),
  },
  {
    weight: 1,
    arbitrary: fc.record({ kind: fc.constant('count' as const), line: fc.integer({ min: 0, max: 30 }) }),
  },
);
/** Ascending runs are the common case (one record per file): make them likely. */
const ops = fc.oneof(
  fc.array(op, { maxLength: 60 }),
  fc.array(op, { maxLength: 60 }).map((list) => {
    const lines = list.filter((o) => o.kind === 'line').sort((a, b) => a.line - b.line);
    return [...new Map(lines.map((o) => [o.line, o])).values(), ...list.filter((o) => o.kind !== 'line')];
  }),
);

function drive(
  b: {
    addLine: MapBuilder['addLine'];
    addOutcome: MapBuilder['addOutcome'];
    outcomeCount: MapBuilder['outcomeCount'];
  },
  list: readonly Op[],
): number[] {
  const counts: number[] = [];
  for (const o of list) {
    if (o.kind === 'line') b.addLine(o.line, o.hits);
    else if (o.kind === 'outcome') b.addOutcome(o.line, o.index, o.hits);
    else counts.push(b.outcomeCount(o.line));
  }
  return counts;
}

describe('FileBuilder ≡ the Map-per-line builder (properties)', () => {
  it('the same file and the same outcome counts along the way', () => {
    fc.assert(
      fc.property(ops, (list) => {
        const compact = new FileBuilder('f');
        const reference = new MapBuilder('f');
        expect(drive(compact, list)).toEqual(drive(reference, list));
        expect(compact.build()).toEqual(reference.build());
      }),
      { numRuns: 2000 },
    );
  });

  it('files of one report interleaved, built, added to and built again', () => {
    const interleaved = fc.array(fc.tuple(fc.nat(2), op), { maxLength: 80 });
    fc.assert(
      fc.property(interleaved, fc.nat(80), (list, buildAt) => {
        const report = new ReportBuilder();
        const references = [new MapBuilder('a'), new MapBuilder('b'), new MapBuilder('c')];
        const compact = references.map((r) => report.file(r.path));
        const step = (k: number) => {
          const [which, o] = list[k]!;
          expect(drive(compact[which]!, [o])).toEqual(drive(references[which]!, [o]));
        };
        for (let k = 0; k < Math.min(buildAt, list.length); k++) step(k);
        const first = report.build();
        expect(first).toEqual(references.map((r) => r.build()));
        for (let k = Math.min(buildAt, list.length); k < list.length; k++) step(k);
        expect(report.build()).toEqual(references.map((r) => r.build()));
      }),
      { numRuns: 1000 },
    );
  });

  it('buildAndRelease gives what build gives, then frees the logs', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.nat(2), op), { maxLength: 80 }), (list) => {
        const report = new ReportBuilder();
        const references = [new MapBuilder('a'), new MapBuilder('b'), new MapBuilder('c')];
        const compact = references.map((r) => report.file(r.path));
        for (const [which, o] of list) drive(compact[which]!, [o]);
        for (const [which, o] of list) drive(references[which]!, [o]);
        expect(report.buildAndRelease()).toEqual(references.map((r) => r.build()));
        // The logs are gone: the builder holds no file any more.
        expect(report.build()).toEqual([]);
      }),
      { numRuns: 300 },
    );
  });

  it('the model holds lines and hits in 32-bit arrays, hits in 64-bit floats when a count needs them', () => {
    const f = new FileBuilder('f');
    f.addLine(3, 1);
    f.addLine(1, 2);
    f.addOutcome(3, 1, 1);
    const built = f.build();
    expect([built.lines, built.hits].map((a) => a.constructor)).toEqual([Uint32Array, Uint32Array]);
    expect(Array.isArray(built.branches[0]!.outcomes)).toBe(true);
    expect(plainFile(built)).toEqual({
      path: 'f',
      lines: [1, 3],
      hits: [2, 1],
      branches: [{ line: 3, outcomes: [0, 1] }],
    });
    // [line, hits] entries whose counts need more than 32 bits.
    for (const [what, entries] of [
      ['in order', [[1, 2 ** 32]]],
      [
        'out of order',
        [
          [3, 3],
          [2, 1],
          [1, 2 ** 32],
        ],
      ],
      [
        'adding up past 32 bits',
        [
          [1, 2 ** 32 - 1],
          [2, 5],
          [1, 1],
        ],
      ],
    ] as const) {
      const g = new FileBuilder('g');
      for (const [line, hits] of entries) g.addLine(line, hits);
      expect(g.build().hits.constructor, what).toBe(Float64Array);
    }
    const big = new FileBuilder('big');
    big.addLine(1, 2 ** 32 - 1);
    big.addLine(MAX_LINE_NUMBER, 0);
    expect(plainFile(big.build())).toEqual({
      path: 'big',
      lines: [1, MAX_LINE_NUMBER],
      hits: [2 ** 32 - 1, 0],
      branches: [],
    });
  });

  it('ReportBuilder: files by path, sorted', () => {
    const r = new ReportBuilder();
    r.file('b').addLine(1, 1);
    r.file('a').addLine(2, 0);
    r.file('b').addLine(1, 2);
    expect(plainFiles(r.build())).toEqual([
      { path: 'a', lines: [2], hits: [0], branches: [] },
      { path: 'b', lines: [1], hits: [3], branches: [] },
    ]);
  });
});
