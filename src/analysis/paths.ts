import type { PathPrefix } from '../config/types.js';
import type { CoverageReport, FileCoverage } from '../model/coverage.js';
import { mergeReports } from './merge.js';

/**
 * Map report paths to repository-relative POSIX paths. Producers write absolute runner paths
 * (`/home/runner/work/r/r/…`, `/__w/r/r/…`, `D:\a\r\r\…`), paths relative to a Cobertura
 * `<source>` root, `./`-prefixed or backslashed paths. A path is mapped when it names a file the
 * repository has; when the repository's file list is unknown, a normalized relative path is taken
 * as is.
 */
export interface PathContext {
  /** The repository root as the producing job saw it (GITHUB_WORKSPACE or the CLI's cwd), POSIX. */
  readonly workspace: string | null;
  /** Every file the repository has, repository-relative POSIX; null when unknown. */
  readonly repoFiles: ReadonlySet<string> | null;
  /** `coverage.path-prefix`: applied to every candidate path before anything else; absent or null for none. */
  readonly prefix?: PathPrefix | null;
}

/** `path-prefix`: the configured prefix turned a candidate into a repository file. */
export type MappedBy = 'exact' | 'workspace' | 'runner-prefix' | 'path-prefix' | 'suffix' | 'unverified';

export interface PathMapping {
  readonly reported: string;
  /** The repository-relative path, or null when no file of the repository matches. */
  readonly path: string | null;
  readonly by: MappedBy | null;
}

export interface MappingSummary {
  readonly mapped: number;
  readonly unmapped: readonly string[];
  /** Paths mapped only by matching the end of the path: a prefix setting would make this exact. */
  readonly bySuffix: number;
  /** A prefix that, added to the reported relative paths, would name repository files. */
  readonly suggestedPrefix: string | null;
}

const RUNNER_PREFIXES = [
  /^\/home\/runner\/work\/[^/]+\/[^/]+\//,
  /^\/__w\/[^/]+\/[^/]+\//,
  /^[A-Za-z]:\/a\/[^/]+\/[^/]+\//,
  /^\/Users\/runner\/work\/[^/]+\/[^/]+\//,
];

/**
 * Paths normalizePath returns as they are: ASCII word characters and a few safe marks, no `\\`,
 * `:` or whitespace, and no empty, `.` or `..` segment. Nearly every reported path is one; it
 * costs one test instead of a split and a join (a report of 15,000 files is mapped several times).
 */
const SAFE_PATH = /^[\w+@~,=./-]+$/;
const UNSAFE_SEGMENTS = /(?:^|\/)\.{1,2}(?:\/|$)|\/\/|\/$/;

/** Backslashes to slashes, `file://` dropped, `.` and `..` segments resolved, doubled slashes folded. */
export function normalizePath(p: string): string {
  if (SAFE_PATH.test(p) && !UNSAFE_SEGMENTS.test(p)) return p;
  return normalizePathFully(p);
}

/** normalizePath without its shortcut for paths that are normal already: every path is split. */
export function normalizePathFully(p: string): string {
  let s = p.trim().replace(/\\/g, '/');
  if (s.startsWith('file://')) s = s.slice('file://'.length);
  // file:///D:/a/x → D:/a/x
  if (/^\/[A-Za-z]:\//.test(s)) s = s.slice(1);
  const absolute = s.startsWith('/');
  const drive = /^[A-Za-z]:\//.exec(s)?.[0] ?? '';
  const body = drive ? s.slice(drive.length) : s;
  const out: string[] = [];
  for (const seg of body.split('/')) {
    if (seg === '' || seg === '.') continue;
    if (seg === '..') {
      if (out.length > 0 && out[out.length - 1] !== '..') out.pop();
      else if (!absolute && !drive) out.push('..');
      continue;
    }
    out.push(seg);
  }
  const joined = out.join('/');
  return drive ? drive + joined : absolute ? '/' + joined : joined;
}

export function isAbsolutePath(p: string): boolean {
  return p.startsWith('/') || /^[A-Za-z]:\//.test(p);
}

/**
 * `coverage.path-prefix` on one normalized path: the longest `strip` entry that is a prefix of the
 * path at a folder boundary (`/app` strips `/app/src/a.ts`, not `/application/a.ts`) is removed;
 * then `add` goes in front if the path is relative by now, with `..` resolved against it (a package
 * report's `../shared/x.ts` under `packages/web/` is `packages/shared/x.ts`). An absolute path that
 * no strip entry matches is left as it is, for the workspace and runner rules; nothing can be put in
 * front of it. A path that is only the prefix names a folder, not a file, and is left alone too.
 */
export function applyPathPrefix(p: string, prefix: PathPrefix): string {
  let rest = p;
  let longest = -1;
  for (const entry of prefix.strip) {
    const s = normalizePath(entry);
    if (s === '') continue; // `.` or `./`: strips nothing
    const folder = s.endsWith('/') ? s : `${s}/`;
    if (p.startsWith(folder) && p.length > folder.length && folder.length > longest) {
      longest = folder.length;
      rest = p.slice(folder.length);
    }
  }
  if (prefix.add === '' || isAbsolutePath(rest)) return rest;
  return normalizePath(`${prefix.add}/${rest}`);
}

/** A relative path that stays inside the repository (no leading `..`). */
function insideRepo(p: string): boolean {
  return p !== '' && !isAbsolutePath(p) && p !== '..' && !p.startsWith('../');
}

export class PathMapper {
  private readonly byBasename = new Map<string, string[]>();
  private readonly workspace: string | null;

  constructor(private readonly ctx: PathContext) {
    this.workspace = ctx.workspace ? normalizePath(ctx.workspace).replace(/\/$/, '') : null;
    if (ctx.repoFiles) {
      for (const f of ctx.repoFiles) {
        const base = f.slice(f.lastIndexOf('/') + 1);
        const list = this.byBasename.get(base);
        if (list) list.push(f);
        else this.byBasename.set(base, [f]);
      }
    }
  }

  map(reported: string, roots: readonly string[]): PathMapping {
    const raw = normalizePath(reported);
    const plain = isAbsolutePath(raw) ? [raw] : [...roots.map((r) => normalizePath(`${r}/${raw}`)), raw];
    const prefix = this.ctx.prefix;
    const candidates = prefix ? plain.map((c) => applyPathPrefix(c, prefix)) : plain;
    // First pass: a candidate that names a repository file once the known prefixes are stripped.
    for (const [i, c] of candidates.entries()) {
      const { path, by } = this.strip(c);
      if (path !== null && insideRepo(path) && this.exists(path))
        return { reported, path, by: c === plain[i] ? by : 'path-prefix' };
    }
    if (!this.ctx.repoFiles) {
      for (const c of candidates) {
        const { path } = this.strip(c);
        if (path !== null && insideRepo(path)) return { reported, path, by: 'unverified' };
      }
      return { reported, path: null, by: null };
    }
    // Second pass: the unique repository file whose path is the longest tail of a candidate.
    for (const c of candidates) {
      // A relative path that climbs out of the repository names something outside it, whatever its tail.
      if (!isAbsolutePath(c) && !insideRepo(c)) continue;
      const found = this.bySuffix(c);
      if (found) return { reported, path: found, by: 'suffix' };
    }
    return { reported, path: null, by: null };
  }

  /** Only a known file list can confirm a path; without one, mappings are labelled `unverified`. */
  private exists(p: string): boolean {
    return this.ctx.repoFiles?.has(p) ?? false;
  }

  private strip(c: string): { path: string | null; by: MappedBy } {
    if (!isAbsolutePath(c)) return { path: c, by: 'exact' };
    if (this.workspace && c.startsWith(this.workspace + '/'))
      return { path: c.slice(this.workspace.length + 1), by: 'workspace' };
    for (const re of RUNNER_PREFIXES) {
      const m = re.exec(c);
      if (m) return { path: c.slice(m[0].length), by: 'runner-prefix' };
    }
    return { path: null, by: 'exact' };
  }

  /**
   * The repository file that is the longest tail of `c` (`/opt/build/src/a.py` → `src/a.py`), or
   * whose tail `c` is (`a/b.py` → `pkg/a/b.py`); only when exactly one file matches.
   */
  private bySuffix(c: string): string | null {
    const base = c.slice(c.lastIndexOf('/') + 1);
    const sameName = this.byBasename.get(base);
    if (!sameName) return null;
    const tail = c.startsWith('/') ? c : '/' + c;
    const matches = sameName.filter((f) => tail.endsWith('/' + f) || ('/' + f).endsWith(tail));
    if (matches.length === 1) return matches[0]!;
    if (matches.length > 1) {
      // Prefer the longest repository path contained in the candidate: the most specific.
      const contained = matches.filter((f) => tail.endsWith('/' + f)).sort((a, b) => b.length - a.length);
      if (contained.length > 0 && (contained.length === 1 || contained[0]!.length > contained[1]!.length))
        return contained[0]!;
    }
    return null;
  }
}

export interface MappedReport {
  readonly report: CoverageReport;
  readonly mappings: readonly PathMapping[];
  readonly summary: MappingSummary;
}

/**
 * Rewrite every file of a report to its repository path. Files that could not be mapped keep their
 * normalized reported path (so nothing is lost) and are counted; two report paths that map to one
 * repository file are merged.
 */
export function mapReportPaths(report: CoverageReport, ctx: PathContext): MappedReport {
  const mapper = new PathMapper(ctx);
  const mappings: PathMapping[] = [];
  const rooted = new Map<string, readonly string[]>();
  // Roots belong to the source the file came from; with one source per parsed report that is exact.
  const roots = report.sources.flatMap((s) => s.roots);
  const files: FileCoverage[] = report.files.map((f) => {
    const m = mapper.map(f.path, rooted.get(f.path) ?? roots);
    mappings.push(m);
    return { ...f, path: m.path ?? normalizePath(f.path) };
  });
  const mapped = mappings.filter((m) => m.path !== null);
  const unmapped = mappings.filter((m) => m.path === null).map((m) => m.reported);
  const bySuffixList = mapped.filter((m) => m.by === 'suffix');
  return {
    report: mergeReports([{ sources: report.sources, files }]),
    mappings,
    summary: {
      mapped: mapped.length,
      unmapped,
      bySuffix: bySuffixList.length,
      suggestedPrefix: suggestPrefix(bySuffixList),
    },
  };
}

/** When relative report paths were found under one common folder, that folder is the prefix to add. */
function suggestPrefix(list: readonly PathMapping[]): string | null {
  const prefixes = new Set<string>();
  for (const m of list) {
    const rep = normalizePath(m.reported);
    if (isAbsolutePath(rep) || m.path === null || !m.path.endsWith('/' + rep)) return null;
    prefixes.add(m.path.slice(0, m.path.length - rep.length));
  }
  return prefixes.size === 1 ? [...prefixes][0]! : null;
}
