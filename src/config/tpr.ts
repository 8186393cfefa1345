import { seedEntry } from '../analysis/environment.js';
import { FAILFAST_MODES, type FailFastMode } from '../analysis/failfast.js';
import { DEFAULT_FLAKE_RATE_MAX } from '../gates/flakes.js';
import type { Config } from './types.js';

/**
 * The `TPR_*` environment variables of the testing-platform plan, read in one place. Each is a
 * default: an action input or CLI flag (where one exists) wins over test-ladder.yml, which wins over
 * the variable, which wins over the plan's default. This module only turns the variables into typed
 * values with where each came from; the caller applies the precedence it can see (inputs here,
 * test-ladder.yml in `applyTprDefaults`).
 */

export type TprSource = 'env' | 'default';

export interface TprValue<T> {
  readonly value: T;
  readonly source: TprSource;
}

export const TPR_KEYS = [
  'TPR_FAILFAST_MODE',
  'TPR_SEED',
  'TPR_ENV_VALIDATE',
  'TPR_MAX_FAIL_FAST_IMPROVEMENT_TARGET',
  'TPR_HARD_FAIL_FAST_IMPROVEMENT_TARGET',
  'TPR_COVERAGE_BASELINE',
  'TPR_COVERAGE_TARGET',
  'TPR_COVERAGE_TOLERANCE_DROP',
  'TPR_PROPERTY_RUNTIME_THRESHOLD_MS',
  'TPR_FLAKE_RATE_THRESHOLD',
] as const;
export type TprKey = (typeof TPR_KEYS)[number];

/** The plan's defaults. */
export const TPR_DEFAULTS = {
  failfastMode: 'off',
  seed: '12345',
  envValidate: 'enable',
  softFailFastTarget: 40,
  hardFailFastTarget: 60,
  coverageToleranceDrop: 1,
  propertyRuntimeThresholdMs: 1000,
  flakeRateThreshold: DEFAULT_FLAKE_RATE_MAX,
} as const;

export interface TprProblem {
  readonly variable: TprKey;
  readonly message: string;
}

export interface TprSettings {
  readonly failfastMode: TprValue<FailFastMode>;
  /**
   * The seed the plan locks (property tests, the seed-locked re-run). Its text: a seed is an
   * integer of any length, so it is not made a number here. A set value that is not an integer is
   * the environment gate's to judge (ENV_SEED_*), with `problem` saying why, without the value.
   */
  readonly seed: TprValue<string | null> & { readonly problem?: string };
  readonly envValidate: TprValue<'enable' | 'skip'>;
  /** Percent by which soft fail-fast must cut the detection time against off. */
  readonly softFailFastTarget: TprValue<number>;
  /** Percent by which hard fail-fast must cut the detection time against off. */
  readonly hardFailFastTarget: TprValue<number>;
  /** Percent (of the ladder metric); null: not set. */
  readonly coverageBaseline: TprValue<number | null>;
  /** Percent; null: not set. */
  readonly coverageTarget: TprValue<number | null>;
  /** Percentage points the ladder metric may drop before COVERAGE_DROP fires. */
  readonly coverageToleranceDrop: TprValue<number>;
  readonly propertyRuntimeThresholdMs: TprValue<number>;
  /** Percent of the tests that ran. */
  readonly flakeRateThreshold: TprValue<number>;
  /** Values that are set but unusable, each naming the variable and what was expected. */
  readonly problems: readonly TprProblem[];
}

type Env = Readonly<Record<string, string | undefined>>;
/** A value read, or why it could not be (without the variable's name, which the caller adds). */
type Parsed<T> = { readonly ok: T } | { readonly problem: string };

/** Reads every TPR_* variable from `env`. Empty (or only spaces) counts as not set. */
export function parseTpr(env: Env): TprSettings {
  const problems: TprProblem[] = [];
  function read<T>(key: TprKey, dflt: T, parse: (text: string) => Parsed<T>): TprValue<T> {
    const text = env[key]?.trim() ?? '';
    if (text === '') return { value: dflt, source: 'default' };
    const parsed = parse(text);
    if ('problem' in parsed) {
      problems.push({ variable: key, message: `${key}: ${parsed.problem}` });
      return { value: dflt, source: 'default' };
    }
    return { value: parsed.ok, source: 'env' };
  }
  const percent =
    (example: number) =>
    (t: string): Parsed<number> => {
      const v = parsePercent(t);
      return v !== null
        ? { ok: v }
        : { problem: `${shown(t)} is not a percent from 0 to 100 (for example ${example} or ${example}%)` };
    };

  const seedText = env['TPR_SEED'];
  const entry = seedEntry('TPR_SEED', seedText);
  const seed: TprSettings['seed'] = entry.integer
    ? { value: seedText!, source: 'env' }
    : entry.present
      ? { value: null, source: 'env', problem: `TPR_SEED ${entry.problem ?? 'is not an integer'}` }
      : { value: TPR_DEFAULTS.seed, source: 'default' };

  return {
    failfastMode: read<FailFastMode>('TPR_FAILFAST_MODE', TPR_DEFAULTS.failfastMode, (t) => {
      const v = t.toLowerCase();
      return (FAILFAST_MODES as readonly string[]).includes(v)
        ? { ok: v as FailFastMode }
        : { problem: `${shown(t)} is not a fail-fast mode; expected off, soft or hard` };
    }),
    seed,
    envValidate: read<'enable' | 'skip'>('TPR_ENV_VALIDATE', TPR_DEFAULTS.envValidate, (t) => {
      const v = t.toLowerCase();
      if (v === 'skip') return { ok: 'skip' };
      // `run` is what the validate-env input calls it.
      if (v === 'enable' || v === 'run') return { ok: 'enable' };
      return { problem: `${shown(t)} is not allowed; expected enable or skip` };
    }),
    softFailFastTarget: read(
      'TPR_MAX_FAIL_FAST_IMPROVEMENT_TARGET',
      TPR_DEFAULTS.softFailFastTarget,
      percent(TPR_DEFAULTS.softFailFastTarget),
    ),
    hardFailFastTarget: read(
      'TPR_HARD_FAIL_FAST_IMPROVEMENT_TARGET',
      TPR_DEFAULTS.hardFailFastTarget,
      percent(TPR_DEFAULTS.hardFailFastTarget),
    ),
    coverageBaseline: read<number | null>('TPR_COVERAGE_BASELINE', null, percent(70)),
    coverageTarget: read<number | null>('TPR_COVERAGE_TARGET', null, percent(80)),
    coverageToleranceDrop: read(
      'TPR_COVERAGE_TOLERANCE_DROP',
      TPR_DEFAULTS.coverageToleranceDrop,
      percent(TPR_DEFAULTS.coverageToleranceDrop),
    ),
    propertyRuntimeThresholdMs: read<number>(
      'TPR_PROPERTY_RUNTIME_THRESHOLD_MS',
      TPR_DEFAULTS.propertyRuntimeThresholdMs,
      (t) => {
        const m = /^(\d+(?:\.\d+)?|\.\d+)\s*(?:ms)?$/i.exec(t);
        const v = m ? Number(m[1]) : NaN;
        return Number.isFinite(v) && v > 0
          ? { ok: v }
          : { problem: `${shown(t)} is not a number of milliseconds above 0 (for example 1000 or 1000ms)` };
      },
    ),
    flakeRateThreshold: read(
      'TPR_FLAKE_RATE_THRESHOLD',
      TPR_DEFAULTS.flakeRateThreshold,
      percent(TPR_DEFAULTS.flakeRateThreshold),
    ),
    problems,
  };
}

/**
 * `TPR_FLAKE_RATE_THRESHOLD` alone: null when not set. The same rule and message as in parseTpr
 * (`2`, `2.5 %`, `.5`; at most 100).
 */
export function parseFlakeRateThreshold(
  text: string | null | undefined,
): { value: number | null } | { problem: string } {
  const t = parseTpr({ TPR_FLAKE_RATE_THRESHOLD: text ?? undefined });
  const p = t.problems[0];
  if (p) return { problem: p.message };
  return { value: t.flakeRateThreshold.source === 'env' ? t.flakeRateThreshold.value : null };
}

/** A percent as the plan writes them: `40`, `40%`, `40 %`, `2.5`, `.5`; null unless 0..100. */
export function parsePercent(text: string): number | null {
  const m = /^(\d+(?:\.\d+)?|\.\d+)\s*%?$/.exec(text.trim());
  const v = m ? Number(m[1]) : NaN;
  return Number.isFinite(v) && v <= 100 ? v : null;
}

function shown(text: string): string {
  return JSON.stringify(text.slice(0, 40));
}

// ───────────────────────────── the ladder's defaults ─────────────────────────────

/** Which keys of `coverage:` test-ladder.yml wrote itself (from the loader). */
export interface LadderKeysGiven {
  readonly baseline: boolean;
  readonly target: boolean;
  readonly tolerance: boolean;
}

export const NO_LADDER_KEYS_GIVEN: LadderKeysGiven = { baseline: false, target: false, tolerance: false };

/** Where a ladder value came from: the file, its TPR_* variable, or the built-in default. */
export type LadderValueSource = 'test-ladder.yml' | TprKey | 'default';

export interface AppliedTprDefaults {
  readonly config: Config;
  readonly sources: {
    readonly baseline: LadderValueSource;
    readonly target: LadderValueSource;
    readonly tolerance: LadderValueSource;
  };
  /** Values that cannot be used together with the file's (a target below the baseline). */
  readonly problems: readonly TprProblem[];
  /** Variables that were set but not applied, and why. */
  readonly notes: readonly string[];
}

/**
 * The ladder's baseline, target and tolerance from TPR_COVERAGE_BASELINE, TPR_COVERAGE_TARGET and
 * TPR_COVERAGE_TOLERANCE_DROP where test-ladder.yml did not set them. Only variables that are set
 * fill anything: without them the ladder keeps its own defaults (no baseline, no target, tolerance
 * 0). The variables are line percents, so they are not applied to a ladder of branch coverage.
 */
export function applyTprDefaults(
  config: Config,
  tpr: TprSettings,
  given: LadderKeysGiven = NO_LADDER_KEYS_GIVEN,
): AppliedTprDefaults {
  const ladder = config.coverage;
  const notes: string[] = [];
  const problems: TprProblem[] = [];
  const sources: { -readonly [K in keyof AppliedTprDefaults['sources']]: LadderValueSource } = {
    baseline: given.baseline ? 'test-ladder.yml' : 'default',
    target: given.target ? 'test-ladder.yml' : 'default',
    tolerance: given.tolerance ? 'test-ladder.yml' : 'default',
  };
  const fill: { baseline?: number; target?: number; tolerance?: number } = {};
  const candidates = [
    ['baseline', 'TPR_COVERAGE_BASELINE', tpr.coverageBaseline],
    ['target', 'TPR_COVERAGE_TARGET', tpr.coverageTarget],
    ['tolerance', 'TPR_COVERAGE_TOLERANCE_DROP', tpr.coverageToleranceDrop],
  ] as const;
  for (const [key, variable, v] of candidates) {
    if (v.source !== 'env' || v.value === null) continue;
    if (given[key]) {
      notes.push(`${variable} is not used: test-ladder.yml sets coverage.${key}`);
      continue;
    }
    if (ladder.metric !== 'line' && key !== 'tolerance') {
      notes.push(
        `${variable} is not used: it is a line percent and the ladder judges ${ladder.metric} coverage`,
      );
      continue;
    }
    fill[key] = v.value;
    sources[key] = variable;
  }
  const baseline = fill.baseline ?? ladder.baseline;
  const target = fill.target ?? ladder.target;
  if (
    baseline !== null &&
    target !== null &&
    target < baseline &&
    (fill.baseline ?? fill.target) !== undefined
  ) {
    const variable = fill.target !== undefined ? 'TPR_COVERAGE_TARGET' : 'TPR_COVERAGE_BASELINE';
    const other =
      fill.target !== undefined
        ? `the baseline ${baseline} (${sources.baseline === 'test-ladder.yml' ? 'coverage.baseline in test-ladder.yml' : sources.baseline})`
        : `the target ${target} (${sources.target === 'test-ladder.yml' ? 'coverage.target in test-ladder.yml' : sources.target})`;
    problems.push({
      variable,
      message:
        fill.target !== undefined
          ? `TPR_COVERAGE_TARGET: ${target} is below ${other}; the target must be at least the baseline`
          : `TPR_COVERAGE_BASELINE: ${baseline} is above ${other}; the baseline may not be above the target`,
    });
  }
  return {
    config: Object.keys(fill).length === 0 ? config : { ...config, coverage: { ...ladder, ...fill } },
    sources,
    problems,
    notes,
  };
}

// ───────────────────────────── documentation ─────────────────────────────

export interface TprDescription {
  readonly key: TprKey;
  /** The default as the README writes it. */
  readonly default: string;
  readonly sets: string;
  /** What wins over the variable, as the README writes it; '' when nothing does. */
  readonly overriddenBy: string;
}

/** One row per variable, in the plan's order: the README's table is checked against it. */
export const TPR_DESCRIPTIONS: readonly TprDescription[] = [
  {
    key: 'TPR_FAILFAST_MODE',
    default: 'off',
    sets: 'the fail-fast mode: off, soft or hard',
    overriddenBy: 'input failfast-mode, --failfast',
  },
  {
    key: 'TPR_SEED',
    default: TPR_DEFAULTS.seed,
    sets: 'the seed the tests run with; the environment gate requires it when environment.seed.required, and the rollback re-runs the baseline with it locked',
    overriddenBy: 'environment.seed.variable names another variable',
  },
  {
    key: 'TPR_ENV_VALIDATE',
    default: 'enable',
    sets: 'whether the environment is validated: enable or skip',
    overriddenBy: 'input validate-env',
  },
  {
    key: 'TPR_MAX_FAIL_FAST_IMPROVEMENT_TARGET',
    default: String(TPR_DEFAULTS.softFailFastTarget),
    sets: 'percent by which soft fail-fast must cut the time to detect a seeded failure (failfast.summary.json benchmark)',
    overriddenBy: '',
  },
  {
    key: 'TPR_HARD_FAIL_FAST_IMPROVEMENT_TARGET',
    default: String(TPR_DEFAULTS.hardFailFastTarget),
    sets: 'percent by which hard fail-fast must cut the time to detect a seeded failure',
    overriddenBy: '',
  },
  {
    key: 'TPR_COVERAGE_BASELINE',
    default: 'none',
    sets: 'coverage.baseline (line %)',
    overriddenBy: 'coverage.baseline',
  },
  {
    key: 'TPR_COVERAGE_TARGET',
    default: 'none',
    sets: 'coverage.target (line %)',
    overriddenBy: 'coverage.target',
  },
  {
    key: 'TPR_COVERAGE_TOLERANCE_DROP',
    default: String(TPR_DEFAULTS.coverageToleranceDrop),
    sets: 'coverage.tolerance when set (unset, the ladder keeps its tolerance of 0), and the drop in points against the base run, else the baseline, beyond which the COVERAGE_DROP rollback fires (1 unless set)',
    overriddenBy: 'coverage.tolerance',
  },
  {
    key: 'TPR_PROPERTY_RUNTIME_THRESHOLD_MS',
    default: String(TPR_DEFAULTS.propertyRuntimeThresholdMs),
    sets: 'the most milliseconds a property test may take on average',
    overriddenBy: '',
  },
  {
    key: 'TPR_FLAKE_RATE_THRESHOLD',
    default: String(TPR_DEFAULTS.flakeRateThreshold),
    sets: 'tests.flake-rate.max (percent), and the flake rate above which the FLAKE_RATE_SPIKE rollback fires',
    overriddenBy: 'tests.flake-rate.max',
  },
];
