#!/usr/bin/env node
import path from 'node:path';
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { clockFrom, nodeHost } from './adapters/host.js';
import { nodeFiles } from './adapters/node-files.js';
import { consoleReporter, terminalProgress } from './adapters/console-reporter.js';
import type { CoverageReport } from './model/coverage.js';
import type { ChangedFiles } from './analysis/diff.js';
import type { PathMapping } from './analysis/paths.js';
import type { PrefixSuggestion } from './analysis/prefix.js';
import { InputError, isInputError } from './model/errors.js';
import { INIT_HELP, INIT_OPTIONS } from './init.js';
import { VERSION } from './version.js';

/** Exit codes: 0 all gates pass, 1 a gate failed (or verify found a problem), 2 usage or unreadable input. */
type Exit = 0 | 1 | 2;

const HELP: Record<string, string> = {
  init: INIT_HELP,
  '': `test-ladder ${VERSION}: trustworthy test numbers and quality gates

Usage: test-ladder <command> [options]

Commands:
  run        the whole pipeline: read reports, judge the ladder, write the artifact set
  coverage   read and merge coverage reports, print the figures
  tests      read JUnit reports, print totals and durations
  verify     re-hash an artifact directory against SHA256SUMS and embedded hashes
  env        print the environment signature
  init       write a starting test-ladder.yml with a baseline measured from coverage reports

Run "test-ladder <command> --help" for a command's options.
Exit codes: 0 all gates pass, 1 a gate failed, 2 usage or unreadable input.`,
  run: `Usage: test-ladder run [options]

Reads coverage (and optionally JUnit) reports, judges the coverage ladder in test-ladder.yml and
writes the hashed artifact set.

Options:
  --coverage GLOB       coverage report(s): Cobertura, LCOV, JaCoCo, Clover, coverage.py JSON,
                        Istanbul JSON or Go cover profile, detected from content; repeatable (required)
  --tests GLOB          JUnit XML report(s); repeatable
  --config FILE         test-ladder.yml (default: test-ladder.yml, .github/test-ladder.yml if present)
  --format F            force the coverage format: auto (default), cobertura, lcov, jacoco, clover,
                        coveragepy-json, istanbul-json, go-cover
  --diff FILE           a unified diff: its added lines are the patch judged by coverage.patch
  --base-ref REF        the patch is git's change from the merge base with REF to HEAD
  --out DIR             where artifacts are written (default: test-ladder-out)
  --base DIR            a base run's artifact directory; coverage delta is measured against it
  --history DIR         an earlier run's artifact directory whose history.json this run continues
  --date YYYY-MM-DD     judge the ladder as of this UTC date (default: today)
  --failfast MODE       off (default, or TPR_FAILFAST_MODE), soft (stop judging gates after the
                        first failing one) or hard (stop at the first failure, write only
                        failfast.summary.json)
  -h, --help            this help

Exit codes: 0 every gate passed, 1 a gate failed, 2 usage or unreadable input.`,
  coverage: `Usage: test-ladder coverage FILE... [--json] [--format F] [--diff FILE | --base-ref REF]

Parses and merges coverage reports (Cobertura, LCOV, JaCoCo, Clover, coverage.py JSON, Istanbul
JSON, Go cover profiles; detected from content) and prints line and branch totals. Paths are
mapped to files of the repository in the current directory.

Options:
  --json            print {"format","formats","lines":{covered,total,percent},"branches":{…},"files":[…]}
                    plus "statements" for Go profiles, "producers" (coverage.py's combined percent)
                    and "patch" with --diff or --base-ref
  --format F        force the format: auto (default), cobertura, lcov, jacoco, clover,
                    coveragepy-json, istanbul-json, go-cover
  --diff FILE       also print patch coverage of the lines this unified diff adds
  --base-ref REF    also print patch coverage of git's change from the merge base with REF to HEAD
  -h, --help        this help`,
  tests: `Usage: test-ladder tests FILE... [--json]

Reads JUnit XML reports and prints totals, duration percentiles (nearest-rank) and the slowest tests.

Options:
  --json        print {"tests":{total,passed,failed,errors,skipped,flaky},"durations":{p50,p90,p95,p99,method},"slowest":[…]}
  -h, --help    this help`,
  verify: `Usage: test-ladder verify DIR

Re-hashes every file in DIR against SHA256SUMS and every JSON artifact against its embedded
"sha256". Exit 0 when everything matches, 1 naming each file that does not, 2 when DIR is unreadable.`,
  env: `Usage: test-ladder env [--config FILE] [--json]

Captures the environment signature (OS, architecture, runtimes, tool versions, lock-file hashes,
required variables and the seed, by presence only) and checks it against the environment section
of test-ladder.yml. Exit 0 when it matches, 1 with the reasons when it does not.

Options:
  --config FILE   test-ladder.yml (default: test-ladder.yml, .github/test-ladder.yml if present)
  --json          print {"signature":…,"verdict":{gate,status,reasons}}
  -h, --help      this help`,
};

const OPTIONS: Record<string, ParseArgsConfig['options']> = {
  init: INIT_OPTIONS,
  run: {
    coverage: { type: 'string', multiple: true },
    tests: { type: 'string', multiple: true },
    config: { type: 'string' },
    format: { type: 'string' },
    out: { type: 'string' },
    base: { type: 'string' },
    history: { type: 'string' },
    date: { type: 'string' },
    diff: { type: 'string' },
    'base-ref': { type: 'string' },
    failfast: { type: 'string' },
    help: { type: 'boolean', short: 'h' },
  },
  coverage: {
    json: { type: 'boolean' },
    format: { type: 'string' },
    diff: { type: 'string' },
    'base-ref': { type: 'string' },
    help: { type: 'boolean', short: 'h' },
  },
  tests: { json: { type: 'boolean' }, help: { type: 'boolean', short: 'h' } },
  verify: { help: { type: 'boolean', short: 'h' } },
  env: { json: { type: 'boolean' }, config: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
};

class UsageError extends Error {}

/**
 * The progress line of long report reads, on stderr when it is a terminal (never in a CI log or a
 * file), files named relative to the working directory. Made once: one line for the whole command.
 */
let progressSink: ReturnType<typeof terminalProgress> | null = null;
function progress(): ReturnType<typeof terminalProgress> {
  progressSink ??= terminalProgress(
    process.env['TERM'] === 'dumb' ? { isTTY: false, write: () => true } : process.stderr,
    { display: (f) => path.relative(process.cwd(), f) || f },
  );
  return progressSink;
}

/** The files adapter, its report reads shown on the progress line. */
function trackedFiles() {
  return nodeFiles({ progress: progress() });
}

export async function cli(argv: readonly string[]): Promise<Exit> {
  const [command, ...rest] = argv;
  if (command === undefined || command === '--help' || command === '-h' || command === 'help') {
    print(HELP['']!);
    return command === undefined ? 2 : 0;
  }
  if (command === '--version' || command === '-V') return (print(VERSION), 0);
  const options = OPTIONS[command];
  if (!options) return usage(`unknown command "${command}"`);
  let parsed: ReturnType<typeof parseArgs>;
  try {
    parsed = parseArgs({ args: [...rest], options, allowPositionals: true, strict: true });
  } catch (e) {
    return usage((e as Error).message, command);
  }
  const values = parsed.values as Record<string, string | string[] | boolean | undefined>;
  if (values['help']) return (print(HELP[command]!), 0);
  try {
    switch (command) {
      case 'run':
        return await runCommand(values, parsed.positionals);
      case 'coverage':
        return await coverageCommand(values, parsed.positionals);
      case 'tests':
        return await testsCommand(values, parsed.positionals);
      case 'verify':
        return await verifyCommand(parsed.positionals);
      case 'env':
        return await envCommand(values);
      case 'init':
        return await initCommand(values, parsed.positionals);
    }
    return usage(`unknown command "${command}"`);
  } catch (e) {
    if (e instanceof UsageError) return usage(e.message, command);
    if (isInputError(e)) return fail(e.message);
    throw e;
  }
}

async function runCommand(v: Record<string, unknown>, positionals: string[]): Promise<Exit> {
  if (positionals.length > 0)
    throw new UsageError(`run takes no positional arguments (got ${positionals.join(' ')})`);
  const { resolveInputs } = await import('./inputs.js');
  const { run, closingLines } = await import('./main.js');
  const inputs = resolveInputs(
    {
      coverage: (v['coverage'] as string[] | undefined) ?? [],
      tests: (v['tests'] as string[] | undefined) ?? [],
      config: v['config'] as string | undefined,
      coverageFormat: v['format'] as string | undefined,
      outDir: v['out'] as string | undefined,
      baseDir: v['base'] as string | undefined,
      historyDir: v['history'] as string | undefined,
      date: v['date'] as string | undefined,
      diffFile: v['diff'] as string | undefined,
      baseRef: v['base-ref'] as string | undefined,
      failfastMode: v['failfast'] as string | undefined,
    },
    { ...process.env, GITHUB_WORKSPACE: undefined },
    process.cwd(),
    flagName,
  );
  const outcome = await run(inputs, await adapters());
  if (outcome.exitCode === 2) return fail(outcome.error ?? 'unreadable input');
  if (outcome.result) {
    const { renderTerminal } = await import('./report/terminal.js');
    const color = process.stdout.isTTY === true && !process.env['NO_COLOR'];
    out(renderTerminal(outcome.result, { color }));
    print(closingLines(outcome)[1]!);
  }
  for (const v of outcome.failed) for (const r of v.reasons) err(`${v.gate}: ${r.code}: ${r.message}\n`);
  return outcome.exitCode;
}

const FLAGS = {
  coverageFiles: 'coverage',
  coverageFormat: 'format',
  testFiles: 'tests',
  config: 'config',
  baseDir: 'base',
  historyDir: 'history',
  artifactsDir: 'out',
  date: 'date',
  mode: 'mode',
  diffFile: 'diff',
  baseRef: 'base-ref',
  validateEnv: 'validate-env',
  failfastMode: 'failfast',
} as const;

function flagName(key: keyof typeof FLAGS): string {
  return `--${FLAGS[key]}`;
}

/** The real adapters; the git and probe modules load only for the commands that use them. */
async function adapters() {
  const { gitChangedLines } = await import('./adapters/git.js');
  const { nodeEnvironmentProbe } = await import('./adapters/probe.js');
  const host = nodeHost(process.env, clockFrom(process.env));
  return {
    files: trackedFiles(),
    reporter: consoleReporter(process.stdout, process.stderr, progress()),
    host,
    probe: nodeEnvironmentProbe(host),
    git: gitChangedLines,
  };
}

async function readCoverage(
  v: Record<string, unknown>,
  files: string[],
): Promise<{ report: CoverageReport; unmapped: number; prefix: PrefixSuggestion | null }> {
  if (files.length === 0) throw new UsageError('give at least one coverage report');
  const { isReadableCoverageFormat, READABLE_COVERAGE_FORMATS } =
    await import('./formats/coverage/detect.js');
  const { readCoverageStream } = await import('./formats/coverage/read.js');
  const { mapReportPaths } = await import('./analysis/paths.js');
  const { mergeReports } = await import('./analysis/merge.js');
  const format = (v['format'] as string | undefined) ?? 'auto';
  if (format !== 'auto' && !isReadableCoverageFormat(format))
    throw new UsageError(`--format "${format}" is not one of auto, ${READABLE_COVERAGE_FORMATS.join(', ')}`);
  const fs = trackedFiles();
  const cwd = process.cwd();
  // The repository's file list (git ls-files) is made while the first report is read.
  const listing = fs.listRepoFiles(cwd);
  listing.catch(() => undefined);
  // Reported paths that match no repository file, each once however many shards list it.
  const unmapped = new Set<string>();
  const reports = [];
  const mappings: PathMapping[] = [];
  const { declaredMismatches } = await import('./analysis/crosscheck.js');
  for (const f of files) {
    const parsed = await readCoverageStream(fs.readChunks(f), f, format as 'auto');
    for (const m of declaredMismatches(parsed))
      err(
        `warning: ${f}: declares ${m.what} ${m.declared.covered}/${m.declared.total} but its records add up to ${m.counted.covered}/${m.counted.total}; the records are counted\n`,
      );
    const ctx = { workspace: cwd, repoFiles: await listing };
    const mapped = mapReportPaths(parsed, ctx);
    for (const p of mapped.summary.unmapped) unmapped.add(p);
    mappings.push(...mapped.mappings);
    reports.push(mapped.report);
  }
  // The path-prefix that would map what matched no file, as the action's summary suggests it.
  const { suggestPathPrefix } = await import('./analysis/prefix.js');
  const prefix =
    unmapped.size > 0 ? suggestPathPrefix(mappings, { workspace: cwd, repoFiles: await listing }) : null;
  return { report: mergeReports(reports), unmapped: unmapped.size, prefix };
}

async function coverageCommand(v: Record<string, unknown>, files: string[]): Promise<Exit> {
  const { report, unmapped, prefix } = await readCoverage(v, files);
  const { totals } = await import('./analysis/totals.js');
  const t = totals(report);
  const formats = [...new Set(report.sources.map((s) => s.format))];
  const producers = report.sources
    .filter((s) => s.producer !== undefined || s.percentCombined !== undefined)
    .map((s) => ({
      file: s.file,
      producer: s.producer ?? null,
      percent_combined: s.percentCombined ?? null,
    }));
  const patch = await patchFor(v, report);
  if (v['json']) {
    print(
      JSON.stringify(
        {
          format: formats.length === 1 ? formats[0] : 'mixed',
          formats,
          lines: t.lines,
          branches: t.branches,
          ...(t.statements ? { statements: t.statements } : {}),
          ...(producers.length > 0 ? { producers } : {}),
          unmapped,
          ...(unmapped > 0
            ? {
                path_prefix: prefix
                  ? { strip: prefix.strip ?? null, add: prefix.add ?? null, would_map: prefix.wouldMap }
                  : null,
              }
            : {}),
          files: t.files.map((f) => ({
            path: f.path,
            lines: f.lines,
            branches: f.branches,
            ...(f.statements ? { statements: f.statements } : {}),
          })),
          ...(patch
            ? {
                patch: {
                  covered: patch.covered,
                  total: patch.total,
                  percent: patch.percent,
                  changed_lines: patch.changedLines,
                  files: patch.files.map((f) => ({ path: f.path, uncovered: f.uncovered })),
                  unreported: patch.unreported,
                  outside: patch.outside,
                },
              }
            : {}),
        },
        null,
        2,
      ),
    );
    return 0;
  }
  const { pct } = await import('./report/format.js');
  print(`format:     ${formats.join(', ')}`);
  print(`lines:      ${pct(t.lines.percent)} (${t.lines.covered}/${t.lines.total})`);
  print(`branches:   ${pct(t.branches.percent)} (${t.branches.covered}/${t.branches.total})`);
  if (t.statements)
    print(`statements: ${pct(t.statements.percent)} (${t.statements.covered}/${t.statements.total})`);
  for (const p of producers)
    if (p.percent_combined !== null)
      print(
        `${p.producer ?? 'producer'}: ${pct(p.percent_combined)} (statements and branches together, ${p.file})`,
      );
  print(`files:      ${t.files.length}${unmapped ? ` (${unmapped} not found in the repository)` : ''}`);
  if (prefix) {
    const { describePrefixSuggestion } = await import('./analysis/prefix.js');
    print(`hint:       ${describePrefixSuggestion(prefix)}`);
  }
  if (patch) {
    print(`patch:      ${pct(patch.percent)} (${patch.covered}/${patch.total} changed executable lines)`);
    if (patch.unreported.length > 0)
      print(
        `            ${countFiles(patch.unreported)} in no coverage report: ${listSome(patch.unreported)}`,
      );
    if (patch.outside.length > 0)
      print(
        `            ${countFiles(patch.outside)} outside ${patch.directory}, not judged from here: ${listSome(patch.outside)}`,
      );
  }
  return 0;
}

/**
 * Patch coverage of --diff or --base-ref. git names changed files from the repository root, while
 * report paths are mapped relative to the current directory: from a subdirectory the changed
 * files are seen relative to it, and those outside it are listed (`outside`), never dropped unseen.
 * Changed files no report lists (`unreported`) are shown too, and warned about when the report
 * lists none of them: 0/0 then means the paths do not match, not that nothing changed.
 */
async function patchFor(v: Record<string, unknown>, report: CoverageReport) {
  const diff = v['diff'] as string | undefined;
  const baseRef = v['base-ref'] as string | undefined;
  if (diff && baseRef) throw new UsageError('give --diff or --base-ref, not both');
  if (!diff && !baseRef) return null;
  const { parseUnifiedDiff, relativeTo } = await import('./analysis/diff.js');
  const { patchCoverage } = await import('./analysis/patch.js');
  let seen: { files: ChangedFiles; outside: readonly string[] };
  let directory = '';
  if (diff) {
    seen = { files: parseUnifiedDiff(await trackedFiles().readText(diff), diff), outside: [] };
  } else {
    const { gitChangedLines } = await import('./adapters/git.js');
    const changes = await gitChangedLines(process.cwd(), baseRef!);
    seen = relativeTo(parseUnifiedDiff(changes.diffText, changes.command), changes.prefix);
    directory = changes.prefix;
  }
  const patch = patchCoverage(report, seen.files);
  let adding = 0;
  for (const lines of seen.files.values()) if (lines.length > 0) adding++;
  if (adding > 0 && patch.unreported.length === adding)
    err(
      `warning: ${adding === 1 ? 'the one changed file that adds lines is not' : `none of the ${adding} changed files that add lines is`} in the coverage report (${listSome(patch.unreported)}); do the diff's and the report's paths name the same files?\n`,
    );
  return { ...patch, outside: seen.outside, directory };
}

function countFiles(paths: readonly string[]): string {
  return `${paths.length} changed ${paths.length === 1 ? 'file' : 'files'}`;
}

function listSome(paths: readonly string[], most = 5): string {
  return paths.slice(0, most).join(', ') + (paths.length > most ? `, … (${paths.length - most} more)` : '');
}

async function testsCommand(v: Record<string, unknown>, files: string[]): Promise<Exit> {
  if (files.length === 0) throw new UsageError('give at least one JUnit report');
  const { parseJunit } = await import('./formats/tests/junit.js');
  const { testTotals, durationSummary } = await import('./analysis/tests.js');
  const fs = trackedFiles();
  const cases = [];
  const flaky = [];
  for (const f of files) {
    const r = parseJunit(await fs.readText(f), f);
    cases.push(...r.cases);
    flaky.push(...r.flakyIds);
    // What the report cannot tell (durations that are not numbers, retries a producer drops).
    for (const w of r.warnings) err(`warning: ${f}: ${w}\n`);
  }
  const totals = testTotals(cases, flaky);
  const d = durationSummary(cases);
  const { p50, p90, p95, p99, method } = d.percentiles;
  if (v['json']) {
    print(
      JSON.stringify(
        { tests: totals, durations: { p50, p90, p95, p99, method }, slowest: d.slowest },
        null,
        2,
      ),
    );
    return 0;
  }
  const { seconds } = await import('./report/format.js');
  print(
    `tests: ${totals.total} total, ${totals.passed} passed, ${totals.failed} failed, ${totals.errors} errors, ${totals.skipped} skipped, ${totals.flaky} flaky`,
  );
  print(
    `durations (${method}): p50 ${seconds(p50)}, p90 ${seconds(p90)}, p95 ${seconds(p95)}, p99 ${seconds(p99)}`,
  );
  return 0;
}

async function verifyCommand(positionals: string[]): Promise<Exit> {
  if (positionals.length !== 1) throw new UsageError('give exactly one directory');
  const dir = path.resolve(positionals[0]!);
  const fs = nodeFiles();
  if (!(await fs.isDirectory(dir))) throw new InputError('not a directory', { file: dir });
  const { verifyArtifacts } = await import('./artifacts/index.js');
  const result = verifyArtifacts(await fs.readDirectory(dir));
  if (result.ok) {
    print(`ok: ${result.checked} files match SHA256SUMS and their embedded hashes`);
    return 0;
  }
  for (const p of result.problems) err(`${p.code}: ${p.file}: ${p.message}\n`);
  err(`${result.problems.length} problem(s) in ${dir}\n`);
  return 1;
}

async function envCommand(v: Record<string, unknown>): Promise<Exit> {
  const { resolveInputs } = await import('./inputs.js');
  const { checkEnvironment } = await import('./main.js');
  const inputs = resolveInputs(
    { mode: 'validate-env', coverage: [], tests: [], config: v['config'] as string | undefined },
    { ...process.env, GITHUB_WORKSPACE: undefined },
    process.cwd(),
    flagName,
  );
  const { signature, verdict } = await checkEnvironment(inputs, await adapters());
  if (v['json']) print(JSON.stringify({ signature, verdict }, null, 2));
  else {
    print(`environment: ${verdict.status}`);
    for (const r of verdict.reasons) print(`  ${r.code}: ${r.message}`);
    for (const [name, e] of [...Object.entries(signature.runtimes), ...Object.entries(signature.tools)])
      print(`  ${name}: ${e.version ?? e.status}`);
    print(`  ${signature.os}/${signature.arch}, ${signature.lock_files.length} lock file(s) hashed`);
  }
  return verdict.status === 'fail' ? 1 : 0;
}

/**
 * `test-ladder init`: measures the reports as `coverage` does and writes the starting config that
 * src/init.ts renders. The only I/O of init lives here.
 */
async function initCommand(v: Record<string, unknown>, files: string[]): Promise<Exit> {
  const { initOptionsFrom, initPlan, renderConfig, describeInit } = await import('./init.js');
  const { utcDate } = await import('./analysis/dates.js');
  const { totals } = await import('./analysis/totals.js');
  const { CONFIG_CANDIDATES } = await import('./config/types.js');
  const options = initOptionsFrom(v, utcDate(clockFrom(process.env)()));
  const { report, unmapped } = await readCoverage(v, files);
  const t = totals(report);
  const measured = {
    reports: files,
    formats: [...new Set(report.sources.map((s) => s.format))],
    lines: t.lines,
    branches: t.branches,
    files: t.files.length,
    unmapped,
  };
  const plan = initPlan(measured, options);
  const text = renderConfig(measured, plan);
  if (v['stdout']) {
    out(text);
    for (const line of describeInit(measured, plan, null)) err(`${line}\n`);
    return 0;
  }
  const target = path.resolve((v['config'] as string | undefined) ?? CONFIG_CANDIDATES[0]!);
  const { writeFile } = await import('node:fs/promises');
  if (!v['force']) {
    // Without --config, any config test-ladder would find counts: a new root file would shadow it.
    const taken = v['config'] ? [target] : [target, ...CONFIG_CANDIDATES.map((c) => path.resolve(c))];
    const fs = nodeFiles();
    for (const f of new Set(taken))
      if (await fs.isFile(f))
        return fail(
          `${path.relative(process.cwd(), f)} exists; --force overwrites it, --stdout prints the proposal instead`,
        );
  }
  await writeFile(target, text, { flag: v['force'] ? 'w' : 'wx' });
  for (const line of describeInit(measured, plan, path.relative(process.cwd(), target))) print(line);
  return 0;
}

/** Streams whose reader went away (`test-ladder … | head -1`): what is left to say is dropped. */
const closed = new Set<NodeJS.WriteStream>();

/**
 * A reader that stops reading is not an error: like `cat` or `grep`, the command stops writing to
 * it, and ends with the exit code it would have had, without a stack trace (an unhandled EPIPE
 * error event would crash it). Any other write error still crashes loudly.
 */
function dropOnBrokenPipe(stream: NodeJS.WriteStream): void {
  stream.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code !== 'EPIPE' && e.code !== 'ERR_STREAM_DESTROYED') throw e;
    closed.add(stream);
  });
}

function out(text: string): void {
  if (!closed.has(process.stdout)) process.stdout.write(text);
}

function err(text: string): void {
  progress().interrupt();
  if (!closed.has(process.stderr)) process.stderr.write(text);
}

function print(s: string): void {
  out(`${s}\n`);
}

function usage(message: string, command = ''): Exit {
  err(`test-ladder: ${message}\nRun "test-ladder ${command ? `${command} ` : ''}--help" for usage.\n`);
  return 2;
}

function fail(message: string): Exit {
  err(`test-ladder: ${message}\n`);
  return 2;
}

dropOnBrokenPipe(process.stdout);
dropOnBrokenPipe(process.stderr);
process.exitCode = await cli(process.argv.slice(2));
