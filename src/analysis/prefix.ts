import type { PathPrefix } from '../config/types.js';
import { normalizePath, PathMapper } from './paths.js';
import type { PathContext, PathMapping } from './paths.js';

/**
 * The `coverage.path-prefix` that would map report paths which match no repository file, found from
 * those paths and the repository's file list. Reports written inside a container (`/app/src/a.ts`)
 * or relative to a package folder (`src/a.ts` for `services/api/src/a.ts`) are the usual cause.
 */
export interface PrefixSuggestion {
  /** What to write under `path-prefix: strip:` (`/app/`); absent when nothing needs removing. */
  readonly strip?: string;
  /** What to write under `path-prefix: add:` (`services/api/`); absent when nothing needs adding. */
  readonly add?: string;
  /** How many of the unmapped paths would then name a repository file. */
  readonly wouldMap: number;
  /** How many distinct reported paths match no repository file now. */
  readonly unmapped: number;
}

/** Candidates checked in full; beyond the few most voted-for, the rest are noise. */
const CANDIDATES = 5;
/** Paths that vote, so a report of 50 000 unmapped paths cannot make this quadratic. */
const VOTERS = 2000;

/**
 * How it is found:
 * 1. Every unmapped path, and every path that mapped only by its tail, votes. For each repository
 *    file with the same name, the longest run of trailing folders the two share is the part both
 *    agree on; what comes before it is the pair (strip, add): `/app/src/a.ts` against
 *    `services/api/src/a.ts` votes for strip `/app/`, add `services/api/`.
 * 2. The few pairs with most votes are tried for real: every reported path is mapped again with the
 *    pair as the path-prefix. A pair that would lose or move a path that maps now is refused.
 * 3. The pair that maps most unmapped paths wins if it maps most of them (more than half) and no
 *    other pair maps as many with as many votes; otherwise there is no suggestion, rather than a
 *    guess.
 *
 * Paths are tried again without their Cobertura `<source>` roots (a mapping keeps only the reported
 * path); the current mapping is tried the same way, so the comparison is fair. The next run reports
 * the count again, so a suggestion is always checked by the numbers it predicts.
 */
export function suggestPathPrefix(
  mappings: readonly PathMapping[],
  ctx: PathContext,
): PrefixSuggestion | null {
  const repoFiles = ctx.repoFiles;
  if (repoFiles === null) return null;
  const unmapped = [...new Set(mappings.filter((m) => m.path === null).map((m) => m.reported))];
  if (unmapped.length === 0) return null;

  const byBasename = new Map<string, string[]>();
  for (const f of repoFiles) {
    const name = basename(f);
    const list = byBasename.get(name);
    if (list) list.push(f);
    else byBasename.set(name, [f]);
  }

  const voters = [
    ...new Set([
      ...unmapped.map(normalizePath),
      ...mappings.filter((m) => m.by === 'suffix').map((m) => normalizePath(m.reported)),
    ]),
  ].slice(0, VOTERS);
  const votes = new Map<string, { strip: string; add: string; votes: number }>();
  for (const path of voters) {
    const mine = new Set<string>();
    for (const file of byBasename.get(basename(path)) ?? []) {
      const shared = sharedTail(path, file);
      const strip = path.slice(0, path.length - shared.length);
      const add = file.slice(0, file.length - shared.length);
      if (strip === '' && add === '') continue;
      const key = `${strip}\n${add}`;
      if (mine.has(key)) continue;
      mine.add(key);
      const seen = votes.get(key);
      if (seen) seen.votes += 1;
      else votes.set(key, { strip, add, votes: 1 });
    }
  }

  const ranked = [...votes.values()]
    .sort((a, b) => b.votes - a.votes || compare(a.strip, b.strip) || compare(a.add, b.add))
    .slice(0, CANDIDATES);
  const remap = (prefix: PathPrefix | null) => {
    const mapper = new PathMapper({ ...ctx, prefix });
    return (reported: string) => mapper.map(reported, []).path;
  };
  const now = remap(ctx.prefix ?? null);
  const unmappedSet = new Set(unmapped);
  const tried: { strip: string; add: string; votes: number; wouldMap: number }[] = [];
  for (const c of ranked) {
    const next = remap({ strip: c.strip === '' ? [] : [c.strip], add: c.add });
    let wouldMap = 0;
    let breaks = false;
    const seen = new Set<string>();
    for (const m of mappings) {
      if (seen.has(m.reported)) continue;
      seen.add(m.reported);
      const after = next(m.reported);
      if (unmappedSet.has(m.reported)) {
        if (after !== null) wouldMap += 1;
      } else if (after !== now(m.reported)) {
        breaks = true;
        break;
      }
    }
    if (!breaks) tried.push({ ...c, wouldMap });
  }
  tried.sort((a, b) => b.wouldMap - a.wouldMap || b.votes - a.votes);
  const [best, second] = tried;
  if (best === undefined || best.wouldMap * 2 <= unmapped.length) return null;
  if (second !== undefined && second.wouldMap === best.wouldMap && second.votes === best.votes) return null;
  return {
    ...(best.strip === '' ? {} : { strip: best.strip }),
    ...(best.add === '' ? {} : { add: best.add }),
    wouldMap: best.wouldMap,
    unmapped: unmapped.length,
  };
}

/**
 * One line for the summary, with the setting written so it can be pasted into test-ladder.yml:
 * "3 coverage paths match no file in the repository; coverage.path-prefix: {add: services/api/}
 * would map all of them".
 */
export function describePrefixSuggestion(s: PrefixSuggestion): string {
  const parts: string[] = [];
  if (s.strip !== undefined) parts.push(`strip: [${yamlScalar(s.strip)}]`);
  if (s.add !== undefined) parts.push(`add: ${yamlScalar(s.add)}`);
  const paths = s.unmapped === 1 ? '1 coverage path matches' : `${s.unmapped} coverage paths match`;
  const how = s.wouldMap === s.unmapped ? (s.unmapped === 1 ? 'it' : 'all of them') : `${s.wouldMap} of them`;
  return `${paths} no file in the repository; coverage.path-prefix: {${parts.join(', ')}} would map ${how}`;
}

/** The trailing folders and file name two paths share, without a leading slash. */
function sharedTail(a: string, b: string): string {
  const x = a.split('/');
  const y = b.split('/');
  let n = 0;
  while (
    n < x.length &&
    n < y.length &&
    x[x.length - 1 - n] === y[y.length - 1 - n] &&
    x[x.length - 1 - n] !== ''
  )
    n += 1;
  return x.slice(x.length - n).join('/');
}

function basename(p: string): string {
  return p.slice(p.lastIndexOf('/') + 1);
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Quoted when a YAML flow collection would read the text as something else (`D:/x`, `#`, `,`). */
function yamlScalar(text: string): string {
  return /^[A-Za-z0-9_./-][^,[\]{}#:'"]*$/.test(text) ? text : `'${text.replace(/'/g, "''")}'`;
}
