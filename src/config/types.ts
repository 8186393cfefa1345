import type { CoverageMetric } from '../model/coverage.js';
import { DEFAULT_ENVIRONMENT, type EnvironmentConfig } from './environment.js';
import { DEFAULT_TESTS, type TestsConfig } from './tests.js';

/**
 * One coverage tier: a part of the repository, chosen by globs, with a target of its own. Written in
 * test-ladder.yml under its name (`coverage.tiers.core: {paths, target, each}`).
 */
export interface Tier {
  /** The key the tier is written under; tiers keep the order they are written in. */
  readonly name: string;
  /**
   * Repository-relative globs (picomatch, with `dot: true`). A file belongs to the tier when it
   * matches at least one glob and no exclusion (a glob starting with `!`).
   */
  readonly paths: readonly string[];
  /** Percent the tier must reach. */
  readonly target: number;
  /** Whether every file of the tier must reach the target, not only the tier as a whole. Default false. */
  readonly each: boolean;
}

/** The ratchet: when coverage rises `step` points above the baseline, a higher baseline is proposed. */
export interface Ratchet {
  /** Percentage points above the baseline that coverage must reach before the baseline moves. */
  readonly step: number;
}

/** Patch coverage: coverage of the lines a change adds or modifies. */
export interface PatchConfig {
  /** Percent of changed executable lines that must be covered; null when patch coverage is not judged. */
  readonly target: number | null;
  /**
   * With fewer changed executable lines than this, a shortfall warns instead of failing: one line of
   * ten moves the figure ten points. Default 10 (SonarQube waits for 20 new lines, about half of
   * which are executable).
   */
  readonly minLines: number;
}

/**
 * How report paths are rewritten before they are matched to repository files, for monorepos and
 * containers: the longest matching `strip` prefix is removed, then `add` is put in front of a path
 * that is (now) relative.
 */
export interface PathPrefix {
  /** Prefixes to remove, as written (`/app/`, `build/`); matched at folder boundaries. */
  readonly strip: readonly string[];
  /** Folder to put in front of relative paths (`services/api/`); '' for none. */
  readonly add: string;
}

/**
 * test-ladder.yml, validated. Keys in YAML are kebab-case; here they are camelCase. Every field the
 * file may omit has its default filled in by `load`, so nothing downstream guesses.
 */
export interface LadderConfig {
  /** Which figure the ladder judges. Default 'line'. */
  readonly metric: CoverageMetric;
  /** Percent the project stood at when the ladder began; may not regress past `tolerance`. */
  readonly baseline: number | null;
  /** Allowed drop in percentage points below the baseline or today's floor. Default 0. */
  readonly tolerance: number;
  /** Percent due by `horizon`. */
  readonly target: number | null;
  /** ISO date (YYYY-MM-DD, UTC) the ladder began; the floor equals the baseline on that day. */
  readonly since: string | null;
  /** ISO date (YYYY-MM-DD, UTC) the target is due; the floor equals the target from then on. */
  readonly horizon: string | null;
  /** Per-part targets, in the order written. Default none. */
  readonly tiers: readonly Tier[];
  /** Null when the baseline is only ever moved by hand. */
  readonly ratchet: Ratchet | null;
  readonly patch: PatchConfig;
  /** Null when report paths are mapped as they are. */
  readonly pathPrefix: PathPrefix | null;
}

export interface Config {
  /** Where the config came from; null when no file was found and defaults apply. */
  readonly file: string | null;
  readonly coverage: LadderConfig;
  /** What the test environment must be (`environment:`); empty expectations by default. */
  readonly environment: EnvironmentConfig;
  /** The history window, flake and broken thresholds, the flakes gate and the quarantine (`tests:`). */
  readonly tests: TestsConfig;
}

export const DEFAULT_PATCH: PatchConfig = { target: null, minLines: 10 };

export const DEFAULT_LADDER: LadderConfig = {
  metric: 'line',
  baseline: null,
  tolerance: 0,
  target: null,
  since: null,
  horizon: null,
  tiers: [],
  ratchet: null,
  patch: DEFAULT_PATCH,
  pathPrefix: null,
};

export const DEFAULT_CONFIG: Config = {
  file: null,
  coverage: DEFAULT_LADDER,
  environment: DEFAULT_ENVIRONMENT,
  tests: DEFAULT_TESTS,
};

/**
 * How tier globs are read, in one place: the config loader validates with the same options the
 * tiers gate matches with. `dot` so `src/**` covers `src/.generated/x.ts` too (a tier means "all of
 * it"); `strictBrackets` so an unclosed `[`, `{` or `(` is an error instead of a literal character.
 */
export const TIER_GLOB_OPTIONS = { dot: true, strictBrackets: true } as const;

/** Where the config is looked for when none is named, in order. */
export const CONFIG_CANDIDATES = [
  'test-ladder.yml',
  'test-ladder.yaml',
  '.github/test-ladder.yml',
  '.github/test-ladder.yaml',
];
