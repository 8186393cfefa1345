import semver from 'semver';

/**
 * Versions and version ranges, in one place. Ranges are node-semver's own; this module adds what
 * semver does not read: the spellings Python projects use and versions as tools print them.
 *
 * Ranges mean what node-semver means (the default options: no loose parsing, prereleases only
 * against a comparator on the same major.minor.patch), so `"3.11"` matches any 3.11.x and `"24"`
 * any 24.x.y. The grammar accepted is a strict subset of node-semver's: anything node-semver reads
 * differently or only in loose mode is refused here with a reason, never guessed. On top of it, the
 * spellings Python projects write in `requires-python` are translated first: commas (AND), `==X.Y.*`,
 * `==X.Y.Z`, and the compatible release `~=`.
 */

export interface Version {
  readonly major: number;
  readonly minor: number;
  readonly patch: number;
  /** Dot-separated identifiers; numbers compare numerically and below any word. */
  readonly prerelease: readonly (string | number)[];
}

/** No component longer than this: node-semver refuses above 2^53, and `+ 1` must stay exact. */
const MAX_DIGITS = 15;
const NUMBER = `(?:0|[1-9]\\d{0,${MAX_DIGITS - 1}})`;
const IDENT = `(?:0|[1-9]\\d*|\\d*[A-Za-z-][0-9A-Za-z-]*)`;
const PRERELEASE = `(?:-(${IDENT}(?:\\.${IDENT})*))`;
const BUILD = `(?:\\+[0-9A-Za-z-]+(?:\\.[0-9A-Za-z-]+)*)`;
const FULL = new RegExp(`^v?(${NUMBER})\\.(${NUMBER})\\.(${NUMBER})${PRERELEASE}?${BUILD}?$`);

/** A full semantic version, `1.2.3`, `v1.2.3-rc.1+build`; null for anything else. */
export function parseVersion(text: string): Version | null {
  const m = FULL.exec(text.trim());
  if (!m) return null;
  return {
    major: Number(m[1]),
    minor: Number(m[2]),
    patch: Number(m[3]),
    prerelease: m[4] === undefined ? [] : m[4].split('.').map((id) => (/^\d+$/.test(id) ? Number(id) : id)),
  };
}

export function formatVersion(v: Version): string {
  const core = `${v.major}.${v.minor}.${v.patch}`;
  return v.prerelease.length === 0 ? core : `${core}-${v.prerelease.join('.')}`;
}

/** Semantic-version precedence: -1, 0 or 1. Build metadata never counts. */
export function compareVersions(a: Version, b: Version): -1 | 0 | 1 {
  for (const key of ['major', 'minor', 'patch'] as const) {
    if (a[key] !== b[key]) return a[key] < b[key] ? -1 : 1;
  }
  // A prerelease sorts before its release.
  if (a.prerelease.length === 0 || b.prerelease.length === 0) {
    if (a.prerelease.length === b.prerelease.length) return 0;
    return a.prerelease.length === 0 ? 1 : -1;
  }
  const n = Math.max(a.prerelease.length, b.prerelease.length);
  for (let i = 0; i < n; i++) {
    const x = a.prerelease[i];
    const y = b.prerelease[i];
    if (x === undefined) return -1;
    if (y === undefined) return 1;
    if (x === y) continue;
    if (typeof x === 'number' && typeof y === 'number') return x < y ? -1 : 1;
    if (typeof x === 'number') return -1;
    if (typeof y === 'number') return 1;
    return x < y ? -1 : 1;
  }
  return 0;
}

export function isPrerelease(version: string): boolean {
  return (parseVersion(version)?.prerelease.length ?? 0) > 0;
}

/** `3.11.4` → `3.11`: the pin a recorded version implies when it becomes an expectation. */
export function minorPin(version: string): string | null {
  const v = parseVersion(version);
  return v === null ? null : `${v.major}.${v.minor}`;
}

/** Whether two versions differ in major or minor (patch and prerelease changes are routine). */
export function minorChanged(a: string, b: string): boolean {
  const x = parseVersion(a);
  const y = parseVersion(b);
  if (x === null || y === null) return a !== b;
  return x.major !== y.major || x.minor !== y.minor;
}

// ───────────────────────────── ranges ─────────────────────────────

/** A range as node-semver reads it (default options: strict, prereleases only when named). */
export type Range = semver.Range;

export type RangeParse = { readonly range: Range } | { readonly problem: string };

/** The longest range text read; a config value is a few dozen characters. */
const MAX_RANGE_LENGTH = 256;

/**
 * Reads a range: node-semver's `1.2.x`, `~1.2`, `^1.2.3`, `>=1.2 <2`, `1.2 - 1.4`, `a || b`, plus
 * Python's `>=3.9,<3.13`, `==3.11.*`, `~=3.11`. A problem says what could not be read.
 */
export function parseRange(spec: string): RangeParse {
  if (spec.length > MAX_RANGE_LENGTH) return { problem: `longer than ${MAX_RANGE_LENGTH} characters` };
  const text = spec.trim().replace(/\s+/g, ' ');
  if (text === '') return { problem: 'empty; write a version such as "3.11" or a range such as ">=8"' };
  if (/\|\|\s*(\|\||$)|^\s*\|\|/.test(text)) return { problem: 'an empty alternative around "||"' };
  const translated = fromPython(text);
  if ('problem' in translated) return translated;
  try {
    return { range: new semver.Range(translated.text) };
  } catch {
    return {
      problem: `"${shorten(spec)}" is not a version range; write a version ("3.11"), a comparison (">=8") or a semver range ("^1.8")`,
    };
  }
}

/** Whether `version` (a full version, `v` allowed) is in `range`; false when either cannot be read. */
export function satisfies(version: string, range: string): boolean {
  const v = parseVersion(version);
  const r = parseRange(range);
  return v !== null && 'range' in r && r.range.test(formatVersion(v));
}

export function rangeContains(range: Range, v: Version): boolean {
  return range.test(formatVersion(v));
}

/**
 * Python's specifier spellings (PEP 440) → node-semver's, for the few forms a runtime pin uses.
 * Anything else PEP 440 has (`!=`, `===`, local versions) is refused by name.
 */
function fromPython(text: string): { text: string } | { problem: string } {
  if (!/[,]|==|~=|!=/.test(text)) return { text };
  const out: string[] = [];
  for (const raw of text.split(',')) {
    const clause = raw.trim();
    if (clause === '') return { problem: 'an empty clause between commas' };
    if (clause.startsWith('!=') || clause.startsWith('==='))
      return {
        problem: `"${shorten(clause)}": != and === are not supported; list the versions allowed instead`,
      };
    const eq = /^==\s*(\d+(?:\.\d+){0,2})(\.\*)?$/.exec(clause);
    if (eq) {
      const parts = eq[1]!.split('.');
      if (eq[2] !== undefined) {
        out.push(parts.length >= 3 ? `=${eq[1]}` : `${eq[1]}.x`);
      } else {
        // PEP 440 pads with zeros: ==3.11 is exactly 3.11.0.
        while (parts.length < 3) parts.push('0');
        out.push(`=${parts.join('.')}`);
      }
      continue;
    }
    const compatible = /^~=\s*(\d+)\.(\d+)(?:\.(\d+))?$/.exec(clause);
    if (compatible) {
      const [, M, m, p] = compatible;
      // ~=3.11 keeps 3.x from 3.11; ~=3.11.2 keeps 3.11.x from 3.11.2.
      out.push(
        p === undefined
          ? `>=${M}.${m}.0 <${Number(M) + 1}.0.0-0`
          : `>=${M}.${m}.${p} <${M}.${Number(m) + 1}.0-0`,
      );
      continue;
    }
    if (clause.startsWith('==') || clause.startsWith('~='))
      return { problem: `"${shorten(clause)}" is not a version specifier this reads` };
    out.push(clause);
  }
  return { text: out.join(' ').replace(/\s+/g, ' ') };
}

function shorten(s: string): string {
  return s.length > 40 ? `${s.slice(0, 40)}…` : s;
}

// ───────────────────────────── printed versions ─────────────────────────────

/**
 * The version a tool printed, as a full semantic version: `Python 3.13.0rc1` → `3.13.0-rc.1`,
 * `go1.22` → `1.22.0`, `1.8.0_392` stays for the caller to reinterpret. The first dotted number wins;
 * a prerelease is kept only when it is spelled as one (`rc1`, `-beta.2`, `a7`, `-nightly`), so a
 * distribution suffix (`13.2.0-23ubuntu4`) does not make a release look like a prerelease.
 */
export function coerceVersion(text: string): string | null {
  const m =
    /(?<![\d.])v?(\d{1,15})\.(\d{1,15})(?:\.(\d{1,15}))?(?:[-.]?(alpha|beta|preview|pre|rc|dev|nightly|a|b)(?:[-.]?(\d{1,15}))?(?![A-Za-z]))?/i.exec(
      text,
    );
  if (!m) return null;
  const core = `${Number(m[1])}.${Number(m[2])}.${Number(m[3] ?? 0)}`;
  if (m[4] === undefined) return core;
  const tag = m[4].toLowerCase();
  return m[5] === undefined ? `${core}-${tag}` : `${core}-${tag}.${Number(m[5])}`;
}
