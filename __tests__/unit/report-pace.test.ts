import { describe, expect, it } from 'vitest';
import { coverageTrend } from '../../src/analysis/pace.js';
import type { LadderFigures } from '../../src/gates/ladder.js';

const ladder = (over: Partial<LadderFigures> = {}): LadderFigures => ({
  metric: 'line',
  current: 80,
  covered: 80,
  total: 100,
  baseline: 70,
  tolerance: 0,
  target: 90,
  since: '2026-01-01',
  horizon: '2026-12-31',
  date: '2026-07-01',
  floor: 80,
  progress: 0.5,
  ...over,
});
const run = (date: string, coverage: number | null, id = date) => ({
  run_id: id,
  date,
  commit: null,
  coverage,
});

describe('coverageTrend and its pace', () => {
  it('carries every run with the floor on its date, oldest first', () => {
    const t = coverageTrend(
      [run('2026-01-01', 70), run('2026-12-31', 90)],
      ladder({ current: 90, date: '2026-12-31' }),
    );
    expect(t.points.map((p) => p.floor)).toEqual([70, 90]);
    expect(t.points.map((p) => p.coverage)).toEqual([70, 90]);
  });

  it('is on track when the least-squares slope, continued from today, reaches the target by the horizon', () => {
    // +1 pp every 10 days: 3 pp per 30 days; 183 days left need 10 pp → reached around day 100.
    const runs = [run('2026-06-11', 78), run('2026-06-21', 79), run('2026-07-01', 80)];
    const p = coverageTrend(runs, ladder()).pace;
    expect(p.status).toBe('on-track');
    expect(p.perPeriod).toBeCloseTo(3, 10);
    expect(p.projected).toBeCloseTo(80 + 0.1 * 183, 10);
    expect(p.reachesOn).toBe('2026-10-09');
    expect(p.needed).toBeCloseTo((10 / 183) * 30, 10);
    expect(p).toMatchObject({ runs: 3, days: 20, reason: null });
  });

  it('is behind when the trend falls short, and says what pace is needed', () => {
    const p = coverageTrend([run('2026-05-01', 80.5), run('2026-07-01', 80)], ladder()).pace;
    expect(p.status).toBe('behind');
    expect(p.perPeriod!).toBeLessThan(0);
    expect(p.reachesOn).toBeNull();
    expect(p.needed).toBeCloseTo((10 / 183) * 30, 10);
  });

  it('is met at or above the target, and missed past the horizon below it', () => {
    expect(coverageTrend([run('2026-07-01', 91)], ladder({ current: 91 })).pace.status).toBe('met');
    const late = ladder({ date: '2027-01-05' });
    expect(coverageTrend([run('2026-12-01', 79), run('2027-01-05', 80)], late).pace.status).toBe('missed');
  });

  it('is unknown, with the reason, without a dated target or with runs on one day only', () => {
    expect(coverageTrend([run('2026-07-01', 80)], ladder()).pace).toMatchObject({
      status: 'unknown',
      reason: 'needs runs on at least two different days',
      perPeriod: null,
    });
    const sameDay = [run('2026-07-01', 79, 'a'), run('2026-07-01', 80, 'b')];
    expect(coverageTrend(sameDay, ladder()).pace.status).toBe('unknown');
    expect(
      coverageTrend([run('2026-06-01', 70), run('2026-07-01', 80)], ladder({ horizon: null })).pace,
    ).toMatchObject({
      status: 'unknown',
      reason: 'the ladder has no dated target',
    });
  });

  it('skips runs recorded without coverage and never trusts a non-number', () => {
    const runs = [
      { run_id: 'old', date: '2026-05-01', commit: null },
      { run_id: 'bad', date: '2026-05-02', commit: null, coverage: Number.NaN },
      run('2026-06-01', 79),
      run('2026-07-01', 80),
    ];
    const t = coverageTrend(runs, ladder());
    expect(t.points.map((p) => p.coverage)).toEqual([null, null, 79, 80]);
    expect(t.pace.runs).toBe(2);
  });
});
