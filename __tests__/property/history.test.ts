import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { extendHistory, parseHistory, type History, type ThisRun } from '../../src/analysis/history.js';
import { sealJson } from '../../src/artifacts/index.js';
import type { Outcome, TestCase } from '../../src/model/tests.js';

// Runs of a small pool of tests (so they recur across runs), with hostile ids among them, retries,
// missing times and failure signatures; windows from 1 to 8.

// Ids that look like JSON layout (`": `, backslashes before a quote) test the fast hash check.
const IDS = [
  'a',
  'b',
  'K::t',
  '__proto__',
  'x\n::error::y',
  '<b>*md*</b>',
  'constructor',
  'k": v',
  'q\\": x\\',
];
const HASHES = ['0'.repeat(32), '1'.repeat(32), 'ab'.repeat(16)];

const testCase = fc.record({
  id: fc.constantFrom(...IDS),
  outcome: fc.constantFrom<Outcome>('passed', 'failed', 'error', 'skipped'),
  duration: fc.option(fc.double({ min: 0, max: 100, noNaN: true }), { nil: null }),
  hash: fc.constantFrom(...HASHES),
});
const thisRun = fc.record({
  cases: fc.array(testCase, { maxLength: 10 }),
  flaky: fc.subarray(IDS),
  commit: fc.option(fc.constantFrom('c1', 'c2', 'c3'), { nil: null }),
  attempt: fc.integer({ min: 1, max: 3 }),
});
const runs = fc.array(thisRun, { minLength: 1, maxLength: 12 });
type Generated = typeof thisRun extends fc.Arbitrary<infer T> ? T : never;
const window = fc.integer({ min: 1, max: 8 });

function toRun(i: number, r: Generated): ThisRun {
  const cases: TestCase[] = r.cases.map((c) => ({
    id: c.id,
    name: c.id,
    classname: 'K',
    outcome: c.outcome,
    duration: c.duration,
  }));
  return {
    runId: `r${i}`,
    attempt: r.attempt,
    commit: r.commit,
    date: '2026-01-01',
    cases,
    flakyIds: r.flaky,
    signatures: new Map(r.cases.map((c) => [c.id, c.hash])),
  };
}

function build(list: readonly Generated[], w: number): History[] {
  const out: History[] = [];
  let h: History | null = null;
  list.forEach((r, i) => {
    h = extendHistory(h, toRun(i, r), w);
    out.push(h);
  });
  return out;
}

const count = (list: string) => list.split(',').length;

describe('history window (properties)', () => {
  it('every per-test list has one entry per run; the window never holds more than N runs', () => {
    fc.assert(
      fc.property(runs, window, (list, w) => {
        for (const h of build(list, w)) {
          expect(h.runs.length).toBeLessThanOrEqual(w);
          expect(h.window).toBe(w);
          for (const t of h.tests) {
            expect(t.outcomes.length).toBe(h.runs.length);
            expect(t.outcomes).toMatch(/^[PRFES-]+$/);
            expect(t.outcomes).not.toMatch(/^-+$/);
            expect(count(t.durations)).toBe(h.runs.length);
            if (t.signatures !== undefined) {
              expect(count(t.signatures)).toBe(h.runs.length);
              t.signatures.split(',').forEach((s, i) => {
                if (s !== '') {
                  expect('FE').toContain(t.outcomes[i]);
                  expect(Number(s)).toBeLessThan(h.signatures.length);
                }
              });
            }
          }
          // The table holds exactly the signatures referred to, sorted, once each.
          const used = new Set(
            h.tests.flatMap((t) => (t.signatures ?? '').split(',').filter((s) => s !== '')),
          );
          expect(used.size).toBe(h.signatures.length);
          expect([...h.signatures].sort()).toEqual(h.signatures);
          expect(new Set(h.tests.map((t) => t.id)).size).toBe(h.tests.length);
        }
      }),
    );
  });

  it('the new window is the previous one plus this run: the letters are the old ones, shifted, and one new letter', () => {
    fc.assert(
      fc.property(runs, window, (list, w) => {
        const hs = build(list, w);
        for (let i = 1; i < hs.length; i++) {
          const before = hs[i - 1]!;
          const after = hs[i]!;
          const drop = before.runs.length + 1 - after.runs.length;
          expect(after.runs.slice(0, -1)).toEqual(before.runs.slice(drop));
          const old = new Map(before.tests.map((t) => [t.id, t]));
          for (const t of after.tests) {
            const prev = old.get(t.id);
            const expected = (prev?.outcomes ?? '-'.repeat(before.runs.length)).slice(drop);
            expect(t.outcomes.slice(0, -1)).toBe(expected);
            // The signature of an earlier run is the same hash after renumbering.
            if (prev?.signatures !== undefined) {
              const oldHashes = prev.signatures
                .split(',')
                .map((s) => (s === '' ? '' : before.signatures[Number(s)]));
              const newHashes = (t.signatures ?? ','.repeat(after.runs.length - 1))
                .split(',')
                .map((s) => (s === '' ? '' : after.signatures[Number(s)]));
              expect(newHashes.slice(0, -1)).toEqual(oldHashes.slice(drop));
            }
          }
        }
      }),
    );
  });

  it('serialize → parse round-trips every window', () => {
    fc.assert(
      fc.property(runs, window, (list, w) => {
        for (const h of build(list, w)) {
          const text = sealJson(h as unknown as Record<string, unknown>).text;
          expect(parseHistory(text)).toEqual({ history: h });
        }
      }),
    );
  });

  it('a parsed window extends exactly like the one it was written from', () => {
    fc.assert(
      fc.property(runs, thisRun, window, (list, next, w) => {
        const h = build(list, w).at(-1)!;
        const parsed = parseHistory(sealJson(h as unknown as Record<string, unknown>).text);
        if (!('history' in parsed)) throw new Error(parsed.problem);
        expect(extendHistory(parsed.history, toRun(99, next), w)).toEqual(
          extendHistory(h, toRun(99, next), w),
        );
      }),
    );
  });

  it('arbitrary JSON is refused with a problem, never an exception', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (v) => {
        const sealed =
          typeof v === 'object' && v !== null && !Array.isArray(v) ? sealJson(v).text : JSON.stringify(v);
        const r = parseHistory(sealed);
        expect('problem' in r || 'history' in r).toBe(true);
      }),
    );
  });
});
