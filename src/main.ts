import path from 'node:path';
import { dump as yamlDump } from 'js-yaml';
import type { Adapters } from './adapters/types.js';
import { ArtifactSet, verifyArtifacts } from './artifacts/index.js';
import { parseConfig } from './config/load.js';
import { CONFIG_CANDIDATES, DEFAULT_CONFIG, type Config } from './config/types.js';
import { EventLog, auditEvents, newCorrelationId, type EventName } from './events/index.js';
import { parseCoverage } from './formats/coverage/detect.js';
import { parseCobertura } from './formats/coverage/cobertura.js';
import { coberturaView, writeCobertura } from './formats/coverage/cobertura-write.js';
import { parseJunit } from './formats/tests/junit.js';
import { utcDate } from './analysis/dates.js';
import { analyzeGaps } from './analysis/gaps.js';
import { declaredMismatches } from './analysis/crosscheck.js';
import { mergeReports } from './analysis/merge.js';
import { mapReportPaths, type MappingSummary } from './analysis/paths.js';
import { durationSummary, firstFailure, testTotals } from './analysis/tests.js';
import { metricOf, totals } from './analysis/totals.js';
import { extendHistory, parseHistory, type History } from './analysis/history.js';
import { flakeReport } from './analysis/flakes.js';
import { environmentSignature } from './analysis/environment.js';
import type { RunResult } from './analysis/run-result.js';
import { judgeLadder } from './gates/ladder.js';
import { judgeTests } from './gates/tests.js';
import { buildCheckpoint, renderCheckpointMarkdown } from './report/checkpoint.js';
import { renderSummary, headline } from './report/summary.js';
import { fixed2 } from './report/format.js';
import { logLine } from './report/escape.js';
import { OUTPUT, type Inputs } from './inputs.js';
import { InputError, isInputError } from './model/errors.js';
import { overallStatus, type Verdict } from './model/verdict.js';
import type { CoverageReport } from './model/coverage.js';
import type { TestCase } from './model/tests.js';
import { VERSION } from './version.js';

export interface RunOutcome {
  /** 0 every gate passed (or warned), 1 a gate failed, 2 usage or unreadable input. */
  readonly exitCode: 0 | 1 | 2;
  readonly result: RunResult | null;
  readonly outDir: string | null;
  /** The one-line reason when the run could not judge (exit 2). */
  readonly error: string | null;
}

/** Events a `run` must have emitted by the end; any missing one is a logging deficit. */
const EXPECTED_EVENTS: readonly EventName[] = [
  'metrics_capture_start',
  'metrics_capture_complete',
  'coverage_ladder_recorded',
  'flake_scan_complete',
  'failfast_mode_applied',
];

/**
 * The pipeline: inputs → config → collect → parse → analyze → gate → render → publish.
 * Everything between the ends is pure; `adapters` are the only way out.
 */
export async function run(inputs: Inputs, adapters: Adapters): Promise<RunOutcome> {
  const { files, reporter, host } = adapters;
  try {
    const startedAt = host.now();
    const t0 = host.monotonic();
    const date = inputs.date ?? utcDate(startedAt);
    const correlationId = newCorrelationId((n) => host.randomBytes(n));
    const events = new EventLog({
      runId: inputs.context.runId,
      correlationId,
      clock: () => host.now(),
      envValues: host.envValues,
    });
    events.emit('metrics_capture_start', { mode: inputs.mode, date });

    // config
    const config = await loadConfig(inputs, adapters);

    // collect + parse coverage
    const coverageFiles = await files.glob(inputs.coverage, inputs.workspace);
    if (coverageFiles.length === 0)
      throw new InputError(
        `no coverage report matches ${inputs.coverage.map((p) => JSON.stringify(p)).join(', ')} under ${inputs.workspace}`,
      );
    const repoFiles = await files.listRepoFiles(inputs.workspace);
    const pathContext = { workspace: inputs.workspace, repoFiles };
    const parsed: CoverageReport[] = [];
    const mappingSummaries: MappingSummary[] = [];
    for (const file of coverageFiles) {
      const text = await files.readText(file);
      const report = parseCoverage(text, displayPath(file, inputs.workspace), inputs.coverageFormat);
      for (const m of declaredMismatches(report))
        reporter.warning(
          `declares ${m.what} ${m.declared.covered}/${m.declared.total} but its records add up to ${m.counted.covered}/${m.counted.total}; the records are counted`,
          { file: m.file },
        );
      const mapped = mapReportPaths(report, pathContext);
      parsed.push(mapped.report);
      mappingSummaries.push(mapped.summary);
    }
    const merged = mergeReports(parsed);
    const coverageTotals = totals(merged);
    const paths = combineMappings(mappingSummaries);
    for (const unmapped of paths.unmapped.slice(0, 10))
      reporter.warning(logLine(`coverage path matches no file in the repository: ${unmapped}`));

    // collect + parse tests
    let testCases: TestCase[] = [];
    let flakyIds: string[] = [];
    let testFiles: string[] = [];
    if (inputs.tests.length > 0) {
      testFiles = await files.glob(inputs.tests, inputs.workspace);
      if (testFiles.length === 0)
        throw new InputError(
          `no test report matches ${inputs.tests.map((p) => JSON.stringify(p)).join(', ')} under ${inputs.workspace}`,
        );
      for (const file of testFiles) {
        const junit = parseJunit(await files.readText(file), displayPath(file, inputs.workspace));
        testCases = testCases.concat(junit.cases);
        flakyIds = flakyIds.concat(junit.flakyIds);
      }
    }

    // base run and history
    const base = inputs.baseDir ? await readBase(inputs.baseDir, adapters, pathContext) : null;
    const previous = inputs.historyDir ? await readPreviousHistory(inputs.historyDir, adapters) : null;

    // analyze + gate
    const measured = metricOf(coverageTotals, config.coverage.metric);
    const ladder = judgeLadder(config.coverage, measured, date);
    const delta = coverageDelta(
      measured.percent,
      base ? metricOf(base.totals, config.coverage.metric).percent : undefined,
      config.coverage.baseline,
    );
    const gaps = analyzeGaps(coverageTotals, config.coverage.metric, {
      floor: ladder.figures.floor,
      target: config.coverage.target,
    });
    events.emit('coverage_ladder_recorded', {
      metric: config.coverage.metric,
      current: measured.percent,
      floor: ladder.figures.floor,
      target: config.coverage.target,
      status: ladder.verdict.status,
    });

    const tests =
      inputs.tests.length > 0
        ? {
            inputs: testFiles.map((f) => displayPath(f, inputs.workspace)),
            totals: testTotals(testCases, flakyIds),
            durations: durationSummary(testCases),
            firstFailure: firstFailure({ sources: testFiles, cases: testCases }),
            flakyIds,
          }
        : null;
    const verdicts: Verdict[] = [ladder.verdict, judgeTests(tests?.totals ?? null)];
    const judgedAfterMs = host.monotonic() - t0;
    const history = extendHistory(previous, {
      runId: inputs.context.runId,
      attempt: inputs.context.attempt,
      commit: inputs.context.commit,
      date,
      cases: testCases,
      flakyIds,
    });
    const flakes = flakeReport(history, flakyIds);
    events.emit('flake_scan_complete', {
      runs_seen: flakes.runsSeen,
      flaky: flakes.flaky.length,
      flake_rate: flakes.flakeRate,
    });
    events.emit('failfast_mode_applied', { mode: 'off' });

    const result: RunResult = {
      tool: { name: 'test-ladder', version: VERSION },
      run: {
        id: inputs.context.runId,
        attempt: inputs.context.attempt,
        correlationId,
        commit: inputs.context.commit,
        ref: inputs.context.ref,
        repository: inputs.context.repository,
        startedAt: startedAt.toISOString(),
        date,
      },
      config,
      coverage: {
        inputs: merged.sources.map((s) => ({ file: s.file, format: s.format })),
        totals: coverageTotals,
        paths,
        base: base
          ? {
              source: displayPath(base.file, inputs.workspace),
              lines: base.totals.lines,
              branches: base.totals.branches,
            }
          : null,
        delta,
        gaps,
      },
      ladder: ladder.figures,
      tests,
      verdicts,
      status: overallStatus(verdicts),
    };
    events.emit('metrics_capture_complete', { status: result.status, files: coverageTotals.files.length });

    // render: every artifact as data, then the checkpoint over their hashes
    const set = new ArtifactSet();
    const cobertura = coberturaView(merged);
    if (cobertura.dropped.outcomes > 0)
      reporter.warning(
        `${cobertura.dropped.outcomes} branch outcomes (${cobertura.dropped.covered} covered) are on lines no report lists as executable (coverage.py's LCOV puts function exits on line 0); Cobertura cannot carry them, so coverage.xml leaves them out while the figures here count them`,
      );
    set.addText('coverage.xml', writeCobertura(merged, { timestamp: startedAt.getTime(), version: VERSION }));
    set.addJson('coverage.gaps.json', { ...gaps, tool: result.tool, run: result.run });
    set.addText('coverage-ladder.yaml', ladderYaml(result));
    set.addJson('durations.json', durationsArtifact(result));
    set.addJson('flake.report.json', { ...flakes, tool: result.tool, run: result.run });
    set.addJson('failfast.summary.json', {
      mode: 'off',
      first_failure: tests?.firstFailure ?? null,
      first_failing_gate: verdicts.find((v) => v.status === 'fail')?.gate ?? null,
      detected_after_ms: verdicts.some((v) => v.status === 'fail') ? Math.round(judgedAfterMs) : null,
      note: 'mode off: every stage ran; first_failure is what a fail-fast test run would have saved',
      run: result.run,
    });
    const signature = environmentSignature({
      host,
      lockFiles: await lockFileHashes(inputs.workspace, adapters),
      now: startedAt,
    });
    const sig = set.addJson('env.signature.json', signature);
    set.addJson('history.json', history as unknown as Record<string, unknown>);
    const baseline = set.addJson(
      'baseline.metrics.json',
      baselineMetrics(result, flakes.flakeRate, sig.embeddedSha256),
    );
    set.addText('baseline.metrics.hash', `${baseline.embeddedSha256}  baseline.metrics.json\n`);

    const audit = auditEvents(events, EXPECTED_EVENTS);
    const checkpoint = buildCheckpoint(result, set.files(), events.events(), audit.missing);
    set.addJson('foundation.checkpoint.json', checkpoint);
    set.addText('foundation.checkpoint.md', renderCheckpointMarkdown(result, set.files(), audit.missing));
    events.emit('foundation_checkpoint_emitted', { status: result.status, artifacts: set.files().length });
    set.addText('events.log.jsonl', events.toJsonl());

    // publish: files first, then summary and outputs, so the verdict is never lost
    const written = [
      ...set.files(),
      { name: 'SHA256SUMS', bytes: new TextEncoder().encode(set.manifest().text) },
    ];
    await files.writeFiles(inputs.outDir, written);
    const check = verifyArtifacts(await files.readDirectory(inputs.outDir));
    if (!check.ok)
      reporter.warning(
        `the written artifacts do not verify: ${check.problems.map((p) => p.message).join('; ')}`,
      );
    await reporter.summary(renderSummary(result, set.files()));
    reporter.outputs(outputs(result, inputs.outDir));
    reporter.info(logLine(headline(result, 'text')));
    reporter.info(`artifacts: ${inputs.outDir} (${written.length} files, SHA256SUMS lists them)`);
    return { exitCode: result.status === 'fail' ? 1 : 0, result, outDir: inputs.outDir, error: null };
  } catch (e) {
    if (isInputError(e)) {
      const message = e.message;
      return { exitCode: 2, result: null, outDir: null, error: message };
    }
    throw e;
  }
}

/** An earlier run's history.json is hostile data: when in doubt it is ignored, with a warning. */
async function readPreviousHistory(dir: string, { files, reporter }: Adapters): Promise<History | null> {
  const file = path.join(dir, 'history.json');
  if (!(await files.isFile(file))) {
    reporter.warning(`no history.json in ${dir}; the history starts with this run`);
    return null;
  }
  const parsed = parseHistory(await files.readText(file));
  if ('problem' in parsed) {
    reporter.warning(`ignoring ${file}: ${parsed.problem}; the history starts with this run`);
    return null;
  }
  return parsed.history;
}

async function loadConfig(inputs: Inputs, { files }: Adapters): Promise<Config> {
  if (inputs.config)
    return parseConfig(await files.readText(inputs.config), displayPath(inputs.config, inputs.workspace));
  for (const candidate of CONFIG_CANDIDATES) {
    const p = path.join(inputs.workspace, candidate);
    if (await files.isFile(p)) return parseConfig(await files.readText(p), candidate);
  }
  return DEFAULT_CONFIG;
}

async function readBase(dir: string, { files }: Adapters, ctx: Parameters<typeof mapReportPaths>[1]) {
  const file = path.join(dir, 'coverage.xml');
  if (!(await files.isFile(file)))
    throw new InputError('the base run directory has no coverage.xml (expected a test-ladder artifact set)', {
      file: dir,
    });
  const report = mapReportPaths(parseCobertura(await files.readText(file), file), ctx).report;
  return { file, totals: totals(report) };
}

/** Against the base run when one was given (even if it cannot be compared), else against the baseline. */
function coverageDelta(
  current: number | null,
  base: number | null | undefined,
  baseline: number | null,
): RunResult['coverage']['delta'] {
  if (current === null) return null;
  if (base !== undefined) return base === null ? null : { value: current - base, against: 'base' };
  return baseline === null ? null : { value: current - baseline, against: 'baseline' };
}

function combineMappings(list: readonly MappingSummary[]): MappingSummary {
  const prefixes = new Set(list.map((m) => m.suggestedPrefix).filter((p): p is string => p !== null));
  return {
    mapped: list.reduce((s, m) => s + m.mapped, 0),
    unmapped: [...new Set(list.flatMap((m) => m.unmapped))],
    bySuffix: list.reduce((s, m) => s + m.bySuffix, 0),
    suggestedPrefix: prefixes.size === 1 ? [...prefixes][0]! : null,
  };
}

const LOCK_FILES = [
  'package-lock.json',
  'npm-shrinkwrap.json',
  'yarn.lock',
  'pnpm-lock.yaml',
  'bun.lock',
  'poetry.lock',
  'uv.lock',
  'Pipfile.lock',
  'requirements.txt',
  'go.sum',
  'Cargo.lock',
  'Gemfile.lock',
  'composer.lock',
];

async function lockFileHashes(root: string, { files }: Adapters): Promise<Record<string, Uint8Array>> {
  const out: Record<string, Uint8Array> = {};
  for (const name of LOCK_FILES) {
    const p = path.join(root, name);
    if (await files.isFile(p)) out[name] = await files.readBytes(p);
  }
  return out;
}

function displayPath(file: string, workspace: string): string {
  const rel = path.relative(workspace, file);
  return rel && !rel.startsWith('..') && !path.isAbsolute(rel) ? rel.split(path.sep).join('/') : file;
}

function ladderYaml(r: RunResult): string {
  const l = r.ladder;
  const status = r.verdicts.find((v) => v.gate === 'ladder')?.status ?? 'skipped';
  return (
    '# The coverage ladder as recorded by this run (test-ladder). Percentages unrounded.\n' +
    yamlDump({
      metric: l.metric,
      baseline: l.baseline,
      tolerance: l.tolerance,
      target: l.target,
      since: l.since,
      horizon: l.horizon,
      date: l.date,
      floor: l.floor,
      current: l.current,
      covered: l.covered,
      total: l.total,
      status,
      run_id: r.run.id,
      commit: r.run.commit,
    })
  );
}

function durationsArtifact(r: RunResult): Record<string, unknown> {
  if (!r.tests)
    return {
      status: 'no test reports given',
      percentiles: null,
      slowest: [],
      total_seconds: null,
      run: r.run,
    };
  const d = r.tests.durations;
  return {
    percentiles: d.percentiles,
    slowest: d.slowest,
    total_seconds: d.total,
    unit: 'seconds',
    run: r.run,
  };
}

function baselineMetrics(
  r: RunResult,
  flakeRate: number | null,
  signatureSha: string,
): Record<string, unknown> {
  const fields: Record<string, unknown> = {
    line_coverage: r.coverage.totals.lines.percent,
    branch_coverage: r.coverage.totals.branches.percent,
    lines_covered: r.coverage.totals.lines.covered,
    lines_total: r.coverage.totals.lines.total,
    branches_covered: r.coverage.totals.branches.covered,
    branches_total: r.coverage.totals.branches.total,
    tests_total: r.tests?.totals.total ?? null,
    tests_failed: r.tests ? r.tests.totals.failed + r.tests.totals.errors : null,
    duration_p50: r.tests?.durations.percentiles.p50 ?? null,
    duration_p95: r.tests?.durations.percentiles.p95 ?? null,
    duration_total: r.tests?.durations.total ?? null,
    flake_rate: flakeRate,
    env_signature_sha256: signatureSha,
    commit: r.run.commit,
  };
  const values = Object.values(fields);
  const populated = values.filter((v) => v !== null && v !== undefined).length;
  return {
    ...fields,
    populated_share: values.length === 0 ? 0 : populated / values.length,
    run: r.run,
  };
}

function outputs(r: RunResult, outDir: string): Record<string, string> {
  const t = r.coverage.totals;
  const reasons = r.verdicts
    .filter((v) => v.status === 'fail' || v.status === 'warn')
    .flatMap((v) => v.reasons.map((x) => x.code));
  return {
    [OUTPUT.verdict]: r.status,
    [OUTPUT.reasons]: reasons.join(','),
    [OUTPUT.coverage]: fixed2(r.ladder.current),
    [OUTPUT.lineCoverage]: fixed2(t.lines.percent),
    [OUTPUT.branchCoverage]: fixed2(t.branches.percent),
    [OUTPUT.coverageDelta]: fixed2(r.coverage.delta?.value),
    [OUTPUT.baseline]: fixed2(r.ladder.baseline),
    [OUTPUT.floor]: fixed2(r.ladder.floor),
    [OUTPUT.target]: fixed2(r.ladder.target),
    [OUTPUT.testsTotal]: r.tests ? String(r.tests.totals.total) : '',
    [OUTPUT.testsFailed]: r.tests ? String(r.tests.totals.failed + r.tests.totals.errors) : '',
    [OUTPUT.artifactsDir]: outDir,
    [OUTPUT.checkpoint]: path.join(outDir, 'foundation.checkpoint.json'),
  };
}
