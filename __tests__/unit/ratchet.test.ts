import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { proposeBaseline, roundDown2 } from '../../src/analysis/ratchet.js';
import { ratio } from '../../src/analysis/totals.js';
import { DEFAULT_LADDER, type LadderConfig } from '../../src/config/types.js';
import { floorOn, judgeLadder } from '../../src/gates/ladder.js';

const flat = (
  baseline: number | null,
  step: number | null,
  over: Partial<LadderConfig> = {},
): LadderConfig => ({
  ...DEFAULT_LADDER,
  baseline,
  ratchet: step === null ? null : { step },
  ...over,
});
// The floor rises from 60 on 2026-01-01 to 80 on 2026-01-11: 2 points a day.
const DATED = flat(60, 0.5, { target: 80, since: '2026-01-01', horizon: '2026-01-11' });
const DAY = '2026-03-01';

describe('roundDown2', () => {
  it.each([
    [82.479, 82.47],
    [82.47, 82.47],
    [80.5, 80.5],
    [100, 100],
    [0, 0],
    [0.009, 0],
    // Division noise below the true value is dropped, not rounded down a whole hundredth.
    [(8029 / 10_000) * 100, 80.29],
    [(29 / 100) * 100, 29],
    [(115 / 200) * 100, 57.5],
    // A real third of a hundredth below still rounds down.
    [(2 / 3) * 100, 66.66],
  ])('%s → %s', (value, rounded) => {
    expect(roundDown2(value)).toBe(rounded);
  });
});

describe('proposeBaseline', () => {
  it('off without a ratchet or a baseline; no data without a measurement', () => {
    expect(proposeBaseline(90, flat(80, null), DAY)).toEqual({
      proposed: null,
      since: null,
      reason: { code: 'RATCHET_OFF', message: 'no ratchet is configured', evidence: {} },
    });
    expect(proposeBaseline(90, flat(null, 1), DAY)).toEqual({
      proposed: null,
      since: null,
      reason: {
        code: 'RATCHET_OFF',
        message: 'the ratchet needs coverage.baseline to raise; none is configured',
        evidence: { step: 1 },
      },
    });
    expect(proposeBaseline(null, flat(80, 1), DAY)).toEqual({
      proposed: null,
      since: null,
      reason: {
        code: 'RATCHET_NO_DATA',
        message: 'nothing to measure, so the baseline stays at 80.00 %',
        evidence: { baseline: 80 },
      },
    });
  });

  it('holds below baseline + step and raises from it exactly', () => {
    expect(proposeBaseline(80.49, flat(80, 0.5), DAY)).toEqual({
      proposed: null,
      since: null,
      reason: {
        code: 'RATCHET_HOLD',
        message:
          'line coverage 80.49 % is 0.49 pp above the baseline 80.00 %, less than the ratchet step 0.50 pp; the baseline stays at 80.00 %',
        evidence: { current: 80.49, baseline: 80, floor: 80, step: 0.5, rise: 80.49 - 80 },
      },
    });
    expect(proposeBaseline(80.5, flat(80, 0.5), DAY)).toEqual({
      proposed: 80.5,
      since: null,
      reason: {
        code: 'RATCHET_RAISE',
        message:
          'line coverage 80.50 % is 0.50 pp above the baseline 80.00 % (ratchet step 0.50 pp): raise coverage.baseline to 80.50',
        evidence: {
          current: 80.5,
          baseline: 80,
          floor: 80,
          step: 0.5,
          rise: 0.5,
          proposed: 80.5,
          since: null,
        },
      },
    });
    // 8029 of 10 000 lines with a step of 0.29 from 80: computed as 80.28999999999999, still a raise.
    expect(proposeBaseline((8029 / 10_000) * 100, flat(80, 0.29), DAY).proposed).toBe(80.29);
    expect(proposeBaseline(79, flat(80, 0.5), DAY).reason.message).toBe(
      'line coverage 79.00 % is 1.00 pp below the baseline 80.00 %, less than the ratchet step 0.50 pp; the baseline stays at 80.00 %',
    );
  });

  it('rounds the proposal down: never above the measured value', () => {
    expect(proposeBaseline(82.479, flat(80, 0.5), DAY).proposed).toBe(82.47);
    expect(proposeBaseline(82.479, flat(80, 0.5, { metric: 'branch' }), DAY).reason.message).toBe(
      'branch coverage 82.48 % is 2.48 pp above the baseline 80.00 % (ratchet step 0.50 pp): raise coverage.baseline to 82.47',
    );
  });

  it('holds when a step finer than a hundredth is met but the rounded value is not a raise', () => {
    expect(proposeBaseline(70.005, flat(70, 0.001), DAY)).toMatchObject({
      proposed: null,
      reason: {
        code: 'RATCHET_HOLD',
        message:
          'line coverage 70.005 % rounds down to 70.00, which is not above the baseline 70.00 %; the baseline stays at 70.00 %',
      },
    });
  });

  it("on a dated ladder under way: measured against today's floor, and since moves to today", () => {
    // 2026-01-06: the floor is 70.
    expect(proposeBaseline(70.4, DATED, '2026-01-06').reason.message).toBe(
      "line coverage 70.40 % is 0.40 pp above today's floor 70.00 %, less than the ratchet step 0.50 pp; the baseline stays at 60.00 %",
    );
    const p = proposeBaseline(75.555, DATED, '2026-01-06');
    expect(p).toEqual({
      proposed: 75.55,
      since: '2026-01-06',
      reason: {
        code: 'RATCHET_RAISE',
        message:
          "line coverage 75.56 % is 5.56 pp above today's floor 70.00 % (ratchet step 0.50 pp): raise coverage.baseline to 75.55 and coverage.since to 2026-01-06, so the floor rises from there to the target",
        evidence: {
          current: 75.555,
          baseline: 60,
          floor: 70,
          step: 0.5,
          rise: 75.555 - 70,
          proposed: 75.55,
          since: '2026-01-06',
        },
      },
    });
    // Adopted, the floor today is the new baseline: higher than before, and this run still passes.
    const adopted = { ...DATED, baseline: p.proposed, since: p.since };
    expect(floorOn(adopted, '2026-01-06').floor).toBe(75.55);
    expect(judgeLadder(adopted, ratio(75_555, 100_000), '2026-01-06').verdict.status).toBe('pass');
    // Keeping the old since instead would have put today's floor at 77.775, above 75.555.
    expect(floorOn({ ...DATED, baseline: 75.55 }, '2026-01-06').floor).toBeCloseTo(77.775, 9);
  });

  it('on or before since the floor is the baseline, and since stays', () => {
    expect(proposeBaseline(65, DATED, '2026-01-01')).toMatchObject({ proposed: 65, since: null });
    expect(proposeBaseline(65, DATED, '2025-06-01')).toMatchObject({ proposed: 65, since: null });
  });

  it('is capped at the target, and holds once the baseline is the target', () => {
    const after = proposeBaseline(95, DATED, '2026-02-01');
    expect(after).toEqual({
      proposed: 80,
      since: null,
      reason: {
        code: 'RATCHET_RAISE',
        message:
          "line coverage 95.00 % is 15.00 pp above today's floor 80.00 % (ratchet step 0.50 pp): raise coverage.baseline to 80.00 (capped at the target 80.00 %: the baseline may not exceed it)",
        evidence: { current: 95, baseline: 60, floor: 80, step: 0.5, rise: 15, proposed: 80, since: null },
      },
    });
    expect(proposeBaseline(95, { ...DATED, baseline: 80 }, '2026-02-01')).toMatchObject({
      proposed: null,
      reason: {
        code: 'RATCHET_HOLD',
        message:
          'line coverage 95.00 % is above the target 80.00 %, which the baseline already equals: the ladder is complete; raise coverage.target to ratchet further',
      },
    });
  });

  it("property: a proposal is never above the measurement, never lowers the baseline or today's floor, and passes the run", () => {
    const day = fc
      .integer({ min: 0, max: 30 })
      .map((d) => new Date(Date.UTC(2025, 11, 20 + d)).toISOString().slice(0, 10));
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 10_000 }),
        fc.integer({ min: 1, max: 10_000 }),
        fc.integer({ min: 0, max: 10_000 }),
        fc.integer({ min: 1, max: 1_000 }),
        fc.boolean(),
        day,
        (covered, extra, baseHundredths, stepHundredths, dated, date) => {
          const total = covered + extra;
          const current = (covered / total) * 100;
          const baseline = baseHundredths / 100;
          const ladder: LadderConfig = dated
            ? { ...DATED, baseline: Math.min(baseline, 80), ratchet: { step: stepHundredths / 100 } }
            : flat(baseline, stepHundredths / 100);
          const p = proposeBaseline(current, ladder, date);
          if (p.proposed === null) return;
          const oldFloor = floorOn(ladder, date).floor!;
          const adopted = { ...ladder, baseline: p.proposed, since: p.since ?? ladder.since };
          expect(p.proposed).toBeLessThanOrEqual(current + 1e-9);
          expect(p.proposed).toBeGreaterThan(ladder.baseline!);
          expect(floorOn(adopted, date).floor!).toBeGreaterThanOrEqual(oldFloor - 1e-9);
          expect(judgeLadder(adopted, ratio(covered, total), date).verdict.status).toBe('pass');
        },
      ),
    );
  });
});
