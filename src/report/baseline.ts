import type { RunResult } from '../analysis/run-result.js';
import type { FlakeReport } from '../analysis/flakes.js';
import { extras } from './extras.js';

export const BASELINE_SCHEMA = 'test-ladder/baseline-metrics@1';

export interface BaselineInputs {
  /** The embedded sha256 of env.signature.json; null when no signature was written. */
  readonly signatureSha256: string | null;
  /** The run's flake report, when the result does not carry it. */
  readonly flakes?: FlakeReport | null;
}

type Value = string | number | boolean | null;

/**
 * baseline.metrics.json: the consolidated baseline a later run is compared with: coverage,
 * durations, tests, flake rate, the environment signature's hash and the seed (its state, never its
 * value). The ladder's settings are not here (coverage-ladder.yaml records them): this is what was
 * measured. A field is null only when the run had no data for it (no JUnit report, nothing to count),
 * and the file says which fields those are and what share of fields is populated.
 */
export function baselineMetrics(
  r: RunResult,
  inputs: BaselineInputs,
): Record<string, unknown> & {
  populated: { fields: number; non_null: number; share: number; null_fields: string[] };
} {
  const t = r.coverage.totals;
  const l = r.ladder;
  const tests = r.tests;
  const p = tests?.durations.percentiles;
  const flakes = inputs.flakes ?? extras(r).flakes ?? null;
  const sig = r.environment?.signature ?? null;
  const groups: Record<string, Record<string, Value>> = {
    coverage: {
      metric: l.metric,
      line_percent: t.lines.percent,
      lines_covered: t.lines.covered,
      lines_total: t.lines.total,
      branch_percent: t.branches.percent,
      branches_covered: t.branches.covered,
      branches_total: t.branches.total,
      files: t.files.length,
    },
    durations: {
      method: p?.method ?? null,
      samples: p?.samples ?? null,
      p50: p?.p50 ?? null,
      p90: p?.p90 ?? null,
      p95: p?.p95 ?? null,
      p99: p?.p99 ?? null,
      total_seconds: tests?.durations.total ?? null,
    },
    tests: {
      total: tests?.totals.total ?? null,
      passed: tests?.totals.passed ?? null,
      failed: tests?.totals.failed ?? null,
      errors: tests?.totals.errors ?? null,
      skipped: tests?.totals.skipped ?? null,
      flaky: tests?.totals.flaky ?? null,
    },
    flake: {
      rate: flakes?.flakeRate ?? null,
      runs_seen: flakes?.runsSeen ?? null,
      flaky_tests: flakes?.flaky.length ?? null,
    },
    environment: {
      signature_sha256: inputs.signatureSha256,
      os: sig?.os ?? null,
      arch: sig?.arch ?? null,
      lock_files: sig?.lock_files.length ?? null,
    },
    seed: {
      variable: sig?.seed.variable ?? r.config.environment.seed.variable,
      state: sig?.seed.state ?? null,
      integer: sig ? sig.seed.integer : null,
    },
  };
  const nulls = Object.entries(groups).flatMap(([g, fields]) =>
    Object.entries(fields)
      .filter(([, v]) => v === null)
      .map(([k]) => `${g}.${k}`),
  );
  const count = Object.values(groups).reduce((n, fields) => n + Object.keys(fields).length, 0);
  return {
    schema: BASELINE_SCHEMA,
    ...groups,
    populated: {
      fields: count,
      non_null: count - nulls.length,
      share: (count - nulls.length) / count,
      null_fields: nulls,
    },
    tool: r.tool,
    run: r.run,
  };
}
