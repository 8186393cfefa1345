import { describe, expect, it } from 'vitest';
import { branchOf, githubContext, workflowFile } from '../../src/github/context.js';
import { INPUT, resolveGitHubInputs, resolveInputs } from '../../src/inputs.js';

/** The runner's variables and event payload, and the action's GitHub inputs, read into values. */

const ENV = {
  GITHUB_REPOSITORY: 'octo-org/octo-repo',
  GITHUB_RUN_ID: '123',
  GITHUB_RUN_ATTEMPT: '2',
  GITHUB_EVENT_NAME: 'pull_request',
  GITHUB_WORKFLOW: 'CI',
  GITHUB_JOB: 'test',
  GITHUB_WORKFLOW_REF: 'octo-org/octo-repo/.github/workflows/ci.yml@refs/pull/7/merge',
  GITHUB_REF: 'refs/pull/7/merge',
  GITHUB_SHA: 'abc',
};

describe('githubContext', () => {
  it('reads a pull request event, a fork’s included', () => {
    const ctx = githubContext(ENV, {
      number: 7,
      pull_request: {
        number: 7,
        head: { sha: 'h', ref: 'patch', repo: { full_name: 'fork/octo-repo' } },
        base: { sha: 'b', ref: 'main' },
      },
      repository: { default_branch: 'main' },
    });
    expect(ctx).toMatchObject({
      repo: { owner: 'octo-org', repo: 'octo-repo' },
      runId: 123,
      attempt: 2,
      workflowFile: 'ci.yml',
      defaultBranch: 'main',
      pull: {
        number: 7,
        headSha: 'h',
        baseRef: 'main',
        baseSha: 'b',
        headRepo: 'fork/octo-repo',
        fork: true,
      },
      triggeringRun: null,
    });
  });

  it('reads the triggering run of a workflow_run event', () => {
    const ctx = githubContext(
      { ...ENV, GITHUB_EVENT_NAME: 'workflow_run' },
      {
        workflow_run: {
          id: 9,
          run_attempt: 1,
          name: 'CI',
          workflow_id: 5,
          event: 'pull_request',
          head_sha: 'h',
          head_branch: 'patch',
          head_repository: { full_name: 'fork/r' },
          run_started_at: '2026-11-22T10:00:00Z',
        },
      },
    );
    expect('problem' in ctx ? null : ctx.triggeringRun).toEqual({
      id: 9,
      attempt: 1,
      name: 'CI',
      workflowId: 5,
      event: 'pull_request',
      headSha: 'h',
      headBranch: 'patch',
      headRepo: 'fork/r',
      createdAt: '2026-11-22T10:00:00Z',
    });
  });

  it('says why there is no context off a runner', () => {
    expect(githubContext({}, {})).toEqual({ problem: 'GITHUB_REPOSITORY is not set (not on a runner)' });
    expect(githubContext({ ...ENV, GITHUB_RUN_ID: 'x' }, {})).toEqual({
      problem: 'GITHUB_RUN_ID is not a run id',
    });
    expect(workflowFile('o/r/.github/workflows/a.yaml@refs/heads/x')).toBe('a.yaml');
    expect(workflowFile(undefined)).toBeNull();
    expect(branchOf('refs/heads/release/1')).toBe('release/1');
    expect(branchOf('refs/tags/v1')).toBeNull();
  });
});

describe('GitHub inputs', () => {
  it('defaults', () => {
    expect(resolveGitHubInputs({}, 'run')).toEqual({
      token: null,
      comment: 'auto',
      commentKey: null,
      artifactName: 'test-ladder',
      shard: null,
      expectedShards: null,
      upload: 'on',
      history: 'on',
    });
  });

  it('name the input and the allowed values when wrong', () => {
    expect(() => resolveGitHubInputs({ comment: 'yes' }, 'run')).toThrow(
      'input comment: "yes" is not allowed; allowed: auto, on, off',
    );
    expect(() => resolveGitHubInputs({ upload: 'maybe' }, 'run')).toThrow(
      'input upload: "maybe" is not allowed; allowed: on, off',
    );
    expect(() => resolveGitHubInputs({ artifactName: 'a:b' }, 'run')).toThrow(
      /input artifact-name: "a:b" cannot name an artifact: it contains ":"/,
    );
    expect(() => resolveGitHubInputs({ expectedShards: '3' }, 'run')).toThrow(
      'input expected-shards: only read in mode merge (this is mode run)',
    );
    expect(() => resolveGitHubInputs({ shard: '1' }, 'merge')).toThrow(
      /input shard: names a matrix leg of mode run/,
    );
    expect(resolveGitHubInputs({ expectedShards: 'a,b' }, 'merge').expectedShards).toEqual(['a', 'b']);
  });

  it('mode merge and publish take no coverage-files: their reports come from artifacts', () => {
    const label = (k: keyof typeof INPUT) => `input ${INPUT[k]}`;
    expect(resolveInputs({ mode: 'merge', coverage: [], tests: [] }, {}, '/w', label).mode).toBe('merge');
    expect(() => resolveInputs({ mode: 'publish', coverage: ['c.xml'], tests: [] }, {}, '/w', label)).toThrow(
      "input coverage-files: not read in mode publish: the coverage comes from the triggering run's artifact",
    );
  });
});
