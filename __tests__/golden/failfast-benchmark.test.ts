import { describe, expect, it } from 'vitest';
import { failfastBenchmark, junitSuiteTimings, type FailFastBenchmark } from '../../src/analysis/failfast.js';
import { testTotals } from '../../src/analysis/tests.js';
import { parseJunit } from '../../src/formats/tests/junit.js';
import { read, readJson } from './helpers.js';

/**
 * AC-2 on a real run: pytest ran a suite whose failing test a seed picks, once whole (fail-fast
 * off) and once stopped at the first failure (`pytest -x`, what hard fail-fast does to the tests).
 * The benchmark computed from the whole run's report must predict what the stopped run measured.
 * Regenerate with __tests__/fixtures/junit/seeded-failure/regenerate.sh.
 */

const D = '__tests__/fixtures/junit/seeded-failure';

interface Measured {
  seed: number;
  runs: Record<
    'full' | 'bail',
    { exit_code: number; wall_ms: number[]; wall_ms_median: number; printed: string }
  >;
}

const measured = readJson<Measured>(`${D}/measured.json`);
const load = (name: 'full' | 'bail') => {
  const rel = `${D}/${name}.xml`;
  const text = read(rel);
  const run = parseJunit(text, rel);
  const r = failfastBenchmark(run, { suites: junitSuiteTimings(text, rel) });
  if (r.benchmark === null) throw new Error(r.reason);
  return { run, benchmark: r.benchmark as FailFastBenchmark, text };
};
const full = load('full');
const bail = load('bail');
const suiteSeconds = (xml: string) => Number(/<testsuite [^>]*\btime="([\d.]+)"/.exec(xml)![1]);

describe('the seeded-failure fixture (pytest, real runs)', () => {
  it('the reports hold what pytest printed, and the seed picked the failing test', () => {
    for (const [name, r] of [
      ['full', full],
      ['bail', bail],
    ] as const) {
      const printed = measured.runs[name].printed;
      const m = /^(\d+) failed, (\d+) passed in /.exec(printed)!;
      const t = testTotals(r.run.cases, r.run.flakyIds);
      expect([t.failed, t.passed], name).toEqual([Number(m[1]), Number(m[2])]);
      expect(measured.runs[name].exit_code).toBe(1);
      expect(read(`${D}/${name}-output.txt`)).toContain(printed);
    }
    const failed = full.run.cases.find((c) => c.outcome === 'failed')!;
    expect(failed.message).toContain(`seeded failure: TPR_SEED=${measured.seed} selects`);
  });

  it('the benchmark names the seeded failure and times it from the suite timestamps', () => {
    const b = full.benchmark;
    expect([b.seeded_failure, b.position, b.cases, b.basis]).toEqual([
      'test_seeded::test_step[step06]',
      7,
      12,
      'suite-timestamps',
    ]);
    // off is the suite's own wall clock, as pytest wrote it.
    expect(b.off.tests_ms).toBeCloseTo(suiteSeconds(full.text) * 1000, 6);
    // A stop at the first failure cuts 43.6 % of this run: above the soft target (40), below the hard one (60).
    expect([b.soft.meets_target, b.hard.meets_target]).toEqual([true, false]);
  });

  it('the stopped run (pytest -x) ran exactly the tests up to the seeded failure', () => {
    const ids = full.run.cases.slice(0, full.benchmark.position).map((c) => c.id);
    expect(bail.run.cases.map((c) => c.id)).toEqual(ids);
  });

  it('predicted: the time to the first failure is what the stopped run took (within 5 %)', () => {
    const predicted = full.benchmark.hard.first_failure_ms;
    const actual = suiteSeconds(bail.text) * 1000;
    expect(Math.abs(predicted - actual) / actual).toBeLessThan(0.05);
  });

  it('predicted: the time saved is what the wall clock saved, medians of 3 runs each (within 10 %)', () => {
    const predictedSaving = full.benchmark.off.tests_ms - full.benchmark.hard.first_failure_ms;
    const measuredSaving = measured.runs.full.wall_ms_median - measured.runs.bail.wall_ms_median;
    expect(Math.abs(predictedSaving - measuredSaving) / predictedSaving).toBeLessThan(0.1);
    // The wall clock also counts the interpreter's start, which no mode saves: its reduction is lower.
    const wallReduction = (measuredSaving / measured.runs.full.wall_ms_median) * 100;
    expect(wallReduction).toBeLessThan(full.benchmark.hard.reduction_percent);
    expect(full.benchmark.hard.reduction_percent - wallReduction).toBeLessThan(8);
  });
});
