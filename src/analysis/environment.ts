/**
 * The environment signature: what the tests ran on, as data. The probe adapter gathers raw facts
 * (tool output, lock file bytes, a way to look variables up); everything here is pure: which
 * runtimes a repository uses, which commands tell their versions, what a tool's output means, the
 * signature itself, expectations, reading a committed signature and the drift between two.
 *
 * Secrets: a variable is recorded by state (set, empty, unset), never by value, and tool output is
 * reduced to its version token before anything is recorded.
 */
import { SHA256_HEX, sha256Hex } from '../artifacts/index.js';
import {
  DEFAULT_ENVIRONMENT,
  OS_NAMES,
  RUNTIMES,
  type EnvironmentConfig,
  type OsName,
  type RuntimeName,
} from '../config/environment.js';
import { InputError } from '../model/errors.js';
import type { Reason } from '../model/verdict.js';
import { coerceVersion, minorChanged, minorPin, parseVersion } from './versions.js';

export const SIGNATURE_SCHEMA = 'test-ladder/env-signature@1';

// ───────────────────────────── raw facts (from the probe adapter) ─────────────────────────────

/** What running one version command came to. Output is held in memory only, never recorded. */
export type ProbeOutcome =
  | {
      readonly status: 'exited';
      /** The argv as one line, for messages. */
      readonly command: string;
      readonly exitCode: number | null;
      readonly signal: string | null;
      /** At most the adapter's cap (64 KiB by default) of each stream. */
      readonly stdout: string;
      readonly stderr: string;
      /** Everything the tool wrote, counted even past the cap. */
      readonly stdoutBytes: number;
      readonly stderrBytes: number;
      readonly ms: number;
    }
  | { readonly status: 'missing'; readonly command: string; readonly ms: number }
  | { readonly status: 'timeout'; readonly command: string; readonly timeoutMs: number; readonly ms: number }
  /** Could not be started for another reason than absence (EACCES: not executable, …). */
  | { readonly status: 'error'; readonly command: string; readonly code: string; readonly ms: number };

/** A probe: commands tried in order while the previous one is missing (`python3`, then `python`). */
export interface ProbeSpec {
  readonly alternatives: readonly (readonly [string, ...string[]])[];
}

/** What the repository root holds: every name there, and the text of the marker files present. */
export interface RepositoryMarkers {
  readonly names: ReadonlySet<string>;
  /** File name → content, for the MARKER_TEXT_FILES present (each read up to a cap). */
  readonly texts: Readonly<Record<string, string>>;
}

export type LockFileRead =
  | { readonly file: string; readonly status: 'ok'; readonly bytes: Uint8Array }
  | { readonly file: string; readonly status: 'missing' }
  | { readonly file: string; readonly status: 'unreadable'; readonly error: string };

export interface DetectedRuntime {
  readonly runtime: RuntimeName;
  /** The root files that show the repository uses it, sorted. */
  readonly files: readonly string[];
  /** The version a file declares (`.nvmrc`, engines.node, requires-python, go.mod's `go`), as written. */
  readonly declared: { readonly file: string; readonly version: string } | null;
}

/** What to capture: derived from the expectations, so everything expected is measured. */
export interface CapturePlan {
  /** Runtimes to probe whatever the repository holds. */
  readonly runtimes: readonly RuntimeName[];
  /** Also probe the runtimes the repository's files show. */
  readonly detect: boolean;
  readonly tools: readonly { readonly name: string; readonly command: readonly string[] | null }[];
  /** Lock files to read besides those found at the root (repository-relative). */
  readonly lockFiles: readonly string[];
  readonly requiredEnv: readonly string[];
  readonly seedVariable: string;
  readonly timeoutMs: number;
}

/** Everything the signature is made of, gathered at the edge. */
export interface EnvironmentFacts {
  /** Node's `process.platform` and `process.arch`. */
  readonly platform: string;
  readonly arch: string;
  /** Looks a variable up; only its state is recorded, and only for the runner facts its value. */
  readonly env: (name: string) => string | undefined;
  readonly plan: CapturePlan;
  readonly detected: readonly DetectedRuntime[];
  readonly runtimes: Readonly<Partial<Record<RuntimeName, ProbeOutcome>>>;
  readonly tools: Readonly<Record<string, ProbeOutcome>>;
  readonly lockFiles: readonly LockFileRead[];
  readonly capturedAt: Date;
  /** The host's monotonic clock when capture began (ms, arbitrary origin). */
  readonly monotonicStartMs: number;
  /** Wall time of the capture, probes included. */
  readonly durationMs: number;
}

// ───────────────────────────── the signature (env.signature.json) ─────────────────────────────

export type ProbeStatus = 'ok' | 'missing' | 'timeout' | 'unreadable' | 'error';

export type ProbedVersion = {
  readonly status: ProbeStatus;
  /** A full semantic version (`3.11.7`, `17.0.15`, `1.22.0`), or null when none was read. */
  readonly version: string | null;
  readonly command: string;
  readonly duration_ms: number;
  /** For `unreadable`: how the tool ended and how much it printed (never what). */
  readonly exit_code?: number | null;
  readonly stdout_bytes?: number;
  readonly stderr_bytes?: number;
  /** For `timeout`. */
  readonly timeout_ms?: number;
  /** For `error`: the system error code. */
  readonly error?: string;
};

export type RuntimeEntry = ProbedVersion & {
  readonly detected_from: readonly string[];
  readonly declared: { readonly file: string; readonly version: string } | null;
};

export type LockFileEntry = {
  /** Repository-relative, forward slashes. */
  readonly file: string;
  readonly status: 'ok' | 'missing' | 'unreadable';
  readonly sha256: string | null;
  /** The hash with CRLF line endings turned to LF, when the file has any (a Windows checkout). */
  readonly sha256_lf?: string;
  readonly bytes: number | null;
  readonly error?: string;
};

export type VariableState = 'set' | 'empty' | 'unset';

export type SeedEntry = {
  readonly variable: string;
  readonly state: 'integer' | 'not-integer' | 'empty' | 'unset';
  readonly present: boolean;
  readonly integer: boolean;
  /** Why a set seed is not an integer, without its value. */
  readonly problem?: string;
};

export type EnvironmentSignature = {
  readonly schema: typeof SIGNATURE_SCHEMA;
  /** linux, macos, windows, or Node's platform name for anything else. */
  readonly os: string;
  readonly platform: string;
  readonly arch: string;
  readonly runner: {
    readonly os: string | null;
    readonly arch: string | null;
    readonly image: string | null;
    readonly image_version: string | null;
  };
  readonly runtimes: Readonly<Record<string, RuntimeEntry>>;
  readonly tools: Readonly<Record<string, ProbedVersion>>;
  readonly lock_files: readonly LockFileEntry[];
  /** Required variables by state; values are never recorded. */
  readonly env: readonly { readonly name: string; readonly state: VariableState }[];
  readonly seed: SeedEntry;
  readonly captured_at: string;
  readonly monotonic_start_ms: number;
  readonly duration_ms: number;
};

// ───────────────────────────── detection ─────────────────────────────

/** Root files whose content tells a declared version; the adapter reads these when present. */
export const MARKER_TEXT_FILES = [
  '.nvmrc',
  '.node-version',
  'package.json',
  '.python-version',
  'pyproject.toml',
  'go.mod',
  '.java-version',
  '.ruby-version',
  'rust-toolchain.toml',
  'rust-toolchain',
  'global.json',
  '.tool-versions',
] as const;

/** Root files whose presence alone shows a runtime is used. */
const PRESENCE: Readonly<Record<RuntimeName, readonly string[]>> = {
  node: ['.nvmrc', '.node-version', 'package.json'],
  python: ['.python-version', 'pyproject.toml', 'setup.py', 'setup.cfg', 'Pipfile', 'requirements.txt'],
  go: ['go.mod'],
  java: [
    '.java-version',
    'pom.xml',
    'build.gradle',
    'build.gradle.kts',
    'settings.gradle',
    'settings.gradle.kts',
  ],
  ruby: ['.ruby-version', 'Gemfile'],
  rust: ['rust-toolchain.toml', 'rust-toolchain', 'Cargo.toml'],
  dotnet: ['global.json'],
};

/** asdf's names in .tool-versions. */
const TOOL_VERSIONS_NAMES: Readonly<Record<string, RuntimeName>> = {
  nodejs: 'node',
  node: 'node',
  python: 'python',
  golang: 'go',
  go: 'go',
  java: 'java',
  ruby: 'ruby',
  rust: 'rust',
  dotnet: 'dotnet',
  'dotnet-core': 'dotnet',
};

/** Which runtimes the repository uses, from its root files, in RUNTIMES order. */
export function detectRuntimes(markers: RepositoryMarkers): DetectedRuntime[] {
  const asdf = parseToolVersions(markers.texts['.tool-versions']);
  const out: DetectedRuntime[] = [];
  for (const runtime of RUNTIMES) {
    const files = PRESENCE[runtime].filter((f) => markers.names.has(f));
    if (runtime === 'dotnet')
      files.push(...[...markers.names].filter((n) => /\.(?:sln|csproj|fsproj|vbproj)$/i.test(n)));
    if (runtime === 'python' && !files.includes('requirements.txt'))
      files.push(...[...markers.names].filter((n) => isRequirementsFile(n)).slice(0, 1));
    const fromAsdf = asdf.get(runtime);
    if (fromAsdf !== undefined && markers.names.has('.tool-versions')) files.push('.tool-versions');
    if (files.length === 0) continue;
    out.push({
      runtime,
      files: [...new Set(files)].sort(),
      declared: capped(
        declaredVersion(runtime, markers.texts) ??
          (fromAsdf === undefined ? null : { file: '.tool-versions', version: fromAsdf }),
      ),
    });
  }
  return out;
}

/** A declared version is a few characters; a file that says more is not repeated at length. */
function capped(d: { file: string; version: string } | null): { file: string; version: string } | null {
  return d === null || d.version.length <= 64 ? d : { file: d.file, version: `${d.version.slice(0, 64)}…` };
}

function declaredVersion(
  runtime: RuntimeName,
  texts: Readonly<Record<string, string>>,
): { file: string; version: string } | null {
  const first = (file: string, clean: (line: string) => string = (l) => l) => {
    const text = texts[file];
    if (text === undefined) return null;
    const line = text
      .split(/\r?\n/)
      .map((l) => l.replace(/#.*$/, '').trim())
      .find((l) => l !== '');
    return line === undefined ? null : { file, version: clean(line) };
  };
  const match = (file: string, re: RegExp) => {
    const m = texts[file] === undefined ? null : re.exec(texts[file]!);
    return m?.[1] === undefined ? null : { file, version: m[1].trim() };
  };
  switch (runtime) {
    case 'node':
      return (
        first('.nvmrc') ?? first('.node-version') ?? jsonString('package.json', texts, ['engines', 'node'])
      );
    case 'python':
      return (
        first('.python-version') ??
        match('pyproject.toml', /^\s*requires-python\s*=\s*["']([^"'\r\n]+)["']/m) ??
        // Poetry writes the interpreter as a dependency named python.
        match('pyproject.toml', /^\s*python\s*=\s*["']([^"'\r\n]+)["']/m)
      );
    case 'go':
      return match('go.mod', /^\s*toolchain\s+go(\S+)\s*$/m) ?? match('go.mod', /^\s*go\s+(\S+)\s*$/m);
    case 'java':
      return first('.java-version');
    case 'ruby':
      return first('.ruby-version', (l) => l.replace(/^ruby-/, ''));
    case 'rust':
      return (
        match('rust-toolchain.toml', /^\s*channel\s*=\s*["']([^"'\r\n]+)["']/m) ?? first('rust-toolchain')
      );
    case 'dotnet':
      return jsonString('global.json', texts, ['sdk', 'version']);
  }
}

function jsonString(
  file: string,
  texts: Readonly<Record<string, string>>,
  path: readonly string[],
): { file: string; version: string } | null {
  const text = texts[file];
  if (text === undefined) return null;
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return null;
  }
  for (const key of path) value = isObject(value) && Object.hasOwn(value, key) ? value[key] : undefined;
  return typeof value === 'string' && value.trim() !== '' ? { file, version: value.trim() } : null;
}

function parseToolVersions(text: string | undefined): Map<RuntimeName, string> {
  const out = new Map<RuntimeName, string>();
  for (const line of (text ?? '').split(/\r?\n/)) {
    const [name, version] = line.replace(/#.*$/, '').trim().split(/\s+/);
    const runtime = name === undefined ? undefined : TOOL_VERSIONS_NAMES[name];
    if (runtime !== undefined && version !== undefined && !out.has(runtime)) out.set(runtime, version);
  }
  return out;
}

// ───────────────────────────── lock files ─────────────────────────────

const LOCK_FILE_NAMES: ReadonlySet<string> = new Set([
  'package-lock.json',
  'npm-shrinkwrap.json',
  'yarn.lock',
  'pnpm-lock.yaml',
  'bun.lock',
  'bun.lockb',
  'deno.lock',
  'poetry.lock',
  'uv.lock',
  'pdm.lock',
  'Pipfile.lock',
  'go.sum',
  'Cargo.lock',
  'Gemfile.lock',
  'composer.lock',
  'gradle.lockfile',
  'packages.lock.json',
  'mix.lock',
  'pubspec.lock',
  'Podfile.lock',
  'Package.resolved',
  'flake.lock',
]);

/** Directories (repository-relative) whose `*.lockfile` are lock files: Gradle's older layout. */
export const LOCK_FILE_DIRS = ['gradle/dependency-locks'] as const;

function isRequirementsFile(name: string): boolean {
  return /^requirements[\w.-]*\.txt$/i.test(name);
}

/** Whether a file at the repository root is a lock file. */
export function isLockFileName(name: string): boolean {
  return LOCK_FILE_NAMES.has(name) || isRequirementsFile(name);
}

/**
 * The lock files to hash: those at the root, those in LOCK_FILE_DIRS, and the configured ones
 * (which are read even when absent, so their absence is recorded), sorted and without repeats.
 */
export function lockFilePaths(
  rootNames: Iterable<string>,
  dirNames: Readonly<Record<string, readonly string[]>>,
  configured: readonly string[],
): string[] {
  const out = new Set<string>();
  for (const name of rootNames) if (isLockFileName(name)) out.add(name);
  for (const dir of LOCK_FILE_DIRS)
    for (const name of dirNames[dir] ?? []) if (name.endsWith('.lockfile')) out.add(`${dir}/${name}`);
  for (const p of configured) out.add(normalizeRepoPath(p));
  return [...out].sort();
}

/** `./a\\b.lock` → `a/b.lock`: lock files are named the same on every OS. */
export function normalizeRepoPath(p: string): string {
  return p
    .replace(/\\/g, '/')
    .split('/')
    .filter((s) => s !== '' && s !== '.')
    .join('/');
}

/** One lock file's entry: its SHA-256, and the LF-normalised one when it has CRLF line endings. */
export function lockFileEntry(read: LockFileRead): LockFileEntry {
  if (read.status === 'missing') return { file: read.file, status: 'missing', sha256: null, bytes: null };
  if (read.status === 'unreadable')
    return { file: read.file, status: 'unreadable', sha256: null, bytes: null, error: read.error };
  const entry: LockFileEntry = {
    file: read.file,
    status: 'ok',
    sha256: sha256Hex(read.bytes),
    bytes: read.bytes.length,
  };
  const lf = withoutCarriageReturns(read.bytes);
  return lf === null ? entry : { ...entry, sha256_lf: sha256Hex(lf) };
}

/** The bytes with each CRLF as LF; null when there is none, or the file is binary (has NUL). */
function withoutCarriageReturns(bytes: Uint8Array): Uint8Array | null {
  if (bytes.includes(0)) return null;
  let crlf = 0;
  for (let i = 0; i + 1 < bytes.length; i++) if (bytes[i] === 13 && bytes[i + 1] === 10) crlf++;
  if (crlf === 0) return null;
  const out = new Uint8Array(bytes.length - crlf);
  let j = 0;
  for (let i = 0; i < bytes.length; i++) {
    if (bytes[i] === 13 && bytes[i + 1] === 10) continue;
    out[j++] = bytes[i]!;
  }
  return out;
}

// ───────────────────────────── probes ─────────────────────────────

const RUNTIME_COMMANDS: Readonly<Record<RuntimeName, readonly (readonly [string, ...string[]])[]>> = {
  node: [['node', '--version']],
  python: [
    ['python3', '--version'],
    ['python', '--version'],
  ],
  go: [['go', 'version']],
  // Java prints its version on stderr.
  java: [['java', '-version']],
  ruby: [['ruby', '--version']],
  rust: [['rustc', '--version']],
  dotnet: [['dotnet', '--version']],
};

/** How a runtime tells its version. On Windows `python3` is often the Store's stub, so `python` first. */
export function runtimeProbe(runtime: RuntimeName, platform: string): ProbeSpec {
  const alternatives = RUNTIME_COMMANDS[runtime];
  return { alternatives: platform === 'win32' ? [...alternatives].reverse() : alternatives };
}

/** A runtime named as a tool (`go`, `java`, `python3`) is asked the way that runtime is asked. */
function runtimeOfCommand(program: string): RuntimeName | undefined {
  for (const runtime of RUNTIMES) if (RUNTIME_COMMANDS[runtime].some(([p]) => p === program)) return runtime;
  return undefined;
}

export function toolProbe(name: string, command: readonly string[] | null): ProbeSpec {
  if (command !== null && command.length > 0) return { alternatives: [command as [string, ...string[]]] };
  const runtime = runtimeOfCommand(name);
  const args = runtime === undefined ? ['--version'] : RUNTIME_COMMANDS[runtime][0]!.slice(1);
  return { alternatives: [[name, ...args]] };
}

/** Every probe a capture runs: the planned runtimes plus the detected ones, and the tools. */
export function probeSpecs(
  plan: CapturePlan,
  detected: readonly DetectedRuntime[],
  platform: string,
): {
  runtimes: Partial<Record<RuntimeName, ProbeSpec>>;
  tools: Record<string, ProbeSpec>;
} {
  const wanted = new Set<RuntimeName>(plan.runtimes);
  if (plan.detect) for (const d of detected) wanted.add(d.runtime);
  const runtimes: Partial<Record<RuntimeName, ProbeSpec>> = {};
  for (const r of RUNTIMES) if (wanted.has(r)) runtimes[r] = runtimeProbe(r, platform);
  const tools: Record<string, ProbeSpec> = {};
  for (const t of plan.tools) tools[t.name] = toolProbe(t.name, t.command);
  return { runtimes, tools };
}

/**
 * The version in a runtime's output, as a full semantic version, or null. Each runtime words it
 * its own way; Java's `1.8.0_392` is Java 8 and becomes 8.0.392.
 */
export function runtimeVersion(runtime: RuntimeName, stdout: string, stderr: string): string | null {
  const both = `${stdout}\n${stderr}`;
  const strict = (text: string | undefined) =>
    text === undefined
      ? null
      : parseVersion(text) === null
        ? null
        : text.replace(/^v/, '').replace(/\+.*$/, '');
  switch (runtime) {
    case 'node': {
      const token = /^\s*(v?\d\S*)\s*$/m.exec(stdout)?.[1];
      return strict(token) ?? (token === undefined ? null : coerceVersion(token));
    }
    case 'python': {
      const token = /\bPython\s+(\S+)/.exec(both)?.[1];
      return token === undefined ? null : coerceVersion(token);
    }
    case 'go': {
      const token = /\bgo version (?:devel )?go(\S+)/.exec(both)?.[1];
      return token === undefined ? null : coerceVersion(token);
    }
    case 'java':
      return javaVersion(`${stderr}\n${stdout}`);
    case 'ruby': {
      const token = /\bruby\s+(\S+)/.exec(both)?.[1];
      return token === undefined ? null : coerceVersion(token);
    }
    case 'rust': {
      const token = /\brustc\s+(\S+)/.exec(both)?.[1];
      return strict(token) ?? (token === undefined ? null : coerceVersion(token));
    }
    case 'dotnet': {
      const token = /^\s*(\d\S*)\s*$/m.exec(stdout)?.[1];
      return strict(token) ?? (token === undefined ? null : coerceVersion(token));
    }
  }
}

function javaVersion(text: string): string | null {
  const quoted = /\bversion\s+"([^"]+)"/.exec(text)?.[1];
  if (quoted === undefined) {
    // `java --version` style: "openjdk 21.0.2 2024-01-16".
    const token = /^(?:openjdk|java)\s+(\d\S*)/m.exec(text)?.[1];
    return token === undefined ? null : javaNumber(token);
  }
  return javaNumber(quoted);
}

function javaNumber(token: string): string | null {
  const legacy = /^1\.(\d+)\.(\d+)(?:_(\d+))?/.exec(token);
  if (legacy) return `${Number(legacy[1])}.${Number(legacy[2])}.${Number(legacy[3] ?? 0)}`;
  const m = /^(\d{1,9})(?:\.(\d{1,9}))?(?:\.(\d{1,9}))?(?:[.\d]*)?(?:-([0-9A-Za-z]+))?/.exec(token);
  if (!m) return null;
  const core = `${Number(m[1])}.${Number(m[2] ?? 0)}.${Number(m[3] ?? 0)}`;
  return m[4] === undefined || /^\d+$/.test(m[4]) ? core : `${core}-${m[4]}`;
}

/** The version in any tool's output: stdout first, then stderr. */
export function toolVersion(name: string, stdout: string, stderr: string): string | null {
  const runtime = runtimeOfCommand(name);
  if (runtime !== undefined) return runtimeVersion(runtime, stdout, stderr);
  return coerceVersion(stdout) ?? coerceVersion(stderr);
}

/** A probe outcome as recorded: the version token and how the probe went, never the output. */
export function probedVersion(
  outcome: ProbeOutcome,
  read: (stdout: string, stderr: string) => string | null,
): ProbedVersion {
  const base = { command: outcome.command, duration_ms: Math.round(outcome.ms) };
  switch (outcome.status) {
    case 'missing':
      return { status: 'missing', version: null, ...base };
    case 'timeout':
      return { status: 'timeout', version: null, ...base, timeout_ms: outcome.timeoutMs };
    case 'error':
      return { status: 'error', version: null, ...base, error: outcome.code };
    case 'exited': {
      const version = read(outcome.stdout, outcome.stderr);
      if (version !== null) return { status: 'ok', version, ...base };
      return {
        status: 'unreadable',
        version: null,
        ...base,
        exit_code: outcome.exitCode,
        stdout_bytes: outcome.stdoutBytes,
        stderr_bytes: outcome.stderrBytes,
      };
    }
  }
}

// ───────────────────────────── variables ─────────────────────────────

export function variableState(value: string | undefined): VariableState {
  if (value === undefined) return 'unset';
  return value.trim() === '' ? 'empty' : 'set';
}

/** The seed's state and, when it is not an integer, why, without repeating the value. */
export function seedEntry(variable: string, value: string | undefined): SeedEntry {
  const base = { variable };
  if (value === undefined) return { ...base, state: 'unset', present: false, integer: false };
  if (value.trim() === '')
    return {
      ...base,
      state: 'empty',
      present: false,
      integer: false,
      problem: value === '' ? 'set but empty' : 'set but only whitespace',
    };
  if (/^-?\d+$/.test(value)) return { ...base, state: 'integer', present: true, integer: true };
  return { ...base, state: 'not-integer', present: true, integer: false, problem: whyNotInteger(value) };
}

function whyNotInteger(value: string): string {
  if (value !== value.trim()) return 'has spaces around the number';
  if (/^[+-]?\d*\.\d+$|^[+-]?\d+\.\d*$/.test(value)) return 'has a decimal point; a seed is a whole number';
  if (/^[+-]?\d+(?:\.\d+)?e[+-]?\d+$/i.test(value))
    return 'is written with an exponent; write the digits out';
  if (value.startsWith('+')) return 'starts with "+"; write the digits alone';
  if (/^0x[0-9a-f]+$/i.test(value)) return 'is hexadecimal; write it in decimal';
  const chars = [...value];
  const at = chars.findIndex((c, i) => !(/\d/.test(c) || (i === 0 && c === '-')));
  if (at === -1) return 'is a minus sign with no digits';
  const c = chars[at]!;
  const kind = /\p{L}/u.test(c) ? 'a letter' : /\s/u.test(c) ? 'a space' : 'a symbol';
  return `character ${at + 1} of ${chars.length} is ${kind}; an integer is digits with an optional leading "-"`;
}

// ───────────────────────────── the signature ─────────────────────────────

/** Node's platform → the name config uses (`os: [linux, macos, windows]`). */
export function osName(platform: string): string {
  if (platform === 'darwin') return 'macos';
  if (platform === 'win32') return 'windows';
  return platform;
}

/**
 * @deprecated The facts `run()` passed before environment validation existed: only the host and
 * lock file bytes. Kept so the pipeline compiles until it passes EnvironmentFacts; remove then.
 */
export interface SignatureFacts {
  readonly host: {
    readonly platform: string;
    readonly arch: string;
    readonly nodeVersion: string;
    env(name: string): string | undefined;
  };
  readonly lockFiles: Readonly<Record<string, Uint8Array>>;
  readonly now: Date;
}

/** The environment signature (`env.signature.json`). Variables are recorded by state only. */
export function environmentSignature(facts: EnvironmentFacts | SignatureFacts): EnvironmentSignature {
  const f = 'host' in facts ? fromLegacy(facts) : facts;
  const runner = (name: string) => {
    const v = f.env(name);
    return v === undefined || v.trim() === '' ? null : v;
  };
  const detected = new Map(f.detected.map((d) => [d.runtime, d]));
  const runtimes: Record<string, RuntimeEntry> = {};
  for (const r of RUNTIMES) {
    const outcome = f.runtimes[r];
    if (outcome === undefined) continue;
    const d = detected.get(r);
    runtimes[r] = {
      ...probedVersion(outcome, (out, err) => runtimeVersion(r, out, err)),
      detected_from: d?.files ?? [],
      declared: d?.declared ?? null,
    };
  }
  const tools: Record<string, ProbedVersion> = {};
  for (const name of Object.keys(f.tools).sort())
    tools[name] = probedVersion(f.tools[name]!, (out, err) => toolVersion(name, out, err));
  return {
    schema: SIGNATURE_SCHEMA,
    os: osName(f.platform),
    platform: f.platform,
    arch: f.arch,
    runner: {
      os: runner('RUNNER_OS'),
      arch: runner('RUNNER_ARCH'),
      image: runner('ImageOS'),
      image_version: runner('ImageVersion'),
    },
    runtimes,
    tools,
    lock_files: [...f.lockFiles]
      .sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0))
      .map(lockFileEntry),
    env: [...new Set(f.plan.requiredEnv)].sort().map((name) => ({ name, state: variableState(f.env(name)) })),
    seed: seedEntry(f.plan.seedVariable, f.env(f.plan.seedVariable)),
    captured_at: f.capturedAt.toISOString(),
    monotonic_start_ms: Math.round(f.monotonicStartMs * 1000) / 1000,
    duration_ms: Math.round(f.durationMs),
  };
}

function fromLegacy(f: SignatureFacts): EnvironmentFacts {
  return {
    platform: f.host.platform,
    arch: f.host.arch,
    env: (name) => f.host.env(name),
    plan: planCapture(expectationsFor(DEFAULT_ENVIRONMENT, null, null), DEFAULT_ENVIRONMENT),
    detected: [],
    runtimes: {
      node: {
        status: 'exited',
        command: 'process.versions.node',
        exitCode: 0,
        signal: null,
        stdout: f.host.nodeVersion,
        stderr: '',
        stdoutBytes: f.host.nodeVersion.length,
        stderrBytes: 0,
        ms: 0,
      },
    },
    tools: {},
    lockFiles: Object.keys(f.lockFiles).map((file) => ({ file, status: 'ok', bytes: f.lockFiles[file]! })),
    capturedAt: f.now,
    monotonicStartMs: 0,
    durationMs: 0,
  };
}

// ───────────────────────────── expectations ─────────────────────────────

export interface ExpectedVersion {
  readonly range: string;
  /** Where the expectation was written, for messages: `environment.runtimes.python in test-ladder.yml`. */
  readonly source: string;
}

export interface ExpectedTool extends ExpectedVersion {
  readonly command: readonly string[] | null;
}

export interface EnvironmentExpectations {
  readonly runtimes: Readonly<Partial<Record<RuntimeName, ExpectedVersion>>>;
  readonly tools: Readonly<Record<string, ExpectedTool>>;
  /** Path → expected lowercase SHA-256, or `present`. */
  readonly lockFiles: Readonly<Record<string, { readonly sha256: string; readonly source: string }>>;
  readonly requiredEnv: readonly { readonly name: string; readonly source: string }[];
  readonly seed: { readonly variable: string; readonly required: boolean; readonly source: string | null };
  readonly os: { readonly allowed: readonly OsName[]; readonly source: string } | null;
}

/**
 * What the environment must be: the config's `environment` section, over a committed signature's
 * facts (runtimes and tools at the same major.minor, lock files at the same hash, the variables it
 * had set, its seed and OS). `configFile` and `committed.file` name the sources in messages.
 */
export function expectationsFor(
  config: EnvironmentConfig,
  configFile: string | null,
  committed: { readonly signature: EnvironmentSignature; readonly file: string } | null,
): EnvironmentExpectations {
  const inConfig = (key: string) => `environment.${key} in ${configFile ?? 'test-ladder.yml'}`;
  const runtimes: Partial<Record<RuntimeName, ExpectedVersion>> = {};
  const tools: Record<string, ExpectedTool> = {};
  const lockFiles: Record<string, { sha256: string; source: string }> = {};
  const requiredEnv = new Map<string, string>();
  let seed: EnvironmentExpectations['seed'] = {
    variable: config.seed.variable,
    required: config.seed.required,
    source: config.seed.required ? inConfig('seed.required') : null,
  };
  let os: EnvironmentExpectations['os'] = null;

  if (committed !== null) {
    const s = committed.signature;
    const from = committed.file;
    for (const r of RUNTIMES) {
      const pin = s.runtimes[r]?.status === 'ok' ? minorPin(s.runtimes[r]!.version ?? '') : null;
      if (pin !== null) runtimes[r] = { range: pin, source: from };
    }
    for (const [name, t] of Object.entries(s.tools)) {
      const pin = t.status === 'ok' ? minorPin(t.version ?? '') : null;
      if (pin !== null) tools[name] = { range: pin, source: from, command: null };
    }
    for (const l of s.lock_files)
      if (l.sha256 !== null) lockFiles[l.file] = { sha256: l.sha256, source: from };
    for (const e of s.env) if (e.state === 'set') requiredEnv.set(e.name, from);
    if (s.seed.present) seed = { variable: s.seed.variable, required: true, source: from };
    if ((OS_NAMES as readonly string[]).includes(s.os)) os = { allowed: [s.os as OsName], source: from };
  }

  for (const r of RUNTIMES) {
    const range = config.runtimes[r];
    if (range !== undefined) runtimes[r] = { range, source: inConfig(`runtimes.${r}`) };
  }
  for (const [name, t] of Object.entries(config.tools))
    tools[name] = { range: t.range, command: t.command, source: inConfig(`tools.${name}`) };
  for (const [file, sha] of Object.entries(config.lockFiles))
    lockFiles[normalizeRepoPath(file)] = {
      sha256: sha.toLowerCase(),
      source: inConfig(`lock-files.${file}`),
    };
  for (const name of config.requiredEnv) requiredEnv.set(name, inConfig('required-env'));
  if (config.seed.required || config.seed.variable !== DEFAULT_ENVIRONMENT.seed.variable)
    seed = {
      variable: config.seed.variable,
      required: config.seed.required,
      source: config.seed.required ? inConfig('seed.required') : null,
    };
  if (config.os.length > 0) os = { allowed: config.os, source: inConfig('os') };

  return {
    runtimes,
    tools,
    lockFiles,
    requiredEnv: [...requiredEnv]
      .sort(([a], [b]) => (a < b ? -1 : 1))
      .map(([name, source]) => ({ name, source })),
    seed,
    os,
  };
}

/** What a capture must measure so every expectation can be judged. */
export function planCapture(
  expected: EnvironmentExpectations,
  options: Pick<EnvironmentConfig, 'detectRuntimes' | 'probeTimeoutMs'>,
): CapturePlan {
  return {
    runtimes: RUNTIMES.filter((r) => expected.runtimes[r] !== undefined),
    detect: options.detectRuntimes,
    tools: Object.keys(expected.tools)
      .sort()
      .map((name) => ({ name, command: expected.tools[name]!.command })),
    lockFiles: Object.keys(expected.lockFiles).sort(),
    requiredEnv: expected.requiredEnv.map((e) => e.name),
    seedVariable: expected.seed.variable,
    timeoutMs: options.probeTimeoutMs,
  };
}

// ───────────────────────────── reading a signature back ─────────────────────────────

/**
 * A signature from a file: a base run's artifact (hostile data: any doubt is a problem) or a
 * committed expected signature. The embedded `sha256` is ignored here: a committed signature may
 * be edited by hand; check it with checkEmbeddedHash where that matters.
 */
export function parseSignature(text: string): { signature: EnvironmentSignature } | { problem: string } {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (e) {
    // V8 quotes the text around the error; the file's content stays out of messages.
    const what = (e as Error).message.split(/, "|, \.\.\.|\s+in JSON at|\s+is not valid JSON/)[0];
    return { problem: `not JSON: ${what}` };
  }
  if (!isObject(data) || data['schema'] !== SIGNATURE_SCHEMA)
    return { problem: `not a ${SIGNATURE_SCHEMA} document (no "schema": "${SIGNATURE_SCHEMA}")` };
  const d = data;
  const str = (v: unknown) => (typeof v === 'string' ? v : null);
  if (typeof d['os'] !== 'string' || typeof d['arch'] !== 'string')
    return { problem: 'os and arch must be strings' };
  const runner = isObject(d['runner']) ? d['runner'] : {};

  const runtimes: Record<string, RuntimeEntry> = {};
  if (!isObject(d['runtimes'])) return { problem: 'runtimes must be an object' };
  for (const [name, v] of Object.entries(d['runtimes'])) {
    const p = readProbed(v);
    if (p === null || !(RUNTIMES as readonly string[]).includes(name))
      return { problem: `runtimes.${shortKey(name)} is malformed` };
    const x = v as Record<string, unknown>;
    const declared =
      isObject(x['declared']) &&
      typeof x['declared']['file'] === 'string' &&
      typeof x['declared']['version'] === 'string'
        ? { file: x['declared']['file'], version: x['declared']['version'] }
        : null;
    const from = Array.isArray(x['detected_from'])
      ? x['detected_from'].filter((s): s is string => typeof s === 'string')
      : [];
    runtimes[name] = { ...p, detected_from: from, declared };
  }
  const tools: Record<string, ProbedVersion> = {};
  if (d['tools'] !== undefined) {
    if (!isObject(d['tools'])) return { problem: 'tools must be an object' };
    for (const [name, v] of Object.entries(d['tools'])) {
      const p = readProbed(v);
      if (p === null) return { problem: `tools.${shortKey(name)} is malformed` };
      tools[name] = p;
    }
  }
  if (!Array.isArray(d['lock_files'])) return { problem: 'lock_files must be a list' };
  const lockFiles: LockFileEntry[] = [];
  for (const l of d['lock_files']) {
    if (!isObject(l) || typeof l['file'] !== 'string') return { problem: 'a lock_files entry is malformed' };
    const sha = l['sha256'];
    if (!(sha === null || (typeof sha === 'string' && SHA256_HEX.test(sha))))
      return { problem: `lock file ${shortKey(l['file'])} has a sha256 that is not 64 lowercase hex digits` };
    const status =
      l['status'] === 'missing' || l['status'] === 'unreadable'
        ? l['status']
        : sha === null
          ? 'missing'
          : 'ok';
    const lf =
      typeof l['sha256_lf'] === 'string' && SHA256_HEX.test(l['sha256_lf'])
        ? { sha256_lf: l['sha256_lf'] }
        : {};
    lockFiles.push({
      file: l['file'],
      status,
      sha256: sha,
      bytes: typeof l['bytes'] === 'number' ? l['bytes'] : null,
      ...lf,
      ...(typeof l['error'] === 'string' ? { error: l['error'] } : {}),
    });
  }
  const env: { name: string; state: VariableState }[] = [];
  if (d['env'] !== undefined) {
    if (!Array.isArray(d['env'])) return { problem: 'env must be a list' };
    for (const e of d['env']) {
      if (
        !isObject(e) ||
        typeof e['name'] !== 'string' ||
        !['set', 'empty', 'unset'].includes(String(e['state']))
      )
        return { problem: 'an env entry is malformed' };
      env.push({ name: e['name'], state: e['state'] as VariableState });
    }
  }
  const s = d['seed'];
  if (!isObject(s) || typeof s['variable'] !== 'string') return { problem: 'seed is malformed' };
  const seedState = ['integer', 'not-integer', 'empty', 'unset'].includes(String(s['state']))
    ? (s['state'] as SeedEntry['state'])
    : s['integer'] === true
      ? 'integer'
      : s['present'] === true
        ? 'not-integer'
        : 'unset';
  return {
    signature: {
      schema: SIGNATURE_SCHEMA,
      os: d['os'],
      platform: str(d['platform']) ?? d['os'],
      arch: d['arch'],
      runner: {
        os: str(runner['os']),
        arch: str(runner['arch']),
        image: str(runner['image']),
        image_version: str(runner['image_version']),
      },
      runtimes,
      tools,
      lock_files: lockFiles,
      env,
      seed: {
        variable: s['variable'],
        state: seedState,
        present: seedState === 'integer' || seedState === 'not-integer',
        integer: seedState === 'integer',
      },
      captured_at: str(d['captured_at']) ?? '',
      monotonic_start_ms: typeof d['monotonic_start_ms'] === 'number' ? d['monotonic_start_ms'] : 0,
      duration_ms: typeof d['duration_ms'] === 'number' ? d['duration_ms'] : 0,
    },
  };
}

/** A committed expected signature: the user's file, so a problem is an InputError naming it. */
export function readExpectedSignature(text: string, file: string): EnvironmentSignature {
  const parsed = parseSignature(text);
  if ('signature' in parsed) return parsed.signature;
  throw new InputError(
    `not an environment signature: ${parsed.problem}; write one with "test-ladder env --json"`,
    {
      file,
      ...jsonErrorLocation(text),
    },
  );
}

/** Line and column of the first JSON syntax error; nothing when the text is JSON. */
function jsonErrorLocation(text: string): { line?: number; column?: number } {
  const offset = jsonErrorOffset(text);
  if (offset === null) return {};
  const before = text.slice(0, offset);
  return { line: before.split('\n').length, column: offset - before.lastIndexOf('\n') };
}

/**
 * Node says where only for some JSON errors ("at position 7"), not for an unexpected token. A
 * prefix of valid JSON fails only by ending early, so the error is at the end of the longest
 * prefix that does: found by bisection.
 */
function jsonErrorOffset(text: string): number | null {
  const endsEarly = (n: number): boolean => {
    try {
      JSON.parse(text.slice(0, n));
      return true;
    } catch (e) {
      const message = (e as Error).message;
      const at = /at position (\d+)/.exec(message);
      return at ? Number(at[1]) >= n : /end of JSON input/.test(message);
    }
  };
  if (endsEarly(text.length)) {
    try {
      JSON.parse(text);
      return null;
    } catch {
      return text.length;
    }
  }
  let lo = 0;
  let hi = text.length;
  // Invariant: endsEarly(lo) and not endsEarly(hi).
  while (hi - lo > 1) {
    const mid = (lo + hi) >>> 1;
    if (endsEarly(mid)) lo = mid;
    else hi = mid;
  }
  return lo;
}

function readProbed(v: unknown): ProbedVersion | null {
  if (!isObject(v)) return null;
  const status = v['status'];
  if (!['ok', 'missing', 'timeout', 'unreadable', 'error'].includes(String(status))) return null;
  const version = v['version'];
  if (status === 'ok' ? typeof version !== 'string' || parseVersion(version) === null : version !== null)
    return null;
  return {
    status: status as ProbeStatus,
    version: version as string | null,
    command: typeof v['command'] === 'string' ? v['command'] : '',
    duration_ms: typeof v['duration_ms'] === 'number' ? v['duration_ms'] : 0,
  };
}

function shortKey(s: string): string {
  return JSON.stringify(s.length > 60 ? `${s.slice(0, 60)}…` : s);
}

// ───────────────────────────── drift ─────────────────────────────

/**
 * What changed from the base run's signature to this one, as information for the comment: lock
 * files changed, added or removed; runtimes and tools moving to another major.minor, appearing or
 * disappearing; another OS, architecture or runner image. Patch releases and image versions move
 * every week and are left out. Never a failure: the gate judges expectations, not history.
 */
export function diffSignatures(base: EnvironmentSignature, head: EnvironmentSignature): Reason[] {
  const out: Reason[] = [];
  const info = (code: string, message: string, evidence: Reason['evidence']) =>
    out.push({ code, message, evidence });

  if (base.os !== head.os)
    info('OS_CHANGED', `the OS changed from ${base.os} to ${head.os}`, { base: base.os, head: head.os });
  if (base.arch !== head.arch)
    info('ARCH_CHANGED', `the architecture changed from ${base.arch} to ${head.arch}`, {
      base: base.arch,
      head: head.arch,
    });
  if (base.runner.image !== null && head.runner.image !== null && base.runner.image !== head.runner.image)
    info(
      'RUNNER_IMAGE_CHANGED',
      `the runner image changed from ${base.runner.image} to ${head.runner.image}`,
      {
        base: base.runner.image,
        head: head.runner.image,
      },
    );

  versionDrift('runtime', 'RUNTIME', base.runtimes, head.runtimes, info);
  versionDrift('tool', 'TOOL', base.tools, head.tools, info);

  const lf = (l: LockFileEntry) => l.sha256_lf ?? l.sha256;
  const baseLocks = new Map(base.lock_files.filter((l) => l.sha256 !== null).map((l) => [l.file, l]));
  const headLocks = new Map(head.lock_files.filter((l) => l.sha256 !== null).map((l) => [l.file, l]));
  for (const file of [...new Set([...baseLocks.keys(), ...headLocks.keys()])].sort()) {
    const b = baseLocks.get(file);
    const h = headLocks.get(file);
    if (b !== undefined && h !== undefined) {
      // Compared with line endings normalised: a Windows checkout is not a dependency change.
      if (lf(b) !== lf(h))
        info('LOCKFILE_CHANGED', `${file} changed (sha256 ${short(b.sha256)} → ${short(h.sha256)})`, {
          file,
          base: b.sha256,
          head: h.sha256,
        });
    } else if (h !== undefined) {
      info('LOCKFILE_ADDED', `${file} is new (sha256 ${short(h.sha256)})`, {
        file,
        base: null,
        head: h.sha256,
      });
    } else if (b !== undefined) {
      info('LOCKFILE_REMOVED', `${file} is gone (it was sha256 ${short(b.sha256)})`, {
        file,
        base: b.sha256,
        head: null,
      });
    }
  }
  return out;
}

function versionDrift(
  kind: 'runtime' | 'tool',
  prefix: 'RUNTIME' | 'TOOL',
  base: Readonly<Record<string, ProbedVersion>>,
  head: Readonly<Record<string, ProbedVersion>>,
  info: (code: string, message: string, evidence: Reason['evidence']) => void,
): void {
  const version = (p: ProbedVersion | undefined) => (p?.status === 'ok' ? p.version : null);
  for (const name of [...new Set([...Object.keys(base), ...Object.keys(head)])].sort()) {
    const b = version(base[name]);
    const h = version(head[name]);
    if (b !== null && h !== null) {
      if (minorChanged(b, h))
        info(`${prefix}_CHANGED`, `${kind} ${name} moved from ${b} to ${h}`, {
          [kind]: name,
          base: b,
          head: h,
        });
    } else if (b === null && h !== null) {
      info(`${prefix}_ADDED`, `${kind} ${name} ${h} is new`, { [kind]: name, base: null, head: h });
    } else if (b !== null && h === null) {
      const why = head[name] === undefined ? 'not probed' : statusWords(head[name]!.status);
      info(`${prefix}_REMOVED`, `${kind} ${name} ${b} is gone (${why})`, {
        [kind]: name,
        base: b,
        head: null,
      });
    }
  }
}

function statusWords(status: ProbeStatus): string {
  switch (status) {
    case 'missing':
      return 'not found';
    case 'timeout':
      return 'its version probe timed out';
    case 'unreadable':
      return 'its version could not be read';
    case 'error':
      return 'it could not be started';
    case 'ok':
      return 'ok';
  }
}

function short(sha: string | null): string {
  return sha === null ? 'none' : `${sha.slice(0, 12)}…`;
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}
