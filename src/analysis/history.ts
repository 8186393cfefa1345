import type { Outcome, TestCase } from '../model/tests.js';
import { checkEmbeddedHash } from '../artifacts/index.js';

/**
 * history.json: a compact rolling window of the last N runs, carried forward in each run's own
 * artifacts, so one earlier artifact gives N runs. Per test, one letter per run of the window:
 * P passed, R passed only after a retry, F failed, E error, S skipped, `-` absent from that run.
 */
export const HISTORY_SCHEMA = 'test-ladder/history@1';
export const DEFAULT_WINDOW = 30;

export interface HistoryRun {
  readonly run_id: string;
  readonly attempt: number;
  readonly commit: string | null;
  readonly date: string;
  readonly tests: number;
  readonly failed: number;
}

export interface HistoryTest {
  readonly id: string;
  /** One letter per run in `runs`, oldest first. */
  readonly outcomes: string;
  /** The last duration seen, seconds. */
  readonly last_duration: number | null;
}

export interface History {
  readonly schema: typeof HISTORY_SCHEMA;
  readonly window: number;
  readonly runs: readonly HistoryRun[];
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
  const byId = new Map<string, HistoryTest>();
  for (const t of previous?.tests ?? []) byId.set(t.id, t);
  const ids = new Set([...byId.keys(), ...now.keys()]);
  const tests: HistoryTest[] = [];
  for (const id of [...ids].sort()) {
    const old = byId.get(id);
    const prev = old?.outcomes ?? '-'.repeat(prevRuns.length);
    const c = now.get(id);
    const letter = c ? (c.outcome === 'passed' && flaky.has(id) ? 'R' : LETTER[c.outcome]) : '-';
    const outcomes = (prev + letter).slice(drop);
    if (/^-*$/.test(outcomes)) continue;
    tests.push({
      id,
      outcomes,
      last_duration: c?.duration ?? old?.last_duration ?? null,
    });
  }
  return { schema: HISTORY_SCHEMA, window, runs: runs.slice(drop), tests };
}

/** A history.json from another run is hostile data: any doubt, and it is not used. */
export function parseHistory(text: string): { history: History } | { problem: string } {
  const sealed = checkEmbeddedHash(text);
  if (!sealed.ok) return { problem: sealed.reason };
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return { problem: 'not JSON' };
  }
  if (!isObject(data) || data['schema'] !== HISTORY_SCHEMA)
    return { problem: `not a ${HISTORY_SCHEMA} document` };
  const window = data['window'];
  const runs = data['runs'];
  const tests = data['tests'];
  if (typeof window !== 'number' || !Number.isInteger(window) || window < 1 || window > 1000)
    return { problem: 'window is not an integer from 1 to 1000' };
  if (!Array.isArray(runs) || !runs.every(isRun)) return { problem: 'runs are malformed' };
  if (!Array.isArray(tests)) return { problem: 'tests are malformed' };
  for (const t of tests) {
    if (!isObject(t) || typeof t['id'] !== 'string' || typeof t['outcomes'] !== 'string')
      return { problem: 'a test entry is malformed' };
    if (t['outcomes'].length !== runs.length || !/^[PRFES-]*$/.test(t['outcomes']))
      return {
        problem: `test ${JSON.stringify(t['id']).slice(0, 80)} has outcomes that do not match the runs`,
      };
    if (!(t['last_duration'] === null || typeof t['last_duration'] === 'number'))
      return { problem: 'a test entry is malformed' };
  }
  return {
    history: {
      schema: HISTORY_SCHEMA,
      window,
      runs: runs.map((r) => ({
        run_id: r.run_id,
        attempt: r.attempt,
        commit: r.commit,
        date: r.date,
        tests: r.tests,
        failed: r.failed,
      })),
      tests: tests.map((t) => ({
        id: t['id'] as string,
        outcomes: t['outcomes'] as string,
        last_duration: t['last_duration'] as number | null,
      })),
    },
  };
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function isRun(v: unknown): v is HistoryRun {
  return (
    isObject(v) &&
    typeof v['run_id'] === 'string' &&
    typeof v['attempt'] === 'number' &&
    (v['commit'] === null || typeof v['commit'] === 'string') &&
    typeof v['date'] === 'string' &&
    typeof v['tests'] === 'number' &&
    typeof v['failed'] === 'number'
  );
}
