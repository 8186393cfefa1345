/* global process, performance */
// Large coverage reports: how fast and how small test-ladder reads them, against the floor.
//
//   node bench/coverage-large.mjs [--runs N] [--only cobertura,lcov,lcov-150,jacoco,huge,huge-lcov,huge-jacoco,fxp]
//                                 [--dir DIR] [--keep]
//
// Generates, deterministically, into DIR (default: the system's temporary directory):
//   cobertura  a 150 MB Cobertura report: 15,000 files, 3.3 million <line>s (coverage.py's shape)
//   lcov       an LCOV tracefile with the same 3.3 million lines (DA) and its branches (BRDA), 47 MB
//   lcov-150   the same lines as geninfo --checksum writes them, with C++ function records: 150 MB
//   jacoco     a JaCoCo report of the same 3.3 million lines (jacoco:report's shape), 150 MB
//   huge…      a Cobertura (gcovr's shape), LCOV (--checksum) and JaCoCo report each larger than a
//              JavaScript string can hold (> 537 MB), read as a stream, then deleted
// and runs each reader in its own process, `--runs` times (default 3), keeping the fastest:
//   floor      one pass over the file's bytes counting `<line ` (or `DA:` lines): `memchr` lets
//              the runtime find each '<', `loop` looks at every byte in JavaScript
//   stream     `test-ladder coverage FILE --json`, reading with readCoverageStream; and the
//              reading alone (readCoverageStream, nothing done with the report)
//   string     the same, reading the file as one string with parseCoverage (where it fits)
//   cli        the bundled CLI itself (src/cli.ts as wired), `coverage FILE --json`
//   fxp        fast-xml-parser's full-document parse of the file (the reference)
// Prints MB/s, the ratio of each reader's time to the floor's, and each process's peak RSS.
// Times are whole processes (start-up included), as a user running the command sees them.
import { spawn } from 'node:child_process';
import { createWriteStream, existsSync, mkdirSync, openSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, '..');
const args = process.argv.slice(2);
const option = (name, fallback) => {
  const i = args.indexOf(name);
  return i === -1 ? fallback : args[i + 1];
};
const ALL = 'cobertura,lcov,lcov-150,jacoco,huge,huge-lcov,huge-jacoco,fxp';
const usage = `usage: node bench/coverage-large.mjs [--runs N] [--only ${ALL}] [--dir DIR] [--keep]`;
for (let i = 0; i < args.length; i++) {
  if (args[i] === '--keep') continue;
  if (['--runs', '--only', '--dir'].includes(args[i]) && i + 1 < args.length) i++;
  else {
    process.stderr.write(`${usage}\n`);
    process.exit(args[i] === '--help' || args[i] === '-h' ? 0 : 2);
  }
}
const RUNS = Number(option('--runs', '3'));
const ONLY = new Set(option('--only', ALL).split(','));
const DIR = path.resolve(option('--dir', path.join(tmpdir(), 'test-ladder-bench-large')));
const KEEP = args.includes('--keep');
const NODE = process.execPath;
mkdirSync(DIR, { recursive: true });

// ------------------------------------------------------------------------------------------------
// Bundles: the CLI exactly as scripts/bundle.mjs builds it, and the bench's reader entry.

const banner =
  "import { createRequire as __tlCreateRequire } from 'node:module'; const require = __tlCreateRequire(import.meta.url);";
const bundled = path.join(DIR, 'bundle');
const bundle = (name, entry) =>
  build({
    entryPoints: { [name]: entry },
    outdir: bundled,
    outExtension: { '.js': '.mjs' },
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    banner: { js: banner },
    logLevel: 'silent',
  });
await bundle('read', path.join(here, 'large/read.ts'));
// The CLI as wired is measured when it builds (the tree may be mid-change elsewhere).
const cliBuilt = await bundle('cli', path.join(root, 'src/cli.ts')).then(
  () => true,
  (e) => {
    process.stderr.write(`the CLI does not bundle, its rows are left out: ${e.message.split('\n')[0]}\n`);
    return false;
  },
);

// ------------------------------------------------------------------------------------------------
// Deterministic reports

/** mulberry32: the same numbers on every machine. */
function random(seed) {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) | 0;
    let t = Math.imul(s ^ (s >>> 15), 1 | s);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * One source file's coverage, the same for every format: ascending line numbers, hits (a fifth
 * never run), and on some lines a two-way branch with 0, 1 or 2 outcomes taken.
 */
function fileCoverage(index, lines, branchShare) {
  const r = random(index * 7919 + 17);
  const out = [];
  let number = 0;
  for (let i = 0; i < lines; i++) {
    number += 1 + Math.floor(r() * 3);
    const hits = r() < 0.2 ? 0 : 1 + Math.floor(r() * 40);
    const branch = r() < branchShare ? Math.min(2, Math.floor(r() * 3)) : -1;
    out.push([number, hits, branch]);
  }
  return out;
}

function expectedTotals(fileCount, lines, branchShare) {
  let covered = 0;
  let branchesCovered = 0;
  let branches = 0;
  for (let f = 0; f < fileCount; f++)
    for (const [, hits, branch] of fileCoverage(f, lines, branchShare)) {
      if (hits > 0) covered++;
      if (branch >= 0) {
        branches += 2;
        branchesCovered += branch;
      }
    }
  return {
    lines: { covered, total: fileCount * lines },
    branches: { covered: branchesCovered, total: branches },
  };
}

async function write(file, pieces) {
  const out = createWriteStream(file);
  let buffer = '';
  for (const piece of pieces) {
    buffer += piece;
    if (buffer.length > 1 << 20) {
      if (!out.write(buffer)) await new Promise((resolve) => out.once('drain', resolve));
      buffer = '';
    }
  }
  out.end(buffer);
  await new Promise((resolve, reject) => out.on('finish', resolve).on('error', reject));
  return statSync(file).size;
}

const rate = (c, t) => (t === 0 ? '1' : (c / t).toFixed(4));

/** coverage.py's Cobertura: tab-indented, `<methods/>`, branch lines with condition-coverage. */
function* coveragePyXml(fileCount, lines, branchShare, totals) {
  yield '<?xml version="1.0" ?>\n';
  yield `<coverage version="7.6.1" timestamp="1731000000000" lines-valid="${totals.lines.total}" lines-covered="${totals.lines.covered}" line-rate="${rate(totals.lines.covered, totals.lines.total)}" branches-covered="${totals.branches.covered}" branches-valid="${totals.branches.total}" branch-rate="${rate(totals.branches.covered, totals.branches.total)}" complexity="0">\n`;
  yield '\t<!-- Generated by coverage.py: https://coverage.readthedocs.io/en/7.6.1 -->\n';
  yield '\t<!-- Based on https://raw.githubusercontent.com/cobertura/web/master/htdocs/xml/coverage-04.dtd -->\n';
  yield '\t<sources>\n\t\t<source>/home/runner/work/big/big/src</source>\n\t</sources>\n\t<packages>\n';
  const perPackage = 100;
  for (let p = 0; p * perPackage < fileCount; p++) {
    const pkg = `pkg${String(p).padStart(4, '0')}`;
    yield `\t\t<package name="${pkg}" line-rate="0.8" branch-rate="0.5" complexity="0">\n\t\t\t<classes>\n`;
    for (let f = p * perPackage; f < Math.min(fileCount, (p + 1) * perPackage); f++) {
      const name = `module_${String(f).padStart(5, '0')}.py`;
      let s = `\t\t\t\t<class name="${name}" filename="${pkg}/${name}" complexity="0" line-rate="0.8" branch-rate="0.5">\n\t\t\t\t\t<methods/>\n\t\t\t\t\t<lines>\n`;
      for (const [number, hits, branch] of fileCoverage(f, lines, branchShare)) {
        if (branch < 0) s += `\t\t\t\t\t\t<line number="${number}" hits="${hits}"/>\n`;
        else
          s += `\t\t\t\t\t\t<line number="${number}" hits="${hits}" branch="true" condition-coverage="${branch * 50}% (${branch}/2)"${branch < 2 ? ` missing-branches="${number + 1}"` : ''}/>\n`;
      }
      yield `${s}\t\t\t\t\t</lines>\n\t\t\t\t</class>\n`;
    }
    yield '\t\t\t</classes>\n\t\t</package>\n';
  }
  yield '\t</packages>\n</coverage>\n';
}

/** gcovr's Cobertura: `branch="false"` on every line, `<conditions>` under branch lines. */
function* gcovrXml(fileCount, lines, branchShare, totals) {
  yield "<?xml version='1.0' encoding='UTF-8'?>\n";
  yield "<!DOCTYPE coverage SYSTEM 'http://cobertura.sourceforge.net/xml/coverage-04.dtd'>\n";
  yield `<coverage line-rate="${rate(totals.lines.covered, totals.lines.total)}" branch-rate="${rate(totals.branches.covered, totals.branches.total)}" lines-covered="${totals.lines.covered}" lines-valid="${totals.lines.total}" branches-covered="${totals.branches.covered}" branches-valid="${totals.branches.total}" complexity="0.0" timestamp="1731000000" version="gcovr 7.2">\n`;
  yield '  <sources>\n    <source>/home/runner/work/big/big</source>\n  </sources>\n  <packages>\n';
  const perPackage = 100;
  for (let p = 0; p * perPackage < fileCount; p++) {
    yield `    <package name="src.lib${p}" line-rate="0.8" branch-rate="0.5" complexity="0.0">\n      <classes>\n`;
    for (let f = p * perPackage; f < Math.min(fileCount, (p + 1) * perPackage); f++) {
      const name = `unit_${String(f).padStart(5, '0')}_cpp`;
      let s = `        <class name="${name}" filename="src/lib${p}/unit_${String(f).padStart(5, '0')}.cpp" line-rate="0.8" branch-rate="0.5" complexity="0.0">\n          <methods/>\n          <lines>\n`;
      for (const [number, hits, branch] of fileCoverage(f, lines, branchShare)) {
        if (branch < 0) s += `            <line number="${number}" hits="${hits}" branch="false"/>\n`;
        else
          s += `            <line number="${number}" hits="${hits}" branch="true" condition-coverage="${branch * 50}% (${branch}/2)">\n              <conditions>\n                <condition number="0" type="jump" coverage="${branch * 50}%"/>\n              </conditions>\n            </line>\n`;
      }
      yield `${s}          </lines>\n        </class>\n`;
    }
    yield '      </classes>\n    </package>\n';
  }
  yield '  </packages>\n</coverage>\n';
}

/** An LCOV tracefile as geninfo writes it. */
function* lcov(fileCount, lines, branchShare) {
  for (let f = 0; f < fileCount; f++) {
    const cov = fileCoverage(f, lines, branchShare);
    let s = `TN:\nSF:/home/runner/work/big/big/src/pkg${Math.floor(f / 100)}/module_${String(f).padStart(5, '0')}.js\n`;
    for (let k = 0; k < 8; k++) s += `FN:${cov[k * 20][0]},fn${k}\n`;
    for (let k = 0; k < 8; k++) s += `FNDA:${cov[k * 20][1]},fn${k}\n`;
    s += 'FNF:8\nFNH:7\n';
    let covered = 0;
    let brf = 0;
    let brh = 0;
    for (const [number, hits] of cov) {
      s += `DA:${number},${hits}\n`;
      if (hits > 0) covered++;
    }
    for (const [number, , branch] of cov) {
      if (branch < 0) continue;
      s += `BRDA:${number},0,0,${branch >= 1 ? 1 : '-'}\nBRDA:${number},0,1,${branch >= 2 ? 1 : 0}\n`;
      brf += 2;
      brh += branch;
    }
    yield `${s}LF:${lines}\nLH:${covered}\nBRF:${brf}\nBRH:${brh}\nend_of_record\n`;
  }
}

/** 22 base64 characters, as geninfo --checksum writes an MD5 of the source line. */
const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
function checksum(r) {
  let s = '';
  for (let i = 0; i < 22; i++) s += B64[Math.floor(r() * 64)];
  return s;
}

/**
 * An LCOV tracefile as geninfo --checksum writes it for C++: a checksum on every DA, mangled
 * function names (FN, FNDA), BRDA, the totals: about 45 bytes a line, the size of the Cobertura.
 */
function* lcovChecksum(fileCount, lines, branchShare, functions = 12) {
  for (let f = 0; f < fileCount; f++) {
    const cov = fileCoverage(f, lines, branchShare);
    const r = random(f * 31 + 5);
    const name = (k) =>
      `_ZN7project${String(f).padStart(5, '0')}6detail${k}14ComputeLadderEPKcRKSt6vectorIiSaIiEE`;
    let s = `TN:\nSF:/home/runner/work/big/big/src/lib${Math.floor(f / 100)}/unit_${String(f).padStart(5, '0')}.cpp\n`;
    for (let k = 0; k < functions; k++) s += `FN:${cov[(k * 17) % lines][0]},${name(k)}\n`;
    for (let k = 0; k < functions; k++) s += `FNDA:${cov[(k * 17) % lines][1]},${name(k)}\n`;
    s += `FNF:${functions}\nFNH:${functions - 1}\n`;
    let covered = 0;
    let brf = 0;
    let brh = 0;
    for (const [number, hits] of cov) {
      s += `DA:${number},${hits},${checksum(r)}\n`;
      if (hits > 0) covered++;
    }
    for (const [number, , branch] of cov) {
      if (branch < 0) continue;
      s += `BRDA:${number},0,0,${branch >= 1 ? 1 : '-'}\nBRDA:${number},0,1,${branch >= 2 ? 1 : 0}\n`;
      brf += 2;
      brh += branch;
    }
    yield `${s}LF:${lines}\nLH:${covered}\nBRF:${brf}\nBRH:${brh}\nend_of_record\n`;
  }
}

/**
 * JaCoCo's XML as jacoco:report writes it: one line of text, a <class> with its <method>s and
 * their counters before each <sourcefile>, a line's instructions (mi, ci) and branches (mb, cb).
 */
function* jacocoXml(fileCount, lines, branchShare, totals) {
  yield '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><!DOCTYPE report PUBLIC "-//JACOCO//DTD Report 1.1//EN" "report.dtd"><report name="big"><sessioninfo id="runner-1a2b3c4d" start="1731000000000" dump="1731000060000"/>';
  const perPackage = 100;
  for (let p = 0; p * perPackage < fileCount; p++) {
    const pkg = `com/example/big/p${String(p).padStart(4, '0')}`;
    let s = `<package name="${pkg}">`;
    const end = Math.min(fileCount, (p + 1) * perPackage);
    for (let f = p * perPackage; f < end; f++) {
      const cls = `Service${String(f).padStart(5, '0')}`;
      s += `<class name="${pkg}/${cls}" sourcefilename="${cls}.java">`;
      for (let m = 0; m < 1; m++)
        s += `<method name="step${m}" desc="(Ljava/lang/String;I)Z" line="${m * 40 + 3}"><counter type="INSTRUCTION" missed="3" covered="21"/><counter type="LINE" missed="1" covered="6"/><counter type="COMPLEXITY" missed="1" covered="2"/><counter type="METHOD" missed="0" covered="1"/></method>`;
      s +=
        '<counter type="INSTRUCTION" missed="3" covered="21"/><counter type="LINE" missed="1" covered="6"/><counter type="METHOD" missed="0" covered="1"/><counter type="CLASS" missed="0" covered="1"/></class>';
    }
    for (let f = p * perPackage; f < end; f++) {
      s += `<sourcefile name="Service${String(f).padStart(5, '0')}.java">`;
      for (const [number, hits, branch] of fileCoverage(f, lines, branchShare)) {
        const mi = hits === 0 ? 2 + (number % 5) : number % 3;
        const ci = hits === 0 ? 0 : hits;
        const mb = branch < 0 ? 0 : 2 - branch;
        const cb = branch < 0 ? 0 : branch;
        s += `<line nr="${number}" mi="${mi}" ci="${ci}" mb="${mb}" cb="${cb}"/>`;
      }
      s += '<counter type="LINE" missed="40" covered="180"/></sourcefile>';
    }
    yield `${s}<counter type="LINE" missed="4000" covered="18000"/></package>`;
  }
  yield `<counter type="BRANCH" missed="${totals.branches.total - totals.branches.covered}" covered="${totals.branches.covered}"/><counter type="LINE" missed="${totals.lines.total - totals.lines.covered}" covered="${totals.lines.covered}"/></report>`;
}

// ------------------------------------------------------------------------------------------------
// Running

const devNull = openSync('/dev/null', 'w');

/** Runs one child `RUNS` times; returns the fastest run: wall ms, peak RSS, stdout (if kept). */
async function measure(argv, { keepOutput = false } = {}) {
  let best = null;
  for (let i = 0; i < RUNS; i++) {
    const started = performance.now();
    const child = spawn(NODE, ['--import', path.join(here, 'large/report-exit.mjs'), ...argv], {
      cwd: DIR,
      stdio: ['ignore', keepOutput ? 'pipe' : devNull, 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout?.setEncoding('utf8').on('data', (d) => (stdout += d));
    child.stderr.setEncoding('utf8').on('data', (d) => (stderr += d));
    const code = await new Promise((resolve) => child.on('close', resolve));
    const wall = performance.now() - started;
    const report = /BENCH (\{.*\})/.exec(stderr);
    const run = {
      wall,
      maxRss: report ? JSON.parse(report[1]).maxRss : NaN,
      code,
      stdout,
      error:
        code === 0
          ? null
          : (stderr.split('\n').find((l) => l.startsWith('test-ladder: ')) ??
            stderr
              .replace(/\nBENCH .*\n?$/, '')
              .trim()
              .split('\n')
              .slice(-1)[0]),
    };
    if (run.code !== 0) return run;
    if (!best || run.wall < best.wall) best = run;
  }
  return best;
}

const rows = [];
const mb = (bytes) => bytes / 1e6;

function row(report, reader, size, run, floor, note = '') {
  rows.push({
    report,
    reader,
    mb: mb(size),
    seconds: run.code === 0 ? run.wall / 1000 : NaN,
    mbps: run.code === 0 ? mb(size) / (run.wall / 1000) : NaN,
    ratio: run.code === 0 && floor ? run.wall / floor.wall : NaN,
    rss: run.maxRss / 1e6,
    note: run.code === 0 ? note : `exit ${run.code}: ${run.error}`,
  });
}

/** Checks a reader's JSON output against the totals the generator put into the report. */
function check(name, run, expected) {
  if (run.code !== 0) return `(${name} failed)`;
  const got = JSON.parse(run.stdout);
  const ok =
    got.lines.covered === expected.lines.covered &&
    got.lines.total === expected.lines.total &&
    got.branches.covered === expected.branches.covered &&
    got.branches.total === expected.branches.total;
  if (!ok)
    throw new Error(
      `${name}: totals ${JSON.stringify([got.lines, got.branches])} ≠ ${JSON.stringify(expected)}`,
    );
  return `${got.lines.total.toLocaleString('en')} lines, ${got.files.length.toLocaleString('en')} files: totals match`;
}

async function readers(name, file, kind, expected, { string = true, cli = true, fxp = false } = {}) {
  const size = statSync(file).size;
  const floor = await measure([path.join(here, 'large/floor.mjs'), kind, 'memchr', file], {
    keepOutput: true,
  });
  const loop = await measure([path.join(here, 'large/floor.mjs'), kind, 'loop', file]);
  row(name, 'floor (memchr)', size, floor, floor, kind === 'xml' ? "count '<line '" : "count 'DA:' lines");
  if (JSON.parse(floor.stdout).count !== expected.lines.total)
    throw new Error(`${name}: the floor counted ${floor.stdout.trim()}, not ${expected.lines.total} lines`);
  row(name, 'floor (JS loop)', size, loop, floor);
  const stream = await measure([path.join(bundled, 'read.mjs'), 'stream', file], { keepOutput: true });
  row(name, 'stream: coverage --json', size, stream, floor, check('stream', stream, expected));
  const parse = await measure([path.join(bundled, 'read.mjs'), 'parse', file]);
  row(name, '… of which reading', size, parse, floor, 'readCoverageStream alone');
  if (string) {
    const str = await measure([path.join(bundled, 'read.mjs'), 'string', file], { keepOutput: true });
    row(
      name,
      'string: coverage --json',
      size,
      str,
      floor,
      str.code === 0 ? check('string', str, expected) : '',
    );
  }
  if (cli && cliBuilt) {
    const c = await measure([path.join(bundled, 'cli.mjs'), 'coverage', file, '--json'], {
      keepOutput: true,
    });
    row(name, 'CLI as wired', size, c, floor, c.code === 0 ? check('cli', c, expected) : '');
  }
  if (fxp) {
    const x = await measure([path.join(bundled, 'read.mjs'), 'fxp', file]);
    row(name, 'fast-xml-parser parse', size, x, floor, 'parse only, no model');
  }
}

const FILES = 15_000;
const LINES = 220;
const BRANCHES = 0.12;
const expected = expectedTotals(FILES, LINES, BRANCHES);

if (ONLY.has('cobertura') || ONLY.has('fxp')) {
  const file = path.join(DIR, 'cobertura-150mb.xml');
  if (!existsSync(file)) await write(file, coveragePyXml(FILES, LINES, BRANCHES, expected));
  await readers('Cobertura', file, 'xml', expected, {
    fxp: ONLY.has('fxp'),
    string: ONLY.has('cobertura'),
    cli: ONLY.has('cobertura'),
  });
  if (!KEEP) rmSync(file);
}
/** Generates a report (unless it is there already), runs every reader on it, deletes it unless kept. */
async function report(name, fileName, generate, kind, totals, options) {
  const file = path.join(DIR, fileName);
  if (!existsSync(file)) await write(file, generate());
  await readers(name, file, kind, totals, options);
  if (!KEEP) rmSync(file);
}

if (ONLY.has('lcov'))
  await report('LCOV', 'lcov-3.3m.info', () => lcov(FILES, LINES, BRANCHES), 'lcov', expected);
if (ONLY.has('lcov-150'))
  await report(
    'LCOV --checksum',
    'lcov-checksum-3.3m.info',
    () => lcovChecksum(FILES, LINES, BRANCHES),
    'lcov',
    expected,
  );
if (ONLY.has('jacoco') || ONLY.has('fxp'))
  await report(
    'JaCoCo',
    'jacoco-3.3m.xml',
    () => jacocoXml(FILES, LINES, BRANCHES, expected),
    'xml',
    expected,
    {
      fxp: ONLY.has('fxp'),
      string: ONLY.has('jacoco'),
      cli: ONLY.has('jacoco'),
    },
  );
/** Past V8's longest string (2^29 − 24 characters): no reader can hold these as one string. */
async function huge(name, fileName, generate, files, share) {
  const totals = expectedTotals(files, LINES, share);
  const file = path.join(DIR, fileName);
  if (!existsSync(file)) await write(file, generate(totals));
  const size = statSync(file).size;
  if (size <= 2 ** 29) throw new Error(`the huge report ${file} is only ${size} bytes`);
  await readers(name, file, name.startsWith('LCOV') ? 'lcov' : 'xml', totals, { cli: false });
  if (!KEEP) rmSync(file);
}
if (ONLY.has('huge'))
  await huge('Cobertura > 537 MB', 'cobertura-huge.xml', (t) => gcovrXml(23_000, LINES, 0.3, t), 23_000, 0.3);
if (ONLY.has('huge-lcov'))
  await huge(
    'LCOV > 537 MB',
    'lcov-huge.info',
    () => lcovChecksum(58_000, LINES, BRANCHES),
    58_000,
    BRANCHES,
  );
if (ONLY.has('huge-jacoco'))
  await huge(
    'JaCoCo > 537 MB',
    'jacoco-huge.xml',
    (t) => jacocoXml(56_000, LINES, BRANCHES, t),
    56_000,
    BRANCHES,
  );
if (!KEEP) rmSync(bundled, { recursive: true, force: true });

// ------------------------------------------------------------------------------------------------

const fmt = (n, digits) => (Number.isFinite(n) ? n.toFixed(digits) : '—');
const header = ['report', 'reader', 'MB', 's', 'MB/s', '× floor', 'peak RSS MB', ''];
const table = rows.map((r) => [
  r.report,
  r.reader,
  fmt(r.mb, 0),
  fmt(r.seconds, 2),
  fmt(r.mbps, 0),
  fmt(r.ratio, 2),
  fmt(r.rss, 0),
  r.note,
]);
process.stdout.write(
  `node ${process.version}, ${RUNS} run(s) each, fastest kept; times are whole processes\n\n` +
    [header, header.map(() => '---'), ...table].map((cells) => `| ${cells.join(' | ')} |`).join('\n') +
    '\n',
);
