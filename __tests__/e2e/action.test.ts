import { createHash } from 'node:crypto';
import { readFile, readdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cleanupTempDirs, copyInto, makeWorkspace, REPO_ROOT, runAction, type ActionRun } from './harness.js';

/** The committed bundle, run by Node 24 exactly as the runner runs it, on the example project's real reports. */

const EXAMPLES = path.join(REPO_ROOT, 'examples');
const ARTIFACTS = [
  'SHA256SUMS',
  'baseline.metrics.hash',
  'baseline.metrics.json',
  'coverage-ladder.yaml',
  'coverage.gaps.json',
  'coverage.xml',
  'durations.json',
  'env.signature.json',
  'events.log.jsonl',
  'failfast.summary.json',
  'flake.report.json',
  'foundation.checkpoint.json',
  'foundation.checkpoint.md',
  'history.json',
  'markers.usage.json',
  'property.results.json',
  'tests.junit.xml',
  'coverage-badge.json',
  'coverage-badge.svg',
].sort();

async function exampleWorkspace(config?: string): Promise<string> {
  const ws = await makeWorkspace(config === undefined ? {} : { 'test-ladder.yml': config });
  await copyInto(ws, path.join(EXAMPLES, 'reports'), 'reports');
  await copyInto(ws, path.join(EXAMPLES, 'project'), 'project');
  return ws;
}

const LADDER = `coverage:
  metric: line
  baseline: 75.3
  tolerance: 0.5
  target: 90
  since: 2026-09-01
  horizon: 2028-06-30
`;

afterAll(cleanupTempDirs);

describe('the action on the example project', () => {
  let run: ActionRun;
  beforeAll(async () => {
    const ws = await exampleWorkspace(LADDER);
    run = await runAction({
      workspace: ws,
      inputs: {
        'coverage-files': 'reports/coverage.xml',
        'test-files': 'reports/junit.xml',
        date: '2026-11-22',
      },
      env: { GITHUB_RUN_ID: '4242', TPR_SEED: '1234', SOME_SECRET: 'hunter2-super-secret' },
    });
  });

  it('passes and sets every output with the figures coverage.py printed (130/168 lines)', () => {
    expect(run.stderr).toBe('');
    expect(run.exitCode).toBe(0);
    // floor on 2026-11-22: 75.3 + (90 - 75.3) · 82 / 668 days
    const floor = 75.3 + (14.7 * 82) / 668;
    expect(run.outputs).toEqual({
      verdict: 'pass',
      reasons: '',
      coverage: '77.38',
      'line-coverage': '77.38',
      'branch-coverage': '61.11',
      'coverage-delta': ((130 / 168) * 100 - 75.3).toFixed(2),
      'patch-coverage': '',
      'new-baseline': '',
      'new-since': '',
      'artifact-id': '',
      'publish-status': 'skipped',
      'publish-problems': '',
      baseline: '75.30',
      floor: floor.toFixed(2),
      target: '90.00',
      'tests-total': '25',
      'tests-failed': '0',
      'artifacts-dir': path.join(run.workspace, 'test-ladder-out'),
      checkpoint: path.join(run.workspace, 'test-ladder-out', 'foundation.checkpoint.json'),
    });
  });

  it('writes the job summary with the verdict, the ladder line and the gates', () => {
    const floor = (75.3 + (14.7 * 82) / 668).toFixed(2);
    expect(run.summary).toContain(`## ✅ test-ladder pass: line coverage 77.38 % (floor ${floor} %)`);
    expect(run.summary).toContain('**77.38 %** line coverage · baseline 75.30 %');
    expect(run.summary).toContain('| Lines | 130 | 168 | 77.38 % |');
    expect(run.summary).toContain('| Branches | 66 | 108 | 61.11 % |');
    expect(run.summary).toContain('| 25 | 24 | 0 | 0 | 1 | 0 |');
    expect(run.commands.filter((c) => c.command === 'error')).toEqual([]);
  });

  it('writes the whole artifact set, every file hashed in SHA256SUMS', async () => {
    const dir = run.outputs['artifacts-dir']!;
    expect((await readdir(dir)).sort()).toEqual(ARTIFACTS);
    const sums = (await readFile(path.join(dir, 'SHA256SUMS'), 'utf8')).trim().split('\n');
    expect(sums).toHaveLength(ARTIFACTS.length - 1);
    for (const line of sums) {
      const [hash, name] = line.split('  ');
      const bytes = await readFile(path.join(dir, name!));
      expect(createHash('sha256').update(bytes).digest('hex'), name).toBe(hash);
    }
  });

  it('records the checkpoint with every gate, the events seen and no logging deficit', async () => {
    const cp = JSON.parse(await readFile(run.outputs['checkpoint']!, 'utf8'));
    expect(cp.status).toBe('pass');
    expect(cp.blocked).toBe(false);
    expect(cp.gates.map((g: { gate: string; status: string }) => [g.gate, g.status])).toEqual([
      ['ladder', 'pass'],
      ['tiers', 'skipped'],
      ['patch', 'skipped'],
      ['tests', 'pass'],
      ['flakes', 'pass'],
      ['property', 'skipped'],
      ['suspicious', 'pass'],
    ]);
    // The plan's criteria, judged from this run: no failing test (AC-2), no property test (AC-3)
    // and no validate-env step (AC-5) leave the Definition of Done open, and say so.
    expect(cp.acceptance.map((c: { id: string; status: string }) => `${c.id} ${c.status}`)).toEqual([
      'AC-1 met',
      'AC-2 not measured',
      'AC-3 not measured',
      'AC-4 not met',
      'AC-5 not measured',
      'AC-6 met',
      'AC-7 met',
    ]);
    expect(cp.definition_of_done.line).toBe(
      'Definition of Done: not met: AC-2 not measured, AC-3 not measured, AC-4 not met, AC-5 not measured; the job does not run the environment validator before the tests.',
    );
    expect(cp.acceptance[1].missing).toEqual([
      'no failing test in this run: the benchmark needs a run with a seeded failure',
    ]);
    expect(cp.figures.coverage.lines).toEqual({ covered: 130, total: 168, percent: (130 / 168) * 100 });
    expect(cp.artifacts.map((a: { name: string }) => a.name)).toEqual(
      ARTIFACTS.filter(
        (a) =>
          ![
            'SHA256SUMS',
            'events.log.jsonl',
            'foundation.checkpoint.json',
            'foundation.checkpoint.md',
          ].includes(a),
      ),
    );
  });

  it('logs the event taxonomy with one correlation id and never an environment value', async () => {
    const text = await readFile(path.join(run.outputs['artifacts-dir']!, 'events.log.jsonl'), 'utf8');
    const events = text
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(events.map((e) => e.event)).toEqual([
      'metrics_capture_start',
      'failfast_mode_applied',
      'coverage_ladder_recorded',
      'flake_scan_complete',
      'property_test_start',
      'property_test_complete',
      'metrics_capture_complete',
      'foundation_checkpoint_emitted',
    ]);
    expect(new Set(events.map((e) => e.correlation_id)).size).toBe(1);
    expect(events.every((e) => e.run_id === '4242')).toBe(true);
    const dir = run.outputs['artifacts-dir']!;
    const files = await readdir(dir);
    const byFile = new Map(
      await Promise.all(files.map(async (f) => [f, await readFile(path.join(dir, f), 'utf8')] as const)),
    );
    const all = [...byFile.values()].join('\n');
    expect(all).not.toContain('hunter2-super-secret');
    // The seed's value is recorded where the plan asks for it, as the seed the property tests ran
    // with (property.results.json, and the result in the checkpoint), and nowhere else: the
    // environment signature and the events hold its presence only.
    expect(JSON.parse(byFile.get('property.results.json')!).seed).toEqual({
      value: '1234',
      source: 'TPR_SEED',
    });
    expect(JSON.parse(byFile.get('foundation.checkpoint.json')!).result.property.seed).toBe('1234');
    for (const [f, t] of byFile)
      if (f !== 'property.results.json' && f !== 'foundation.checkpoint.json')
        expect(t, f).not.toContain('1234"');
    expect(byFile.get('foundation.checkpoint.json')!.split('1234"')).toHaveLength(2);
  });

  it('maps the absolute Cobertura <source> root of another machine onto the workspace files', async () => {
    const gaps = JSON.parse(
      await readFile(path.join(run.outputs['artifacts-dir']!, 'coverage.gaps.json'), 'utf8'),
    );
    expect(gaps.ranked.every((f: { path: string }) => f.path.startsWith('project/ladder_demo/'))).toBe(true);
    expect(run.commands.filter((c) => c.command === 'warning')).toEqual([]);
  });
});

describe('failing gates and bad input', () => {
  it('fails the step with exit 1 and the reason first when coverage is below the floor', async () => {
    const ws = await exampleWorkspace(LADDER.replace('baseline: 75.3', 'baseline: 80'));
    const run = await runAction({
      workspace: ws,
      inputs: { 'coverage-files': 'reports/coverage.xml', date: '2026-11-22' },
    });
    expect(run.exitCode).toBe(1);
    expect(run.outputs['verdict']).toBe('fail');
    expect(run.outputs['reasons']).toBe('COVERAGE_REGRESSION,BELOW_FLOOR');
    const errors = run.commands.filter((c) => c.command === 'error');
    expect(errors).toHaveLength(1);
    expect(errors[0]!.message).toMatch(
      /^COVERAGE_REGRESSION: line coverage 77\.38 % fell 2\.62 pp below the baseline 80\.00 %/,
    );
    expect(run.summary).toContain('❌ test-ladder fail');
    expect(await readdir(run.outputs['artifacts-dir']!)).toContain('foundation.checkpoint.json');
  });

  it('judges the target as missed after the horizon', async () => {
    const ws = await exampleWorkspace(LADDER);
    const run = await runAction({
      workspace: ws,
      inputs: { 'coverage-files': 'reports/coverage.xml', date: '2028-07-01' },
    });
    expect(run.exitCode).toBe(1);
    expect(run.outputs['reasons']).toBe('TARGET_MISSED_AFTER_HORIZON');
    expect(run.outputs['floor']).toBe('90.00');
  });

  it('exits 2 naming the patterns when no coverage report matches', async () => {
    const ws = await exampleWorkspace();
    const run = await runAction({ workspace: ws, inputs: { 'coverage-files': 'nothing/*.xml' } });
    expect(run.exitCode).toBe(2);
    const errors = run.commands.filter((c) => c.command === 'error');
    expect(errors.map((e) => e.message)).toEqual([`no coverage report matches "nothing/*.xml" under ${ws}`]);
    expect(run.outputs).toEqual({});
  });

  it('exits 2 with file:line:col for a config error', async () => {
    const ws = await exampleWorkspace('coverage:\n  tolerence: 1\n');
    const run = await runAction({ workspace: ws, inputs: { 'coverage-files': 'reports/coverage.xml' } });
    expect(run.exitCode).toBe(2);
    expect(run.commands.find((c) => c.command === 'error')?.message).toMatch(
      /^test-ladder\.yml:2:3: coverage\.tolerence: unknown key; allowed: .*\(did you mean "tolerance"\?\)$/,
    );
  });

  it('exits 2 naming the file and line for a truncated report', async () => {
    const ws = await exampleWorkspace();
    const full = await readFile(path.join(ws, 'reports/coverage.xml'), 'utf8');
    await writeFile(path.join(ws, 'reports/coverage.xml'), full.slice(0, Math.floor(full.length / 2)));
    const run = await runAction({ workspace: ws, inputs: { 'coverage-files': 'reports/coverage.xml' } });
    expect(run.exitCode).toBe(2);
    expect(run.commands.find((c) => c.command === 'error')?.message).toMatch(
      /^reports\/coverage\.xml:\d+:\d+: .*truncated/,
    );
  });

  it('exits 2 naming the input and the allowed values for a bad input', async () => {
    const ws = await exampleWorkspace();
    const run = await runAction({
      workspace: ws,
      inputs: { 'coverage-files': 'reports/coverage.xml', 'coverage-format': 'jacocoo' },
    });
    expect(run.exitCode).toBe(2);
    expect(run.commands.find((c) => c.command === 'error')?.message).toBe(
      'input coverage-format: "jacocoo" is not a format this version reads; allowed: auto, cobertura, lcov, jacoco, clover, coveragepy-json, istanbul-json, go-cover',
    );
  });
});

describe('mode: validate-env', () => {
  const CONFIG = `environment:\n  runtimes: { node: "18" }\n  seed: { required: true }\n  required-env: [DATABASE_URL]\n`;

  it('fails with reason codes, expected and actual, and writes env.validation.failure.json without values', async () => {
    const ws = await exampleWorkspace(CONFIG);
    const run = await runAction({
      workspace: ws,
      inputs: { mode: 'validate-env' },
      env: { TPR_SEED: '12abc', DATABASE_URL: '' },
    });
    expect(run.exitCode).toBe(1);
    expect(run.outputs['verdict']).toBe('fail');
    expect(run.outputs['reasons']!.split(',').sort()).toEqual([
      'ENV_VAR_MISSING',
      'RUNTIME_VERSION_MISMATCH',
      'SEED_NOT_INTEGER',
    ]);
    expect(run.summary).toContain('❌ test-ladder environment: fail');
    expect(run.summary).toMatch(/node is 24\.\d+\.\d+, expected 18/);
    const dir = run.outputs['artifacts-dir']!;
    const failure = await readFile(path.join(dir, 'env.validation.failure.json'), 'utf8');
    expect(failure).not.toContain('12abc');
    const events = (await readFile(path.join(dir, 'events.log.jsonl'), 'utf8'))
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l).event);
    expect(events).toEqual(['environment_validation_start', 'environment_validation_fail']);
  });

  it('a passing validate-env step before the run: AC-5 is met with the duration of that validation', async () => {
    const ws = await exampleWorkspace(
      `environment:\n  runtimes: { node: "24" }\n  seed: { required: true }\n`,
    );
    const env = { TPR_SEED: '12345' };
    const validated = await runAction({ workspace: ws, inputs: { mode: 'validate-env' }, env });
    expect(validated.exitCode).toBe(0);
    const run = await runAction({
      workspace: ws,
      inputs: { 'coverage-files': 'reports/coverage.xml', date: '2026-11-22' },
      env,
    });
    expect(run.exitCode).toBe(0);
    const dir = run.outputs['artifacts-dir']!;
    const signature = JSON.parse(await readFile(path.join(dir, 'env.signature.json'), 'utf8'));
    const cp = JSON.parse(await readFile(path.join(dir, 'foundation.checkpoint.json'), 'utf8'));
    const ac5 = cp.acceptance[4];
    expect([ac5.id, ac5.status, ac5.missing]).toEqual(['AC-5', 'met', []]);
    expect(ac5.evidence).toContainEqual({ kind: 'figure', name: 'validation.status', value: 'ok' });
    expect(ac5.evidence).toContainEqual({
      kind: 'figure',
      name: 'validation.duration_ms',
      value: signature.duration_ms,
    });
    expect(signature.duration_ms).toBeLessThan(1000);
  });

  it('validate-env: skip is recorded as skipped, never silently; a later run step reuses the signature and the events', async () => {
    const ws = await exampleWorkspace(CONFIG + LADDER);
    const skipped = await runAction({
      workspace: ws,
      inputs: { mode: 'validate-env', 'validate-env': 'skip' },
    });
    expect(skipped.exitCode).toBe(0);
    expect(skipped.outputs['verdict']).toBe('skipped');
    expect(skipped.summary).toContain('ENV_VALIDATION_SKIPPED');
    const signature = await readFile(
      path.join(skipped.outputs['artifacts-dir']!, 'env.signature.json'),
      'utf8',
    );
    const run = await runAction({
      workspace: ws,
      inputs: { 'coverage-files': 'reports/coverage.xml', date: '2026-11-22' },
    });
    expect(run.exitCode).toBe(0);
    const dir = run.outputs['artifacts-dir']!;
    expect(await readFile(path.join(dir, 'env.signature.json'), 'utf8')).toBe(signature);
    const events = (await readFile(path.join(dir, 'events.log.jsonl'), 'utf8'))
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l).event);
    expect(events.slice(0, 3)).toEqual([
      'environment_validation_start',
      'environment_validation_ok',
      'metrics_capture_start',
    ]);
    // A skipped validation is not a validation: AC-5 says so.
    const cp = JSON.parse(await readFile(path.join(dir, 'foundation.checkpoint.json'), 'utf8'));
    expect(cp.acceptance[4]).toMatchObject({
      id: 'AC-5',
      status: 'not met',
      missing: ['the validation was skipped (validate-env: skip, or TPR_ENV_VALIDATE=skip)'],
    });
  });
});

describe('tiers, ratchet and patch coverage', () => {
  it('judges a tier, proposes a higher baseline and measures the changed lines of a diff', async () => {
    const ws = await exampleWorkspace(
      'coverage:\n  baseline: 70\n  ratchet: { step: 1 }\n  patch: { target: 80 }\n  tiers:\n    tables: { paths: [project/ladder_demo/table.py], target: 50 }\n',
    );
    const table = await readFile(path.join(ws, 'project/ladder_demo/table.py'), 'utf8');
    const lines = table.split('\n');
    if (lines[lines.length - 1] === '') lines.pop();
    const diff = [
      'diff --git a/project/ladder_demo/table.py b/project/ladder_demo/table.py',
      'new file mode 100644',
      '--- /dev/null',
      '+++ b/project/ladder_demo/table.py',
      `@@ -0,0 +1,${lines.length} @@`,
      ...lines.map((l) => `+${l}`),
      '',
    ].join('\n');
    await writeFile(path.join(ws, 'change.diff'), diff);
    const run = await runAction({
      workspace: ws,
      inputs: { 'coverage-files': 'reports/coverage.xml', 'diff-file': 'change.diff', date: '2026-11-22' },
    });
    expect(run.exitCode).toBe(1);
    // table.py: 10 of 37 executable lines covered (coverage.py's own per-file figure)
    expect(run.outputs['patch-coverage']).toBe(((10 / 37) * 100).toFixed(2));
    expect(run.outputs['reasons']).toBe('TIER_BELOW_TARGET,PATCH_BELOW_TARGET');
    expect(run.outputs['new-baseline']).toBe('77.38');
    expect(run.summary).toContain('### Patch coverage');
    expect(run.summary).toContain('10 of 37 changed executable lines covered');
    expect(run.summary).toContain('⬆️ Ratchet: raise `coverage.baseline` to 77.38');
    const ladder = await readFile(path.join(run.outputs['artifacts-dir']!, 'coverage-ladder.yaml'), 'utf8');
    expect(ladder).toContain('proposed_baseline: 77.38');
    expect(ladder).toMatch(/tiers:\n {2}- name: tables\n {4}target: 50/);
  });
});

describe('a matrix shard', () => {
  it('judges only its tests: the coverage gates are the merge job’s, on the whole', async () => {
    const ws = await exampleWorkspace(LADDER.replace('baseline: 75.3', 'baseline: 85'));
    const run = await runAction({
      workspace: ws,
      inputs: {
        'coverage-files': 'reports/coverage.xml',
        'test-files': 'reports/junit.xml',
        shard: '1',
        date: '2026-11-22',
      },
    });
    expect(run.exitCode).toBe(0);
    expect(run.outputs['verdict']).toBe('pass');
    const cp = JSON.parse(await readFile(run.outputs['checkpoint']!, 'utf8'));
    expect(cp.gates.map((g: { gate: string; status: string }) => [g.gate, g.status])).toEqual([
      ['ladder', 'skipped'],
      ['tiers', 'skipped'],
      ['patch', 'skipped'],
      ['tests', 'pass'],
      ['flakes', 'pass'],
      ['property', 'skipped'],
      ['suspicious', 'skipped'],
    ]);
    expect(cp.gates[0].reasons[0].code).toBe('JUDGED_AT_MERGE');
  });
});
