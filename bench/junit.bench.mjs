#!/usr/bin/env node
// Test reports and history at scale: a 50,000-testcase JUnit file read by test-ladder and by
// junitparser, and a 30-run history of 50,000 tests analyzed (flake verdicts, signatures, durations).
//
// Generates into a temporary directory (removed at the end; nothing is committed):
//   - junit.xml: BENCH_TESTS (50,000) testcases in BENCH_SUITES (500) suites, ~12 MB: names,
//     classnames and files as pytest writes them, times with a long tail, 3 % failures with
//     Python tracebacks (numbers, addresses, paths that differ per failure), 1 % errors, 2 %
//     skipped, 5 % with a system-out of log lines;
//   - history.json: 29 earlier runs of the same tests, built with extendHistory and sealed as a run
//     writes it: most tests stable, 2 % flaky, 0.5 % broken, failures with signatures from a set of
//     causes, and a duration per run.
// Then, each step in a fresh process, timed inside the process and measured from outside by
// /usr/bin/time (wall clock and peak RSS), BENCH_RUNS (3) times, the median reported:
//   1. test-ladder reads junit.xml: readFileSync + parseJunit (the TypeScript sources bundled here
//      with esbuild), the counts checked;
//   2. junitparser 2.8 (Debian's python3-junitparser, on /usr/bin/python3) reads the same file and
//      counts the same figures: JUnitXml.fromfile, then every case's result;
//   3. test-ladder analyzes the history with this run: parseHistory (hash check included),
//      signFailures, extendHistory, flakeScan, groupSignatures, durationsReport, and the
//      flake.report.json content; this run's cases come from parsing junit.xml first, untimed, so
//      the step's peak RSS includes them; sealing the new history.json is timed apart, as a run
//      seals it: ArtifactSet.addJson (canonical JSON and its SHA-256, the pretty text with that
//      hash in it, its UTF-8 bytes and their SHA-256 for SHA256SUMS), its peak RSS measured by
//      /usr/bin/time and, inside the process, as the growth over the RSS before sealing.
// Prints every figure, the goals (read: < 0.3 s and < 200 MB; analysis: < 1 s and < 300 MB) and
// the ratio to junitparser; exits 1 when the counts differ.
//
// usage: node bench/junit.bench.mjs
//   BENCH_TESTS=50000 BENCH_SUITES=500 BENCH_RUNS=3 BENCH_HISTORY=29 BENCH_KEEP=1 (keep the directory)
import { build } from 'esbuild';
import { Buffer } from 'node:buffer';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import process from 'node:process';
import { fileURLToPath, pathToFileURL } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const SELF = fileURLToPath(import.meta.url);
const GOALS = { readMs: 300, readMb: 200, analyzeMs: 1000, analyzeMb: 300 };

const num = (name, dflt) => {
  const v = Number(process.env[name] ?? dflt);
  if (!Number.isInteger(v) || v <= 0) throw new Error(`${name} must be a positive integer`);
  return v;
};
const TESTS = num('BENCH_TESTS', 50000);
const SUITES = num('BENCH_SUITES', 500);
const RUNS = num('BENCH_RUNS', 3);
const HISTORY = num('BENCH_HISTORY', 29);
const log = (s) => process.stderr.write(`${s}\n`);

// Set by the parent run only (a child gets its directory as an argument).
let tmp = '';
let entry = '';
let junitFile = '';
let pyScript = '';

async function main() {
  const py = spawnSync('/usr/bin/python3', ['-c', 'import junitparser; print(junitparser.version)'], {
    encoding: 'utf8',
  });
  if (py.status !== 0)
    throw new Error(
      'junitparser is not installed for /usr/bin/python3 (apt-get install python3-junitparser)',
    );
  const junitparserVersion = py.stdout.trim();

  await build({
    stdin: {
      contents: [
        "export { parseJunit } from './src/formats/tests/junit.js';",
        "export { extendHistory, parseHistory } from './src/analysis/history.js';",
        "export { flakeScan, flakeReportArtifact } from './src/analysis/flakes.js';",
        "export { signFailures, signatureHashes, groupSignatures } from './src/analysis/signatures.js';",
        "export { durationsReport } from './src/analysis/durations.js';",
        "export { sealJson, ArtifactSet } from './src/artifacts/index.js';",
      ].join('\n'),
      resolveDir: ROOT,
      sourcefile: 'junit-entry.ts',
      loader: 'ts',
    },
    outfile: entry,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    logLevel: 'warning',
  });

  log(`generating: ${TESTS} testcases in ${SUITES} suites, and ${HISTORY} earlier runs`);
  const t0 = performance.now();
  const expected = writeJunit();
  writeFileSync(pyScript, PYTHON);
  // The history is built by the same code a run uses, in a child so this process stays small.
  const made = runChild(['make-history', String(HISTORY)], 'history');
  log(`generated in ${((performance.now() - t0) / 1000).toFixed(1)} s`);

  const read = median(RUNS, () => runChild(['read'], 'read'));
  const peer = median(RUNS, () => runTimed(['/usr/bin/python3', pyScript, junitFile], 'junitparser'));
  const analyze = median(RUNS, () => runChild(['analyze'], 'analyze'));

  const problems = [];
  for (const [who, got] of [
    ['test-ladder', read.counts],
    ['junitparser', peer.counts],
  ])
    for (const k of Object.keys(expected))
      if (got[k] !== expected[k]) problems.push(`${who}: ${k} ${got[k]}, generated ${expected[k]}`);

  const mb = (bytes) => `${(bytes / 1024 / 1024).toFixed(0)} MB`;
  const ms = (n) => `${n.toFixed(0)} ms`;
  const goal = (ok) => (ok ? 'goal met' : 'GOAL MISSED');
  const a = analyze.ms;
  const lines = [
    '',
    `junit.xml: ${expected.total} testcases, ${mb(statSync(junitFile).size)} (${statSync(junitFile).size} bytes); ${expected.failed} failed, ${expected.errors} errors, ${expected.skipped} skipped`,
    `history.json: ${HISTORY} earlier runs of ${made.tests} tests, ${mb(made.bytes)}, ${made.signatures} signatures`,
    '',
    `1. test-ladder reads junit.xml: ${ms(read.ms.total)} in process (readFileSync ${ms(read.ms.read)}, parseJunit ${ms(read.ms.parse)}); ${ms(read.wallMs)} wall with Node's start; peak RSS ${mb(read.maxRss)}`,
    `   goal < ${GOALS.readMs} ms and < ${GOALS.readMb} MB: ${goal(read.ms.total < GOALS.readMs && read.maxRss < GOALS.readMb * 1024 * 1024)}`,
    `2. junitparser ${junitparserVersion} reads junit.xml: ${ms(peer.ms)} in process; ${ms(peer.wallMs)} wall with Python's start; peak RSS ${mb(peer.maxRss)}`,
    `   ratio junitparser / test-ladder: ${(peer.ms / read.ms.total).toFixed(1)}x the time in process, ${(peer.wallMs / read.wallMs).toFixed(1)}x wall, ${(peer.maxRss / read.maxRss).toFixed(1)}x the memory`,
    `3. test-ladder analyzes ${HISTORY + 1} runs of ${analyze.tests} tests: ${ms(a.total)} (parse history ${ms(a.parseHistory)}, sign failures ${ms(a.sign)}, extend ${ms(a.extend)}, flake verdicts ${ms(a.scan)}, group signatures ${ms(a.group)}, durations ${ms(a.durations)}, report ${ms(a.report)})`,
    `   peak RSS ${mb(analyze.rss.analyzed)} at the end of the analysis (${mb(analyze.rss.parsed)} of it reached while parsing this run's junit.xml first)`,
    `   ${analyze.verdicts}; ${analyze.groups} signature groups (${analyze.newGroups} new); flake rate ${(analyze.flakeRate * 100).toFixed(2)} %; flake.report.json content ${mb(analyze.reportBytes)}`,
    `   goal < ${GOALS.analyzeMs} ms and < ${GOALS.analyzeMb} MB: ${goal(a.total < GOALS.analyzeMs && analyze.rss.analyzed < GOALS.analyzeMb * 1024 * 1024)}`,
    `   then sealing the new history.json as a run adds it to the artifact set (ArtifactSet.addJson: canonical JSON + SHA-256, pretty text, bytes + SHA-256; ${mb(analyze.sealedBytes)}): ${ms(a.seal)}; peak RSS ${mb(analyze.rss.sealed)} with it, ${mb(analyze.rss.sealed - analyze.rss.analyzed)} over the analysis (${mb(analyze.maxRss)} by /usr/bin/time)`,
    `(median of ${RUNS} runs each; Node ${process.version}; ${os.cpus().length} CPUs)`,
    problems.length === 0 ? 'counts: equal' : `counts DIFFER:\n  ${problems.join('\n  ')}`,
  ];
  process.stdout.write(`${lines.join('\n')}\n`);
  if (problems.length > 0) process.exitCode = 1;
}

/** The median run by its main time. */
function median(n, run) {
  const results = [];
  for (let i = 0; i < n; i++) results.push(run());
  const key = (r) => (typeof r.ms === 'number' ? r.ms : r.ms.total);
  results.sort((x, y) => key(x) - key(y));
  return results[Math.floor(results.length / 2)];
}

/** A command under /usr/bin/time: its JSON on stdout, plus wall time and peak RSS from outside. */
function runTimed(argv, what) {
  const r = spawnSync('/usr/bin/time', ['-f', '__TIME__ %e %M', ...argv], {
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  if (r.status !== 0) throw new Error(`${what} failed:\n${r.stderr}`);
  const m = /__TIME__ ([\d.]+) (\d+)/.exec(r.stderr);
  if (!m) throw new Error(`${what}: no /usr/bin/time line in:\n${r.stderr}`);
  return { ...JSON.parse(r.stdout), wallMs: Number(m[1]) * 1000, maxRss: Number(m[2]) * 1024 };
}

function runChild(args, what) {
  return runTimed([process.execPath, SELF, '--child', tmp, ...args], what);
}

// ─────────────────────────────────────── generation ───────────────────────────────────────

/** A small deterministic generator (mulberry32), so every run of the bench reads the same files. */
function rng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const VERBS = [
  'parses',
  'rejects',
  'merges',
  'rounds',
  'renders',
  'retries',
  'caches',
  'splits',
  'sorts',
  'loads',
];
const CAUSES = [
  (r) => `AssertionError: assert ${Math.floor(r() * 1000)} == ${Math.floor(r() * 1000)}`,
  (r) =>
    `requests.exceptions.ConnectionError: HTTPConnectionPool(host='10.0.${Math.floor(r() * 255)}.${Math.floor(r() * 255)}', port=${1024 + Math.floor(r() * 60000)}): Max retries exceeded`,
  (r) =>
    `TimeoutError: no reply after ${(r() * 30).toFixed(2)}s at 2026-0${1 + Math.floor(r() * 9)}-1${Math.floor(r() * 9)}T10:00:00Z`,
  (r) => `KeyError: 'user_${Math.floor(r() * 99999)}'`,
  (r) => `ValueError: object at 0x7f${Math.floor(r() * 0xffffffff).toString(16)} is closed`,
];

/** Where each test lives: the same for the XML and the history, so ids match. */
function testAt(i) {
  const s = Math.floor(i / (TESTS / SUITES));
  const file = `tests/pkg${s % 40}/test_module${s}.py`;
  const classname = `tests.pkg${s % 40}.test_module${s}.TestCase${s}`;
  const name = `test_${VERBS[i % VERBS.length]}_case_${i}`;
  return { s, file, classname, name, id: `${file}::${classname}::${name}` };
}

function traceback(r, t, cause) {
  const frames = [];
  frames.push(`    def ${t.name}(self):`, `>       result = self.client.call(${Math.floor(r() * 100)})`, '');
  frames.push(`${t.file}:${10 + Math.floor(r() * 400)}: `);
  frames.push('_ '.repeat(40));
  frames.push(`src/app/client.py:${40 + Math.floor(r() * 20)}: in call`, '    return self._session.get(url)');
  for (let k = 0; k < 6; k++)
    frames.push(
      `/home/runner/work/app/app/.venv/lib/python3.11/site-packages/requests/sessions.py:${500 + k * 17}: in send`,
      `    r = adapter.send(request, **kwargs)`,
    );
  frames.push(`E   ${cause}`);
  return frames.join('\n');
}

function escapeXml(s) {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** junit.xml, written as pytest would (2 levels: testsuites → testsuite → testcase); returns the counts. */
function writeJunit() {
  const r = rng(20261122);
  const parts = ['<?xml version="1.0" encoding="utf-8"?>\n<testsuites name="bench">\n'];
  const counts = { total: 0, failed: 0, errors: 0, skipped: 0 };
  const perSuite = TESTS / SUITES;
  for (let s = 0; s < SUITES; s++) {
    parts.push(`  <testsuite name="suite${s}" tests="${perSuite}" hostname="runner">\n`);
    for (let j = 0; j < perSuite; j++) {
      const i = s * perSuite + j;
      const t = testAt(i);
      const u = r();
      // A long tail: most tests take milliseconds, a few take seconds.
      const time = u < 0.01 ? 1 + r() * 9 : u < 0.1 ? 0.05 + r() * 0.5 : r() * 0.02;
      const open = `    <testcase classname="${t.classname}" name="${t.name}" file="${t.file}" line="${10 + (i % 400)}" time="${time.toFixed(6)}"`;
      counts.total++;
      const kind = fate(i);
      if (kind === 'failed' || kind === 'error') {
        const cause = CAUSES[i % CAUSES.length](r);
        const tag = kind === 'failed' ? 'failure' : 'error';
        counts[kind === 'failed' ? 'failed' : 'errors']++;
        parts.push(
          `${open}>\n      <${tag} message="${escapeXml(cause)}">${escapeXml(traceback(r, t, cause))}</${tag}>\n    </testcase>\n`,
        );
      } else if (kind === 'skipped') {
        counts.skipped++;
        parts.push(
          `${open}>\n      <skipped type="pytest.skip" message="needs a GPU">skipped</skipped>\n    </testcase>\n`,
        );
      } else if (r() < 0.05) {
        const lines = [];
        for (let k = 0; k < 14; k++)
          lines.push(
            `INFO worker-${k} processed batch ${Math.floor(r() * 1e6)} in ${Math.floor(r() * 900)} ms`,
          );
        parts.push(`${open}>\n      <system-out>${lines.join('\n')}</system-out>\n    </testcase>\n`);
      } else parts.push(`${open}/>\n`);
    }
    parts.push('  </testsuite>\n');
  }
  parts.push('</testsuites>\n');
  writeFileSync(junitFile, parts.join(''));
  return counts;
}

/** This run's outcome of test i: 3 % failed, 1 % errors, 2 % skipped, the rest passed. */
function fate(i) {
  const h = (i * 2654435761) % 1000;
  if (h < 30) return 'failed';
  if (h < 40) return 'error';
  if (h < 60) return 'skipped';
  return 'passed';
}

// ──────────────────────────────────────── children ────────────────────────────────────────

async function child(dir, [step, arg]) {
  const m = await import(pathToFileURL(path.join(dir, 'junit-entry.mjs')).href);
  const junit = path.join(dir, 'junit.xml');
  const hist = path.join(dir, 'history.json');
  const out = (o) => process.stdout.write(JSON.stringify(o));

  if (step === 'read') {
    const t0 = performance.now();
    const text = readFileSync(junit, 'utf8');
    const t1 = performance.now();
    const report = m.parseJunit(text, 'junit.xml');
    const t2 = performance.now();
    const counts = { total: 0, failed: 0, errors: 0, skipped: 0 };
    for (const c of report.cases) {
      counts.total++;
      if (c.outcome === 'failed') counts.failed++;
      else if (c.outcome === 'error') counts.errors++;
      else if (c.outcome === 'skipped') counts.skipped++;
    }
    out({ ms: { read: t1 - t0, parse: t2 - t1, total: t2 - t0 }, counts });
    return;
  }

  if (step === 'make-history') {
    const runs = Number(arg);
    const r = rng(7);
    // Each test's character over the window: stable, flaky (fails 30 % of runs), broken (fails
    // from some run on), or a test added part way through.
    const kinds = [];
    for (let i = 0; i < TESTS; i++) {
      const u = r();
      kinds.push(u < 0.02 ? 'flaky' : u < 0.025 ? 'broken' : u < 0.035 ? 'new' : 'stable');
    }
    let h = null;
    for (let run = 0; run < runs; run++) {
      const cases = [];
      const signatures = new Map();
      const flakyIds = [];
      const total = kinds.length;
      for (let i = 0; i < total; i++) {
        const kind = kinds[i];
        if (kind === 'new' && run < runs / 2) continue;
        const t = testAt(i);
        const fail =
          kind === 'flaky'
            ? r() < 0.3
            : kind === 'broken'
              ? run > runs - 6
              : fate(i) !== 'passed' && r() < 0.05;
        const duration = Math.max(0.0001, ((i % 97) / 970) * (0.8 + r() * 0.4));
        const message = fail ? traceback(r, t, CAUSES[i % CAUSES.length](r)) : undefined;
        cases.push({
          id: t.id,
          name: t.name,
          classname: t.classname,
          file: t.file,
          outcome: fail ? 'failed' : 'passed',
          duration,
          ...(message ? { message } : {}),
        });
        if (!fail && kind === 'flaky' && r() < 0.1) flakyIds.push(t.id);
      }
      for (const [id, s] of m.signFailures(cases.filter((c) => c.outcome === 'failed')))
        signatures.set(id, s.hash);
      h = m.extendHistory(
        h,
        {
          runId: String(1000 + run),
          attempt: 1,
          commit: `c${Math.floor(run / 2)}`, // every commit twice: a re-run attempt on the same code
          date: '2026-01-01',
          cases,
          flakyIds,
          signatures,
        },
        30,
      );
    }
    const sealed = m.sealJson(h);
    writeFileSync(hist, sealed.text);
    out({ tests: h.tests.length, signatures: h.signatures.length, bytes: Buffer.byteLength(sealed.text) });
    return;
  }

  if (step === 'analyze') {
    const rss = () => process.resourceUsage().maxRSS * 1024;
    const report = m.parseJunit(readFileSync(junit, 'utf8'), 'junit.xml');
    const rssParsed = rss();
    const t = [performance.now()];
    const parsed = m.parseHistory(readFileSync(hist, 'utf8'));
    if (!('history' in parsed)) throw new Error(parsed.problem);
    t.push(performance.now());
    const signed = m.signFailures(report.cases);
    t.push(performance.now());
    const history = m.extendHistory(
      parsed.history,
      {
        runId: 'now',
        attempt: 1,
        commit: 'cnow',
        date: '2026-01-02',
        cases: report.cases,
        flakyIds: report.flakyIds,
        signatures: m.signatureHashes(signed),
      },
      30,
    );
    t.push(performance.now());
    const scan = m.flakeScan(history);
    t.push(performance.now());
    const groups = m.groupSignatures(signed, history);
    t.push(performance.now());
    const durations = m.durationsReport(report.cases, history, 10);
    t.push(performance.now());
    const artifact = m.flakeReportArtifact(scan, groups);
    t.push(performance.now());
    const rssAnalyzed = rss();
    const set = new m.ArtifactSet();
    set.addJson('history.json', history);
    t.push(performance.now());
    const sealedBytes = set.files()[0].bytes.length;
    const d = (i) => t[i + 1] - t[i];
    out({
      ms: {
        parseHistory: d(0),
        sign: d(1),
        extend: d(2),
        scan: d(3),
        group: d(4),
        durations: d(5),
        report: d(6),
        total: t[7] - t[0],
        seal: d(7),
      },
      tests: history.tests.length,
      verdicts: `${scan.counts.stable} stable, ${scan.counts.flaky} flaky, ${scan.counts.broken} broken, ${scan.counts.regression} regressions, ${scan.counts.recovered ?? 0} recovered`,
      groups: groups.length,
      slowest: durations.slowest.length,
      reportBytes: Buffer.byteLength(JSON.stringify(artifact)),
      newGroups: groups.filter((g) => g.status === 'new').length,
      flakeRate: scan.flake_rate.value,
      sealedBytes,
      rss: { parsed: rssParsed, analyzed: rssAnalyzed, sealed: rss() },
    });
    return;
  }
  throw new Error(`unknown step ${step}`);
}

const PYTHON = `import json, resource, sys, time
t0 = time.perf_counter()
from junitparser import JUnitXml, Failure, Error, Skipped
t1 = time.perf_counter()
xml = JUnitXml.fromfile(sys.argv[1])
counts = {"total": 0, "failed": 0, "errors": 0, "skipped": 0}
for suite in xml:
    for case in suite:
        counts["total"] += 1
        results = case.result
        if any(isinstance(r, Error) for r in results):
            counts["errors"] += 1
        elif any(isinstance(r, Failure) for r in results):
            counts["failed"] += 1
        elif any(isinstance(r, Skipped) for r in results):
            counts["skipped"] += 1
t2 = time.perf_counter()
print(json.dumps({"ms": (t2 - t1) * 1000, "importMs": (t1 - t0) * 1000, "counts": counts}))
`;

// Each step runs in a child of this script: `--child DIR STEP [ARG]` (the settings above come with
// the environment it inherits). Started last, so every constant above is defined.
if (process.argv[2] === '--child') {
  await child(process.argv[3], process.argv.slice(4));
  process.exit(0);
}

tmp = mkdtempSync(path.join(os.tmpdir(), 'test-ladder-bench-junit-'));
entry = path.join(tmp, 'junit-entry.mjs');
junitFile = path.join(tmp, 'junit.xml');
pyScript = path.join(tmp, 'count.py');
try {
  await main();
} finally {
  if (process.env['BENCH_KEEP'] === '1') log(`kept ${tmp}`);
  else rmSync(tmp, { recursive: true, force: true });
}
