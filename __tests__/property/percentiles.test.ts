import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { durationSummary, percentiles } from '../../src/analysis/tests.js';
import type { TestCase } from '../../src/model/tests.js';

const durations = fc.array(fc.double({ min: 0, max: 1e4, noNaN: true }), { minLength: 1, maxLength: 300 });
const KEYS = ['p50', 'p90', 'p95', 'p99'] as const;
const RANKS = { p50: 50, p90: 90, p95: 95, p99: 99 } as const;

describe('percentiles (properties)', () => {
  it('are monotonic: p50 ≤ p90 ≤ p95 ≤ p99, between the minimum and the maximum', () => {
    fc.assert(
      fc.property(durations, (xs) => {
        const p = percentiles(xs);
        expect(p.p50!).toBeLessThanOrEqual(p.p90!);
        expect(p.p90!).toBeLessThanOrEqual(p.p95!);
        expect(p.p95!).toBeLessThanOrEqual(p.p99!);
        expect(p.p50!).toBeGreaterThanOrEqual(Math.min(...xs));
        expect(p.p99!).toBeLessThanOrEqual(Math.max(...xs));
      }),
    );
  });

  it('each is a member of the sample', () => {
    fc.assert(
      fc.property(durations, (xs) => {
        const p = percentiles(xs);
        for (const k of KEYS) expect(xs).toContain(p[k]);
      }),
    );
  });

  it('each is the nearest rank, computed here in integers: the smallest k with k / n ≥ P / 100', () => {
    fc.assert(
      fc.property(durations, (xs) => {
        const sorted = [...xs].sort((a, b) => a - b);
        const n = sorted.length;
        const p = percentiles(xs);
        for (const k of KEYS) {
          const rank = Math.floor((RANKS[k] * n + 99) / 100); // ceil(P·n / 100) without floats
          expect(p[k]).toBe(sorted[rank - 1]);
          // At least P % of the sample is ≤ it, and fewer than P % is strictly below it.
          expect(sorted.filter((x) => x <= p[k]!).length * 100).toBeGreaterThanOrEqual(RANKS[k] * n);
          expect(sorted.filter((x) => x < p[k]!).length * 100).toBeLessThan(RANKS[k] * n);
        }
        expect(p.samples).toBe(n);
      }),
    );
  });

  it('do not depend on the order of the sample', () => {
    fc.assert(
      fc.property(
        durations.chain((xs) => fc.tuple(fc.constant(xs), fc.shuffledSubarray(xs, { minLength: xs.length }))),
        ([xs, ys]) => {
          expect(percentiles(ys)).toEqual(percentiles(xs));
        },
      ),
    );
  });

  it('durationSummary: percentiles over timed, non-skipped tests only; slowest sorted and from them', () => {
    const caseArb = fc.record({
      id: fc.string({ maxLength: 3 }),
      outcome: fc.constantFrom('passed' as const, 'failed' as const, 'error' as const, 'skipped' as const),
      duration: fc.option(fc.double({ min: 0, max: 100, noNaN: true }), { nil: null }),
    });
    fc.assert(
      fc.property(fc.array(caseArb, { maxLength: 60 }), fc.integer({ min: 0, max: 12 }), (raw, count) => {
        const cases: TestCase[] = raw.map((c) => ({ ...c, name: c.id, classname: '' }));
        const d = durationSummary(cases, count);
        const timed = cases
          .filter((c) => c.duration !== null && c.outcome !== 'skipped')
          .map((c) => c.duration!);
        expect(d.percentiles).toEqual(percentiles(timed));
        expect(d.slowest.length).toBe(Math.min(count, timed.length));
        const slow = d.slowest.map((s) => s.duration);
        expect(slow).toEqual([...slow].sort((a, b) => b - a));
        expect(slow).toEqual([...timed].sort((a, b) => b - a).slice(0, count));
      }),
    );
  });
});
