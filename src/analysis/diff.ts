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

/** The lines git writes between `diff --git` and `---` (git-diff(1), "extended header lines"). */
const GIT_EXTENDED_HEADER =
  /^(?:old mode |new mode |deleted file mode |new file mode |copy from |copy to |rename from |rename to |similarity index |dissimilarity index |index )/;

/** What `diff -r` writes besides files' diffs: a diff with only these changes no text. */
const DIFF_R_NOTICE =
  /^(?:Only in .+: |Binary files .+ and .+ differ$|Common subdirectories: |diff (?:-\S+ )+\S)/;

/** A file header or hunk header behind an ANSI color code (`color.ui=always`, `--color`). */
// eslint-disable-next-line no-control-regex
const COLORED_HEADER = /^\u001b\[[0-9;]*m(?:diff |@@|--- |\+\+\+ )/;

/** The first line of git's header of one commit: `git show`/`git log` and `git format-patch` mail. */
const GIT_COMMIT_HEADER = /^(?:commit [0-9a-f]{7,64}(?: |$)|From [0-9a-f]{40,64} Mon Sep 17 00:00:00 2001$)/;

const CH_CR = 13;
const CH_ESC = 27;
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
  /** The first line after a hunk that belongs to no hunk, 0 while none: no hunk may follow it. */
  textAfterHunk: number;
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
 * the lines that follow, a combined merge diff, a colored one) is an InputError naming the diff's
 * line.
 *
 * What is a diff, precisely:
 * - A file's header and hunks are contiguous, as git and diff write them: `---`, then `+++`,
 *   then the first `@@`, each hunk right after the one before. Text between two hunks of a file
 *   is an error, and so is a `diff --git` file whose `---` or `+++` is not so followed, or a diff
 *   ending right after a `+++` (truncated there).
 * - Text that is part of no file is allowed where git writes it: before the first file and
 *   between files (the commit header and message of `git show` and `git log -p`, the mail
 *   headers, diffstat and `-- ` signature of `git format-patch`, `diff -r` notices). A `---`/`+++`
 *   pair there that no hunk follows is such text (a commit message may hold one), not a file.
 * - Input holding no file header, no hunk and no `diff -r` notice is not a diff and is refused at
 *   its first non-blank line, unless that line is git's header of a commit that changes nothing
 *   (`commit <sha>`, `From <sha> Mon Sep 17 00:00:00 2001`). Blank input changes nothing.
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
  /** Whether anything a diff is made of was seen: a file header, a hunk, a `diff -r` notice. */
  let recognised = false;
  /** The first non-blank line outside a hunk while nothing is recognised, for the message. */
  let firstText = 0;
  let firstTextLine = '';
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
    textAfterHunk: 0,
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

    const line = text.slice(lineStart, lineEnd);
    if (!recognised && firstText === 0 && line.trim() !== '') {
      firstText = lineNo;
      firstTextLine = line;
    }
    if (first === CH_BACKSLASH) continue;
    if (first === CH_ESC && COLORED_HEADER.test(line))
      fail('the diff is colored (ANSI escape codes); write it with `git diff --no-color`');
    const ended = justEnded;
    justEnded = false;

    if (line.startsWith('@@')) {
      if (line.startsWith('@@@'))
        fail('a combined (merge) diff is not supported; diff the merge base against HEAD instead');
      if (!section || (!section.git && !section.sawNew))
        fail('a hunk before any file header (`diff --git` or `---`/`+++`)');
      const s: Section = section!;
      if (s.textAfterHunk !== 0)
        fail(
          `a hunk header after line ${s.textAfterHunk}, which belongs to no hunk: a file's hunks follow each other with nothing between (are the counts of the hunk before it wrong?)`,
        );
      const m = HUNK_HEADER.exec(line);
      if (!m) fail('a hunk header must read `@@ -start,count +start,count @@`');
      const oldCount = m![2] === undefined ? 1 : Number(m![2]);
      const newStart = Number(m![3]);
      const newCount = m![4] === undefined ? 1 : Number(m![4]);
      if (newStart > MAX_LINE_NUMBER || newStart + newCount > MAX_LINE_NUMBER)
        fail(`line numbers above ${MAX_LINE_NUMBER} in a hunk header`);
      if (newCount > 0 && newStart === 0) fail('a hunk header with new lines must start at line 1 or later');
      if (oldCount === 0 && newCount === 0) fail('a hunk header that counts no lines at all');
      s.hunks++;
      recognised = true;
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
      recognised = true;
      continue;
    }
    if (line.startsWith('diff --cc ') || line.startsWith('diff --combined '))
      fail('a combined (merge) diff is not supported; diff the merge base against HEAD instead');

    // A git file's header: `diff --git`, extended header lines, then `---`, `+++` and its first
    // hunk, or no `---`/`+++` at all (a mode change, a rename, an empty or binary file).
    const inGitHeader = section !== null && section.git && section.hunks === 0 && !section.sawOld;

    if (line.startsWith('--- ')) {
      const next = peekLine(text, pos);
      if (next !== null && next.startsWith('+++ ')) {
        // In a git file's header this is the old side's name; anywhere else it opens a plain
        // `diff -u` file.
        if (!inGitHeader) {
          finish();
          section = newSection(false);
        }
        const s: Section = section!;
        s.sawOld = true;
        if (!s.git) s.stripPrefix = /^(?:a\/|\/dev\/null$)/.test(headerName(line.slice(4), fail));
        continue;
      }
      if (inGitHeader)
        fail(
          next === null
            ? 'the diff ends on the `---` line of a file header; is it truncated?'
            : `expected the \`+++\` line that follows \`---\` in a file header, found ${shown(next)}`,
          next === null ? lineNo : lineNo + 1,
        );
      // Otherwise a line of text (a commit message may hold one); see below.
    } else if (line.startsWith('+++ ') && section !== null && section.sawOld && !section.sawNew) {
      // Always right after `---`: a `---` not followed by `+++` opens no file.
      const s: Section = section;
      s.sawNew = true;
      const name = headerName(line.slice(4), fail);
      if (name === '/dev/null') s.deleted = true;
      else if (s.path !== null && (name === s.path || (/^[^/]\//.test(name) && name.slice(2) === s.path))) {
        // `rename to`/`copy to` named it exactly, whatever prefix the `+++` name has (`w/` when
        // the `diff --git` names of a rename cannot be split to tell).
      } else
        s.path = cleanPath(
          s.stripPrefix && (s.git ? /^[^/]\//.test(name) : name.startsWith('b/')) ? name.slice(2) : name,
        );
      const next = peekLine(text, pos);
      if (next === null)
        fail(
          `the diff ends on the \`+++\` line of ${shown(s.path ?? 'a file')}, before its first hunk; is it truncated?`,
        );
      if (!next!.startsWith('@@')) {
        if (s.git)
          fail(
            `expected the first \`@@\` hunk header of ${shown(s.path ?? 'the file')} after its \`+++\` line, found ${shown(next!)}`,
            lineNo + 1,
          );
        // A `---`/`+++` pair with no hunk is text that reads like a header (a commit message
        // in `git format-patch` mail may hold one), not a file.
        section = null;
      }
      continue;
    }

    if (inGitHeader) {
      const s: Section = section!;
      if (line.startsWith('deleted file mode')) s.deleted = true;
      else if (line.startsWith('rename to ')) s.path = cleanPath(headerName(line.slice(10), fail));
      else if (line.startsWith('copy to ')) s.path = cleanPath(headerName(line.slice(8), fail));
      else if (line.startsWith('Binary files ') || line === 'GIT binary patch') {
        // No hunk follows; what does (`GIT binary patch` data) is no text diff.
        s.binary = true;
        finish();
      } else if (!GIT_EXTENDED_HEADER.test(line)) {
        // git writes nothing else in a file's header: the file ended without hunks, and this is
        // text between files (the next commit's header in `git log -p`, a mail's signature).
        finish();
      }
      if (section) continue;
    }

    // Text between files: where git writes it (a commit message or mail before the first file,
    // between the commits of `git log -p` or `git format-patch --stdout`, a signature after the
    // last hunk) and `diff -r` notices.
    if (section !== null) {
      const s: Section = section;
      if (!s.git && line.startsWith('Binary files ')) {
        // `diff -ruN` says so on a line of its own; the file it names follows no `---`.
        finish();
      } else if (s.textAfterHunk === 0) s.textAfterHunk = lineNo;
    }
    if (!recognised && DIFF_R_NOTICE.test(line)) recognised = true;
  }
  if (hunk) {
    const h: Hunk = hunk;
    fail(
      `the diff ends inside the hunk at line ${h.at} (${h.header}), which still expects ${h.oldLeft} old and ${h.newLeft} new lines; is it truncated?`,
      h.at,
    );
  }
  finish();
  // Text and nothing else is no diff, unless it is git's own header of a commit that changes
  // nothing (`git show`, `git log -p`); blank input is a diff that changes nothing.
  if (!recognised && firstText !== 0 && !GIT_COMMIT_HEADER.test(firstTextLine))
    fail(
      `expected a unified diff (\`diff --git\`, \`--- a/…\` / \`+++ b/…\` headers or an \`@@\` hunk), found ${shown(firstTextLine)}`,
      firstText,
    );
  return out;
}

/** The line starting at `pos`, without its line ending; null at the end of the text. */
function peekLine(text: string, pos: number): string | null {
  if (pos >= text.length) return null;
  let end = text.indexOf('\n', pos);
  if (end < 0) end = text.length;
  if (end > pos && text.charCodeAt(end - 1) === CH_CR) end--;
  return text.slice(pos, end);
}

/** A line quoted for a message: cut short, control characters escaped, binary data named as such. */
function shown(line: string): string {
  if (line.includes('\u0000')) return 'binary data (a compressed or binary file?)';
  return JSON.stringify(line.length > 80 ? `${line.slice(0, 80)}…` : line);
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

/** Changed files seen from one directory of the repository (see `relativeTo`). */
export interface DirectoryChanges {
  /** The files under the directory, keyed by their path relative to it. */
  readonly files: ChangedFiles;
  /** Repository-relative paths of the files outside the directory that add lines, in diff order. */
  readonly outside: readonly string[];
}

/**
 * The changed files of a diff with repository-root paths, seen from the directory `prefix` of the
 * repository (as `git rev-parse --show-prefix` prints it: `packages/api/`, '' at the root): the
 * paths a coverage report read in that directory maps to. Files outside it are not judged from
 * there; the ones that add lines are listed, so that a caller can say so rather than drop them
 * silently.
 */
export function relativeTo(changed: ChangedFiles, prefix: string): DirectoryChanges {
  const dir = prefix === '' || prefix.endsWith('/') ? prefix : `${prefix}/`;
  if (dir === '') return { files: changed, outside: [] };
  const files = new Map<string, readonly number[]>();
  const outside: string[] = [];
  for (const [path, lines] of changed) {
    if (path.startsWith(dir) && path.length > dir.length) files.set(path.slice(dir.length), lines);
    else if (lines.length > 0) outside.push(path);
  }
  return { files, outside };
}
