/* eslint-disable @typescript-eslint/no-explicit-any -- artifacts read back as JSON are walked freely */
import { describe, expect, it } from 'vitest';
import { sealJson } from '../../src/artifacts/index.js';
import type { LoggedEvent } from '../../src/events/index.js';
import {
  CheckpointError,
  REQUIRED_EVENTS,
  buildCheckpoint,
  parseCheckpoint,
  renderCheckpointMarkdown,
  renderCommentFromCheckpoint,
} from '../../src/report/checkpoint.js';
import { renderComment } from '../../src/report/comment.js';
import { judgeAcceptance } from '../../src/analysis/acceptance.js';
import { failingFloor, passingFirstRun } from '../golden/report/scenarios.js';

const events: LoggedEvent[] = REQUIRED_EVENTS.map((event) => ({
  timestamp: '2026-11-22T09:00:00.000Z',
  event,
  run_id: '4242',
  correlation_id: 'c',
  context: {},
}));

function checkpoint(s = failingFloor()) {
  return buildCheckpoint(s.result, s.artifacts, events, []);
}

/** A checkpoint changed by `edit` and sealed again: the hash is right, the content is not. */
function resealed(edit: (cp: Record<string, any>) => void): string {
  const cp = JSON.parse(JSON.stringify(checkpoint())) as Record<string, any>;
  edit(cp);
  return sealJson(cp).text;
}

describe('foundation checkpoint', () => {
  it('lists every gate, the figures, every artifact hash, the event audit and the rollback triggers', () => {
    const s = failingFloor();
    const cp = checkpoint(s) as Record<string, any>;
    expect(cp['status']).toBe('fail');
    expect(cp['blocked']).toBe(false);
    expect(cp['gates'].map((g: { gate: string }) => g.gate)).toEqual([
      'ladder',
      'tiers',
      'patch',
      'tests',
      'suspicious',
    ]);
    expect(cp['figures']).toMatchObject({
      coverage: { lines: { covered: 130, total: 168 }, branches: { covered: 66, total: 108 } },
      patch: { covered: 63, total: 95, target: 80 },
      flake_rate: 1 / 8,
      tiers: [
        { name: 'core', status: 'pass' },
        { name: 'presentation', status: 'fail' },
      ],
      pace: { status: 'behind' },
      environment: { os: 'linux', drift: ['RUNTIME_CHANGED'] },
    });
    expect(cp['figures'].tests.durations.method).toBe('nearest-rank');
    expect(cp['artifacts']).toEqual(s.artifacts);
    expect(cp['events']).toEqual({
      required: REQUIRED_EVENTS,
      seen: [...REQUIRED_EVENTS].sort(),
      missing: [],
    });
    // The scenario's coverage dropped 2.38 points against its base run, past a 1-point tolerance.
    expect(cp['rollback_triggers']).toMatchObject([
      {
        code: 'COVERAGE_DROP',
        evidence: { against: 'base-run', tolerance: 1 },
        actions: [{}, {}, {}].map(() => expect.any(String)),
      },
    ]);
    expect(cp['result']).toEqual(JSON.parse(JSON.stringify(s.result)));
  });

  it('is blocked by a logging deficit, and its markdown says which events are missing', () => {
    const s = passingFirstRun();
    const cp = buildCheckpoint(s.result, s.artifacts, events.slice(1), ['metrics_capture_start']);
    expect(cp).toMatchObject({ blocked: true, blocked_by: ['logging_deficit: metrics_capture_start'] });
    const md = renderCheckpointMarkdown(s.result, s.artifacts, ['metrics_capture_start'], events.slice(1));
    expect(md).toContain('**Blocked:**');
    expect(md).toContain('| `metrics_capture_start` | ❌ missing: `logging_deficit` |');
    expect(md).toContain('| `metrics_capture_complete` | ✅ |');
    expect(md).toContain('## Rollback triggers\n\nNone fired.');
  });

  it('carries the acceptance criteria and the Definition of Done, in JSON and as a table, and reads them back', () => {
    const s = passingFirstRun();
    const acceptance = judgeAcceptance({
      artifacts: s.artifacts,
      seen: [...REQUIRED_EVENTS, 'environment_validation_start', 'environment_validation_ok'],
      missing: [],
      baselinePopulated: 0.96,
      failfast: { reason: 'no failing test in this run: the benchmark needs a run with a seeded failure' },
      property: null,
      validation: { status: 'ok', durationMs: 85 },
      ladder: { baseline: 70, target: 80 },
      gates: s.result.verdicts,
      rollbackFired: [],
    });
    const cp = buildCheckpoint(s.result, s.artifacts, events, [], REQUIRED_EVENTS, acceptance) as Record<
      string,
      any
    >;
    expect(cp['acceptance'].map((c: { id: string; status: string }) => `${c.id} ${c.status}`)).toEqual([
      'AC-1 met',
      'AC-2 not measured',
      'AC-3 not measured',
      'AC-4 not met',
      'AC-5 met',
      'AC-6 met',
      'AC-7 met',
    ]);
    expect(cp['definition_of_done'].met).toBe(false);
    expect(cp['definition_of_done'].line).toBe(
      'Definition of Done: not met: AC-2 not measured, AC-3 not measured, AC-4 not met.',
    );
    // Sealed and read back: the criteria are checked field by field, and a changed one is refused.
    const text = sealJson(cp).text;
    expect(parseCheckpoint(text).blocked).toBe(false);
    const forged = JSON.parse(text) as Record<string, any>;
    forged['acceptance'][0].status = 'done';
    expect(() => parseCheckpoint(sealJson(forged).text)).toThrow(/acceptance\[0\]\.status: expected/);
    const md = renderCheckpointMarkdown(s.result, s.artifacts, [], events, REQUIRED_EVENTS, acceptance);
    expect(md).toContain('## Acceptance criteria\n\n**Definition of Done: not met: AC-2 not measured');
    expect(md).toContain('| AC-5 | Environment validator halts on a mismatch in under 1 s | ✅ met |');
    expect(md).toContain(
      '| AC-2 | Fail-fast: soft and hard cut the time to detect a failure by their targets | ➖ not measured |',
    );
  });

  it('re-renders the comment from the checkpoint alone', () => {
    const s = failingFloor();
    const text = sealJson(checkpoint(s)).text;
    expect(renderCommentFromCheckpoint(text, { key: 'k' })).toEqual(
      renderComment(s.result, s.artifacts, 'k'),
    );
    expect(parseCheckpoint(text).blocked).toBe(false);
  });

  it.each([
    [
      'a changed figure without a new seal',
      () => sealJson(checkpoint()).text.replace('"covered": 130', '"covered": 131'),
      /not a sealed checkpoint: embedded sha256 mismatch/,
    ],
    ['not JSON', () => '{', /not a sealed checkpoint: not JSON/],
    [
      'another schema',
      () => resealed((cp) => (cp['schema'] = 'x@1')),
      /not a test-ladder\/checkpoint@1 document/,
    ],
    [
      'an unknown field in the result',
      () => resealed((cp) => (cp['result'].coverage.extra = 1)),
      /result\.coverage: unknown field "extra"/,
    ],
    [
      'a missing field in the result',
      () => resealed((cp) => delete cp['result'].ladder.floor),
      /result\.ladder: missing field "floor"/,
    ],
    [
      'a wrong type',
      () => resealed((cp) => (cp['result'].ladder.current = '77')),
      /result\.ladder\.current: expected a finite number/,
    ],
    [
      'an unknown status',
      () => resealed((cp) => (cp['result'].verdicts[0].status = 'ok')),
      /result\.verdicts\[0\]\.status: expected/,
    ],
    [
      'a __proto__ key',
      () =>
        resealed((cp) =>
          Object.defineProperty(cp['result'].run, '__proto__', { value: {}, enumerable: true }),
        ),
      /unknown field "__proto__"/,
    ],
    ['an unknown top-level field', () => resealed((cp) => (cp['extra'] = true)), /unknown field "extra"/],
    [
      'a missing top-level field',
      () => resealed((cp) => delete cp['rollback_triggers']),
      /missing field "rollback_triggers"/,
    ],
    [
      'figures that disagree with the result',
      () => resealed((cp) => (cp['figures'].flake_rate = 0)),
      /"figures" does not match its result/,
    ],
    [
      'gates that disagree with the result',
      () => resealed((cp) => (cp['gates'][0].status = 'pass')),
      /"gates" does not match its result/,
    ],
    [
      'an artifact name with a path',
      () => resealed((cp) => (cp['artifacts'][0].name = '../x')),
      /artifacts\[0\]\.name: expected a plain file name/,
    ],
    [
      'an event outside the taxonomy',
      () => resealed((cp) => cp['events'].seen.push('rm_rf')),
      /events\.seen\[7\]: expected an event name/,
    ],
  ])('refuses %s', (_, make, message) => {
    expect(() => parseCheckpoint(make())).toThrow(CheckpointError);
    expect(() => parseCheckpoint(make())).toThrow(message);
  });
});
