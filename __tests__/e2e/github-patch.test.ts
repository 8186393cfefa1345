import { execFileSync } from 'node:child_process';
import { copyFile, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cleanupTempDirs, makeWorkspace, REPO_ROOT, runAction, type ActionRun } from './harness.js';
import {
  fakeSha,
  fault,
  manyFiles,
  PULL_FILES_LIMIT,
  pullFilesFromDiff,
  runnerEnv,
  startGitHubServer,
  type GitHubServer,
  type PullFileSeed,
} from './servers/index.js';

/**
 * Patch coverage of a pull request whose base commit the job's clone lacks (actions/checkout's
 * default, one commit deep): the committed dist/index.js lists the pull request's files through the
 * loopback GitHub (requests and responses checked against GitHub's OpenAPI description) and must
 * measure what the same change gives as a diff file, and what git gives when the base is there.
 * The change is the real one of __tests__/fixtures/patch, whose figures diff-cover printed.
 */

const TOKEN = 'ghs_e2e_pr_files';
const REPOSITORY = 'octo-org/octo-repo';
const FIX = path.join(REPO_ROOT, '__tests__', 'fixtures', 'patch');
const CONFIG = 'coverage:\n  metric: line\n  patch: { target: 60 }\n';

interface Expected {
  commits: { fork: string; head: string; base_tip: string };
}
interface DiffCover {
  total_num_lines: number;
  total_num_violations: number;
  num_changed_lines: number;
}

let gh: GitHubServer;
let expected: Expected;
let diffCover: DiffCover;
let fixtureFiles: PullFileSeed[];

beforeAll(async () => {
  gh = await startGitHubServer({ tokens: { [TOKEN]: {} } });
  expected = JSON.parse(await readFile(path.join(FIX, 'expected.json'), 'utf8')) as Expected;
  diffCover = JSON.parse(await readFile(path.join(FIX, 'diff-cover.json'), 'utf8')) as DiffCover;
  fixtureFiles = pullFilesFromDiff(await readFile(path.join(FIX, 'changes-context.diff'), 'utf8'));
});

afterAll(async () => {
  await gh?.stop();
  await cleanupTempDirs();
});

/** The fixture repository cloned as the job's workspace, HEAD at the change, with its coverage report. */
async function clonedWorkspace(): Promise<string> {
  const ws = await makeWorkspace();
  const home = await makeWorkspace();
  execFileSync('git', ['clone', '-q', path.join(FIX, 'repo.bundle'), ws], {
    env: { PATH: process.env['PATH'], HOME: home, GIT_CONFIG_NOSYSTEM: '1' },
    stdio: 'ignore',
  });
  await copyFile(path.join(FIX, 'coverage.xml'), path.join(ws, 'coverage.xml'));
  await writeFile(path.join(ws, 'test-ladder.yml'), CONFIG);
  return ws;
}

function pullRequest(number: number, baseSha: string, changedFiles: number) {
  return {
    name: 'pull_request',
    payload: {
      action: 'synchronize',
      number,
      pull_request: {
        number,
        changed_files: changedFiles,
        head: { sha: expected.commits.head, ref: `feature-${number}`, repo: { full_name: REPOSITORY } },
        base: { sha: baseSha, ref: 'main', repo: { full_name: REPOSITORY } },
      },
      repository: { full_name: REPOSITORY, default_branch: 'main' },
    },
  };
}

async function run(
  ws: string,
  event: ReturnType<typeof pullRequest>,
  inputs: Record<string, string> = {},
): Promise<ActionRun> {
  return runAction({
    workspace: ws,
    githubToken: TOKEN,
    event,
    inputs: {
      'coverage-files': 'coverage.xml',
      date: '2026-11-22',
      history: 'off',
      comment: 'off',
      upload: 'off',
      ...inputs,
    },
    env: { ...runnerEnv(gh), TEST_LADDER_NOW: '2026-11-22T12:00:00Z' },
  });
}

interface PatchFigures {
  figures: { covered: number; total: number; percent: number | null; changed_lines: number } | null;
  files: unknown;
  unreported: string[];
  source: string | null;
  verdict: unknown;
}

async function patchOf(r: ActionRun): Promise<PatchFigures> {
  const checkpoint = JSON.parse(await readFile(r.outputs['checkpoint']!, 'utf8')) as {
    figures: { patch: PatchFigures['figures'] };
    result: {
      coverage: { patch?: { files: unknown; unreported: string[]; source: string } | null };
      verdicts: { gate: string }[];
    };
  };
  const patch = checkpoint.result.coverage.patch ?? null;
  return {
    figures: checkpoint.figures.patch,
    files: patch?.files ?? null,
    unreported: patch?.unreported ?? [],
    source: patch?.source ?? null,
    verdict: checkpoint.result.verdicts.find((v) => v.gate === 'patch'),
  };
}

const listFiles = (since: number) =>
  gh.requests.filter((r) => r.seq > since && r.operationId === 'pulls/list-files');
const lastSeq = () => gh.requests.at(-1)?.seq ?? 0;
/** Warnings about the run itself; those on a file's lines are the uncovered changed lines. */
const warnings = (r: ActionRun) =>
  r.commands.filter((c) => c.command === 'warning' && c.props['file'] === undefined).map((c) => c.message);
const lineAnnotations = (r: ActionRun) =>
  r.commands.filter((c) => c.props['file'] !== undefined).map((c) => [c.command, c.props, c.message]);
/** The summary as a reader sees it: without the zero-width joiners that keep `#12` from linking, and markdown escapes. */
const summaryText = (r: ActionRun) =>
  r.summary.replace(/\u200d/g, '').replace(/\\([\\`*_{}[\]()#+\-.!|<>~])/g, '$1');

describe('a pull request whose base commit is not in the clone', () => {
  let fromFile: ActionRun;
  let fromFilePatch: PatchFigures;

  beforeAll(async () => {
    const ws = await clonedWorkspace();
    await copyFile(path.join(FIX, 'changes.diff'), path.join(ws, 'changes.diff'));
    const before = lastSeq();
    fromFile = await run(ws, pullRequest(11, fakeSha('base-11'), fixtureFiles.length), {
      'diff-file': 'changes.diff',
    });
    expect(fromFile.exitCode).toBe(0);
    expect(listFiles(before)).toEqual([]);
    fromFilePatch = await patchOf(fromFile);
  });

  it('the diff file gives diff-cover’s own figures (the reference for what follows)', () => {
    expect(fromFilePatch.figures).toMatchObject({
      covered: diffCover.total_num_lines - diffCover.total_num_violations,
      total: diffCover.total_num_lines,
      changed_lines: diffCover.num_changed_lines,
    });
    expect(fromFile.outputs['patch-coverage']).not.toBe('');
  });

  it('lists the pull request’s files through the API and measures the same change', async () => {
    gh.state.addPull({
      number: 12,
      headSha: expected.commits.head,
      baseSha: fakeSha('base-12'),
      files: fixtureFiles,
    });
    const before = lastSeq();
    const r = await run(await clonedWorkspace(), pullRequest(12, fakeSha('base-12'), fixtureFiles.length));
    expect(r.stderr).toBe('');
    expect(r.exitCode).toBe(0);
    gh.assertClean();

    const calls = listFiles(before);
    expect(calls.map((c) => [c.status, c.params['pull_number'], c.query['per_page']])).toEqual([
      [200, 12, 100],
    ]);
    expect(calls[0]!.token).toBe(TOKEN);

    const patch = await patchOf(r);
    expect(patch.figures).toEqual(fromFilePatch.figures);
    expect(patch.files).toEqual(fromFilePatch.files);
    expect(patch.unreported).toEqual(fromFilePatch.unreported);
    expect(patch.verdict).toEqual(fromFilePatch.verdict);
    expect(r.outputs['patch-coverage']).toBe(fromFile.outputs['patch-coverage']);
    expect(r.outputs['verdict']).toBe(fromFile.outputs['verdict']);
    // Named by where it came from, not by a temporary path that would change the comment every run.
    expect(patch.source).toBe(`PR #12 files API (1 page, ${fixtureFiles.length} files)`);
    expect(summaryText(r)).toContain('gh pr diff 12 > patch.diff');

    expect(r.stdout).toContain(`the base commit ${fakeSha('base-12').slice(0, 12)} is not in this clone`);
    expect(lineAnnotations(r)).toEqual(lineAnnotations(fromFile));
    expect(lineAnnotations(r).length).toBeGreaterThan(0);
    expect(summaryText(r)).toContain(
      `Changed lines: PR #12 files API (1 page, ${fixtureFiles.length} files).`,
    );
    // Binary and mode-only files are named, not dropped in silence; nothing here is lost.
    expect(summaryText(r)).toContain(
      'No text patch, nothing to judge (binary files or mode changes): shop/__init__.py, shop/logo.png.',
    );
    expect(warnings(r)).toEqual([]);
  });

  it('reads git instead when the clone holds the base commit, and the figures agree', async () => {
    const before = lastSeq();
    const r = await run(
      await clonedWorkspace(),
      pullRequest(13, expected.commits.base_tip, fixtureFiles.length),
    );
    expect(r.exitCode).toBe(0);
    expect(listFiles(before)).toEqual([]);
    const patch = await patchOf(r);
    expect(patch.source).toBe(
      `git diff ${expected.commits.fork.slice(0, 12)} ${expected.commits.head.slice(0, 12)}`,
    );
    expect(patch.figures).toEqual(fromFilePatch.figures);
    expect(patch.files).toEqual(fromFilePatch.files);
  });

  it('follows the Link header over several pages, retrying a server error', async () => {
    const extra = manyFiles(240);
    gh.state.addPull({ number: 14, headSha: expected.commits.head, files: [...fixtureFiles, ...extra] });
    const total = fixtureFiles.length + extra.length;
    gh.faults.add('pulls/list-files', fault.serverError(502));
    const before = lastSeq();
    const r = await run(await clonedWorkspace(), pullRequest(14, fakeSha('base-14'), total));
    expect(r.exitCode).toBe(0);
    gh.assertClean();
    expect(gh.faults.pending()).toEqual([]);
    expect(r.stdout).toMatch(
      new RegExp(
        `GitHub answered 502 to GET http://127\\.0\\.0\\.1:\\d+/repos/${REPOSITORY}/pulls/14/files\\?per_page=100 \\(Server Error\\); retry 1 of 3`,
      ),
    );
    const calls = listFiles(before);
    expect(calls.map((c) => [c.status, c.query['page'] ?? 1])).toEqual([
      [502, 1],
      [200, 1],
      [200, 2],
      [200, 3],
    ]);
    // The pages after the first are the ones GitHub's Link header names (/repositories/{id}/…).
    expect(calls.slice(2).every((c) => c.url.startsWith('/repositories/'))).toBe(true);
    expect(summaryText(r)).toContain(`Changed lines: PR #14 files API (3 pages, ${total} files).`);

    // The generated files are in no coverage report: they add changed lines and nothing else.
    const patch = await patchOf(r);
    const added = extra.reduce((n, f) => n + (f.additions ?? 0), 0);
    expect(patch.figures).toEqual({
      ...fromFilePatch.figures!,
      changed_lines: fromFilePatch.figures!.changed_lines + added,
    });
    expect(patch.files).toEqual(fromFilePatch.files);
    expect(patch.unreported).toEqual([...fromFilePatch.unreported, ...extra.map((f) => f.filename)].sort());
  });

  it('says when GitHub’s 3,000-file limit cut the list', async () => {
    const files = [...fixtureFiles, ...manyFiles(PULL_FILES_LIMIT + 100 - fixtureFiles.length)];
    gh.state.addPull({ number: 15, headSha: expected.commits.head, files });
    const before = lastSeq();
    const r = await run(await clonedWorkspace(), pullRequest(15, fakeSha('base-15'), files.length));
    expect(r.exitCode).toBe(0);
    gh.assertClean();
    expect(listFiles(before)).toHaveLength(PULL_FILES_LIMIT / 100);
    const [warning, ...more] = warnings(r);
    expect(more).toEqual([]);
    expect(warning).toContain(
      `PR #15 files API (30 pages, the first 3000 files of ${files.length}: GitHub lists no more)`,
    );
    expect(warning).toContain('stops at 3000 files; the 100 files after them are not judged');
    expect((await patchOf(r)).files).toEqual(fromFilePatch.files);
  });

  it('a 403 (no `pull-requests: read`) is a warning naming the permission; patch coverage is skipped', async () => {
    gh.state.addPull({ number: 16, headSha: expected.commits.head, files: fixtureFiles });
    gh.faults.add('pulls/list-files', fault.notAccessible());
    const before = lastSeq();
    const r = await run(await clonedWorkspace(), pullRequest(16, fakeSha('base-16'), fixtureFiles.length));
    expect(r.exitCode).toBe(0);
    expect(gh.faults.pending()).toEqual([]);
    expect(listFiles(before).map((c) => c.status)).toEqual([403]);
    const [warning, ...more] = warnings(r);
    expect(more).toEqual([]);
    expect(warning).toContain(
      `patch coverage skipped: the files of PR #16 could not be listed (GitHub answered 403 to GET /repos/${REPOSITORY}/pulls/16/files: Resource not accessible by integration)`,
    );
    expect(warning).toContain('`pull-requests: read`');
    expect(r.outputs['patch-coverage']).toBe('');
    const patch = await patchOf(r);
    expect(patch.figures).toBeNull();
    expect(patch.verdict).toMatchObject({
      status: 'skipped',
      reasons: [{ code: 'NO_DIFF', message: expect.stringContaining('`pull-requests: read`') }],
    });
    expect(summaryText(r)).toContain('⚠️ patch coverage skipped: the files of PR #16 could not be listed');
  });
});
