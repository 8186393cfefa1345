import { describe, expect, it } from 'vitest';
import { judgeAcceptance, MANDATORY_ARTIFACTS, type AcceptanceInput } from '../../src/analysis/acceptance.js';
import { EVENT_NAMES } from '../../src/events/index.js';
import type { Verdict } from '../../src/model/verdict.js';

const HASH = 'a'.repeat(64);
const ALL_ARTIFACTS = [...MANDATORY_ARTIFACTS, 'baseline.metrics.hash', 'failfast.summary.json'].map(
  (name) => ({
    name,
    sha256: HASH,
  }),
);
const pass = (gate: string): Verdict => ({ gate, status: 'pass', reasons: [] });

/** A run that meets every criterion; each test breaks one thing. */
function complete(over: Partial<AcceptanceInput> = {}): AcceptanceInput {
  return {
    artifacts: ALL_ARTIFACTS,
    seen: EVENT_NAMES.filter((e) => e !== 'logging_deficit' && e !== 'risk_trigger' && !e.endsWith('_fail')),
    missing: [],
    baselinePopulated: 0.97,
    failfast: { soft: { reduction: 55, target: 40 }, hard: { reduction: 80, target: 60 } },
    property: pass('property'),
    validation: { status: 'ok', durationMs: 120 },
    ladder: { baseline: 70, target: 80 },
    gates: [pass('ladder'), pass('property')],
    rollbackFired: [],
    ...over,
  };
}

const statusOf = (input: AcceptanceInput) =>
  Object.fromEntries(judgeAcceptance(input).criteria.map((c) => [c.id, c.status]));

describe('judgeAcceptance', () => {
  it('meets AC-1 … AC-7 and the Definition of Done when every piece of evidence is there', () => {
    const { criteria, done } = judgeAcceptance(complete());
    expect(criteria.map((c) => [c.id, c.status])).toEqual([
      ['AC-1', 'met'],
      ['AC-2', 'met'],
      ['AC-3', 'met'],
      ['AC-4', 'met'],
      ['AC-5', 'met'],
      ['AC-6', 'met'],
      ['AC-7', 'met'],
    ]);
    expect(done).toEqual({ met: true, line: 'Definition of Done: met.', missing: [] });
    // Evidence carries the artifact hashes and the figures, not only a status.
    expect(criteria[0]!.evidence).toContainEqual({
      kind: 'artifact',
      name: 'baseline.metrics.json',
      value: HASH,
    });
    expect(criteria[1]!.evidence).toContainEqual({
      kind: 'figure',
      name: 'hard.reduction_percent',
      value: 80,
    });
  });

  it('AC-1 is not met below 95 % populated or without the hash file, and says which', () => {
    const low = judgeAcceptance(complete({ baselinePopulated: 0.9 })).criteria[0]!;
    expect(low.status).toBe('not met');
    expect(low.missing).toEqual(['baseline.metrics.json is 90.0 % populated (the plan asks ≥ 95 %)']);
    const noHash = judgeAcceptance(
      complete({ artifacts: ALL_ARTIFACTS.filter((a) => a.name !== 'baseline.metrics.hash') }),
    ).criteria[0]!;
    expect(noHash.missing).toEqual(['baseline.metrics.hash was not written']);
  });

  it('AC-2: short of a target is not met; no seeded failure is not measured; each says why', () => {
    const short = judgeAcceptance(
      complete({ failfast: { soft: { reduction: 39.96, target: 40 }, hard: { reduction: 61, target: 60 } } }),
    ).criteria[1]!;
    expect(short.status).toBe('not met');
    expect(short.missing).toEqual(['soft cuts detection time by 40.0 % (target 40 %)']);
    const none = judgeAcceptance(complete({ failfast: { reason: 'no failing test in this run' } }))
      .criteria[1]!;
    expect([none.status, none.missing]).toEqual(['not measured', ['no failing test in this run']]);
    const half = judgeAcceptance(
      complete({ failfast: { soft: { reduction: null, target: 40 }, hard: { reduction: 70, target: 60 } } }),
    ).criteria[1]!;
    expect(half.status).toBe('not measured');
  });

  it('AC-3 follows the property gate: warn (needs runs) is pending, fail is not met, skipped is not measured', () => {
    const needs: Verdict = {
      gate: 'property',
      status: 'warn',
      reasons: [{ code: 'PROPERTY_NEEDS_RUNS', message: 'needs 27 more runs', evidence: {} }],
    };
    const r = judgeAcceptance(complete({ property: needs }));
    expect(r.criteria[2]).toMatchObject({
      status: 'pending',
      missing: ['PROPERTY_NEEDS_RUNS: needs 27 more runs'],
    });
    // AC-4 waits on it, and the Definition of Done names both.
    expect(r.criteria[3]!.missing).toEqual(['AC-3 is pending']);
    expect(r.done.line).toBe('Definition of Done: not met: AC-3 pending, AC-4 not met.');
    expect(statusOf(complete({ property: { ...needs, status: 'fail' } }))['AC-3']).toBe('not met');
    expect(statusOf(complete({ property: { ...needs, status: 'skipped' } }))['AC-3']).toBe('not measured');
    expect(statusOf(complete({ property: null }))['AC-3']).toBe('not measured');
  });

  it('AC-4 is not met while a rollback trigger is open', () => {
    const r = judgeAcceptance(complete({ rollbackFired: ['COVERAGE_DROP'] }));
    expect(r.criteria[3]!.missing).toEqual(['rollback trigger COVERAGE_DROP fired']);
  });

  it('AC-5 needs a validate-env step of the job, under 1 s', () => {
    const none = judgeAcceptance(complete({ validation: null }));
    expect(none.criteria[4]!.status).toBe('not measured');
    expect(none.criteria[3]!.missing).toEqual(['the environment was not validated (AC-5)']);
    expect(none.done.missing).toContain('the job does not run the environment validator before the tests');
    const slow = judgeAcceptance(complete({ validation: { status: 'ok', durationMs: 1000 } })).criteria[4]!;
    expect(slow.missing).toEqual(['the validation took 1000 ms (the plan asks under 1000 ms)']);
    const skipped = judgeAcceptance(complete({ validation: { status: 'skipped', durationMs: 3 } }))
      .criteria[4]!;
    expect([skipped.status, skipped.missing]).toEqual([
      'not met',
      ['the validation was skipped (validate-env: skip, or TPR_ENV_VALIDATE=skip)'],
    ]);
    // A failed validation halted that job; a run step that went on anyway still shows it was judged.
    expect(statusOf(complete({ validation: { status: 'fail', durationMs: 80 } }))['AC-5']).toBe('met');
  });

  it('AC-6 needs a baseline and a target; AC-7 every required event', () => {
    const r = judgeAcceptance(
      complete({ ladder: { baseline: null, target: 80 }, missing: ['flake_scan_complete'] }),
    );
    expect(r.criteria[5]!.missing).toEqual(['no coverage baseline is set (coverage.baseline)']);
    expect(r.criteria[6]!.missing).toEqual([
      'required event flake_scan_complete was never emitted (logging_deficit)',
    ]);
    expect(r.done.missing).toContain('the event log has deficits');
  });

  it('the Definition of Done names mandatory artifacts not written and an unjudged ladder gate', () => {
    const r = judgeAcceptance(
      complete({
        artifacts: ALL_ARTIFACTS.filter((a) => a.name !== 'markers.usage.json'),
        gates: [{ gate: 'ladder', status: 'skipped', reasons: [] }],
      }),
    );
    expect(r.done.met).toBe(false);
    expect(r.done.missing).toEqual([
      'mandatory artifacts not written: markers.usage.json',
      'the ladder gate was not judged',
    ]);
  });
});
