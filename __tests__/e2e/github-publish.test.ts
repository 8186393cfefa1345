import { randomUUID } from 'node:crypto';
import path from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { renderManifest, sealJson, sha256Hex } from '../../src/artifacts/index.js';
import { cleanupTempDirs, copyInto, makeWorkspace, REPO_ROOT, runAction } from './harness.js';
import {
  fakeSha,
  readZip,
  runnerEnv,
  startArtifactService,
  startAzurite,
  startGitHubServer,
  type ArtifactService,
  type AzuriteHandle,
  type GitHubServer,
} from './servers/index.js';

/**
 * Fork pull requests, end to end: the fork's run (read-only token) uploads its set; a privileged
 * `workflow_run` job with `mode: publish` posts it. The artifact is the fork's to write, so it is
 * treated as hostile: a PR number planted in it is ignored, markdown it carries is never posted, a
 * tampered set posts nothing.
 */

const TOKEN = 'ghs_e2e_publish';
const FORK_TOKEN = 'ghs_e2e_fork';
const REPOSITORY = 'octo-org/octo-repo';
const FORK = 'fork-owner/octo-repo';
const PUBLISH_RUN = 17400000099;
const LADDER = `coverage:\n  metric: line\n  baseline: 75.3\n  tolerance: 0.5\n  target: 90\n  since: 2026-09-01\n  horizon: 2028-06-30\n`;

let gh: GitHubServer;
let azurite: AzuriteHandle;
let artifacts: ArtifactService;
/** The fork run's set as it uploaded it. */
let genuine: Map<string, Buffer>;
const FORK_RUN = 17400000001;
const HEAD = fakeSha('fork-head');

beforeAll(async () => {
  [azurite, gh] = await Promise.all([
    startAzurite(),
    startGitHubServer({ tokens: { [TOKEN]: {}, [FORK_TOKEN]: { readOnly: true } } }),
  ]);
  gh.state.addRun({
    id: PUBLISH_RUN,
    headSha: fakeSha('main'),
    headBranch: 'main',
    event: 'workflow_run',
    status: 'in_progress',
    workflowPath: '.github/workflows/test-ladder-comment.yml',
    name: 'test-ladder comment',
  });
  artifacts = await startArtifactService({
    azurite,
    runBackendId: randomUUID(),
    jobBackendId: randomUUID(),
    github: { state: gh.state, runId: FORK_RUN },
  });
  // The fork's pull request and its run: GitHub lists no pull request on a fork's run.
  gh.state.addPull({ number: 21, headSha: HEAD, headRef: 'patch-1', fork: FORK });
  gh.state.addPull({ number: 666, headSha: fakeSha('someone-else') });
  gh.state.addRun({
    id: FORK_RUN,
    headSha: HEAD,
    headBranch: 'patch-1',
    event: 'pull_request',
    headRepository: FORK,
    status: 'in_progress',
  });
  const ws = await makeWorkspace({ 'test-ladder.yml': LADDER });
  await copyInto(ws, path.join(REPO_ROOT, 'examples', 'reports'), 'reports');
  await copyInto(ws, path.join(REPO_ROOT, 'examples', 'project'), 'project');
  const forkRun = await runAction({
    workspace: ws,
    githubToken: FORK_TOKEN,
    event: {
      name: 'pull_request',
      payload: {
        number: 21,
        pull_request: {
          number: 21,
          head: { sha: HEAD, ref: 'patch-1', repo: { full_name: FORK } },
          base: { sha: fakeSha('main'), ref: 'main', repo: { full_name: REPOSITORY } },
        },
        repository: { full_name: REPOSITORY, default_branch: 'main' },
      },
    },
    inputs: {
      'coverage-files': 'reports/coverage.xml',
      'test-files': 'reports/junit.xml',
      date: '2026-11-22',
    },
    env: { ...runnerEnv(gh, artifacts), GITHUB_RUN_ID: String(FORK_RUN), GITHUB_SHA: fakeSha('fork-merge') },
  });
  expect(forkRun.exitCode).toBe(0);
  expect(forkRun.outputs['publish-status']).toBe('degraded'); // its own comment: 403
  genuine = readZip(await artifacts.readArtifact('test-ladder'));
});

afterAll(async () => {
  await artifacts?.stop();
  await gh?.stop();
  await azurite?.stop();
  await cleanupTempDirs();
});

/** Replace the run's artifact with `files`, zipped consistently (the fork controls its upload). */
function replaceArtifact(runId: number, files: Map<string, Buffer | string>): void {
  const repo = gh.state.repo();
  for (const a of gh.state.artifacts(runId)) repo.artifacts.delete(a.id);
  gh.state.addArtifact({ runId, name: 'test-ladder', files: Object.fromEntries(files) });
}

/** A set that verifies: edited files, SHA256SUMS rewritten to match. */
function resealed(files: Map<string, Buffer | string>): Map<string, Buffer | string> {
  const entries = [...files]
    .filter(([name]) => name !== 'SHA256SUMS')
    .map(([name, bytes]) => ({
      name,
      sha256: sha256Hex(typeof bytes === 'string' ? new TextEncoder().encode(bytes) : bytes),
    }));
  return new Map([...files, ['SHA256SUMS', renderManifest(entries)]]);
}

function workflowRunEvent(runId: number, headSha: string) {
  return {
    name: 'workflow_run',
    payload: {
      action: 'completed',
      workflow_run: {
        id: runId,
        name: 'CI',
        run_attempt: 1,
        workflow_id: gh.state.repo().runs.get(runId)!.workflowId,
        event: 'pull_request',
        status: 'completed',
        conclusion: 'success',
        head_sha: headSha,
        head_branch: 'patch-1',
        head_repository: { full_name: FORK },
        pull_requests: [],
        run_started_at: '2026-11-22T11:00:00Z',
      },
      repository: { full_name: REPOSITORY, default_branch: 'main' },
    },
  };
}

async function publish(runId: number, headSha: string) {
  return runAction({
    workspace: await makeWorkspace(), // no checkout: nothing of the fork runs here
    githubToken: TOKEN,
    event: workflowRunEvent(runId, headSha),
    inputs: { mode: 'publish' },
    env: {
      ...runnerEnv(gh),
      GITHUB_RUN_ID: String(PUBLISH_RUN),
      GITHUB_WORKFLOW: 'test-ladder comment',
      GITHUB_JOB: 'comment',
      GITHUB_WORKFLOW_REF: `${REPOSITORY}/.github/workflows/test-ladder-comment.yml@refs/heads/main`,
    },
  });
}

it('workflow_run publish: a spoofed PR number in the artifact is ignored; the comment goes to the PR of the head SHA', async () => {
  // The fork plants #666 in its checkpoint (a consistent, resealed one) and markdown of its own.
  const files = new Map<string, Buffer | string>(genuine);
  const checkpoint = JSON.parse(genuine.get('foundation.checkpoint.json')!.toString('utf8'));
  checkpoint.run.ref = 'refs/pull/666/merge';
  checkpoint.result.run.ref = 'refs/pull/666/merge';
  files.set('foundation.checkpoint.json', sealJson(checkpoint).text);
  files.set('foundation.checkpoint.md', '# HACKED\n@everyone <img src=x onerror=alert(1)>\n');
  replaceArtifact(FORK_RUN, resealed(files));

  const before = gh.requests.length;
  const run = await publish(FORK_RUN, HEAD);
  expect(run.stderr).toBe('');
  expect(run.exitCode).toBe(0);
  expect(run.outputs['publish-status']).toBe('ok');
  expect(run.outputs['verdict']).toBe('pass');
  gh.assertClean();
  expect(run.commands.filter((c) => c.command === 'warning' || c.command === 'error')).toEqual([]);

  expect(gh.state.comments(666)).toEqual([]);
  const [comment] = gh.state.comments(21);
  expect(gh.state.comments(21)).toHaveLength(1);
  expect(comment!.body.startsWith('<!-- test-ladder:comment key=CI -->\n')).toBe(true);
  expect(comment!.body).toContain('77.38 %');
  expect(comment!.body).not.toContain('HACKED');
  expect(comment!.body).not.toContain('<img');

  const calls = gh.requests.slice(before).map((r) => `${r.method} ${r.operationId} ${r.status}`);
  expect(calls).toEqual([
    'GET repos/list-pull-requests-associated-with-commit 200',
    'GET actions/list-workflow-run-artifacts 200',
    'GET actions/download-artifact 302',
    'GET issues/list-comments 200',
    'POST issues/create-comment 201',
  ]);
  expect(gh.requests.slice(before)[0]!.params['commit_sha']).toBe(HEAD);
  expect(gh.downloads.at(-1)).toMatchObject({ status: 200, authorization: undefined });
  expect(run.summary).toContain(`Posted the verdict of run ${FORK_RUN} (test-ladder) to #21:`);
});

it('workflow_run publish: a tampered set posts nothing (publish-status failed, one warning)', async () => {
  const runId = 17400000002;
  const head = fakeSha('fork-head-2');
  gh.state.addPull({ number: 22, headSha: head, headRef: 'patch-1', fork: FORK });
  gh.state.addRun({
    id: runId,
    headSha: head,
    headBranch: 'patch-1',
    event: 'pull_request',
    headRepository: FORK,
  });
  const files = new Map<string, Buffer | string>(genuine);
  files.set(
    'coverage.xml',
    genuine
      .get('coverage.xml')!
      .toString('utf8')
      .replace(/hits="0"/g, 'hits="1"'),
  );
  replaceArtifact(runId, files);
  const run = await publish(runId, head);
  expect(run.exitCode).toBe(0);
  expect(run.outputs['publish-status']).toBe('failed');
  expect(run.outputs['publish-problems']).toMatch(
    /^comment: artifact test-ladder of run 17400000002: tampered: HASH_MISMATCH coverage\.xml/,
  );
  const warnings = run.commands.filter((c) => c.command === 'warning');
  expect(warnings).toHaveLength(1);
  expect(warnings[0]!.message).toMatch(
    /^publish: nothing posted: artifact test-ladder of run 17400000002: tampered/,
  );
  expect(gh.state.comments(22)).toEqual([]);
  gh.assertClean();
});

it('workflow_run publish: a run whose pull request moved on to a newer commit posts nothing', async () => {
  const stale = fakeSha('fork-head-old');
  const runId = 17400000003;
  gh.state.addRun({
    id: runId,
    headSha: stale,
    headBranch: 'patch-1',
    event: 'pull_request',
    headRepository: FORK,
  });
  const run = await publish(runId, stale);
  expect(run.exitCode).toBe(0);
  expect(run.outputs['publish-status']).toBe('skipped');
  expect(run.stdout).toContain(`no open pull request has head ${stale}`);
  expect(
    gh.requestsTo('actions/list-workflow-run-artifacts').filter((r) => r.params['run_id'] === runId),
  ).toEqual([]);
  gh.assertClean();
});
