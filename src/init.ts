/**
 * `test-ladder init`: a starting test-ladder.yml whose baseline is measured from the reports at
 * hand. Pure: the caller reads and merges the reports (parseCoverage, mapReportPaths, mergeReports,
 * totals, exactly as `test-ladder coverage` does), gives the figures and today's date, and writes
 * the text this module returns.
 */
import { dayNumber, isIsoDate } from './analysis/dates.js';
import type { Counter, CoverageMetric } from './model/coverage.js';
import { InputError } from './model/errors.js';

/** What was measured, as `test-ladder coverage` reads it. */
export interface InitMeasurement {
  /** The report files read, as the user named them. */
  readonly reports: readonly string[];
  /** The formats detected (or forced), one per kind. */
  readonly formats: readonly string[];
  readonly lines: Counter;
  readonly branches: Counter;
  /** Number of source files in the merged report. */
  readonly files: number;
  /** Report paths that matched no file of the repository. */
  readonly unmapped: number;
}

export interface InitOptions {
  /** Today, `YYYY-MM-DD` (UTC): the ladder's `since`. */
  readonly today: string;
  /** Which figure the ladder judges. Default `line`. */
  readonly metric?: CoverageMetric;
  /** Percentage points of noise allowed. Default 0.5. */
  readonly tolerance?: number;
  /** The target; default: the baseline plus `step` points, at most `maxTarget`. */
  readonly target?: number;
  /** The horizon; default: `months` after today. */
  readonly horizon?: string;
}

/** The defaults of a suggestion, named once so the comments and the help say the same thing. */
export const INIT_DEFAULTS = {
  metric: 'line',
  tolerance: 0.5,
  /** Suggested target: this many points above the baseline… */
  step: 10,
  /** …but no higher than this. */
  maxTarget: 90,
  /** Suggested horizon: this many calendar months after today. */
  months: 6,
} as const;

/** The ladder init proposes, with every figure it is made of. */
export interface InitPlan {
  readonly metric: CoverageMetric;
  /** The measured percent, unrounded. */
  readonly measured: number;
  /** The measured percent rounded down to one decimal: a fresh ladder starts green. */
  readonly baseline: number;
  readonly tolerance: number;
  readonly since: string;
  /** Null when the baseline is already at the suggested maximum and no target was given. */
  readonly target: number | null;
  readonly horizon: string | null;
  /** Whether target and horizon are init's suggestions (true) or were given (false). */
  readonly suggestedTarget: boolean;
  readonly suggestedHorizon: boolean;
}

/** The `$schema` line editors using the YAML language server read. */
export const SCHEMA_URL =
  'https://raw.githubusercontent.com/test-ladder/test-ladder/v1/schema/test-ladder.schema.json';

/**
 * Percent of `c`, rounded down to one decimal, from the integer counts: 57/100 is 57.0, not the
 * 56.9 that flooring the float 56.99999999999999 would give.
 */
export function floorPercent1(c: Counter): number {
  return Math.floor((c.covered * 1000) / c.total) / 10;
}

/** `date` plus `months` calendar months; the day is clamped to the month's end (08-31 + 6 → 02-28). */
export function addMonths(date: string, months: number): string {
  if (!isIsoDate(date)) throw new InputError(`"${date}" is not a date (YYYY-MM-DD)`);
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const index = y * 12 + (m - 1) + months;
  const year = Math.floor(index / 12);
  const month = (index % 12) + 1;
  const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(Math.min(d, last)).padStart(2, '0')}`;
}

const round1 = (n: number) => Math.round(n * 10) / 10;

export function initPlan(m: InitMeasurement, o: InitOptions): InitPlan {
  if (!isIsoDate(o.today)) throw new InputError(`today "${o.today}" is not a date (YYYY-MM-DD)`);
  const metric = o.metric ?? INIT_DEFAULTS.metric;
  const counter = metric === 'line' ? m.lines : m.branches;
  if (counter.total === 0)
    throw new InputError(
      metric === 'line'
        ? 'the reports list no executable lines: nothing to measure a baseline from'
        : 'the reports carry no branches: measure the line metric (--metric line) or write reports with branch data',
    );
  const measured = (counter.covered / counter.total) * 100;
  const baseline = floorPercent1(counter);
  const tolerance = o.tolerance ?? INIT_DEFAULTS.tolerance;
  if (!(tolerance >= 0 && tolerance <= 100))
    throw new InputError(`tolerance ${tolerance} must be a number of percentage points from 0 to 100`);

  let target: number | null;
  if (o.target !== undefined) {
    if (!(o.target >= baseline && o.target <= 100))
      throw new InputError(
        `target ${o.target} must be at least the measured baseline ${baseline} and at most 100`,
      );
    target = o.target;
  } else {
    const suggested = round1(Math.min(INIT_DEFAULTS.maxTarget, baseline + INIT_DEFAULTS.step));
    target = suggested > baseline ? suggested : null;
  }

  let horizon: string | null = null;
  if (o.horizon !== undefined) {
    const h = dayNumber(o.horizon);
    if (h === null) throw new InputError(`horizon "${o.horizon}" is not a date (YYYY-MM-DD)`);
    if (h <= dayNumber(o.today)!)
      throw new InputError(`horizon ${o.horizon} must be after today (${o.today})`);
    if (target === null)
      throw new InputError(`a horizon needs a target above the baseline ${baseline}: give --target as well`);
    horizon = o.horizon;
  } else if (target !== null) horizon = addMonths(o.today, INIT_DEFAULTS.months);

  return {
    metric,
    measured,
    baseline,
    tolerance,
    since: o.today,
    target,
    horizon,
    suggestedTarget: o.target === undefined,
    suggestedHorizon: o.horizon === undefined,
  };
}

const p2 = (n: number) => `${n.toFixed(2)} %`;

function countLine(label: string, c: Counter, unit: string): string {
  return c.total === 0
    ? `${label} none in the reports`
    : `${label} ${p2((c.covered / c.total) * 100)} (${c.covered} of ${c.total} ${unit})`;
}

/** The starting test-ladder.yml, commented so a person can tell measurement from suggestion. */
export function initConfig(m: InitMeasurement, o: InitOptions): string {
  return renderConfig(m, initPlan(m, o));
}

export function renderConfig(m: InitMeasurement, plan: InitPlan): string {
  const reports = m.reports.length === 1 ? m.reports[0]! : `${m.reports.length} reports`;
  const out: string[] = [
    `# yaml-language-server: $schema=${SCHEMA_URL}`,
    `#`,
    `# Written by \`test-ladder init\` on ${plan.since} from ${reports} (${m.formats.join(', ')}):`,
    `#   ${countLine('line coverage  ', m.lines, 'lines')}`,
    `#   ${countLine('branch coverage', m.branches, 'branches')}`,
    `#   ${m.files} source file${m.files === 1 ? '' : 's'}${m.unmapped ? `, ${m.unmapped} not found in the repository (see coverage.path-prefix)` : ''}`,
    `# The baseline is the measured ${plan.metric} coverage, rounded down to one decimal.`,
  ];
  if (plan.target !== null && (plan.suggestedTarget || plan.suggestedHorizon))
    out.push(
      `# SUGGESTED values are starting points, not measurements: set the target and the date your`,
      `# team can commit to. Every key is described in the README and in the schema above.`,
    );
  out.push(
    ``,
    `version: 1`,
    `coverage:`,
    `  metric: ${plan.metric}`,
    `  baseline: ${plan.baseline} # measured ${p2(plan.measured)} on ${plan.since}; may not drop more than the tolerance`,
    `  tolerance: ${plan.tolerance} # percentage points of noise allowed below the baseline and the floor`,
  );
  if (plan.target !== null && plan.horizon !== null) {
    const targetNote = plan.suggestedTarget
      ? `SUGGESTED: the baseline + ${INIT_DEFAULTS.step} points, at most ${INIT_DEFAULTS.maxTarget}`
      : 'due by the horizon';
    const horizonNote = plan.suggestedHorizon
      ? `SUGGESTED: ${INIT_DEFAULTS.months} months out; the floor rises linearly from the baseline to the target`
      : 'the floor rises linearly from the baseline to the target by this day';
    out.push(
      `  since: ${plan.since} # the floor equals the baseline on this day…`,
      `  target: ${plan.target} # ${targetNote}`,
      `  horizon: ${plan.horizon} # ${horizonNote}`,
    );
  } else {
    out.push(
      `  # No target: the baseline is already ${INIT_DEFAULTS.maxTarget} or more. To keep raising it, add a`,
      `  # target and a horizon (with since: ${plan.since}), or let the ratchet propose higher baselines.`,
    );
  }
  out.push(
    `  # ratchet: { step: 1 } # propose a new baseline (output new-baseline) once coverage is 1 point above the floor`,
    `  # patch: { target: 80 } # lines a pull request changes must be 80 % covered (needs diff-file or base-ref)`,
    ``,
  );
  return out.join('\n');
}

/** What `test-ladder init` prints: the figures it measured, and where the ladder goes from there. */
export function describeInit(m: InitMeasurement, plan: InitPlan, file: string | null): string[] {
  const lines = [
    `read ${m.reports.join(', ')} (${m.formats.join(', ')}): ${m.files} source file${m.files === 1 ? '' : 's'}`,
    `  ${countLine('line coverage  ', m.lines, 'lines')}`,
    `  ${countLine('branch coverage', m.branches, 'branches')}`,
  ];
  if (m.unmapped)
    lines.push(
      `  warning: ${m.unmapped} report path(s) match no file of this repository; set coverage.path-prefix (see test-ladder coverage)`,
    );
  const ladder =
    plan.target !== null && plan.horizon !== null
      ? `target ${plan.target}${plan.suggestedTarget ? ' (suggested)' : ''} by ${plan.horizon}${plan.suggestedHorizon ? ' (suggested)' : ''}`
      : 'no target (the baseline is already at the suggested maximum)';
  lines.push(
    `${file === null ? 'proposed' : `wrote ${file}`}: ${plan.metric} baseline ${plan.baseline}, tolerance ${plan.tolerance}, since ${plan.since}, ${ladder}`,
  );
  if (file !== null)
    lines.push(`next: review the SUGGESTED values in ${file}, commit it, and run test-ladder run`);
  return lines;
}

/** Parses init's string flags into options; flags come from node:util parseArgs in the CLI. */
export function initOptionsFrom(v: Record<string, unknown>, today: string): InitOptions {
  const number = (flag: string): number | undefined => {
    const raw = v[flag];
    if (raw === undefined) return undefined;
    const n = typeof raw === 'string' && /^\d+(\.\d+)?$/.test(raw.trim()) ? Number(raw) : NaN;
    if (Number.isNaN(n)) throw new InputError(`--${flag} "${String(raw)}" is not a number`);
    return n;
  };
  const metric = v['metric'];
  if (metric !== undefined && metric !== 'line' && metric !== 'branch')
    throw new InputError(`--metric "${String(metric)}" is not one of line, branch`);
  const options: {
    today: string;
    metric?: CoverageMetric;
    tolerance?: number;
    target?: number;
    horizon?: string;
  } = { today };
  if (metric !== undefined) options.metric = metric;
  const tolerance = number('tolerance');
  if (tolerance !== undefined) options.tolerance = tolerance;
  const target = number('target');
  if (target !== undefined) options.target = target;
  if (v['horizon'] !== undefined) options.horizon = String(v['horizon']);
  return options;
}

export const INIT_HELP = `Usage: test-ladder init FILE... [options]

Writes a starting test-ladder.yml whose baseline is the coverage measured from the reports given
(any format test-ladder reads, merged), rounded down to one decimal. The target (the baseline + ${INIT_DEFAULTS.step}
points, at most ${INIT_DEFAULTS.maxTarget}) and the horizon (${INIT_DEFAULTS.months} months from today) are suggestions, marked
as such in the file. Never overwrites an existing config without --force.

Options:
  --config FILE       where to write (default: test-ladder.yml; refused when it, or any config
                      test-ladder would find, exists)
  --force             overwrite an existing file
  --stdout            print the file instead of writing it
  --metric M          line (default) or branch
  --tolerance N       percentage points of noise allowed (default ${INIT_DEFAULTS.tolerance})
  --target N          the target instead of the suggestion
  --horizon DATE      the horizon (YYYY-MM-DD) instead of the suggestion
  --format F          force the coverage format: auto (default), cobertura, lcov, jacoco, clover,
                      coveragepy-json, istanbul-json, go-cover
  -h, --help          this help

Exit codes: 0 written, 2 usage, unreadable reports or an existing file.`;

/** parseArgs options for `init`. */
export const INIT_OPTIONS = {
  config: { type: 'string' },
  force: { type: 'boolean' },
  stdout: { type: 'boolean' },
  metric: { type: 'string' },
  tolerance: { type: 'string' },
  target: { type: 'string' },
  horizon: { type: 'string' },
  format: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} as const;
