import { execFileSync } from 'node:child_process';
import { mkdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { localPullBase } from '../../src/adapters/git.js';
import { ROOT, readJson } from '../golden/helpers.js';
import { gitSandbox } from '../helpers/git-sandbox.js';

/**
 * Whether git can measure a pull request's change in the clone at hand, against real clones of
 * the diff-cover fixture repository: a full one, a shallow one (what actions/checkout makes by
 * default), one checked out at the base, and a directory that is no repository.
 */

const FIX = '__tests__/fixtures/patch';
const commits = readJson<{ commits: { fork: string; head: string; base_tip: string } }>(
  `${FIX}/expected.json`,
).commits;

let tmp: string;
let env: NodeJS.ProcessEnv;
let full: string;

function git(cwd: string, ...args: string[]): string {
  return execFileSync('git', args, { cwd, env, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
}

beforeAll(() => {
  ({ tmp, env } = gitSandbox('pull-base'));
  full = path.join(tmp, 'full');
  git(tmp, 'clone', '-q', path.join(ROOT, FIX, 'repo.bundle'), full);
});

afterAll(() => {
  rmSync(tmp, { recursive: true, force: true });
});

describe('localPullBase', () => {
  it('finds the merge base when the clone holds the base commit', async () => {
    expect(await localPullBase(full, commits.base_tip, { env })).toEqual({
      mergeBase: commits.fork,
      head: commits.head,
    });
  });

  it('says the base commit is not here when the event names one the clone lacks', async () => {
    const absent = 'f'.repeat(40);
    expect(await localPullBase(full, absent, { env })).toEqual({
      problem: `the base commit ${absent.slice(0, 12)} is not in this clone`,
    });
  });

  it('says so for a shallow clone of the head (actions/checkout’s default)', async () => {
    const shallow = path.join(tmp, 'shallow');
    git(tmp, 'clone', '-q', '--depth=1', `file://${full}`, shallow);
    const r = await localPullBase(shallow, commits.base_tip, { env });
    expect(r).toEqual({ problem: `the base commit ${commits.base_tip.slice(0, 12)} is not in this clone` });
  });

  it('refuses a checkout of the base itself: the pull request’s changes are not there', async () => {
    const atBase = path.join(tmp, 'at-base');
    git(tmp, 'clone', '-q', full, atBase);
    git(atBase, 'checkout', '-q', '--detach', commits.base_tip);
    const r = await localPullBase(atBase, commits.base_tip, { env });
    expect(r).toEqual({
      problem: `HEAD is the base commit ${commits.base_tip.slice(0, 12)} or behind it: the pull request's changes are not checked out`,
    });
  });

  it('answers without git where there is no repository, and refuses a base that is not a commit id', async () => {
    const plain = path.join(tmp, 'plain');
    mkdirSync(plain);
    expect(await localPullBase(plain, commits.base_tip, { env })).toEqual({
      problem: 'the workspace is not a git work tree',
    });
    expect(await localPullBase(full, '--output=/tmp/x', { env })).toEqual({
      problem: 'the event names no base commit',
    });
    expect(
      await localPullBase(full, commits.base_tip, { env, git: path.join(tmp, 'no-such-git') }),
    ).toMatchObject({
      problem: expect.stringMatching(/^git cannot run here/),
    });
  });
});
