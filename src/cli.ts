#!/usr/bin/env node
import path from 'node:path';
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { clockFrom, nodeHost } from './adapters/host.js';
import { nodeFiles } from './adapters/node-files.js';
import { consoleReporter } from './adapters/console-reporter.js';
import type { CoverageReport } from './model/coverage.js';
import { InputError, isInputError } from './model/errors.js';
import { VERSION } from './version.js';

/** Exit codes: 0 all gates pass, 1 a gate failed (or verify found a problem), 2 usage or unreadable input. */
type Exit = 0 | 1 | 2;

const HELP: Record<string, string> = {
  '': `test-ladder ${VERSION}: trustworthy test numbers and quality gates

Usage: test-ladder <command> [options]

Commands:
  run        the whole pipeline: read reports, judge the ladder, write the artifact set
  coverage   read and merge coverage reports, print the figures
  tests      read JUnit reports, print totals and durations
  verify     re-hash an artifact directory against SHA256SUMS and embedded hashes
  env        print the environment signature

Run "test-ladder <command> --help" for a command's options.
Exit codes: 0 all gates pass, 1 a gate failed, 2 usage or unreadable input.`,
  run: `Usage: test-ladder run [options]

Reads coverage (and optionally JUnit) reports, judges the coverage ladder in test-ladder.yml and
writes the hashed artifact set.

Options:
  --coverage GLOB       coverage report(s), Cobertura or LCOV; repeatable (required)
  --tests GLOB          JUnit XML report(s); repeatable
  --config FILE         test-ladder.yml (default: test-ladder.yml, .github/test-ladder.yml if present)
  --format F            force the coverage format: auto (default), cobertura, lcov
  --out DIR             where artifacts are written (default: test-ladder-out)
  --base DIR            a base run's artifact directory; coverage delta is measured against it
  --history DIR         an earlier run's artifact directory whose history.json this run continues
  --date YYYY-MM-DD     judge the ladder as of this UTC date (default: today)
  -h, --help            this help

Exit codes: 0 every gate passed, 1 a gate failed, 2 usage or unreadable input.`,
  coverage: `Usage: test-ladder coverage FILE... [--json] [--format F]

Parses and merges coverage reports (Cobertura XML, LCOV) and prints line and branch totals.
Paths are mapped to files of the repository in the current directory.

Options:
  --json        print {"format","formats","lines":{covered,total,percent},"branches":{…},"files":[…]}
  --format F    force the format: auto (default), cobertura, lcov
  -h, --help    this help`,
  tests: `Usage: test-ladder tests FILE... [--json]

Reads JUnit XML reports and prints totals, duration percentiles (nearest-rank) and the slowest tests.

Options:
  --json        print {"tests":{total,passed,failed,errors,skipped,flaky},"durations":{p50,p90,p95,p99,method},"slowest":[…]}
  -h, --help    this help`,
  verify: `Usage: test-ladder verify DIR

Re-hashes every file in DIR against SHA256SUMS and every JSON artifact against its embedded
"sha256". Exit 0 when everything matches, 1 naming each file that does not, 2 when DIR is unreadable.`,
  env: `Usage: test-ladder env [--json]

Prints the environment signature: OS, architecture, runtimes, lock-file hashes and seed presence.`,
};

const OPTIONS: Record<string, ParseArgsConfig['options']> = {
  run: {
    coverage: { type: 'string', multiple: true },
    tests: { type: 'string', multiple: true },
    config: { type: 'string' },
    format: { type: 'string' },
    out: { type: 'string' },
    base: { type: 'string' },
    history: { type: 'string' },
    date: { type: 'string' },
    help: { type: 'boolean', short: 'h' },
  },
  coverage: { json: { type: 'boolean' }, format: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
  tests: { json: { type: 'boolean' }, help: { type: 'boolean', short: 'h' } },
  verify: { help: { type: 'boolean', short: 'h' } },
  env: { json: { type: 'boolean' }, help: { type: 'boolean', short: 'h' } },
};

class UsageError extends Error {}

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
  const { run } = await import('./main.js');
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
    },
    { ...process.env, GITHUB_WORKSPACE: undefined },
    process.cwd(),
    (key) =>
      `--${{ coverageFiles: 'coverage', coverageFormat: 'format', testFiles: 'tests', config: 'config', baseDir: 'base', historyDir: 'history', artifactsDir: 'out', date: 'date', mode: 'mode' }[key]}`,
  );
  const outcome = await run(inputs, {
    files: nodeFiles(),
    reporter: consoleReporter(),
    host: nodeHost(process.env, clockFrom(process.env)),
  });
  if (outcome.exitCode === 2) return fail(outcome.error ?? 'unreadable input');
  return outcome.exitCode;
}

async function readCoverage(
  v: Record<string, unknown>,
  files: string[],
): Promise<{ report: CoverageReport; unmapped: number }> {
  if (files.length === 0) throw new UsageError('give at least one coverage report');
  const { parseCoverage, isReadableCoverageFormat, READABLE_COVERAGE_FORMATS } =
    await import('./formats/coverage/detect.js');
  const { mapReportPaths } = await import('./analysis/paths.js');
  const { mergeReports } = await import('./analysis/merge.js');
  const format = (v['format'] as string | undefined) ?? 'auto';
  if (format !== 'auto' && !isReadableCoverageFormat(format))
    throw new UsageError(`--format "${format}" is not one of auto, ${READABLE_COVERAGE_FORMATS.join(', ')}`);
  const fs = nodeFiles();
  const cwd = process.cwd();
  const ctx = { workspace: cwd, repoFiles: await fs.listRepoFiles(cwd) };
  let unmapped = 0;
  const reports = [];
  const { declaredMismatches } = await import('./analysis/crosscheck.js');
  for (const f of files) {
    const parsed = parseCoverage(await fs.readText(f), f, format as 'auto');
    for (const m of declaredMismatches(parsed))
      process.stderr.write(
        `warning: ${f}: declares ${m.what} ${m.declared.covered}/${m.declared.total} but its records add up to ${m.counted.covered}/${m.counted.total}; the records are counted\n`,
      );
    const mapped = mapReportPaths(parsed, ctx);
    unmapped += mapped.summary.unmapped.length;
    reports.push(mapped.report);
  }
  return { report: mergeReports(reports), unmapped };
}

async function coverageCommand(v: Record<string, unknown>, files: string[]): Promise<Exit> {
  const { report, unmapped } = await readCoverage(v, files);
  const { totals } = await import('./analysis/totals.js');
  const t = totals(report);
  const formats = [...new Set(report.sources.map((s) => s.format))];
  if (v['json']) {
    print(
      JSON.stringify(
        {
          format: formats.length === 1 ? formats[0] : 'mixed',
          formats,
          lines: t.lines,
          branches: t.branches,
          unmapped,
          files: t.files.map((f) => ({ path: f.path, lines: f.lines, branches: f.branches })),
        },
        null,
        2,
      ),
    );
    return 0;
  }
  const { pct } = await import('./report/format.js');
  print(`format:   ${formats.join(', ')}`);
  print(`lines:    ${pct(t.lines.percent)} (${t.lines.covered}/${t.lines.total})`);
  print(`branches: ${pct(t.branches.percent)} (${t.branches.covered}/${t.branches.total})`);
  print(`files:    ${t.files.length}${unmapped ? ` (${unmapped} not found in the repository)` : ''}`);
  return 0;
}

async function testsCommand(v: Record<string, unknown>, files: string[]): Promise<Exit> {
  if (files.length === 0) throw new UsageError('give at least one JUnit report');
  const { parseJunit } = await import('./formats/tests/junit.js');
  const { testTotals, durationSummary } = await import('./analysis/tests.js');
  const fs = nodeFiles();
  const cases = [];
  const flaky = [];
  for (const f of files) {
    const r = parseJunit(await fs.readText(f), f);
    cases.push(...r.cases);
    flaky.push(...r.flakyIds);
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
  for (const p of result.problems) process.stderr.write(`${p.code}: ${p.file}: ${p.message}\n`);
  process.stderr.write(`${result.problems.length} problem(s) in ${dir}\n`);
  return 1;
}

async function envCommand(v: Record<string, unknown>): Promise<Exit> {
  const { environmentSignature } = await import('./analysis/environment.js');
  const host = nodeHost(process.env, clockFrom(process.env));
  const sig = environmentSignature({ host, lockFiles: {}, now: host.now() });
  print(
    v['json']
      ? JSON.stringify(sig, null, 2)
      : Object.entries(sig)
          .map(([k, x]) => `${k}: ${JSON.stringify(x)}`)
          .join('\n'),
  );
  return 0;
}

function print(s: string): void {
  process.stdout.write(`${s}\n`);
}

function usage(message: string, command = ''): Exit {
  process.stderr.write(
    `test-ladder: ${message}\nRun "test-ladder ${command ? `${command} ` : ''}--help" for usage.\n`,
  );
  return 2;
}

function fail(message: string): Exit {
  process.stderr.write(`test-ladder: ${message}\n`);
  return 2;
}

process.exitCode = await cli(process.argv.slice(2));
