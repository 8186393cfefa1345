import type { Outcome, TestCase } from '../model/tests.js';
import { canonicalJson, EMBEDDED_HASH_FIELD, SHA256_HEX, sha256Hex } from '../artifacts/index.js';
import { FAILFAST_MODES, type FailFastMode } from './failfast.js';

/**
 * history.json: a compact rolling window of the last N runs, carried forward in each run's own
 * artifacts, so one earlier artifact gives N runs. Everything per test is a string aligned with
 * `runs` (oldest first), because 50,000 tests × 30 runs as JSON arrays would be 1.5 million values
 * to parse and seal on every run:
 * - `outcomes`: one letter per run: P passed, R passed only after a retry, F failed, E error,
 *   S skipped, `-` absent from that run.
 * - `durations`: whole milliseconds per run, comma-separated, empty where the run gave no time.
 *   The summaries (last, median, mean over the window) are derived from it, never stored twice.
 * - `signatures`: for runs where the test failed or errored, an index into the history's
 *   `signatures` table of failure signatures; comma-separated like `durations`, and absent when the
 *   test has no failure with a signature in the window.
 */
export const HISTORY_SCHEMA = 'test-ladder/history@2';
/** The first shape (no durations per run, no signatures): read and upgraded, never written. */
export const HISTORY_SCHEMA_V1 = 'test-ladder/history@1';
export const DEFAULT_WINDOW = 30;
export const MAX_WINDOW = 1000;

export interface HistoryRun {
  readonly run_id: string;
  /** GITHUB_RUN_ATTEMPT: a re-run of the same commit is free evidence of flakiness. */
  readonly attempt: number;
  readonly commit: string | null;
  readonly date: string;
  /** Tests read in that run, and how many of them failed or errored (the infrastructure guard). */
  readonly tests: number;
  readonly failed: number;
  /** The ladder metric's coverage that run, unrounded; null when unknown (older files, no reports). */
  readonly coverage: number | null;
  /**
   * The fail-fast mode the run used: a flake-rate spike after fail-fast was turned on is a rollback
   * trigger. Absent in files written before runs carried it (read as unknown, not as off); older
   * readers ignore it, so the schema stays history@2.
   */
  readonly failfast?: FailFastMode;
}

export interface HistoryTest {
  readonly id: string;
  /** One letter per run in `runs`, oldest first. */
  readonly outcomes: string;
  /** Milliseconds per run, comma-separated, '' where none: `12,15,,13`. */
  readonly durations: string;
  /** Index into `History.signatures` per run, '' where none; absent when no run has one. */
  readonly signatures?: string;
}

export interface History {
  readonly schema: typeof HISTORY_SCHEMA;
  readonly window: number;
  readonly runs: readonly HistoryRun[];
  /** Failure signatures referred to by the tests, sorted: each 32 lowercase hex digits. */
  readonly signatures: readonly string[];
  readonly tests: readonly HistoryTest[];
}

const LETTER: Record<Outcome, string> = { passed: 'P', failed: 'F', error: 'E', skipped: 'S' };
/** Which outcome stands for a test listed more than once in one run. */
const RANK: Record<Outcome, number> = { skipped: 0, failed: 1, error: 2, passed: 3 };

export interface ThisRun {
  readonly runId: string;
  readonly attempt: number;
  readonly commit: string | null;
  readonly date: string;
  readonly cases: readonly TestCase[];
  readonly flakyIds: readonly string[];
  /** Test id → failure signature (see signatures.ts) of the tests that failed or errored. */
  readonly signatures?: ReadonlyMap<string, string>;
  /** The ladder metric's coverage this run, for the chart and the pace; null when unknown. */
  readonly coverage?: number | null;
  /** The fail-fast mode of this run; left out of the file when not given. */
  readonly failfast?: FailFastMode;
}

/** The previous window plus this run, the oldest runs dropped beyond `window`. */
export function extendHistory(previous: History | null, run: ThisRun, window = DEFAULT_WINDOW): History {
  const prevRuns = previous?.runs ?? [];
  const runs = [
    ...prevRuns,
    {
      run_id: run.runId,
      attempt: run.attempt,
      commit: run.commit,
      date: run.date,
      tests: run.cases.length,
      failed: run.cases.filter((c) => c.outcome === 'failed' || c.outcome === 'error').length,
      coverage: run.coverage ?? null,
      ...(run.failfast !== undefined ? { failfast: run.failfast } : {}),
    },
  ];
  const drop = Math.max(0, runs.length - window);
  const flaky = new Set(run.flakyIds);
  const now = new Map<string, TestCase>();
  for (const c of run.cases) {
    const seen = now.get(c.id);
    // A test listed twice in one run (retries as duplicate testcases): a pass wins and, after a
    // failure, makes it flaky; a failure or error outranks a skip.
    if (!seen || RANK[c.outcome] > RANK[seen.outcome]) now.set(c.id, c);
    if (seen && seen.outcome !== c.outcome && (seen.outcome === 'passed' || c.outcome === 'passed')) {
      const other = seen.outcome === 'passed' ? c.outcome : seen.outcome;
      if (other === 'failed' || other === 'error') flaky.add(c.id);
    }
  }

  // Signature indices are first written against a table of the old entries plus this run's new
  // ones, then renumbered once against the entries still referred to after the window moved.
  const table = [...(previous?.signatures ?? [])];
  const indexOf = new Map<string, number>(table.map((h, i) => [h, i]));
  const signatureIndex = (hash: string): number => {
    let i = indexOf.get(hash);
    if (i === undefined) {
      i = table.length;
      table.push(hash);
      indexOf.set(hash, i);
    }
    return i;
  };

  const byId = new Map<string, HistoryTest>();
  for (const t of previous?.tests ?? []) byId.set(t.id, t);
  const ids = mergeSorted(
    [...byId.keys()],
    [...now.keys()].filter((id) => !byId.has(id)),
  );
  const padding = ','.repeat(Math.max(0, prevRuns.length - 1));
  const tests: { id: string; outcomes: string; durations: string; signatures: string | null }[] = [];
  for (const id of ids) {
    const old = byId.get(id);
    const c = now.get(id);
    const letter = c ? (c.outcome === 'passed' && flaky.has(id) ? 'R' : LETTER[c.outcome]) : '-';
    const outcomes = ((old?.outcomes ?? '-'.repeat(prevRuns.length)) + letter).slice(drop);
    if (/^-*$/.test(outcomes)) continue;
    const ms = c && c.duration !== null ? String(Math.round(c.duration * 1000)) : '';
    const durations = dropEntries(append(old?.durations ?? padding, prevRuns.length, ms), drop);
    const hash = c && (c.outcome === 'failed' || c.outcome === 'error') ? run.signatures?.get(id) : undefined;
    const sig = hash !== undefined && /^[0-9a-f]{32}$/.test(hash) ? String(signatureIndex(hash)) : '';
    let signatures: string | null = null;
    if (old?.signatures !== undefined || sig !== '') {
      const kept = dropEntries(append(old?.signatures ?? padding, prevRuns.length, sig), drop);
      if (!/^,*$/.test(kept)) signatures = kept;
    }
    tests.push({ id, outcomes, durations, signatures });
  }

  const used = new Set<number>();
  for (const t of tests)
    if (t.signatures !== null) for (const e of t.signatures.split(',')) if (e !== '') used.add(Number(e));
  const kept = [...used].map((i) => table[i]!).sort();
  const position = new Map(kept.map((h, i) => [h, String(i)]));
  const renumber = new Map<number, string>([...used].map((i) => [i, position.get(table[i]!)!]));
  return {
    schema: HISTORY_SCHEMA,
    window,
    runs: runs.slice(drop),
    signatures: kept,
    tests: tests.map((t) =>
      t.signatures === null
        ? { id: t.id, outcomes: t.outcomes, durations: t.durations }
        : {
            id: t.id,
            outcomes: t.outcomes,
            durations: t.durations,
            signatures: t.signatures
              .split(',')
              .map((e) => (e === '' ? '' : renumber.get(Number(e))!))
              .join(','),
          },
    ),
  };
}

/**
 * Two lists of distinct ids as one sorted list. The previous window's ids come sorted (it was
 * written so) and this run adds few, so merging saves sorting 50,000 ids on every run.
 */
function mergeSorted(previous: string[], added: string[]): string[] {
  let sorted = true;
  for (let i = 1; i < previous.length && sorted; i++) if (previous[i - 1]! > previous[i]!) sorted = false;
  if (!sorted) previous.sort();
  added.sort();
  if (added.length === 0) return previous;
  const out: string[] = [];
  let i = 0;
  let j = 0;
  while (i < previous.length || j < added.length) {
    if (j >= added.length || (i < previous.length && previous[i]! < added[j]!)) out.push(previous[i++]!);
    else out.push(added[j++]!);
  }
  return out;
}

/** A comma-separated list of `count` entries with one more appended. */
function append(list: string, count: number, entry: string): string {
  return count === 0 ? entry : `${list},${entry}`;
}

/** The list without its first `n` entries. */
function dropEntries(list: string, n: number): string {
  let at = 0;
  for (let i = 0; i < n; i++) {
    const comma = list.indexOf(',', at);
    if (comma === -1) return '';
    at = comma + 1;
  }
  return list.slice(at);
}

/** The entries of an aligned list as numbers, null where empty. */
export function entries(list: string): (number | null)[] {
  return list.split(',').map((e) => (e === '' ? null : Number(e)));
}

export interface DurationHistory {
  /** Runs of the window that gave this test a time. */
  readonly samples: number;
  /** Seconds, from whole milliseconds. */
  readonly last: number | null;
  readonly median: number | null;
  readonly mean: number | null;
}

/**
 * A test's duration summary over the window's runs `[from, to)` (default: all). The median is the
 * lower middle value (nearest rank), so it is always a time that was measured.
 */
export function durationHistory(t: HistoryTest, from = 0, to?: number): DurationHistory {
  const ms = entries(t.durations)
    .slice(from, to)
    .filter((v): v is number => v !== null);
  if (ms.length === 0) return { samples: 0, last: null, median: null, mean: null };
  const sorted = [...ms].sort((a, b) => a - b);
  return {
    samples: ms.length,
    last: ms[ms.length - 1]! / 1000,
    median: sorted[Math.ceil(sorted.length / 2) - 1]! / 1000,
    mean: Math.round(ms.reduce((s, v) => s + v, 0) / ms.length) / 1000,
  };
}

export type ParsedHistory =
  | { readonly history: History; readonly upgradedFrom?: typeof HISTORY_SCHEMA_V1 }
  | { readonly problem: string };

/**
 * A history.json from another run is hostile data: any doubt, and it is not used. Only the embedded
 * hash is trusted to tell it was not edited; every field is checked against the shape, and every
 * per-run list against the runs, so a foreign or hand-made file cannot misalign the window.
 */
export function parseHistory(text: string): ParsedHistory {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (e) {
    return { problem: `not JSON: ${(e as Error).message}` };
  }
  if (!isObject(data)) return { problem: 'not a JSON object' };
  const sealed = checkSeal(data, text);
  if (sealed !== null) return { problem: sealed };
  if (data['schema'] === HISTORY_SCHEMA_V1) {
    const v1 = parseV1(data);
    return 'problem' in v1 ? v1 : { history: v1.history, upgradedFrom: HISTORY_SCHEMA_V1 };
  }
  if (data['schema'] !== HISTORY_SCHEMA)
    return {
      problem: `not a ${HISTORY_SCHEMA} document${typeof data['schema'] === 'string' ? ` (schema ${JSON.stringify(data['schema'].slice(0, 60))})` : ''}`,
    };
  const head = parseHead(data);
  if ('problem' in head) return head;
  const { window, runs } = head;
  const table = data['signatures'];
  const tests = data['tests'];
  if (!Array.isArray(table) || !table.every((h) => typeof h === 'string' && /^[0-9a-f]{32}$/.test(h)))
    return { problem: 'signatures are not a list of 32 hex digits each' };
  if (new Set(table).size !== table.length) return { problem: 'signatures repeat an entry' };
  if (!Array.isArray(tests)) return { problem: 'tests are malformed' };
  const ids = new Set<string>();
  const out: HistoryTest[] = [];
  // One entry per run, each empty or up to 10 digits: checked in one pass, without splitting.
  const durationList = new RegExp(`^\\d{0,10}(?:,\\d{0,10}){${Math.max(0, runs.length - 1)}}$`);
  for (const t of tests) {
    if (!isObject(t) || typeof t['id'] !== 'string' || typeof t['outcomes'] !== 'string')
      return { problem: 'a test entry is malformed' };
    const id = t['id'];
    const shown = JSON.stringify(id.slice(0, 80));
    if (ids.has(id)) return { problem: `test ${shown} is listed twice` };
    ids.add(id);
    const outcomes = t['outcomes'];
    if (outcomes.length !== runs.length || runs.length === 0 || !/^[PRFES-]*$/.test(outcomes))
      return { problem: `test ${shown} has outcomes that do not match the runs` };
    const durations = t['durations'];
    if (
      typeof durations !== 'string' ||
      !durationList.test(durations) ||
      // A time where the test is absent: only tests absent from some run need the closer look.
      (outcomes.includes('-') && !alignedList(durations, outcomes, /^\d{1,10}$/, '-'))
    )
      return { problem: `test ${shown} has durations that do not match the runs` };
    const signatures = t['signatures'];
    if (signatures === undefined) {
      out.push({ id, outcomes, durations });
      continue;
    }
    if (
      typeof signatures !== 'string' ||
      !alignedList(signatures, outcomes, /^\d{1,6}$/, 'PRS-') ||
      !signatures.split(',').every((e) => e === '' || Number(e) < table.length)
    )
      return { problem: `test ${shown} has signatures that do not match the runs` };
    out.push({ id, outcomes, durations, signatures });
  }
  return {
    history: { schema: HISTORY_SCHEMA, window, runs, signatures: table as string[], tests: out },
  };
}

/**
 * Same rule as checkEmbeddedHash (artifacts/json-artifact.ts) on an already parsed value, so a
 * history of 50,000 tests is parsed once rather than twice. A file as sealJson wrote it is its
 * canonical content indented, with the hash field in it: taking the indentation and that field out
 * of the text gives the canonical content without building it again from the parsed value (a fifth
 * of the time for a large history). A file written any other way takes the long way.
 */
function checkSeal(data: Record<string, unknown>, text: string): string | null {
  if (!Object.hasOwn(data, EMBEDDED_HASH_FIELD)) return `no "${EMBEDDED_HASH_FIELD}" field`;
  const expected = data[EMBEDDED_HASH_FIELD];
  if (typeof expected !== 'string' || !SHA256_HEX.test(expected))
    return `"${EMBEDDED_HASH_FIELD}" is not 64 lowercase hex digits: ${JSON.stringify(expected)}`;
  const compact = sealedContent(text, expected);
  if (compact !== null && sha256Hex(compact) === expected) return null;
  const content: Record<string, unknown> = Object.create(null) as Record<string, unknown>;
  for (const key of Object.keys(data))
    if (key !== EMBEDDED_HASH_FIELD)
      Object.defineProperty(content, key, { value: data[key], enumerable: true, writable: true });
  let actual: string;
  try {
    actual = sha256Hex(canonicalJson(content));
  } catch (e) {
    return `content has no canonical form: ${(e as Error).message}`;
  }
  return actual === expected ? null : `embedded sha256 mismatch: expected ${expected}, actual ${actual}`;
}

/**
 * The text without its layout and without the hash field, when it is laid out as prettyJson lays
 * out JSON: each key at the start of a line after the indentation, followed by `": "`, and a line
 * break with indentation between all other tokens. A raw line break cannot occur inside a JSON
 * string, so none is taken out of one. Null when the hash field is not found exactly once; a text
 * laid out otherwise gives other bytes, and then the hash is checked the long way.
 */
export function sealedContent(text: string, hash: string): string | null {
  // Each key starts a line; then every other line break and its indentation go.
  const compact = text.replace(/\n *("(?:[^"\\\n]|\\.)*"): /g, '$1:').replace(/\n */g, '');
  const member = `"${EMBEDDED_HASH_FIELD}":"${hash}"`;
  const at = compact.indexOf(member);
  if (at === -1 || compact.indexOf(member, at + 1) !== -1) return null;
  const end = at + member.length;
  if (compact[at - 1] === ',') return compact.slice(0, at - 1) + compact.slice(end);
  if (compact[end] === ',') return compact.slice(0, at) + compact.slice(end + 1);
  return compact.slice(0, at) + compact.slice(end);
}

function parseHead(
  data: Record<string, unknown>,
): { window: number; runs: HistoryRun[] } | { problem: string } {
  const window = data['window'];
  const runs = data['runs'];
  if (typeof window !== 'number' || !Number.isInteger(window) || window < 1 || window > MAX_WINDOW)
    return { problem: `window is not an integer from 1 to ${MAX_WINDOW}` };
  if (!Array.isArray(runs) || !runs.every(isRun)) return { problem: 'runs are malformed' };
  if (runs.length > window) return { problem: `${runs.length} runs do not fit a window of ${window}` };
  return {
    window,
    runs: runs.map((r) => ({
      run_id: r.run_id,
      attempt: r.attempt,
      commit: r.commit,
      date: r.date,
      tests: r.tests,
      failed: r.failed,
      // Files written before runs carried coverage read as unknown.
      coverage: typeof r.coverage === 'number' && Number.isFinite(r.coverage) ? r.coverage : null,
      // Files written before runs carried the mode lack it: unknown, so left out.
      ...(r.failfast !== undefined ? { failfast: r.failfast } : {}),
    })),
  };
}

/**
 * Whether `list` has one comma-separated entry per letter of `outcomes`, each empty or matching
 * `entry`, and empty wherever the letter is one of `emptyAt`.
 */
function alignedList(list: string, outcomes: string, entry: RegExp, emptyAt: string): boolean {
  const parts = list.split(',');
  if (parts.length !== outcomes.length) return false;
  for (let i = 0; i < parts.length; i++) {
    const p = parts[i]!;
    if (p === '') continue;
    if (!entry.test(p) || emptyAt.includes(outcomes[i]!)) return false;
  }
  return true;
}

/** history@1 (one letter per run and the last duration): upgraded, its last duration put on its last run. */
function parseV1(data: Record<string, unknown>): { history: History } | { problem: string } {
  const head = parseHead(data);
  if ('problem' in head) return head;
  const { window, runs } = head;
  const tests = data['tests'];
  if (!Array.isArray(tests)) return { problem: 'tests are malformed' };
  const ids = new Set<string>();
  const out: HistoryTest[] = [];
  for (const t of tests) {
    if (!isObject(t) || typeof t['id'] !== 'string' || typeof t['outcomes'] !== 'string')
      return { problem: 'a test entry is malformed' };
    const shown = JSON.stringify(t['id'].slice(0, 80));
    const outcomes = t['outcomes'];
    if (outcomes.length !== runs.length || runs.length === 0 || !/^[PRFES-]*$/.test(outcomes))
      return { problem: `test ${shown} has outcomes that do not match the runs` };
    const last = t['last_duration'];
    if (!(last === null || (typeof last === 'number' && Number.isFinite(last) && last >= 0)))
      return { problem: 'a test entry is malformed' };
    if (ids.has(t['id'])) return { problem: `test ${shown} is listed twice` };
    ids.add(t['id']);
    const lastRan = outcomes.search(/[^-]-*$/);
    const durations = outcomes
      .split('')
      .map((_, i) => (i === lastRan && last !== null ? String(Math.round(last * 1000)) : ''))
      .join(',');
    out.push({ id: t['id'], outcomes, durations });
  }
  return { history: { schema: HISTORY_SCHEMA, window, runs, signatures: [], tests: out } };
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function isRun(v: unknown): v is HistoryRun {
  return (
    isObject(v) &&
    typeof v['run_id'] === 'string' &&
    typeof v['attempt'] === 'number' &&
    Number.isInteger(v['attempt']) &&
    v['attempt'] >= 1 &&
    (v['commit'] === null || typeof v['commit'] === 'string') &&
    typeof v['date'] === 'string' &&
    typeof v['tests'] === 'number' &&
    Number.isInteger(v['tests']) &&
    v['tests'] >= 0 &&
    typeof v['failed'] === 'number' &&
    Number.isInteger(v['failed']) &&
    v['failed'] >= 0 &&
    v['failed'] <= v['tests'] &&
    (v['coverage'] === undefined ||
      v['coverage'] === null ||
      (typeof v['coverage'] === 'number' && v['coverage'] >= 0 && v['coverage'] <= 100)) &&
    (v['failfast'] === undefined || (FAILFAST_MODES as readonly unknown[]).includes(v['failfast']))
  );
}
