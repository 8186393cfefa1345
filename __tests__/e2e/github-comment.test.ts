import { createHash, randomUUID } from 'node:crypto';
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cleanupTempDirs, copyInto, makeWorkspace, REPO_ROOT, runAction, type ActionRun } from './harness.js';
import {
  fakeSha,
  fault,
  GITHUB_ACTIONS_BOT,
  OCTOCAT,
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
 * The sticky PR comment, end to end: the committed dist/index.js under Node 24 against the loopback
 * GitHub (every request checked against GitHub's OpenAPI description) and the artifact service.
 */

const TOKEN = 'ghs_e2e_write';
const FORK_TOKEN = 'ghs_e2e_fork_read_only';
const REPOSITORY = 'octo-org/octo-repo';
const RUN_ID = 16588214930; // the harness's GITHUB_RUN_ID
const MARKER = '<!-- test-ladder:comment key=CI/test -->'; // default key: workflow "CI", job "test"
const LADDER = `coverage:\n  metric: line\n  baseline: 75.3\n  tolerance: 0.5\n  target: 90\n  since: 2026-09-01\n  horizon: 2028-06-30\n`;

let gh: GitHubServer;
let azurite: AzuriteHandle;
const services: ArtifactService[] = [];

beforeAll(async () => {
  [azurite, gh] = await Promise.all([
    startAzurite(),
    startGitHubServer({ tokens: { [TOKEN]: {}, [FORK_TOKEN]: { readOnly: true } } }),
  ]);
  gh.state.addRun({
    id: RUN_ID,
    headSha: fakeSha('head'),
    headBranch: 'feature',
    event: 'pull_request',
    status: 'in_progress',
  });
});

afterAll(async () => {
  await Promise.all(services.map((s) => s.stop()));
  await gh?.stop();
  await azurite?.stop();
  await cleanupTempDirs();
});

/** An artifact service of its own: a name is unique per workflow run, and each test is one. */
async function artifactService(): Promise<ArtifactService> {
  const s = await startArtifactService({ azurite, runBackendId: randomUUID(), jobBackendId: randomUUID() });
  services.push(s);
  return s;
}

async function workspace(config = LADDER): Promise<string> {
  const ws = await makeWorkspace({ 'test-ladder.yml': config });
  await copyInto(ws, path.join(REPO_ROOT, 'examples', 'reports'), 'reports');
  await copyInto(ws, path.join(REPO_ROOT, 'examples', 'project'), 'project');
  return ws;
}

function pullRequest(number: number, opts: { fork?: string } = {}) {
  const headSha = fakeSha(`head-${number}`);
  gh.state.addPull({ number, headSha, ...(opts.fork ? { fork: opts.fork } : {}) });
  return {
    name: 'pull_request',
    payload: {
      action: 'synchronize',
      number,
      pull_request: {
        number,
        head: { sha: headSha, ref: `feature-${number}`, repo: { full_name: opts.fork ?? REPOSITORY } },
        base: { sha: fakeSha('main'), ref: 'main', repo: { full_name: REPOSITORY } },
      },
      repository: { full_name: REPOSITORY, default_branch: 'main' },
    },
  };
}

async function runPr(
  event: ReturnType<typeof pullRequest>,
  opts: {
    token?: string;
    artifacts?: ArtifactService;
    inputs?: Record<string, string>;
    config?: string;
    ws?: string;
  } = {},
): Promise<ActionRun> {
  return runAction({
    workspace: opts.ws ?? (await workspace(opts.config)),
    githubToken: opts.token ?? TOKEN,
    event,
    inputs: {
      'coverage-files': 'reports/coverage.xml',
      'test-files': 'reports/junit.xml',
      date: '2026-11-22',
      ...(opts.artifacts ? {} : { upload: 'off' }),
      ...opts.inputs,
    },
    env: { ...runnerEnv(gh, opts.artifacts), TEST_LADDER_NOW: '2026-11-22T12:00:00Z' },
  });
}

/** The requests this run made, by operation, ignoring the reads every run makes for history. */
function writesSince(seq: number): string[] {
  return gh.requests
    .filter((r) => r.seq > seq && r.method !== 'GET')
    .map((r) => `${r.method} ${r.operationId}`);
}

function lastSeq(): number {
  return gh.requests.at(-1)?.seq ?? 0;
}

const warnings = (run: ActionRun) => run.commands.filter((c) => c.command === 'warning');

describe('the sticky comment', () => {
  it('first PR run: creates the comment, uploads the set, annotates the uncovered changed lines', async () => {
    const artifacts = await artifactService();
    const ws = await workspace();
    const table = (await readFile(path.join(ws, 'project/ladder_demo/table.py'), 'utf8')).split('\n');
    // A change that adds table.py's lines 1-40: its uncovered executable lines become annotations.
    const diff = [
      'diff --git a/project/ladder_demo/table.py b/project/ladder_demo/table.py',
      '--- a/project/ladder_demo/table.py',
      '+++ b/project/ladder_demo/table.py',
      '@@ -0,0 +1,40 @@',
      ...table.slice(0, 40).map((l) => `+${l}`),
      '',
    ].join('\n');
    await writeFile(path.join(ws, 'change.diff'), diff);
    const before = lastSeq();
    const run = await runPr(pullRequest(12), { artifacts, ws, inputs: { 'diff-file': 'change.diff' } });

    expect(run.stderr).toBe('');
    expect(run.exitCode).toBe(0);
    expect(run.outputs['verdict']).toBe('pass');
    expect(run.outputs['publish-status']).toBe('ok');
    expect(run.outputs['publish-problems']).toBe('');
    gh.assertClean();
    expect(artifacts.violations).toEqual([]);

    // One comment, created once, with the marker first and the verdict.
    const comments = gh.state.comments(12);
    expect(comments).toHaveLength(1);
    expect(comments[0]!.body.startsWith(`${MARKER}\n`)).toBe(true);
    expect(comments[0]!.body).toContain('77.38 %');
    expect(comments[0]!.user).toEqual(GITHUB_ACTIONS_BOT);
    expect(writesSince(before)).toEqual(['POST issues/create-comment']);
    expect(gh.requestsTo('issues/list-comments').at(-1)!.query).toMatchObject({ per_page: 100 });

    // The uploaded artifact is the set on disk, file for file, and SHA256SUMS holds for it.
    expect(run.outputs['artifact-id']).toBe(artifacts.artifacts[0]!.databaseId);
    const zip = readZip(await artifacts.readArtifact('test-ladder'));
    const dir = run.outputs['artifacts-dir']!;
    const sums = (await readFile(path.join(dir, 'SHA256SUMS'), 'utf8')).trim().split('\n');
    expect(sums.length).toBeGreaterThan(10);
    expect([...zip.keys()].sort()).toEqual([...sums.map((l) => l.split('  ')[1]!), 'SHA256SUMS'].sort());
    for (const line of sums) {
      const [hash, name] = line.split('  ');
      expect(createHash('sha256').update(zip.get(name!)!).digest('hex'), name).toBe(hash);
      expect(zip.get(name!)!.equals(await readFile(path.join(dir, name!))), name).toBe(true);
    }

    // Uncovered changed lines of table.py: warnings on the file, with line ranges, within the cap.
    const annotated = warnings(run).filter((w) => w.props['file'] === 'project/ladder_demo/table.py');
    expect(annotated.length).toBeGreaterThan(0);
    expect(warnings(run).length).toBeLessThanOrEqual(10);
    for (const w of annotated) {
      expect(w.props['title']).toBe('Changed lines not covered by tests');
      expect(Number(w.props['line'])).toBeGreaterThan(0);
      expect(Number(w.props['endLine'])).toBeGreaterThanOrEqual(Number(w.props['line']));
    }
  });

  it('second run: updates its comment in place, leaving other comments alone', async () => {
    const event = pullRequest(13);
    gh.state.addComment(13, 'LGTM', { user: OCTOCAT });
    const ours = gh.state.addComment(13, `${MARKER}\n## ✅ test-ladder pass: an older verdict`);
    const before = lastSeq();
    const run = await runPr(event);
    expect(run.exitCode).toBe(0);
    expect(run.outputs['publish-status']).toBe('ok');
    gh.assertClean();
    expect(writesSince(before)).toEqual(['PATCH issues/update-comment']);
    const comments = gh.state.comments(13);
    expect(comments.map((c) => c.id)).toEqual([comments[0]!.id, ours.id]);
    expect(comments[0]!.body).toBe('LGTM');
    expect(comments[1]!.body).toContain('77.38 %');
    expect(comments[1]!.body).not.toContain('an older verdict');
  });

  it('unchanged: a run with the same verdict and figures writes nothing', async () => {
    const event = pullRequest(14);
    const first = await runPr(event);
    expect(first.exitCode).toBe(0);
    const body = gh.state.comments(14)[0]!.body;
    const before = lastSeq();
    const second = await runPr(event);
    expect(second.exitCode).toBe(0);
    expect(second.outputs['publish-status']).toBe('ok');
    gh.assertClean();
    expect(writesSince(before)).toEqual([]);
    expect(gh.state.comments(14).map((c) => c.body)).toEqual([body]);
    expect(second.stdout).toContain('is up to date; not rewritten');
  });

  it('150 comments: finds its own on page 2, updates it, deletes an older duplicate of a race', async () => {
    const event = pullRequest(15);
    const raceLoser = gh.state.addComment(15, `${MARKER}\nolder duplicate`);
    for (let i = 0; i < 120; i++) gh.state.addComment(15, `comment ${i}`, { user: OCTOCAT });
    // A person quoting the marker is not us: never edited, never deleted.
    gh.state.addComment(15, `${MARKER}\nI copied this`, { user: OCTOCAT });
    const ours = gh.state.addComment(15, `${MARKER}\nstale`);
    for (let i = 0; i < 27; i++) gh.state.addComment(15, `later ${i}`, { user: OCTOCAT });
    expect(gh.state.comments(15)).toHaveLength(150);
    const before = lastSeq();
    const run = await runPr(event);
    expect(run.exitCode).toBe(0);
    gh.assertClean();
    const lists = gh.requests.filter((r) => r.seq > before && r.operationId === 'issues/list-comments');
    expect(lists).toHaveLength(2);
    expect(lists[1]!.path).toBe(`/repos/${REPOSITORY}/issues/15/comments`); // via the Link header's /repositories/{id}
    expect(lists[1]!.query).toMatchObject({ page: 2, per_page: 100 });
    expect(writesSince(before)).toEqual(['PATCH issues/update-comment', 'DELETE issues/delete-comment']);
    const after = gh.state.comments(15);
    expect(after).toHaveLength(149);
    expect(after.find((c) => c.id === raceLoser.id)).toBeUndefined();
    expect(after.find((c) => c.id === ours.id)!.body).toContain('77.38 %');
    expect(after.filter((c) => c.body.includes('I copied this'))).toHaveLength(1);
  });
});

describe('when the comment cannot be written', () => {
  it('fork PR with a read-only token: 403 degrades to the summary with one warning; the exit code stays that of the verdict', async () => {
    const artifacts = await artifactService();
    const event = pullRequest(16, { fork: 'fork-owner/octo-repo' });
    const before = lastSeq();
    // Baseline 80: the verdict fails, and must go on failing (exit 1) whatever publication does.
    const run = await runPr(event, {
      token: FORK_TOKEN,
      artifacts,
      config: LADDER.replace('baseline: 75.3', 'baseline: 80'),
    });
    expect(run.exitCode).toBe(1);
    expect(run.outputs['verdict']).toBe('fail');
    expect(run.outputs['publish-status']).toBe('degraded');
    expect(run.outputs['publish-problems']).toBe('comment: 403 read-only token (fork)');
    gh.assertClean();
    expect(gh.state.comments(16)).toEqual([]);
    const posts = gh.requests.filter((r) => r.seq > before && r.method === 'POST');
    expect(posts.map((r) => [r.operationId, r.status])).toEqual([['issues/create-comment', 403]]);
    const ws = warnings(run);
    expect(ws).toHaveLength(1);
    expect(ws[0]!.message).toMatch(
      /^could not comment on pull request #16 \(403 Resource not accessible by integration\)/,
    );
    expect(ws[0]!.message).toContain('`workflow_run` workflow with `mode: publish`');
    expect(run.summary).toContain('The PR comment was not posted: GitHub answered 403');
    expect(run.summary).toContain('❌ test-ladder fail');
    // The fork's run still uploads its set: the publish workflow posts from it.
    expect(run.outputs['artifact-id']).not.toBe('');
    expect(run.commands.filter((c) => c.command === 'error')).toHaveLength(1);
  });

  it('API 500, then success: retried, one comment', async () => {
    const event = pullRequest(17);
    gh.faults.add('issues/create-comment', fault.serverError(500));
    const before = lastSeq();
    const run = await runPr(event);
    expect(run.exitCode).toBe(0);
    expect(run.outputs['publish-status']).toBe('ok');
    expect(gh.faults.pending()).toEqual([]);
    gh.assertClean();
    const creates = gh.requests.filter((r) => r.seq > before && r.operationId === 'issues/create-comment');
    expect(creates.map((r) => r.status)).toEqual([500, 201]);
    expect(gh.state.comments(17)).toHaveLength(1);
    expect(run.stdout).toMatch(
      /GitHub answered 500 to POST \/repos\/\{owner\}\/\{repo\}\/issues\/\{issue_number\}\/comments .*retry 1 of 3 in 1\.0 s/,
    );
    expect(warnings(run)).toEqual([]);
  });

  it('429 with retry-after and a secondary rate limit: waits as told, then succeeds', async () => {
    const event = pullRequest(18);
    gh.faults.add('issues/list-comments', fault.tooManyRequests(2));
    gh.faults.add('issues/create-comment', fault.secondaryRateLimit(1));
    const before = lastSeq();
    const run = await runPr(event);
    expect(run.exitCode).toBe(0);
    expect(run.outputs['publish-status']).toBe('ok');
    expect(gh.faults.pending()).toEqual([]);
    gh.assertClean();
    const calls = gh.requests
      .filter((r) => r.seq > before && r.operationId?.startsWith('issues/'))
      .map((r) => `${r.operationId} ${r.status}`);
    expect(calls).toEqual([
      'issues/list-comments 429',
      'issues/list-comments 200',
      'issues/create-comment 403',
      'issues/create-comment 201',
    ]);
    expect(run.stdout).toContain('retry 1 of 3 in 2.0 s');
    expect(run.stdout).toContain('retry 1 of 3 in 1.0 s');
    expect(run.durationMs).toBeGreaterThan(3000);
    expect(gh.state.comments(18)).toHaveLength(1);
  });
});
