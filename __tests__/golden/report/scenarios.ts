/**
 * RunResult values for the report's golden files and the preview page: the example project's real
 * reports run through the pure pipeline pieces, and constructed runs for what the example cannot
 * show (a failing floor with a patch and tiers, a huge run, hostile names). Everything is fixed:
 * dates, commit, environment; nothing reads the clock or the machine.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { RunResult } from '../../../src/analysis/run-result.js';
import type { EnvironmentSignature } from '../../../src/analysis/environment.js';
import type { FlakeReport } from '../../../src/analysis/flakes.js';
import type { CoverageReport, FileCoverage } from '../../../src/model/coverage.js';
import type { Reason, Verdict } from '../../../src/model/verdict.js';
import type { Config } from '../../../src/config/types.js';
import type { FailureGroup, ResultExtras } from '../../../src/report/extras.js';
import { parseConfig } from '../../../src/config/load.js';
import { parseCoverage } from '../../../src/formats/coverage/detect.js';
import { parseJunit } from '../../../src/formats/tests/junit.js';
import { mapReportPaths } from '../../../src/analysis/paths.js';
import { metricOf, totals } from '../../../src/analysis/totals.js';
import { analyzeGaps } from '../../../src/analysis/gaps.js';
import { compareCoverage, explainDrop } from '../../../src/analysis/delta.js';
import { parseUnifiedDiff } from '../../../src/analysis/diff.js';
import { patchCoverage } from '../../../src/analysis/patch.js';
import { durationSummary, firstFailure, testTotals } from '../../../src/analysis/tests.js';
import { coverageTrend, type HistoryRunCoverage } from '../../../src/analysis/pace.js';
import { judgeLadder } from '../../../src/gates/ladder.js';
import { judgeTiers, tiersOfPath } from '../../../src/gates/tiers.js';
import { rollbackEntry, rollbackTriggers } from '../../../src/analysis/rollback.js';
import { judgePatch } from '../../../src/gates/patch.js';
import { judgeTests } from '../../../src/gates/tests.js';
import { overallStatus } from '../../../src/model/verdict.js';
import type { TestCase } from '../../../src/model/tests.js';
import { fileCoverage } from '../../helpers/coverage.js';

// Bundled into a temporary folder by scripts/preview.mjs, this file is no longer in the repository:
// the preview runs from the repository root.
const HERE = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
const ROOT = existsSync(path.join(HERE, 'examples')) ? HERE : process.cwd();
const COMMIT = '3f9c2e1d4b5a69788776655443322110ffeeddcc';
const REPOSITORY = 'octo-org/ladder-demo';
const REPO_FILES = new Set(
  ['__init__.py', 'numbers.py', 'parser.py', 'table.py', 'text.py'].map((f) => `project/ladder_demo/${f}`),
);

export interface Scenario {
  readonly name: string;
  readonly title: string;
  readonly result: RunResult & ResultExtras;
  readonly artifacts: readonly { name: string; sha256: string }[];
  /** The comment limit to render under; GitHub's unless a scenario shows degradation. */
  readonly limit?: number;
}

const ARTIFACT_NAMES = [
  'baseline.metrics.hash',
  'baseline.metrics.json',
  'coverage-badge.json',
  'coverage-badge.svg',
  'coverage-ladder.yaml',
  'coverage.gaps.json',
  'coverage.xml',
  'durations.json',
  'env.signature.json',
  'failfast.summary.json',
  'flake.report.json',
  'history.json',
  // Appended, not sorted in: each fake hash depends on its index.
  'property.results.json',
  'markers.usage.json',
];

/** Stable fake hashes: the golden files must not change when an unrelated artifact does. */
function artifacts(seed: string) {
  return ARTIFACT_NAMES.map((name, i) => ({
    name,
    sha256: Array.from({ length: 64 }, (_, j) => '0123456789abcdef'[(i * 7 + j * 3 + seed.length) % 16]).join(
      '',
    ),
  }));
}

function example(file: string): string {
  return readFileSync(path.join(ROOT, 'examples', file), 'utf8');
}

function exampleCoverage(): CoverageReport {
  const parsed = parseCoverage(example('reports/coverage.xml'), 'examples/reports/coverage.xml');
  return mapReportPaths(parsed, { workspace: '/work/ladder-demo', repoFiles: REPO_FILES }).report;
}

function signature(drift = false): EnvironmentSignature {
  return {
    schema: 'test-ladder/env-signature@1',
    os: 'linux',
    platform: 'linux',
    arch: 'x64',
    runner: { os: 'Linux', arch: 'X64', image: 'ubuntu24', image_version: '20261116.1' },
    runtimes: {
      python: {
        status: 'ok',
        version: drift ? '3.12.8' : '3.12.7',
        command: 'python3 --version',
        duration_ms: 12,
        detected_from: ['pyproject.toml'],
        declared: { file: 'pyproject.toml', version: '>=3.10' },
      },
    },
    tools: {},
    lock_files: [{ file: 'requirements.lock', status: 'ok', sha256: 'ab'.repeat(32), bytes: 812 }],
    env: [],
    seed: { variable: 'TPR_SEED', state: 'integer', present: true, integer: true },
    captured_at: '2026-11-22T09:00:00.000Z',
    monotonic_start_ms: 100,
    duration_ms: 40,
  };
}

function run(date: string, extra: Partial<RunResult['run']> = {}): RunResult['run'] {
  return {
    id: '4242',
    attempt: 1,
    correlationId: '0f8e2d4c-1b3a-4c5d-8e6f-7a8b9c0d1e2f',
    commit: COMMIT,
    ref: 'refs/pull/17/merge',
    repository: REPOSITORY,
    startedAt: `${date}T09:00:00.000Z`,
    date,
    ...extra,
  };
}

interface Parts {
  readonly config: Config;
  readonly report: CoverageReport;
  readonly date: string;
  readonly cases?: readonly TestCase[];
  readonly flakyIds?: readonly string[];
  readonly testInputs?: readonly string[];
  readonly diff?: { text: string; source: string };
  readonly base?: CoverageReport;
  readonly history?: readonly HistoryRunCoverage[];
  readonly signatures?: readonly FailureGroup[];
  readonly flakes?: FlakeReport;
  readonly environment?: RunResult['environment'];
  readonly extraVerdicts?: readonly Verdict[];
  readonly run?: Partial<RunResult['run']>;
  /** The property pilot's figures, as main.ts summarizes property.results.json. */
  readonly property?: RunResult['property'];
  /** Judge the rollback triggers for a coverage drop with this tolerance (points). */
  readonly dropTolerance?: number;
}

/** The pipeline's analyze and gate stages, as main.ts runs them, on values. */
function judge(p: Parts): RunResult & ResultExtras {
  const cfg = p.config.coverage;
  const t = totals(p.report);
  const measured = metricOf(t, cfg.metric);
  const ladder = judgeLadder(cfg, measured, p.date);
  const tiers = judgeTiers(t.files, cfg.tiers, cfg.metric);
  const patch = p.diff
    ? { ...patchCoverage(p.report, parseUnifiedDiff(p.diff.text, p.diff.source)), source: p.diff.source }
    : null;
  const baseDelta = p.base ? compareCoverage(p.base, p.report, cfg.metric) : null;
  const explanation = baseDelta ? explainDrop(baseDelta) : null;
  const cases = p.cases ?? null;
  const testTotalsNow = cases ? testTotals(cases, p.flakyIds ?? []) : null;
  const verdicts: Verdict[] = [
    ladder.verdict,
    tiers.verdict,
    patch
      ? judgePatch(patch, cfg.patch)
      : {
          gate: 'patch',
          status: 'skipped',
          reasons: [{ code: 'NO_DIFF', message: 'no diff or base ref was given', evidence: {} }],
        },
    judgeTests(testTotalsNow),
    ...(p.extraVerdicts ?? [{ gate: 'suspicious', status: 'pass', reasons: [] } as Verdict]),
  ];
  const baseTotals = p.base ? totals(p.base) : null;
  const history = [
    ...(p.history ?? []),
    { run_id: '4242', date: p.date, commit: COMMIT, coverage: measured.percent },
  ];
  return {
    tool: { name: 'test-ladder', version: '0.1.0' },
    run: run(p.date, p.run),
    config: p.config,
    coverage: {
      inputs: p.report.sources.map((s) => ({
        file: s.file,
        format: s.format,
        ...(s.producer ? { producer: s.producer } : {}),
        ...(s.percentCombined !== undefined ? { percentCombined: s.percentCombined } : {}),
      })),
      totals: t,
      paths: {
        mapped: t.files.length,
        unmapped: [],
        bySuffix: 0,
        suggestedPrefix: null,
        prefixSuggestion: null,
      },
      base: baseTotals
        ? { source: 'base/coverage.xml', lines: baseTotals.lines, branches: baseTotals.branches }
        : null,
      delta:
        measured.percent === null
          ? null
          : baseTotals
            ? { value: measured.percent - metricOf(baseTotals, cfg.metric).percent!, against: 'base' }
            : cfg.baseline !== null
              ? { value: measured.percent - cfg.baseline, against: 'baseline' }
              : null,
      baseDelta: baseDelta ? { delta: baseDelta, explanation } : null,
      gaps: analyzeGaps(
        t,
        cfg.metric,
        { floor: ladder.figures.floor, target: cfg.target },
        tiersOfPath(cfg.tiers),
      ),
      tiers: tiers.figures,
      ratchet: null,
      patch,
    },
    ladder: ladder.figures,
    tests:
      cases && testTotalsNow
        ? {
            inputs: p.testInputs ?? ['junit.xml'],
            totals: testTotalsNow,
            durations: durationSummary(cases),
            firstFailure: firstFailure({ sources: [], cases }),
            flakyIds: p.flakyIds ?? [],
            producers: ['pytest'],
            notes: [],
            ...(p.signatures ? { signatures: p.signatures } : {}),
          }
        : null,
    environment: p.environment === undefined ? { signature: signature(), drift: [] } : p.environment,
    verdicts,
    status: overallStatus(verdicts),
    trend: coverageTrend(history, ladder.figures),
    flakes: p.flakes ?? {
      method:
        'passed on retry within a run, or passed and failed on the same commit; runs with over 80 % failing excluded',
      runsSeen: history.length,
      excludedRuns: [],
      flaky: (p.flakyIds ?? []).map((id) => ({
        id,
        evidence: 'passed-on-retry',
        outcomes: 'P'.repeat(history.length - 1) + 'R',
      })),
      flakeRate: cases && cases.length > 0 ? new Set(p.flakyIds ?? []).size / cases.length : null,
    },
    rollback: rollbackTriggers({
      coverage:
        p.dropTolerance === undefined
          ? null
          : {
              metric: cfg.metric,
              current: measured.percent,
              base: baseTotals ? metricOf(baseTotals, cfg.metric).percent : null,
              baseline: cfg.baseline,
              tolerance: { value: p.dropTolerance, source: 'TPR_COVERAGE_TOLERANCE_DROP' },
            },
      flakes: null,
      property: null,
    }).map(rollbackEntry),
    ...(p.property !== undefined ? { property: p.property } : {}),
  };
}

// ───────────────────────────── 1. the example project, first run ─────────────────────────────

export function passingFirstRun(): Scenario {
  const junit = parseJunit(example('reports/junit.xml'), 'examples/reports/junit.xml');
  return {
    name: 'passing-first-run',
    title: 'Passing, first run (the example project)',
    result: judge({
      config: parseConfig(example('test-ladder.yml'), 'examples/test-ladder.yml'),
      report: exampleCoverage(),
      date: '2026-11-22',
      cases: junit.cases,
      flakyIds: junit.flakyIds,
      testInputs: ['examples/reports/junit.xml'],
    }),
    artifacts: artifacts('passing'),
  };
}

// ───────────────────────────── 2. failing the floor, with a patch and tiers ─────────────────────────────

const FAILING_CONFIG = `coverage:
  metric: line
  baseline: 78
  tolerance: 0.5
  target: 90
  since: 2026-09-01
  horizon: 2027-06-30
  patch:
    target: 80
  tiers:
    core:
      paths: [project/ladder_demo/numbers.py, project/ladder_demo/parser.py]
      target: 85
    presentation:
      paths: ['project/ladder_demo/t*.py']
      target: 70
      each: true
`;

function newFileDiff(file: string, lines: number): string {
  return [
    `diff --git a/${file} b/${file}`,
    'new file mode 100644',
    '--- /dev/null',
    `+++ b/${file}`,
    `@@ -0,0 +1,${lines} @@`,
    ...Array.from({ length: lines }, (_, i) => `+line ${i + 1}`),
    '',
  ].join('\n');
}

/** The example's report as a base run that covered `count` more lines of `file` than this one. */
function withMoreHits(report: CoverageReport, file: string, count: number): CoverageReport {
  return {
    ...report,
    files: report.files.map((f): FileCoverage => {
      if (f.path !== file) return f;
      let left = count;
      return { ...f, hits: f.hits.map((h) => (h === 0 && left-- > 0 ? 1 : h)) };
    }),
  };
}

function failingCases(): TestCase[] {
  const ok = (name: string, duration: number): TestCase => ({
    id: `tests/test_parser.py::${name}`,
    name,
    classname: 'tests.test_parser',
    outcome: 'passed',
    duration,
  });
  return [
    ok('test_parse_int', 0.004),
    ok('test_parse_float', 0.006),
    ok('test_parse_range', 1.84),
    ok('test_parse_list', 0.021),
    {
      id: 'tests/test_table.py::test_render_wide',
      name: 'test_render_wide',
      classname: 'tests.test_table',
      outcome: 'failed',
      duration: 0.31,
      message: 'AssertionError: assert 81 == 80',
    },
    {
      id: 'tests/test_table.py::test_render_narrow',
      name: 'test_render_narrow',
      classname: 'tests.test_table',
      outcome: 'failed',
      duration: 0.29,
      message: 'AssertionError: assert 41 == 40',
    },
    {
      id: 'tests/test_text.py::test_wrap_unicode',
      name: 'test_wrap_unicode',
      classname: 'tests.test_text',
      outcome: 'error',
      duration: 2.75,
      message: 'TimeoutError: fixture server did not answer on port 41213',
    },
    {
      id: 'tests/test_numbers.py::test_mean_large',
      name: 'test_mean_large',
      classname: 'tests.test_numbers',
      outcome: 'passed',
      duration: 0.52,
      attempts: [
        { outcome: 'failed', duration: 0.26, message: 'assert 0.30000000000000004 == 0.3' },
        { outcome: 'passed', duration: 0.26 },
      ],
    },
    {
      id: 'tests/test_numbers.py::test_skip_win',
      name: 'test_skip_win',
      classname: 'tests.test_numbers',
      outcome: 'skipped',
      duration: null,
    },
  ];
}

function failingSignatures(): FailureGroup[] {
  return [
    {
      signature: '9d41c0a7e2b35f18aa0c4d7e9b6f2a31',
      normalized: 'AssertionError: assert % == %',
      test_count: 2,
      tests: ['tests/test_table.py::test_render_narrow', 'tests/test_table.py::test_render_wide'],
      status: 'new',
      seen_in_runs: 0,
      of_runs: 7,
      summary: 'new in this run (not in the last 7 runs)',
      first_seen: null,
      earlier_test_count: 0,
      earlier_tests: [],
    } as FailureGroup,
    {
      signature: '51be07f3c8d94a2e6b1f0c3d5a7e9b24',
      normalized: 'TimeoutError: fixture server did not answer on port %',
      test_count: 1,
      tests: ['tests/test_text.py::test_wrap_unicode'],
      status: 'seen',
      seen_in_runs: 3,
      of_runs: 7,
      summary: 'seen in 3 of the last 7 runs',
      first_seen: { run_id: '4101', date: '2026-10-30' },
      earlier_test_count: 2,
      earlier_tests: ['tests/test_text.py::test_wrap_unicode', 'tests/test_text.py::test_wrap_ascii'],
    } as FailureGroup,
  ];
}

export function failingFloor(): Scenario {
  const report = exampleCoverage();
  const history: HistoryRunCoverage[] = [
    ['2026-10-20', 79.9],
    ['2026-10-24', 79.6],
    ['2026-10-30', 79.8],
    ['2026-11-03', 79.2],
    ['2026-11-09', 78.9],
    ['2026-11-14', 78.4],
    ['2026-11-18', 78.1],
  ].map(([date, coverage], i) => ({
    run_id: String(4100 + i),
    date: date as string,
    commit: `${i}`.repeat(40),
    coverage: coverage as number,
  }));
  const cases = failingCases();
  return {
    name: 'failing-floor',
    title: 'Failing the floor, with a patch, tiers and failing tests',
    result: judge({
      config: parseConfig(FAILING_CONFIG, 'test-ladder.yml'),
      report,
      date: '2026-11-22',
      cases,
      flakyIds: ['tests/test_numbers.py::test_mean_large'],
      diff: {
        text:
          newFileDiff('project/ladder_demo/parser.py', 72) + newFileDiff('project/ladder_demo/table.py', 51),
        source: 'git diff 1a2b3c4d5e6f 3f9c2e1d4b5a',
      },
      base: withMoreHits(report, 'project/ladder_demo/parser.py', 4),
      history,
      signatures: failingSignatures(),
      dropTolerance: 1,
      property: {
        status: 'warn',
        tests: 3,
        passing: 1,
        needs_runs: 22,
        falsified: 0,
        flaky: 0,
        too_slow: 0,
        required_passes: 30,
        runtime_threshold_ms: 1000,
        seed: '12345',
        false_failure_rate: 0,
      },
      flakes: {
        method:
          'passed on retry within a run, or passed and failed on the same commit; runs with over 80 % failing excluded',
        runsSeen: 8,
        excludedRuns: [],
        flaky: [
          { id: 'tests/test_numbers.py::test_mean_large', evidence: 'passed-on-retry', outcomes: 'PPFPPPPR' },
        ],
        flakeRate: 1 / 8,
      },
      environment: {
        signature: signature(true),
        drift: [
          {
            code: 'RUNTIME_CHANGED',
            message: 'python changed from 3.12.7 in the base run to 3.12.8',
            evidence: { runtime: 'python', before: '3.12.7', after: '3.12.8' },
          },
        ],
      },
    }),
    artifacts: artifacts('failing'),
  };
}

// ───────────────────────────── 3. a huge run that must degrade ─────────────────────────────

function hugeReport(files: number): CoverageReport {
  const out: FileCoverage[] = [];
  for (let i = 0; i < files; i++) {
    const n = 40 + (i % 60);
    const lines = Array.from({ length: n }, (_, j) => j + 1);
    out.push(
      fileCoverage({
        path: `services/payments/internal/ledger/reconciliation/module_${String(i).padStart(5, '0')}/handlers.py`,
        lines,
        hits: lines.map((l) => ((l * 7 + i) % 10 < 7 ? 1 : 0)),
      }),
    );
  }
  return { sources: [{ file: 'coverage.xml', format: 'cobertura', roots: [] }], files: out };
}

export function hugeRun(limit?: number): Scenario {
  const report = hugeReport(6000);
  const config = parseConfig(
    'coverage:\n  baseline: 72\n  target: 85\n  since: 2026-06-01\n  horizon: 2027-12-31\n',
    'test-ladder.yml',
  );
  const changed = report.files
    .slice(0, 400)
    .map((f) => newFileDiff(f.path, f.lines.length))
    .join('');
  const cases: TestCase[] = Array.from({ length: 3000 }, (_, i) => ({
    id: `tests/test_ledger_${i % 300}.py::test_case_${i}`,
    name: `test_case_${i}`,
    classname: `tests.test_ledger_${i % 300}`,
    outcome: i % 97 === 0 ? 'failed' : 'passed',
    duration: ((i * 37) % 1000) / 250,
    ...(i % 97 === 0 ? { message: `AssertionError: balance ${i} != ${i + 1}` } : {}),
  }));
  const history: HistoryRunCoverage[] = Array.from({ length: 29 }, (_, i) => ({
    run_id: String(9000 + i),
    date: new Date(Date.UTC(2026, 9, 20 + i)).toISOString().slice(0, 10),
    commit: null,
    coverage: 68 + i * 0.05 + (i % 3) * 0.1,
  }));
  return {
    name: limit ? 'huge-run-tight' : 'huge-run',
    title: limit
      ? `A huge run under a ${limit}-character limit`
      : 'A huge run (6,000 files, 3,000 tests, 400 changed files)',
    result: judge({
      config,
      report,
      date: '2026-11-18',
      cases,
      diff: { text: changed, source: 'pr.diff' },
      history,
      signatures: Array.from({ length: 31 }, (_, i) => ({
        signature: `${(i * 2654435761).toString(16).padStart(8, '0')}${'0'.repeat(24)}`,
        normalized: 'AssertionError: balance % != %',
        test_count: 1,
        tests: [`tests/test_ledger_${(i * 97) % 300}.py::test_case_${i * 97}`],
        status: i % 4 === 0 ? 'seen' : 'new',
        seen_in_runs: i % 4 === 0 ? 2 : 0,
        of_runs: 29,
        summary: i % 4 === 0 ? 'seen in 2 of the last 29 runs' : 'new in this run (not in the last 29 runs)',
        first_seen: null,
        earlier_test_count: 0,
        earlier_tests: [],
      })) as FailureGroup[],
      run: { id: '987654321', repository: 'octo-org/monorepo' },
    }),
    artifacts: artifacts('huge'),
    ...(limit ? { limit } : {}),
  };
}

// ───────────────────────────── 4. hostile names ─────────────────────────────

const HOSTILE = [
  '`rm -rf` | **bold** <img src=x onerror=alert(1)> @octocat #123 --> ::error::pwned',
  'evil\n## heading\n<!-- test-ladder:comment key=other -->',
  "it's [a link](https://evil.example) ![img](https://evil.example/x.png) ```fence``` $(whoami)",
];

export function hostileNames(): Scenario {
  const files: FileCoverage[] = [
    { path: 'src/`tick`|pipe|<b>.py', lines: [1, 2, 3, 4], hits: [1, 0, 0, 1] },
    { path: 'src/@octocat/#123/-->/::error::x.py', lines: [1, 2, 3], hits: [0, 0, 1] },
    { path: 'src/[link](javascript:alert(1)).py', lines: [1, 2], hits: [1, 1] },
    { path: "src/it's (quoted) & <escaped>.py", lines: [1, 2, 3, 4, 5], hits: [0, 0, 0, 0, 1] },
  ].map(fileCoverage);
  const report: CoverageReport = {
    sources: [{ file: 'reports/`cov`|<x>.xml', format: 'cobertura', roots: [] }],
    files,
  };
  const config = parseConfig(
    `coverage:\n  baseline: 60\n  target: 80\n  since: 2026-01-01\n  horizon: 2027-01-01\n  tiers:\n    "<b>@core|#1</b>":\n      paths: ['src/**']\n      target: 50\n`,
    'test-ladder.yml',
  );
  const cases: TestCase[] = HOSTILE.map((name, i) => ({
    id: `tests/${name}`,
    name,
    classname: 'tests',
    outcome: i === 2 ? 'passed' : 'failed',
    duration: 0.1 * (i + 1),
    ...(i === 2 ? {} : { message: HOSTILE[(i + 1) % 3]! }),
  }));
  const hostileReason: Reason = {
    code: 'SUSPICIOUS_`NAME`',
    message: `${HOSTILE[0]} ${HOSTILE[1]}`,
    evidence: { path: HOSTILE[1]! },
  };
  return {
    name: 'hostile-names',
    title:
      'Hostile names: markdown, HTML, mentions, references, pipes, backticks, comment closers, workflow commands, newlines',
    result: judge({
      config,
      report,
      date: '2026-11-22',
      cases,
      flakyIds: [`tests/${HOSTILE[2]}`],
      diff: {
        text: newFileDiff(files[0]!.path, 4) + newFileDiff(files[3]!.path, 5),
        source: 'changes `x`.diff',
      },
      signatures: [
        {
          signature: 'deadbeef|`x`<b>',
          normalized: HOSTILE.join(' '),
          test_count: 2,
          tests: cases.slice(0, 2).map((c) => c.id),
          status: 'new',
          seen_in_runs: 0,
          of_runs: 0,
          summary: 'new <b>@octocat</b> #9',
          first_seen: null,
          earlier_test_count: 0,
          earlier_tests: [],
        } as FailureGroup,
      ],
      extraVerdicts: [{ gate: 'suspicious', status: 'warn', reasons: [hostileReason] }],
      environment: {
        signature: { ...signature(), os: 'linux<script>', arch: '@x64 #1' },
        drift: [{ code: 'TOOL_`CHANGED`', message: HOSTILE[0]!, evidence: {} }],
      },
      testInputs: ['reports/junit `x`.xml', "reports/it's.xml"],
    }),
    artifacts: artifacts('hostile'),
  };
}

export function scenarios(): Scenario[] {
  return [passingFirstRun(), failingFloor(), hugeRun(), hugeRun(1500), hostileNames()];
}
