#!/usr/bin/env node
// Environment validation, end to end: capture a signature (real probes, real lock files) and judge
// it, as `mode: validate-env` does. The goal: under 1 s of wall time on a runner, probes included.
//
// Generates into a temporary directory (removed at the end; nothing is committed):
//   - a repository that uses Node (package.json, .nvmrc), Python (pyproject.toml), Go (go.mod) and
//     Java (pom.xml), with this repository's package-lock.json (a real ~370 KB lock file), a
//     poetry.lock, a requirements.txt and a Gradle lock directory;
//   - a bin directory with `hang-tool`, which never answers (it sleeps), on PATH.
// Then, with the TypeScript sources bundled here with esbuild:
//   - scenario "runner": node, python3, go and java probed for real (a runtime that is not
//     installed is recorded as missing, which costs one failed spawn), lock files hashed, variables
//     and the seed checked, then judged;
//   - scenario "runner + hanging tool": the same plus `hang-tool` expected, with a 500 ms probe
//     timeout: the probe is stopped and becomes TOOL_PROBE_TIMEOUT, the capture waits for nothing
//     else because every probe runs at once.
// Prints the first (cold) run, the median, min and max of BENCH_RUNS warm runs, each probe's
// time, and whether the median meets the goal.
//
// usage: node bench/env.bench.mjs
//   BENCH_RUNS=9 BENCH_TIMEOUT_MS=500 BENCH_KEEP=1 (keep the temporary directory)
import { build } from 'esbuild';
import { chmodSync, copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import process from 'node:process';
import { fileURLToPath, pathToFileURL } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const GOAL_MS = 1000;

const num = (name, dflt) => {
  const v = Number(process.env[name] ?? dflt);
  if (!Number.isInteger(v) || v <= 0) throw new Error(`${name} must be a positive integer`);
  return v;
};
const RUNS = num('BENCH_RUNS', 9);
const TIMEOUT_MS = num('BENCH_TIMEOUT_MS', 500);

const tmp = mkdtempSync(path.join(os.tmpdir(), 'test-ladder-bench-env-'));
const repo = path.join(tmp, 'repo');
const bin = path.join(tmp, 'bin');
const entry = path.join(tmp, 'env-entry.mjs');

try {
  await main();
} finally {
  if (process.env['BENCH_KEEP'] !== '1') rmSync(tmp, { recursive: true, force: true });
  else process.stderr.write(`kept ${tmp}\n`);
}

async function main() {
  await build({
    stdin: {
      contents: [
        "export { nodeEnvironmentProbe } from './src/adapters/probe.js';",
        "export { nodeHost } from './src/adapters/host.js';",
        "export { environmentSignature, expectationsFor, planCapture } from './src/analysis/environment.js';",
        "export { judgeEnvironment } from './src/gates/environment.js';",
        "export { DEFAULT_ENVIRONMENT } from './src/config/environment.js';",
      ].join('\n'),
      resolveDir: ROOT,
      sourcefile: 'env-entry.ts',
      loader: 'ts',
    },
    outfile: entry,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    logLevel: 'warning',
  });
  const m = await import(pathToFileURL(entry).href);

  makeRepository();
  const env = {
    ...process.env,
    PATH: `${bin}${path.delimiter}${process.env['PATH'] ?? ''}`,
    TPR_SEED: '20261122',
    DATABASE_URL: 'postgres://bench:not-a-secret@localhost/bench',
  };
  const host = m.nodeHost(env);
  const probe = m.nodeEnvironmentProbe(host, { env });

  const base = {
    ...m.DEFAULT_ENVIRONMENT,
    runtimes: { node: '>=20' },
    lockFiles: { 'poetry.lock': 'present' },
    requiredEnv: ['DATABASE_URL'],
    seed: { variable: 'TPR_SEED', required: true },
    os: ['linux', 'macos', 'windows'],
    probeTimeoutMs: TIMEOUT_MS,
  };
  const scenarios = [
    { name: 'runner', config: base },
    {
      name: `runner + hanging tool (${TIMEOUT_MS} ms timeout)`,
      config: { ...base, tools: { 'hang-tool': { range: '>=1', command: null } } },
    },
  ];

  print(
    `environment validation: ${os.cpus().length} CPUs, Node ${process.versions.node}, ${os.platform()} ${os.arch()}; ${RUNS} warm runs after one cold run`,
  );
  let met = true;
  for (const s of scenarios) {
    const expected = m.expectationsFor(s.config, 'test-ladder.yml', null);
    const plan = m.planCapture(expected, s.config);
    const once = async () => {
      const t0 = performance.now();
      const facts = await probe.capture(repo, plan);
      const signature = m.environmentSignature(facts);
      const verdict = m.judgeEnvironment(signature, expected);
      return { ms: performance.now() - t0, signature, verdict };
    };
    const cold = await once();
    const warm = [];
    for (let i = 0; i < RUNS; i++) warm.push(await once());
    const times = warm.map((r) => r.ms).sort((a, b) => a - b);
    const median = times[Math.floor(times.length / 2)];
    met &&= median < GOAL_MS;
    const last = warm[warm.length - 1];
    print(`\n${s.name}`);
    print(
      `  wall: cold ${fmt(cold.ms)}, median ${fmt(median)}, min ${fmt(times[0])}, max ${fmt(times[times.length - 1])}  (goal < ${GOAL_MS} ms: ${median < GOAL_MS ? 'met' : 'MISSED'})`,
    );
    const probes = [
      ...Object.entries(last.signature.runtimes).map(([k, v]) => [`runtime ${k}`, v]),
      ...Object.entries(last.signature.tools).map(([k, v]) => [`tool ${k}`, v]),
    ];
    for (const [name, p] of probes)
      print(
        `  ${name.padEnd(18)} ${String(p.status).padEnd(8)} ${String(p.version ?? '-').padEnd(10)} ${p.duration_ms} ms  (${p.command})`,
      );
    print(`  lock files: ${last.signature.lock_files.map((l) => `${l.file} (${l.bytes} B)`).join(', ')}`);
    print(
      `  verdict: ${last.verdict.status}${last.verdict.reasons.length ? ` — ${last.verdict.reasons.map((r) => r.code).join(', ')}` : ''}`,
    );
  }
  print(`\ngoal (median < ${GOAL_MS} ms in every scenario): ${met ? 'met' : 'MISSED'}`);
}

function makeRepository() {
  mkdirSync(path.join(repo, 'gradle', 'dependency-locks'), { recursive: true });
  mkdirSync(bin);
  const write = (file, text) => writeFileSync(path.join(repo, file), text);
  write('package.json', JSON.stringify({ name: 'bench', engines: { node: '>=20' } }));
  write('.nvmrc', '24\n');
  write('pyproject.toml', '[project]\nname = "bench"\nrequires-python = ">=3.10"\n');
  write('go.mod', 'module example.com/bench\n\ngo 1.22\n');
  write('pom.xml', '<project><modelVersion>4.0.0</modelVersion></project>\n');
  copyFileSync(path.join(ROOT, 'package-lock.json'), path.join(repo, 'package-lock.json'));
  write('poetry.lock', '# poetry\n[[package]]\nname = "pytest"\nversion = "8.3.2"\n');
  write('requirements.txt', 'pytest==8.3.2\n');
  write('gradle/dependency-locks/compileClasspath.lockfile', 'junit:junit:4.13.2=compileClasspath\n');
  const hang = path.join(bin, 'hang-tool');
  writeFileSync(hang, '#!/bin/sh\nexec sleep 1000\n');
  chmodSync(hang, 0o755);
}

function fmt(ms) {
  return `${ms.toFixed(0)} ms`;
}

function print(s) {
  process.stdout.write(`${s}\n`);
}
