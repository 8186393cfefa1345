import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseUnifiedDiff } from '../../src/analysis/diff.js';
import { ApiError, type PullFile } from '../../src/github/ports.js';
import {
  assemblePullDiff,
  describePullFiles,
  pathProblem,
  PULL_FILES_LIMIT,
  pullFilesProblem,
} from '../../src/github/pull-files.js';
import { pullFilesFromDiff, type PullFileSeed } from '../e2e/servers/github.js';

/**
 * The diff assembled from GitHub's list of a pull request's files. The real change of
 * __tests__/fixtures/patch (git 2.39 output, with context lines as GitHub's patches carry them) is
 * split into the entries GitHub lists and must read back as the same changed lines as `git diff`.
 */

const FIX = '__tests__/fixtures/patch';
const read = (name: string) => readFileSync(`${FIX}/${name}`, 'utf8');
const asObject = (m: ReadonlyMap<string, readonly number[]>) =>
  Object.fromEntries([...m].map(([k, v]) => [k, [...v]]));

function pullFile(seed: PullFileSeed): PullFile {
  return {
    filename: seed.filename,
    status: seed.status ?? 'modified',
    previousFilename: seed.previousFilename ?? null,
    patch: seed.patch ?? null,
    additions: seed.additions ?? 0,
    deletions: seed.deletions ?? 0,
  };
}

const file = (filename: string, patch: string | null, extra: Partial<PullFile> = {}): PullFile => ({
  filename,
  status: 'modified',
  previousFilename: null,
  patch,
  additions: patch === null ? 0 : patch.split('\n').filter((l) => l.startsWith('+')).length,
  deletions: 0,
  ...extra,
});

const LABEL = 'PR #12 files API';

describe('a real change, as GitHub lists its files', () => {
  const files = pullFilesFromDiff(read('changes-context.diff')).map(pullFile);
  const diff = assemblePullDiff(files, LABEL);

  it('reads back as the changed lines git gives', () => {
    const fromGit = asObject(parseUnifiedDiff(read('changes.diff'), 'changes.diff'));
    const fromApi = asObject(parseUnifiedDiff(diff.diffText, 'assembled'));
    // git keeps a pure rename and a mode change as files without lines; the list has no lines for them.
    const withLines = Object.fromEntries(Object.entries(fromGit).filter(([, v]) => v.length > 0));
    expect(Object.fromEntries(Object.entries(fromApi).filter(([, v]) => v.length > 0))).toEqual(withLines);
    expect(Object.keys(fromApi).every((k) => k in fromGit)).toBe(true);
  });

  it('says what it read and what carried nothing, by name', () => {
    const listed = files.map((f) => [f.filename, f.status, f.patch !== null]);
    expect(listed).toContainEqual(['shop/logo.png', 'added', false]);
    expect(listed).toContainEqual(['shop/constants.py', 'renamed', false]);
    expect(listed).toContainEqual(['shop/legacy.py', 'removed', true]);
    expect(diff.withoutText).toEqual(['shop/__init__.py', 'shop/logo.png']);
    expect(diff.notJudged).toEqual([]);
    expect(diff.nothingAdded).toBe(2); // shop/legacy.py removed, shop/const.py renamed as is
    expect(diff.read).toBe(files.length - 4);
  });

  it('writes the name with a space so the parser reads it back exactly', () => {
    expect(diff.diffText).toContain('+++ "b/shop/with space.py"\n');
    expect(parseUnifiedDiff(diff.diffText, 'assembled').has('shop/with space.py')).toBe(true);
  });
});

describe('hostile lists', () => {
  const one = '@@ -1 +1 @@\n-a\n+b';

  it.each([
    ['../outside.py', '..'],
    ['src/../../etc/passwd', '..'],
    ['/etc/passwd', 'absolute'],
    ['src//a.py', 'empty'],
    ['./a.py', '`.`'],
    ['a.py\n+++ b/evil.py', 'control character'],
    ['', 'empty'],
  ])('refuses the name %j', (name, why) => {
    const diff = assemblePullDiff([file(name, one)], LABEL);
    expect(diff.diffText).toBe('');
    expect(diff.notJudged).toHaveLength(1);
    expect(diff.notJudged[0]!.why).toContain('its name is refused');
    expect(diff.notJudged[0]!.why).toContain(why);
    expect(diff.notJudged[0]!.path).not.toContain('\n');
  });

  it('refuses a rename from a name that leaves the repository', () => {
    const diff = assemblePullDiff(
      [file('a.py', one, { status: 'renamed', previousFilename: '../x.py' })],
      LABEL,
    );
    expect(diff.notJudged.map((n) => n.path)).toEqual(['a.py']);
  });

  it('refuses a patch that opens sections of other files', () => {
    const forged = `${one}\ndiff --git a/evil.py b/evil.py\n--- a/evil.py\n+++ b/evil.py\n@@ -0,0 +1 @@\n+x`;
    const diff = assemblePullDiff([file('a.py', forged, { additions: 2 }), file('b.py', one)], LABEL);
    expect(diff.notJudged).toEqual([
      { path: 'a.py', additions: 2, why: 'its patch names other files (evil.py)' },
    ]);
    expect(asObject(parseUnifiedDiff(diff.diffText, 'assembled'))).toEqual({ 'b.py': [1] });
  });

  it('refuses a patch whose hunk counts disagree with its lines, naming the parser’s finding', () => {
    const diff = assemblePullDiff(
      [file('a.py', '@@ -1,2 +1,5 @@\n a\n+b'), file('c.py', '@@ -1 +1 @@\n+x\n+y')],
      LABEL,
    );
    expect(diff.notJudged.map((n) => n.path)).toEqual(['a.py', 'c.py']);
    expect(diff.notJudged[0]!.why).toMatch(
      /^its patch is not a well-formed diff: PR #12 files API: a\.py:\d+: /,
    );
    expect(diff.notJudged[0]!.why).toContain('truncated');
    expect(diff.notJudged[1]!.why).toContain('beyond what the hunk');
    expect(diff.diffText).toBe('');
  });

  it('bounds one patch, the whole diff and the lines it adds', () => {
    const big = `@@ -0,0 +1,50 @@\n${'+x\n'.repeat(50)}`;
    expect(assemblePullDiff([file('a.py', big)], LABEL, { maxPatchChars: 100 }).notJudged[0]!.why).toContain(
      'more than the 100 read',
    );
    const bySize = assemblePullDiff([file('a.py', one), file('b.py', one), file('c.py', one)], LABEL, {
      maxDiffChars: 100,
    });
    expect(bySize.read).toBe(1);
    expect(bySize.notJudged.map((n) => n.path)).toEqual(['b.py', 'c.py']);
    expect(bySize.notJudged[0]!.why).toContain('exceed 100 characters');
    const byLines = assemblePullDiff([file('a.py', big), file('b.py', big)], LABEL, { maxLines: 80 });
    expect(byLines.read).toBe(1);
    expect(byLines.notJudged[0]!.why).toContain('more than 80 lines');
  });

  it('names a file listed twice, and lines GitHub sent no patch for', () => {
    const diff = assemblePullDiff(
      [
        file('a.py', one),
        file('a.py', '@@ -1 +1,2 @@\n a\n+evil'),
        file('big.sql', null, { additions: 40_000 }),
      ],
      LABEL,
    );
    expect(diff.notJudged.map((n) => [n.path, n.additions])).toEqual([
      ['a.py', 1],
      ['big.sql', 40_000],
    ]);
    expect(diff.notJudged[1]!.why).toContain('no patch');
    expect(asObject(parseUnifiedDiff(diff.diffText, 'assembled'))).toEqual({ 'a.py': [1] });
  });

  it('reads names with quotes, backslashes and ` b/` inside, and renames between them', () => {
    const names = ['we"ird\\name.py', 'dir b/x b/y.py', 'ünï côdé.py'];
    const diff = assemblePullDiff(
      [
        ...names.map((n) => file(n, one)),
        file('new b/name.py', one, { status: 'renamed', previousFilename: 'old b/name.py' }),
      ],
      LABEL,
    );
    expect(diff.notJudged).toEqual([]);
    expect([...parseUnifiedDiff(diff.diffText, 'assembled').keys()]).toEqual([...names, 'new b/name.py']);
  });

  it('passes names through the path check only when they stay inside the repository', () => {
    expect(pathProblem('src/a..b/c.py')).toBeNull();
    expect(pathProblem('.github/workflows/ci.yml')).toBeNull();
    expect(pathProblem('a'.repeat(5000))).toContain('4096');
  });
});

describe('what is said about the list', () => {
  const diff = assemblePullDiff([file('a.py', '@@ -1 +1 @@\n-a\n+b')], LABEL);

  it('labels the source with its pages and files', () => {
    const r = describePullFiles(
      { number: 12, changedFiles: 231 },
      { files: 231, pages: 3, more: false },
      diff,
    );
    expect(r.label).toBe('PR #12 files API (3 pages, 231 files)');
    expect(r.warning).toBeNull();
    expect(r.notes).toEqual(['Changed lines: PR #12 files API (3 pages, 231 files).']);
  });

  it('says when GitHub’s limit cut the list, and how many files it left out', () => {
    const r = describePullFiles(
      { number: 7, changedFiles: 3412 },
      { files: PULL_FILES_LIMIT, pages: 30, more: false },
      diff,
    );
    expect(r.label).toBe(`PR #7 files API (30 pages, the first 3000 files of 3412: GitHub lists no more)`);
    expect(r.warning).toContain('stops at 3000 files; the 412 files after them are not judged');
    expect(r.notes.at(-1)).toMatch(/^⚠️ GitHub's list/);
  });

  it('names the files not judged in one warning, a few at most', () => {
    const many = assemblePullDiff(
      Array.from({ length: 14 }, (_, i) => file(`gen/big-${i}.sql`, null, { additions: 10 + i })),
      LABEL,
    );
    const r = describePullFiles({ number: 3, changedFiles: 14 }, { files: 14, pages: 1, more: false }, many);
    expect(r.warning).toContain(
      '14 changed files are not judged: gen/big-0.sql (10 added lines; GitHub sent no patch',
    );
    expect(r.warning).toContain('gen/big-9.sql');
    expect(r.warning).not.toContain('gen/big-10.sql');
    expect(r.warning).toContain('and 4 more');
  });
});

describe('a list GitHub refuses', () => {
  it('names the permission on 403 and 404', () => {
    for (const status of [403, 404]) {
      const w = pullFilesProblem(
        new ApiError(status, 'Resource not accessible by integration', 'GET /repos/o/r/pulls/12/files'),
        { number: 12, fork: false },
      );
      expect(w).toContain(`GitHub answered ${status} to GET /repos/o/r/pulls/12/files`);
      expect(w).toContain('`pull-requests: read`');
      expect(w).toContain('fetch-depth: 0');
    }
  });

  it('says the retries ran out on a server error', () => {
    const w = pullFilesProblem(new ApiError(502, 'Bad Gateway', 'GET /repos/o/r/pulls/12/files'), {
      number: 12,
      fork: true,
    });
    expect(w).toContain('did not answer after the retries');
    expect(w).not.toContain('pull-requests: read');
  });
});
