import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { CoverageReport, FileCoverage } from '../../src/model/coverage.js';
import { fileBranches, fileLines } from '../../src/analysis/totals.js';

/** The repository root, wherever it is checked out. */
export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

/** The checkout the fixtures were produced in: absolute paths inside the reports start with it. */
export const PRODUCED_IN = '/work/main';

export function read(rel: string): string {
  return readFileSync(path.join(ROOT, rel), 'utf8');
}

export function readJson<T = Record<string, unknown>>(rel: string): T {
  return JSON.parse(read(rel)) as T;
}

/** Repository-relative POSIX paths of every file under `dirs` (what `git ls-files` lists there). */
export function repoFiles(dirs: readonly string[]): Set<string> {
  const out = new Set<string>();
  const walk = (rel: string) => {
    for (const e of readdirSync(path.join(ROOT, rel), { withFileTypes: true })) {
      const child = `${rel}/${e.name}`;
      if (e.isDirectory()) walk(child);
      else if (e.isFile()) out.add(child);
    }
  };
  for (const d of dirs) walk(d);
  return out;
}

export interface Count {
  covered: number;
  total: number;
}

export interface FileFigures {
  lines: Count;
  branches: Count;
}

/** Per-file line and branch counts of a report, by path. */
export function perFile(report: CoverageReport): Map<string, FileFigures> {
  const out = new Map<string, FileFigures>();
  for (const f of report.files) {
    const l = fileLines(f);
    const b = fileBranches(f);
    out.set(f.path, {
      lines: { covered: l.covered, total: l.total },
      branches: { covered: b.covered, total: b.total },
    });
  }
  return out;
}

export function byPath(report: CoverageReport, p: string): FileCoverage {
  const f = report.files.find((x) => x.path === p);
  if (!f) throw new Error(`no file ${p} in the report (have ${report.files.map((x) => x.path).join(', ')})`);
  return f;
}

/** The rows of a whitespace-separated table between its dashed rules, split into cells. */
export function tableRows(text: string, first: RegExp): string[][] {
  return text
    .split('\n')
    .filter((l) => first.test(l))
    .map((l) => l.trim().split(/\s+/));
}

/**
 * `lcov --list` rows: `name |rate num|rate num|rate num`, rate like `87.2%`, `100%` or `-`.
 * Returns name → { lines: {rate, num}, branches: {rate, num} }.
 */
export function lcovList(text: string): Map<string, { lines: [string, number]; branches: [string, number] }> {
  const out = new Map<string, { lines: [string, number]; branches: [string, number] }>();
  for (const line of text.split('\n')) {
    const cells = line.split('|');
    if (cells.length !== 4 || line.startsWith('Filename') || /^\s*\|/.test(line)) continue;
    const name = cells[0]!.trim();
    const cell = (c: string): [string, number] => {
      const parts = c.trim().split(/\s+/);
      return [parts[0]!, Number(parts[1])];
    };
    out.set(name, { lines: cell(cells[1]!), branches: cell(cells[3]!) });
  }
  return out;
}

/** How lcov 1.16 prints a rate in `--list` (its `rate()`: one decimal, never 0.0 or 100.0 falsely). */
export function lcovRate(c: Count): string {
  if (c.total === 0) return '-';
  if (c.covered === c.total) return '100%';
  let r = ((c.covered * 100) / c.total).toFixed(1);
  if (Number(r) === 0 && c.covered > 0) r = '0.1';
  if (Number(r) === 100) r = '99.9';
  return `${r}%`;
}

/** `lcov --summary`: `lines......: 78.2% (136 of 174 lines)`. */
export function lcovSummary(text: string): { lines: Count; branches: Count } {
  const pick = (what: string): Count => {
    const m = new RegExp(`${what}\\.*: [\\d.]+% \\((\\d+) of (\\d+) ${what}\\)`).exec(text);
    if (!m) throw new Error(`no ${what} in lcov summary`);
    return { covered: Number(m[1]), total: Number(m[2]) };
  };
  return { lines: pick('lines'), branches: pick('branches') };
}
