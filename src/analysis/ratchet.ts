import type { LadderConfig } from '../config/types.js';
import type { Reason } from '../model/verdict.js';
import { floorOn } from '../gates/ladder.js';
import { dayNumber } from './dates.js';
import { pct, pp } from '../report/format.js';

/** Percentages are compared unrounded; this only absorbs floating-point noise. */
const EPSILON = 1e-9;

export interface RatchetProposal {
  /** The baseline to write into test-ladder.yml, two decimals; null when the baseline stays. */
  readonly proposed: number | null;
  /**
   * The `since` to write with it, when the ladder is dated and under way: the floor then starts
   * again from the new baseline today and still reaches the target on the horizon. Without this,
   * a higher baseline would lift the whole line, and today's floor above the measured value.
   * Null when `since` stays.
   */
  readonly since: string | null;
  readonly reason: Reason;
}

/**
 * The ratchet: when coverage has risen at least `step` points above today's floor (the baseline,
 * for a ladder without dates), propose the measured value as the new baseline, so the gain cannot be
 * given back.
 *
 * Rounding: the measured percent is rounded DOWN to two decimals (82.479 → 82.47), after dropping
 * floating-point noise past the 12th significant digit (so 8029 of 10 000 lines, computed as
 * 80.28999999999999, proposes 80.29, not 80.28). A proposal is therefore never above the measured
 * value: adopting it cannot fail the run that proposed it.
 *
 * It never lowers anything: nothing is proposed unless the new baseline is above the old one and
 * at least today's floor. It is capped at the target, since a baseline above the target is an
 * invalid config; at the target the ladder is complete, and raising the target starts it again.
 *
 * `current` is the measured percent of the ladder's metric; `date` the day judged (UTC `YYYY-MM-DD`).
 */
export function proposeBaseline(current: number | null, ladder: LadderConfig, date: string): RatchetProposal {
  const hold = (code: string, message: string, evidence: Reason['evidence']): RatchetProposal => ({
    proposed: null,
    since: null,
    reason: { code, message, evidence },
  });
  const { ratchet, baseline, target, metric } = ladder;
  if (ratchet === null) return hold('RATCHET_OFF', 'no ratchet is configured', {});
  if (baseline === null) {
    return hold('RATCHET_OFF', 'the ratchet needs coverage.baseline to raise; none is configured', {
      step: ratchet.step,
    });
  }
  if (current === null) {
    return hold('RATCHET_NO_DATA', `nothing to measure, so the baseline stays at ${pct(baseline)}`, {
      baseline,
    });
  }

  const floor = floorOn(ladder, date).floor ?? baseline;
  // What the ratchet measures the rise against: today's floor, which is the baseline without dates.
  const against =
    floor > baseline + EPSILON ? `today's floor ${pct(floor)}` : `the baseline ${pct(baseline)}`;
  const rise = current - floor;
  const evidence = { current, baseline, floor, step: ratchet.step, rise };
  if (rise < ratchet.step - EPSILON) {
    return hold(
      'RATCHET_HOLD',
      `${metric} coverage ${pct(current)} is ${rise >= 0 ? `${pp(rise)} above` : `${pp(-rise)} below`} ${against}, less than the ratchet step ${pp(ratchet.step)}; the baseline stays at ${pct(baseline)}`,
      evidence,
    );
  }
  const measured = roundDown2(current);
  const capped = target !== null && measured > target;
  const proposed = capped ? target : measured;
  if (capped && proposed <= baseline + EPSILON) {
    return hold(
      'RATCHET_HOLD',
      `${metric} coverage ${pct(current)} is above the target ${pct(target)}, which the baseline already equals: the ladder is complete; raise coverage.target to ratchet further`,
      evidence,
    );
  }
  if (proposed <= baseline + EPSILON || proposed < floor - EPSILON) {
    // Only a step finer than the two decimals a baseline is written with gets here.
    return hold(
      'RATCHET_HOLD',
      `${metric} coverage ${Number(current.toFixed(4))} % rounds down to ${proposed.toFixed(2)}, which is not above ${against}; the baseline stays at ${pct(baseline)}`,
      evidence,
    );
  }

  const since = restartsOn(ladder, date);
  const also =
    since === null ? '' : ` and coverage.since to ${since}, so the floor rises from there to the target`;
  const cap = capped ? ` (capped at the target ${pct(target)}: the baseline may not exceed it)` : '';
  return {
    proposed,
    since,
    reason: {
      code: 'RATCHET_RAISE',
      message: `${metric} coverage ${pct(current)} is ${pp(rise)} above ${against} (ratchet step ${pp(ratchet.step)}): raise coverage.baseline to ${proposed.toFixed(2)}${cap}${also}`,
      evidence: { ...evidence, proposed, since },
    },
  };
}

/** Two decimals, rounded down, after floating-point noise is dropped (see proposeBaseline). */
export function roundDown2(percent: number): number {
  const hundredths = Number((percent * 100).toPrecision(12));
  return Math.floor(hundredths) / 100;
}

/** `date` as the new `since` when the ladder is dated and `date` falls strictly inside it. */
function restartsOn(ladder: LadderConfig, date: string): string | null {
  if (ladder.since === null || ladder.horizon === null || ladder.target === null) return null;
  const d = dayNumber(date);
  const s = dayNumber(ladder.since);
  const h = dayNumber(ladder.horizon);
  if (d === null || s === null || h === null) return null;
  return d > s && d < h ? date : null;
}
