import { createHash } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkEmbeddedHash } from '../../src/artifacts/index.js';
import { cleanupTempDirs, copyInto, makeWorkspace, REPO_ROOT, runAction, type ActionRun } from './harness.js';

/**
 * Fail-fast through the action: the committed dist/index.js under Node 24, on real reports. The
 * JUnit report with a failure is node's own test runner output (fixtures/junit/node-test: one test
 * fails on purpose); the passing one is pytest's (examples/reports/junit.xml).
 */

afterAll(cleanupTempDirs);

const EXAMPLES = path.join(REPO_ROOT, 'examples');
const FAILING_JUNIT = path.join(REPO_ROOT, '__tests__', 'fixtures', 'junit', 'node-test', 'junit.xml');
const PASSING_JUNIT = path.join(EXAMPLES, 'reports', 'junit.xml');

/** The ladder passes on 2026-11-22 with the example's 77.38 % (floor ≈ 77.1 %). */
const LADDER = `coverage:
  metric: line
  baseline: 75.3
  tolerance: 0.5
  target: 90
  since: 2026-09-01
  horizon: 2028-06-30
`;

/**
 * Files every full run writes (at least). Soft and a passing hard run are compared with a run with
 * fail-fast off on the same reports (the set grows as the action does), which must hold these.
 */
const CORE_ARTIFACTS = [
  'SHA256SUMS',
  'baseline.metrics.json',
  'coverage-ladder.yaml',
  'coverage.xml',
  'durations.json',
  'events.log.jsonl',
  'failfast.summary.json',
  'flake.report.json',
  'foundation.checkpoint.json',
  'foundation.checkpoint.md',
  'history.json',
];

interface Case {
  readonly name: string;
  readonly classname: string;
  readonly time: number;
  readonly failed: boolean;
}

/**
 * The report's test cases in document order, read with regular expressions rather than the
 * action's parser, so the expected figures do not come from the code under test.
 */
function casesOf(xml: string): Case[] {
  const out: Case[] = [];
  const re = /<testcase\b([^>]*?)(\/>|>([\s\S]*?)<\/testcase>)/g;
  for (const m of xml.matchAll(re)) {
    const attr = (n: string) => new RegExp(`\\b${n}="([^"]*)"`).exec(m[1]!)?.[1] ?? '';
    out.push({
      name: attr('name'),
      classname: attr('classname'),
      time: Number(attr('time') || 0),
      failed: /<(failure|error)\b/.test(m[3] ?? ''),
    });
  }
  return out;
}

interface Expected {
  /** `classname::name` of the first failing case (no `file` attribute in node's report). */
  readonly id: string;
  readonly untilFirst: number;
  readonly total: number;
}

async function expectedFromFailingReport(): Promise<Expected> {
  const cases = casesOf(await readFile(FAILING_JUNIT, 'utf8'));
  const first = cases.findIndex((c) => c.failed);
  const sum = (cs: Case[]) => cs.reduce((s, c) => s + c.time, 0);
  expect(first).toBeGreaterThan(0);
  expect(cases.filter((c) => c.failed)).toHaveLength(1);
  return {
    id: `${cases[first]!.classname}::${cases[first]!.name}`,
    untilFirst: sum(cases.slice(0, first + 1)),
    total: sum(cases),
  };
}

async function workspace(junit: string): Promise<string> {
  const ws = await makeWorkspace({ 'test-ladder.yml': LADDER });
  await copyInto(ws, path.join(EXAMPLES, 'reports', 'coverage.xml'), 'reports/coverage.xml');
  await copyInto(ws, path.join(EXAMPLES, 'project'), 'project');
  await copyInto(ws, junit, 'reports/junit.xml');
  return ws;
}

async function runWith(
  junit: string,
  mode: string | undefined,
  env: Record<string, string> = {},
): Promise<ActionRun> {
  return runAction({
    workspace: await workspace(junit),
    inputs: {
      'coverage-files': 'reports/coverage.xml',
      'test-files': 'reports/junit.xml',
      date: '2026-11-22',
      ...(mode === undefined ? {} : { 'failfast-mode': mode }),
    },
    env,
  });
}

const outDir = (run: ActionRun) => path.join(run.workspace, 'test-ladder-out');
const filesOf = async (run: ActionRun) => (await readdir(outDir(run))).sort();

interface Gate {
  readonly gate: string;
  readonly status: string;
  readonly reasons: readonly { readonly code: string }[];
}
const gatesOf = async (run: ActionRun) =>
  (await artifact(run, 'foundation.checkpoint.json'))['gates'] as Gate[];
const row = (g: Gate) => [g.gate, g.status, g.reasons.map((r) => r.code)];

/** What a run with fail-fast off writes and judges on the same reports. */
interface Reference {
  readonly files: string[];
  readonly gates: Gate[];
}

async function reference(junit: string): Promise<Reference> {
  const run = await runWith(junit, 'off');
  const files = await filesOf(run);
  // Never an empty yardstick: the files every full run writes are there.
  expect(files).toEqual(expect.arrayContaining(CORE_ARTIFACTS));
  return { files, gates: await gatesOf(run) };
}

async function artifact(run: ActionRun, name: string): Promise<Record<string, unknown>> {
  const text = await readFile(path.join(outDir(run), name), 'utf8');
  expect(checkEmbeddedHash(text), name).toMatchObject({ ok: true });
  return JSON.parse(text) as Record<string, unknown>;
}

/** Every file but SHA256SUMS is listed in it with the sha256 of its bytes. */
async function expectManifestMatches(run: ActionRun, files: readonly string[]): Promise<void> {
  const sums = (await readFile(path.join(outDir(run), 'SHA256SUMS'), 'utf8')).trim().split('\n');
  const listed = new Map(sums.map((l) => [l.slice(66), l.slice(0, 64)]));
  expect([...listed.keys()].sort()).toEqual(files.filter((f) => f !== 'SHA256SUMS'));
  for (const [name, hash] of listed) {
    const bytes = await readFile(path.join(outDir(run), name));
    expect(createHash('sha256').update(bytes).digest('hex'), name).toBe(hash);
  }
}

/** A millisecond figure measured inside the run: a whole number no longer than the process lived. */
function expectElapsed(ms: unknown, run: ActionRun): number {
  expect(typeof ms).toBe('number');
  expect(Number.isInteger(ms)).toBe(true);
  expect(ms as number).toBeGreaterThanOrEqual(0);
  expect(ms as number).toBeLessThanOrEqual(Math.ceil(run.durationMs));
  return ms as number;
}

function expectJunitFigures(summary: Record<string, unknown>, e: Expected): void {
  const junit = summary['junit'] as Record<string, number | string>;
  expect(junit['first_failing_test']).toBe(e.id);
  expect(junit['time_to_first_failure_seconds']).toBeCloseTo(e.untilFirst, 9);
  expect(junit['total_seconds']).toBeCloseTo(e.total, 9);
  expect(junit['saved_seconds']).toBeCloseTo(e.total - e.untilFirst, 9);
  expect(junit['saved_share']).toBeCloseTo((e.total - e.untilFirst) / e.total, 9);
}

async function eventsOf(run: ActionRun): Promise<Record<string, unknown>[]> {
  const text = await readFile(path.join(outDir(run), 'events.log.jsonl'), 'utf8');
  return text
    .trim()
    .split('\n')
    .map((l) => JSON.parse(l) as Record<string, unknown>);
}

let expected: Expected;
beforeAll(async () => {
  expected = await expectedFromFailingReport();
});

describe('failfast-mode: soft, with a failing test', () => {
  let run: ActionRun;
  let off: Reference;
  /** The gates judged after the failing tests gate when fail-fast is off: soft skips them. */
  let later: string[];
  beforeAll(async () => {
    [run, off] = await Promise.all([runWith(FAILING_JUNIT, 'soft'), reference(FAILING_JUNIT)]);
    later = off.gates.slice(off.gates.findIndex((g) => g.gate === 'tests') + 1).map((g) => g.gate);
  });

  it('fails the step with the tests gate as the reason, every output still set', () => {
    expect(run.exitCode).toBe(1);
    expect(run.outputs['verdict']).toBe('fail');
    expect(run.outputs['reasons']).toBe('TESTS_FAILED');
    expect(run.outputs['coverage']).toBe('77.38');
    expect(run.outputs['tests-total']).toBe('8');
    expect(run.outputs['tests-failed']).toBe('1');
    expect(run.outputs['checkpoint']).toBe(path.join(outDir(run), 'foundation.checkpoint.json'));
    expect(run.commands.filter((c) => c.command === 'error').map((c) => c.message)).toContain(
      'TESTS_FAILED: 1 failed and 0 errored of 8 tests; coverage measured in this run is a lower bound',
    );
  });

  it('writes every artifact a run without fail-fast writes, each hashed in SHA256SUMS', async () => {
    const files = await filesOf(run);
    expect(files).toEqual(off.files);
    await expectManifestMatches(run, files);
  });

  it('judges the gates up to the failing one as off does, the later ones FAILFAST_SKIPPED', async () => {
    const gates = await gatesOf(run);
    expect(later).toEqual(expect.arrayContaining(['flakes', 'suspicious']));
    expect(gates.map((g) => g.gate)).toEqual(off.gates.map((g) => g.gate));
    const failing = gates.findIndex((g) => g.gate === 'tests');
    expect(gates.slice(0, failing + 1).map(row)).toEqual(off.gates.slice(0, failing + 1).map(row));
    expect(row(gates[0]!)).toEqual(['ladder', 'pass', []]);
    expect(row(gates[failing]!)).toEqual(['tests', 'fail', ['TESTS_FAILED']]);
    expect(gates.slice(failing + 1).map(row)).toEqual(later.map((g) => [g, 'skipped', ['FAILFAST_SKIPPED']]));
    for (const g of later)
      expect(run.summary).toContain(
        `| ${g} | ⏭️&nbsp;skipped | \`FAILFAST_SKIPPED\` not judged: fail-fast (soft) stopped after gate tests failed |`,
      );
    // The full summary, not the one line of a hard stop.
    expect(run.summary).toContain('### Coverage');
    expect(run.summary).toContain('| Lines | 130 | 168 | 77.38 % |');
  });

  it('failfast.summary.json: the mode, the first failing gate and test, when it was detected, what -x would save', async () => {
    const s = await artifact(run, 'failfast.summary.json');
    expect(s).toMatchObject({
      schema: 'test-ladder/failfast-summary@1',
      mode: 'soft',
      mode_source: 'input',
      early_exit: true,
      first_failing_gate: 'tests',
      first_failing_reasons: ['TESTS_FAILED'],
      first_failing_test: expected.id,
    });
    expect(s['gates_not_judged']).toEqual(later);
    expect(s['plan']).toMatch(/^soft: /);
    expectElapsed(s['detected_after_ms'], run);
    expectJunitFigures(s, expected);
  });

  it('logs early_exit_detected with the gates not judged', async () => {
    const events = await eventsOf(run);
    const early = events.filter((e) => e['event'] === 'early_exit_detected');
    expect(early).toHaveLength(1);
    // The log line is flat: the context's fields sit beside `event`.
    const ctx = early[0]!;
    expect(ctx['gates_not_judged']).toEqual(later);
    expect(ctx['reasons']).toEqual(['TESTS_FAILED']);
    expectElapsed(ctx['detected_after_ms'], run);
    expect(events.map((e) => e['event'])).toContain('foundation_checkpoint_emitted');
  });
});

/** What every hard stop on the failing report must show. */
async function expectHardStop(run: ActionRun, source: string): Promise<void> {
  expect(run.exitCode).toBe(1);
  expect(await readdir(outDir(run))).toEqual(['failfast.summary.json']);
  expect(run.outputs).toEqual({
    verdict: 'fail',
    reasons: 'FAILFAST_HARD_STOP',
    'artifacts-dir': outDir(run),
  });
  const s = await artifact(run, 'failfast.summary.json');
  expect(s).toMatchObject({
    mode: 'hard',
    mode_source: source,
    early_exit: true,
    first_failing_gate: null,
    first_failing_reasons: [],
    first_failing_test: expected.id,
    gates_not_judged: [],
  });
  expect(s['plan']).toMatch(/^hard: /);
  const ms = expectElapsed(s['detected_after_ms'], run);
  expectJunitFigures(s, expected);
  // No event log is written: the events so far travel in the summary file.
  const events = (s['events'] as { event: string }[]).map((e) => e.event);
  expect(events).toEqual(['metrics_capture_start', 'failfast_mode_applied', 'early_exit_detected']);
  // One line, as the job summary and in the log, naming the test and the elapsed time on file.
  const line = `❌ test-ladder fail-fast (hard): stopped after ${ms} ms at failing test ${expected.id}; only failfast.summary.json was written`;
  expect(run.summary).toBe(`${line}\n`);
  expect(run.stdout.split('\n')).toContain(line);
  expect(run.commands.filter((c) => c.command === 'error').map((c) => c.message)).toEqual([
    `FAILFAST_HARD_STOP: ${line}`,
  ]);
}

describe('failfast-mode: hard, with a failing test', () => {
  it('stops before any gate: only failfast.summary.json, a one-line summary, verdict fail', async () => {
    await expectHardStop(await runWith(FAILING_JUNIT, 'hard'), 'input');
  });

  it('TPR_FAILFAST_MODE=hard does the same when the input is empty', async () => {
    await expectHardStop(
      await runWith(FAILING_JUNIT, undefined, { TPR_FAILFAST_MODE: 'hard' }),
      'TPR_FAILFAST_MODE',
    );
  });

  it('the input wins over TPR_FAILFAST_MODE: soft input, hard environment → a soft run', async () => {
    const run = await runWith(FAILING_JUNIT, 'soft', { TPR_FAILFAST_MODE: 'hard' });
    expect(run.exitCode).toBe(1);
    expect(await filesOf(run)).toEqual(expect.arrayContaining(CORE_ARTIFACTS));
    expect(run.outputs['reasons']).toBe('TESTS_FAILED');
    const s = await artifact(run, 'failfast.summary.json');
    expect(s).toMatchObject({
      mode: 'soft',
      mode_source: 'input',
      early_exit: true,
      first_failing_gate: 'tests',
    });
    expect(s['gates_not_judged']).toEqual(expect.arrayContaining(['flakes', 'suspicious']));
  });
});

describe('failfast-mode: hard, nothing failing', () => {
  it('runs to the end and writes everything a run without fail-fast writes; nothing stopped it', async () => {
    const [run, off] = await Promise.all([runWith(PASSING_JUNIT, 'hard'), reference(PASSING_JUNIT)]);
    expect(run.exitCode).toBe(0);
    expect(run.outputs['verdict']).toBe('pass');
    expect(run.outputs['reasons']).toBe('');
    expect(run.outputs['tests-total']).toBe('25');
    const files = await filesOf(run);
    expect(files).toEqual(off.files);
    await expectManifestMatches(run, files);
    expect((await gatesOf(run)).map(row)).toEqual(off.gates.map(row));
    expect((await gatesOf(run)).map((g) => g.status)).not.toContain('fail');
    const s = await artifact(run, 'failfast.summary.json');
    expect(s).toMatchObject({
      mode: 'hard',
      mode_source: 'input',
      early_exit: false,
      first_failing_gate: null,
      first_failing_reasons: [],
      first_failing_test: null,
      detected_after_ms: null,
      gates_not_judged: [],
      junit: { first_failing_test: null },
    });
    expect(s['events']).toBeUndefined();
    expect(run.summary).toContain('### Coverage');
    const events = (await eventsOf(run)).map((e) => e['event']);
    expect(events).toContain('failfast_mode_applied');
    expect(events).not.toContain('early_exit_detected');
  });
});
