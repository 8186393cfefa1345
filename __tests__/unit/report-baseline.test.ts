/* eslint-disable @typescript-eslint/no-explicit-any -- artifacts read back as JSON are walked freely */
import { describe, expect, it } from 'vitest';
import { baselineMetrics } from '../../src/report/baseline.js';
import { failingFloor, passingFirstRun } from '../golden/report/scenarios.js';

describe('baseline.metrics.json', () => {
  it('populates at least 95 % of its fields for a run with tests and an environment, and says so', () => {
    const b = baselineMetrics(failingFloor().result, { signatureSha256: 'ab'.repeat(32) }) as Record<
      string,
      any
    >;
    expect(b['populated']).toMatchObject({ null_fields: [] });
    expect(b['populated'].share).toBe(1);
    expect(b['coverage']).toMatchObject({
      line_percent: (130 / 168) * 100,
      lines_covered: 130,
      branches_total: 108,
    });
    expect(b['durations']).toMatchObject({ method: 'nearest-rank', samples: 8, p95: 2.75 });
    expect(b['flake']).toMatchObject({ rate: 1 / 8, runs_seen: 8, flaky_tests: 1 });
    expect(b['environment']).toMatchObject({ signature_sha256: 'ab'.repeat(32), os: 'linux' });
    expect(b['seed']).toEqual({ variable: 'TPR_SEED', state: 'integer', integer: true });
  });

  it('is null only where the run had no data, and names those fields', () => {
    const r = { ...passingFirstRun().result, tests: null, flakes: null };
    const b = baselineMetrics(r, { signatureSha256: null }) as Record<string, any>;
    expect(b['populated'].null_fields).toEqual([
      'durations.method',
      'durations.samples',
      'durations.p50',
      'durations.p90',
      'durations.p95',
      'durations.p99',
      'durations.total_seconds',
      'tests.total',
      'tests.passed',
      'tests.failed',
      'tests.errors',
      'tests.skipped',
      'tests.flaky',
      'flake.rate',
      'flake.runs_seen',
      'flake.flaky_tests',
      'environment.signature_sha256',
    ]);
    expect(b['populated'].share).toBeCloseTo((b['populated'].fields - 17) / b['populated'].fields, 12);
    expect(JSON.stringify(b)).not.toMatch(/"seed":\{[^}]*"value"/);
  });
});
