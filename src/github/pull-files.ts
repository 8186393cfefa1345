import { MAX_CHANGED_LINES, parseUnifiedDiff } from '../analysis/diff.js';
import { InputError } from '../model/errors.js';
import { ApiError, type PullFile } from './ports.js';

/**
 * A pull request's changed lines from GitHub's list of its files (GET /pulls/{n}/files), for a
 * job whose clone does not hold the base commit (actions/checkout fetches one commit by default).
 * Each file's `patch` (its hunks, no headers) becomes one section of a git-style unified diff that
 * the same parser as a diff file reads. The list is hostile data like any diff: a name that could
 * leave the repository, a patch that names other files or breaks its hunk counts, or more than the
 * bounds below is left out and said, by name; never guessed at.
 */

/** GitHub lists at most this many files of a pull request (the API's documented limit). */
export const PULL_FILES_LIMIT = 3_000;
/** The largest page GitHub serves. */
export const PULL_FILES_PER_PAGE = 100;
/** One file's patch above this many characters is not read (GitHub's own are far smaller). */
export const MAX_PATCH_CHARS = 4 * 1024 * 1024;
/** The assembled diff stops growing here; the files after it are named as not judged. */
export const MAX_DIFF_CHARS = 64 * 1024 * 1024;
/** Names shown in a note before "and N more". */
const NAMES_SHOWN = 10;

/** A file the diff could not include although the change may add lines to it. */
export interface NotJudged {
  readonly path: string;
  /** GitHub's count of lines the change adds to it; null when unknown. */
  readonly additions: number | null;
  readonly why: string;
}

export interface PullDiff {
  /** A git-style unified diff of the files whose patches were read. */
  readonly diffText: string;
  /** Files whose patch is in the diff. */
  readonly read: number;
  /** Removed files and files renamed without an edit: nothing of theirs to cover. */
  readonly nothingAdded: number;
  /** Files with no patch and no added line (binary files, mode changes): named, nothing lost. */
  readonly withoutText: readonly string[];
  /** Files that may add lines the diff does not hold. */
  readonly notJudged: readonly NotJudged[];
}

/** Assemble the diff from the files as listed, in their order. `label` names the source in errors. */
export function assemblePullDiff(
  files: readonly PullFile[],
  label: string,
  limits: {
    readonly maxPatchChars?: number;
    readonly maxDiffChars?: number;
    readonly maxLines?: number;
  } = {},
): PullDiff {
  const maxPatch = limits.maxPatchChars ?? MAX_PATCH_CHARS;
  const maxDiff = limits.maxDiffChars ?? MAX_DIFF_CHARS;
  const maxLines = limits.maxLines ?? MAX_CHANGED_LINES;
  const sections: string[] = [];
  const notJudged: NotJudged[] = [];
  const withoutText: string[] = [];
  const seen = new Set<string>();
  let size = 0;
  let lines = 0;
  let read = 0;
  let nothingAdded = 0;
  for (const f of files) {
    const additions = Number.isSafeInteger(f.additions) && f.additions >= 0 ? f.additions : null;
    const skip = (why: string) => notJudged.push({ path: shownName(f.filename), additions, why });
    const problem =
      pathProblem(f.filename) ?? (f.previousFilename === null ? null : pathProblem(f.previousFilename));
    if (problem) {
      skip(`its name is refused: ${problem}`);
      continue;
    }
    if (seen.has(f.filename)) {
      skip('the API listed it twice; neither patch is trusted over the other');
      continue;
    }
    seen.add(f.filename);
    if (f.status === 'removed') {
      nothingAdded++;
      continue;
    }
    if (f.patch === null || f.patch === '') {
      if (additions !== null && additions > 0) skip('GitHub sent no patch for it (a diff too large to show)');
      else if (f.status === 'renamed' || f.status === 'unchanged') nothingAdded++;
      else withoutText.push(f.filename);
      continue;
    }
    if (f.patch.length > maxPatch) {
      skip(`its patch has ${f.patch.length} characters, more than the ${maxPatch} read`);
      continue;
    }
    const section = fileSection(f);
    if (size + section.length > maxDiff) {
      skip(`the diff would exceed ${maxDiff} characters with it`);
      continue;
    }
    let parsed;
    try {
      parsed = parseUnifiedDiff(section, `${label}: ${f.filename}`, { maxChangedLines: maxLines });
    } catch (e) {
      if (!(e instanceof InputError)) throw e;
      skip(`its patch is not a well-formed diff: ${e.message}`);
      continue;
    }
    const names = [...parsed.keys()];
    if (names.some((n) => n !== f.filename)) {
      skip(
        `its patch names other files (${names
          .filter((n) => n !== f.filename)
          .map(shownName)
          .join(', ')})`,
      );
      continue;
    }
    const added = parsed.get(f.filename)?.length ?? 0;
    if (lines + added > maxLines) {
      skip(`the diff would add more than ${maxLines} lines with it`);
      continue;
    }
    sections.push(section);
    size += section.length;
    lines += added;
    read++;
  }
  return { diffText: sections.join(''), read, nothingAdded, withoutText, notJudged };
}

/** One file as `git diff` writes it: names quoted when they hold a space, a quote or a backslash. */
function fileSection(f: PullFile): string {
  const from = f.previousFilename ?? f.filename;
  const oldSide = f.status === 'added' ? '/dev/null' : quote(`a/${from}`);
  const head = [`diff --git ${quote(`a/${from}`)} ${quote(`b/${f.filename}`)}`];
  if (f.previousFilename !== null && f.previousFilename !== f.filename) {
    const verb = f.status === 'copied' ? 'copy' : 'rename';
    head.push(`${verb} from ${quote(from)}`, `${verb} to ${quote(f.filename)}`);
  }
  head.push(`--- ${oldSide}`, `+++ ${quote(`b/${f.filename}`)}`);
  const patch = f.patch!;
  return `${head.join('\n')}\n${patch}${patch.endsWith('\n') ? '' : '\n'}`;
}

function quote(name: string): string {
  return /[ "\\]/.test(name) ? `"${name.replace(/[\\"]/g, (c) => `\\${c}`)}"` : name;
}

/**
 * Why a name from the API cannot be a path in the repository, or null. GitHub's names are
 * repository-relative with `/` separators; anything else (a way out, a control character that
 * would forge a line of the diff) is refused.
 */
export function pathProblem(name: string): string | null {
  if (name === '') return 'it is empty';
  if (name.length > 4096) return 'it is longer than 4096 characters';
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u001f\u007f]/.test(name)) return 'it holds a control character';
  if (name.startsWith('/')) return 'it is absolute';
  if (name.split('/').some((s) => s === '' || s === '.' || s === '..'))
    return 'it has an empty, `.` or `..` segment';
  return null;
}

/** A name for a message: control characters shown as escapes, the length bounded. */
function shownName(name: string): string {
  const escaped = name.replace(
    // eslint-disable-next-line no-control-regex
    /[\u0000-\u001f\u007f]/g,
    (c) => `\\x${c.charCodeAt(0).toString(16).padStart(2, '0')}`,
  );
  return escaped.length > 200 ? `${escaped.slice(0, 200)}…` : escaped || '(empty name)';
}

/** What was read, for the patch's source label, the job log and the summary. */
export interface PullFilesReport {
  /** `PR #12 files API (3 pages, 231 files)`. */
  readonly label: string;
  /** Lines for the job log and the summary's GitHub section. */
  readonly notes: readonly string[];
  /** One warning when lines of the change are not judged, else null. */
  readonly warning: string | null;
}

export function describePullFiles(
  pull: { readonly number: number; readonly changedFiles: number | null },
  listed: { readonly files: number; readonly pages: number; readonly more: boolean },
  diff: PullDiff,
): PullFilesReport {
  const capped = listed.more || listed.files >= PULL_FILES_LIMIT;
  const beyond =
    pull.changedFiles !== null && pull.changedFiles > listed.files ? pull.changedFiles - listed.files : null;
  const pages = `${listed.pages} ${listed.pages === 1 ? 'page' : 'pages'}`;
  const count = capped
    ? `the first ${listed.files} files${pull.changedFiles !== null && beyond ? ` of ${pull.changedFiles}` : ''}: GitHub lists no more`
    : `${listed.files} ${listed.files === 1 ? 'file' : 'files'}`;
  const label = `PR #${pull.number} files API (${pages}, ${count})`;
  const notes = [`Changed lines: ${label}.`];
  const problems: string[] = [];
  if (capped)
    problems.push(
      `GitHub's list of a pull request's files stops at ${PULL_FILES_LIMIT} files${beyond ? `; the ${beyond} files after them are not judged` : '; files after them, if any, are not judged'} (fetch the base commit, e.g. actions/checkout with fetch-depth: 0, to measure the whole change with git)`,
    );
  if (diff.notJudged.length > 0)
    problems.push(
      `${diff.notJudged.length} changed ${diff.notJudged.length === 1 ? 'file is' : 'files are'} not judged: ${names(
        diff.notJudged.map(
          (n) =>
            `${n.path} (${n.additions === null ? '' : `${n.additions} added ${n.additions === 1 ? 'line' : 'lines'}; `}${n.why})`,
        ),
      )}`,
    );
  if (diff.withoutText.length > 0)
    notes.push(
      `No text patch, nothing to judge (binary files or mode changes): ${names(diff.withoutText.map(shownName))}.`,
    );
  notes.push(...problems.map((p) => `⚠️ ${p}.`));
  return {
    label,
    notes,
    warning: problems.length > 0 ? `patch coverage from ${label}: ${problems.join('; ')}` : null,
  };
}

function names(list: readonly string[]): string {
  const shown = list.slice(0, NAMES_SHOWN).join(', ');
  return list.length > NAMES_SHOWN ? `${shown} and ${list.length - NAMES_SHOWN} more` : shown;
}

/** The warning for a list the API refused: what to grant, or what to do instead. */
export function pullFilesProblem(
  e: unknown,
  pull: { readonly number: number; readonly fork: boolean },
): string {
  const what = e instanceof ApiError ? `${e.status ?? 'no answer'} to ${e.request}` : 'an error';
  const message = e instanceof Error ? e.message.slice(0, 300) : String(e).slice(0, 300);
  const hint =
    e instanceof ApiError && (e.status === 403 || e.status === 404)
      ? `the token needs \`pull-requests: read\` (workflow \`permissions:\`)${pull.fork ? '; a fork\u2019s pull request gets a read-only token, which still reads its files unless the workflow removes that permission' : ''}`
      : 'GitHub did not answer after the retries';
  return `patch coverage skipped: the files of PR #${pull.number} could not be listed (GitHub answered ${what}: ${message}); ${hint}, or fetch the base commit (actions/checkout with fetch-depth: 0) so git finds the changed lines`;
}
