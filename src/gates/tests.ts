import type { TestTotals } from '../model/tests.js';
import type { Verdict } from '../model/verdict.js';

/** Failing or erroring tests fail the gate: coverage measured while tests fail is only a lower bound. */
export function judgeTests(t: TestTotals | null): Verdict {
  if (t === null)
    return {
      gate: 'tests',
      status: 'skipped',
      reasons: [{ code: 'NO_TEST_REPORTS', message: 'no JUnit reports were given', evidence: {} }],
    };
  if (t.total === 0)
    return {
      gate: 'tests',
      status: 'fail',
      reasons: [
        { code: 'NO_TESTS', message: 'the JUnit reports contain no test cases', evidence: { total: 0 } },
      ],
    };
  const broken = t.failed + t.errors;
  if (t.passed + broken === 0)
    return {
      gate: 'tests',
      status: 'fail',
      reasons: [
        {
          code: 'NO_TESTS_RAN',
          message: `all ${t.total} tests were skipped; nothing was tested`,
          evidence: { total: t.total, skipped: t.skipped },
        },
      ],
    };
  if (broken === 0) return { gate: 'tests', status: 'pass', reasons: [] };
  return {
    gate: 'tests',
    status: 'fail',
    reasons: [
      {
        code: 'TESTS_FAILED',
        message: `${t.failed} failed and ${t.errors} errored of ${t.total} tests; coverage measured in this run is a lower bound`,
        evidence: { failed: t.failed, errors: t.errors, total: t.total },
      },
    ],
  };
}
