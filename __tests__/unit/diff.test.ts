import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseUnifiedDiff, type ChangedFiles } from '../../src/analysis/diff.js';
import { InputError } from '../../src/model/errors.js';

const parse = (text: string) => parseUnifiedDiff(text, 'pr.diff');
const asObject = (c: ChangedFiles) => Object.fromEntries([...c].map(([k, v]) => [k, [...v]]));
const lines = (...l: string[]) => l.join('\n') + '\n';

/** The InputError a parse throws, with its location. */
function errorOf(text: string, opts?: { maxChangedLines?: number }): InputError {
  try {
    parseUnifiedDiff(text, 'pr.diff', opts);
  } catch (e) {
    if (e instanceof InputError) return e;
    throw e;
  }
  throw new Error('expected an InputError');
}

describe('git diffs', () => {
  it('numbers added lines from the hunk header, counting context lines and not removed ones', () => {
    const diff = lines(
      'diff --git a/src/a.py b/src/a.py',
      'index 1111111..2222222 100644',
      '--- a/src/a.py',
      '+++ b/src/a.py',
      '@@ -10,6 +10,7 @@ def f():',
      ' ctx10',
      ' ctx11',
      '-old12',
      '+new12',
      '+new13',
      ' ctx14',
      ' ctx15',
      ' ctx16',
      '@@ -40,2 +41,3 @@',
      '-gone',
      ' ctx41',
      '+new42',
      '+new43',
    );
    expect(asObject(parse(diff))).toEqual({ 'src/a.py': [12, 13, 42, 43] });
  });

  it('reads several files, a new file, and -U0 hunks whose old count is zero', () => {
    const diff = lines(
      'diff --git a/a.py b/a.py',
      '--- a/a.py',
      '+++ b/a.py',
      '@@ -7,0 +8,2 @@ x',
      '+one',
      '+two',
      '@@ -20 +22 @@',
      '-was',
      '+is',
      'diff --git a/new.py b/new.py',
      'new file mode 100644',
      'index 0000000..3333333',
      '--- /dev/null',
      '+++ b/new.py',
      '@@ -0,0 +1,3 @@',
      '+a',
      '+b',
      '+c',
    );
    expect(asObject(parse(diff))).toEqual({ 'a.py': [8, 9, 22], 'new.py': [1, 2, 3] });
  });

  it('leaves out deleted and binary files, keeps renames, copies, mode changes and empty new files with no lines', () => {
    const diff = lines(
      'diff --git a/gone.py b/gone.py',
      'deleted file mode 100644',
      'index 1111111..0000000',
      '--- a/gone.py',
      '+++ /dev/null',
      '@@ -1,2 +0,0 @@',
      '-x',
      '-y',
      'diff --git a/logo.png b/logo.png',
      'new file mode 100644',
      'index 0000000..4444444',
      'Binary files /dev/null and b/logo.png differ',
      'diff --git a/icon.png b/icon.png',
      'index 5555555..6666666 100644',
      'GIT binary patch',
      'literal 12',
      'TcmZ?wbhEHbRA%5{00A5Mv',
      '',
      'literal 0',
      'HcmV?d00001',
      '',
      'diff --git a/old name.py b/new name.py',
      'similarity index 100%',
      'rename from old name.py',
      'rename to new name.py',
      'diff --git a/src/x.py b/src/y.py',
      'similarity index 80%',
      'copy from src/x.py',
      'copy to src/y.py',
      '--- a/src/x.py',
      '+++ b/src/y.py',
      '@@ -3 +3 @@',
      '-a',
      '+b',
      'diff --git a/run.sh b/run.sh',
      'old mode 100644',
      'new mode 100755',
      'diff --git a/empty.txt b/empty.txt',
      'new file mode 100644',
      'index 0000000..e69de29',
    );
    expect(asObject(parse(diff))).toEqual({
      'new name.py': [],
      'src/y.py': [3],
      'run.sh': [],
      'empty.txt': [],
    });
  });

  it('takes the name from +++ when the diff --git names cannot be split (a rename with spaces)', () => {
    const diff = lines(
      'diff --git a/a b c.py b/d b e.py',
      'similarity index 90%',
      'rename from a b c.py',
      'rename to d b e.py',
      '--- a/a b c.py',
      '+++ b/d b e.py\t',
      '@@ -1 +1 @@',
      '-x',
      '+y',
    );
    expect(asObject(parse(diff))).toEqual({ 'd b e.py': [1] });
  });

  it('decodes quoted names: C escapes and octal UTF-8 bytes', () => {
    const diff = lines(
      'diff --git "a/sp ace\\tx" "b/sp ace\\tx"',
      'index 1..2 100644',
      '--- "a/sp ace\\tx"',
      '+++ "b/sp ace\\tx"',
      '@@ -1 +1 @@',
      '-a',
      '+b',
      'diff --git "a/caf\\303\\251.py" "b/caf\\303\\251.py"',
      'old mode 100644',
      'new mode 100755',
      'diff --git a/q.py "b/say \\"hi\\"\\\\.py"',
      'similarity index 100%',
      'rename from q.py',
      'rename to "say \\"hi\\"\\\\.py"',
    );
    expect(asObject(parse(diff))).toEqual({ 'sp ace\tx': [1], 'café.py': [], 'say "hi"\\.py': [] });
  });

  it('splits unquoted names holding spaces where both halves name one file', () => {
    const diff = lines('diff --git a/my dir/a b.py b/my dir/a b.py', 'old mode 100644', 'new mode 100755');
    expect([...parse(diff).keys()]).toEqual(['my dir/a b.py']);
  });

  it('strips mnemonic prefixes (c/ w/) but keeps the names of a no-prefix diff whole', () => {
    const mnemonic = lines('diff --git c/x.py w/x.py', '--- c/x.py', '+++ w/x.py', '@@ -1 +1 @@', '-a', '+b');
    expect(asObject(parse(mnemonic))).toEqual({ 'x.py': [1] });
    const noprefix = lines(
      'diff --git src/x.py src/x.py',
      '--- src/x.py',
      '+++ src/x.py',
      '@@ -1 +1,2 @@',
      '-a',
      '+b',
      '+c',
    );
    expect(asObject(parse(noprefix))).toEqual({ 'src/x.py': [1, 2] });
  });

  it('walks hunk bodies by count: removed "-- x" and added "++ y" lines are not headers', () => {
    const diff = lines(
      'diff --git a/doc.md b/doc.md',
      '--- a/doc.md',
      '+++ b/doc.md',
      '@@ -1,3 +1,3 @@',
      '--- a/old',
      '+++ b/new',
      ' diff --git a/x b/x',
      '-@@ -1 +1 @@',
      '+@@ -2 +2 @@',
    );
    expect(asObject(parse(diff))).toEqual({ 'doc.md': [1, 3] });
  });

  it('counts "\\ No newline at end of file" as nothing (diff-cover shifts the lines after it)', () => {
    const diff = lines(
      'diff --git a/a.txt b/a.txt',
      '--- a/a.txt',
      '+++ b/a.txt',
      '@@ -1,2 +1,3 @@',
      ' a',
      '-b',
      '\\ No newline at end of file',
      '+b',
      '+c',
      '\\ No newline at end of file',
    );
    expect(asObject(parse(diff))).toEqual({ 'a.txt': [2, 3] });
  });

  it('reads CRLF diffs and context lines whose space was stripped', () => {
    const lf = lines(
      'diff --git a/a.py b/a.py',
      '--- a/a.py',
      '+++ b/a.py',
      '@@ -1,3 +1,4 @@',
      ' one',
      '',
      '+three',
      ' four',
    );
    expect(asObject(parse(lf))).toEqual({ 'a.py': [3] });
    expect(asObject(parse(lf.replace(/\n/g, '\r\n')))).toEqual({ 'a.py': [3] });
  });

  it('unions a file that appears twice and sorts hunks given out of order', () => {
    const diff = lines(
      '--- a/a.py',
      '+++ b/a.py',
      '@@ -9 +9 @@',
      '-x',
      '+y',
      '@@ -2 +2 @@',
      '-x',
      '+y',
      '--- a/a.py',
      '+++ b/a.py',
      '@@ -5,0 +6 @@',
      '+z',
      '@@ -2 +2 @@',
      '-x',
      '+y',
    );
    expect(asObject(parse(diff))).toEqual({ 'a.py': [2, 6, 9] });
  });
});

describe('plain diff -u and mail', () => {
  it('reads diff -u with timestamps and strips b/ only when the other side has a/', () => {
    const diff = lines(
      '--- src/app.py.orig\t2026-01-01 10:00:00.000000000 +0000',
      '+++ src/app.py\t2026-01-01 10:05:00.000000000 +0000',
      '@@ -1,2 +1,2 @@',
      ' keep',
      '-old',
      '+new',
      'diff -ruN a/lib/b.py b/lib/b.py',
      '--- a/lib/b.py\t2026-01-01 10:00:00.000000000 +0000',
      '+++ b/lib/b.py\t2026-01-01 10:05:00.000000000 +0000',
      '@@ -0,0 +1 @@',
      '+x',
      'Only in a: stale.py',
      'Binary files a/img.png and b/img.png differ',
      '--- /dev/null\t1970-01-01 00:00:00.000000000 +0000',
      '+++ b/lib/new.py\t2026-01-01 10:05:00.000000000 +0000',
      '@@ -0,0 +1,2 @@',
      '+p',
      '+q',
      '--- ./rel.py',
      '+++ ./rel.py',
      '@@ -3 +3 @@',
      '-r',
      '+s',
    );
    expect(asObject(parse(diff))).toEqual({
      'src/app.py': [2],
      'lib/b.py': [1],
      'lib/new.py': [1, 2],
      'rel.py': [3],
    });
  });

  it('reads git format-patch mail: headers, diffstat, and the "-- " signature after the last hunk', () => {
    const mail = lines(
      'From 1234 Mon Sep 17 00:00:00 2001',
      'From: A <a@example.com>',
      'Subject: [PATCH] x',
      '',
      '---',
      ' a.py | 2 +-',
      ' 1 file changed, 1 insertion(+), 1 deletion(-)',
      '',
      'diff --git a/a.py b/a.py',
      'index 1..2 100644',
      '--- a/a.py',
      '+++ b/a.py',
      '@@ -4 +4 @@',
      '-x',
      '+y',
      '-- ',
      '2.39.5',
      '',
    );
    expect(asObject(parse(mail))).toEqual({ 'a.py': [4] });
  });

  it('an empty diff changes nothing', () => {
    expect(parse('').size).toBe(0);
    expect(parse('\n\n').size).toBe(0);
  });
});

describe('malformed diffs are InputErrors naming the diff line', () => {
  const head = ['diff --git a/a.py b/a.py', '--- a/a.py', '+++ b/a.py'];

  it('a hunk before any file header', () => {
    const e = errorOf(lines('@@ -1 +1 @@', '-a', '+b'));
    expect(e.location).toEqual({ file: 'pr.diff', line: 1 });
    expect(e.message).toBe('pr.diff:1: a hunk before any file header (`diff --git` or `---`/`+++`)');
  });

  it('a plain --- without +++ before the hunk', () => {
    expect(errorOf(lines('--- a.py', '@@ -1 +1 @@', '-a', '+b')).location?.line).toBe(2);
  });

  it('a hunk that ends early (a header line while counts remain)', () => {
    const e = errorOf(lines(...head, '@@ -1,2 +1,3 @@', '-a', '+b', 'diff --git a/b.py b/b.py'));
    expect(e.location?.line).toBe(7);
    expect(e.message).toBe(
      'pr.diff:7: the hunk at line 4 (@@ -1,2 +1,3 @@) still expects 1 old and 2 new lines, but this line is not part of a hunk',
    );
  });

  it('a diff that ends inside a hunk (truncated)', () => {
    const e = errorOf(lines(...head, '@@ -1 +1,3 @@', '-a', '+b'));
    expect(e.location?.line).toBe(4);
    expect(e.message).toMatch(
      /ends inside the hunk at line 4 .* still expects 0 old and 2 new lines; is it truncated\?$/,
    );
  });

  it('more added lines than the header counts', () => {
    const e = errorOf(lines(...head, '@@ -1 +1 @@', '-a', '+b', '+c'));
    expect(e.location?.line).toBe(7);
    expect(e.message).toBe(
      'pr.diff:7: more lines follow the hunk than its header counts (the hunk ended on the line before)',
    );
  });

  it('an added line beyond the new count while old lines remain', () => {
    const e = errorOf(lines(...head, '@@ -1,2 +1 @@', '+b', '+c', '-a', '-d'));
    expect(e.location?.line).toBe(6);
    expect(e.message).toMatch(/^pr\.diff:6: a added line beyond what the hunk at line 4/);
  });

  it('a context line when one side is used up', () => {
    expect(errorOf(lines(...head, '@@ -1,2 +1 @@', '-a', ' b', ' c')).location?.line).toBe(7);
  });

  it('a malformed hunk header', () => {
    const e = errorOf(lines(...head, '@@ -a +b @@'));
    expect(e.message).toBe('pr.diff:4: a hunk header must read `@@ -start,count +start,count @@`');
  });

  it('a hunk header that starts new lines at 0, or counts nothing', () => {
    expect(errorOf(lines(...head, '@@ -1 +0,1 @@', '-a', '+b')).location?.line).toBe(4);
    expect(errorOf(lines(...head, '@@ -1,0 +1,0 @@')).location?.line).toBe(4);
  });

  it('line numbers too large to be real', () => {
    expect(errorOf(lines(...head, '@@ -1 +9999999999 @@', '-a', '+b')).message).toMatch(/line numbers above/);
  });

  it('combined merge diffs', () => {
    expect(errorOf(lines('diff --cc a.py', '@@@ -1,1 -1,1 +1,1 @@@')).location?.line).toBe(1);
    expect(errorOf(lines(...head, '@@@ -1 -1 +1 @@@')).location?.line).toBe(4);
  });

  it('a quoted name without its closing quote, or with an unknown escape', () => {
    expect(errorOf(lines('diff --git "a/x', 'old mode 1')).message).toMatch(/without its closing quote/);
    expect(errorOf(lines('--- "a/\\q"', '+++ b/x')).message).toMatch(/unknown escape \\q/);
  });

  it('more added lines than the cap', () => {
    const e = errorOf(lines(...head, '@@ -0,0 +1,3 @@', '+a', '+b', '+c'), { maxChangedLines: 2 });
    expect(e.location?.line).toBe(7);
    expect(e.message).toBe('pr.diff:7: the diff adds more than 2 lines; refusing to hold them all');
  });
});

/** One hunk as a list of operations on the old and new file, rendered with honest counts. */
type Op = ' ' | '+' | '-';

function render(path: string, hunks: { gap: number; ops: Op[] }[]): { text: string; added: number[] } {
  const out = [`diff --git a/${path} b/${path}`, `--- a/${path}`, `+++ b/${path}`];
  const added: number[] = [];
  let oldLine = 1;
  let newLine = 1;
  for (const h of hunks) {
    oldLine += h.gap;
    newLine += h.gap;
    const oldCount = h.ops.filter((o) => o !== '+').length;
    const newCount = h.ops.filter((o) => o !== '-').length;
    // git's convention: a side with no lines is numbered by the line before it.
    const oldStart = oldCount === 0 ? oldLine - 1 : oldLine;
    const newStart = newCount === 0 ? newLine - 1 : newLine;
    out.push(`@@ -${oldStart},${oldCount} +${newStart},${newCount} @@`);
    for (const o of h.ops) {
      if (o === '+') added.push(newLine);
      if (o !== '+') oldLine++;
      if (o !== '-') newLine++;
      out.push(`${o}line`);
    }
  }
  return { text: out.join('\n') + '\n', added };
}

describe('properties', () => {
  const hunk = fc.record({
    gap: fc.integer({ min: 0, max: 20 }),
    ops: fc
      .array(fc.constantFrom<Op>(' ', '+', '-'), { minLength: 1, maxLength: 12 })
      .filter((ops) => ops.some((o) => o !== ' ')),
  });

  it('the added lines are exactly the + lines, numbered by the header and the lines before them', () => {
    fc.assert(
      fc.property(fc.array(hunk, { minLength: 1, maxLength: 8 }), (hunks) => {
        const { text, added } = render('f.py', hunks);
        expect(asObject(parse(text))).toEqual({ 'f.py': added });
      }),
    );
  });

  it('arbitrary text is a map of sorted unique lines or an InputError, nothing else', () => {
    const diffish = fc
      .array(
        fc.oneof(
          fc.constantFrom(
            'diff --git a/x b/x',
            '--- a/x',
            '+++ b/x',
            '+++ /dev/null',
            '@@ -1,2 +1,2 @@',
            '@@ -0,0 +1 @@',
            '@@ -3 +3,0 @@',
            '+a',
            '-b',
            ' c',
            '',
            '\\ No newline at end of file',
            'rename to "q\\303"',
            'Binary files a/x and b/x differ',
          ),
          fc.string({ maxLength: 12 }),
        ),
        { maxLength: 30 },
      )
      .map((l) => l.join('\n'));
    fc.assert(
      fc.property(diffish, (text) => {
        try {
          const r = parse(text);
          for (const v of r.values())
            for (let i = 1; i < v.length; i++) expect(v[i]!).toBeGreaterThan(v[i - 1]!);
        } catch (e) {
          expect(e).toBeInstanceOf(InputError);
        }
      }),
    );
  });

  it('a 100,000-line diff of 60 files reads every added line', () => {
    const parts: string[] = [];
    let expected = 0;
    for (let f = 0; f < 60; f++) {
      parts.push(`diff --git a/pkg/m${f}.py b/pkg/m${f}.py`, `--- a/pkg/m${f}.py`, `+++ b/pkg/m${f}.py`);
      for (let h = 0; h < 80; h++) {
        parts.push(`@@ -${h * 100 + 1},20 +${h * 100 + 1},21 @@`);
        for (let i = 0; i < 10; i++) parts.push(' same');
        parts.push('-old', '+new', '+more');
        for (let i = 0; i < 9; i++) parts.push(' same');
        expected += 2;
      }
    }
    expect(parts.length).toBeGreaterThan(100_000);
    const r = parse(parts.join('\n'));
    expect(r.size).toBe(60);
    expect([...r.values()].reduce((s, v) => s + v.length, 0)).toBe(expected);
    expect(r.get('pkg/m59.py')!.slice(0, 4)).toEqual([11, 12, 111, 112]);
  });
});
