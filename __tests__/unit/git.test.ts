import { execFileSync } from 'node:child_process';
import { chmodSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { gitChangedLines } from '../../src/adapters/git.js';
import { parseUnifiedDiff } from '../../src/analysis/diff.js';
import { InputError } from '../../src/model/errors.js';
import { ROOT, read, readJson } from '../golden/helpers.js';
import { gitSandbox } from '../helpers/git-sandbox.js';

/**
 * The git adapter against real repositories: the fixture repository of the diff-cover golden
 * test (cloned from its bundle) and small ones made here. Nothing reads the user's git config.
 */

const FIX = '__tests__/fixtures/patch';
const commits = readJson<{ commits: { fork: string; head: string; base_tip: string } }>(
  `${FIX}/expected.json`,
).commits;

let tmp: string;
let env: NodeJS.ProcessEnv;

function git(cwd: string, ...args: string[]): string {
  return execFileSync('git', args, { cwd, env, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
}

function dir(name: string): string {
  const d = path.join(tmp, name);
  mkdirSync(d, { recursive: true });
  return d;
}

function commitFile(cwd: string, file: string, text: string, message: string): void {
  writeFileSync(path.join(cwd, file), text);
  git(cwd, 'add', '-A');
  git(cwd, 'commit', '-q', '-m', message);
}

const asObject = (text: string) =>
  Object.fromEntries([...parseUnifiedDiff(text, 'diff')].map(([k, v]) => [k, [...v]]));

async function inputError(p: Promise<unknown>): Promise<InputError> {
  try {
    await p;
  } catch (e) {
    if (e instanceof InputError) return e;
    throw e;
  }
  throw new Error('expected an InputError');
}

let clone: string;

beforeAll(() => {
  ({ tmp, env } = gitSandbox('git'));
  clone = path.join(tmp, 'clone');
  git(tmp, 'clone', '-q', path.join(ROOT, FIX, 'repo.bundle'), clone);
});

afterAll(() => {
  rmSync(tmp, { recursive: true, force: true });
});

describe('gitChangedLines', () => {
  it('diffs HEAD against its merge base with the base ref, as diff-cover does', async () => {
    const r = await gitChangedLines(clone, 'origin/base', { env });
    expect(r.mergeBase).toBe(commits.fork);
    expect(r.mergeBase).not.toBe(commits.base_tip);
    expect(r.head).toBe(commits.head);
    expect(r.command).toBe(`git diff ${commits.fork.slice(0, 12)} ${commits.head.slice(0, 12)}`);
    expect(asObject(r.diffText)).toEqual(asObject(read(`${FIX}/changes.diff`)));
  });

  it('takes the same diff whatever the user’s git config says', async () => {
    const hostile = path.join(tmp, 'hostile-gitconfig');
    writeFileSync(
      hostile,
      [
        '[diff]',
        '  noprefix = true',
        '  mnemonicPrefix = true',
        '  relative = true',
        '  renames = false',
        '  submodule = log',
        '  external = /bin/false',
        '[color]',
        '  ui = always',
        '  diff = always',
        '[core]',
        '  quotePath = true',
        '',
      ].join('\n'),
    );
    const r = await gitChangedLines(path.join(clone, 'shop'), 'origin/base', {
      env: { ...env, GIT_CONFIG_GLOBAL: hostile },
    });
    expect(asObject(r.diffText)).toEqual(asObject(read(`${FIX}/changes.diff`)));
  });

  it('a base ref the clone does not have: says to fetch it, and suggests origin/', async () => {
    const e = await inputError(gitChangedLines(clone, 'develop', { env }));
    expect(e.message).toBe(
      `${clone}: the base ref "develop" (or \`origin/develop\`) is not known to this clone; fetch it first: in a workflow, check out with actions/checkout and \`fetch-depth: 0\` (or \`git fetch origin <base branch>\` before this step); locally, \`git fetch origin\``,
    );
  });

  it('a shallow clone whose history does not reach the merge base: says to fetch the full history', async () => {
    const full = dir('full');
    git(full, 'clone', '-q', '--mirror', path.join(ROOT, FIX, 'repo.bundle'), '.');
    const shallow = path.join(tmp, 'shallow');
    git(tmp, 'clone', '-q', '--depth=1', '--no-single-branch', `file://${full}`, shallow);
    const e = await inputError(gitChangedLines(shallow, 'origin/base', { env }));
    expect(e.message).toMatch(
      /: the clone is shallow, so the histories of "origin\/base" and HEAD do not meet and the merge base is unknown; fetch the full history: .*`fetch-depth: 0`/,
    );
  });

  it('histories with no common ancestor', async () => {
    const d = dir('orphans');
    git(d, 'init', '-q', '-b', 'main');
    commitFile(d, 'a.txt', 'a\n', 'one');
    git(d, 'checkout', '-q', '--orphan', 'other');
    commitFile(d, 'b.txt', 'b\n', 'two');
    const e = await inputError(gitChangedLines(d, 'main', { env }));
    expect(e.message).toBe(
      `${d}: "main" and HEAD have no common ancestor, so there is no merge base to diff from`,
    );
  });

  it('only committed changes count; a new branch with no commits of its own changes nothing', async () => {
    const d = dir('plain');
    git(d, 'init', '-q', '-b', 'main');
    commitFile(d, 'a.py', 'x = 1\n', 'one');
    git(d, 'checkout', '-q', '-b', 'topic');
    commitFile(d, 'a.py', 'x = 1\ny = 2\nz = 3\n', 'two');
    writeFileSync(path.join(d, 'a.py'), 'uncommitted\n');
    const r = await gitChangedLines(d, 'main', { env });
    expect(asObject(r.diffText)).toEqual({ 'a.py': [2, 3] });
    git(d, 'checkout', '-q', '.');
    git(d, 'checkout', '-q', '-b', 'empty', 'main');
    expect((await gitChangedLines(d, 'main', { env })).diffText).toBe('');
  });

  it('outside a work tree, and in an empty repository', async () => {
    const none = dir('not-a-repo');
    expect((await inputError(gitChangedLines(none, 'main', { env }))).message).toMatch(
      new RegExp(
        `^${none}: not inside a git work tree, so the changed lines cannot be found .*; run from the repository or give a diff file instead$`,
      ),
    );
    const empty = dir('empty-repo');
    git(empty, 'init', '-q');
    expect((await inputError(gitChangedLines(empty, 'main', { env }))).message).toBe(
      `${empty}: HEAD names no commit (an empty repository?)`,
    );
  });

  it('refuses refs that git would read as options, or that hold control characters', async () => {
    for (const ref of ['--output=/tmp/x', '-p', '', 'main\nx'])
      expect((await inputError(gitChangedLines(clone, ref, { env }))).message).toMatch(
        /is not a git ref: give a branch \(origin\/main\), tag or commit$/,
      );
  });

  it('git missing, too slow, or printing too much: InputErrors that say so', async () => {
    const missing = await inputError(
      gitChangedLines(clone, 'origin/base', { env, git: path.join(tmp, 'no-git') }),
    );
    expect(missing.message).toMatch(/git is not installed or not on PATH/);

    const slow = path.join(tmp, 'slow-git');
    writeFileSync(slow, '#!/bin/sh\nexec sleep 5\n');
    chmodSync(slow, 0o755);
    const timedOut = await inputError(
      gitChangedLines(clone, 'origin/base', { env, git: slow, timeoutMs: 200 }),
    );
    expect(timedOut.message).toBe(`${clone}: git rev-parse did not finish within 200 ms and was stopped`);

    const big = await inputError(gitChangedLines(clone, 'origin/base', { env, maxBytes: 100 }));
    expect(big.message).toMatch(
      /: git diff [0-9a-f]{12} [0-9a-f]{12} printed more than 100 bytes; the change is too large to read/,
    );
  });
});
