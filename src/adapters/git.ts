import { execFile } from 'node:child_process';
import { InputError } from '../model/errors.js';

export interface GitChanges {
  /** `git diff` from the merge base to HEAD, unified with no context lines. */
  readonly diffText: string;
  /** The commit the change is measured from: the merge base of the base ref and HEAD. */
  readonly mergeBase: string;
  readonly head: string;
  /** How the diff was taken, to name it in messages (`git diff <merge base> <head>`). */
  readonly command: string;
  /**
   * Where `cwd` lies in the repository, as `git rev-parse --show-prefix` prints it (`src/`, '' at
   * the root). The diff's paths are relative to the repository root whatever `cwd` is; a caller
   * that maps report paths relative to `cwd` translates them with `relativeTo(files, prefix)`
   * (src/analysis/diff.ts).
   */
  readonly prefix: string;
}

export interface GitOptions {
  /** The git executable; `git` from PATH unless given. */
  readonly git?: string;
  /** Per git command. */
  readonly timeoutMs?: number;
  /** The largest diff read; a larger one is refused rather than buffered. */
  readonly maxBytes?: number;
  readonly env?: NodeJS.ProcessEnv;
}

const DEFAULT_TIMEOUT_MS = 120_000;
const DEFAULT_MAX_BYTES = 256 * 1024 * 1024;
const SHORT_OUTPUT = 1024 * 1024;

const FETCH_HINT =
  'in a workflow, check out with actions/checkout and `fetch-depth: 0` (or `git fetch origin <base branch>` before this step); locally, `git fetch origin`';

/**
 * What a change adds, as git sees it: the diff from the merge base of `baseRef` and HEAD to HEAD,
 * which is what `git diff <baseRef>...HEAD` and diff-cover's default compare. Only committed
 * changes count: CI checks out a clean tree.
 *
 * The diff is taken with options that make its form independent of the user's git config:
 * explicit `a/` `b/` prefixes (`diff.noprefix`, `diff.mnemonicPrefix`), repository-root paths
 * (`diff.relative`), no external diff or textconv driver, short submodule lines, and rename
 * detection on, so a moved file counts only the lines that changed in it, as diff-cover (git's
 * default `diff.renames`) counts them.
 */
export async function gitChangedLines(
  cwd: string,
  baseRef: string,
  opts: GitOptions = {},
): Promise<GitChanges> {
  checkRef(baseRef);
  const git = gitRunner(cwd, opts);

  const inside = await git.run(['rev-parse', '--is-inside-work-tree', '--show-prefix']);
  // `true`, then the prefix on a line of its own (kept whole: a directory name may hold a newline).
  if (inside.code !== 0 || !inside.stdout.startsWith('true\n')) {
    if (/dubious ownership/.test(inside.stderr))
      throw new InputError(
        `git refuses the repository because another user owns it; run \`git config --global --add safe.directory "${cwd}"\` first (actions/checkout does this for the workspace)`,
        { file: cwd },
      );
    throw new InputError(
      `not inside a git work tree, so the changed lines cannot be found${firstLine(inside.stderr)}; run from the repository or give a diff file instead`,
      { file: cwd },
    );
  }

  const head = await git.run(['rev-parse', '--verify', '--quiet', 'HEAD^{commit}']);
  if (head.code !== 0) throw new InputError('HEAD names no commit (an empty repository?)', { file: cwd });
  const headSha = head.stdout.trim();
  const prefix = inside.stdout.slice('true\n'.length).replace(/\n$/, '');

  const base = await git.run(['rev-parse', '--verify', '--quiet', `${baseRef}^{commit}`]);
  if (base.code !== 0) {
    const shallow = await isShallow(git);
    const alt =
      !baseRef.includes('/') && !/^[0-9a-f]{7,64}$/i.test(baseRef) ? ` (or \`origin/${baseRef}\`)` : '';
    throw new InputError(
      `the base ref ${JSON.stringify(baseRef)}${alt} is not known to this ${shallow ? 'shallow ' : ''}clone; fetch it first: ${FETCH_HINT}`,
      { file: cwd },
    );
  }
  const baseSha = base.stdout.trim();

  const mb = await git.run(['merge-base', baseSha, headSha]);
  if (mb.code !== 0 || mb.stdout.trim() === '') {
    if (mb.code === 1 && mb.stderr.trim() === '') {
      const shallow = await isShallow(git);
      throw new InputError(
        shallow
          ? `the clone is shallow, so the histories of ${JSON.stringify(baseRef)} and HEAD do not meet and the merge base is unknown; fetch the full history: ${FETCH_HINT}`
          : `${JSON.stringify(baseRef)} and HEAD have no common ancestor, so there is no merge base to diff from`,
        { file: cwd },
      );
    }
    throw new InputError(`git merge-base failed${firstLine(mb.stderr)}`, { file: cwd });
  }
  const mergeBase = mb.stdout.trim();

  const diffArgs = [
    '-c',
    'diff.relative=false',
    'diff',
    '--no-color',
    '--no-ext-diff',
    '--no-textconv',
    '--submodule=short',
    '--unified=0',
    '--find-renames',
    '--src-prefix=a/',
    '--dst-prefix=b/',
    mergeBase,
    headSha,
    '--',
  ];
  const command = `git diff ${mergeBase.slice(0, 12)} ${headSha.slice(0, 12)}`;
  const diff = await git.run(diffArgs, opts.maxBytes ?? DEFAULT_MAX_BYTES, command);
  if (diff.code !== 0) throw new InputError(`${command} failed${firstLine(diff.stderr)}`, { file: cwd });
  return { diffText: diff.stdout, mergeBase, head: headSha, command, prefix };
}

/**
 * Whether git can measure a pull request's change in this clone: the base commit the event names
 * is here, its merge base with HEAD is found (a shallow clone usually has neither), and HEAD is not
 * the base itself or behind it (`pull_request_target` checks out the base branch). Never throws:
 * the answer says why not, for the log, and the caller falls back to GitHub's list of files.
 */
export async function localPullBase(
  cwd: string,
  baseSha: string,
  opts: GitOptions = {},
): Promise<{ readonly mergeBase: string; readonly head: string } | { readonly problem: string }> {
  if (!/^[0-9a-f]{40}(?:[0-9a-f]{24})?$/.test(baseSha)) return { problem: 'the event names no base commit' };
  const short = baseSha.slice(0, 12);
  try {
    const git = gitRunner(cwd, { timeoutMs: 30_000, ...opts });
    const inside = await git.run(['rev-parse', '--is-inside-work-tree']);
    if (inside.code !== 0 || inside.stdout.trim() !== 'true')
      return { problem: 'the workspace is not a git work tree' };
    const present = await git.run(['cat-file', '-e', `${baseSha}^{commit}`]);
    if (present.code !== 0) return { problem: `the base commit ${short} is not in this clone` };
    const head = await git.run(['rev-parse', '--verify', '--quiet', 'HEAD^{commit}']);
    if (head.code !== 0) return { problem: 'HEAD names no commit' };
    const headSha = head.stdout.trim();
    const mb = await git.run(['merge-base', baseSha, headSha]);
    const mergeBase = mb.stdout.trim();
    if (mb.code !== 0 || mergeBase === '')
      return {
        problem: `the base commit ${short} and HEAD have no merge base in this clone${(await isShallow(git)) ? ' (it is shallow)' : ''}`,
      };
    if (mergeBase === headSha)
      return {
        problem: `HEAD is the base commit ${short} or behind it: the pull request's changes are not checked out`,
      };
    return { mergeBase, head: headSha };
  } catch (e) {
    return { problem: `git cannot run here (${e instanceof Error ? e.message.slice(0, 200) : String(e)})` };
  }
}

/** A ref is passed to git as an argument: one that reads as an option, or holds control characters, is refused. */
function checkRef(ref: string): void {
  // eslint-disable-next-line no-control-regex
  if (ref === '' || ref.startsWith('-') || /[\u0000-\u001f\u007f]/.test(ref) || ref.length > 1024)
    throw new InputError(
      `base ref ${JSON.stringify(ref.slice(0, 100))} is not a git ref: give a branch (origin/main), tag or commit`,
    );
}

interface Result {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

function gitRunner(cwd: string, opts: GitOptions) {
  const exe = opts.git ?? 'git';
  const timeout = opts.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  // The C locale keeps git's messages in English for the checks above; no prompt may wait for input.
  const env = {
    ...(opts.env ?? process.env),
    LC_ALL: 'C',
    GIT_TERMINAL_PROMPT: '0',
    GIT_OPTIONAL_LOCKS: '0',
  };
  return {
    run(args: readonly string[], maxBuffer = SHORT_OUTPUT, what = `git ${args[0]}`): Promise<Result> {
      return new Promise((resolve, reject) => {
        execFile(exe, args, { cwd, env, timeout, maxBuffer, windowsHide: true }, (err, stdout, stderr) => {
          if (!err) return resolve({ code: 0, stdout, stderr });
          const e = err as NodeJS.ErrnoException & { code?: string | number; killed?: boolean };
          if (e.code === 'ENOENT')
            return reject(
              new InputError(
                `cannot run ${JSON.stringify(exe)}: git is not installed or not on PATH (or the directory does not exist)`,
                { file: cwd },
              ),
            );
          if (e.code === 'ERR_CHILD_PROCESS_STDIO_MAXBUFFER')
            return reject(
              new InputError(
                `${what} printed more than ${maxBuffer} bytes; the change is too large to read (give a smaller diff file instead)`,
                { file: cwd },
              ),
            );
          if (e.killed)
            return reject(
              new InputError(`${what} did not finish within ${duration(timeout)} and was stopped`, {
                file: cwd,
              }),
            );
          if (typeof e.code === 'number') return resolve({ code: e.code, stdout, stderr });
          reject(new InputError(`cannot run ${what}: ${e.message}`, { file: cwd }));
        });
      });
    },
  };
}

async function isShallow(git: ReturnType<typeof gitRunner>): Promise<boolean> {
  const r = await git.run(['rev-parse', '--is-shallow-repository']);
  return r.code === 0 && r.stdout.trim() === 'true';
}

function firstLine(stderr: string): string {
  const line = stderr
    .split('\n')
    .map((l) => l.trim())
    .find((l) => l !== '');
  return line ? ` (${line.slice(0, 300)})` : '';
}

function duration(ms: number): string {
  return ms < 1000 ? `${ms} ms` : `${Math.round(ms / 1000)} s`;
}
