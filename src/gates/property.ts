import type { PropertyAnalysis, PropertyTestResult } from '../analysis/property.js';
import type { Reason, Verdict } from '../model/verdict.js';

/** Tests named in a reason message; the counts are always complete. */
const NAMED = 5;

/**
 * The property gate (the pilot's acceptance): every property test has passed `required_passes`
 * deterministic runs in a row, with a mean runtime below the threshold and no flake event in the
 * window.
 * - skipped, NO_PROPERTY_TESTS: no pattern is configured and no test carries the marker `property`
 *   (or there were no test reports at all);
 * - warn, PROPERTY_SELECTOR_MATCHES_NOTHING: a configured pattern matches no test of this run;
 * - fail, PROPERTY_FALSIFIED: a property test failed this run with a falsifying example;
 *   PROPERTY_FAILED: one failed or errored without one; PROPERTY_FLAKE: a flake event in the
 *   window (a pass on retry, a failure the same commit then passed); PROPERTY_TOO_SLOW: a mean
 *   runtime at or above the threshold;
 * - warn, PROPERTY_NEEDS_RUNS: a test has fewer passes in a row than required ("needs N more
 *   runs", N the largest); PROPERTY_RUNTIME_UNKNOWN: a test no run gave a time for;
 * - pass: none of these.
 */
export function judgeProperty(a: PropertyAnalysis | null): Verdict {
  const configured = a?.selectors.patterns ?? [];
  if (a === null || (a.tests.length === 0 && configured.length === 0))
    return {
      gate: 'property',
      status: 'skipped',
      reasons: [
        {
          code: 'NO_PROPERTY_TESTS',
          message:
            a === null
              ? 'no JUnit reports were given: there are no property tests to judge'
              : 'no property tests: tests.property is not set and no test carries the marker property',
          evidence: { tests: 0, patterns: configured.length },
        },
      ],
    };

  const fails: Reason[] = [];
  const warns: Reason[] = [];
  const unmatched = configured.filter((p) => p.matches === 0);
  if (unmatched.length > 0)
    warns.push({
      code: 'PROPERTY_SELECTOR_MATCHES_NOTHING',
      message: `${plural(unmatched.length, 'pattern')} in tests.property ${unmatched.length === 1 ? 'matches' : 'match'} no test of this run: ${unmatched
        .slice(0, NAMED)
        .map((p) => JSON.stringify(p.pattern))
        .join(', ')}${more(unmatched.length)}`,
      evidence: {
        patterns: configured.length,
        unmatched: unmatched.length,
        first: unmatched[0]!.pattern,
        selected: a.tests.length,
      },
    });

  const falsified = a.tests.filter((t) => t.status === 'falsified');
  if (falsified.length > 0) {
    const first = falsified[0]!;
    fails.push({
      code: 'PROPERTY_FALSIFIED',
      message: `${plural(falsified.length, 'property test')} failed with a falsifying example: ${falsified
        .slice(0, NAMED)
        .map((t) => `${t.id} (${t.falsifying_examples[0]!.tool}: ${t.falsifying_examples[0]!.example})`)
        .join('; ')}${more(falsified.length)}`,
      evidence: {
        tests: falsified.length,
        first: first.id,
        tool: first.falsifying_examples[0]!.tool,
        example: first.falsifying_examples[0]!.example,
        seed: a.seed.value,
      },
    });
  }
  const failed = a.tests.filter((t) => t.status === 'failed');
  if (failed.length > 0)
    fails.push({
      code: 'PROPERTY_FAILED',
      message: `${plural(failed.length, 'property test')} failed in this run without a falsifying example in the report: ${names(failed)}`,
      evidence: {
        tests: failed.length,
        first: failed[0]!.id,
        outcome: failed[0]!.outcome,
        seed: a.seed.value,
      },
    });
  const flaky = a.tests.filter((t) => t.flake_events.length > 0);
  if (flaky.length > 0) {
    const e = flaky[0]!.flake_events[0]!;
    const events = flaky.reduce((s, t) => s + t.flake_events.length, 0);
    fails.push({
      code: 'PROPERTY_FLAKE',
      message: `${plural(flaky.length, 'property test')} flaked in the last ${plural(a.window.runs, 'run')} (${plural(events, 'flake event')}: a pass on retry, or a failure its commit then passed): ${flaky
        .slice(0, NAMED)
        .map((t) => `${t.id} (${t.flake_events[0]!.kind} in run ${t.flake_events[0]!.run_id})`)
        .join('; ')}${more(flaky.length)}`,
      evidence: { tests: flaky.length, events, first: flaky[0]!.id, kind: e.kind, run_id: e.run_id },
    });
  }
  const slow = a.tests.filter((t) => t.runtime.below_threshold === false);
  if (slow.length > 0) {
    const worst = [...slow].sort((x, y) => y.runtime.mean_ms! - x.runtime.mean_ms! || cmp(x.id, y.id))[0]!;
    fails.push({
      code: 'PROPERTY_TOO_SLOW',
      message: `${plural(slow.length, 'property test')} ${slow.length === 1 ? 'has' : 'have'} a mean runtime at or above ${a.runtime_threshold_ms} ms: ${slow
        .slice(0, NAMED)
        .map((t) => `${t.id} (mean ${t.runtime.mean_ms} ms over ${plural(t.runtime.runs_timed, 'run')})`)
        .join('; ')}${more(slow.length)}`,
      evidence: {
        tests: slow.length,
        threshold_ms: a.runtime_threshold_ms,
        slowest: worst.id,
        mean_ms: worst.runtime.mean_ms,
        p95_ms: worst.runtime.p95_ms,
        max_ms: worst.runtime.max_ms,
      },
    });
  }
  const short = a.tests.filter((t) => t.needs_runs > 0);
  if (short.length > 0) {
    const most = [...short].sort((x, y) => y.needs_runs - x.needs_runs || cmp(x.id, y.id))[0]!;
    warns.push({
      code: 'PROPERTY_NEEDS_RUNS',
      message: `needs ${plural(a.needs_runs, 'more run')}: ${plural(short.length, 'property test')} of ${a.tests.length} ${short.length === 1 ? 'has' : 'have'} fewer than ${a.required_passes} passes in a row (${most.id}: ${most.consecutive_passes})`,
      evidence: {
        needs_runs: a.needs_runs,
        tests: short.length,
        of: a.tests.length,
        required_passes: a.required_passes,
        test: most.id,
        consecutive_passes: most.consecutive_passes,
      },
    });
  }
  const untimed = a.tests.filter((t) => t.runtime.below_threshold === null && t.runs_seen > 0);
  if (untimed.length > 0)
    warns.push({
      code: 'PROPERTY_RUNTIME_UNKNOWN',
      message: `${plural(untimed.length, 'property test')} ran without a time in the reports, so ${untimed.length === 1 ? 'its' : 'their'} runtime cannot be held against ${a.runtime_threshold_ms} ms: ${names(untimed)}`,
      evidence: { tests: untimed.length, first: untimed[0]!.id, threshold_ms: a.runtime_threshold_ms },
    });

  const status = fails.length > 0 ? 'fail' : warns.length > 0 ? 'warn' : 'pass';
  return { gate: 'property', status, reasons: [...fails, ...warns] };
}

function names(tests: readonly PropertyTestResult[]): string {
  return `${tests
    .slice(0, NAMED)
    .map((t) => t.id)
    .join('; ')}${more(tests.length)}`;
}

function more(n: number): string {
  return n > NAMED ? `; and ${n - NAMED} more` : '';
}

function plural(n: number, what: string): string {
  return `${n} ${what}${n === 1 ? '' : 's'}`;
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
