import { spawn, type ChildProcess } from 'node:child_process';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import {
  MARKER_TEXT_FILES,
  LOCK_FILE_DIRS,
  detectRuntimes,
  lockFilePaths,
  probeSpecs,
  type CapturePlan,
  type EnvironmentFacts,
  type LockFileRead,
  type ProbeOutcome,
  type ProbeSpec,
  type RepositoryMarkers,
} from '../analysis/environment.js';
import type { RuntimeName } from '../config/environment.js';
import type { Host } from './types.js';

/** What the environment signature needs from the machine: tool probes, files, variables. */
export interface EnvironmentProbe {
  /** Everything `plan` asks for, from the repository at `root`; never throws for a tool or file. */
  capture(root: string, plan: CapturePlan): Promise<EnvironmentFacts>;
}

export interface ProbeOptions {
  /** Per stream; a tool printing more is read to the end but only this much is kept. */
  readonly maxOutputBytes?: number;
  /** The environment probes run in (PATH decides what is found). Default: this process's. */
  readonly env?: NodeJS.ProcessEnv;
}

export const DEFAULT_MAX_OUTPUT_BYTES = 64 * 1024;
/** Marker files are a few lines; a huge one is cut rather than read whole. */
const MAX_MARKER_BYTES = 1024 * 1024;
/** After a tool exits, how long its output pipes may stay open (a grandchild holding them). */
const CLOSE_GRACE_MS = 100;

/** The real machine. Probes and file reads all run at once; the slowest probe sets the pace. */
export function nodeEnvironmentProbe(host: Host, options: ProbeOptions = {}): EnvironmentProbe {
  const env = probeEnvironment(options.env ?? process.env);
  const maxOutputBytes = options.maxOutputBytes ?? DEFAULT_MAX_OUTPUT_BYTES;
  return {
    async capture(root, plan) {
      const capturedAt = host.now();
      const t0 = host.monotonic();
      const markers = await readMarkers(root);
      const detected = detectRuntimes(markers);
      const specs = probeSpecs(plan, detected, host.platform);
      // Probes run in the repository: version managers (pyenv, rustup, asdf, nvm shims, global.json)
      // pick the version its files name. A root that is not there would make every tool look missing.
      const cwd = (await fs.stat(root).catch(() => null))?.isDirectory() ? root : undefined;
      const run = (spec: ProbeSpec) =>
        runProbeSpec(spec, { timeoutMs: plan.timeoutMs, maxOutputBytes, env, cwd });
      const runtimeNames = Object.keys(specs.runtimes) as RuntimeName[];
      const toolNames = Object.keys(specs.tools);
      const [runtimeOutcomes, toolOutcomes, lockFiles] = await Promise.all([
        Promise.all(runtimeNames.map((r) => run(specs.runtimes[r]!))),
        Promise.all(toolNames.map((t) => run(specs.tools[t]!))),
        readLockFiles(root, markers.names, plan.lockFiles),
      ]);
      return {
        platform: host.platform,
        arch: host.arch,
        env: (name) => host.env(name),
        plan,
        detected,
        runtimes: Object.fromEntries(runtimeNames.map((r, i) => [r, runtimeOutcomes[i]!])),
        tools: Object.fromEntries(toolNames.map((t, i) => [t, toolOutcomes[i]!])),
        lockFiles,
        capturedAt,
        monotonicStartMs: t0,
        durationMs: host.monotonic() - t0,
      };
    },
  };
}

/** Tools asked for a version should not greet, phone home or page. */
function probeEnvironment(env: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  return {
    ...env,
    DOTNET_NOLOGO: '1',
    DOTNET_CLI_TELEMETRY_OPTOUT: '1',
    DOTNET_SKIP_FIRST_TIME_EXPERIENCE: '1',
    PAGER: 'cat',
  };
}

export interface RunProbeOptions {
  readonly timeoutMs: number;
  readonly maxOutputBytes?: number;
  readonly env?: NodeJS.ProcessEnv;
  readonly cwd?: string;
}

/** Tries each alternative while the previous one is not installed; reports the first otherwise. */
export async function runProbeSpec(spec: ProbeSpec, options: RunProbeOptions): Promise<ProbeOutcome> {
  let first: ProbeOutcome | undefined;
  for (const argv of spec.alternatives) {
    const outcome = await runProbe(argv, options);
    if (outcome.status !== 'missing') return outcome;
    first ??= outcome;
  }
  return first ?? { status: 'missing', command: '', ms: 0 };
}

/**
 * Runs one version command without a shell, stdin closed, output capped, and stops it (its whole
 * process group, so a wrapper script's children go too) when it outlives `timeoutMs`. Resolves,
 * never rejects: absence, a hang and a failure to start are outcomes.
 */
export function runProbe(
  argv: readonly [string, ...string[]],
  options: RunProbeOptions,
): Promise<ProbeOutcome> {
  const command = argv.join(' ');
  const cap = options.maxOutputBytes ?? DEFAULT_MAX_OUTPUT_BYTES;
  const started = performance.now();
  const elapsed = () => performance.now() - started;
  // A group of its own lets a timeout kill grandchildren; Windows has no process groups this way.
  const group = process.platform !== 'win32';
  return new Promise((resolve) => {
    let settled = false;
    const stdout = new Capped(cap);
    const stderr = new Capped(cap);
    let exit: { code: number | null; signal: string | null } | null = null;
    let grace: NodeJS.Timeout | undefined;
    let child: ChildProcess;
    try {
      child = spawn(argv[0], argv.slice(1), {
        cwd: options.cwd,
        env: options.env,
        stdio: ['ignore', 'pipe', 'pipe'],
        shell: false,
        detached: group,
        windowsHide: true,
      });
    } catch (e) {
      // Arguments Node refuses outright (a NUL byte in a configured command).
      const code = (e as NodeJS.ErrnoException).code ?? (e as Error).message;
      resolve({ status: 'error', command, code, ms: elapsed() });
      return;
    }
    const finish = (outcome: ProbeOutcome) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      clearTimeout(grace);
      child.stdout?.destroy();
      child.stderr?.destroy();
      resolve(outcome);
    };
    const exited = () => {
      finish({
        status: 'exited',
        command,
        exitCode: exit?.code ?? null,
        signal: exit?.signal ?? null,
        stdout: stdout.text(),
        stderr: stderr.text(),
        stdoutBytes: stdout.total,
        stderrBytes: stderr.total,
        ms: elapsed(),
      });
    };
    child.stdout?.on('data', (chunk: Buffer) => stdout.push(chunk));
    child.stderr?.on('data', (chunk: Buffer) => stderr.push(chunk));
    child.on('error', (e: NodeJS.ErrnoException) => {
      if (e.code === 'ENOENT') finish({ status: 'missing', command, ms: elapsed() });
      else finish({ status: 'error', command, code: e.code ?? e.message, ms: elapsed() });
    });
    child.on('exit', (code, signal) => {
      exit = { code, signal };
      // A grandchild may hold the pipes open long after the tool itself is done.
      grace = setTimeout(exited, CLOSE_GRACE_MS);
    });
    child.on('close', (code, signal) => {
      exit ??= { code, signal };
      exited();
    });
    const timer = setTimeout(() => {
      kill(child.pid, group, () => child.kill('SIGKILL'));
      finish({ status: 'timeout', command, timeoutMs: options.timeoutMs, ms: elapsed() });
    }, options.timeoutMs);
  });
}

function kill(pid: number | undefined, group: boolean, fallback: () => void): void {
  if (pid !== undefined && group) {
    try {
      process.kill(-pid, 'SIGKILL');
      return;
    } catch {
      // The group is gone already, or was never made: kill the child alone.
    }
  }
  try {
    fallback();
  } catch {
    // Already dead.
  }
}

/** Keeps the first `cap` bytes and counts the rest. */
class Capped {
  private readonly chunks: Buffer[] = [];
  private kept = 0;
  total = 0;
  constructor(private readonly cap: number) {}
  push(chunk: Buffer): void {
    this.total += chunk.length;
    if (this.kept >= this.cap) return;
    const part = chunk.length <= this.cap - this.kept ? chunk : chunk.subarray(0, this.cap - this.kept);
    this.chunks.push(part);
    this.kept += part.length;
  }
  text(): string {
    return Buffer.concat(this.chunks).toString('utf8');
  }
}

/** The root's names and the text of the marker files there. A missing root holds nothing. */
export async function readMarkers(root: string): Promise<RepositoryMarkers> {
  const entries = await fs.readdir(root, { withFileTypes: true }).catch(() => []);
  const names = new Set(entries.map((e) => e.name));
  const wanted = MARKER_TEXT_FILES.filter((f) => names.has(f));
  const texts = await Promise.all(wanted.map((f) => readHead(path.join(root, f), MAX_MARKER_BYTES)));
  return {
    names,
    texts: Object.fromEntries(wanted.flatMap((f, i) => (texts[i] === null ? [] : [[f, texts[i]!]]))),
  };
}

async function readHead(file: string, max: number): Promise<string | null> {
  let handle: fs.FileHandle | undefined;
  try {
    handle = await fs.open(file, 'r');
    const buffer = Buffer.alloc(max);
    const { bytesRead } = await handle.read(buffer, 0, max, 0);
    return buffer.subarray(0, bytesRead).toString('utf8');
  } catch {
    return null;
  } finally {
    await handle?.close();
  }
}

/** Reads every lock file (found at the root and in LOCK_FILE_DIRS, plus the configured ones) at once. */
export async function readLockFiles(
  root: string,
  rootNames: ReadonlySet<string>,
  configured: readonly string[],
): Promise<LockFileRead[]> {
  const dirNames: Record<string, string[]> = {};
  for (const dir of LOCK_FILE_DIRS) {
    if (!rootNames.has(dir.split('/')[0]!)) continue;
    dirNames[dir] = await fs.readdir(path.join(root, ...dir.split('/'))).catch(() => []);
  }
  const files = lockFilePaths(rootNames, dirNames, configured);
  return Promise.all(files.map((file) => readLockFile(root, file)));
}

async function readLockFile(root: string, file: string): Promise<LockFileRead> {
  try {
    return { file, status: 'ok', bytes: await fs.readFile(path.join(root, ...file.split('/'))) };
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') return { file, status: 'missing' };
    const why =
      code === 'EACCES' || code === 'EPERM'
        ? 'permission denied'
        : code === 'EISDIR'
          ? 'it is a directory'
          : (code ?? (e as Error).message);
    return { file, status: 'unreadable', error: why };
  }
}
