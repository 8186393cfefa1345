import { describe, expect, it } from 'vitest';
import { floorOn, judgeLadder } from '../../src/gates/ladder.js';
import { DEFAULT_LADDER, type LadderConfig } from '../../src/config/types.js';
import { ratio } from '../../src/analysis/totals.js';

// The floor rises from 60 on 2026-01-01 to 80 on 2026-01-11: 2 points a day.
const LADDER: LadderConfig = {
  ...DEFAULT_LADDER,
  metric: 'line',
  baseline: 60,
  tolerance: 0,
  target: 80,
  since: '2026-01-01',
  horizon: '2026-01-11',
};
/** A measured ratio of 10 000 lines whose percent is exactly `percent` (no division noise). */
const at = (percent: number) => ({ covered: Math.round(percent * 100), total: 10_000, percent });
const judge = (percent: number, date: string, over: Partial<LadderConfig> = {}) =>
  judgeLadder({ ...LADDER, ...over }, at(percent), date);

describe('floorOn: the baseline rising linearly to the target', () => {
  const cases: [string, number, number][] = [
    ['2025-12-01', 60, 0],
    ['2025-12-31', 60, 0],
    ['2026-01-01', 60, 0],
    ['2026-01-02', 62, 0.1],
    ['2026-01-06', 70, 0.5],
    ['2026-01-10', 78, 0.9],
    ['2026-01-11', 80, 1],
    ['2026-01-12', 80, 1],
    ['2027-06-30', 80, 1],
  ];
  for (const [date, floor, progress] of cases) {
    it(`${date}: floor ${floor}, progress ${progress}`, () => {
      const r = floorOn(LADDER, date);
      expect(r.progress).toBe(progress);
      expect(r.floor).toBeCloseTo(floor, 12);
    });
  }

  it('counts calendar days across a month end and a leap day', () => {
    const l = { ...LADDER, since: '2028-02-27', horizon: '2028-03-02' };
    // 27 Feb → 2 Mar 2028 is 4 days (29 Feb exists); 1 Mar is day 3.
    expect(floorOn(l, '2028-03-01')).toEqual({ floor: 60 + 20 * 0.75, progress: 0.75 });
  });

  it('without a dated target the floor is the baseline and there is no progress', () => {
    expect(floorOn({ ...DEFAULT_LADDER, baseline: 55 }, '2026-01-06')).toEqual({ floor: 55, progress: null });
    expect(floorOn(DEFAULT_LADDER, '2026-01-06')).toEqual({ floor: null, progress: null });
  });

  it('an impossible date or a horizon not after since falls back to the baseline', () => {
    expect(floorOn(LADDER, '2026-02-30')).toEqual({ floor: 60, progress: null });
    expect(floorOn({ ...LADDER, horizon: '2026-01-01' }, '2026-01-06')).toEqual({
      floor: 60,
      progress: null,
    });
  });
});

describe('judgeLadder', () => {
  it('passes on the floor and carries every figure', () => {
    const r = judge(70, '2026-01-06');
    expect(r.verdict).toEqual({ gate: 'ladder', status: 'pass', reasons: [] });
    expect(r.figures).toEqual({
      metric: 'line',
      current: 70,
      covered: 7000,
      total: 10_000,
      baseline: 60,
      tolerance: 0,
      target: 80,
      since: '2026-01-01',
      horizon: '2026-01-11',
      date: '2026-01-06',
      floor: 70,
      progress: 0.5,
    });
  });

  it('BELOW_FLOOR between since and horizon, with its evidence', () => {
    const r = judge(69.99, '2026-01-06');
    expect(r.verdict.status).toBe('fail');
    expect(r.verdict.reasons).toEqual([
      {
        code: 'BELOW_FLOOR',
        message:
          "line coverage 69.99 % is below today's floor 70.00 % (2026-01-06; the floor rises from 60.00 % on 2026-01-01 to 80.00 % on 2026-01-11; tolerance 0.00 pp)",
        evidence: {
          current: 69.99,
          floor: 70,
          tolerance: 0,
          date: '2026-01-06',
          since: '2026-01-01',
          horizon: '2026-01-11',
        },
      },
    ]);
  });

  it('tolerance: exactly floor − tolerance passes, one step below fails', () => {
    expect(judge(68.5, '2026-01-06', { tolerance: 1.5 }).verdict.status).toBe('pass');
    const r = judge(68.49, '2026-01-06', { tolerance: 1.5 });
    expect(r.verdict.reasons.map((x) => [x.code, x.evidence['tolerance']])).toEqual([['BELOW_FLOOR', 1.5]]);
  });

  it('a floor that is 55 up to float noise (0 + 100 × 11/20) is met by 55', () => {
    const l = { baseline: 0, target: 100, since: '2026-01-01', horizon: '2026-01-21' };
    expect(floorOn({ ...LADDER, ...l }, '2026-01-12').floor).toBe(55.00000000000001);
    expect(judge(55, '2026-01-12', l).verdict.status).toBe('pass');
    expect(judge(54.99, '2026-01-12', l).verdict.reasons.map((r) => r.code)).toEqual(['BELOW_FLOOR']);
  });

  it('on the horizon day the floor is the target: BELOW_FLOOR, not yet TARGET_MISSED', () => {
    expect(judge(80, '2026-01-11').verdict.status).toBe('pass');
    const r = judge(79.99, '2026-01-11');
    expect(r.verdict.reasons.map((x) => [x.code, x.evidence['floor']])).toEqual([['BELOW_FLOOR', 80]]);
  });

  it('after the horizon: TARGET_MISSED_AFTER_HORIZON with its evidence', () => {
    expect(judge(80, '2026-01-12').verdict.status).toBe('pass');
    const r = judge(79, '2026-01-12', { tolerance: 0.5 });
    expect(r.verdict).toEqual({
      gate: 'ladder',
      status: 'fail',
      reasons: [
        {
          code: 'TARGET_MISSED_AFTER_HORIZON',
          message:
            'line coverage 79.00 % is below the target 80.00 % that was due on 2026-01-11 (tolerance 0.50 pp)',
          evidence: { current: 79, target: 80, horizon: '2026-01-11', tolerance: 0.5, date: '2026-01-12' },
        },
      ],
    });
    // Exactly target − tolerance passes after the horizon too.
    expect(judge(79.5, '2026-01-12', { tolerance: 0.5 }).verdict.status).toBe('pass');
  });

  it('COVERAGE_REGRESSION below the baseline (a baseline-only ladder), with the drop', () => {
    const l = { target: null, since: null, horizon: null, tolerance: 0.25 };
    expect(judge(59.75, '2026-01-06', l).verdict.status).toBe('pass');
    const r = judge(59, '2026-01-06', l);
    expect(r.figures.floor).toBe(60);
    expect(r.figures.progress).toBeNull();
    expect(r.verdict).toEqual({
      gate: 'ladder',
      status: 'fail',
      reasons: [
        {
          code: 'COVERAGE_REGRESSION',
          message: 'line coverage 59.00 % fell 1.00 pp below the baseline 60.00 % (tolerance 0.25 pp)',
          evidence: { current: 59, baseline: 60, tolerance: 0.25, drop: 1 },
        },
      ],
    });
  });

  it('below the baseline before or on since, where the floor is the baseline: only the regression is reported', () => {
    for (const date of ['2025-12-20', '2026-01-01']) {
      const r = judge(59, date);
      expect(r.verdict.reasons.map((x) => x.code)).toEqual(['COVERAGE_REGRESSION']);
      expect(r.verdict.status).toBe('fail');
    }
  });

  it('below the baseline once the floor has risen above it: both are reported', () => {
    const r = judge(59, '2026-01-11');
    expect(r.verdict.reasons.map((x) => x.code)).toEqual(['COVERAGE_REGRESSION', 'BELOW_FLOOR']);
    expect(r.verdict.reasons[1]!.evidence['floor']).toBeGreaterThan(60);
  });

  it('after the horizon, far below: regression and missed target', () => {
    const r = judge(50, '2026-02-01');
    expect(r.verdict.reasons.map((x) => x.code)).toEqual([
      'COVERAGE_REGRESSION',
      'TARGET_MISSED_AFTER_HORIZON',
    ]);
  });

  it('NO_LADDER: nothing configured is skipped, whatever the figures', () => {
    for (const m of [at(0), ratio(0, 0)]) {
      const r = judgeLadder(DEFAULT_LADDER, m, '2026-01-06');
      expect(r.verdict).toEqual({
        gate: 'ladder',
        status: 'skipped',
        reasons: [
          {
            code: 'NO_LADDER',
            message: 'no coverage baseline or target is configured; figures are reported, nothing is judged',
            evidence: {},
          },
        ],
      });
    }
  });

  it('NO_COVERAGE_DATA: a ladder and nothing to count fails, naming the metric', () => {
    expect(judgeLadder(LADDER, ratio(0, 0), '2026-01-06').verdict).toEqual({
      gate: 'ladder',
      status: 'fail',
      reasons: [
        {
          code: 'NO_COVERAGE_DATA',
          message: 'the coverage reports list no executable lines, so line coverage cannot be measured',
          evidence: { metric: 'line', total: 0 },
        },
      ],
    });
    const b = judgeLadder({ ...LADDER, metric: 'branch' }, ratio(0, 0), '2026-01-06');
    expect(b.verdict.reasons[0]!.message).toBe(
      'the coverage reports list no branches, so branch coverage cannot be measured',
    );
    expect(b.figures.metric).toBe('branch');
  });

  it('0 % is data, not absence: it is judged', () => {
    expect(judgeLadder(LADDER, ratio(0, 10), '2026-01-06').verdict.reasons.map((r) => r.code)).toEqual([
      'COVERAGE_REGRESSION',
      'BELOW_FLOOR',
    ]);
  });
});
