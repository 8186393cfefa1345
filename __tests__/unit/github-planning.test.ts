import { describe, expect, it } from 'vitest';
import { ArtifactSet } from '../../src/artifacts/index.js';
import { planComment } from '../../src/github/comment-plan.js';
import { baseCandidates, checkArtifactSet, describeBase } from '../../src/github/history.js';
import {
  artifactName,
  artifactNameProblem,
  attemptOf,
  latestOf,
  parseExpectedShards,
  planMerge,
} from '../../src/github/naming.js';
import type { IssueComment, PullSummary, RunArtifact, WorkflowRun } from '../../src/github/ports.js';
import { publishProblems, publishStatus } from '../../src/github/publish.js';
import { pullsForRun } from '../../src/github/pull.js';

/** The decisions of the GitHub integration, with plain values. */

const art = (id: number, name: string, extra: Partial<RunArtifact> = {}): RunArtifact => ({
  id,
  name,
  size: 1000,
  expired: false,
  digest: null,
  ...extra,
});

describe('artifact names', () => {
  it('adds the shard and, after the first attempt, the attempt', () => {
    expect(artifactName('test-ladder', null, 1)).toBe('test-ladder');
    expect(artifactName('test-ladder', 'ubuntu/py 3.12', 1)).toBe('test-ladder-ubuntu-py-3.12');
    expect(artifactName('test-ladder', '2', 3)).toBe('test-ladder-2-attempt-3');
  });

  it('refuses what the artifact service refuses', () => {
    expect(artifactNameProblem('test-ladder')).toBeNull();
    expect(artifactNameProblem('a/b')).toMatch(/contains "\/"/);
    expect(artifactNameProblem('  ')).toBe('it is empty');
  });

  it('finds the latest attempt of a stem, not after a given attempt, not expired', () => {
    expect(attemptOf('x', 'x')).toBe(1);
    expect(attemptOf('x-attempt-4', 'x')).toBe(4);
    expect(attemptOf('x-1', 'x')).toBeNull();
    const list = [
      art(1, 'x'),
      art(2, 'x-attempt-2'),
      art(3, 'x-attempt-3', { expired: true }),
      art(4, 'x-1'),
    ];
    expect(latestOf(list, 'x')?.id).toBe(2);
    expect(latestOf(list, 'x', 1)?.id).toBe(1);
    expect(latestOf(list, 'y')).toBeNull();
  });
});

describe('expected shards and the merge plan', () => {
  it('reads a count or names', () => {
    expect(parseExpectedShards('')).toBeNull();
    expect(parseExpectedShards('3')).toEqual(['1', '2', '3']);
    expect(parseExpectedShards('py3.12, py3.13\nwin')).toEqual(['py3.12', 'py3.13', 'win']);
    expect(parseExpectedShards('0')).toEqual({ problem: '"0" is not a number of shards from 1 to 256' });
    expect(parseExpectedShards('a, a')).toEqual({ problem: 'shard "a" is named twice' });
  });

  it('names every missing shard and never takes the merge job’s own artifact for one', () => {
    const listed = [
      art(1, 'tl-1'),
      art(2, 'tl-3'),
      art(3, 'tl-3-attempt-2'),
      art(4, 'tl'),
      art(5, 'tl-attempt-2'),
      art(6, 'other-2'),
    ];
    const plan = planMerge(listed, 'tl', ['1', '2', '3'], 2);
    expect(plan.shards.map((s) => [s.label, s.artifact.id])).toEqual([
      ['1', 1],
      ['3', 3],
    ]);
    expect(plan.missing).toEqual([{ label: '2', name: 'tl-2' }]);
    // Attempt 1 of the merge job sees only attempt 1's shards.
    expect(planMerge(listed, 'tl', ['3'], 1).shards[0]!.artifact.id).toBe(2);
  });

  it('without expected shards, merges what is there and reports extras only when expected', () => {
    const listed = [art(1, 'tl-b'), art(2, 'tl-a'), art(3, 'tl')];
    expect(planMerge(listed, 'tl', null, 1).shards.map((s) => s.label)).toEqual(['a', 'b']);
    expect(planMerge(listed, 'tl', ['a'], 1).extra).toEqual(['tl-b']);
  });
});

const run = (id: number, headSha: string, createdAt: string, status = 'completed'): WorkflowRun => ({
  id,
  attempt: 1,
  workflowId: 7,
  headSha,
  headBranch: 'main',
  event: 'push',
  status,
  conclusion: 'success',
  createdAt,
  runNumber: id,
});

describe('the base run', () => {
  const runs = [
    run(1, 'aaa', '2026-11-20T10:00:00Z'),
    run(2, 'bbb', '2026-11-21T10:00:00Z'),
    run(3, 'ccc', '2026-11-22T10:00:00Z'),
    run(4, 'ddd', '2026-11-22T11:00:00Z', 'in_progress'),
  ];

  it('is the merge base’s run when there is one, then the newest completed; never the run itself', () => {
    expect(baseCandidates(runs, { exclude: 3, mergeBase: 'aaa' }).map((c) => [c.run.id, c.why])).toEqual([
      [1, 'merge-base'],
      [2, 'newest'],
    ]);
    expect(baseCandidates(runs, { exclude: 99, mergeBase: null, max: 2 }).map((c) => c.run.id)).toEqual([
      3, 2,
    ]);
    expect(baseCandidates(runs, { exclude: 99, mergeBase: 'zzz' })[0]!.why).toBe('newest');
  });

  it('says which was used, and why', () => {
    const [c] = baseCandidates(runs, { exclude: 99, mergeBase: null });
    expect(describeBase(c!, null, 'ci.yml', 'main')).toBe(
      'run 3 (#3) of ci.yml on main at ccc: the newest completed run (the merge base is not known here: check out with fetch-depth: 0 to use its run)',
    );
    const [m] = baseCandidates(runs, { exclude: 99, mergeBase: 'aaa' });
    expect(describeBase(m!, 'aaa', 'ci.yml', 'main')).toMatch(/: the merge base's run$/);
  });
});

describe('an artifact set from another run', () => {
  function set(run: Record<string, unknown>, tool = 'test-ladder'): Map<string, Uint8Array> {
    const s = new ArtifactSet();
    s.addText('coverage.xml', '<coverage/>');
    s.addJson('foundation.checkpoint.json', {
      schema: 'test-ladder/checkpoint@1',
      tool: { name: tool },
      run,
    });
    const m = s.manifest();
    return new Map([
      ...s.files().map((f) => [f.name, f.bytes] as const),
      [m.name, new TextEncoder().encode(m.text)],
    ]);
  }
  const expect42: { runId: number; repository: string; attempt?: number } = { runId: 42, repository: 'o/r' };

  it('is used when it verifies and its checkpoint is that run’s', () => {
    expect(checkArtifactSet(set({ id: '42', repository: 'O/R', attempt: 1 }), expect42)).toEqual({
      ok: true,
    });
  });

  it('is tampered when a file does not match SHA256SUMS', () => {
    const files = set({ id: '42', repository: 'o/r' });
    files.set('coverage.xml', new TextEncoder().encode('<coverage lines-covered="999"/>'));
    const r = checkArtifactSet(files, expect42);
    expect(r.ok).toBe(false);
    expect(!r.ok && r.problem).toMatch(/^tampered: HASH_MISMATCH coverage\.xml/);
  });

  it('is foreign when copied from another run or repository, or not test-ladder’s', () => {
    const problem = (files: Map<string, Uint8Array>, e = expect42) => {
      const r = checkArtifactSet(files, e);
      return r.ok ? null : r.problem;
    };
    expect(problem(set({ id: '41', repository: 'o/r' }))).toBe(
      'foreign: written by run "41", not by run 42 it was uploaded to',
    );
    expect(problem(set({ id: '42', repository: 'x/y' }))).toBe('foreign: written for x/y, not o/r');
    expect(problem(set({ id: '42' }, 'other-tool'))).toBe('foreign: not a test-ladder checkpoint');
    expect(problem(set({ id: '42', attempt: 3 }), { ...expect42, attempt: 2 })).toMatch(
      /attempt 3, after attempt 2/,
    );
  });
});

describe('the sticky comment plan', () => {
  const M = '<!-- test-ladder:comment key=k -->';
  const bot = { login: 'github-actions[bot]', type: 'Bot' };
  const c = (id: number, body: string, author = bot): IssueComment => ({ id, body, author });

  it('creates when there is none, updates when it differs, writes nothing when it is the same', () => {
    expect(planComment([c(1, 'hello')], M, `${M}\nbody`)).toEqual({ action: 'create', deletes: [] });
    expect(planComment([c(1, `${M}\nold`)], M, `${M}\nnew`)).toEqual({
      action: 'update',
      id: 1,
      deletes: [],
    });
    expect(planComment([c(1, `${M}\nsame`)], M, `${M}\nsame`)).toEqual({
      action: 'unchanged',
      id: 1,
      deletes: [],
    });
  });

  it('keeps the newest of a race and deletes only its author’s older ones', () => {
    const human = { login: 'octocat', type: 'User' };
    const plan = planComment(
      [c(5, `${M}\na`), c(7, `${M}\nquoted`, human), c(9, `${M}\nb`), c(3, `${M}\nc`)],
      M,
      `${M}\nb`,
    );
    expect(plan).toEqual({ action: 'unchanged', id: 9, deletes: [3, 5] });
  });

  it('only a marker on the first line counts (another key, or a marker quoted later, does not)', () => {
    expect(
      planComment([c(1, `hi\n${M}`), c(2, '<!-- test-ladder:comment key=k2 -->\nx')], M, `${M}\nb`).action,
    ).toBe('create');
  });
});

describe('the pull request of a fork’s run', () => {
  const p = (number: number, headSha: string, headRepo: string | null, state = 'open'): PullSummary => ({
    number,
    state,
    headSha,
    headRef: 'patch',
    headRepo,
    baseRef: 'main',
    baseSha: 'base',
  });

  it('is the open one whose head is the run’s commit, from the run’s repository', () => {
    const list = [
      p(1, 'abc', 'fork/r'),
      p(2, 'abc', 'other/r'),
      p(3, 'def', 'fork/r'),
      p(4, 'abc', 'fork/r', 'closed'),
    ];
    expect(pullsForRun(list, { headSha: 'abc', headRepo: 'Fork/R' }).map((x) => x.number)).toEqual([1]);
    expect(pullsForRun(list, { headSha: 'abc', headRepo: null }).map((x) => x.number)).toEqual([1, 2]);
    expect(pullsForRun(list, { headSha: 'old', headRepo: 'fork/r' })).toEqual([]);
  });
});

describe('publish-status', () => {
  it('ok, skipped, degraded, failed', () => {
    const ok = { channel: 'artifact' as const, state: 'ok' as const, detail: '' };
    const skipped = { channel: 'comment' as const, state: 'skipped' as const, detail: 'no PR' };
    const failed = {
      channel: 'comment' as const,
      state: 'failed' as const,
      detail: '403 read-only token (fork)',
    };
    expect(publishStatus([ok, skipped], 'run')).toBe('ok');
    expect(publishStatus([{ ...ok, state: 'unchanged' }], 'run')).toBe('ok');
    expect(publishStatus([{ ...ok, state: 'skipped' }, skipped], 'run')).toBe('skipped');
    expect(publishStatus([ok, failed], 'run')).toBe('degraded');
    expect(publishStatus([{ ...failed, channel: 'artifact' }], 'merge')).toBe('degraded');
    expect(publishStatus([failed], 'publish')).toBe('failed');
    expect(publishProblems([ok, failed])).toBe('comment: 403 read-only token (fork)');
  });
});
