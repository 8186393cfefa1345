import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DEFAULT_FLAKE_OPTIONS, flakeScan, judge, type WindowRun } from '../../src/analysis/flakes.js';
import { HISTORY_SCHEMA, type History } from '../../src/analysis/history.js';

// Windows of up to 40 runs: letters from the whole alphabet, some runs not evidence, a few commits
// (so same-commit flips happen), dates that move forward by 0 to 9 days (and sometimes are junk).

const LETTERS = ['P', 'P', 'P', 'R', 'F', 'E', 'S', '-'];
const windowArb = fc.integer({ min: 1, max: 40 }).chain((n) =>
  fc.record({
    letters: fc.array(fc.constantFrom(...LETTERS), { minLength: n, maxLength: n }).map((a) => a.join('')),
    evidence: fc
      .array(fc.boolean(), { minLength: n, maxLength: n })
      .map((a) => a.map((b, i) => b || i % 3 !== 0)),
    commits: fc.array(fc.option(fc.constantFrom('a', 'b', 'c', 'd', 'e'), { nil: null }), {
      minLength: n,
      maxLength: n,
    }),
    steps: fc.array(fc.integer({ min: 0, max: 9 }), { minLength: n, maxLength: n }),
    junkDate: fc.option(fc.integer({ min: 0, max: n - 1 }), { nil: null }),
  }),
);
const optionsArb = fc.record({
  recoverAfterPasses: fc.integer({ min: 0, max: 12 }),
  recoverAfterDays: fc.integer({ min: 0, max: 30 }),
});

type Window = typeof windowArb extends fc.Arbitrary<infer T> ? T : never;

function runsOf(w: Window): WindowRun[] {
  let day = Date.UTC(2026, 0, 1);
  return w.steps.map((s, i) => {
    day += s * 86_400_000;
    const date = i === w.junkDate ? 'not a date' : new Date(day).toISOString().slice(0, 10);
    return { run_id: `r${i + 1}`, attempt: 1, date };
  });
}

const OFF = { ...DEFAULT_FLAKE_OPTIONS, recoverAfterPasses: 0, recoverAfterDays: 0 };

describe('recovery, over arbitrary windows', () => {
  it('only ever turns a flaky or broken verdict into recovered; signals and evidence are unchanged', () => {
    fc.assert(
      fc.property(windowArb, optionsArb, (w, o) => {
        const runs = runsOf(w);
        const on = judge(w.letters, w.evidence, w.commits, { ...DEFAULT_FLAKE_OPTIONS, ...o }, runs);
        const off = judge(w.letters, w.evidence, w.commits, OFF, runs);
        expect(off.recovery).toBeNull();
        expect(on.signals).toEqual(off.signals);
        expect(on.evidence).toEqual(off.evidence);
        if (on.verdict !== off.verdict) {
          expect(on.verdict).toBe('recovered');
          expect(['flaky', 'broken']).toContain(off.verdict);
          expect(on.recovery?.was).toBe(off.verdict);
        } else expect(on.recovery).toBeNull();
      }),
    );
  });

  it('a recovery counts from the last failure, error or retry that is evidence, with a pass since', () => {
    fc.assert(
      fc.property(windowArb, optionsArb, (w, o) => {
        const runs = runsOf(w);
        const r = judge(w.letters, w.evidence, w.commits, { ...DEFAULT_FLAKE_OPTIONS, ...o }, runs).recovery;
        if (r === null) return;
        const at = runs.findIndex((x) => x.run_id === r.since_run);
        expect(w.evidence[at]).toBe(true);
        expect('FER').toContain(w.letters[at]);
        expect(r.since_outcome).toBe(w.letters[at]);
        let passes = 0;
        for (let i = at + 1; i < w.letters.length; i++) {
          if (!w.evidence[i]) continue;
          expect('FER').not.toContain(w.letters[i]);
          if (w.letters[i] === 'P') passes++;
        }
        expect(r.passes).toBe(passes);
        expect(passes).toBeGreaterThan(0);
        if (r.by === 'passes') expect(passes).toBeGreaterThanOrEqual(o.recoverAfterPasses);
        else expect(r.days).toBeGreaterThanOrEqual(o.recoverAfterDays);
      }),
    );
  });

  it('a failure, error or retry in this run never leaves a test recovered', () => {
    fc.assert(
      fc.property(windowArb, fc.constantFrom('F', 'E', 'R'), (w, bad) => {
        const letters = `${w.letters}${bad}`;
        const r = judge(letters, [...w.evidence, true], [...w.commits, 'z'], DEFAULT_FLAKE_OPTIONS, [
          ...runsOf(w),
          { run_id: 'now', attempt: 1, date: '2030-01-01' },
        ]);
        expect(r.verdict).not.toBe('recovered');
      }),
    );
  });

  it('the flake rate with recovery is never above the rate without it', () => {
    const testsArb = fc.array(windowArb, { minLength: 1, maxLength: 6 });
    fc.assert(
      fc.property(testsArb, (ws) => {
        const n = Math.max(...ws.map((w) => w.letters.length));
        const runs = runsOf({ ...ws[0]!, steps: Array.from({ length: n }, (_, i) => ws[0]!.steps[i] ?? 1) });
        const history: History = {
          schema: HISTORY_SCHEMA,
          window: n,
          runs: runs.map((r) => ({ ...r, commit: null, tests: 10, failed: 0, coverage: null })),
          signatures: [],
          tests: ws.map((w, i) => ({
            id: `t${i}`,
            outcomes: w.letters.padStart(n, '-'),
            durations: ','.repeat(n - 1),
          })),
        };
        const on = flakeScan(history);
        const off = flakeScan(history, OFF);
        expect(on.flake_rate.ran).toBe(off.flake_rate.ran);
        const ranNow = (v: { now: string }) => v.now !== '-' && v.now !== 'S';
        const healed = on.verdicts.filter((v) => v.recovery?.was === 'flaky' && ranNow(v)).length;
        expect(on.flake_rate.flaky + healed).toBe(off.flake_rate.flaky);
        expect(on.flake_rate.recovered).toBe(on.verdicts.filter((v) => v.recovery && ranNow(v)).length);
        if (on.flake_rate.value !== null)
          expect(on.flake_rate.value).toBeLessThanOrEqual(off.flake_rate.value!);
        expect(on.counts.flaky + on.counts.broken + on.counts.recovered).toBe(
          off.counts.flaky + off.counts.broken,
        );
      }),
    );
  });
});
