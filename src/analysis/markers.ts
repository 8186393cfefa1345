import type { MarkerKind, TestCase } from '../model/tests.js';
import type { History } from './history.js';

/**
 * markers.usage.json: the markers, tags, categories and describe blocks this run's reports give
 * their tests (see formats/tests/junit.ts: pytest markers recorded as properties, JUnit 5 tags,
 * categories, Go build tags carried by a property, jest-junit and vitest describe paths), how many
 * tests carry each and in how many runs of the history window those tests ran, and how they
 * compare with the markers test-ladder.yml declares (tests.markers).
 */
export const MARKERS_USAGE_SCHEMA = 'test-ladder/markers-usage@1';
/** Markers listed in the file; the counts cover all of them. */
export const MAX_LISTED_MARKERS = 2000;

export const MARKERS_METHOD =
  "markers from this run's reports; tests = this run's tests that carry the marker; runs = runs of the history window (this run included) in which at least one of those tests ran (passed, passed on retry, failed or errored), counted for the tests that carry the marker in this run's reports, whatever they carried in earlier runs; declared = named in tests.markers; describe blocks are structure, not declarations, so they are never listed as undeclared";

const KIND_ORDER: readonly MarkerKind[] = ['property', 'tag', 'category', 'build-tag', 'describe'];

export interface MarkerUsage {
  readonly name: string;
  /** Where the marker comes from, in a fixed order (property, tag, category, build-tag, describe). */
  readonly kinds: readonly MarkerKind[];
  readonly tests: number;
  readonly runs: number;
  readonly declared: boolean;
}

export interface MarkersUsage {
  readonly method: string;
  /** Runs in the history window (this run included); 1 without a history. */
  readonly window_runs: number;
  readonly counts: {
    readonly markers: number;
    /** This run's tests that carry at least one marker, and all of this run's tests. */
    readonly tests_with_markers: number;
    readonly tests: number;
    readonly declared: number;
    readonly declared_unused: number;
  };
  /** Sorted by name; at most MAX_LISTED_MARKERS. */
  readonly markers: readonly MarkerUsage[];
  /** How many markers were left out of `markers` for the cap. */
  readonly markers_not_listed: number;
  /** Declared in tests.markers and carried by no test of this run, sorted. */
  readonly declared_unused: readonly string[];
  /** Carried by a test (not only as a describe block) and not declared, sorted; only when tests.markers declares any. */
  readonly undeclared?: readonly string[];
}

/**
 * The markers of this run's `cases`, their tests and runs over `history` (the window whose newest
 * run is this run; null counts this run only), against `declared`.
 */
export function markersUsage(
  cases: readonly TestCase[],
  history: History | null,
  declared: readonly string[],
): MarkersUsage {
  const byName = new Map<string, { kinds: Set<MarkerKind>; ids: Set<string> }>();
  const carrying = new Set<string>();
  const allIds = new Set<string>();
  for (const c of cases) {
    allIds.add(c.id);
    for (const m of c.markers ?? []) {
      let entry = byName.get(m.name);
      if (!entry) {
        entry = { kinds: new Set(), ids: new Set() };
        byName.set(m.name, entry);
      }
      entry.kinds.add(m.kind);
      entry.ids.add(c.id);
      carrying.add(c.id);
    }
  }

  // Per test that carries a marker: whether it ran in each run of the window.
  const ranIn = new Map<string, string>();
  if (history) for (const t of history.tests) if (carrying.has(t.id)) ranIn.set(t.id, t.outcomes);
  const windowRuns = history ? history.runs.length : 1;
  const thisRun = new Map<string, boolean>();
  for (const c of cases)
    if (carrying.has(c.id)) thisRun.set(c.id, (thisRun.get(c.id) ?? false) || c.outcome !== 'skipped');

  const declaredSet = new Set(declared);
  const markers: MarkerUsage[] = [];
  for (const [name, { kinds, ids }] of byName) {
    const ran = new Uint8Array(windowRuns);
    for (const id of ids) {
      const outcomes = ranIn.get(id);
      if (outcomes !== undefined) {
        for (let i = 0; i < outcomes.length && i < windowRuns; i++) {
          const l = outcomes[i];
          if (l === 'P' || l === 'R' || l === 'F' || l === 'E') ran[i] = 1;
        }
      } else if (thisRun.get(id)) ran[windowRuns - 1] = 1;
    }
    markers.push({
      name,
      kinds: KIND_ORDER.filter((k) => kinds.has(k)),
      tests: ids.size,
      runs: ran.reduce((s, v) => s + v, 0),
      declared: declaredSet.has(name),
    });
  }
  markers.sort((a, b) => cmp(a.name, b.name));
  const declaredUnused = [...declaredSet].filter((d) => !byName.has(d)).sort(cmp);
  const undeclared =
    declaredSet.size > 0
      ? markers.filter((m) => !m.declared && m.kinds.some((k) => k !== 'describe')).map((m) => m.name)
      : null;
  return {
    method: MARKERS_METHOD,
    window_runs: windowRuns,
    counts: {
      markers: markers.length,
      tests_with_markers: carrying.size,
      tests: allIds.size,
      declared: declaredSet.size,
      declared_unused: declaredUnused.length,
    },
    markers: markers.slice(0, MAX_LISTED_MARKERS),
    markers_not_listed: Math.max(0, markers.length - MAX_LISTED_MARKERS),
    declared_unused: declaredUnused,
    ...(undeclared !== null ? { undeclared } : {}),
  };
}

/** markers.usage.json: the usage under its schema id. */
export function markersUsageArtifact(u: MarkersUsage): Record<string, unknown> {
  return { schema: MARKERS_USAGE_SCHEMA, ...u };
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
