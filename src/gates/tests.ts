import type { TestCase, TestTotals } from '../model/tests.js';
import type { Reason, Verdict } from '../model/verdict.js';
import { quarantineMatcher, type Quarantine, type QuarantineEntry } from '../analysis/quarantine.js';

/** Quarantined tests named in a reason message; the count is always complete. */
const NAMED = 10;

export interface TestsGateContext {
  /** The run's cases: which ones failed, to hold against the quarantine. */
  readonly cases: readonly TestCase[];
  /** The parsed quarantine file, or null when there is none. */
  readonly quarantine: Quarantine | null;
  /** The day judged (YYYY-MM-DD, UTC): entries hold through their expiry day. */
  readonly date: string;
}

/**
 * Failing or erroring tests fail the gate: coverage measured while tests fail is only a lower bound.
 * A failure of a test the quarantine file lists (and whose entry has not expired) is reported, as
 * QUARANTINED_FAILURES, but does not fail the gate; an expired entry warns with QUARANTINE_EXPIRED
 * and no longer holds.
 */
export function judgeTests(t: TestTotals | null, context?: TestsGateContext): Verdict {
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

  const q = context?.quarantine ?? null;
  if (!context || q === null) {
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

  const matcher = quarantineMatcher(q, context.date);
  let failed = 0;
  let errors = 0;
  const held: { id: string; entry: QuarantineEntry }[] = [];
  for (const c of context.cases) {
    if (c.outcome !== 'failed' && c.outcome !== 'error') continue;
    const hit = matcher.match(c.id);
    if (hit && !hit.expired) held.push({ id: c.id, entry: hit.entry });
    else if (c.outcome === 'failed') failed++;
    else errors++;
  }
  const reasons: Reason[] = [];
  if (failed + errors > 0)
    reasons.push({
      code: 'TESTS_FAILED',
      message: `${failed} failed and ${errors} errored of ${t.total} tests${held.length > 0 ? ` (and ${held.length} quarantined failures, not counted)` : ''}; coverage measured in this run is a lower bound`,
      evidence: { failed, errors, total: t.total, quarantined: held.length },
    });
  if (held.length > 0) {
    const owners = [...new Set(held.map((h) => h.entry.owner))].sort();
    reasons.push({
      code: 'QUARANTINED_FAILURES',
      message: `${held.length} quarantined ${held.length === 1 ? 'test' : 'tests'} failed; the quarantine in ${q.file} keeps ${held.length === 1 ? 'it' : 'them'} from failing the gate: ${held
        .slice(0, NAMED)
        .map((h) => `${h.id} (${h.entry.owner}, until ${h.entry.expires})`)
        .join('; ')}${held.length > NAMED ? `; and ${held.length - NAMED} more` : ''}`,
      evidence: { quarantined: held.length, owners: owners.join(', '), file: q.file },
    });
  }
  for (const e of matcher.expired)
    reasons.push({
      code: 'QUARANTINE_EXPIRED',
      message: `the quarantine of ${e.test} (${e.owner}: ${e.reason}) expired on ${e.expires}; its failures count again: fix the test, or extend the entry in ${q.file} line ${e.line}`,
      evidence: { test: e.test, owner: e.owner, expires: e.expires, file: q.file, line: e.line },
    });
  const status = failed + errors > 0 ? 'fail' : reasons.length > 0 ? 'warn' : 'pass';
  return { gate: 'tests', status, reasons };
}
