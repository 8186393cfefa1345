import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { gitSandbox } from '../helpers/git-sandbox.js';

/**
 * The committed CLI bundle's patch coverage inputs: `--base-ref` run in a subdirectory of a real
 * repository (made here with git) agrees with the root; a --diff file that is no diff exits 2;
 * changed files outside the directory or missing from the report are shown, never a silent 0/0.
 */

const ROOT = path.resolve(import.meta.dirname, '../..');
const CLI = path.join(ROOT, 'dist/cli.js');

let tmp: string;
let repo: string;
let env: Record<string, string>;

function git(...args: string[]): string {
  return execFileSync('git', args, { cwd: repo, env, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
}

function write(file: string, text: string): void {
  mkdirSync(path.dirname(path.join(repo, file)), { recursive: true });
  writeFileSync(path.join(repo, file), text);
}

function cli(args: string[], cwd: string) {
  const r = spawnSync(process.execPath, [CLI, ...args], { cwd, env, encoding: 'utf8', timeout: 30_000 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

interface PatchJson {
  covered: number;
  total: number;
  changed_lines: number;
  files: { path: string; uncovered: [number, number][] }[];
  unreported: string[];
  outside: string[];
}

function patchJson(args: string[], cwd: string): PatchJson {
  const r = cli([...args, '--json'], cwd);
  expect(r.stderr).toBe('');
  expect(r.code).toBe(0);
  return (JSON.parse(r.stdout) as { patch: PatchJson }).patch;
}

beforeAll(() => {
  ({ tmp, env } = gitSandbox('cli-git', { TEST_LADDER_NOW: '2026-11-22T12:00:00Z' }));
  repo = path.join(tmp, 'repo');
  mkdirSync(repo);
  git('init', '-q', '-b', 'main');
  write('src/app.py', 'a = 1\nb = 2\n');
  write('top.py', 'x = 1\n');
  git('add', '-A');
  git('commit', '-q', '-m', 'base');
  git('checkout', '-q', '-b', 'topic');
  write('src/app.py', 'a = 1\nb = 2\nc = 3\nd = 4\ne = 5\n');
  write('top.py', 'x = 1\ny = 2\nz = 3\nw = 4\n');
  git('add', '-A');
  git('commit', '-q', '-m', 'change');
  // Lines 1-3 of app.py and 1-2 of top.py ran, as a Cobertura report from the root lists them.
  const lines = (n: number, hit: number) =>
    Array.from({ length: n }, (_, i) => `<line number="${i + 1}" hits="${i < hit ? 1 : 0}"/>`).join('');
  writeFileSync(
    path.join(tmp, 'cov.xml'),
    `<?xml version="1.0" ?>\n<coverage version="7.4"><sources><source>${repo}</source></sources><packages><package name="."><classes>` +
      `<class name="app.py" filename="src/app.py"><lines>${lines(5, 3)}</lines></class>` +
      `<class name="top.py" filename="top.py"><lines>${lines(4, 2)}</lines></class>` +
      `</classes></package></packages></coverage>\n`,
  );
});

afterAll(() => {
  rmSync(tmp, { recursive: true, force: true });
});

describe('coverage --base-ref from a subdirectory', () => {
  it('judges the files under it as the root does, and lists the changed file outside it', () => {
    const cov = path.join(tmp, 'cov.xml');
    const fromRoot = patchJson(['coverage', cov, '--base-ref', 'main'], repo);
    const fromSrc = patchJson(['coverage', cov, '--base-ref', 'main'], path.join(repo, 'src'));
    expect(fromRoot.outside).toEqual([]);
    expect(fromRoot.files.map((f) => f.path)).toEqual(['src/app.py', 'top.py']);
    // git's count of the lines the branch adds, against what the CLI saw change.
    const numstat = (dir: string) =>
      git('diff', '--numstat', 'main...HEAD', '--', dir)
        .trim()
        .split('\n')
        .reduce((s, l) => s + Number(l.split('\t')[0]), 0);
    expect(fromRoot.changed_lines).toBe(numstat('.'));
    expect(fromSrc.changed_lines).toBe(numstat('src'));
    expect(fromSrc.files).toEqual([{ path: 'app.py', uncovered: fromRoot.files[0]!.uncovered }]);
    expect(fromSrc.total).toBeGreaterThan(0);
    expect(fromSrc.outside).toEqual(['top.py']);

    const text = cli(['coverage', cov, '--base-ref', 'main'], path.join(repo, 'src'));
    expect(text.code).toBe(0);
    expect(text.stdout).toMatch(/^ {12}1 changed file outside src\/, not judged from here: top\.py$/m);
  });

  it('a diff whose files no report lists: shown, and warned about, not a silent 0/0', () => {
    const diff = path.join(tmp, 'src.diff');
    writeFileSync(diff, git('diff', 'main...HEAD', '--', 'src'));
    // From src/ the report maps app.py as `app.py`; the diff names it from the root.
    const r = cli(['coverage', path.join(tmp, 'cov.xml'), '--diff', diff], path.join(repo, 'src'));
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^patch: +n\/a \(0\/0 changed executable lines\)$/m);
    expect(r.stdout).toMatch(/^ {12}1 changed file in no coverage report: src\/app\.py$/m);
    expect(r.stderr).toMatch(/^warning: the one changed file that adds lines is not in the coverage report/m);
  });
});

describe('coverage --diff with a file that is no diff', () => {
  it('exits 2 naming the file, the line and what was expected', () => {
    writeFileSync(path.join(tmp, 'g.diff'), 'garbage\n');
    const r = cli(['coverage', 'cov.xml', '--diff', 'g.diff'], tmp);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain(
      'g.diff:1: expected a unified diff (`diff --git`, `--- a/…` / `+++ b/…` headers or an `@@` hunk), found "garbage"',
    );
  });

  it('an empty diff is a change of no lines', () => {
    writeFileSync(path.join(tmp, 'empty.diff'), '');
    expect(patchJson(['coverage', 'cov.xml', '--diff', 'empty.diff'], tmp)).toMatchObject({
      covered: 0,
      total: 0,
      changed_lines: 0,
      unreported: [],
    });
  });
});
