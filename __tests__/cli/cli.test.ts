import { execFileSync, spawn, spawnSync } from 'node:child_process';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  writeFileSync,
  cpSync,
  readdirSync,
} from 'node:fs';
import { open } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

/** The committed CLI bundle, run as a user runs it: `node dist/cli.js …`, with the exit codes of DESIGN.md. */

const ROOT = path.resolve(import.meta.dirname, '../..');
const CLI = path.join(ROOT, 'dist/cli.js');
const FIX = path.join(ROOT, '__tests__/fixtures');
const temps: string[] = [];
afterAll(() => temps.forEach((d) => rmSync(d, { recursive: true, force: true })));

function tmp(): string {
  const d = mkdtempSync(path.join(os.tmpdir(), 'test-ladder-cli-'));
  temps.push(d);
  return d;
}

function cli(args: string[], cwd = ROOT, env: Record<string, string> = {}) {
  const r = spawnSync(process.execPath, [CLI, ...args], {
    cwd,
    encoding: 'utf8',
    env: { PATH: process.env['PATH'] ?? '', TEST_LADDER_NOW: '2026-11-22T12:00:00Z', ...env },
    timeout: 30_000,
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('help and usage', () => {
  it.each(['run', 'coverage', 'tests', 'verify', 'env'])('%s --help prints its usage and exits 0', (cmd) => {
    const r = cli([cmd, '--help']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(new RegExp(`^Usage: test-ladder ${cmd}`));
  });

  it('--help lists every command; no command is a usage error (exit 2)', () => {
    expect(cli(['--help']).stdout).toMatch(/run .*\n.*coverage .*\n.*tests .*\n.*verify .*\n.*env /s);
    expect(cli([]).code).toBe(2);
  });

  it('an unknown command or option exits 2 and points at --help', () => {
    expect(cli(['frobnicate'])).toMatchObject({
      code: 2,
      stderr: expect.stringContaining('unknown command "frobnicate"'),
    });
    const r = cli(['coverage', '--jsn', 'x']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("Unknown option '--jsn'");
    expect(r.stderr).toContain('test-ladder coverage --help');
  });
});

describe('test-ladder coverage', () => {
  it('prints the JSON shape of DESIGN.md with the figures coverage.py printed', () => {
    const r = cli(['coverage', 'examples/reports/coverage.xml', '--json']);
    expect(r.code).toBe(0);
    const j = JSON.parse(r.stdout);
    expect(Object.keys(j)).toEqual(['format', 'formats', 'lines', 'branches', 'unmapped', 'files']);
    expect(j.format).toBe('cobertura');
    expect(j.lines).toEqual({ covered: 130, total: 168, percent: (130 / 168) * 100 });
    expect(j.branches).toEqual({ covered: 66, total: 108, percent: (66 / 108) * 100 });
    expect(j.unmapped).toBe(0);
    expect(j.files[0]).toEqual({
      path: 'examples/project/ladder_demo/__init__.py',
      lines: expect.objectContaining({ total: expect.any(Number) }),
      branches: expect.objectContaining({ total: expect.any(Number) }),
    });
  });

  it('merges shards of two formats: c8 LCOV + c8 Cobertura of one run double the hits, not the lines', () => {
    const c8 = path.join(FIX, 'coverage/c8');
    const both = JSON.parse(
      cli(['coverage', `${c8}/lcov.info`, `${c8}/cobertura-coverage.xml`, '--json']).stdout,
    );
    expect(both.format).toBe('mixed');
    expect(both.formats).toEqual(['lcov', 'cobertura']);
    expect(both.lines).toMatchObject({ covered: 86, total: 116 });
  });

  it('paths that match no repository file are counted, with the path-prefix that would map them', () => {
    // A report written inside a container (/app) for a package that lives in services/api/.
    const d = tmp();
    for (const f of ['services/api/src/a.py', 'services/api/src/b.py', 'services/api/tests/test_a.py']) {
      mkdirSync(path.dirname(path.join(d, f)), { recursive: true });
      writeFileSync(path.join(d, f), '');
    }
    writeFileSync(
      path.join(d, 'cov.info'),
      'SF:/app/src/a.py\nDA:1,1\nend_of_record\nSF:/app/src/b.py\nDA:1,0\nend_of_record\nSF:/app/gen/c.py\nDA:1,0\nend_of_record\n',
    );
    const j = JSON.parse(cli(['coverage', 'cov.info', '--json'], d).stdout);
    expect(j.unmapped).toBe(3);
    // Two shards listing the same paths: each path is counted once.
    cpSync(path.join(d, 'cov.info'), path.join(d, 'shard-2.info'));
    expect(JSON.parse(cli(['coverage', 'cov.info', 'shard-2.info', '--json'], d).stdout).unmapped).toBe(3);
    expect(j.path_prefix).toEqual({ strip: '/app/', add: 'services/api/', would_map: 2 });
    const text = cli(['coverage', 'cov.info'], d).stdout;
    expect(text).toContain('files:      3 (3 not found in the repository)');
    expect(text).toContain(
      'hint:       3 coverage paths match no file in the repository; coverage.path-prefix: {strip: [/app/], add: services/api/} would map 2 of them',
    );
    // Nothing mapped and nothing to suggest: said so, not guessed.
    writeFileSync(path.join(d, 'other.info'), 'SF:/elsewhere/zzz.py\nDA:1,1\nend_of_record\n');
    const none = JSON.parse(cli(['coverage', 'other.info', '--json'], d).stdout);
    expect([none.unmapped, none.path_prefix]).toEqual([1, null]);
    // Everything mapped: no field at all.
    expect(
      JSON.parse(cli(['coverage', 'examples/reports/coverage.xml', '--json']).stdout),
    ).not.toHaveProperty('path_prefix');
  });

  it('exits 2 naming the file for a missing, empty, truncated or wrongly-forced report', () => {
    const d = tmp();
    writeFileSync(path.join(d, 'empty.xml'), '');
    writeFileSync(path.join(d, 'cut.info'), 'TN:\nSF:a.py\nDA:1,1\n');
    expect(cli(['coverage', path.join(d, 'missing.xml')])).toMatchObject({
      code: 2,
      stderr: `test-ladder: ${path.join(d, 'missing.xml')}: no such file\n`,
    });
    expect(cli(['coverage', path.join(d, 'empty.xml')]).stderr).toContain(
      'empty.xml: the coverage report is empty',
    );
    const cut = cli(['coverage', path.join(d, 'cut.info')]);
    expect(cut.code).toBe(2);
    expect(cut.stderr).toContain(
      'cut.info:3: the record opened by SF: at line 2 has no end_of_record; the file looks truncated',
    );
    const forced = cli(['coverage', 'examples/reports/coverage.xml', '--format', 'lcov']);
    expect(forced.code).toBe(2);
    expect(forced.stderr).toMatch(/examples\/reports\/coverage\.xml:1: expected an LCOV record "KEY:value"/);
  });
});

describe('test-ladder coverage: every format, the producers’ own figures', () => {
  it('a Go profile prints the statement figure `go tool cover -func` printed (61.7 %)', () => {
    const go = path.join(FIX, 'coverage/go');
    const j = JSON.parse(cli(['coverage', `${go}/cover-count.out`, '--json']).stdout);
    expect(j.format).toBe('go-cover');
    const printed = readFileSync(`${go}/func-cover-count.txt`, 'utf8').match(
      /total:\s+\(statements\)\s+([\d.]+)%/,
    )![1];
    expect(j.statements.percent.toFixed(1)).toBe(printed);
    expect(printed).toBe('61.7');
  });

  it('Go shards merged keep the statement figure of the merged profile', () => {
    const go = path.join(FIX, 'coverage/go');
    const j = JSON.parse(cli(['coverage', `${go}/shard-a.out`, `${go}/shard-b.out`, '--json']).stdout);
    const printed = readFileSync(`${go}/func-cover-merged.txt`, 'utf8').match(
      /total:\s+\(statements\)\s+([\d.]+)%/,
    )![1];
    expect(j.statements.percent.toFixed(1)).toBe(printed);
  });

  it('coverage.py JSON prints both the line figure and coverage.py’s combined percent', () => {
    const j = JSON.parse(
      cli(['coverage', path.join(FIX, 'coverage/pytest-cov/coverage.json'), '--json']).stdout,
    );
    expect(j.format).toBe('coveragepy-json');
    expect(j.lines).toMatchObject({ covered: 130, total: 168 });
    expect(j.branches).toMatchObject({ covered: 66, total: 108 });
    expect(j.producers[0].percent_combined).toBeCloseTo(((130 + 66) / (168 + 108)) * 100, 10);
    expect(j.producers[0].producer).toMatch(/^coverage\.py 6\.5/);
  });

  it('--diff adds patch coverage equal to diff-cover’s (30 executable changed lines, 10 missing)', () => {
    const fix = path.join(FIX, 'patch');
    const r = cli(
      ['coverage', `${fix}/coverage.xml`, '--diff', `${fix}/changes.diff`, '--json'],
      `${fix}/project`,
    );
    expect(r.stderr).toBe('');
    const j = JSON.parse(r.stdout);
    const dc = JSON.parse(readFileSync(`${fix}/diff-cover.json`, 'utf8'));
    expect(j.patch).toMatchObject({
      covered: dc.total_num_lines - dc.total_num_violations,
      total: dc.total_num_lines,
    });
    expect([j.patch.total, j.patch.covered]).toEqual([30, 20]);
    expect(j.patch.files.find((f: { path: string }) => f.path === 'shop/pricing.py').uncovered).toEqual([
      [12, 13],
      [15, 16],
    ]);
  });
});

describe('test-ladder tests', () => {
  it('a time that is not a number of seconds is left out and said so, not read as 0', () => {
    const d = tmp();
    writeFileSync(
      path.join(d, 'j.xml'),
      '<testsuite name="s"><testcase classname="a" name="t1" time="NaN"/><testcase classname="a" name="t2" time="-1"/><testcase classname="a" name="t3" time="0.5"/></testsuite>',
    );
    const r = cli(['tests', 'j.xml', '--json'], d);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).durations.p50).toBe(0.5);
    expect(r.stderr).toBe(
      'warning: j.xml: unknown producer: 2 times are not a number of seconds (the first: "NaN"); their durations are left out\n',
    );
  });

  it('prints totals, nearest-rank percentiles and the slowest tests as pytest counted them', () => {
    const r = cli(['tests', 'examples/reports/junit.xml', '--json']);
    expect(r.code).toBe(0);
    const j = JSON.parse(r.stdout);
    expect(Object.keys(j)).toEqual(['tests', 'durations', 'slowest']);
    expect(j.tests).toEqual({ total: 25, passed: 24, failed: 0, errors: 0, skipped: 1, flaky: 0 });
    expect(j.durations.method).toBe('nearest-rank');
    expect(j.durations.p50).toBeLessThanOrEqual(j.durations.p90);
    expect(j.durations.p95).toBeLessThanOrEqual(j.durations.p99);
    expect(j.slowest.length).toBe(10);
  });
});

describe('test-ladder run and verify', () => {
  it('writes the artifact set, verify says ok, and a changed byte is named (exit 1)', () => {
    const d = tmp();
    const out = path.join(d, 'out');
    const r = cli([
      'run',
      '--config',
      'examples/test-ladder.yml',
      '--coverage',
      'examples/reports/coverage.xml',
      '--tests',
      'examples/reports/junit.xml',
      '--out',
      out,
      '--date',
      '2026-11-22',
    ]);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('✅ test-ladder pass: line coverage 77.38 %');
    expect(r.stdout).toContain(`artifacts: ${out} (19 files, SHA256SUMS lists them)`);
    expect(cli(['verify', out])).toMatchObject({
      code: 0,
      stdout: 'ok: 18 files match SHA256SUMS and their embedded hashes\n',
    });

    const tampered = path.join(d, 'tampered');
    cpSync(out, tampered, { recursive: true });
    const gaps = path.join(tampered, 'coverage.gaps.json');
    writeFileSync(gaps, readFileSync(gaps, 'utf8').replace('"covered": 130', '"covered": 131'));
    rmSync(path.join(tampered, 'history.json'));
    const v = cli(['verify', tampered]);
    expect(v.code).toBe(1);
    expect(v.stderr).toContain('HASH_MISMATCH: coverage.gaps.json');
    expect(v.stderr).toContain('EMBEDDED_HASH_MISMATCH: coverage.gaps.json');
    expect(v.stderr).toContain('MISSING: history.json');
    expect(cli(['verify', path.join(d, 'nope')]).code).toBe(2);
  });

  it('exits 1 when a gate fails, and continues an earlier run’s history', () => {
    const d = tmp();
    const first = path.join(d, 'first');
    const args = [
      'run',
      '--coverage',
      'examples/reports/coverage.xml',
      '--tests',
      'examples/reports/junit.xml',
    ];
    expect(cli([...args, '--out', first]).code).toBe(0);
    const cfg = path.join(d, 'strict.yml');
    writeFileSync(cfg, 'coverage:\n  baseline: 80\n');
    const second = path.join(d, 'second');
    const r = cli([...args, '--config', cfg, '--out', second, '--history', first, '--base', first]);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain(
      '❌ test-ladder fail: line coverage 77.38 % fell 2.62 pp below the baseline 80.00 %',
    );
    const history = JSON.parse(readFileSync(path.join(second, 'history.json'), 'utf8'));
    expect(history.runs).toHaveLength(2);
    // Each run records the ladder metric's coverage: what the chart and the pace are drawn from.
    expect(history.runs.map((r: { coverage: number }) => r.coverage)).toEqual([
      (130 / 168) * 100,
      (130 / 168) * 100,
    ]);
    expect(history.tests.every((t: { outcomes: string }) => t.outcomes.length === 2)).toBe(true);
    expect(readdirSync(second)).toContain('foundation.checkpoint.md');
  });

  it('ignores a tampered history with a warning instead of trusting it', () => {
    const d = tmp();
    const first = path.join(d, 'first');
    const args = [
      'run',
      '--coverage',
      'examples/reports/coverage.xml',
      '--tests',
      'examples/reports/junit.xml',
    ];
    cli([...args, '--out', first]);
    const h = path.join(first, 'history.json');
    writeFileSync(h, readFileSync(h, 'utf8').replace('"P"', '"F"'));
    const r = cli([...args, '--out', path.join(d, 'second'), '--history', first]);
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/^warning: ignoring .*history\.json: .*; the history starts with this run\n$/);
  });

  it('exits 2 for usage errors: no --coverage, a bad date', () => {
    expect(cli(['run']).stderr).toBe(
      'test-ladder: --coverage: no coverage report given; expected one or more glob patterns\n',
    );
    expect(cli(['run', '--coverage', 'x.xml', '--date', '2026-02-30']).stderr).toContain(
      '--date: "2026-02-30" is not a calendar date; expected YYYY-MM-DD (UTC)',
    );
  });
});

/** An LCOV report of `files` files of 100 lines each; about 1.2 KiB a file. */
function lcov(files: number): string {
  const out: string[] = [];
  for (let f = 0; f < files; f++) {
    out.push(`SF:src/dir${f % 10}/file${f}.js`);
    for (let l = 1; l <= 100; l++) out.push(`DA:${l},${l % 3}`);
    out.push('end_of_record');
  }
  return `${out.join('\n')}\n`;
}

/**
 * Runs `command` (argv) with `report` as a FIFO fed slowly: `first` at once, the rest after
 * `pauseMs`, so the read takes that long whatever the machine. Resolves with the exit code.
 */
async function feedSlowly(
  dir: string,
  command: string[],
  text: string,
  first: number,
  pauseMs: number,
): Promise<{ code: number | null; stdout: string; stderr: string }> {
  const fifo = path.join(dir, 'slow.lcov');
  execFileSync('mkfifo', [fifo]);
  const child = spawn(command[0]!, command.slice(1), {
    cwd: dir,
    env: { PATH: process.env['PATH'] ?? '', TEST_LADDER_NOW: '2026-11-22T12:00:00Z' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (d: Buffer) => (stdout += d.toString('utf8')));
  child.stderr.on('data', (d: Buffer) => (stderr += d.toString('utf8')));
  const done = new Promise<number | null>((resolve) => child.on('close', resolve));
  // Opening a FIFO for writing waits for the reader: the clock starts when the CLI reads.
  const w = await open(fifo, 'w');
  await w.write(text.slice(0, first));
  await new Promise((r) => setTimeout(r, pauseMs));
  await w.write(text.slice(first));
  await w.close();
  return { code: await done, stdout, stderr };
}

describe('output: the progress line and a reader that goes away', () => {
  const report = lcov(1500); // ~1.8 MiB: one full chunk at once, the rest after the pause

  it('a reader that stops early (| head -1) ends the command quietly, with its own exit code', () => {
    const d = tmp();
    writeFileSync(path.join(d, 'big.lcov'), lcov(3000));
    for (const args of ['coverage big.lcov --json', 'coverage big.lcov']) {
      const r = spawnSync(
        'bash',
        ['-c', `"$0" "$1" ${args} | head -1; echo "exit=\${PIPESTATUS[0]}" >&2`, process.execPath, CLI],
        { cwd: d, encoding: 'utf8', timeout: 30_000 },
      );
      expect(r.stderr).toBe('exit=0\n');
      expect(r.stdout).toBe(args.endsWith('--json') ? '{\n' : 'format:     lcov\n');
    }
  });

  it('a long read with stderr not a terminal (a CI log) writes no progress at all', async () => {
    const r = await feedSlowly(
      tmp(),
      [process.execPath, CLI, 'coverage', 'slow.lcov'],
      report,
      1.2 * 1024 * 1024,
      1300,
    );
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    // Every line whose number is not a multiple of 3 was hit: 67 of 100 per file, all 1500 files read.
    expect(r.stdout).toMatch(/^format: +lcov\nlines: +67\.00 % \(100500\/150000\)\n/);
  });

  it.skipIf(process.platform !== 'linux' || !existsSync('/usr/bin/script'))(
    'on a terminal, a read over 1 s shows one line, rewritten in place and cleared before the result',
    async () => {
      const d = tmp();
      const screenFile = path.join(d, 'screen');
      // util-linux script(1) runs the CLI on a pseudo-terminal and records what it wrote to it.
      const r = await feedSlowly(
        d,
        ['script', '-qefc', `"${process.execPath}" "${CLI}" coverage slow.lcov`, screenFile],
        report,
        1.2 * 1024 * 1024,
        1300,
      );
      expect(r.code).toBe(0);
      const screen = readFileSync(screenFile, 'utf8');
      // eslint-disable-next-line no-control-regex
      const lines = [...screen.matchAll(/\r\x1b\[2K(reading [^\r]*)/g)].map((m) => m[1]);
      expect(lines.length).toBeGreaterThanOrEqual(1);
      for (const line of lines)
        expect(line).toMatch(/^reading slow\.lcov: \d+\.\d MiB, \d\.\d\d s, \d+\.\d [KM]iB\/s$/);
      // Cleared (carriage return, erase line) right before the result is printed.
      expect(screen).toContain('\r\x1b[2Kformat:     lcov\r\n');
    },
  );
});
