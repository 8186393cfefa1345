import type { CoverageReport } from '../../model/coverage.js';
import { fileBranches, fileLines, totals } from '../../analysis/totals.js';

/**
 * The merged report as Cobertura XML (the `coverage.xml` artifact), readable by every tool that
 * reads Cobertura and by test-ladder itself (`--base DIR`). One `<class>` per file; a package per
 * directory. `timestamp` is supplied so the output is reproducible.
 */
export function writeCobertura(report: CoverageReport, opts: { timestamp: number; version: string }): string {
  return writeRepresentable(coberturaView(report).report, opts);
}

/**
 * Cobertura carries a branch only on a listed line ≥ 1. Branch outcomes elsewhere (coverage.py's
 * LCOV puts function exits on line 0) cannot be written; this says how many, so the caller can say
 * so instead of writing a file whose header and body disagree.
 */
export function coberturaView(report: CoverageReport): {
  report: CoverageReport;
  dropped: { outcomes: number; covered: number };
} {
  let outcomes = 0;
  let covered = 0;
  const files = report.files.map((f) => {
    const listed = new Set(f.lines);
    const keep = f.branches.filter((b) => listed.has(b.line));
    if (keep.length === f.branches.length) return f;
    for (const b of f.branches)
      if (!listed.has(b.line)) {
        outcomes += b.outcomes.length;
        covered += b.outcomes.filter((h) => h > 0).length;
      }
    return { ...f, branches: keep };
  });
  return { report: { ...report, files }, dropped: { outcomes, covered } };
}

function writeRepresentable(report: CoverageReport, opts: { timestamp: number; version: string }): string {
  const t = totals(report);
  const rate = (c: { covered: number; total: number }) => (c.total === 0 ? '1' : (c.covered / c.total).toFixed(4));
  const out: string[] = [];
  out.push('<?xml version="1.0" encoding="UTF-8"?>');
  out.push(
    `<coverage line-rate="${rate(t.lines)}" branch-rate="${rate(t.branches)}" lines-covered="${t.lines.covered}" lines-valid="${t.lines.total}" branches-covered="${t.branches.covered}" branches-valid="${t.branches.total}" complexity="0" version="${esc(opts.version)}" timestamp="${opts.timestamp}">`,
  );
  out.push('  <sources>', '    <source>.</source>', '  </sources>', '  <packages>');
  const byDir = new Map<string, CoverageReport['files'][number][]>();
  for (const f of report.files) {
    const dir = f.path.includes('/') ? f.path.slice(0, f.path.lastIndexOf('/')) : '.';
    const list = byDir.get(dir);
    if (list) list.push(f);
    else byDir.set(dir, [f]);
  }
  for (const [dir, files] of byDir) {
    const lines = files.reduce((a, f) => add(a, fileLines(f)), { covered: 0, total: 0 });
    const branches = files.reduce((a, f) => add(a, fileBranches(f)), { covered: 0, total: 0 });
    out.push(
      `    <package name="${esc(dir)}" line-rate="${rate(lines)}" branch-rate="${rate(branches)}" complexity="0">`,
      '      <classes>',
    );
    for (const f of files) {
      const name = f.path.slice(f.path.lastIndexOf('/') + 1);
      out.push(
        `        <class name="${esc(name)}" filename="${esc(f.path)}" line-rate="${rate(fileLines(f))}" branch-rate="${rate(fileBranches(f))}" complexity="0">`,
        '          <methods/>',
        '          <lines>',
      );
      let b = 0;
      for (let i = 0; i < f.lines.length; i++) {
        const line = f.lines[i]!;
        while (b < f.branches.length && f.branches[b]!.line < line) b++;
        const point = f.branches[b]?.line === line ? f.branches[b] : undefined;
        if (point && point.outcomes.length > 0) {
          const covered = point.outcomes.filter((h) => h > 0).length;
          const n = point.outcomes.length;
          const p = Math.round((covered / n) * 100);
          out.push(
            `            <line number="${line}" hits="${f.hits[i]}" branch="true" condition-coverage="${p}% (${covered}/${n})"/>`,
          );
        } else {
          out.push(`            <line number="${line}" hits="${f.hits[i]}" branch="false"/>`);
        }
      }
      out.push('          </lines>', '        </class>');
    }
    out.push('      </classes>', '    </package>');
  }
  out.push('  </packages>', '</coverage>', '');
  return out.join('\n');
}

function add(a: { covered: number; total: number }, b: { covered: number; total: number }) {
  return { covered: a.covered + b.covered, total: a.total + b.total };
}

function esc(s: string): string {
  // Characters XML 1.0 cannot carry at all (report paths are untrusted) become U+FFFD.
  // Tab, LF and CR are written as references: literal ones become spaces in an attribute value.
  return (
    s
      // eslint-disable-next-line no-control-regex
      .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, '\uFFFD')
      .replace(/&/g, '&amp;')
      .replace(/</g, '&lt;')
      .replace(/>/g, '&gt;')
      .replace(/"/g, '&quot;')
      .replace(/\t/g, '&#9;')
      .replace(/\n/g, '&#10;')
      .replace(/\r/g, '&#13;')
  );
}
