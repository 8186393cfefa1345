// Proves the loopback servers the end-to-end tests run the action against, with the real clients:
// @actions/github's Octokit against the fake GitHub REST API, and @actions/artifact (in a Node 24
// child process, as the action runs it) against the Twirp results service backed by Azurite.
import { createHash } from 'node:crypto';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';

import { getOctokit } from '@actions/github';
import { BlockBlobClient } from '@azure/storage-blob';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';

import { cleanupTempDirs, makeTempDir } from './harness.js';
import {
  makeRuntimeToken,
  runArtifactClient,
  startArtifactService,
  startAzurite,
  TWIRP_PREFIX,
  type ArtifactService,
  type AzuriteHandle,
} from './servers/artifacts.js';
import {
  DEFAULT_REPOSITORY,
  fakeSha,
  fault,
  manyFiles,
  startGitHubServer,
  type GitHubServer,
} from './servers/github.js';
import { readZip } from './servers/zip.js';

const [OWNER, REPO] = DEFAULT_REPOSITORY.split('/') as [string, string];
const WRITE_TOKEN = 'ghs_writeToken000000000000000000000001';
const FORK_TOKEN = 'ghs_forkReadOnly0000000000000000000002';
const HEAD_SHA = fakeSha('head');
const suiteStart = performance.now();

afterAll(async () => {
  await cleanupTempDirs();
  console.log(`servers selftest: ${(performance.now() - suiteStart).toFixed(0)} ms in this file`);
});

function sha256(data: Uint8Array | string): string {
  return createHash('sha256').update(data).digest('hex');
}

// ---------------------------------------------------------------------------------------------

describe('the GitHub REST server, driven by @actions/github', () => {
  let gh: GitHubServer;
  let octokit: ReturnType<typeof getOctokit>;

  beforeAll(async () => {
    const start = performance.now();
    gh = await startGitHubServer({
      tokens: { [WRITE_TOKEN]: {}, [FORK_TOKEN]: { readOnly: true } },
    });
    console.log(`GitHub server: started in ${(performance.now() - start).toFixed(0)} ms`);
    octokit = getOctokit(WRITE_TOKEN, { baseUrl: gh.url });
    gh.state.addPull({
      number: 12,
      headSha: HEAD_SHA,
      headRef: 'feature/ladder',
      files: [
        {
          filename: 'src/a.ts',
          status: 'modified',
          additions: 3,
          deletions: 1,
          patch: '@@ -1,2 +1,4 @@\n a\n-b\n+c\n+d\n+e',
        },
        { filename: 'logo.png', status: 'added' },
      ],
    });
    gh.state.addPull({
      number: 13,
      headSha: fakeSha('fork-head'),
      fork: 'contributor/octo-repo',
      headRef: 'main',
    });
    gh.state.addPull({
      number: 9,
      headSha: fakeSha('old'),
      state: 'closed',
      merged: true,
      mergeCommitSha: fakeSha('merged'),
    });
  });

  afterAll(async () => {
    const stats = gh.contract.stats();
    console.log(
      `OpenAPI: load ${stats.loadMs.toFixed(0)} ms + prepare ${stats.prepareMs.toFixed(0)} ms; ` +
        `${stats.validatorsCompiled} validators compiled in ${stats.compileMs.toFixed(0)} ms (first ${stats.firstCompileMs?.toFixed(1)} ms)`,
    );
    await gh.stop();
  });

  afterEach(() => {
    // The fake never lies about GitHub's shapes and implements what was called.
    expect(gh.responseViolations).toEqual([]);
    expect(gh.unimplemented).toEqual([]);
    expect(gh.faults.pending()).toEqual([]);
  });

  it('creates, lists past 100 with pagination, updates and deletes PR comments', async () => {
    const created = await octokit.rest.issues.createComment({
      owner: OWNER,
      repo: REPO,
      issue_number: 12,
      body: 'first',
    });
    expect(created.status).toBe(201);
    expect(created.data.body).toBe('first');
    expect(created.data.user?.login).toBe('github-actions[bot]');
    expect(created.data.id).toBeGreaterThan(2 ** 31); // ids beyond int32, like GitHub's
    expect(created.headers.location).toBe(created.data.url);
    for (let i = 2; i <= 230; i++) gh.state.addComment(12, `comment ${i}`);

    const before = gh.requests.length;
    const all = await octokit.paginate(octokit.rest.issues.listComments, {
      owner: OWNER,
      repo: REPO,
      issue_number: 12,
      per_page: 100,
    });
    expect(all).toHaveLength(230);
    expect(all[0]?.body).toBe('first');
    expect(all.map((c) => c.body)).toEqual([
      'first',
      ...Array.from({ length: 229 }, (_, i) => `comment ${i + 2}`),
    ]);
    const pages = gh.requests.slice(before);
    expect(pages.map((r) => r.url)).toEqual([
      `/repos/${OWNER}/${REPO}/issues/12/comments?per_page=100`,
      `/repositories/${gh.state.repo().info.id}/issues/12/comments?per_page=100&page=2`,
      `/repositories/${gh.state.repo().info.id}/issues/12/comments?per_page=100&page=3`,
    ]);
    expect(pages.every((r) => r.operationId === 'issues/list-comments' && r.status === 200)).toBe(true);

    const updated = await octokit.rest.issues.updateComment({
      owner: OWNER,
      repo: REPO,
      comment_id: created.data.id,
      body: 'first, edited',
    });
    expect(updated.data.body).toBe('first, edited');
    expect(Date.parse(updated.data.updated_at)).toBeGreaterThan(Date.parse(updated.data.created_at));
    const deleted = await octokit.rest.issues.deleteComment({
      owner: OWNER,
      repo: REPO,
      comment_id: created.data.id,
    });
    expect(deleted.status).toBe(204);
    expect(gh.state.comments(12)).toHaveLength(229);
    await expect(
      octokit.rest.issues.deleteComment({ owner: OWNER, repo: REPO, comment_id: created.data.id }),
    ).rejects.toMatchObject({ status: 404 });
    expect(gh.violations).toEqual([]);
  });

  it('writes the Link header exactly as GitHub does', async () => {
    const id = gh.state.repo().info.id;
    const response = await fetch(`${gh.url}/repos/${OWNER}/${REPO}/issues/12/comments?per_page=100&page=2`, {
      headers: { authorization: `token ${WRITE_TOKEN}` },
    });
    expect(response.status).toBe(200);
    const base = `${gh.url}/repositories/${id}/issues/12/comments?per_page=100`;
    expect(response.headers.get('link')).toBe(
      `<${base}&page=1>; rel="prev", <${base}&page=3>; rel="next", <${base}&page=3>; rel="last", <${base}&page=1>; rel="first"`,
    );
    expect(response.headers.get('x-ratelimit-remaining')).toMatch(/^\d+$/);
    const single = await fetch(`${gh.url}/repos/${OWNER}/${REPO}/pulls/12/files`);
    expect(single.headers.get('link')).toBeNull();
  });

  it('records a request with an invalid body as a violation and answers 422', async () => {
    await expect(
      octokit.request('POST /repos/{owner}/{repo}/issues/{issue_number}/comments', {
        owner: OWNER,
        repo: REPO,
        issue_number: 12,
        body: 12345 as unknown as string,
      }),
    ).rejects.toMatchObject({ status: 422 });
    expect(gh.violations).toHaveLength(1);
    expect(gh.violations[0]).toMatchObject({ kind: 'body', operationId: 'issues/create-comment' });
    expect(gh.violations[0]?.message).toContain('body/body must be string');
    expect(() => gh.assertClean()).toThrow(/body\/body must be string/);
    gh.violations.splice(0);
  });

  it("refuses a comment over 65,536 characters with GitHub's 422 and records it", async () => {
    const error = await octokit.rest.issues
      .createComment({ owner: OWNER, repo: REPO, issue_number: 12, body: 'x'.repeat(65_537) })
      .catch((e: unknown) => e);
    expect(error).toMatchObject({ status: 422 });
    const data = (error as { response?: { data?: { message?: string; errors?: unknown[] } } }).response?.data;
    expect(data?.message).toBe('Validation Failed');
    expect(data?.errors).toEqual([
      {
        resource: 'IssueComment',
        code: 'custom',
        field: 'body',
        message: 'Body is too long (maximum is 65536 characters)',
      },
    ]);
    expect(gh.violations.map((v) => v.kind)).toEqual(['limit']);
    gh.violations.splice(0);
    const ok = await octokit.rest.issues.createComment({
      owner: OWNER,
      repo: REPO,
      issue_number: 12,
      body: 'x'.repeat(65_536),
    });
    expect(ok.status).toBe(201);
    expect(gh.violations).toEqual([]);
  });

  it('answers an unknown route 404 and records it', async () => {
    await expect(
      octokit.request('GET /repos/{owner}/{repo}/not-an-endpoint', { owner: OWNER, repo: REPO }),
    ).rejects.toMatchObject({
      status: 404,
    });
    expect(gh.violations.map((v) => v.kind)).toEqual(['unknown-route']);
    gh.violations.splice(0);
    // A route that exists on an unknown repository is a plain 404, not a contract violation.
    await expect(
      octokit.rest.pulls.get({ owner: 'nobody', repo: 'nothing', pull_number: 1 }),
    ).rejects.toMatchObject({
      status: 404,
    });
    expect(gh.violations).toEqual([]);
  });

  it('plays scripted faults: 500 then success, 429 and secondary limits with retry-after, a reset', async () => {
    gh.faults.add('issues/create-comment', fault.serverError());
    await expect(
      octokit.rest.issues.createComment({ owner: OWNER, repo: REPO, issue_number: 12, body: 'retry me' }),
    ).rejects.toMatchObject({ status: 500 });
    const second = await octokit.rest.issues.createComment({
      owner: OWNER,
      repo: REPO,
      issue_number: 12,
      body: 'retry me',
    });
    expect(second.status).toBe(201);
    expect(
      gh
        .requestsTo('issues/create-comment')
        .slice(-2)
        .map((r) => [r.status, r.fault]),
    ).toEqual([
      [500, true],
      [201, false],
    ]);

    gh.faults.add('GET /repos/{owner}/{repo}/pulls/{pull_number}/files', fault.tooManyRequests(1));
    const limited = await fetch(`${gh.url}/repos/${OWNER}/${REPO}/pulls/12/files`);
    expect(limited.status).toBe(429);
    expect(limited.headers.get('retry-after')).toBe('1');
    expect(limited.headers.get('x-ratelimit-remaining')).toBe('0');

    gh.faults.add('issues/update-comment', fault.secondaryRateLimit(2));
    const secondary = await octokit.rest.issues
      .updateComment({ owner: OWNER, repo: REPO, comment_id: second.data.id, body: 'x' })
      .catch(
        (e: unknown) =>
          e as { status: number; response: { headers: Record<string, string>; data: { message: string } } },
      );
    expect(secondary).toMatchObject({ status: 403 });
    expect(
      (secondary as { response: { headers: Record<string, string> } }).response.headers['retry-after'],
    ).toBe('2');
    expect((secondary as { response: { data: { message: string } } }).response.data.message).toMatch(
      /secondary rate limit/,
    );

    gh.faults.add('pulls/get', fault.reset());
    await expect(octokit.rest.pulls.get({ owner: OWNER, repo: REPO, pull_number: 12 })).rejects.toThrow();
    // Scripts are used up: the next call is normal.
    expect((await octokit.rest.pulls.get({ owner: OWNER, repo: REPO, pull_number: 12 })).status).toBe(200);
    expect(gh.violations).toEqual([]);
  });

  it("gives a fork's read-only token 403 on writes, serves its reads, and refuses unknown tokens", async () => {
    const fork = getOctokit(FORK_TOKEN, { baseUrl: gh.url });
    const read = await fork.rest.issues.listComments({ owner: OWNER, repo: REPO, issue_number: 12 });
    expect(read.status).toBe(200);
    const denied = await fork.rest.issues
      .createComment({ owner: OWNER, repo: REPO, issue_number: 12, body: 'from a fork' })
      .catch((e: unknown) => e as { status: number; response: { data: { message: string } } });
    expect(denied).toMatchObject({
      status: 403,
      response: { data: { message: 'Resource not accessible by integration' } },
    });
    const stranger = getOctokit('ghs_unknown', { baseUrl: gh.url });
    await expect(
      stranger.rest.pulls.get({ owner: OWNER, repo: REPO, pull_number: 12 }),
    ).rejects.toMatchObject({ status: 401 });
    // Bearer works as well as `token`.
    const bearer = await fetch(`${gh.url}/repos/${OWNER}/${REPO}/pulls/12`, {
      headers: { authorization: `Bearer ${WRITE_TOKEN}` },
    });
    expect(bearer.status).toBe(200);
    expect(gh.requests.at(-1)?.token).toBe(WRITE_TOKEN);
    expect(gh.violations).toEqual([]);
  });

  it('serves pulls: by head, by commit, one, and its files paginated up to 3,000', async () => {
    const byHead = await octokit.rest.pulls.list({
      owner: OWNER,
      repo: REPO,
      head: `${OWNER}:feature/ladder`,
      state: 'all',
    });
    expect(byHead.data.map((p) => p.number)).toEqual([12]);
    const forkHead = await octokit.rest.pulls.list({ owner: OWNER, repo: REPO, head: 'contributor:main' });
    expect(forkHead.data.map((p) => [p.number, p.head.repo?.fork])).toEqual([[13, true]]);
    const open = await octokit.rest.pulls.list({ owner: OWNER, repo: REPO });
    expect(open.data.map((p) => p.number)).toEqual([13, 12]);
    const forCommit = await octokit.rest.repos.listPullRequestsAssociatedWithCommit({
      owner: OWNER,
      repo: REPO,
      commit_sha: fakeSha('fork-head'),
    });
    expect(forCommit.data.map((p) => p.number)).toEqual([13]);
    const merged = await octokit.rest.repos.listPullRequestsAssociatedWithCommit({
      owner: OWNER,
      repo: REPO,
      commit_sha: fakeSha('merged'),
    });
    expect(merged.data.map((p) => p.number)).toEqual([9]);

    const pull = await octokit.rest.pulls.get({ owner: OWNER, repo: REPO, pull_number: 12 });
    expect(pull.data).toMatchObject({
      number: 12,
      changed_files: 2,
      additions: 3,
      deletions: 1,
      head: { sha: HEAD_SHA },
    });
    const files = await octokit.rest.pulls.listFiles({ owner: OWNER, repo: REPO, pull_number: 12 });
    expect(files.data.map((f) => [f.filename, f.patch !== undefined])).toEqual([
      ['src/a.ts', true],
      ['logo.png', false],
    ]);

    gh.state.addPull({ number: 40, headSha: fakeSha('big'), files: manyFiles(3_100) });
    const big = await octokit.paginate(octokit.rest.pulls.listFiles, {
      owner: OWNER,
      repo: REPO,
      pull_number: 40,
      per_page: 100,
    });
    expect(big).toHaveLength(3_000);
    expect(big.at(-1)?.filename).toBe('src/file-3000.ts');
    const clamped = await octokit.rest.pulls.listFiles({
      owner: OWNER,
      repo: REPO,
      pull_number: 40,
      per_page: 500,
    });
    expect(clamped.data).toHaveLength(100);

    // The diff media type: served up to 300 files, 406 above.
    const diff = await octokit.rest.pulls.get({
      owner: OWNER,
      repo: REPO,
      pull_number: 12,
      mediaType: { format: 'diff' },
    });
    expect(String(diff.data)).toContain(
      'diff --git a/src/a.ts b/src/a.ts\n--- a/src/a.ts\n+++ b/src/a.ts\n@@ -1,2 +1,4 @@',
    );
    await expect(
      octokit.rest.pulls.get({ owner: OWNER, repo: REPO, pull_number: 40, mediaType: { format: 'diff' } }),
    ).rejects.toMatchObject({ status: 406 });
    expect(gh.violations).toEqual([]);
  });

  it('serves workflow runs with their filters, by workflow file, and their attempts', async () => {
    const push = gh.state.addRun({
      headSha: HEAD_SHA,
      headBranch: 'main',
      event: 'push',
      conclusion: 'success',
    });
    const pr = gh.state.addRun({
      headSha: HEAD_SHA,
      headBranch: 'feature/ladder',
      event: 'pull_request',
      conclusion: 'failure',
      previousAttempts: [{ conclusion: 'cancelled' }],
      pullRequests: [12],
    });
    const other = gh.state.addRun({
      headSha: fakeSha('x'),
      workflowPath: '.github/workflows/nightly.yml',
      name: 'Nightly',
      event: 'schedule',
    });

    const all = await octokit.rest.actions.listWorkflowRunsForRepo({ owner: OWNER, repo: REPO });
    expect(all.data.total_count).toBe(3);
    expect(all.data.workflow_runs.map((r) => r.id)).toEqual([other.id, pr.id, push.id]);
    const filtered = await octokit.rest.actions.listWorkflowRunsForRepo({
      owner: OWNER,
      repo: REPO,
      head_sha: HEAD_SHA,
      event: 'pull_request',
      status: 'failure',
      branch: 'feature/ladder',
    });
    expect(
      filtered.data.workflow_runs.map((r) => [r.id, r.run_attempt, r.pull_requests?.map((p) => p.number)]),
    ).toEqual([[pr.id, 2, [12]]]);
    const byFile = await octokit.rest.actions.listWorkflowRuns({
      owner: OWNER,
      repo: REPO,
      workflow_id: 'ci.yml',
    });
    expect(byFile.data.workflow_runs.map((r) => r.id)).toEqual([pr.id, push.id]);
    const byId = await octokit.rest.actions.listWorkflowRuns({
      owner: OWNER,
      repo: REPO,
      workflow_id: other.workflowId,
    });
    expect(byId.data.workflow_runs.map((r) => r.name)).toEqual(['Nightly']);
    await expect(
      octokit.rest.actions.listWorkflowRuns({ owner: OWNER, repo: REPO, workflow_id: 'missing.yml' }),
    ).rejects.toMatchObject({
      status: 404,
    });

    const first = await octokit.rest.actions.getWorkflowRunAttempt({
      owner: OWNER,
      repo: REPO,
      run_id: pr.id,
      attempt_number: 1,
    });
    expect([first.data.run_attempt, first.data.conclusion, first.data.previous_attempt_url]).toEqual([
      1,
      'cancelled',
      null,
    ]);
    const latest = await octokit.rest.actions.getWorkflowRunAttempt({
      owner: OWNER,
      repo: REPO,
      run_id: pr.id,
      attempt_number: 2,
    });
    expect([latest.data.run_attempt, latest.data.conclusion]).toEqual([2, 'failure']);
    expect(latest.data.previous_attempt_url).toBe(
      `${gh.url}/repos/${OWNER}/${REPO}/actions/runs/${pr.id}/attempts/1`,
    );
    await expect(
      octokit.rest.actions.getWorkflowRunAttempt({
        owner: OWNER,
        repo: REPO,
        run_id: pr.id,
        attempt_number: 3,
      }),
    ).rejects.toMatchObject({ status: 404 });
    expect(gh.violations).toEqual([]);
  });

  it('lists run artifacts and serves their zip through a 302 to another origin, without the token', async () => {
    const run = gh.state.addRun({ headSha: HEAD_SHA });
    const zipped = gh.state.addArtifact({
      runId: run.id,
      name: 'test-ladder',
      files: { 'history.json': '{"runs":[]}' },
    });
    gh.state.addArtifact({ runId: run.id, name: 'old', files: { 'a.txt': 'a' }, expired: true });
    const list = await octokit.rest.actions.listWorkflowRunArtifacts({
      owner: OWNER,
      repo: REPO,
      run_id: run.id,
      name: 'test-ladder',
    });
    expect(list.data.total_count).toBe(1);
    expect(list.data.artifacts[0]).toMatchObject({
      id: zipped.id,
      name: 'test-ladder',
      size_in_bytes: zipped.content.length,
      digest: `sha256:${sha256(zipped.content)}`,
      expired: false,
      workflow_run: { id: run.id, head_sha: HEAD_SHA },
    });
    const redirect = await octokit.rest.actions.downloadArtifact({
      owner: OWNER,
      repo: REPO,
      artifact_id: zipped.id,
      archive_format: 'zip',
      request: { redirect: 'manual' },
    });
    expect(redirect.status).toBe(302);
    expect(String(redirect.headers.location).startsWith(gh.downloadUrl)).toBe(true);
    // Followed as fetch follows it: the Authorization header does not cross to the blob origin.
    const followed = await octokit.rest.actions.downloadArtifact({
      owner: OWNER,
      repo: REPO,
      artifact_id: zipped.id,
      archive_format: 'zip',
    });
    expect(followed.status).toBe(200);
    const bytes = Buffer.from(followed.data as ArrayBuffer);
    expect(readZip(bytes).get('history.json')?.toString()).toBe('{"runs":[]}');
    expect(gh.downloads.map((d) => [d.artifactId, d.authorization, d.status])).toEqual([
      [zipped.id, undefined, 200],
    ]);
    // A client that carried the token to the blob URL would be caught.
    const leaked = await fetch(String(redirect.headers.location), {
      headers: { authorization: `token ${WRITE_TOKEN}` },
    });
    expect(leaked.status).toBe(200);
    expect(gh.violations.map((v) => v.kind)).toEqual(['download']);
    gh.violations.splice(0);
    const expired = gh.state.artifacts(run.id).find((a) => a.name === 'old')!;
    await expect(
      octokit.rest.actions.downloadArtifact({
        owner: OWNER,
        repo: REPO,
        artifact_id: expired.id,
        archive_format: 'zip',
      }),
    ).rejects.toMatchObject({ status: 410 });
    expect(gh.violations).toEqual([]);
  });

  it('checks its own responses against the description (a scripted lie is caught)', async () => {
    gh.faults.add('issues/create-comment', { status: 201, body: { id: 'not-a-number', body: 'x' } });
    await octokit.rest.issues.createComment({ owner: OWNER, repo: REPO, issue_number: 12, body: 'x' });
    expect(gh.responseViolations).toHaveLength(1);
    expect(gh.responseViolations[0]?.message).toMatch(
      /201 response of issues\/create-comment .*response\/id must be integer/,
    );
    expect(() => gh.assertClean()).toThrow(/response violation/);
    gh.responseViolations.splice(0);
  });

  it('has been clean: every request met the contract, every response the description', () => {
    expect(() => gh.assertClean()).not.toThrow();
    expect(gh.requests.length).toBeGreaterThan(30);
    expect(gh.requests.every((r) => r.status !== undefined)).toBe(true);
  });
});

// ---------------------------------------------------------------------------------------------

describe('the artifact results service on Azurite, driven by @actions/artifact', () => {
  let azurite: AzuriteHandle;
  let service: ArtifactService;
  let gh: GitHubServer;
  let runId: number;
  let source: string;
  const files: Record<string, string | Buffer> = {
    'coverage.xml': '<?xml version="1.0"?>\n<coverage line-rate="0.812"/>\n',
    'junit/results.xml': '<testsuites tests="3" failures="0"/>\n',
    'data/blob.bin': Buffer.from(Array.from({ length: 70_000 }, (_, i) => (i * 31) % 256)),
  };

  beforeAll(async () => {
    azurite = await startAzurite();
    console.log(`Azurite: started in ${azurite.startMs.toFixed(0)} ms at ${azurite.blobUrl}`);
    gh = await startGitHubServer();
    runId = gh.state.addRun({ id: 16588214930, headSha: HEAD_SHA }).id;
    service = await startArtifactService({ azurite, github: { state: gh.state, runId } });
    source = await makeTempDir('test-ladder-artifact-src-');
    for (const [rel, content] of Object.entries(files)) {
      await mkdir(join(source, rel, '..'), { recursive: true });
      await writeFile(join(source, rel), content);
    }
  });

  afterAll(async () => {
    await service?.stop();
    await gh?.stop();
    await azurite?.stop();
  });

  afterEach(() => {
    expect(service.faults.pending()).toEqual([]);
  });

  const upload = (name: string, extraEnv: Record<string, string> = {}) =>
    runArtifactClient(
      {
        op: 'upload',
        name,
        files: Object.keys(files).map((rel) => join(source, rel)),
        rootDirectory: source,
      },
      { ...service.env(), ...extraEnv },
    );

  it('uploads a 3-file artifact through Twirp and Azurite; the blob is the zip the client hashed', async () => {
    const run = await upload('test-ladder-report');
    expect(run.error).toBeUndefined();
    expect(run.ok).toBe(true);
    const result = run.result as { id: number; size: number; digest: string };
    const finalize = service.requests.find((r) => r.method === 'FinalizeArtifact' && r.status === 200);
    const claimed = finalize?.body as { size: string; hash: string; name: string };
    expect(claimed.name).toBe('test-ladder-report');
    expect(claimed.size).toMatch(/^\d+$/); // int64 travels as a string
    expect(claimed.hash).toBe(`sha256:${result.digest}`);

    const blob = await service.readArtifact('test-ladder-report');
    expect(blob.length).toBe(result.size);
    expect(String(blob.length)).toBe(claimed.size);
    expect(sha256(blob)).toBe(result.digest);
    const entries = readZip(blob);
    expect([...entries.keys()].sort()).toEqual(Object.keys(files).sort());
    for (const [rel, content] of Object.entries(files))
      expect(entries.get(rel)?.equals(Buffer.from(content))).toBe(true);

    const create = service.requests.find((r) => r.method === 'CreateArtifact')?.body;
    expect(create).toMatchObject({
      workflow_run_backend_id: service.runBackendId,
      workflow_job_run_backend_id: service.jobBackendId,
      name: 'test-ladder-report',
      version: 7,
      mime_type: 'application/zip',
    });
    expect(result.id).toBe(Number(service.artifacts[0]?.databaseId));
    expect(service.violations).toEqual([]);
  });

  it('lists it and downloads it back through GetSignedArtifactURL', async () => {
    const list = await runArtifactClient({ op: 'list' }, service.env());
    expect(list.ok).toBe(true);
    const artifacts = (
      list.result as { artifacts: Array<{ name: string; id: number; size: number; digest?: string }> }
    ).artifacts;
    expect(artifacts.map((a) => a.name)).toEqual(['test-ladder-report']);
    const [artifact] = artifacts;
    expect(artifact?.digest).toBe(service.artifacts[0]?.digest);

    const target = await makeTempDir('test-ladder-artifact-dl-');
    const download = await runArtifactClient(
      { op: 'download', id: artifact!.id, path: target, expectedHash: artifact!.digest! },
      service.env(),
    );
    expect(download.error).toBeUndefined();
    expect(download.result).toMatchObject({ downloadPath: target, digestMismatch: false });
    for (const [rel, content] of Object.entries(files)) {
      expect((await readFile(join(target, rel))).equals(Buffer.from(content))).toBe(true);
    }
    expect(service.violations).toEqual([]);
  });

  it("publishes it on the fake GitHub: another run's token finds and downloads it by run id", async () => {
    const target = await makeTempDir('test-ladder-artifact-gh-');
    const listed = await runArtifactClient(
      {
        op: 'list',
        findBy: { token: WRITE_TOKEN, workflowRunId: runId, repositoryOwner: OWNER, repositoryName: REPO },
      },
      { ...service.env(), GITHUB_API_URL: gh.url },
    );
    const found = (listed.result as { artifacts: Array<{ id: number; name: string; digest: string }> })
      .artifacts;
    expect(found.map((a) => a.name)).toEqual(['test-ladder-report']);
    const download = await runArtifactClient(
      {
        op: 'download',
        id: found[0]!.id,
        path: target,
        findBy: { token: WRITE_TOKEN, workflowRunId: runId, repositoryOwner: OWNER, repositoryName: REPO },
      },
      { ...service.env(), GITHUB_API_URL: gh.url },
    );
    expect(download.error).toBeUndefined();
    expect(await readFile(join(target, 'coverage.xml'), 'utf8')).toBe(files['coverage.xml']);
    expect(gh.downloads.map((d) => [d.authorization, d.status])).toEqual([[undefined, 200]]);
    expect(gh.requests.map((r) => r.operationId)).toEqual([
      'actions/list-workflow-run-artifacts',
      'actions/download-artifact',
    ]);
    gh.assertClean();
  });

  it('refuses a name reused within the run with 409, at once (no retries)', async () => {
    const run = await upload('test-ladder-report');
    expect(run.ok).toBe(false);
    expect(run.error?.message).toMatch(/409.*already exists/);
    expect(run.stdout).not.toMatch(/Retrying request/); // a retry would first wait 3 s
    expect(service.requests.filter((r) => r.method === 'CreateArtifact').map((r) => r.status)).toEqual([
      200, 409,
    ]);
  });

  it('answers bad names, foreign scopes, missing scopes and unknown fields with 4xx Twirp JSON', async () => {
    const call = async (
      method: string,
      body: unknown,
      token = service.token,
    ): Promise<{ status: number; json: unknown }> => {
      const response = await fetch(`${service.url}${TWIRP_PREFIX}${method}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
        body: JSON.stringify(body),
      });
      return { status: response.status, json: await response.json() };
    };
    const ids = {
      workflow_run_backend_id: service.runBackendId,
      workflow_job_run_backend_id: service.jobBackendId,
    };
    for (const c of ['"', ':', '<', '>', '|', '*', '?', '\r', '\n', '\\', '/']) {
      const reply = await call('CreateArtifact', { ...ids, name: `bad${c}name`, version: 7 });
      expect(reply.status, JSON.stringify(c)).toBe(400);
      expect(reply.json).toMatchObject({ code: 'invalid_argument' });
    }
    const foreign = makeRuntimeToken({ runBackendId: 'other-run', jobBackendId: 'other-job' });
    expect(await call('CreateArtifact', { ...ids, name: 'x', version: 7 }, foreign)).toMatchObject({
      status: 403,
      json: { code: 'permission_denied' },
    });
    const noScope = makeRuntimeToken({
      runBackendId: 'r',
      jobBackendId: 'j',
      scp: 'Actions.GenericRead:abc',
    });
    expect(await call('ListArtifacts', ids, noScope)).toMatchObject({
      status: 401,
      json: { code: 'unauthenticated' },
    });
    expect(await call('ListArtifacts', { ...ids, workflowRunBackendId: 'camelCase' })).toMatchObject({
      status: 400,
      json: { code: 'malformed' },
    });
    expect(await call('FinalizeArtifact', { ...ids, name: 'never-created', size: '10' })).toMatchObject({
      status: 404,
      json: { code: 'not_found' },
    });
    expect(await call('NoSuchMethod', ids)).toMatchObject({ status: 404, json: { code: 'bad_route' } });
    expect(service.violations.length).toBeGreaterThanOrEqual(3);
    service.violations.splice(0);
  });

  it('checks the uploaded blob against the size and hash in FinalizeArtifact', async () => {
    const call = async (
      method: string,
      body: unknown,
    ): Promise<{ status: number; json: Record<string, unknown> }> => {
      const response = await fetch(`${service.url}${TWIRP_PREFIX}${method}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${service.token}` },
        body: JSON.stringify(body),
      });
      return { status: response.status, json: (await response.json()) as Record<string, unknown> };
    };
    const ids = {
      workflow_run_backend_id: service.runBackendId,
      workflow_job_run_backend_id: service.jobBackendId,
    };
    const created = await call('CreateArtifact', {
      ...ids,
      name: 'raw.json',
      version: 7,
      mime_type: 'application/json',
    });
    expect(created.status).toBe(200);
    const content = Buffer.from('{"hello":"blob"}');
    // The signed URL is a real SAS that Azurite checks: an upload with it works …
    await new BlockBlobClient(String(created.json['signed_upload_url'])).upload(content, content.length);
    // … and the same URL with the signature removed is refused.
    const unsigned = new URL(String(created.json['signed_upload_url']));
    unsigned.searchParams.delete('sig');
    await expect(
      new BlockBlobClient(unsigned.toString()).upload(content, content.length),
    ).rejects.toMatchObject({ statusCode: 403 });

    const wrongHash = await call('FinalizeArtifact', {
      ...ids,
      name: 'raw.json',
      size: String(content.length),
      hash: `sha256:${'0'.repeat(64)}`,
    });
    expect(wrongHash).toMatchObject({ status: 400, json: { code: 'invalid_argument' } });
    const wrongSize = await call('FinalizeArtifact', {
      ...ids,
      name: 'raw.json',
      size: String(content.length + 1),
    });
    expect(wrongSize).toMatchObject({ status: 400, json: { code: 'invalid_argument' } });
    expect(service.violations).toHaveLength(2);
    service.violations.splice(0);
    const right = await call('FinalizeArtifact', {
      ...ids,
      name: 'raw.json',
      size: String(content.length),
      hash: `sha256:${sha256(content)}`,
    });
    expect(right).toMatchObject({ status: 200, json: { ok: true } });
    expect(right.json['artifact_id']).toMatch(/^\d+$/);
    expect(service.violations).toEqual([]);
  });

  it('fails fast with a network error while the service refuses connections, and works again after', async () => {
    await service.setDown('refuse');
    try {
      const run = await upload('while-down');
      expect(run.ok).toBe(false);
      expect(run.error?.message).toMatch(/ECONNREFUSED/);
      expect(run.stdout).not.toMatch(/Retrying request/);
    } finally {
      await service.setDown(false);
    }
    const list = await runArtifactClient({ op: 'list' }, service.env());
    expect(list.ok).toBe(true);
  });

  it('answers every call 503 unavailable in 503 mode', async () => {
    await service.setDown('503');
    try {
      const response = await fetch(`${service.url}${TWIRP_PREFIX}ListArtifacts`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${service.token}` },
        body: JSON.stringify({
          workflow_run_backend_id: service.runBackendId,
          workflow_job_run_backend_id: service.jobBackendId,
        }),
      });
      expect(response.status).toBe(503);
      expect(await response.json()).toEqual({
        code: 'unavailable',
        msg: 'the results service is unavailable',
      });
    } finally {
      await service.setDown(false);
    }
  });

  it('retries one 503 and then succeeds', async () => {
    service.faults.add('CreateArtifact', { code: 'unavailable', msg: 'try again' });
    const run = await upload('after-one-503');
    expect(run.error).toBeUndefined();
    expect(run.ok).toBe(true);
    expect(run.stdout).toMatch(/Attempt 1 of 5 failed with error: Failed request: \(503\)/);
    const creates = service.requests.filter((r) => r.method === 'CreateArtifact');
    expect(creates.slice(-2).map((r) => [r.status, r.fault])).toEqual([
      [503, true],
      [200, false],
    ]);
    expect(service.violations).toEqual([]);
  });
});
