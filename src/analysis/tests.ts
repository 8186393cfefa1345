import type { TestCase, TestTotals } from '../model/tests.js';

export function testTotals(cases: readonly TestCase[], flakyIds: readonly string[]): TestTotals {
  let passed = 0;
  let failed = 0;
  let errors = 0;
  let skipped = 0;
  for (const c of cases) {
    if (c.outcome === 'passed') passed++;
    else if (c.outcome === 'failed') failed++;
    else if (c.outcome === 'error') errors++;
    else skipped++;
  }
  return { total: cases.length, passed, failed, errors, skipped, flaky: new Set(flakyIds).size };
}

// Durations and the first failure live with their analyses; their names stay exported here for the
// callers written before them.
export { durationSummary, percentiles } from './durations.js';
export type { DurationSummary, Percentiles, SlowTest } from './durations.js';
export { firstFailure } from './failfast.js';
export type { FirstFailure } from './failfast.js';
