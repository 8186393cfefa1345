import { InputError } from '../model/errors.js';

/**
 * The lines a change adds, per file, read from a unified diff: `git diff` output (with its
 * `diff --git` headers, renames, modes and binary markers) or plain `diff -u` / `diff -ruN`.
 *
 * Keys are the files' paths on the new side, repository-relative POSIX as the diff spells them
 * with the `b/` prefix removed; values are the new-side numbers of the added or changed lines,
 * ascending and unique. A file the diff touches without adding a line (a pure rename, a mode
 * change, only deletions, an empty new file) maps to `[]`. Deleted files and binary files are
 * left out: they have no new-side lines to cover.
 */
export type ChangedFiles = ReadonlyMap<string, readonly number[]>;

/**
 * A diff adding more lines than this is refused rather than held in memory: at 8 bytes a line
 * number the cap bounds the result near 128 MiB whatever the input.
 */
export const MAX_CHANGED_LINES = 1 << 24;

/** Line numbers above this are not line numbers (and would lose precision further up). */
const MAX_LINE_NUMBER = 2_000_000_000;

const HUNK_HEADER = /^@@ -(\d{1,10})(?:,(\d{1,10}))? \+(\d{1,10})(?:,(\d{1,10}))? @@/;

const CH_CR = 13;
const CH_SPACE = 32;
const CH_PLUS = 43;
const CH_MINUS = 45;
const CH_BACKSLASH = 92;

interface Section {
  /** The new path once known (from `+++`, `rename to`, `copy to` or the `diff --git` line). */
  path: string | null;
  /** The path the `diff --git` line gives, used only when nothing more precise comes. */
  headerPath: string | null;
  /** Whether `diff --git` names carry one-letter prefixes (`a/`, `b/`) to strip from `+++`. */
  stripPrefix: boolean;
  git: boolean;
  sawOld: boolean;
  sawNew: boolean;
  hunks: number;
  deleted: boolean;
  binary: boolean;
  lines: number[];
  sorted: boolean;
}

interface Hunk {
  oldLeft: number;
  newLeft: number;
  next: number;
  /** The diff line of the `@@` header, for messages. */
  at: number;
  header: string;
}

/**
 * Parse a unified diff into the lines it adds. `file` names the diff in error messages. Anything
 * that is not a well-formed diff (a hunk before any file header, hunk counts that disagree with
 * the lines that follow, a combined merge diff) is an InputError naming the diff's line.
 *
 * Hunk bodies are walked by their header's counts, never by what a line looks like, so a removed
 * line that reads `--- x` or an added line that reads `+++ y` is never mistaken for a header.
 */
export function parseUnifiedDiff(
  text: string,
  file: string,
  opts: { readonly maxChangedLines?: number } = {},
): ChangedFiles {
  const maxChangedLines = opts.maxChangedLines ?? MAX_CHANGED_LINES;
  const out = new Map<string, number[]>();
  let total = 0;
  let section: Section | null = null;
  let hunk: Hunk | null = null;
  /** Whether the previous line ended a hunk: an extra `+`/`-`/` ` line right after means bad counts. */
  let justEnded = false;
  let lineNo = 0;
  let pos = 0;
  const len = text.length;

  const fail = (message: string, line = lineNo): never => {
    throw new InputError(message, { file, line });
  };

  const finish = (): void => {
    if (!section) return;
    const s = section;
    section = null;
    if (s.deleted || s.binary) return;
    const path = s.path ?? s.headerPath;
    if (path === null) {
      if (s.lines.length === 0) return;
      fail('a file section has hunks but no `+++` line or readable `diff --git` names; cannot tell its path');
    }
    const lines = s.sorted ? s.lines : sortUnique(s.lines);
    const seen = out.get(path!);
    out.set(path!, seen ? sortUnique(seen.concat(lines)) : lines);
  };

  const newSection = (git: boolean): Section => ({
    path: null,
    headerPath: null,
    stripPrefix: false,
    git,
    sawOld: false,
    sawNew: false,
    hunks: 0,
    deleted: false,
    binary: false,
    lines: [],
    sorted: true,
  });

  while (pos < len) {
    lineNo++;
    let end = text.indexOf('\n', pos);
    if (end < 0) end = len;
    const lineStart = pos;
    pos = end + 1;
    // CRLF diffs: the carriage return belongs to the line ending, not the line.
    let lineEnd = end;
    if (lineEnd > lineStart && text.charCodeAt(lineEnd - 1) === CH_CR) lineEnd--;
    const first = lineEnd > lineStart ? text.charCodeAt(lineStart) : -1;

    if (hunk) {
      const h: Hunk = hunk;
      if (first === CH_PLUS) {
        if (h.newLeft === 0) badCount(h, 'added', fail);
        h.newLeft--;
        if (++total > maxChangedLines)
          fail(`the diff adds more than ${maxChangedLines} lines; refusing to hold them all`);
        const s = section!;
        const last = s.lines.length > 0 ? s.lines[s.lines.length - 1]! : 0;
        if (h.next <= last) s.sorted = false;
        s.lines.push(h.next);
        h.next++;
      } else if (first === CH_MINUS) {
        if (h.oldLeft === 0) badCount(h, 'removed', fail);
        h.oldLeft--;
      } else if (first === CH_SPACE || first === -1) {
        // An empty line is a context line whose single space was stripped (mail, editors).
        if (h.oldLeft === 0 || h.newLeft === 0) badCount(h, 'context', fail);
        h.oldLeft--;
        h.newLeft--;
        h.next++;
      } else if (first === CH_BACKSLASH) {
        // `\ No newline at end of file`: about the previous line, adds nothing.
        continue;
      } else {
        fail(
          `the hunk at line ${h.at} (${h.header}) still expects ${h.oldLeft} old and ${h.newLeft} new lines, but this line is not part of a hunk`,
        );
      }
      if (h.oldLeft === 0 && h.newLeft === 0) {
        hunk = null;
        justEnded = true;
      }
      continue;
    }

    if (first === CH_BACKSLASH) continue;
    const line = text.slice(lineStart, lineEnd);
    const ended = justEnded;
    justEnded = false;

    if (line.startsWith('@@')) {
      if (line.startsWith('@@@'))
        fail('a combined (merge) diff is not supported; diff the merge base against HEAD instead');
      if (!section || (!section.git && !section.sawNew))
        fail('a hunk before any file header (`diff --git` or `---`/`+++`)');
      const m = HUNK_HEADER.exec(line);
      if (!m) fail('a hunk header must read `@@ -start,count +start,count @@`');
      const oldCount = m![2] === undefined ? 1 : Number(m![2]);
      const newStart = Number(m![3]);
      const newCount = m![4] === undefined ? 1 : Number(m![4]);
      if (newStart > MAX_LINE_NUMBER || newStart + newCount > MAX_LINE_NUMBER)
        fail(`line numbers above ${MAX_LINE_NUMBER} in a hunk header`);
      if (newCount > 0 && newStart === 0) fail('a hunk header with new lines must start at line 1 or later');
      if (oldCount === 0 && newCount === 0) fail('a hunk header that counts no lines at all');
      const s: Section = section!;
      s.hunks++;
      hunk = { oldLeft: oldCount, newLeft: newCount, next: newStart, at: lineNo, header: m![0] };
      continue;
    }

    if (ended && isStrayHunkLine(line))
      fail('more lines follow the hunk than its header counts (the hunk ended on the line before)');

    if (line.startsWith('diff --git ')) {
      finish();
      const s = newSection(true);
      const names = gitHeaderNames(line.slice('diff --git '.length), fail);
      if (names) {
        s.stripPrefix = hasPrefixes(names.old, names.new);
        s.headerPath = cleanPath(s.stripPrefix ? names.new.slice(2) : names.new);
      }
      section = s;
      continue;
    }
    if (line.startsWith('diff --cc ') || line.startsWith('diff --combined '))
      fail('a combined (merge) diff is not supported; diff the merge base against HEAD instead');

    if (line.startsWith('--- ')) {
      // In a git section before its hunks this is the old side's name; anywhere else it opens a
      // plain `diff -u` file.
      if (!section || !section.git || section.hunks > 0 || section.sawOld) {
        finish();
        section = newSection(false);
      }
      const s: Section = section!;
      s.sawOld = true;
      if (!s.git) s.stripPrefix = /^(?:a\/|\/dev\/null$)/.test(headerName(line.slice(4), fail));
      continue;
    }
    if (line.startsWith('+++ ')) {
      if (!section || section.hunks > 0) {
        finish();
        section = newSection(false);
      }
      const s: Section = section!;
      s.sawNew = true;
      const name = headerName(line.slice(4), fail);
      if (name === '/dev/null') s.deleted = true;
      else
        s.path = cleanPath(
          s.stripPrefix && (s.git ? /^[^/]\//.test(name) : name.startsWith('b/')) ? name.slice(2) : name,
        );
      continue;
    }

    if (!section) continue;
    const s: Section = section;
    if (s.git && s.hunks === 0) {
      if (line.startsWith('deleted file mode')) s.deleted = true;
      else if (line.startsWith('rename to ')) s.path = cleanPath(headerName(line.slice(10), fail));
      else if (line.startsWith('copy to ')) s.path = cleanPath(headerName(line.slice(8), fail));
      else if (line.startsWith('Binary files ') || line === 'GIT binary patch') s.binary = true;
    } else if (!s.git && line.startsWith('Binary files ')) {
      // `diff -ruN` says so on a line of its own; the file it names follows no `---`.
      finish();
    }
  }
  if (hunk) {
    const h: Hunk = hunk;
    fail(
      `the diff ends inside the hunk at line ${h.at} (${h.header}), which still expects ${h.oldLeft} old and ${h.newLeft} new lines; is it truncated?`,
      h.at,
    );
  }
  finish();
  return out;
}

function badCount(h: Hunk, kind: string, fail: (m: string) => never): never {
  return fail(
    `a ${kind} line beyond what the hunk at line ${h.at} (${h.header}) counts (${h.oldLeft} old and ${h.newLeft} new lines were left)`,
  );
}

/**
 * After a hunk ends, a line that reads like another hunk line means the header undercounted.
 * `-- ` is exempt: `git format-patch` ends its mail with that signature separator.
 */
function isStrayHunkLine(line: string): boolean {
  const c = line.charCodeAt(0);
  if (c === CH_PLUS) return !line.startsWith('+++ ');
  if (c === CH_MINUS) return !line.startsWith('--- ') && line !== '-- ' && line !== '---';
  return c === CH_SPACE && line.trim() !== '';
}

/** Both names of a `diff --git` line carry a one-letter prefix, different ones (a/ b/, c/ w/, i/ w/ …). */
function hasPrefixes(oldName: string, newName: string): boolean {
  return /^[^/]\//.test(oldName) && /^[^/]\//.test(newName) && oldName[0] !== newName[0];
}

/**
 * The two names of a `diff --git` line. Quoted names are exact. Unquoted names may hold spaces,
 * so `a/x y b/x y` is split where both halves name the same file; a rename whose unquoted
 * names are ambiguous gives null (its `rename to` line names it).
 */
function gitHeaderNames(rest: string, fail: (m: string) => never): { old: string; new: string } | null {
  if (rest.startsWith('"')) {
    const a = readQuoted(rest, 0, fail);
    if (rest.charCodeAt(a.end) !== CH_SPACE) return null;
    const tail = rest.slice(a.end + 1);
    return { old: a.value, new: tail.startsWith('"') ? readQuoted(tail, 0, fail).value : tail };
  }
  if (rest.endsWith('"')) {
    const at = rest.lastIndexOf(' "');
    if (at < 0) return null;
    return { old: rest.slice(0, at), new: readQuoted(rest, at + 1, fail).value };
  }
  if (rest.length % 2 === 1) {
    const half = (rest.length - 1) / 2;
    const oldName = rest.slice(0, half);
    const newName = rest.slice(half + 1);
    if (rest.charCodeAt(half) === CH_SPACE && sameFile(oldName, newName))
      return { old: oldName, new: newName };
  }
  const parts = rest.split(' b/');
  if (parts.length === 2 && parts[0]!.startsWith('a/')) return { old: parts[0]!, new: 'b/' + parts[1]! };
  return null;
}

function sameFile(a: string, b: string): boolean {
  return a === b || (/^[^/]\//.test(a) && /^[^/]\//.test(b) && a.slice(2) === b.slice(2));
}

/** The name in a `---`/`+++`/`rename to` line: quoted exactly, or up to a tab (a timestamp follows it). */
function headerName(rest: string, fail: (m: string) => never): string {
  if (rest.startsWith('"')) return readQuoted(rest, 0, fail).value;
  const tab = rest.indexOf('\t');
  return tab < 0 ? rest : rest.slice(0, tab);
}

function cleanPath(p: string): string {
  return p.startsWith('./') ? p.slice(2) : p;
}

const ESCAPES: Readonly<Record<string, number>> = {
  a: 7,
  b: 8,
  t: 9,
  n: 10,
  v: 11,
  f: 12,
  r: 13,
  '"': 34,
  '\\': 92,
};

/**
 * Git's C-style quoted name starting at `s[at]` (a `"`): escapes `\t \n \" \\ …` and octal bytes
 * (`\303\251` is UTF-8 for é when core.quotePath is on) are decoded into one UTF-8 string.
 */
function readQuoted(s: string, at: number, fail: (m: string) => never): { value: string; end: number } {
  const bytes: number[] = [];
  const encoder = new TextEncoder();
  let i = at + 1;
  while (i < s.length) {
    const ch = s[i]!;
    if (ch === '"') return { value: new TextDecoder().decode(Uint8Array.from(bytes)), end: i + 1 };
    if (ch === '\\') {
      const e = s[i + 1];
      if (e === undefined) break;
      const octal = /^[0-3][0-7]{2}/.exec(s.slice(i + 1, i + 4));
      if (octal) {
        bytes.push(parseInt(octal[0], 8));
        i += 4;
        continue;
      }
      const code = ESCAPES[e];
      if (code === undefined) fail(`unknown escape \\${e} in a quoted file name`);
      bytes.push(code!);
      i += 2;
      continue;
    }
    const cp = s.codePointAt(i)!;
    const chunk = String.fromCodePoint(cp);
    for (const b of encoder.encode(chunk)) bytes.push(b);
    i += chunk.length;
  }
  return fail('a quoted file name without its closing quote');
}

function sortUnique(lines: readonly number[]): number[] {
  const sorted = Float64Array.from(lines).sort();
  const out: number[] = [];
  for (const n of sorted) if (out.length === 0 || out[out.length - 1] !== n) out.push(n);
  return out;
}
