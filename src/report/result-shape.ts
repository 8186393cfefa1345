/**
 * A strict reader for a RunResult that arrives as data (a checkpoint from another workflow run,
 * possibly a fork's): every field checked, unknown and missing fields refused, and the value rebuilt
 * from fresh objects so nothing of the input's own (prototypes, extra keys) survives into rendering.
 */
import type { RunResult } from '../analysis/run-result.js';
import { COVERAGE_FORMATS } from '../model/coverage.js';
import { OS_NAMES, RUNTIMES } from '../config/environment.js';
import { SIGNATURE_SCHEMA } from '../analysis/environment.js';

export class ShapeError extends Error {
  override readonly name = 'ShapeError';
}

export type Check<T> = (v: unknown, at: string) => T;

const fail = (at: string, what: string): never => {
  throw new ShapeError(`${at}: expected ${what}`);
};

/** Strings from a foreign run are bounded: a megabyte of test name renders as nothing useful. */
const MAX_STRING = 100_000;

export const str: Check<string> = (v, at) =>
  typeof v === 'string' && v.length <= MAX_STRING ? v : fail(at, 'a string');
export const num: Check<number> = (v, at) =>
  typeof v === 'number' && Number.isFinite(v) ? v : fail(at, 'a finite number');
export const int: Check<number> = (v, at) =>
  Number.isSafeInteger(v) ? (v as number) : fail(at, 'an integer');
export const bool: Check<boolean> = (v, at) => (typeof v === 'boolean' ? v : fail(at, 'true or false'));

export function lit<const T extends readonly (string | number | boolean)[]>(...values: T): Check<T[number]> {
  return (v, at) =>
    values.includes(v as T[number])
      ? (v as T[number])
      : fail(at, values.map((x) => JSON.stringify(x)).join(' | '));
}

export function nullable<T>(c: Check<T>): Check<T | null> {
  return (v, at) => (v === null ? null : c(v, at));
}

export function arr<T>(c: Check<T>): Check<T[]> {
  return (v, at) => (Array.isArray(v) ? v.map((x, i) => c(x, `${at}[${i}]`)) : fail(at, 'an array'));
}

/** A tuple of fixed length. */
export function pair<A, B>(a: Check<A>, b: Check<B>): Check<readonly [A, B]> {
  return (v, at) =>
    Array.isArray(v) && v.length === 2 ? [a(v[0], `${at}[0]`), b(v[1], `${at}[1]`)] : fail(at, 'a pair');
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function put(o: Record<string, unknown>, key: string, value: unknown): void {
  // defineProperty: a key named __proto__ stays a key, never a prototype.
  Object.defineProperty(o, key, { value, enumerable: true, writable: true, configurable: true });
}

/** A map with keys of its own choosing (runtimes by name, tools by name). */
export function rec<T>(c: Check<T>, key: Check<string> = str): Check<Record<string, T>> {
  return (v, at) => {
    if (!isRecord(v)) return fail(at, 'an object');
    const out: Record<string, T> = {};
    for (const k of Object.keys(v)) put(out, key(k, `${at} key`), c(v[k], `${at}.${k}`));
    return out;
  };
}

type Shape = Record<string, Check<unknown>>;
type Out<S extends Shape> = { -readonly [K in keyof S]: S[K] extends Check<infer T> ? T : never };

/** An object with exactly these fields (and, when present, these optional ones): nothing else. */
export function obj<R extends Shape, O extends Shape = Record<never, never>>(
  required: R,
  optional?: O,
): Check<Out<R> & Partial<Out<O>>> {
  return (v, at) => {
    if (!isRecord(v)) return fail(at, 'an object');
    const out: Record<string, unknown> = {};
    for (const k of Object.keys(v))
      if (!Object.hasOwn(required, k) && !(optional && Object.hasOwn(optional, k)))
        throw new ShapeError(`${at}: unknown field ${JSON.stringify(k).slice(0, 80)}`);
    for (const [k, c] of Object.entries(required)) {
      if (!Object.hasOwn(v, k)) throw new ShapeError(`${at}: missing field "${k}"`);
      put(out, k, c(v[k], `${at}.${k}`));
    }
    for (const [k, c] of Object.entries(optional ?? {}))
      if (Object.hasOwn(v, k) && v[k] !== undefined) put(out, k, c(v[k], `${at}.${k}`));
    return out as Out<R> & Partial<Out<O>>;
  };
}

// ───────────────────────────── the pieces of a RunResult ─────────────────────────────

const status = lit('pass', 'warn', 'fail', 'skipped');
const metric = lit('line', 'branch');
const ratio = obj({ covered: int, total: int, percent: nullable(num) });
const evidenceValue: Check<string | number | boolean | null> = (v, at) =>
  v === null || typeof v === 'boolean' ? v : typeof v === 'number' ? num(v, at) : str(v, at);
const reason = obj({ code: str, message: str, evidence: rec(evidenceValue) });
const verdict = obj({ gate: str, status, reasons: arr(reason) });
const strings = arr(str);
const lineRange = pair(int, int);

const tier = obj({ name: str, paths: strings, target: num, each: bool });
const ladderConfig = obj({
  metric,
  baseline: nullable(num),
  tolerance: num,
  target: nullable(num),
  since: nullable(str),
  horizon: nullable(str),
  tiers: arr(tier),
  ratchet: nullable(obj({ step: num })),
  patch: obj({ target: nullable(num), minLines: num }),
  pathPrefix: nullable(obj({ strip: strings, add: str })),
});
const runtimeName = lit(...RUNTIMES);
const environmentConfig = obj({
  runtimes: rec(str, runtimeName),
  lockFiles: rec(str),
  requiredEnv: strings,
  seed: obj({ variable: str, required: bool }),
  tools: rec(obj({ range: str, command: nullable(strings) })),
  os: arr(lit(...OS_NAMES)),
  expectedSignature: nullable(str),
  probeTimeoutMs: num,
  detectRuntimes: bool,
});
const testsConfig = obj({
  historyDepth: int,
  quarantine: str,
  slowest: int,
  flakeRate: obj({ max: num, fromConfig: bool }),
  flaky: obj({ flipRate: num, minRuns: int, recoverAfterPasses: int, recoverAfterDays: int }),
  broken: obj({ failPercent: num, lastRuns: int }),
  property: strings,
  markers: strings,
});
const config = obj({
  file: nullable(str),
  coverage: ladderConfig,
  environment: environmentConfig,
  tests: testsConfig,
});

const fileTotals = obj({ path: str, lines: ratio, branches: ratio }, { statements: ratio });
const totals = obj({ lines: ratio, branches: ratio, files: arr(fileTotals) }, { statements: ratio });
const gapFile = obj(
  { path: str, covered: int, total: int, missing: int, percent: nullable(num), gain: num },
  { tiers: arr(str) },
);
const pathToGoal = obj({ goal: num, needed: int, files: strings, reachable: bool });
const gaps = obj({
  metric,
  covered: int,
  total: int,
  ranked: arr(gapFile),
  toFloor: nullable(pathToGoal),
  toTarget: nullable(pathToGoal),
});
const tierFigures = obj({
  name: str,
  target: num,
  each: bool,
  files: int,
  covered: int,
  total: int,
  percent: nullable(num),
  filesBelow: int,
  worst: arr(obj({ path: str, covered: int, total: int, percent: num })),
  status,
});
const fileDelta = obj({
  path: str,
  status: lit('added', 'removed', 'kept'),
  before: nullable(ratio),
  after: nullable(ratio),
  change: nullable(num),
  coveredChange: int,
  uncoveredChange: int,
  lostLines: nullable(arr(int)),
});
const coverageDelta = obj({
  metric,
  before: ratio,
  after: ratio,
  change: nullable(num),
  files: arr(fileDelta),
  added: int,
  removed: int,
});
const patch = obj({
  covered: int,
  total: int,
  percent: nullable(num),
  changedLines: int,
  files: arr(obj({ path: str, covered: int, total: int, percent: num, uncovered: arr(lineRange) })),
  unreported: strings,
  source: str,
});
const coverage = obj({
  inputs: arr(obj({ file: str, format: lit(...COVERAGE_FORMATS) }, { producer: str, percentCombined: num })),
  totals,
  paths: obj({
    mapped: int,
    unmapped: strings,
    bySuffix: int,
    suggestedPrefix: nullable(str),
    prefixSuggestion: nullable(str),
  }),
  base: nullable(obj({ source: str, lines: ratio, branches: ratio })),
  delta: nullable(obj({ value: num, against: lit('base', 'baseline') })),
  baseDelta: nullable(obj({ delta: coverageDelta, explanation: nullable(reason) })),
  gaps,
  tiers: arr(tierFigures),
  ratchet: nullable(obj({ proposed: nullable(num), since: nullable(str), reason })),
  patch: nullable(patch),
});
const ladder = obj({
  metric,
  current: nullable(num),
  covered: int,
  total: int,
  baseline: nullable(num),
  tolerance: num,
  target: nullable(num),
  since: nullable(str),
  horizon: nullable(str),
  date: str,
  floor: nullable(num),
  progress: nullable(num),
});
const failureGroup = obj({
  signature: str,
  normalized: str,
  test_count: int,
  tests: strings,
  status: lit('new', 'seen'),
  seen_in_runs: int,
  of_runs: int,
  summary: str,
  first_seen: nullable(obj({ run_id: str, date: str })),
  earlier_test_count: int,
  earlier_tests: strings,
});
const tests = obj(
  {
    inputs: strings,
    totals: obj({ total: int, passed: int, failed: int, errors: int, skipped: int, flaky: int }),
    durations: obj({
      percentiles: obj({
        p50: nullable(num),
        p90: nullable(num),
        p95: nullable(num),
        p99: nullable(num),
        method: lit('nearest-rank'),
        samples: int,
      }),
      total: num,
      slowest: arr(obj({ id: str, name: str, duration: num })),
    }),
    firstFailure: nullable(obj({ id: str, timeToFirstFailure: num, totalTime: num, savedShare: num })),
    flakyIds: strings,
    producers: strings,
    notes: strings,
  },
  { signatures: arr(failureGroup) },
);

const probeStatus = lit('ok', 'missing', 'timeout', 'unreadable', 'error');
const probedFields = { status: probeStatus, version: nullable(str), command: str, duration_ms: num };
const probedOptional = {
  exit_code: nullable(num),
  stdout_bytes: num,
  stderr_bytes: num,
  timeout_ms: num,
  error: str,
};
const signature = obj({
  schema: lit(SIGNATURE_SCHEMA),
  os: str,
  platform: str,
  arch: str,
  runner: obj({ os: nullable(str), arch: nullable(str), image: nullable(str), image_version: nullable(str) }),
  runtimes: rec(
    obj(
      {
        ...probedFields,
        detected_from: strings,
        declared: nullable(obj({ file: str, version: str })),
      },
      probedOptional,
    ),
  ),
  tools: rec(obj(probedFields, probedOptional)),
  lock_files: arr(
    obj(
      {
        file: str,
        status: lit('ok', 'missing', 'unreadable'),
        sha256: nullable(str),
        bytes: nullable(num),
      },
      { sha256_lf: str, error: str },
    ),
  ),
  env: arr(obj({ name: str, state: lit('set', 'empty', 'unset') })),
  seed: obj(
    {
      variable: str,
      state: lit('integer', 'not-integer', 'empty', 'unset'),
      present: bool,
      integer: bool,
    },
    { problem: str },
  ),
  captured_at: str,
  monotonic_start_ms: num,
  duration_ms: num,
});

const trend = obj({
  metric,
  target: nullable(num),
  horizon: nullable(str),
  points: arr(
    obj({ run_id: str, date: str, commit: nullable(str), coverage: nullable(num), floor: nullable(num) }),
  ),
  pace: obj({
    status: lit('met', 'on-track', 'behind', 'missed', 'unknown'),
    perPeriod: nullable(num),
    projected: nullable(num),
    needed: nullable(num),
    reachesOn: nullable(str),
    runs: int,
    days: int,
    reason: nullable(str),
  }),
});
const flakes = obj({
  method: str,
  runsSeen: int,
  excludedRuns: strings,
  flaky: arr(
    obj({
      id: str,
      evidence: lit('passed-on-retry', 'both-outcomes-same-commit', 'flip-rate'),
      outcomes: str,
    }),
  ),
  flakeRate: nullable(num),
});
const rollback = arr(obj({ code: str, message: str, actions: strings }, { evidence: rec(evidenceValue) }));
const property = obj({
  status,
  tests: int,
  passing: int,
  needs_runs: int,
  falsified: int,
  flaky: int,
  too_slow: int,
  required_passes: int,
  runtime_threshold_ms: num,
  seed: nullable(str),
  false_failure_rate: nullable(num),
});
const modeDetection = {
  detection_ms: num,
  reduction_percent: num,
  target_percent: num,
  target_source: lit(
    'TPR_MAX_FAIL_FAST_IMPROVEMENT_TARGET',
    'TPR_HARD_FAIL_FAST_IMPROVEMENT_TARGET',
    'default',
  ),
  meets_target: bool,
};
const failfast = obj({
  mode: lit('off', 'soft', 'hard'),
  source: lit('input', 'TPR_FAILFAST_MODE', 'default'),
  benchmark: nullable(
    obj({
      seeded_failure: str,
      position: int,
      cases: int,
      basis: lit('durations', 'suite-timestamps'),
      off: obj({ detection_ms: num, tests_ms: num, judging_ms: nullable(num) }),
      soft: obj({ ...modeDetection, first_failure_ms: num, partial_write_ms: nullable(num) }),
      hard: obj({ ...modeDetection, first_failure_ms: num }),
      notes: strings,
    }),
  ),
  benchmarkReason: nullable(str),
});

const runResultCheck = obj(
  {
    tool: obj({ name: lit('test-ladder'), version: str }),
    run: obj({
      id: str,
      attempt: int,
      correlationId: str,
      commit: nullable(str),
      ref: nullable(str),
      repository: nullable(str),
      startedAt: str,
      date: str,
    }),
    config,
    coverage,
    ladder,
    tests: nullable(tests),
    environment: nullable(obj({ signature, drift: arr(reason) })),
    verdicts: arr(verdict),
    status,
  },
  // Fields the result gains as the pipeline grows: an older checkpoint lacks them.
  { trend: nullable(trend), flakes: nullable(flakes), rollback, property: nullable(property), failfast },
);

/** A RunResult read from data, or a ShapeError naming the first field that is wrong. */
export function readRunResult(v: unknown, at = 'result'): RunResult {
  // The assignment proves the checks produce a RunResult; a field RunResult gains fails to compile
  // here until it is checked too.
  const checked: RunResult = runResultCheck(v, at);
  return checked;
}
