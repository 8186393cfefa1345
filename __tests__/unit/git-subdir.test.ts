import { execFileSync } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { gitChangedLines } from '../../src/adapters/git.js';
import { nodeFiles } from '../../src/adapters/node-files.js';
import { parseUnifiedDiff, relativeTo, type ChangedFiles } from '../../src/analysis/diff.js';
import { patchCoverage } from '../../src/analysis/patch.js';
import { mapReportPaths } from '../../src/analysis/paths.js';
import { parseCobertura } from '../../src/formats/coverage/cobertura.js';
import { gitSandbox } from '../helpers/git-sandbox.js';

/**
 * Changed lines seen from a subdirectory of the repository. git names changed files from the
 * repository root whatever the directory it runs in; a coverage report read in a subdirectory is
 * mapped relative to that directory (the CLI's workspace is its cwd). `prefix` and `relativeTo`
 * make the two agree, and list the changed files outside the directory instead of dropping them.
 * Real repositories, made with git in a temporary directory; no user git config is read.
 */

let tmp: string;
let env: NodeJS.ProcessEnv;
let repo: string;

function git(cwd: string, ...args: string[]): string {
  return execFileSync('git', args, { cwd, env, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
}

function write(file: string, text: string): void {
  mkdirSync(path.dirname(path.join(repo, file)), { recursive: true });
  writeFileSync(path.join(repo, file), text);
}

const asObject = (c: ChangedFiles) => Object.fromEntries([...c].map(([k, v]) => [k, [...v]]));

/** Executable lines 1..n, the first `hit` of them run: a report as coverage.py writes one, by file. */
function cobertura(files: { path: string; lines: number; hit: number }[]): string {
  const classes = files.map(
    (f) =>
      `<class name="${path.basename(f.path)}" filename="${f.path}"><lines>` +
      Array.from({ length: f.lines }, (_, i) => `<line number="${i + 1}" hits="${i < f.hit ? 1 : 0}"/>`).join(
        '',
      ) +
      '</lines></class>',
  );
  return `<?xml version="1.0" ?>\n<coverage version="7.4"><sources><source>${repo}</source></sources><packages><package name="."><classes>${classes.join('')}</classes></package></packages></coverage>\n`;
}

/** What the CLI does for `coverage REPORT --base-ref main` in `cwd`, with the translation. */
async function patchFrom(cwd: string, xml: string) {
  const repoFiles = await nodeFiles().listRepoFiles(cwd);
  const report = mapReportPaths(parseCobertura(xml, 'cov.xml'), { workspace: cwd, repoFiles }).report;
  const changes = await gitChangedLines(cwd, 'main', { env });
  const seen = relativeTo(parseUnifiedDiff(changes.diffText, changes.command), changes.prefix);
  return { prefix: changes.prefix, outside: seen.outside, patch: patchCoverage(report, seen.files) };
}

beforeAll(() => {
  ({ tmp, env } = gitSandbox('git-subdir'));
  repo = path.join(tmp, 'repo');
  mkdirSync(repo);
  git(repo, 'init', '-q', '-b', 'main');
  write('src/app.py', 'a = 1\nb = 2\n');
  write('src/pkg/mod.py', 'm = 1\n');
  write('top.py', 'x = 1\n');
  write('docs/caf\u00e9 notes/x.py', 'n = 1\n');
  git(repo, 'add', '-A');
  git(repo, 'commit', '-q', '-m', 'base');
  git(repo, 'checkout', '-q', '-b', 'topic');
  write('src/app.py', 'a = 1\nb = 2\nc = 3\nd = 4\ne = 5\n');
  write('src/pkg/mod.py', 'm = 1\nn = 2\n');
  write('top.py', 'x = 1\ny = 2\nz = 3\nw = 4\n');
  write('docs/caf\u00e9 notes/x.py', 'n = 1\no = 2\n');
  git(repo, 'add', '-A');
  git(repo, 'commit', '-q', '-m', 'change');
});

afterAll(() => {
  rmSync(tmp, { recursive: true, force: true });
});

describe('gitChangedLines names where it ran', () => {
  it('the prefix is empty at the root and the directory below the root elsewhere; the diff keeps root paths', async () => {
    const root = await gitChangedLines(repo, 'main', { env });
    const sub = await gitChangedLines(path.join(repo, 'src', 'pkg'), 'main', { env });
    const odd = await gitChangedLines(path.join(repo, 'docs', 'caf\u00e9 notes'), 'main', { env });
    expect(root.prefix).toBe('');
    expect(sub.prefix).toBe('src/pkg/');
    expect(odd.prefix).toBe('docs/caf\u00e9 notes/');
    expect(sub.diffText).toBe(root.diffText);
    expect(odd.diffText).toBe(root.diffText);
  });

  it('diff.relative in the user’s config changes neither the paths nor the prefix', async () => {
    const relative = path.join(tmp, 'relative-gitconfig');
    writeFileSync(relative, '[diff]\n  relative = true\n');
    const r = await gitChangedLines(path.join(repo, 'src'), 'main', {
      env: { ...env, GIT_CONFIG_GLOBAL: relative },
    });
    expect(r.prefix).toBe('src/');
    expect(Object.keys(asObject(parseUnifiedDiff(r.diffText, r.command))).sort()).toEqual([
      'docs/caf\u00e9 notes/x.py',
      'src/app.py',
      'src/pkg/mod.py',
      'top.py',
    ]);
  });
});

describe('relativeTo', () => {
  const changed: ChangedFiles = new Map<string, readonly number[]>([
    ['src/app.py', [3, 4]],
    ['src/pkg/mod.py', [2]],
    ['srcx/other.py', [1]],
    ['top.py', [2]],
    ['src/renamed.py', []],
    ['README.md', []],
  ]);

  it('keeps the files under the directory, relative to it, and lists the others that add lines', () => {
    expect(relativeTo(changed, 'src/')).toEqual({
      files: new Map([
        ['app.py', [3, 4]],
        ['pkg/mod.py', [2]],
        ['renamed.py', []],
      ]),
      outside: ['srcx/other.py', 'top.py'],
    });
    // Without its trailing slash the prefix still names the directory, never a sibling `srcx/`.
    expect(relativeTo(changed, 'src')).toEqual(relativeTo(changed, 'src/'));
  });

  it('at the root nothing changes and nothing is outside', () => {
    const r = relativeTo(changed, '');
    expect(r.files).toBe(changed);
    expect(r.outside).toEqual([]);
  });
});

describe('patch coverage from a subdirectory agrees with the root', () => {
  it('the files under the directory count the same; the one outside is listed, not lost', async () => {
    const xml = cobertura([
      { path: 'src/app.py', lines: 5, hit: 3 },
      { path: 'src/pkg/mod.py', lines: 2, hit: 2 },
      { path: 'top.py', lines: 4, hit: 2 },
    ]);
    const fromRoot = await patchFrom(repo, xml);
    const fromSrc = await patchFrom(path.join(repo, 'src'), xml);

    expect(fromRoot.outside).toEqual([]);
    expect(fromSrc.prefix).toBe('src/');
    expect(fromSrc.outside).toEqual(['docs/caf\u00e9 notes/x.py', 'top.py']);

    const under = (files: readonly { path: string; covered: number; total: number }[], dir: string) =>
      files
        .filter((f) => f.path.startsWith(dir))
        .map((f) => ({ path: f.path.slice(dir.length), covered: f.covered, total: f.total }));
    expect(fromSrc.patch.files.map((f) => ({ path: f.path, covered: f.covered, total: f.total }))).toEqual(
      under(fromRoot.patch.files, 'src/'),
    );
    expect(fromSrc.patch.total).toBeGreaterThan(0);
    // git's own count of the lines added under src/ (numstat), against what was judged there.
    const added = git(repo, 'diff', '--numstat', 'main...HEAD', '--', 'src')
      .trim()
      .split('\n')
      .reduce((sum, l) => sum + Number(l.split('\t')[0]), 0);
    expect(fromSrc.patch.changedLines).toBe(added);
  });

  it('without the translation the same run finds none of the changed files in the report', async () => {
    // The defect this guards against: root paths against a report mapped from src/ match nothing.
    const cwd = path.join(repo, 'src');
    const repoFiles = await nodeFiles().listRepoFiles(cwd);
    const xml = cobertura([
      { path: 'src/app.py', lines: 5, hit: 3 },
      { path: 'src/pkg/mod.py', lines: 2, hit: 2 },
    ]);
    const report = mapReportPaths(parseCobertura(xml, 'cov.xml'), { workspace: cwd, repoFiles }).report;
    const changes = await gitChangedLines(cwd, 'main', { env });
    const untranslated = patchCoverage(report, parseUnifiedDiff(changes.diffText, changes.command));
    expect(untranslated.total).toBe(0);
    expect(untranslated.unreported).toContain('src/app.py');
  });
});
