import { spawnSync } from 'node:child_process';
import { chmodSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseUnifiedDiff, type ChangedFiles } from '../../src/analysis/diff.js';
import { InputError } from '../../src/model/errors.js';
import { gitSandbox } from '../helpers/git-sandbox.js';

/**
 * What parseUnifiedDiff accepts as a diff and what it refuses, on the output of real git and GNU
 * diff made here: every form git and diff write is read to the lines `git blame` attributes to
 * the change; text that is no diff, a colored diff, and diffs cut short are InputErrors naming
 * the line.
 */

let tmp: string;
let env: NodeJS.ProcessEnv;
let repo: string;

function run(cwd: string, cmd: string, args: string[]): string {
  const r = spawnSync(cmd, args, { cwd, env, encoding: 'utf8', maxBuffer: 1 << 24 });
  // GNU diff and `git diff --no-index` exit 1 when the inputs differ.
  if (r.error || (r.status !== 0 && r.status !== 1)) throw new Error(`${cmd} ${args.join(' ')}: ${r.stderr}`);
  return r.stdout;
}
const git = (...args: string[]) => run(repo, 'git', args);

function write(file: string, text: string | Uint8Array, root = repo): void {
  mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
  writeFileSync(path.join(root, file), text);
}

const asObject = (c: ChangedFiles) => Object.fromEntries([...c].map(([k, v]) => [k, [...v]]));
const parse = (text: string, file = 'pr.diff') => asObject(parseUnifiedDiff(text, file));

function errorOf(text: string, file = 'pr.diff'): InputError {
  try {
    parseUnifiedDiff(text, file);
  } catch (e) {
    if (e instanceof InputError) return e;
    throw e;
  }
  throw new Error('expected an InputError');
}

/**
 * What the branch changes, as git itself reports it and independently of any diff text: for each
 * file that exists at HEAD and is not binary (numstat), the lines `git blame main..HEAD` gives to
 * the branch's commits rather than to the boundary (`^`).
 */
function blameOracle(): Record<string, number[]> {
  const out: Record<string, number[]> = {};
  const tokens = git('diff', '--numstat', '-z', '-M', 'main...HEAD').split('\0');
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (t === '') continue;
    const [added, , name] = t.split('\t');
    // A rename: the old and new names follow as tokens of their own.
    const file = name === '' ? tokens[(i += 2)]! : name!;
    if (added === '-') continue;
    if (spawnSync('git', ['cat-file', '-e', `HEAD:${file}`], { cwd: repo, env }).status !== 0) continue;
    const lines = git('blame', '-l', '-s', 'main..HEAD', '--', file)
      .split('\n')
      .filter((l) => l !== '')
      .flatMap((l, n) => (l.startsWith('^') ? [] : [n + 1]));
    expect(lines.length).toBe(Number(added));
    out[file] = lines;
  }
  return out;
}

let oracle: Record<string, number[]>;

beforeAll(() => {
  ({ tmp, env } = gitSandbox('diff-input', { LC_ALL: 'C' }));
  repo = path.join(tmp, 'repo');
  mkdirSync(repo);
  git('init', '-q', '-b', 'main');
  write('a.py', 'one\ntwo\nthree\n');
  write('mode.sh', 'keep\n');
  write('del.py', 'gone\n');
  write('emptydel', '');
  write('b.bin', Uint8Array.of(0, 1, 98, 105, 110));
  write('old.py', 'r1\nr2\nr3\nr4\nr5\nr6\n');
  write('sp ace/caf\u00e9.py', 'x\n');
  git('add', '-A');
  git('commit', '-q', '-m', 'base');
  git('checkout', '-q', '-b', 'topic');
  write('a.py', 'one\nTWO\nthree\nfour'); // and no newline at the end
  chmodSync(path.join(repo, 'mode.sh'), 0o755);
  git('rm', '-q', 'del.py', 'emptydel');
  write('b.bin', Uint8Array.of(0, 2, 98, 105, 110));
  git('mv', 'old.py', 'new.py');
  write('new.py', 'r1\nr2\nr3\nr4\nr5\nr6\nr7\n');
  write('newempty', '');
  write('sp ace/caf\u00e9.py', 'x\ny\n');
  git('add', '-A');
  // A message holding lines that read like a plain diff's file header.
  git('commit', '-q', '-m', 'change things\n\n--- a dashed line\n+++ and a plus one');
  git('commit', '-q', '--allow-empty', '-m', 'empty commit');
  chmodSync(path.join(repo, 'mode.sh'), 0o644);
  git('commit', '-q', '-a', '-m', 'mode only');
  oracle = blameOracle();
});

afterAll(() => {
  rmSync(tmp, { recursive: true, force: true });
});

describe('every form git writes a change in reads to the lines git blame gives the change', () => {
  it('the oracle holds what the branch did: edits, a rename with an added line, a quoted name, an empty file', () => {
    expect(Object.keys(oracle).sort()).toEqual(['a.py', 'new.py', 'newempty', 'sp ace/caf\u00e9.py']);
    expect(oracle['newempty']).toEqual([]);
  });

  it.each([
    ['git diff', []],
    ['--no-prefix', ['--no-prefix']],
    ['-U0', ['-U0']],
    ['--binary', ['--binary']],
    ['--stat -p', ['--stat', '-p']],
    ['--summary -p', ['--summary', '-p']],
    ['--patch-with-raw', ['--patch-with-raw']],
    ['--function-context', ['-W']],
    ['--full-index', ['--full-index']],
    ['mnemonic prefixes', ['--src-prefix=i/', '--dst-prefix=w/']],
  ])('%s', (_name, args) => {
    expect(parse(git('diff', ...args, 'main...HEAD'))).toEqual(oracle);
  });

  it('with CRLF line endings', () => {
    expect(parse(git('diff', 'main...HEAD').replace(/\n/g, '\r\n'))).toEqual(oracle);
  });

  it('git show of the commit: its header and message come before the diff', () => {
    // That commit also made mode.sh executable (a later one undoes it): touched, no lines.
    expect(parse(git('show', 'HEAD~2'))).toEqual({ ...oracle, 'mode.sh': [] });
  });

  it('several commits: git log -p, with any --format, and git format-patch --stdout mail', () => {
    // The later mode-only commit touches mode.sh again, with no lines.
    const expected = { ...oracle, 'mode.sh': [] };
    expect(parse(git('log', '-p', 'main..HEAD'))).toEqual(expected);
    expect(parse(git('log', '-p', '--stat', 'main..HEAD'))).toEqual(expected);
    expect(parse(git('log', '-p', '--format=%H %s%n%n%b', 'main..HEAD'))).toEqual(expected);
    const mail = git('format-patch', '--stdout', 'main..HEAD');
    expect(mail).toContain('\n--- a dashed line\n+++ and a plus one\n');
    // The message's `---`/`+++` pair, which no hunk follows, is text and names no file.
    expect(parse(mail)).toEqual(expected);
  });

  it('a commit that changes nothing: git show, git log -p and format-patch --always write only its header', () => {
    for (const text of [
      git('show', 'HEAD~1'),
      git('log', '-p', 'HEAD~2..HEAD~1'),
      git('format-patch', '--always', '--stdout', 'HEAD~2..HEAD~1'),
    ]) {
      expect(text.trim()).not.toBe('');
      expect(parse(text)).toEqual({});
    }
    // A mode change only: a file touched with no lines.
    expect(parse(git('format-patch', '--stdout', 'HEAD~1..HEAD'))).toEqual({ 'mode.sh': [] });
  });

  it('GNU diff -u, -ru and -ruN of two trees read as git diff --no-index reads them', () => {
    const trees = path.join(tmp, 'trees');
    write('a/x.py', '1\n2\n3\n', trees);
    write('b/x.py', '1\n3\n4\n', trees);
    write('a/only.py', 'o\n', trees);
    write('b/new.py', 'n\nm\n', trees);
    write('a/z.bin', Uint8Array.of(0), trees);
    write('b/z.bin', Uint8Array.of(1), trees);
    // git names the trees' files a/… and b/…; a file on one side only is b/… on both.
    const reference = Object.fromEntries(
      Object.entries(parse(run(trees, 'git', ['diff', '--no-index', '--no-prefix', 'a', 'b']))).map(
        ([k, v]) => [k.replace(/^b\//, ''), v],
      ),
    );
    expect(reference['x.py']!.length).toBeGreaterThan(0);
    const ruN = run(trees, 'diff', ['-ruN', 'a', 'b']);
    expect(ruN).toMatch(/^Binary files a\/z\.bin and b\/z\.bin differ$/m);
    // diff -N names a deleted file's new side with a timestamp, not /dev/null: touched, no lines.
    expect(parse(ruN)).toEqual({ ...reference, 'only.py': [] });
    const ru = run(trees, 'diff', ['-ru', 'a', 'b']);
    expect(ru).toMatch(/^Only in b: new\.py$/m);
    expect(parse(ru)).toEqual({ 'x.py': reference['x.py'] });
    expect(parse(run(trees, 'diff', ['-u', 'a/x.py', 'b/x.py']))).toEqual({ 'x.py': reference['x.py'] });
  });

  it('diff -r notices alone, and diffs of identical inputs, change nothing', () => {
    const trees = path.join(tmp, 'notices');
    write('a/same.py', 's\n', trees);
    write('b/same.py', 's\n', trees);
    write('b/added.py', 'n\n', trees);
    const notices = run(trees, 'diff', ['-r', 'a', 'b']);
    expect(notices).toBe('Only in b: added.py\n');
    expect(parse(notices)).toEqual({});
    expect(run(trees, 'diff', ['-u', 'a/same.py', 'b/same.py'])).toBe('');
    expect(parse(git('diff', 'HEAD', 'HEAD'))).toEqual({});
  });
});

describe('input that is no diff is refused at its first line of text', () => {
  const expected = (found: string, file = 'pr.diff', line = 1) =>
    `${file}:${line}: expected a unified diff (\`diff --git\`, \`--- a/…\` / \`+++ b/…\` headers or an \`@@\` hunk), found ${found}`;

  it('a word', () => {
    const e = errorOf('garbage\n', 'g.diff');
    expect(e.location).toEqual({ file: 'g.diff', line: 1 });
    expect(e.message).toBe(expected('"garbage"', 'g.diff'));
  });

  it('after blank lines, without a final newline, with CRLF', () => {
    expect(errorOf('\n  \nnot a diff').message).toBe(expected('"not a diff"', 'pr.diff', 3));
    expect(errorOf('not\r\na diff\r\n').message).toBe(expected('"not"'));
  });

  it('a long line is cut short; binary data is named as such', () => {
    expect(errorOf('x'.repeat(500)).message).toBe(expected(JSON.stringify('x'.repeat(80) + '…')));
    const gz = gzipSync(git('diff', 'main...HEAD')).toString('latin1');
    expect(errorOf(gz).message).toMatch(/found binary data \(a compressed or binary file\?\)$/);
  });

  it('a commit message, JSON, or a header pair that no hunk follows', () => {
    expect(errorOf('Fix the thing\n\nIt was broken.\n').message).toBe(expected('"Fix the thing"'));
    expect(errorOf('{"files": []}\n').location?.line).toBe(1);
    expect(errorOf('--- a/x.py\n+++ b/x.py\nno hunk\n').message).toBe(expected('"--- a/x.py"'));
  });

  it('git log --graph output, whose every line is drawn behind the graph', () => {
    const e = errorOf(git('log', '-p', '--graph', 'main..HEAD'));
    expect(e.location?.line).toBe(1);
    expect(e.message).toMatch(/found "\* commit [0-9a-f]{40}/);
  });

  it('a colored diff (color.ui=always) is named as such', () => {
    const e = errorOf(git('diff', '--color=always', 'main...HEAD'));
    expect(e.message).toBe(
      'pr.diff:1: the diff is colored (ANSI escape codes); write it with `git diff --no-color`',
    );
  });

  it('blank input is a diff that changes nothing', () => {
    for (const text of ['', '\n', '\n\n', ' \n\t\n', '\r\n']) expect(parse(text)).toEqual({});
  });
});

describe('a diff cut short or with text inside a file is refused at the line', () => {
  it('every cut of a real git diff either fails or reads a part of the whole; cuts in a header or hunk fail', () => {
    const text = git('diff', '-U1', 'main...HEAD');
    const lines = text.split('\n').slice(0, -1);
    const whole = parse(text);
    let unfinishedCuts = 0;
    for (let k = 1; k < lines.length; k++) {
      const cut = lines.slice(0, k).join('\n') + '\n';
      const last = lines[k - 1]!;
      const next = lines[k]!;
      let got: Record<string, number[]> | InputError;
      try {
        got = parse(cut);
      } catch (e) {
        if (!(e instanceof InputError)) throw e;
        got = e;
      }
      // A cut after `---`, `+++` or `@@`, or between two lines of a hunk, leaves a file unfinished.
      const body = (l: string) => /^[ +-]/.test(l) && !/^(?:--- |\+\+\+ )/.test(l);
      const unfinished = /^(?:--- |\+\+\+ |@@ )/.test(last) || (body(last) && body(next));
      if (unfinished) {
        unfinishedCuts++;
        expect(got, `cut after line ${k}: ${last}`).toBeInstanceOf(InputError);
        continue;
      }
      if (got instanceof InputError) continue;
      for (const [file, added] of Object.entries(got))
        expect(whole[file], `cut after line ${k}: ${file}`).toEqual(expect.arrayContaining(added));
    }
    // Four files with hunks: at least their `---`, `+++` and `@@` lines.
    expect(unfinishedCuts).toBeGreaterThanOrEqual(12);
  });

  it('a git diff ending on its `---` or `+++` line: the message names the line and the file', () => {
    const head = ['diff --git a/a.py b/a.py', 'index 1..2 100644', '--- a/a.py', '+++ b/a.py'];
    expect(errorOf(head.slice(0, 3).join('\n') + '\n').message).toBe(
      'pr.diff:3: the diff ends on the `---` line of a file header; is it truncated?',
    );
    expect(errorOf(head.join('\n') + '\n').message).toBe(
      'pr.diff:4: the diff ends on the `+++` line of "a.py", before its first hunk; is it truncated?',
    );
  });

  it('a git file header broken between `---`, `+++` and the first hunk', () => {
    const e = errorOf('diff --git a/a.py b/a.py\n--- a/a.py\n@@ -1 +1 @@\n-a\n+b\n');
    expect(e.message).toBe(
      'pr.diff:3: expected the `+++` line that follows `---` in a file header, found "@@ -1 +1 @@"',
    );
    const f = errorOf('diff --git a/a.py b/a.py\n--- a/a.py\n+++ b/a.py\nstray\n@@ -1 +1 @@\n-a\n+b\n');
    expect(f.message).toBe(
      'pr.diff:4: expected the first `@@` hunk header of "a.py" after its `+++` line, found "stray"',
    );
  });

  it('text between two hunks of one file (git writes none there)', () => {
    const e = errorOf(
      [
        'diff --git a/a.py b/a.py',
        '--- a/a.py',
        '+++ b/a.py',
        '@@ -1 +1 @@',
        '-a',
        '+b',
        'an editor’s note',
        '@@ -5 +5 @@',
        '-c',
        '+d',
        '',
      ].join('\n'),
    );
    expect(e.location?.line).toBe(8);
    expect(e.message).toMatch(/^pr\.diff:8: a hunk header after line 7, which belongs to no hunk/);
  });

  it('a hunk whose header counts more lines than follow, before the next file (truncated hunk)', () => {
    const text = git('diff', 'main...HEAD');
    // Drop the last added line of a.py's hunk: the header still counts it.
    const broken = text.replace('+four\n', '');
    const e = errorOf(broken);
    expect(e.message).toMatch(/still expects 0 old and 1 new lines, but this line is not part of a hunk$/);
  });
});
