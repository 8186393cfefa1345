import { createHash, randomUUID } from 'node:crypto';
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cleanupTempDirs, copyInto, makeWorkspace, REPO_ROOT, runAction, type ActionRun } from './harness.js';
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
 * Artifacts end to end: the upload on a push, an artifact service that is down, the history read
 * from earlier runs' artifacts (one of them tampered with), and a matrix merge with a missing shard.
 * dist/index.js under Node 24, against the loopback GitHub, the results service and Azurite.
 */

const TOKEN = 'ghs_e2e_artifacts';
const LADDER = `coverage:\n  metric: line\n  baseline: 75.3\n  tolerance: 0.5\n  target: 90\n  since: 2026-09-01\n  horizon: 2028-06-30\n`;

let gh: GitHubServer;
let azurite: AzuriteHandle;
const services: ArtifactService[] = [];

beforeAll(async () => {
  [azurite, gh] = await Promise.all([startAzurite(), startGitHubServer({ tokens: { [TOKEN]: {} } })]);
});

afterAll(async () => {
  await Promise.all(services.map((s) => s.stop()));
  await gh?.stop();
  await azurite?.stop();
  await cleanupTempDirs();
});

/** One workflow run's artifact service (names are unique per run), publishing to the fake GitHub. */
async function artifactService(runId?: number): Promise<ArtifactService> {
  const s = await startArtifactService({
    azurite,
    runBackendId: randomUUID(),
    jobBackendId: randomUUID(),
    ...(runId !== undefined ? { github: { state: gh.state, runId } } : {}),
  });
  services.push(s);
  return s;
}

async function workspace(config = LADDER): Promise<string> {
  const ws = await makeWorkspace({ 'test-ladder.yml': config });
  await copyInto(ws, path.join(REPO_ROOT, 'examples', 'reports'), 'reports');
  await copyInto(ws, path.join(REPO_ROOT, 'examples', 'project'), 'project');
  return ws;
}

/** A push to main as run `runId`, by default with reports, a token and an artifact service. */
async function runPush(
  runId: number,
  opts: { artifacts?: ArtifactService; inputs?: Record<string, string>; env?: Record<string, string> } = {},
): Promise<ActionRun> {
  return runAction({
    workspace: await workspace(),
    githubToken: TOKEN,
    inputs: {
      'coverage-files': 'reports/coverage.xml',
      'test-files': 'reports/junit.xml',
      date: '2026-11-22',
      ...opts.inputs,
    },
    env: {
      ...runnerEnv(gh, opts.artifacts),
      GITHUB_RUN_ID: String(runId),
      GITHUB_SHA: fakeSha(`commit-${runId}`),
      ...opts.env,
    },
  });
}

function addPushRun(id: number, status: 'completed' | 'in_progress' = 'completed') {
  return gh.state.addRun({ id, headSha: fakeSha(`commit-${id}`), headBranch: 'main', event: 'push', status });
}

const warnings = (run: ActionRun) => run.commands.filter((c) => c.command === 'warning');
const errors = (run: ActionRun) => run.commands.filter((c) => c.command === 'error');

describe('upload', () => {
  it('push to the default branch: summary, outputs and the uploaded set; no comment', async () => {
    const runId = 17000000001;
    addPushRun(runId, 'in_progress');
    const artifacts = await artifactService();
    const before = gh.requests.length;
    const run = await runPush(runId, { artifacts });
    expect(run.stderr).toBe('');
    expect(run.exitCode).toBe(0);
    expect(run.outputs['verdict']).toBe('pass');
    expect(run.outputs['publish-status']).toBe('ok');
    expect(run.summary).toContain('test-ladder pass');
    gh.assertClean();
    expect(artifacts.violations).toEqual([]);
    // Only reads for the history; nothing about pull requests or comments.
    const calls = gh.requests.slice(before).map((r) => `${r.method} ${r.operationId}`);
    expect(calls).toEqual(['GET actions/list-workflow-runs']);
    expect(gh.requests.at(-1)!.query).toMatchObject({ branch: 'main', status: 'completed' });
    // The set as uploaded: every file listed in SHA256SUMS, with that hash.
    const [uploaded] = artifacts.artifacts;
    expect(uploaded!.name).toBe('test-ladder');
    expect(run.outputs['artifact-id']).toBe(uploaded!.databaseId);
    const zip = readZip(await artifacts.readArtifact('test-ladder'));
    expect(uploaded!.digest).toBe(
      `sha256:${createHash('sha256')
        .update(await artifacts.readArtifact('test-ladder'))
        .digest('hex')}`,
    );
    const sums = zip.get('SHA256SUMS')!.toString('utf8').trim().split('\n');
    expect(sums.map((l) => l.split('  ')[1]).sort()).toEqual(
      [...zip.keys()].filter((n) => n !== 'SHA256SUMS').sort(),
    );
    for (const line of sums) {
      const [hash, name] = line.split('  ');
      expect(createHash('sha256').update(zip.get(name!)!).digest('hex')).toBe(hash);
    }
    expect(warnings(run)).toEqual([]);
  });

  it('artifact service down: publish-status degraded, one warning, the verdict intact', async () => {
    const runId = 17000000002;
    addPushRun(runId, 'in_progress');
    const artifacts = await artifactService();
    await artifacts.setDown('refuse');
    const run = await runPush(runId, {
      artifacts,
      inputs: { 'coverage-files': 'reports/coverage.xml' },
    });
    expect(run.exitCode).toBe(0);
    expect(run.outputs['verdict']).toBe('pass');
    expect(run.outputs['coverage']).toBe('77.38');
    expect(run.outputs['publish-status']).toBe('degraded');
    expect(run.outputs['publish-problems']).toMatch(/^artifact: /);
    expect(run.outputs['artifact-id']).toBe('');
    const ws = warnings(run);
    expect(ws).toHaveLength(1);
    expect(ws[0]!.message).toMatch(/^could not upload the artifact set as test-ladder: .*The verdict stands/);
    expect(run.summary).toContain('test-ladder pass');
    const written = await readFile(path.join(run.outputs['artifacts-dir']!, 'SHA256SUMS'), 'utf8');
    expect(written).toContain('foundation.checkpoint.json');
    expect(run.durationMs).toBeLessThan(20_000);
  });
});

describe('annotations', () => {
  it('a test failing now and not before: one error on its file, besides the step’s own error', async () => {
    const runId = 17000000003;
    addPushRun(runId, 'in_progress');
    const ws = await workspace();
    const junit = await readFile(path.join(ws, 'reports/junit.xml'), 'utf8');
    const failing = junit.replace(
      '<testcase classname="tests.test_numbers" name="test_mean" time="0.000" />',
      '<testcase classname="tests.test_numbers" name="test_mean" file="project/tests/test_numbers.py" time="0.000"><failure message="assert 2.5 == 3">AssertionError: assert 2.5 == 3\n::error::injected</failure></testcase>',
    );
    expect(failing).not.toBe(junit);
    await writeFile(path.join(ws, 'reports/junit.xml'), failing);
    const run = await runAction({
      workspace: ws,
      githubToken: TOKEN,
      inputs: {
        'coverage-files': 'reports/coverage.xml',
        'test-files': 'reports/junit.xml',
        date: '2026-11-22',
        upload: 'off',
      },
      env: { ...runnerEnv(gh), GITHUB_RUN_ID: String(runId) },
    });
    expect(run.exitCode).toBe(1);
    expect(run.outputs['reasons']).toContain('TESTS_FAILED');
    const e = errors(run);
    expect(e).toHaveLength(2);
    expect(e[0]!.props).toEqual({ title: 'New test failure', file: 'project/tests/test_numbers.py' });
    expect(e[0]!.message).toBe('test_mean fails; it did not in the previous run. assert 2.5 == 3');
    expect(e[1]!.message).toMatch(/^TESTS_FAILED: /);
    // Report text never becomes a workflow command of its own.
    expect(run.commands.filter((c) => c.message === 'injected')).toEqual([]);
  });
});

describe('history', () => {
  it('reads the base run, ignoring a newer run whose artifact was tampered with (one warning)', async () => {
    // Two earlier pushes to main, each uploading its set the way the action does.
    const [good, tampered, current] = [17100000001, 17100000002, 17100000003];
    addPushRun(good);
    addPushRun(tampered);
    for (const id of [good, tampered]) {
      const artifacts = await artifactService();
      const run = await runPush(id, { artifacts, inputs: { history: 'off' } });
      expect(run.exitCode).toBe(0);
      const zip = await artifacts.readArtifact('test-ladder');
      if (id === good) gh.state.addArtifact({ runId: id, name: 'test-ladder', zip });
      else {
        // Someone with write access to that run's storage lowers the base: the files change, the
        // manifest does not (the zip itself is consistent, its digest recomputed).
        const files = Object.fromEntries(readZip(zip));
        files['coverage.xml'] = Buffer.from(
          String(files['coverage.xml'])
            .replace(/line-rate="[0-9.]+"/, 'line-rate="0.1"')
            .replace(/hits="1"/g, 'hits="0"'),
        );
        gh.state.addArtifact({ runId: id, name: 'test-ladder', files });
      }
    }
    addPushRun(current, 'in_progress');
    const before = gh.requests.length;
    const run = await runPush(current, { inputs: { upload: 'off' } });
    expect(run.exitCode).toBe(0);
    gh.assertClean();
    const ws = warnings(run);
    expect(ws).toHaveLength(1);
    expect(ws[0]!.message).toMatch(
      new RegExp(
        `^ignoring artifact test-ladder \\(id \\d+\\) of run ${tampered}: tampered: HASH_MISMATCH coverage\\.xml: sha256 mismatch`,
      ),
    );
    // The good base: the same reports, so no change against it; its history continued.
    expect(run.outputs['coverage-delta']).toBe('0.00');
    expect(run.summary).toContain(`Base: run ${good} (#`);
    expect(run.summary).toContain('the newest completed run');
    const history = JSON.parse(
      await readFile(path.join(run.outputs['artifacts-dir']!, 'history.json'), 'utf8'),
    );
    expect(history.runs.map((r: { run_id: string }) => r.run_id)).toEqual([String(good), String(current)]);
    const checkpoint = JSON.parse(await readFile(run.outputs['checkpoint']!, 'utf8'));
    expect(checkpoint.figures.coverage.delta).toMatchObject({ against: 'base' });
    // Both zips were fetched from blob storage without the token.
    const downloads = gh.downloads.slice(-2);
    expect(downloads.map((d) => [d.status, d.authorization])).toEqual([
      [200, undefined],
      [200, undefined],
    ]);
    const listed = gh.requests.slice(before).map((r) => r.operationId);
    expect(listed.filter((o) => o === 'actions/download-artifact')).toHaveLength(2);
  });
});

describe('mode: merge', () => {
  async function shards(runId: number, labels: string[]) {
    gh.state.addRun({
      id: runId,
      headSha: fakeSha(`matrix-${runId}`),
      headBranch: 'main',
      event: 'push',
      status: 'in_progress',
    });
    const artifacts = await artifactService(runId);
    for (const shard of labels) {
      const run = await runPush(runId, { artifacts, inputs: { shard, history: 'off' } });
      expect(run.exitCode).toBe(0);
      expect(run.outputs['publish-status']).toBe('ok');
    }
    expect(artifacts.artifacts.map((a) => a.name)).toEqual(labels.map((l) => `test-ladder-${l}`));
    return artifacts;
  }

  it('a missing shard: no verdict, a failure naming it', async () => {
    const runId = 17200000001;
    const artifacts = await shards(runId, ['1', '3']);
    const run = await runPush(runId, {
      artifacts,
      inputs: {
        mode: 'merge',
        'expected-shards': '3',
        'coverage-files': '',
        'test-files': '',
        history: 'off',
      },
    });
    expect(run.exitCode).toBe(2);
    expect(run.outputs).toEqual({});
    const e = errors(run);
    expect(e).toHaveLength(1);
    expect(e[0]!.message).toMatch(
      new RegExp(
        `^mode merge: shard "2" \\(artifact test-ladder-2\\) missing from run ${runId}: 2 of 3 expected shards uploaded\\. No verdict`,
      ),
    );
    expect(run.summary).toBe('');
    expect(artifacts.artifacts.map((a) => a.name)).toEqual(['test-ladder-1', 'test-ladder-3']);
  });

  it('all shards there: one verdict from their merged coverage and tests, uploaded once', async () => {
    const runId = 17200000002;
    const artifacts = await shards(runId, ['py3.12', 'py3.13']);
    const run = await runPush(runId, {
      artifacts,
      inputs: {
        mode: 'merge',
        'expected-shards': 'py3.12, py3.13',
        'coverage-files': '',
        'test-files': '',
        history: 'off',
      },
    });
    expect(run.exitCode).toBe(0);
    expect(run.outputs['verdict']).toBe('pass');
    // The same project measured twice: hits add up, the lines covered do not change.
    expect(run.outputs['coverage']).toBe('77.38');
    expect(run.outputs['tests-total']).toBe('50');
    expect(run.summary).toContain(
      'Merged 2 shard(s): py3.12 (test-ladder-py3.12), py3.13 (test-ladder-py3.13).',
    );
    expect(artifacts.artifacts.map((a) => a.name)).toEqual([
      'test-ladder-py3.12',
      'test-ladder-py3.13',
      'test-ladder',
    ]);
    expect(artifacts.violations).toEqual([]);
    gh.assertClean();
    expect(warnings(run)).toEqual([]);
  });
});
