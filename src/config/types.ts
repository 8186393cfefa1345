import type { CoverageMetric } from '../model/coverage.js';

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
}

export interface Config {
  /** Where the config came from; null when no file was found and defaults apply. */
  readonly file: string | null;
  readonly coverage: LadderConfig;
}

export const DEFAULT_LADDER: LadderConfig = {
  metric: 'line',
  baseline: null,
  tolerance: 0,
  target: null,
  since: null,
  horizon: null,
};

export const DEFAULT_CONFIG: Config = { file: null, coverage: DEFAULT_LADDER };

/** Where the config is looked for when none is named, in order. */
export const CONFIG_CANDIDATES = [
  'test-ladder.yml',
  'test-ladder.yaml',
  '.github/test-ladder.yml',
  '.github/test-ladder.yaml',
];
