import path from 'node:path';
import { isIsoDate } from './analysis/dates.js';
import {
  isReadableCoverageFormat,
  READABLE_COVERAGE_FORMATS,
  type ReadableCoverageFormat,
} from './formats/coverage/detect.js';
import { InputError, InputErrors } from './model/errors.js';
import { resolveFailFastMode, type FailFastMode, type FailFastSource } from './analysis/failfast.js';
import { parseTpr, type TprSettings } from './config/tpr.js';
import { artifactNameProblem, parseExpectedShards } from './github/naming.js';

/** The action's input names, in one place; action.yml, README and tests are checked against it. */
export const INPUT = {
  mode: 'mode',
  coverageFiles: 'coverage-files',
  coverageFormat: 'coverage-format',
  testFiles: 'test-files',
  config: 'config',
  baseDir: 'base-dir',
  historyDir: 'history-dir',
  artifactsDir: 'artifacts-dir',
  date: 'date',
  diffFile: 'diff-file',
  baseRef: 'base-ref',
  validateEnv: 'validate-env',
  failfastMode: 'failfast-mode',
  githubToken: 'github-token',
  comment: 'comment',
  commentKey: 'comment-key',
  artifactName: 'artifact-name',
  shard: 'shard',
  expectedShards: 'expected-shards',
  upload: 'upload',
  history: 'history',
} as const;

/** The inputs the pipeline reads (the CLI has a flag for each); the rest are the action's GitHub side. */
export type PipelineInputKey =
  | 'mode'
  | 'coverageFiles'
  | 'coverageFormat'
  | 'testFiles'
  | 'config'
  | 'baseDir'
  | 'historyDir'
  | 'artifactsDir'
  | 'date'
  | 'diffFile'
  | 'baseRef'
  | 'validateEnv'
  | 'failfastMode';

/** The action's output names, in one place. */
export const OUTPUT = {
  verdict: 'verdict',
  reasons: 'reasons',
  coverage: 'coverage',
  lineCoverage: 'line-coverage',
  branchCoverage: 'branch-coverage',
  coverageDelta: 'coverage-delta',
  patchCoverage: 'patch-coverage',
  newBaseline: 'new-baseline',
  newSince: 'new-since',
  baseline: 'baseline',
  floor: 'floor',
  target: 'target',
  testsTotal: 'tests-total',
  testsFailed: 'tests-failed',
  artifactsDir: 'artifacts-dir',
  checkpoint: 'checkpoint',
  artifactId: 'artifact-id',
  publishStatus: 'publish-status',
  publishProblems: 'publish-problems',
} as const;

export const MODES = ['run', 'validate-env', 'merge', 'publish'] as const;
export type Mode = (typeof MODES)[number];

/** Who is running: the workflow run on a runner, or a person at a terminal. */
export interface RunContext {
  readonly runId: string;
  readonly attempt: number;
  readonly commit: string | null;
  readonly ref: string | null;
  readonly repository: string | null;
}

export interface Inputs {
  readonly mode: Mode;
  /** Absolute; report paths are mapped relative to it. */
  readonly workspace: string;
  readonly coverage: readonly string[];
  readonly coverageFormat: ReadableCoverageFormat | 'auto';
  readonly tests: readonly string[];
  readonly config: string | null;
  readonly baseDir: string | null;
  readonly historyDir: string | null;
  /** Absolute. */
  readonly outDir: string;
  /** The UTC date the ladder is judged on; null: today. */
  readonly date: string | null;
  /** A unified diff whose added lines are the patch (absolute); null for none. */
  readonly diffFile: string | null;
  /** Patch = changes from the merge base with this ref to HEAD; null for none. */
  readonly baseRef: string | null;
  /**
   * How messages name the diff file when the action assembled it (`PR #12 files API (1 page, 13
   * files)`) rather than its temporary path; absent or null: the file's path.
   */
  readonly diffLabel?: string | null;
  /** Why no change is known (the pull request's files could not be listed); absent or null: none was given. */
  readonly noDiffReason?: string | null;
  /** `skip` skips environment validation (recorded as skipped); null: TPR_ENV_VALIDATE decides. */
  readonly validateEnv: 'run' | 'skip' | null;
  /** `failfast-mode`, else TPR_FAILFAST_MODE, else off; and which of them decided. */
  readonly failfast: { readonly mode: FailFastMode; readonly source: FailFastSource };
  /** TPR_FLAKE_RATE_THRESHOLD in percent: the flakes gate's maximum when test-ladder.yml sets none. */
  readonly flakeRateThreshold: number | null;
  /** Every TPR_* variable, typed, with whether it was set (config/tpr.ts). */
  readonly tpr: TprSettings;
  /**
   * The matrix leg this run is, when it is one: its coverage is a part, so the coverage gates are
   * left to the merge job and only its tests are judged here.
   */
  readonly shard: string | null;
  readonly context: RunContext;
}

/** Raw values as given (action inputs or CLI flags), before validation. */
export interface RawInputs {
  readonly mode?: string;
  readonly coverage: readonly string[];
  readonly coverageFormat?: string;
  readonly tests: readonly string[];
  readonly config?: string;
  readonly baseDir?: string;
  readonly historyDir?: string;
  readonly outDir?: string;
  readonly date?: string;
  readonly diffFile?: string;
  readonly baseRef?: string;
  readonly validateEnv?: string;
  readonly failfastMode?: string;
  readonly shard?: string;
}

/** Validate raw values into Inputs. `label` names an option the way the user wrote it. */
export function resolveInputs(
  raw: RawInputs,
  env: Readonly<Record<string, string | undefined>>,
  cwd: string,
  label: (key: PipelineInputKey) => string,
): Inputs {
  const mode = raw.mode?.trim() || 'run';
  if (!(MODES as readonly string[]).includes(mode))
    throw new InputError(`${label('mode')}: "${mode}" is not a mode; allowed: ${MODES.join(', ')}`);
  const format = raw.coverageFormat?.trim() || 'auto';
  if (format !== 'auto' && !isReadableCoverageFormat(format))
    throw new InputError(
      `${label('coverageFormat')}: "${format}" is not a format this version reads; allowed: auto, ${READABLE_COVERAGE_FORMATS.join(', ')}`,
    );
  const date = raw.date?.trim() || null;
  if (date !== null && !isIsoDate(date))
    throw new InputError(`${label('date')}: "${date}" is not a calendar date; expected YYYY-MM-DD (UTC)`);
  const coverage = raw.coverage.map((s) => s.trim()).filter((s) => s !== '');
  if (coverage.length === 0 && mode === 'run')
    throw new InputError(
      `${label('coverageFiles')}: no coverage report given; expected one or more glob patterns`,
    );
  // The reports of these modes come from artifacts; a pattern given as well would be ignored.
  if (coverage.length > 0 && (mode === 'merge' || mode === 'publish'))
    throw new InputError(
      `${label('coverageFiles')}: not read in mode ${mode}: the coverage comes from the ${mode === 'merge' ? "shards' artifacts" : "triggering run's artifact"}`,
    );
  const validateEnv = raw.validateEnv?.trim() || null;
  if (validateEnv !== null && validateEnv !== 'run' && validateEnv !== 'skip')
    throw new InputError(`${label('validateEnv')}: "${validateEnv}" is not allowed; allowed: run, skip`);
  const failfast = resolveFailFastMode(raw.failfastMode, env['TPR_FAILFAST_MODE'], label('failfastMode'));
  if ('problem' in failfast) throw new InputError(failfast.problem);
  const tpr = parseTpr(env);
  // A variable an input overrides is not read, so a bad value in it is no problem (fail-fast's was
  // judged just above, with its input).
  const problems = tpr.problems.filter(
    (p) =>
      p.variable !== 'TPR_FAILFAST_MODE' && !(p.variable === 'TPR_ENV_VALIDATE' && raw.validateEnv?.trim()),
  );
  if (problems.length === 1) throw new InputError(problems[0]!.message);
  if (problems.length > 1) throw new InputErrors(problems.map((p) => new InputError(p.message)));
  const diffFile = raw.diffFile?.trim() || null;
  const baseRef = raw.baseRef?.trim() || null;
  if (diffFile && baseRef)
    throw new InputError(
      `${label('diffFile')} and ${label('baseRef')} both name the change; give one of them`,
    );
  const workspace = path.resolve(env['GITHUB_WORKSPACE'] || cwd);
  const opt = (s: string | undefined) => (s?.trim() ? path.resolve(workspace, s.trim()) : null);
  const attempt = Number(env['GITHUB_RUN_ATTEMPT'] ?? '1');
  return {
    mode: mode as Mode,
    workspace,
    coverage,
    coverageFormat: format as ReadableCoverageFormat | 'auto',
    tests: raw.tests.map((s) => s.trim()).filter((s) => s !== ''),
    config: opt(raw.config),
    baseDir: opt(raw.baseDir),
    historyDir: opt(raw.historyDir),
    outDir: path.resolve(workspace, raw.outDir?.trim() || 'test-ladder-out'),
    date,
    diffFile: diffFile ? path.resolve(workspace, diffFile) : null,
    baseRef,
    validateEnv: validateEnv as 'run' | 'skip' | null,
    failfast,
    flakeRateThreshold: tpr.flakeRateThreshold.source === 'env' ? tpr.flakeRateThreshold.value : null,
    tpr,
    shard: raw.shard?.trim() || null,
    context: {
      runId: env['GITHUB_RUN_ID'] || 'local',
      attempt: Number.isInteger(attempt) && attempt > 0 ? attempt : 1,
      commit: env['GITHUB_SHA'] || null,
      ref: env['GITHUB_REF'] || null,
      repository: env['GITHUB_REPOSITORY'] || null,
    },
  };
}

/** Multi-line action inputs: one pattern per line; commas are kept (globs may contain braces). */
export function lines(value: string): string[] {
  return value
    .split(/\r?\n/)
    .map((s) => s.trim())
    .filter((s) => s !== '' && !s.startsWith('#'));
}

export type Switch = 'on' | 'off';

/** The action's GitHub side: token, comment, artifact and history settings. */
export interface GitHubInputs {
  /** null: no token given, so no API call is made. */
  readonly token: string | null;
  /** `auto`: on for pull request events (and always in mode publish), off for a shard. */
  readonly comment: Switch | 'auto';
  /** null: the default, from the workflow and the job. */
  readonly commentKey: string | null;
  readonly artifactName: string;
  readonly shard: string | null;
  /** `mode: merge`: the shards that must all be there. */
  readonly expectedShards: readonly string[] | null;
  readonly upload: Switch;
  readonly history: Switch;
}

export interface RawGitHubInputs {
  readonly githubToken?: string;
  readonly comment?: string;
  readonly commentKey?: string;
  readonly artifactName?: string;
  readonly shard?: string;
  readonly expectedShards?: string;
  readonly upload?: string;
  readonly history?: string;
}

export function resolveGitHubInputs(raw: RawGitHubInputs, mode: Mode): GitHubInputs {
  const label = (key: keyof typeof INPUT) => `input ${INPUT[key]}`;
  const choice = <T extends string>(
    key: keyof RawGitHubInputs & keyof typeof INPUT,
    allowed: readonly T[],
    dflt: T,
  ): T => {
    const v = raw[key]?.trim() || dflt;
    if (!(allowed as readonly string[]).includes(v))
      throw new InputError(`${label(key)}: "${v}" is not allowed; allowed: ${allowed.join(', ')}`);
    return v as T;
  };
  const artifactName = raw.artifactName?.trim() || 'test-ladder';
  const nameProblem = artifactNameProblem(artifactName);
  if (nameProblem)
    throw new InputError(
      `${label('artifactName')}: "${artifactName}" cannot name an artifact: ${nameProblem}`,
    );
  const expected = parseExpectedShards(raw.expectedShards ?? '');
  if (expected !== null && 'problem' in expected)
    throw new InputError(
      `${label('expectedShards')}: ${expected.problem}; expected a count or the shard names`,
    );
  if (expected !== null && mode !== 'merge')
    throw new InputError(`${label('expectedShards')}: only read in mode merge (this is mode ${mode})`);
  const shard = raw.shard?.trim() || null;
  if (shard !== null && (mode === 'merge' || mode === 'publish'))
    throw new InputError(`${label('shard')}: names a matrix leg of mode run; not read in mode ${mode}`);
  return {
    token: raw.githubToken?.trim() || null,
    comment: choice('comment', ['auto', 'on', 'off'] as const, 'auto'),
    commentKey: raw.commentKey?.trim() || null,
    artifactName,
    shard,
    expectedShards: expected,
    upload: choice('upload', ['on', 'off'] as const, 'on'),
    history: choice('history', ['on', 'off'] as const, 'on'),
  };
}
