#!/usr/bin/env node
// Patch coverage on a large report: test-ladder against diff-cover, same files, same figures.
//
// Generates into a temporary directory (removed at the end; nothing is committed):
//   - a git repository whose branch changes BENCH_DIFF_FILES source files against `base`,
//   - a Cobertura report of BENCH_FILES files × BENCH_LINES lines (the changed files among them,
//     numbered as the changed tree), ~45 bytes a line: 15,000 × 220 = 3.3 million lines, ~150 MB.
// Then runs, each in a fresh process:
//   - test-ladder: read the report as a stream (as the CLI does), map its paths, take the diff with the git adapter,
//     parse the diff, compute patch coverage (the TypeScript sources bundled here with esbuild);
//   - diff-cover (Debian's, 7.4: no --diff-file, so it runs git itself, in the repository):
//     `diff-cover coverage.xml --compare-branch=base --json-report=…`.
// Prints both wall-clock times, the ratio, the split of test-ladder's time, and both peak RSS;
// exits 1 unless the figures (total, missing, every file's missing lines) are equal. Last, the diff
// parser alone on 100,000- and 1,000,000-line diffs, to show it stays linear.
//
// usage: node bench/patch.bench.mjs
//   BENCH_FILES=15000 BENCH_LINES=220 BENCH_DIFF_FILES=60 BENCH_RUNS=3 (runs of test-ladder; the
//   median is reported) BENCH_DIFF_COVER_RUNS=1 BENCH_KEEP=1 (keep the temporary directory)
import { build } from 'esbuild';
import { execFileSync, spawnSync } from 'node:child_process';
import {
  mkdirSync,
  mkdtempSync,
  openSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
  writeSync,
  closeSync,
} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import process from 'node:process';
import { fileURLToPath, pathToFileURL } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

if (process.argv[2] === '--measure') {
  await measure(process.argv[3], process.argv[4], process.argv[5]);
  process.exit(0);
}

const num = (name, dflt) => {
  const v = Number(process.env[name] ?? dflt);
  if (!Number.isInteger(v) || v <= 0) throw new Error(`${name} must be a positive integer`);
  return v;
};
const FILES = num('BENCH_FILES', 15000);
const LINES = num('BENCH_LINES', 220);
const DIFF_FILES = Math.min(num('BENCH_DIFF_FILES', 60), FILES);
const RUNS = num('BENCH_RUNS', 3);
const DC_RUNS = num('BENCH_DIFF_COVER_RUNS', 1);

const tmp = mkdtempSync(path.join(os.tmpdir(), 'test-ladder-bench-patch-'));
const repo = path.join(tmp, 'repo');
const reportFile = path.join(tmp, 'coverage.xml');
const log = (s) => process.stderr.write(`${s}\n`);
let envCache = null; // the environment git runs with here: no user config, a fixed author

try {
  await main();
} finally {
  if (process.env.BENCH_KEEP) log(`kept ${tmp}`);
  else rmSync(tmp, { recursive: true, force: true });
}

async function main() {
  const diffCover = spawnSync('diff-cover', ['--version'], { encoding: 'utf8' });
  if (diffCover.status !== 0) throw new Error('diff-cover is not installed (apt-get install diff-cover)');

  log(`generating: ${FILES} files × ${LINES} lines, ${DIFF_FILES} changed files`);
  const t0 = performance.now();
  const changedFiles = makeRepo();
  writeReport(changedFiles);
  const reportBytes = statSync(reportFile).size;
  const diffText = git(repo, 'diff', '--no-color', '-U0', 'base...HEAD');
  const diffLines = diffText.split('\n').length - 1;
  const added = diffText.split('\n').filter((l) => l.startsWith('+') && !l.startsWith('+++ ')).length;
  log(`generated in ${((performance.now() - t0) / 1000).toFixed(1)} s`);

  const entry = path.join(tmp, 'patch-entry.mjs');
  await build({
    stdin: {
      contents: [
        "export { readCoverageStream } from './src/formats/coverage/read.js';",
        "export { nodeFiles } from './src/adapters/node-files.js';",
        "export { mapReportPaths } from './src/analysis/paths.js';",
        "export { parseUnifiedDiff } from './src/analysis/diff.js';",
        "export { patchCoverage } from './src/analysis/patch.js';",
        "export { gitChangedLines } from './src/adapters/git.js';",
      ].join('\n'),
      resolveDir: ROOT,
      sourcefile: 'patch-entry.ts',
      loader: 'ts',
    },
    outfile: entry,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    logLevel: 'warning',
  });

  const ours = [];
  for (let i = 0; i < RUNS; i++) {
    const started = performance.now();
    const r = spawnSync(
      process.execPath,
      [fileURLToPath(import.meta.url), '--measure', entry, reportFile, repo],
      {
        encoding: 'utf8',
        maxBuffer: 64 * 1024 * 1024,
      },
    );
    if (r.status !== 0) throw new Error(`test-ladder run failed:\n${r.stderr}`);
    ours.push({ ...JSON.parse(r.stdout), wall: performance.now() - started });
  }
  ours.sort((a, b) => a.wall - b.wall);
  const mine = ours[Math.floor(ours.length / 2)];

  const theirs = [];
  for (let i = 0; i < DC_RUNS; i++) theirs.push(runDiffCover(i));
  theirs.sort((a, b) => a.ms - b.ms);
  const dc = theirs[Math.floor(theirs.length / 2)];

  const problems = compare(mine.patch, dc.json);
  const ms = (n) => `${n.toFixed(0)} ms`;
  const mb = (n) => `${(n / 1024 / 1024).toFixed(0)} MB`;
  const split = mine.ms;
  const lines = [
    '',
    `report: ${FILES} files, ${mine.lines} lines, ${mb(reportBytes)}; diff: ${DIFF_FILES} files, ${diffLines} lines, ${added} added`,
    `patch:  ${mine.patch.covered}/${mine.patch.total} executable changed lines covered (${mine.patch.percent.toFixed(2)} %); diff-cover: ${dc.json.total_num_lines - dc.json.total_num_violations}/${dc.json.total_num_lines} (${dc.json.total_percent_covered}%)`,
    `test-ladder: ${ms(split.total)} in process (median of ${RUNS}; read the report ${ms(split.read)}, map paths ${ms(split.map)}, git ${ms(split.git)}, parse diff ${ms(split.diff)}, patch ${ms(split.patch)}); ${ms(mine.wall)} wall clock with start-up; peak RSS ${mb(mine.maxRss)}`,
    `diff-cover:  ${ms(dc.ms)} (median of ${DC_RUNS}); peak RSS ${mb(dc.maxRss)}`,
    `ratio: diff-cover / test-ladder = ${(dc.ms / mine.wall).toFixed(1)}x by wall clock (${(dc.ms / split.total).toFixed(1)}x in process); without reading the report: ${ms(split.total - split.read - split.map)} for git + diff + patch`,
    problems.length === 0 ? 'figures: equal' : `figures DIFFER:\n  ${problems.join('\n  ')}`,
  ];
  const { parseUnifiedDiff } = await import(pathToFileURL(entry).href);
  const diffs = [100_000, 1_000_000].map((n) => ({ n, text: syntheticDiff(n), best: Infinity }));
  // The first round only warms the JIT; the best of the next five is reported.
  for (let round = 0; round < 6; round++)
    for (const d of diffs) {
      const t = performance.now();
      parseUnifiedDiff(d.text, 'synthetic.diff');
      if (round > 0) d.best = Math.min(d.best, performance.now() - t);
    }
  for (const d of diffs)
    lines.push(
      `diff parser: ${d.n} lines in ${d.best.toFixed(1)} ms (${((d.best * 1e6) / d.n).toFixed(0)} ns a line, best of 5 warm runs)`,
    );
  process.stdout.write(lines.join('\n') + '\n');
  if (problems.length > 0) process.exitCode = 1;
}

/** A git diff of `n` lines: 60 files, hunks of 10 context lines, one change, two additions, 9 context. */
function syntheticDiff(n) {
  const parts = [];
  for (let f = 0; parts.length < n; f++) {
    parts.push(`diff --git a/pkg/m${f}.py b/pkg/m${f}.py`, `--- a/pkg/m${f}.py`, `+++ b/pkg/m${f}.py`);
    for (let h = 0; h < Math.ceil(n / 60 / 23) && parts.length < n; h++) {
      parts.push(`@@ -${h * 100 + 1},20 +${h * 100 + 1},21 @@`);
      for (let i = 0; i < 10; i++) parts.push(' same');
      parts.push('-old', '+new', '+more');
      for (let i = 0; i < 9; i++) parts.push(' same');
    }
  }
  return parts.join('\n') + '\n';
}

/** The child: one cold end-to-end run of test-ladder's patch coverage, timed by phase. */
async function measure(entry, file, repoDir) {
  const m = await import(pathToFileURL(entry).href);
  const t = [performance.now()];
  // As the CLI and the action read a report: streamed from the file, never one string.
  const parsed = await m.readCoverageStream(m.nodeFiles().readChunks(file), 'coverage.xml', 'auto');
  t.push(performance.now());
  const { report } = m.mapReportPaths(parsed, { workspace: repoDir, repoFiles: null });
  t.push(performance.now());
  const changes = await m.gitChangedLines(repoDir, 'base');
  t.push(performance.now());
  const changed = m.parseUnifiedDiff(changes.diffText, changes.command);
  t.push(performance.now());
  const patch = m.patchCoverage(report, changed);
  t.push(performance.now());
  const d = (i) => t[i + 1] - t[i];
  let lines = 0;
  for (const f of report.files) lines += f.lines.length;
  process.stdout.write(
    JSON.stringify({
      ms: { read: d(0), map: d(1), git: d(2), diff: d(3), patch: d(4), total: t[5] - t[0] },
      maxRss: process.resourceUsage().maxRSS * 1024,
      lines,
      patch,
    }),
  );
}

function runDiffCover(i) {
  const out = path.join(tmp, `diff-cover-${i}.json`);
  // Python measures its child: wall clock around the run, and the child's peak RSS.
  const wrapper = [
    'import json, resource, subprocess, sys, time',
    't = time.perf_counter()',
    'r = subprocess.run(sys.argv[1:], stdout=subprocess.DEVNULL)',
    'ms = (time.perf_counter() - t) * 1000',
    'rss = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss * 1024',
    'print(json.dumps({"ms": ms, "maxRss": rss, "status": r.returncode}))',
  ].join('\n');
  const r = spawnSync(
    '/usr/bin/python3',
    ['-c', wrapper, 'diff-cover', reportFile, '--compare-branch=base', `--json-report=${out}`],
    { cwd: repo, encoding: 'utf8' },
  );
  if (r.status !== 0) throw new Error(`diff-cover wrapper failed:\n${r.stderr}`);
  const res = JSON.parse(r.stdout);
  if (res.status !== 0) throw new Error(`diff-cover exited ${res.status}`);
  return { ms: res.ms, maxRss: res.maxRss, json: JSON.parse(readFileSync(out, 'utf8')) };
}

function compare(p, dc) {
  const problems = [];
  if (p.total !== dc.total_num_lines) problems.push(`total ${p.total} vs ${dc.total_num_lines}`);
  if (p.total - p.covered !== dc.total_num_violations)
    problems.push(`missing ${p.total - p.covered} vs ${dc.total_num_violations}`);
  if (p.changedLines !== dc.num_changed_lines)
    problems.push(`changed lines ${p.changedLines} vs ${dc.num_changed_lines}`);
  const theirs = Object.keys(dc.src_stats).sort();
  const mine = p.files.map((f) => f.path);
  if (JSON.stringify(theirs) !== JSON.stringify(mine))
    problems.push(`files differ: ${mine.length} vs ${theirs.length}`);
  for (const f of p.files) {
    const want = dc.src_stats[f.path]?.violation_lines ?? null;
    const got = f.uncovered.flatMap(([s, e]) => Array.from({ length: e - s + 1 }, (_, k) => s + k));
    if (JSON.stringify(want) !== JSON.stringify(got)) problems.push(`${f.path}: missing lines differ`);
  }
  return problems;
}

// --- generated data -------------------------------------------------------------------------------

/** A small deterministic generator, so every run measures the same files. */
function rng(seed) {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

function filePath(i) {
  return `pkg${String(Math.floor(i / 100)).padStart(3, '0')}/mod${String(i % 100).padStart(2, '0')}.py`;
}

/** The changed files are spread over the report; each gets edits, insertions and a new function. */
function makeRepo() {
  mkdirSync(repo, { recursive: true });
  git(repo, 'init', '-q', '-b', 'main');
  const step = Math.max(1, Math.floor(FILES / DIFF_FILES));
  const changed = new Map();
  const heads = new Map();
  for (let k = 0; k < DIFF_FILES; k++) {
    const i = k * step;
    const p = filePath(i);
    const base = [];
    for (let l = 1; l <= LINES + 20; l++) base.push(l % 10 === 0 ? `# section ${l}` : `v${l} = ${l}`);
    mkdirSync(path.join(repo, path.dirname(p)), { recursive: true });
    writeFileSync(path.join(repo, p), base.join('\n') + '\n');
    const r = rng(i + 1);
    const head = [];
    for (let l = 0; l < base.length; l++) {
      const line = base[l];
      if (!line.startsWith('#') && r() < 0.06) head.push(`${line} + 1`);
      else head.push(line);
      if (l % 50 === 25) head.push('# inserted', `w${l} = ${l}`, `w${l}b = ${l} * 2`);
    }
    head.push('', 'def added():', '    x = 1', '    return x');
    heads.set(p, head);
    changed.set(i, head);
  }
  git(repo, 'add', '-A');
  git(repo, 'commit', '-q', '-m', 'base');
  git(repo, 'branch', 'base');
  for (const [p, head] of heads) writeFileSync(path.join(repo, p), head.join('\n') + '\n');
  git(repo, 'commit', '-q', '-a', '-m', 'change');
  return changed;
}

function gitEnv() {
  if (envCache) return envCache;
  const cfg = path.join(tmp, 'gitconfig');
  writeFileSync(cfg, '');
  return (envCache = {
    ...process.env,
    GIT_CONFIG_NOSYSTEM: '1',
    GIT_CONFIG_GLOBAL: cfg,
    GIT_AUTHOR_NAME: 'Bench',
    GIT_AUTHOR_EMAIL: 'bench@example.com',
    GIT_COMMITTER_NAME: 'Bench',
    GIT_COMMITTER_EMAIL: 'bench@example.com',
  });
}

function git(cwd, ...args) {
  return execFileSync('git', args, { cwd, env: gitEnv(), encoding: 'utf8', maxBuffer: 1024 * 1024 * 1024 });
}

/**
 * coverage.py's Cobertura shape: one <source> (the repository), one package per folder, one class
 * per file, `<line number hits [branch condition-coverage]>`. A changed file's executable lines
 * are its code lines in the changed tree; other files get LINES lines with gaps.
 */
function writeReport(changed) {
  const fd = openSync(reportFile, 'w');
  let buf = '';
  const flush = (force) => {
    if (force || buf.length > 1 << 20) {
      writeSync(fd, buf);
      buf = '';
    }
  };
  buf +=
    '<?xml version="1.0" ?>\n<coverage version="6.5.0" timestamp="1" lines-valid="0" lines-covered="0" line-rate="0" branches-covered="0" branches-valid="0" branch-rate="0" complexity="0">\n' +
    `\t<sources>\n\t\t<source>${repo}</source>\n\t</sources>\n\t<packages>\n`;
  const r = rng(42);
  let pkg = -1;
  for (let i = 0; i < FILES; i++) {
    const p = filePath(i);
    const thisPkg = Math.floor(i / 100);
    if (thisPkg !== pkg) {
      if (pkg >= 0) buf += '\t\t\t</classes>\n\t\t</package>\n';
      pkg = thisPkg;
      buf += `\t\t<package name="pkg${String(pkg).padStart(3, '0')}" line-rate="0" branch-rate="0" complexity="0">\n\t\t\t<classes>\n`;
    }
    buf += `\t\t\t\t<class name="${path.basename(p)}" filename="${p}" complexity="0" line-rate="0" branch-rate="0">\n\t\t\t\t\t<methods/>\n\t\t\t\t\t<lines>\n`;
    const head = changed.get(i);
    const numbers = [];
    if (head) {
      head.forEach((text, idx) => {
        if (text !== '' && !text.startsWith('#') && !text.startsWith('def ')) numbers.push(idx + 1);
      });
    } else {
      for (let l = 1; numbers.length < LINES; l++) if (l % 10 !== 0) numbers.push(l);
    }
    for (const n of numbers) {
      const hits = r() < 0.8 ? 1 + Math.floor(r() * 5) : 0;
      if (r() < 0.2) {
        // A branch line as coverage.py writes it; a partial one names the missed destination.
        const cov = hits === 0 ? 0 : r() < 0.5 ? 1 : 2;
        const missing = cov < 2 ? ` missing-branches="${n + 2}"` : '';
        buf += `\t\t\t\t\t\t<line number="${n}" hits="${hits}" branch="true" condition-coverage="${cov * 50}% (${cov}/2)"${missing}/>\n`;
      } else buf += `\t\t\t\t\t\t<line number="${n}" hits="${hits}"/>\n`;
    }
    buf += '\t\t\t\t\t</lines>\n\t\t\t\t</class>\n';
    flush(false);
  }
  buf += '\t\t\t</classes>\n\t\t</package>\n\t</packages>\n</coverage>\n';
  flush(true);
  closeSync(fd);
}
