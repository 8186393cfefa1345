import type { EnvironmentProbe } from './probe.js';
/** What the pipeline needs from the world, passed into run(). Tests swap these; e2e uses the real ones. */

export interface Files {
  /** Whole file as UTF-8 text. Throws InputError naming the file when missing or unreadable. */
  readText(path: string): Promise<string>;
  readBytes(path: string): Promise<Uint8Array>;
  /**
   * The file's bytes in order, a chunk at a time (`chunkSize` bytes, the last one shorter), for
   * reports too large to hold at once. A chunk is valid until the next one is asked for: its
   * memory is reused, so a consumer copies what it keeps. Throws InputError naming the file when
   * it is missing or unreadable.
   */
  readChunks(path: string, chunkSize?: number): AsyncIterable<Uint8Array>;
  /** The file's size in bytes. Throws InputError naming the file when it is missing or not a file. */
  size(path: string): Promise<number>;
  isFile(path: string): Promise<boolean>;
  isDirectory(path: string): Promise<boolean>;
  /** Files matching any pattern under `cwd`, sorted, absolute. Patterns may be absolute or relative. */
  glob(patterns: readonly string[], cwd: string): Promise<string[]>;
  /** Repository-relative POSIX paths of every file the repository has, or null when unknown. */
  listRepoFiles(root: string): Promise<ReadonlySet<string> | null>;
  /** Every regular file directly in `dir`, name → bytes (symlinks and directories are skipped). */
  readDirectory(dir: string): Promise<Map<string, Uint8Array>>;
  writeFiles(dir: string, files: readonly { name: string; bytes: Uint8Array }[]): Promise<void>;
}

/** Where a run's human-facing results go: the job log, summary and outputs, or a terminal. */
export interface Reporter {
  info(message: string): void;
  warning(message: string, where?: { file?: string; line?: number }): void;
  error(message: string, where?: { file?: string; line?: number }): void;
  /** The job summary (markdown). The CLI ignores it; the artifacts hold it as well. */
  summary(markdown: string): Promise<void>;
  /** Step outputs, all at once, at the end. */
  outputs(values: Readonly<Record<string, string>>): void;
}

/** Facts about the machine and the process, gathered at the edge. */
export interface Host {
  now(): Date;
  /** Milliseconds from an arbitrary origin; only differences mean anything. */
  monotonic(): number;
  randomBytes(size: number): Uint8Array;
  platform: string;
  arch: string;
  nodeVersion: string;
  /** Every environment variable's value: redacted wherever it would appear in an artifact. */
  envValues: readonly string[];
  /** Whether a variable is set, and its value for the few that are not secret by contract. */
  env(name: string): string | undefined;
}

/**
 * Changed lines of this branch: `git diff` from the merge base with `baseRef` to HEAD, with
 * repository-root paths; `prefix` is where `cwd` lies in the repository (`git rev-parse
 * --show-prefix`: '' at the root, `packages/api/` below it).
 */
export type ChangedLinesFromGit = (
  cwd: string,
  baseRef: string,
) => Promise<{
  readonly diffText: string;
  readonly mergeBase: string;
  readonly command: string;
  readonly prefix: string;
}>;

export interface Adapters {
  readonly files: Files;
  readonly reporter: Reporter;
  readonly host: Host;
  /** Tool versions, lock files and runner facts for the environment signature. */
  readonly probe: EnvironmentProbe;
  readonly git: ChangedLinesFromGit;
}
