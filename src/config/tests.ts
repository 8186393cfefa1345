import { DEFAULT_FLAKE_OPTIONS, type ResolvedFlakeOptions } from '../analysis/flakes.js';
import { DEFAULT_WINDOW, MAX_WINDOW } from '../analysis/history.js';
import { DEFAULT_QUARANTINE_FILE } from '../analysis/quarantine.js';
import { DEFAULT_SLOWEST } from '../analysis/durations.js';
import { DEFAULT_FLAKE_RATE_MAX } from '../gates/flakes.js';

/**
 * The `tests:` section of test-ladder.yml: the history window, the flake and broken thresholds, the
 * flake-rate gate, the quarantine file, the property tests and the declared markers. YAML keys are
 * kebab-case, fields here camelCase. Shares of runs are percents like every other figure in the
 * file, except the flip rate, which is a rate per pair of runs (0 to 1) as the literature writes it.
 */
export interface TestsConfig {
  /** Runs kept in history.json. Default 30. */
  readonly historyDepth: number;
  /** Repository-relative path of the quarantine file. Default `.github/test-ladder-quarantine.yml`. */
  readonly quarantine: string;
  /** Slowest tests listed in durations.json. Default 10. */
  readonly slowest: number;
  readonly flakeRate: {
    /** Percent of the tests that ran; a flake rate above it fails the `flakes` gate. Default 2. */
    readonly max: number;
    /**
     * Whether test-ladder.yml set `max`. When it did not, TPR_FLAKE_RATE_THRESHOLD (read where the
     * environment is read) takes the default's place.
     */
    readonly fromConfig: boolean;
  };
  readonly flaky: {
    /** Flaky at a flip rate (flips / (n − 1)) at least this, 0 to 1. Default 0.3. */
    readonly flipRate: number;
    /** Outcomes a test needs before its flip rate or failure share is a verdict. Default 5. */
    readonly minRuns: number;
    /** A flaky or broken test recovers after this many passes in a row since its last failure or retry; 0 off. Default 10. */
    readonly recoverAfterPasses: number;
    /** …or after this many days without a failure or retry, with a pass since; 0 off. Default 14. */
    readonly recoverAfterDays: number;
  };
  readonly broken: {
    /** Broken when it failed in at least this percent of its outcomes (with min-runs). Default 80. */
    readonly failPercent: number;
    /** Broken when each of its last this many outcomes failed. Default 3. */
    readonly lastRuns: number;
  };
  /**
   * Test ids or globs over ids (as in the quarantine file) of the property tests; a test carrying
   * the marker `property` is one too. Default none.
   */
  readonly property: readonly string[];
  /** Marker names the project declares: markers.usage.json lists the unused ones. Default none. */
  readonly markers: readonly string[];
}

export const DEFAULT_TESTS: TestsConfig = {
  historyDepth: DEFAULT_WINDOW,
  quarantine: DEFAULT_QUARANTINE_FILE,
  slowest: DEFAULT_SLOWEST,
  flakeRate: { max: DEFAULT_FLAKE_RATE_MAX, fromConfig: false },
  flaky: {
    flipRate: DEFAULT_FLAKE_OPTIONS.flipRate,
    minRuns: DEFAULT_FLAKE_OPTIONS.minRuns,
    recoverAfterPasses: DEFAULT_FLAKE_OPTIONS.recoverAfterPasses,
    recoverAfterDays: DEFAULT_FLAKE_OPTIONS.recoverAfterDays,
  },
  broken: { failPercent: DEFAULT_FLAKE_OPTIONS.failShare * 100, lastRuns: DEFAULT_FLAKE_OPTIONS.lastRuns },
  property: [],
  markers: [],
};

/** Patterns in tests.property and names in tests.markers: enough for a suite, bounded for hostile files. */
export const MAX_PROPERTY_PATTERNS = 200;
export const MAX_DECLARED_MARKERS = 500;

/** Relative, forward slashes, no `..` segment: the quarantine file is read inside the repository. */
const REPO_PATH = '^(?![/\\\\])(?![A-Za-z]:)(?!(?:.*/)?\\.\\.(?:/|$))[^\\\\]+$';

/**
 * The JSON Schema of the section, merged into schema/test-ladder.schema.json under
 * `properties.tests`. Draft-07, valid under Ajv's strict mode.
 */
export const testsSchema = {
  description:
    'Test reports over time: how many runs history.json keeps, when a test is flaky or broken, the flake-rate gate, the quarantine file, the property tests and the declared markers.',
  type: ['object', 'null'],
  additionalProperties: false,
  properties: {
    'history-depth': {
      description: `Runs kept in history.json, this run included: each run continues the previous run's window. Default: ${DEFAULT_WINDOW}.`,
      type: 'integer',
      minimum: 1,
      maximum: MAX_WINDOW,
      default: DEFAULT_WINDOW,
    },
    quarantine: {
      description: `Repository-relative path of the quarantine file: tests whose failures are reported but do not fail the tests gate until their entry expires. Default: ${DEFAULT_QUARANTINE_FILE}.`,
      type: 'string',
      pattern: REPO_PATH,
      default: DEFAULT_QUARANTINE_FILE,
    },
    slowest: {
      description: `How many of the slowest tests durations.json lists, each against its median over the history. Default: ${DEFAULT_SLOWEST}.`,
      type: 'integer',
      minimum: 1,
      maximum: 1000,
      default: DEFAULT_SLOWEST,
    },
    'flake-rate': {
      description: 'The flakes gate: the share of this run’s tests that are flaky.',
      type: 'object',
      additionalProperties: false,
      properties: {
        max: {
          description: `Percent (0 to 100) of the tests that ran; a flake rate above it fails the flakes gate and emits risk_trigger. Default: ${DEFAULT_FLAKE_RATE_MAX} (or TPR_FLAKE_RATE_THRESHOLD).`,
          type: 'number',
          minimum: 0,
          maximum: 100,
          default: DEFAULT_FLAKE_RATE_MAX,
        },
      },
    },
    flaky: {
      description:
        'When a test is flaky beyond passing on a retry or passing and failing on one commit: by its flip rate over enough runs.',
      type: 'object',
      additionalProperties: false,
      properties: {
        'flip-rate': {
          description: `Flaky at a flip rate (outcome changes between consecutive runs / (runs − 1)) at least this, above 0 and at most 1. Default: ${DEFAULT_FLAKE_OPTIONS.flipRate}.`,
          type: 'number',
          exclusiveMinimum: 0,
          maximum: 1,
          default: DEFAULT_FLAKE_OPTIONS.flipRate,
        },
        'min-runs': {
          description: `Runs a test needs (skips not counted) before its flip rate or failure share is a verdict; until then reports say "needs ≥ N runs". Default: ${DEFAULT_FLAKE_OPTIONS.minRuns}.`,
          type: 'integer',
          minimum: 2,
          maximum: MAX_WINDOW,
          default: DEFAULT_FLAKE_OPTIONS.minRuns,
        },
        'recover-after-passes': {
          description: `A flaky or broken test is no longer flagged (verdict "recovered") after this many passes in a row since its last failure, error or pass on retry; skips do not count. 0 turns this off. Default: ${DEFAULT_FLAKE_OPTIONS.recoverAfterPasses} (after n passes the 95 % upper bound of the failure rate is about 3/n: 0.3, the flip-rate threshold).`,
          type: 'integer',
          minimum: 0,
          maximum: MAX_WINDOW,
          default: DEFAULT_FLAKE_OPTIONS.recoverAfterPasses,
        },
        'recover-after-days': {
          description: `A flaky or broken test is no longer flagged (verdict "recovered") when its last failure, error or pass on retry is this many days before the run and it passed since, however few times (a nightly job). 0 turns this off. Default: ${DEFAULT_FLAKE_OPTIONS.recoverAfterDays}.`,
          type: 'integer',
          minimum: 0,
          maximum: 365,
          default: DEFAULT_FLAKE_OPTIONS.recoverAfterDays,
        },
      },
    },
    broken: {
      description: 'When a test is broken rather than flaky: it fails (almost) every time.',
      type: 'object',
      additionalProperties: false,
      properties: {
        'fail-percent': {
          description: `Broken when it failed in at least this percent (above 0, at most 100) of at least min-runs runs. Default: ${DEFAULT_FLAKE_OPTIONS.failShare * 100}.`,
          type: 'number',
          exclusiveMinimum: 0,
          maximum: 100,
          default: DEFAULT_FLAKE_OPTIONS.failShare * 100,
        },
        'last-runs': {
          description: `Broken when each of its last this many runs failed. Default: ${DEFAULT_FLAKE_OPTIONS.lastRuns}.`,
          type: 'integer',
          minimum: 1,
          maximum: MAX_WINDOW,
          default: DEFAULT_FLAKE_OPTIONS.lastRuns,
        },
      },
    },
    property: {
      description:
        'The property tests the property gate judges: test ids, or globs over ids as in the quarantine file (`*` any characters but `/`, `**` any characters, `?` one). A test that carries the marker `property` (any case) is one too. Default: none.',
      title: `a list of test ids or globs over test ids (at most ${MAX_PROPERTY_PATTERNS}, each once)`,
      type: 'array',
      maxItems: MAX_PROPERTY_PATTERNS,
      uniqueItems: true,
      items: {
        description: 'A test id, or a glob over test ids.',
        title: 'a test id or a glob over test ids (not blank, at most 1000 characters)',
        type: 'string',
        minLength: 1,
        maxLength: 1000,
        pattern: '\\S',
      },
      default: [],
    },
    markers: {
      description:
        'Marker names the project declares (pytest markers, JUnit 5 tags, categories): markers.usage.json lists those no test carries, and the markers tests carry that are not declared. Default: none.',
      title: `a list of marker names (at most ${MAX_DECLARED_MARKERS}, each once)`,
      type: 'array',
      maxItems: MAX_DECLARED_MARKERS,
      uniqueItems: true,
      items: {
        description: 'A marker name: no whitespace and no comma.',
        title: 'a marker name without whitespace or commas (at most 200 characters)',
        type: 'string',
        minLength: 1,
        maxLength: 200,
        pattern: '^[^\\s,]+$',
      },
      default: [],
    },
  },
} as const;

/** A problem the schema cannot see, at a JSON pointer into the config document. */
export interface TestsProblem {
  readonly pointer: string;
  readonly message: string;
}

/**
 * Rules between keys, checked on a section that passed the schema: a threshold that needs more runs
 * than the window keeps could never be reached. Pointers start at `/tests`.
 */
export function testsProblems(section: unknown): TestsProblem[] {
  if (!isMapping(section)) return [];
  const depth = own(section, 'history-depth');
  const window = typeof depth === 'number' ? depth : DEFAULT_WINDOW;
  const problems: TestsProblem[] = [];
  const flaky = own(section, 'flaky');
  const minRuns = isMapping(flaky) ? own(flaky, 'min-runs') : undefined;
  if (typeof minRuns === 'number' && minRuns > window)
    problems.push({
      pointer: '/tests/flaky/min-runs',
      message: `${minRuns} is more than tests.history-depth (${window}): the window never holds enough runs for a flip rate`,
    });
  const passes = isMapping(flaky) ? own(flaky, 'recover-after-passes') : undefined;
  // The failure a recovery counts from is in the window too: at most window − 1 passes follow it.
  if (typeof passes === 'number' && passes >= window)
    problems.push({
      pointer: '/tests/flaky/recover-after-passes',
      message: `${passes} is not less than tests.history-depth (${window}): the window never holds that many passes after a failure`,
    });
  const broken = own(section, 'broken');
  const lastRuns = isMapping(broken) ? own(broken, 'last-runs') : undefined;
  if (typeof lastRuns === 'number' && lastRuns > window)
    problems.push({
      pointer: '/tests/broken/last-runs',
      message: `${lastRuns} is more than tests.history-depth (${window}): the window never holds that many runs`,
    });
  return problems;
}

/** The validated `tests` value (or undefined/null when absent) → TestsConfig with defaults. */
export function toTestsConfig(section: unknown): TestsConfig {
  if (!isMapping(section)) return DEFAULT_TESTS;
  const d = DEFAULT_TESTS;
  const num = (m: unknown, key: string, dflt: number): number => {
    const v = isMapping(m) ? own(m, key) : undefined;
    return typeof v === 'number' ? v : dflt;
  };
  const quarantine = own(section, 'quarantine');
  const flakeRate = own(section, 'flake-rate');
  return {
    historyDepth: num(section, 'history-depth', d.historyDepth),
    quarantine: typeof quarantine === 'string' ? quarantine : d.quarantine,
    slowest: num(section, 'slowest', d.slowest),
    flakeRate: {
      max: num(flakeRate, 'max', d.flakeRate.max),
      fromConfig: isMapping(flakeRate) && typeof own(flakeRate, 'max') === 'number',
    },
    flaky: {
      flipRate: num(own(section, 'flaky'), 'flip-rate', d.flaky.flipRate),
      minRuns: num(own(section, 'flaky'), 'min-runs', d.flaky.minRuns),
      recoverAfterPasses: num(own(section, 'flaky'), 'recover-after-passes', d.flaky.recoverAfterPasses),
      recoverAfterDays: num(own(section, 'flaky'), 'recover-after-days', d.flaky.recoverAfterDays),
    },
    broken: {
      failPercent: num(own(section, 'broken'), 'fail-percent', d.broken.failPercent),
      lastRuns: num(own(section, 'broken'), 'last-runs', d.broken.lastRuns),
    },
    property: strings(own(section, 'property')),
    markers: strings(own(section, 'markers')),
  };
}

/** A validated list of strings, trimmed; anything else (absent, null) is none. */
function strings(v: unknown): readonly string[] {
  return Array.isArray(v) ? v.filter((e): e is string => typeof e === 'string').map((e) => e.trim()) : [];
}

/** The thresholds flakeScan takes. */
export function flakeOptions(c: TestsConfig): ResolvedFlakeOptions {
  return {
    flipRate: c.flaky.flipRate,
    minRuns: c.flaky.minRuns,
    failShare: c.broken.failPercent / 100,
    lastRuns: c.broken.lastRuns,
    recoverAfterPasses: c.flaky.recoverAfterPasses,
    recoverAfterDays: c.flaky.recoverAfterDays,
  };
}

function isMapping(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function own(m: Record<string, unknown>, key: string): unknown {
  return Object.hasOwn(m, key) ? m[key] : undefined;
}
