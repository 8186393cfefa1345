import { describe, expect, it } from 'vitest';
import type { CoverageReport, FileCoverage, StatementBlock } from '../../src/model/coverage.js';
import { parseCoverage } from '../../src/formats/coverage/detect.js';
import { totals } from '../../src/analysis/totals.js';
import { mapReportPaths } from '../../src/analysis/paths.js';
import { declaredMismatches } from '../../src/analysis/crosscheck.js';
import { byPath, perFile, PRODUCED_IN, read, readJson, repoFiles, tableRows, type Count } from './helpers.js';

/**
 * Golden tests for JaCoCo, Clover, coverage.py JSON, Istanbul JSON and Go cover profiles: reports
 * written by the real tools, compared with the figures those tools printed (read from the
 * fixtures' expected.json and captured output, never typed in here).
 */

const COV = '__tests__/fixtures/coverage';
const parse = (rel: string) => parseCoverage(read(rel), rel);
const counts = (r: CoverageReport) => {
  const t = totals(r);
  return {
    lines: { covered: t.lines.covered, total: t.lines.total },
    branches: { covered: t.branches.covered, total: t.branches.total },
  };
};
const REPO = repoFiles(['__tests__/fixtures', 'examples', 'src']);
function mapped(report: CoverageReport): CoverageReport {
  const m = mapReportPaths(report, { workspace: PRODUCED_IN, repoFiles: REPO });
  expect(m.summary.unmapped).toEqual([]);
  return m.report;
}

// ------------------------------------------------------------------------------------------------
// JaCoCo

interface JacocoExpected {
  tool: string;
  lines: Count;
  branches: Count;
  files: Record<string, { lines: Count; branches: Count }>;
  in_files: {
    'jacoco.xml': { report_counters: Record<string, { missed: number; covered: number }> };
    'jacoco.csv': { rows: { package: string; class: string; lines: Count; branches: Count }[] };
  };
}

describe('JaCoCo 0.8.6 XML', () => {
  const rel = `${COV}/jacoco/jacoco.xml`;
  const exp = readJson<JacocoExpected>(`${COV}/jacoco/expected.json`);

  it('is detected and its totals equal what JaCoCo printed (its bundle LINE and BRANCH counters)', () => {
    const report = parse(rel);
    expect(exp.tool).toBe('JaCoCo 0.8.6');
    expect(report.sources.map((s) => s.format)).toEqual(['jacoco']);
    expect(counts(report)).toEqual({ lines: exp.lines, branches: exp.branches });
    expect(counts(report)).toEqual({
      lines: { covered: 30, total: 42 },
      branches: { covered: 18, total: 36 },
    });
  });

  it("carries the report's own counters as declared, and they agree with the records", () => {
    const report = parse(rel);
    const c = exp.in_files['jacoco.xml'].report_counters;
    expect(report.sources[0]!.declared).toEqual({
      lines: { covered: c['LINE']!.covered, total: c['LINE']!.missed + c['LINE']!.covered },
      branches: { covered: c['BRANCH']!.covered, total: c['BRANCH']!.missed + c['BRANCH']!.covered },
    });
    expect(declaredMismatches(report)).toEqual([]);
  });

  it('per source file equal to JaCoCo’s counters and to its CSV rows (one class per file)', () => {
    const figs = perFile(parse(rel));
    expect([...figs.keys()]).toEqual(Object.keys(exp.files).sort());
    for (const [p, f] of Object.entries(exp.files)) expect(figs.get(p), p).toEqual(f);
    for (const row of exp.in_files['jacoco.csv'].rows) {
      const p = `${row.package.replace(/\./g, '/')}/${row.class}.java`;
      expect(figs.get(p), p).toEqual({ lines: row.lines, branches: row.branches });
    }
  });

  it('maps package/sourcefile paths to the sources under project/src by suffix', () => {
    expect(mapped(parse(rel)).files.map((f) => f.path)).toEqual(
      ['Grade.java', 'Ledger.java', 'util/Span.java'].map((n) => `${COV}/jacoco/project/src/ladder/${n}`),
    );
  });
});

// ------------------------------------------------------------------------------------------------
// c8: Istanbul JSON and Clover, against c8's printed figures and coverage-summary.json

interface C8Expected {
  lines: Count;
  branches: Count;
  in_files: { 'clover.xml': { project_metrics: Record<string, number> } };
}
type Summary = Record<string, Record<string, Count>>;

describe('c8 12 (istanbul) coverage-final.json and clover.xml', () => {
  const exp = readJson<C8Expected>(`${COV}/c8/expected.json`);
  const summary = readJson<Summary>(`${COV}/c8/coverage-summary.json`);
  const cases = [
    { rel: `${COV}/c8/coverage-final.json`, format: 'istanbul-json' },
    { rel: `${COV}/c8/clover.xml`, format: 'clover' },
  ] as const;

  for (const c of cases) {
    it(`${c.format}: totals equal c8's printed Lines 86/116 and Branches 33/38`, () => {
      const report = parse(c.rel);
      expect(report.sources.map((s) => s.format)).toEqual([c.format]);
      expect(counts(report)).toEqual({ lines: pick(exp.lines), branches: pick(exp.branches) });
      expect(counts(report)).toEqual({
        lines: { covered: 86, total: 116 },
        branches: { covered: 33, total: 38 },
      });
    });

    it(`${c.format}: per file equal to coverage-summary.json`, () => {
      const figs = perFile(parse(c.rel));
      const keys = Object.keys(summary).filter((k) => k !== 'total');
      expect([...figs.keys()]).toEqual(keys);
      for (const k of keys)
        expect(figs.get(k), k).toEqual({
          lines: pick(summary[k]!['lines']!),
          branches: pick(summary[k]!['branches']!),
        });
    });
  }

  it('clover: the project <metrics> are declared and agree; istanbul’s reading of truecount/falsecount is taken', () => {
    const report = parse(`${COV}/c8/clover.xml`);
    const m = exp.in_files['clover.xml'].project_metrics;
    expect(report.sources[0]!.declared).toEqual({
      lines: { covered: m['coveredstatements'], total: m['statements'] },
      branches: { covered: m['coveredconditionals'], total: m['conditionals'] },
    });
    expect(declaredMismatches(report)).toEqual([]);
    // Clover's own reading (two outcomes per cond line) would give 64 outcomes, not c8's 38.
    const condLines = [...read(`${COV}/c8/clover.xml`).matchAll(/type="cond"/g)].length;
    expect(condLines).toBe(32);
    expect(2 * condLines).not.toBe(exp.branches.total);
  });

  it('istanbul-json: the summary file is refused with a message naming the file to pass', () => {
    expect(() => parse(`${COV}/c8/coverage-summary.json`)).toThrow(
      `${COV}/c8/coverage-summary.json: this looks like Istanbul's coverage-summary.json (the json-summary reporter), which has totals but no lines; pass coverage-final.json (the json reporter) instead`,
    );
  });
});

describe('cross-format: one c8 run read from four formats agrees file by file, line by line', () => {
  const C8 = `${COV}/c8/project/src`;
  const reports = ['coverage-final.json', 'clover.xml', 'lcov.info', 'cobertura-coverage.xml'].map((f) => ({
    name: f,
    report: mapped(parse(`${COV}/c8/${f}`)),
  }));

  it('every format maps to the same three repository files', () => {
    for (const r of reports)
      expect(
        r.report.files.map((f) => f.path),
        r.name,
      ).toEqual(['badge.mjs', 'duration.mjs', 'range.mjs'].map((n) => `${C8}/${n}`));
  });

  it('the same lines with the same hits, and the same branch outcomes per line', () => {
    const [json, ...others] = reports;
    for (const other of others) {
      for (const f of json!.report.files) {
        const g = byPath(other.report, f.path);
        expect(g.lines, `${other.name} ${f.path}`).toEqual(f.lines);
        expect(g.hits, `${other.name} ${f.path}`).toEqual(f.hits);
        expect(outcomesPerLine(g), `${other.name} ${f.path}`).toEqual(outcomesPerLine(f));
      }
    }
  });

  it('LCOV keeps istanbul’s outcome identity: its outcomes equal the JSON’s index by index', () => {
    const json = reports[0]!.report;
    const lcov = reports[2]!.report;
    for (const f of json.files) expect(byPath(lcov, f.path).branches, f.path).toEqual(f.branches);
  });
});

/** Per branch line: [line, covered outcomes, outcomes] (formats differ in outcome order only). */
function outcomesPerLine(f: FileCoverage) {
  return f.branches.map((b) => [b.line, b.outcomes.filter((h) => h > 0).length, b.outcomes.length]);
}

// ------------------------------------------------------------------------------------------------
// coverage.py JSON

interface PyExpected {
  tool: string;
  lines: Count;
  branches: Count;
  percent_combined_json: { percent_covered: number; percent_covered_display: string };
  in_files: { 'coverage.json': { totals: Record<string, number> } };
}

describe('coverage.py 6.5 JSON', () => {
  const rel = `${COV}/pytest-cov/coverage.json`;
  const exp = readJson<PyExpected>(`${COV}/pytest-cov/expected.json`);

  it('totals equal what coverage.py printed: 130/168 statements, 66/108 branches', () => {
    const report = parse(rel);
    expect(report.sources.map((s) => s.format)).toEqual(['coveragepy-json']);
    expect(counts(report)).toEqual({ lines: exp.lines, branches: exp.branches });
    expect(counts(report)).toEqual({
      lines: { covered: 130, total: 168 },
      branches: { covered: 66, total: 108 },
    });
  });

  it('carries totals as declared, the producer, and the combined headline percent (printed 71%)', () => {
    const source = parse(rel).sources[0]!;
    const t = exp.in_files['coverage.json'].totals;
    expect(source.declared).toEqual({
      lines: { covered: t['covered_lines'], total: t['num_statements'] },
      branches: { covered: t['covered_branches'], total: t['num_branches'] },
    });
    expect(source.producer).toBe(exp.tool);
    expect(source.producer).toBe('coverage.py 6.5.0');
    expect(source.percentCombined).toBe(exp.percent_combined_json.percent_covered);
    expect(`${Math.round(source.percentCombined!)}`).toBe(exp.percent_combined_json.percent_covered_display);
    expect(declaredMismatches(parse(rel))).toEqual([]);
  });

  it('per file equal to `coverage report` (Stmts, Miss, Branch) and to the JSON’s own summaries', () => {
    const figs = perFile(parse(rel));
    const rows = tableRows(read(`${COV}/pytest-cov/coverage-report.txt`), /^ladder_demo\//);
    expect(rows.map((r) => r[0])).toEqual([...figs.keys()]);
    const json = readJson<{ files: Record<string, { summary: Record<string, number> }> }>(rel);
    for (const [name, stmts, miss, branch] of rows) {
      const f = figs.get(name!)!;
      expect(f.lines, name).toEqual({ covered: Number(stmts) - Number(miss), total: Number(stmts) });
      expect(f.branches.total, name).toBe(Number(branch));
      const s = json.files[name!]!.summary;
      expect(f.branches, name).toEqual({ covered: s['covered_branches'], total: s['num_branches'] });
    }
  });

  it('the JSON lists 6 docstring lines as executed (3.11 runs them); dropping them misplaces one class docstring', () => {
    const json = readJson<{
      files: Record<string, { executed_lines: number[]; summary: Record<string, number> }>;
    }>(rel);
    const extra = Object.values(json.files).reduce(
      (n, f) => n + f.executed_lines.length - f.summary['covered_lines']!,
      0,
    );
    expect(extra).toBe(6);
    // Against coverage.py's own Cobertura of the same run: identical lines and hit status, except
    // parser.py, where the class docstring (line 5) is kept and the class line (4) dropped.
    const fromJson = mapped(parse(rel));
    const fromXml = mapped(parse(`${COV}/pytest-cov/coverage.xml`));
    const differences: [string, number[], number[]][] = [];
    for (const f of fromJson.files) {
      const g = byPath(fromXml, f.path);
      const onlyJson = [...f.lines].filter((l) => !g.lines.includes(l));
      const onlyXml = [...g.lines].filter((l) => !f.lines.includes(l));
      if (onlyJson.length + onlyXml.length > 0) differences.push([f.path, onlyJson, onlyXml]);
      for (const [i, l] of f.lines.entries()) {
        const j = g.lines.indexOf(l);
        if (j >= 0) expect(f.hits[i]! > 0, `${f.path}:${l}`).toBe(g.hits[j]! > 0);
      }
      expect(outcomesPerLine(f), f.path).toEqual(outcomesPerLine(g));
    }
    expect(differences).toEqual([['examples/project/ladder_demo/parser.py', [5], [4]]]);
  });

  it('executed self-arcs (a comprehension’s loop) are not outcomes: table.py 7/38, text.py 19/20', () => {
    const json = readJson<{ files: Record<string, { executed_branches: number[][] }> }>(rel);
    const selfArcs = Object.entries(json.files).flatMap(([p, f]) =>
      f.executed_branches.filter(([a, b]) => a === b).map((arc) => [p, arc]),
    );
    expect(selfArcs).toEqual([
      ['ladder_demo/table.py', [6, 6]],
      ['ladder_demo/text.py', [38, 38]],
    ]);
    const figs = perFile(parse(rel));
    expect(figs.get('ladder_demo/table.py')!.branches).toEqual({ covered: 7, total: 38 });
    expect(figs.get('ladder_demo/text.py')!.branches).toEqual({ covered: 19, total: 20 });
  });
});

// ------------------------------------------------------------------------------------------------
// Go

interface GoProfile {
  mode: string;
  func: { total: string; functions: { file: string; line: number; function: string; percent: string }[] };
  go_test?: Record<string, string>;
  block_lines: number;
  duplicate_block_lines: number;
}
interface GoExpected {
  tool: string;
  percent_statements: string;
  profiles: Record<string, GoProfile>;
  cat_refused: string;
}

/** Covered statements / statements over blocks, as `go tool cover` counts. */
function statements(blocks: readonly StatementBlock[]): Count {
  let covered = 0;
  let total = 0;
  for (const b of blocks) {
    total += b.statements;
    if (b.hits > 0) covered += b.statements;
  }
  return { covered, total };
}

/** Go's `%.1f%%` of 100 * covered / total: round half to even on the exact value, like strconv. */
function goPercent(c: Count): string {
  const x = (100 * c.covered) / (c.total === 0 ? 1 : c.total);
  const scaled = x * 10;
  const floor = Math.floor(scaled);
  const tie = scaled - floor === 0.5;
  const rounded = tie ? (floor % 2 === 0 ? floor : floor + 1) : Math.round(scaled);
  return `${(rounded / 10).toFixed(1)}%`;
}

describe('Go 1.19 cover profiles', () => {
  const exp = readJson<GoExpected>(`${COV}/go/expected.json`);
  const names = Object.keys(exp.profiles);

  it('the fixture has the profiles described in its README', () => {
    expect(exp.tool).toBe('go1.19.8');
    expect(names).toEqual([
      'cover-count.out',
      'cover-atomic.out',
      'cover-coverpkg.out',
      'shard-a.out',
      'shard-b.out',
      'cover-merged.out',
    ]);
    expect(names.map((n) => exp.profiles[n]!.mode)).toEqual([
      'count',
      'atomic',
      'set',
      'count',
      'count',
      'count',
    ]);
    expect(exp.profiles['cover-coverpkg.out']!.duplicate_block_lines).toBeGreaterThan(0);
    expect(exp.profiles['cover-merged.out']!.duplicate_block_lines).toBe(
      exp.profiles['shard-a.out']!.block_lines,
    );
  });

  for (const name of names) {
    it(`${name}: the statement figure equals \`go tool cover -func\`'s total`, () => {
      const p = exp.profiles[name]!;
      const report = parse(`${COV}/go/${name}`);
      expect(report.sources.map((s) => s.format)).toEqual(['go-cover']);
      const blocks = report.files.flatMap((f) => f.blocks ?? []);
      // Duplicates are merged before counting: one block per range.
      expect(blocks.length).toBe(p.block_lines - p.duplicate_block_lines);
      expect(goPercent(statements(blocks))).toBe(p.func.total);
    });

    it(`${name}: per function equal to \`go tool cover -func\``, () => {
      const p = exp.profiles[name]!;
      const report = parse(`${COV}/go/${name}`);
      const fns = p.func.functions;
      for (const [i, fn] of fns.entries()) {
        const next = fns[i + 1]?.file === fn.file ? fns[i + 1]!.line : Infinity;
        const blocks = byPath(report, fn.file).blocks!.filter(
          (b) => b.startLine >= fn.line && b.startLine < next,
        );
        expect(goPercent(statements(blocks)), `${fn.file} ${fn.function}`).toBe(fn.percent);
      }
    });

    if (exp.profiles[name]!.go_test)
      it(`${name}: per package equal to what \`go test\` printed`, () => {
        const report = parse(`${COV}/go/${name}`);
        for (const [pkg, percent] of Object.entries(exp.profiles[name]!.go_test!)) {
          const blocks = report.files.filter((f) => f.path.startsWith(`${pkg}/`)).flatMap((f) => f.blocks!);
          const figure = goPercent(statements(blocks));
          // go test with -coverpkg counts the blocks of every package that binary saw; compare without it only.
          if (name !== 'cover-coverpkg.out') expect(figure, pkg).toBe(percent);
        }
      });
  }

  it('the total is the documented 29 of 47 statements; the derived line figure is a different number', () => {
    const report = parse(`${COV}/go/cover-count.out`);
    expect(statements(report.files.flatMap((f) => f.blocks!))).toEqual({ covered: 29, total: 47 });
    expect(exp.percent_statements).toBe('61.7%');
    // Lines are the blocks' spans (for the line metric and patch coverage): not Go's figure.
    expect(counts(report).lines).toEqual({ covered: 38, total: 66 });
  });

  it('count, atomic and the merged shards have the same blocks and hits; set mode records 0/1', () => {
    const [count, atomic, merged, coverpkg] = [
      'cover-count.out',
      'cover-atomic.out',
      'cover-merged.out',
      'cover-coverpkg.out',
    ].map((n) => parse(`${COV}/go/${n}`));
    expect(atomic!.files).toEqual(count!.files);
    expect(merged!.files).toEqual(count!.files);
    for (const f of coverpkg!.files) {
      const c = byPath(count!, f.path);
      expect(
        f.blocks!.map((b) => [b.startLine, b.startColumn, b.endLine, b.endColumn, b.statements]),
      ).toEqual(c.blocks!.map((b) => [b.startLine, b.startColumn, b.endLine, b.endColumn, b.statements]));
      expect(f.blocks!.map((b) => b.hits)).toEqual(c.blocks!.map((b) => (b.hits > 0 ? 1 : 0)));
    }
  });

  it('a plain cat of two profiles, which `go tool cover` refuses, is read like the merged profile', () => {
    expect(exp.cat_refused).toMatch(/^cover: line "mode: count" doesn't match expected format/);
    const cat = read(`${COV}/go/shard-a.out`) + read(`${COV}/go/shard-b.out`);
    expect(parseCoverage(cat, 'cat.out').files).toEqual(parse(`${COV}/go/cover-merged.out`).files);
  });

  it('import paths: a module at the repository root maps by suffix, and the blocks travel with the files', () => {
    // As in a repository whose go.mod is at the root: band/band.go is the tail of the import path.
    const m = mapReportPaths(parse(`${COV}/go/cover-count.out`), {
      workspace: '/home/runner/work/ladder/ladder',
      repoFiles: new Set([
        'go.mod',
        'band/band.go',
        'band/band_test.go',
        'span/span.go',
        'span/span_test.go',
      ]),
    });
    expect(m.report.files.map((f) => f.path)).toEqual(['band/band.go', 'span/span.go']);
    expect(m.mappings.map((x) => x.by)).toEqual(['suffix', 'suffix']);
    expect(statements(m.report.files.flatMap((f) => f.blocks!))).toEqual({ covered: 29, total: 47 });
  });

  it('import paths of a module in a subfolder need the module path stripped (path-prefix)', () => {
    const report = parse(`${COV}/go/cover-count.out`);
    // Neither is the tail of the other: example.com/ladder/band/band.go, …/go/project/band/band.go.
    expect(mapReportPaths(report, { workspace: PRODUCED_IN, repoFiles: REPO }).summary.unmapped).toEqual([
      'example.com/ladder/band/band.go',
      'example.com/ladder/span/span.go',
    ]);
    const m = mapReportPaths(report, {
      workspace: PRODUCED_IN,
      repoFiles: REPO,
      prefix: { strip: ['example.com/ladder'], add: `${COV}/go/project` },
    });
    expect(m.report.files.map((f) => f.path)).toEqual([
      `${COV}/go/project/band/band.go`,
      `${COV}/go/project/span/span.go`,
    ]);
    expect(statements(m.report.files.flatMap((f) => f.blocks!))).toEqual({ covered: 29, total: 47 });
  });
});

function pick(c: Count): Count {
  return { covered: c.covered, total: c.total };
}
