import path from 'node:path';
import { dump as yamlDump } from 'js-yaml';
import type { Adapters } from './adapters/types.js';
import { ArtifactSet, verifyArtifacts } from './artifacts/index.js';
import { parseConfigGiven } from './config/load.js';
import { CONFIG_CANDIDATES, DEFAULT_CONFIG, type Config } from './config/types.js';
import { EventLog, auditEvents, newCorrelationId, type EventName } from './events/index.js';
import { readCoverageStream } from './formats/coverage/read.js';
import { coberturaView, writeCobertura } from './formats/coverage/cobertura-write.js';
import { parseJunit } from './formats/tests/junit.js';
import { declaredMismatches } from './analysis/crosscheck.js';
import { utcDate } from './analysis/dates.js';
import { compareCoverage, explainDrop } from './analysis/delta.js';
import { parseUnifiedDiff, relativeTo, type ChangedFiles } from './analysis/diff.js';
import {
  diffSignatures,
  environmentSignature,
  expectationsFor,
  parseSignature,
  planCapture,
  readExpectedSignature,
  type EnvironmentExpectations,
  type EnvironmentSignature,
} from './analysis/environment.js';
import { durationsReport } from './analysis/durations.js';
import {
  concatSuiteTimings,
  earlyExitEvent,
  emergencyLine,
  failFastPlan,
  failfastBenchmark,
  failfastSummary,
  judgeGates,
  junitSuiteTimings,
  type BenchmarkOptions,
  type FailFastInput,
  type GateStep,
  type SuiteTimings,
} from './analysis/failfast.js';
import { flakeReportArtifact, flakeScan, flakeSummary } from './analysis/flakes.js';
import { parseQuarantine, type Quarantine } from './analysis/quarantine.js';
import { groupSignatures, signatureHashes, signFailures } from './analysis/signatures.js';
import { flakeOptions } from './config/tests.js';
import { judgeFlakes } from './gates/flakes.js';
import { judgeProperty } from './gates/property.js';
import {
  analyzeProperty,
  propertyResultsArtifact,
  REQUIRED_PASSES,
  selectPropertyTests,
  type PropertyAnalysis,
} from './analysis/property.js';
import { markersUsage, markersUsageArtifact } from './analysis/markers.js';
import { dropTolerance, riskTriggerEvent, rollbackEntry, rollbackTriggers } from './analysis/rollback.js';
import { judgeAcceptance } from './analysis/acceptance.js';
import { applyTprDefaults, NO_LADDER_KEYS_GIVEN, type LadderKeysGiven } from './config/tpr.js';
import { analyzeGaps } from './analysis/gaps.js';
import { extendHistory, parseHistory, type History } from './analysis/history.js';
import { mergeReports } from './analysis/merge.js';
import { patchCoverage } from './analysis/patch.js';
import { mapReportPaths, type MappingSummary, type PathContext, type PathMapping } from './analysis/paths.js';
import { describePrefixSuggestion, suggestPathPrefix } from './analysis/prefix.js';
import { proposeBaseline } from './analysis/ratchet.js';
import type { RunResult } from './analysis/run-result.js';
import { suspiciousNumbers } from './analysis/suspicious.js';
import { durationSummary, firstFailure, testTotals } from './analysis/tests.js';
import { metricOf, totals } from './analysis/totals.js';
import {
  judgeEnvironment,
  skippedEnvironment,
  validationFailure,
  validationSkippedBy,
} from './gates/environment.js';
import { judgeLadder } from './gates/ladder.js';
import { judgePatch } from './gates/patch.js';
import { judgeTests } from './gates/tests.js';
import { judgeTiers, tiersOfPath } from './gates/tiers.js';
import { buildCheckpoint, renderCheckpointMarkdown, REQUIRED_EVENTS } from './report/checkpoint.js';
import { baselineMetrics } from './report/baseline.js';
import { badgeEndpointJson, badgeSvg, badgeText } from './report/badge.js';
import { coverageTrend } from './analysis/pace.js';
import { renderEnvironmentSummary, renderSummary, headline } from './report/summary.js';
import { fixed2 } from './report/format.js';
import { logLine } from './report/escape.js';
import { OUTPUT, type Inputs } from './inputs.js';
import { InputError, InputErrors, isInputError } from './model/errors.js';
import { overallStatus, type Reason, type Verdict } from './model/verdict.js';
import type { CoverageReport } from './model/coverage.js';
import type { TestCase } from './model/tests.js';
import { VERSION } from './version.js';
import { SHARD_JUNIT, writeShardJunit } from './github/shard-junit.js';

export interface RunOutcome {
  /** 0 every gate passed (or warned), 1 a gate failed, 2 usage or unreadable input. */
  readonly exitCode: 0 | 1 | 2;
  readonly result: RunResult | null;
  readonly outDir: string | null;
  /** The one-line reason when the run could not judge (exit 2). */
  readonly error: string | null;
  /** The gates that failed, for the step's error line. */
  readonly failed: readonly Verdict[];
  /** Files written into outDir, SHA256SUMS included. */
  readonly written?: number;
}

/** The two lines a log or a terminal ends with: the verdict, and where the artifacts are. */
export function closingLines(outcome: RunOutcome): string[] {
  if (!outcome.result || !outcome.outDir) return [];
  return [
    logLine(headline(outcome.result, 'text')),
    `artifacts: ${outcome.outDir} (${outcome.written ?? '?'} files, SHA256SUMS lists them)`,
  ];
}

/**
 * The pipeline: inputs → config → collect → parse → analyze → gate → render → publish.
 * Everything between the ends is pure; `adapters` are the only way out.
 */
export async function run(inputs: Inputs, adapters: Adapters): Promise<RunOutcome> {
  try {
    return inputs.mode === 'validate-env'
      ? await validateEnvironment(inputs, adapters)
      : await judgeRun(inputs, adapters);
  } catch (e) {
    if (isInputError(e)) return { exitCode: 2, result: null, outDir: null, error: e.message, failed: [] };
    throw e;
  }
}

async function judgeRun(inputs: Inputs, adapters: Adapters): Promise<RunOutcome> {
  const { files, reporter, host } = adapters;
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

  // config: test-ladder.yml, with the TPR_COVERAGE_* variables where the file is silent
  const loaded = await loadConfig(inputs, adapters);
  const tpr = applyTprDefaults(loaded.config, inputs.tpr, loaded.given);
  if (tpr.problems.length > 0) throw new InputErrors(tpr.problems.map((p) => new InputError(p.message)));
  for (const note of tpr.notes) reporter.info(note);
  const config = tpr.config;
  const ladderConfig = config.coverage;
  const plan = failFastPlan(inputs.failfast.mode);
  events.emit('failfast_mode_applied', { mode: plan.mode, source: inputs.failfast.source });
  const identity: RunResult['run'] = {
    id: inputs.context.runId,
    attempt: inputs.context.attempt,
    correlationId,
    commit: inputs.context.commit,
    ref: inputs.context.ref,
    repository: inputs.context.repository,
    startedAt: startedAt.toISOString(),
    date,
  };

  // collect + parse
  const repoFiles = await files.listRepoFiles(inputs.workspace);
  const pathContext: PathContext = {
    workspace: inputs.workspace,
    repoFiles,
    prefix: ladderConfig.pathPrefix,
  };
  const coverage = await readCoverage(inputs, adapters, pathContext);
  const tests = inputs.tests.length > 0 ? await readTests(inputs, adapters) : null;
  // AC-2: what the fail-fast benchmark needs beyond the cases (the suites' clocks, the targets).
  const benchmark: BenchmarkOptions = {
    suites: tests ? concatSuiteTimings(tests.suites) : null,
    targets: { soft: inputs.tpr.softFailFastTarget, hard: inputs.tpr.hardFailFastTarget },
  };
  // fail-fast hard: a failing test in the reports stops the run here, before anything is judged.
  const firstFailingTest = tests?.cases.find((c) => c.outcome === 'failed' || c.outcome === 'error');
  if (plan.stopOnFailingTest && tests && firstFailingTest)
    return hardStop(inputs, adapters, events, identity, {
      mode: plan.mode,
      source: inputs.failfast.source,
      firstFailingGate: null,
      firstFailingTest: firstFailingTest.id,
      detectedAfterMs: host.monotonic() - t0,
      stoppedEarly: true,
      tests,
      benchmark,
    });
  const quarantine = tests ? await readQuarantine(inputs, adapters, config) : null;
  const base = inputs.baseDir
    ? await readBase(inputs.baseDir, adapters, { ...pathContext, prefix: null })
    : null;
  const previous = inputs.historyDir ? await readPreviousHistory(inputs.historyDir, adapters) : null;
  const changed = await readChangedLines(inputs, adapters);

  // analyze
  const merged = mergeReports(coverage.reports);
  const coverageTotals = totals(merged);
  const metric = ladderConfig.metric;
  const measured = metricOf(coverageTotals, metric);
  const ladder = judgeLadder(ladderConfig, measured, date);
  const tiers = judgeTiers(coverageTotals.files, ladderConfig.tiers, metric);
  const patch = changed ? { ...patchCoverage(merged, changed.files), source: changed.source } : null;
  const baseDelta = base ? compareCoverage(base.report, merged, metric) : null;
  const explanation = baseDelta ? explainDrop(baseDelta) : null;
  const testRun = tests ? summarizeTests(tests, inputs) : null;
  const suspicious = suspiciousNumbers({
    reports: coverage.reports,
    totals: coverageTotals,
    tests: testRun?.totals ?? null,
  });
  const gaps = analyzeGaps(
    coverageTotals,
    metric,
    { floor: ladder.figures.floor, target: ladderConfig.target },
    tiersOfPath(ladderConfig.tiers),
  );
  const ratchet = ladderConfig.ratchet ? proposeBaseline(measured.percent, ladderConfig, date) : null;
  const prefix = suggestPathPrefix(coverage.mappings, pathContext);
  events.emit('coverage_ladder_recorded', {
    metric,
    current: measured.percent,
    floor: ladder.figures.floor,
    target: ladderConfig.target,
    status: ladder.verdict.status,
  });

  // history, flakes and signatures (the flakes gate judges the scan)
  const signed = signFailures(tests?.cases ?? [], { workspace: inputs.workspace });
  const history = extendHistory(
    previous,
    {
      runId: inputs.context.runId,
      attempt: inputs.context.attempt,
      commit: inputs.context.commit,
      date,
      cases: tests?.cases ?? [],
      flakyIds: tests?.flakyIds ?? [],
      signatures: signatureHashes(signed),
      coverage: measured.percent,
      failfast: plan.mode,
    },
    config.tests.historyDepth,
  );
  const scan = flakeScan(history, flakeOptions(config.tests));
  const signatures = groupSignatures(signed, history);
  const flakes = flakeSummary(scan);
  events.emit('flake_scan_complete', {
    runs_seen: scan.runs_seen,
    flaky: scan.counts.flaky,
    broken: scan.counts.broken,
    regressions: scan.counts.regression,
    recovered: scan.counts.recovered,
    flake_rate: scan.flake_rate.value,
    signatures: signatures.length,
    new_signatures: signatures.filter((g) => g.status === 'new').length,
  });
  // the property pilot (AC-3) and the markers, over the same window
  const selection = tests ? selectPropertyTests(tests.cases, config.tests.property) : null;
  events.emit('property_test_start', {
    selected: selection?.tests.length ?? 0,
    ...(tests ? {} : { note: 'no test reports given' }),
  });
  const property: PropertyAnalysis | null = selection
    ? analyzeProperty(selection, history, scan.verdicts, {
        requiredPasses: REQUIRED_PASSES,
        runtimeThresholdMs: inputs.tpr.propertyRuntimeThresholdMs.value,
        // Only a seed the workflow set is the seed used: the plan's default (12345) is not evidence of one.
        seed:
          inputs.tpr.seed.source === 'env'
            ? { value: inputs.tpr.seed.value, source: 'TPR_SEED' }
            : { value: null, source: 'unset' },
      })
    : null;
  events.emit('property_test_complete', {
    tests: property?.counts.tests ?? 0,
    passing: property?.counts.passing ?? 0,
    needs_runs: property?.needs_runs ?? 0,
    falsified: property?.counts.falsified ?? 0,
  });
  const markers = tests ? markersUsage(tests.cases, history, config.tests.markers) : null;
  // test-ladder.yml wins; without it TPR_FLAKE_RATE_THRESHOLD, then the default.
  const flakeMax = config.tests.flakeRate.fromConfig
    ? config.tests.flakeRate.max
    : (inputs.flakeRateThreshold ?? config.tests.flakeRate.max);

  // gate, in order; fail-fast soft or hard stops judging after the first that fails
  const coverageSteps: GateStep[] = [
    {
      gate: 'ladder',
      judge: () =>
        explanation && ladder.verdict.status === 'fail'
          ? { ...ladder.verdict, reasons: [...ladder.verdict.reasons, explanation] }
          : ladder.verdict,
    },
    { gate: 'tiers', judge: () => tiers.verdict },
    {
      gate: 'patch',
      judge: () =>
        patch
          ? judgePatch(patch, ladderConfig.patch)
          : {
              gate: 'patch',
              status: 'skipped',
              reasons: [
                {
                  code: 'NO_DIFF',
                  message: inputs.noDiffReason ?? 'no diff or base ref was given',
                  evidence: {},
                },
              ],
            },
    },
  ];
  const gates = judgeGates(
    plan.mode,
    [
      ...(inputs.shard === null
        ? coverageSteps
        : coverageSteps.map((s) => ({ gate: s.gate, judge: () => judgedAtMerge(s.gate, inputs.shard!) }))),
      {
        gate: 'tests',
        judge: () =>
          judgeTests(testRun?.totals ?? null, tests ? { cases: tests.cases, quarantine, date } : undefined),
      },
      { gate: 'flakes', judge: () => judgeFlakes(tests ? scan : null, flakeMax) },
      { gate: 'property', judge: () => judgeProperty(property) },
      {
        gate: 'suspicious',
        judge: () =>
          inputs.shard === null
            ? { gate: 'suspicious', status: suspicious.length > 0 ? 'warn' : 'pass', reasons: suspicious }
            : judgedAtMerge('suspicious', inputs.shard),
      },
    ],
    () => host.monotonic() - t0,
  );
  const verdicts: Verdict[] = [...gates.verdicts];
  const failfast: FailFastInput = {
    mode: plan.mode,
    source: inputs.failfast.source,
    firstFailingGate: gates.firstFailing,
    reasons: verdicts.find((v) => v.gate === gates.firstFailing)?.reasons.map((r) => r.code) ?? [],
    detectedAfterMs: gates.detectedAt,
    stoppedEarly: gates.notJudged.length > 0,
    notJudged: gates.notJudged,
    tests,
    // off pays for everything test-ladder does after the tests: reading, analysing, judging.
    benchmark: { ...benchmark, judgeMs: host.monotonic() - t0 },
  };
  if (gates.firstFailing !== null && plan.mode !== 'off') {
    if (plan.artifactsOnStop === 'failfast-summary-only')
      return hardStop(inputs, adapters, events, identity, { ...failfast, stoppedEarly: true });
    events.emit('early_exit_detected', earlyExitEvent(failfast));
  }
  // rollback triggers: emitted with a snapshot of the artifact hashes once the artifacts exist
  const triggers = rollbackTriggers({
    coverage:
      inputs.shard === null
        ? {
            metric,
            current: measured.percent,
            base: base ? metricOf(base.totals, metric).percent : null,
            baseline: ladderConfig.baseline,
            tolerance: dropTolerance(
              tpr.sources.tolerance === 'test-ladder.yml' ? ladderConfig.tolerance : null,
              inputs.tpr.coverageToleranceDrop,
            ),
          }
        : null,
    flakes: tests
      ? {
          scan,
          threshold: {
            value: flakeMax,
            source: config.tests.flakeRate.fromConfig
              ? 'test-ladder.yml'
              : inputs.flakeRateThreshold !== null
                ? 'TPR_FLAKE_RATE_THRESHOLD'
                : 'default',
          },
          mode: plan.mode,
          runs: history.runs,
          runId: inputs.context.runId,
        }
      : null,
    property: property
      ? {
          falseFailures: property.false_failure_rate.false_failures,
          outcomes: property.false_failure_rate.outcomes,
          runs: property.false_failure_rate.runs,
        }
      : null,
  });

  // environment: reuse a validate-env step's signature from this job, else capture one
  const environment = await environmentForRun(inputs, adapters, config, base?.dir ?? null);

  const result: RunResult = {
    tool: { name: 'test-ladder', version: VERSION },
    run: identity,
    config,
    coverage: {
      inputs: merged.sources.map((s) => ({
        file: s.file,
        format: s.format,
        ...(s.producer ? { producer: s.producer } : {}),
        ...(s.percentCombined !== undefined ? { percentCombined: s.percentCombined } : {}),
      })),
      totals: coverageTotals,
      paths: { ...coverage.summary, prefixSuggestion: prefix ? describePrefixSuggestion(prefix) : null },
      base: base
        ? {
            source: displayPath(base.file, inputs.workspace),
            lines: base.totals.lines,
            branches: base.totals.branches,
          }
        : null,
      delta: coverageDelta(
        measured.percent,
        base ? metricOf(base.totals, metric).percent : undefined,
        ladderConfig.baseline,
      ),
      baseDelta: baseDelta ? { delta: baseDelta, explanation } : null,
      gaps,
      tiers: tiers.figures,
      ratchet,
      patch,
    },
    ladder: ladder.figures,
    tests: testRun ? { ...testRun, signatures } : null,
    flakes,
    trend: coverageTrend(history.runs, ladder.figures),
    rollback: triggers.map(rollbackEntry),
    property: property
      ? {
          status: verdicts.find((v) => v.gate === 'property')?.status ?? 'skipped',
          tests: property.counts.tests,
          passing: property.counts.passing,
          needs_runs: property.needs_runs,
          falsified: property.counts.falsified,
          flaky: property.counts.flaky,
          too_slow: property.counts.too_slow,
          required_passes: property.required_passes,
          runtime_threshold_ms: property.runtime_threshold_ms,
          seed: property.seed.value,
          false_failure_rate: property.false_failure_rate.value,
        }
      : null,
    environment: { signature: environment.signature, drift: environment.drift },
    verdicts,
    status: overallStatus(verdicts),
  };
  events.emit('metrics_capture_complete', { status: result.status, files: coverageTotals.files.length });

  // render: every artifact as data, then the checkpoint over their hashes
  const set = new ArtifactSet();
  // What a soft stop still writes (the metrics): its rendering time is soft's cost in the AC-2 benchmark.
  const metricsStart = host.monotonic();
  const cobertura = coberturaView(merged);
  if (cobertura.dropped.outcomes > 0)
    reporter.warning(
      `${cobertura.dropped.outcomes} branch outcomes (${cobertura.dropped.covered} covered) are on lines no report lists as executable (coverage.py's LCOV puts function exits on line 0); Cobertura cannot carry them, so coverage.xml leaves them out while the figures here count them`,
    );
  set.addText('coverage.xml', writeCobertura(merged, { timestamp: startedAt.getTime(), version: VERSION }));
  set.addJson('coverage.gaps.json', { ...gaps, tool: result.tool, run: result.run });
  set.addText('coverage-ladder.yaml', ladderYaml(result));
  set.addJson(
    'durations.json',
    tests
      ? { ...durationsReport(tests.cases, history, config.tests.slowest), run: result.run }
      : { status: 'no test reports given', percentiles: null, slowest: [], run: result.run },
  );
  set.addJson('flake.report.json', {
    ...flakeReportArtifact(scan, signatures),
    tool: result.tool,
    run: result.run,
  });
  set.addJson(
    'property.results.json',
    property
      ? { ...propertyResultsArtifact(property), run: result.run }
      : { status: 'no test reports given', tests: [], run: result.run },
  );
  set.addJson(
    'markers.usage.json',
    markers
      ? { ...markersUsageArtifact(markers), run: result.run }
      : { status: 'no test reports given', markers: [], run: result.run },
  );
  const sig = environment
    ? set.addJson('env.signature.json', environment.signature as unknown as Record<string, unknown>)
    : null;
  set.addJson('history.json', history as unknown as Record<string, unknown>);
  // The test cases as read, every attempt kept: what a `mode: merge` job merges from the shards
  // (coverage alone would leave the merged run without tests).
  if (tests) set.addText(SHARD_JUNIT, writeShardJunit(tests.cases));
  const baselineDoc = baselineMetrics(result, { signatureSha256: sig?.embeddedSha256 ?? null, flakes });
  const baseline = set.addJson('baseline.metrics.json', baselineDoc);
  set.addText('baseline.metrics.hash', `${baseline.embeddedSha256}  baseline.metrics.json\n`);
  const timed: FailFastInput = {
    ...failfast,
    benchmark: { ...failfast.benchmark, partialWriteMs: host.monotonic() - metricsStart },
  };
  set.addJson('failfast.summary.json', { ...failfastSummary(timed), run: result.run });
  const bench = failfastBenchmark(tests, timed.benchmark);
  // The result, completed with the benchmark now that the write it measures is done.
  const judged: RunResult = {
    ...result,
    failfast: {
      mode: plan.mode,
      source: inputs.failfast.source,
      benchmark: bench.benchmark,
      benchmarkReason: bench.reason,
    },
  };
  const badge = badgeText(judged);
  set.addText('coverage-badge.svg', badgeSvg(badge));
  set.addText('coverage-badge.json', badgeEndpointJson(badge));
  // Each rollback trigger with a snapshot of the hashes of the artifacts it was judged from.
  const snapshot = Object.fromEntries(set.files().map((f) => [f.name, f.sha256]));
  for (const t of triggers) events.emit('risk_trigger', { ...riskTriggerEvent(t), artifacts: snapshot });

  const earlier = await earlierValidationEvents(inputs.outDir, adapters);
  const audit = auditEvents(events, REQUIRED_EVENTS);
  const acceptance = judgeAcceptance({
    artifacts: set.files(),
    seen: [...new Set([...events.events().map((e) => e.event), ...earlier.names])],
    missing: audit.missing,
    baselinePopulated: baselineDoc.populated.share,
    failfast: bench.benchmark
      ? {
          soft: {
            reduction: bench.benchmark.soft.reduction_percent,
            target: bench.benchmark.soft.target_percent,
          },
          hard: {
            reduction: bench.benchmark.hard.reduction_percent,
            target: bench.benchmark.hard.target_percent,
          },
        }
      : { reason: bench.reason },
    property: verdicts.find((v) => v.gate === 'property') ?? null,
    validation: earlier.validation
      ? {
          status: earlier.validation,
          durationMs: environment.reused ? environment.signature.duration_ms : null,
        }
      : null,
    ladder: { baseline: ladderConfig.baseline, target: ladderConfig.target },
    gates: verdicts,
    rollbackFired: triggers.map((t) => t.code),
  });
  set.addJson(
    'foundation.checkpoint.json',
    buildCheckpoint(judged, set.files(), events.events(), audit.missing, REQUIRED_EVENTS, acceptance),
  );
  set.addText(
    'foundation.checkpoint.md',
    renderCheckpointMarkdown(
      judged,
      set.files(),
      audit.missing,
      events.events(),
      REQUIRED_EVENTS,
      acceptance,
    ),
  );
  events.emit('foundation_checkpoint_emitted', {
    status: judged.status,
    artifacts: set.files().length,
    definition_of_done: acceptance.done.met,
  });
  set.addText('events.log.jsonl', earlier.text + events.toJsonl());

  // publish: files first, then summary and outputs, so the verdict is never lost
  await publishFiles(set, inputs.outDir, adapters);
  await reporter.summary(renderSummary(judged, set.files()));
  reporter.outputs(outputs(judged, inputs.outDir));
  const failed = verdicts.filter((v) => v.status === 'fail');
  return {
    exitCode: failed.length > 0 ? 1 : 0,
    result: judged,
    outDir: inputs.outDir,
    error: null,
    failed,
    written: set.files().length + 1,
  };
}

/**
 * `mode: validate-env`: before the tests run, prove the environment is the expected one, or stop the
 * job with reasons. Writes env.signature.json (reused by a later `run` step of the same job) and, on
 * failure, env.validation.failure.json.
 */
async function validateEnvironment(inputs: Inputs, adapters: Adapters): Promise<RunOutcome> {
  const { reporter, host } = adapters;
  const events = new EventLog({
    runId: inputs.context.runId,
    correlationId: newCorrelationId((n) => host.randomBytes(n)),
    clock: () => host.now(),
    envValues: host.envValues,
  });
  events.emit('environment_validation_start', { mode: inputs.mode });
  const { signature, verdict } = await checkEnvironment(inputs, adapters);
  const codes = verdict.reasons.map((r) => r.code);
  events.emit(verdict.status === 'fail' ? 'environment_validation_fail' : 'environment_validation_ok', {
    status: verdict.status,
    reasons: codes,
  });

  const set = new ArtifactSet();
  set.addJson('env.signature.json', signature as unknown as Record<string, unknown>);
  if (verdict.status === 'fail')
    set.addJson('env.validation.failure.json', validationFailure(verdict, signature));
  set.addText('events.log.jsonl', events.toJsonl());
  await publishFiles(set, inputs.outDir, adapters, true);
  await reporter.summary(renderEnvironmentSummary(signature, verdict));
  reporter.outputs({
    [OUTPUT.verdict]: verdict.status,
    [OUTPUT.reasons]:
      verdict.status === 'fail' || verdict.status === 'warn' ? [...new Set(codes)].join(',') : '',
    [OUTPUT.artifactsDir]: inputs.outDir,
  });
  reporter.info(
    `environment: ${verdict.status}${codes.length > 0 ? ` (${[...new Set(codes)].join(', ')})` : ''}`,
  );
  const failed = verdict.status === 'fail' ? [verdict] : [];
  return { exitCode: failed.length > 0 ? 1 : 0, result: null, outDir: inputs.outDir, error: null, failed };
}

/** The environment signature and its verdict against test-ladder.yml (`test-ladder env`, validate-env). */
export async function checkEnvironment(
  inputs: Inputs,
  adapters: Adapters,
): Promise<{ signature: EnvironmentSignature; verdict: Verdict }> {
  const { config } = await loadConfig(inputs, adapters);
  const { signature, expected } = await captureEnvironment(inputs, adapters, config);
  const skippedBy = validationSkippedBy(
    inputs.validateEnv ?? undefined,
    adapters.host.env('TPR_ENV_VALIDATE'),
  );
  return {
    signature,
    verdict: skippedBy ? skippedEnvironment(skippedBy) : judgeEnvironment(signature, expected),
  };
}

async function captureEnvironment(
  inputs: Inputs,
  { files, probe }: Adapters,
  config: Config,
): Promise<{ signature: EnvironmentSignature; expected: EnvironmentExpectations }> {
  const env = config.environment;
  const committed = env.expectedSignature
    ? {
        file: env.expectedSignature,
        signature: readExpectedSignature(
          await files.readText(path.join(inputs.workspace, env.expectedSignature)),
          env.expectedSignature,
        ),
      }
    : null;
  const expected = expectationsFor(env, config.file, committed);
  const facts = await probe.capture(inputs.workspace, planCapture(expected, env));
  return { signature: environmentSignature(facts), expected };
}

/**
 * A validate-env step earlier in the job logged its events into the same directory; the run's log
 * keeps them, so one events.log.jsonl tells the whole job.
 */
async function earlierValidationEvents(
  outDir: string,
  { files }: Adapters,
): Promise<{ text: string; names: EventName[]; validation: 'ok' | 'fail' | 'skipped' | null }> {
  const file = path.join(outDir, 'events.log.jsonl');
  if (!(await files.isFile(file))) return { text: '', names: [], validation: null };
  const lines: string[] = [];
  const names: EventName[] = [];
  let validation: 'ok' | 'fail' | 'skipped' | null = null;
  for (const line of (await files.readText(file)).split('\n')) {
    const m = /^\{"timestamp":"[^"]*","event":"(environment_validation_(start|ok|fail))"/.exec(line);
    if (!m) continue;
    lines.push(`${line}\n`);
    names.push(m[1] as EventName);
    // The last outcome counts (a step re-run in the job validates again); a skip is logged as ok.
    if (m[2] === 'fail') validation = 'fail';
    else if (m[2] === 'ok') validation = /,"status":"skipped"/.test(line) ? 'skipped' : 'ok';
  }
  return { text: lines.join(''), names, validation };
}

/** The signature a validate-env step of this job wrote, when it is there and sound; else a new one. */
async function environmentForRun(
  inputs: Inputs,
  adapters: Adapters,
  config: Config,
  baseDir: string | null,
): Promise<NonNullable<RunResult['environment']> & { reused: boolean }> {
  const { files, reporter } = adapters;
  const earlier = path.join(inputs.outDir, 'env.signature.json');
  let signature: EnvironmentSignature | null = null;
  if (await files.isFile(earlier)) {
    const parsed = parseSignature(await files.readText(earlier));
    if ('signature' in parsed) signature = parsed.signature;
    else reporter.warning(`ignoring ${earlier}: ${parsed.problem}; capturing the environment again`);
  }
  const reused = signature !== null;
  signature ??= (await captureEnvironment(inputs, adapters, config)).signature;
  let drift: Reason[] = [];
  if (baseDir) {
    const baseFile = path.join(baseDir, 'env.signature.json');
    if (await files.isFile(baseFile)) {
      const parsed = parseSignature(await files.readText(baseFile));
      if ('signature' in parsed) drift = diffSignatures(parsed.signature, signature);
    }
  }
  return { signature, drift, reused };
}

/**
 * Files first, SHA256SUMS over them, then a re-read that proves what is on disk. A validate-env step
 * shares the directory with the run step after it, so other files there are expected then.
 */
async function publishFiles(set: ArtifactSet, outDir: string, { files, reporter }: Adapters, shared = false) {
  const manifest = set.manifest();
  await files.writeFiles(outDir, [
    ...set.files(),
    { name: manifest.name, bytes: new TextEncoder().encode(manifest.text) },
  ]);
  const check = verifyArtifacts(await files.readDirectory(outDir));
  const problems = check.problems.filter((p) => !(shared && p.code === 'UNLISTED'));
  if (problems.length > 0)
    reporter.warning(
      `the written artifacts do not verify: ${problems.map((p) => `${p.file}: ${p.message}`).join('; ')}`,
    );
}

interface CoverageInputs {
  /** One report per input file, path-mapped. */
  readonly reports: CoverageReport[];
  readonly mappings: PathMapping[];
  readonly summary: MappingSummary;
}

async function readCoverage(
  inputs: Inputs,
  { files, reporter }: Adapters,
  ctx: PathContext,
): Promise<CoverageInputs> {
  const found = await files.glob(inputs.coverage, inputs.workspace);
  if (found.length === 0)
    throw new InputError(
      `no coverage report matches ${inputs.coverage.map((p) => JSON.stringify(p)).join(', ')} under ${inputs.workspace}`,
    );
  const reports: CoverageReport[] = [];
  const mappings: PathMapping[] = [];
  const summaries: MappingSummary[] = [];
  for (const file of found) {
    const shown = displayPath(file, inputs.workspace);
    // Streamed in chunks: reports larger than a JavaScript string are read too, in bounded memory.
    const report = await readCoverageStream(files.readChunks(file), shown, inputs.coverageFormat);
    for (const m of declaredMismatches(report))
      reporter.warning(
        `declares ${m.what} ${m.declared.covered}/${m.declared.total} but its records add up to ${m.counted.covered}/${m.counted.total}; the records are counted`,
        { file: m.file },
      );
    const mapped = mapReportPaths(report, ctx);
    reports.push(mapped.report);
    mappings.push(...mapped.mappings);
    summaries.push(mapped.summary);
  }
  const summary = combineMappings(summaries);
  for (const unmapped of summary.unmapped.slice(0, 10))
    reporter.warning(logLine(`coverage path matches no file in the repository: ${unmapped}`));
  return { reports, mappings, summary };
}

interface TestsRead {
  readonly files: string[];
  readonly cases: TestCase[];
  readonly flakyIds: string[];
  readonly producers: string[];
  readonly notes: string[];
  /** Each report's suites (timestamps, times), aligned with its cases: the AC-2 benchmark's clock. */
  readonly suites: SuiteTimings[];
}

async function readTests(inputs: Inputs, { files, reporter }: Adapters): Promise<TestsRead> {
  const found = await files.glob(inputs.tests, inputs.workspace);
  if (found.length === 0)
    throw new InputError(
      `no test report matches ${inputs.tests.map((p) => JSON.stringify(p)).join(', ')} under ${inputs.workspace}`,
    );
  const out: TestsRead = { files: [], cases: [], flakyIds: [], producers: [], notes: [], suites: [] };
  for (const file of found) {
    const shown = displayPath(file, inputs.workspace);
    const text = await files.readText(file);
    const junit = parseJunit(text, shown, { root: inputs.workspace });
    // A second, attribute-only scan of the same text (no text nodes kept): the suites' clocks.
    out.suites.push(junitSuiteTimings(text, shown));
    out.files.push(shown);
    out.cases.push(...junit.cases);
    out.flakyIds.push(...junit.flakyIds);
    if (junit.producer && !out.producers.includes(junit.producer)) out.producers.push(junit.producer);
    for (const note of [...junit.fixups, ...junit.warnings]) out.notes.push(`${shown}: ${note}`);
    // What a report cannot tell (retries a producer drops) is a note for the reader, not an annotation
    // on every run: the summary lists it, the log says it once.
    for (const warning of junit.warnings) reporter.info(logLine(`${shown}: ${warning}`));
  }
  return out;
}

function summarizeTests(t: TestsRead, inputs: Inputs): NonNullable<RunResult['tests']> {
  return {
    inputs: t.files,
    totals: testTotals(t.cases, t.flakyIds),
    durations: durationSummary(t.cases),
    firstFailure: firstFailure({
      sources: t.files.map((f) => path.join(inputs.workspace, f)),
      cases: t.cases,
    }),
    flakyIds: t.flakyIds,
    producers: t.producers,
    notes: t.notes,
  };
}

/**
 * Changed lines from a diff file, or from git between the merge base with a ref and HEAD. git names
 * files from the repository root and report paths are mapped relative to the workspace: when the
 * workspace is a subdirectory of the repository (the CLI run there), the changed files are seen
 * relative to it, and those outside it are named in a warning rather than dropped unseen.
 */
async function readChangedLines(
  inputs: Inputs,
  { files, git, reporter }: Adapters,
): Promise<{ files: ChangedFiles; source: string } | null> {
  if (inputs.diffFile) {
    const shown = inputs.diffLabel ?? displayPath(inputs.diffFile, inputs.workspace);
    return { files: parseUnifiedDiff(await files.readText(inputs.diffFile), shown), source: shown };
  }
  if (inputs.baseRef) {
    const changes = await git(inputs.workspace, inputs.baseRef);
    const seen = relativeTo(parseUnifiedDiff(changes.diffText, changes.command), changes.prefix);
    const n = seen.outside.length;
    if (n > 0)
      reporter.warning(
        `${n} changed ${n === 1 ? 'file lies' : 'files lie'} outside ${changes.prefix}, the workspace, and ${n === 1 ? 'is' : 'are'} not judged: ${seen.outside.slice(0, 5).join(', ')}${n > 5 ? ', …' : ''}`,
      );
    return { files: seen.files, source: changes.command };
  }
  return null;
}

/** test-ladder.yml, and which ladder keys it wrote itself (the TPR_COVERAGE_* variables fill the others). */
async function loadConfig(
  inputs: Inputs,
  { files }: Adapters,
): Promise<{ config: Config; given: LadderKeysGiven }> {
  if (inputs.config)
    return parseConfigGiven(
      await files.readText(inputs.config),
      displayPath(inputs.config, inputs.workspace),
    );
  for (const candidate of CONFIG_CANDIDATES) {
    const p = path.join(inputs.workspace, candidate);
    if (await files.isFile(p)) return parseConfigGiven(await files.readText(p), candidate);
  }
  return { config: DEFAULT_CONFIG, given: NO_LADDER_KEYS_GIVEN };
}

/** The base run's coverage.xml is test-ladder's own output: already mapped, so no prefix again. */
async function readBase(dir: string, { files }: Adapters, ctx: PathContext) {
  const file = path.join(dir, 'coverage.xml');
  if (!(await files.isFile(file)))
    throw new InputError('the base run directory has no coverage.xml (expected a test-ladder artifact set)', {
      file: dir,
    });
  const report = mapReportPaths(
    await readCoverageStream(files.readChunks(file), file, 'cobertura'),
    ctx,
  ).report;
  return { dir, file, report, totals: totals(report) };
}

/** The quarantine file, when the repository has one; a malformed one is the user's to fix (exit 2). */
async function readQuarantine(
  inputs: Inputs,
  { files }: Adapters,
  config: Config,
): Promise<Quarantine | null> {
  const file = path.join(inputs.workspace, config.tests.quarantine);
  if (!(await files.isFile(file))) return null;
  return parseQuarantine(await files.readText(file), config.tests.quarantine);
}

/**
 * fail-fast hard: only failfast.summary.json (holding the events so far, since no log is written)
 * and one line, as the summary and in the log; the step fails with that line.
 */
async function hardStop(
  inputs: Inputs,
  { files, reporter }: Adapters,
  events: EventLog,
  run: RunResult['run'],
  input: FailFastInput,
): Promise<RunOutcome> {
  events.emit('early_exit_detected', earlyExitEvent(input));
  const set = new ArtifactSet();
  set.addJson('failfast.summary.json', { ...failfastSummary(input), events: events.events(), run });
  await files.writeFiles(inputs.outDir, set.files());
  const line = logLine(emergencyLine(input));
  await reporter.summary(`${line}\n`);
  reporter.outputs({
    [OUTPUT.verdict]: 'fail',
    [OUTPUT.reasons]: 'FAILFAST_HARD_STOP',
    [OUTPUT.artifactsDir]: inputs.outDir,
  });
  reporter.info(line);
  const verdict: Verdict = {
    gate: 'failfast',
    status: 'fail',
    reasons: [
      {
        code: 'FAILFAST_HARD_STOP',
        message: line,
        evidence: {
          gate: input.firstFailingGate,
          test: input.firstFailingTest ?? null,
          detected_after_ms: input.detectedAfterMs === null ? null : Math.round(input.detectedAfterMs),
        },
      },
    ],
  };
  return { exitCode: 1, result: null, outDir: inputs.outDir, error: null, failed: [verdict] };
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
  if (parsed.upgradedFrom)
    reporter.info(`${file}: a ${parsed.upgradedFrom} history, read and continued as @2`);
  return parsed.history;
}

/** A shard's coverage is a part of the whole: its coverage gates are the merge job's to judge. */
function judgedAtMerge(gate: string, shard: string): Verdict {
  return {
    gate,
    status: 'skipped',
    reasons: [
      {
        code: 'JUDGED_AT_MERGE',
        message: `shard ${shard} measured part of the coverage; the merge job judges the ${gate} on the whole`,
        evidence: { shard },
      },
    ],
  };
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
      tiers: r.coverage.tiers.map((t) => ({
        name: t.name,
        target: t.target,
        each: t.each,
        files: t.files,
        percent: t.percent,
        status: t.status,
      })),
      ratchet: r.coverage.ratchet
        ? {
            step: r.config.coverage.ratchet?.step ?? null,
            proposed_baseline: r.coverage.ratchet.proposed,
            proposed_since: r.coverage.ratchet.since,
            reason: r.coverage.ratchet.reason.message,
          }
        : null,
      patch: r.coverage.patch
        ? {
            target: r.config.coverage.patch.target,
            covered: r.coverage.patch.covered,
            total: r.coverage.patch.total,
            percent: r.coverage.patch.percent,
          }
        : null,
      run_id: r.run.id,
      commit: r.run.commit,
    })
  );
}

function outputs(r: RunResult, outDir: string): Record<string, string> {
  const t = r.coverage.totals;
  const reasons = r.verdicts
    .filter((v) => v.status === 'fail' || v.status === 'warn')
    .flatMap((v) => v.reasons.map((x) => x.code));
  return {
    [OUTPUT.verdict]: r.status,
    [OUTPUT.reasons]: [...new Set(reasons)].join(','),
    [OUTPUT.coverage]: fixed2(r.ladder.current),
    [OUTPUT.lineCoverage]: fixed2(t.lines.percent),
    [OUTPUT.branchCoverage]: fixed2(t.branches.percent),
    [OUTPUT.coverageDelta]: fixed2(r.coverage.delta?.value),
    [OUTPUT.patchCoverage]: fixed2(r.coverage.patch?.percent),
    [OUTPUT.baseline]: fixed2(r.ladder.baseline),
    [OUTPUT.floor]: fixed2(r.ladder.floor),
    [OUTPUT.target]: fixed2(r.ladder.target),
    [OUTPUT.newBaseline]: fixed2(r.coverage.ratchet?.proposed),
    [OUTPUT.newSince]: r.coverage.ratchet?.since ?? '',
    [OUTPUT.testsTotal]: r.tests ? String(r.tests.totals.total) : '',
    [OUTPUT.testsFailed]: r.tests ? String(r.tests.totals.failed + r.tests.totals.errors) : '',
    [OUTPUT.artifactsDir]: outDir,
    [OUTPUT.checkpoint]: path.join(outDir, 'foundation.checkpoint.json'),
  };
}
