import type { RunResult } from '../analysis/run-result.js';
import type { GateStatus } from '../model/verdict.js';
import { cell, code, inline, plain } from './escape.js';
import { fixed2, pct, pp, seconds } from './format.js';

const ICON: Record<GateStatus, string> = { pass: '✅', warn: '⚠️', fail: '❌', skipped: '⏭️' };
const TABLE_ROWS = 10;

/** The one-line verdict: the status and the number that decided it. */
export function headline(r: RunResult, format: 'markdown' | 'text' = 'markdown'): string {
  const esc = format === 'markdown' ? inline : plain;
  const l = r.ladder;
  const failing = r.verdicts.find((v) => v.status === 'fail') ?? r.verdicts.find((v) => v.status === 'warn');
  const metric = `${l.metric} coverage ${pct(l.current)}`;
  if (failing && failing.reasons[0])
    return `${ICON[r.status]} test-ladder ${r.status}: ${esc(failing.reasons[0].message)}`;
  const against =
    l.floor !== null
      ? ` (floor ${pct(l.floor)})`
      : l.baseline !== null
        ? ` (baseline ${pct(l.baseline)})`
        : '';
  return `${ICON[r.status]} test-ladder ${r.status}: ${metric}${against}`;
}

/** current · base and delta · today's floor · target and horizon. */
export function ladderLine(r: RunResult): string {
  const l = r.ladder;
  const parts = [`**${pct(l.current)}** ${l.metric} coverage`];
  if (r.coverage.base) {
    const base = l.metric === 'line' ? r.coverage.base.lines : r.coverage.base.branches;
    parts.push(`base ${pct(base.percent)}`);
  } else if (l.baseline !== null) parts.push(`baseline ${pct(l.baseline)}`);
  if (r.coverage.delta) parts.push(`Δ ${pp(r.coverage.delta.value, true)} vs ${r.coverage.delta.against}`);
  if (l.floor !== null && l.target !== null) parts.push(`floor ${pct(l.floor)} on ${l.date}`);
  if (l.target !== null) parts.push(`target ${pct(l.target)}${l.horizon ? ` by ${l.horizon}` : ''}`);
  if (l.tolerance > 0) parts.push(`tolerance ${pp(l.tolerance)}`);
  return parts.join(' · ');
}

export interface SummaryOptions {
  /** Rows per table before "… N more". */
  readonly rows?: number;
}

export function renderSummary(
  r: RunResult,
  artifacts: readonly { name: string; sha256: string }[],
  opts: SummaryOptions = {},
): string {
  const rows = opts.rows ?? TABLE_ROWS;
  const out: string[] = [];
  out.push(`## ${headline(r)}`, '', ladderLine(r), '');

  out.push('### Gates', '', '| Gate | Status | Reasons |', '| --- | --- | --- |');
  for (const v of r.verdicts) {
    const reasons = v.reasons.map((x) => `\`${x.code}\` ${cell(x.message)}`).join('<br>') || '—';
    out.push(`| ${v.gate} | ${ICON[v.status]} ${v.status} | ${reasons} |`);
  }
  out.push('');

  const t = r.coverage.totals;
  out.push('### Coverage', '', '| | Covered | Total | Percent |', '| --- | ---: | ---: | ---: |');
  out.push(`| Lines | ${t.lines.covered} | ${t.lines.total} | ${pct(t.lines.percent)} |`);
  out.push(`| Branches | ${t.branches.covered} | ${t.branches.total} | ${pct(t.branches.percent)} |`);
  out.push('');
  const inputs = r.coverage.inputs.map((i) => `${code(i.file)} (${i.format})`).join(', ');
  out.push(`Read ${r.coverage.inputs.length} report(s): ${inputs}; ${t.files.length} file(s).`);
  const paths = r.coverage.paths;
  if (paths.unmapped.length > 0) {
    const shown = paths.unmapped.slice(0, 5).map(code).join(', ');
    const more = paths.unmapped.length > 5 ? ` and ${paths.unmapped.length - 5} more` : '';
    out.push(
      '',
      `⚠️ ${paths.unmapped.length} reported path(s) match no file in the repository: ${shown}${more}.`,
    );
  }
  if (paths.suggestedPrefix) {
    out.push(
      '',
      `ℹ️ ${paths.bySuffix} path(s) were found only under ${code(paths.suggestedPrefix)}: the reports were written relative to that folder.`,
    );
  }
  out.push('');

  const g = r.coverage.gaps;
  if (g.ranked.length > 0) {
    out.push(
      `### Gaps (${g.metric})`,
      '',
      '| File | Covered | Missing | Percent | Gain if covered |',
      '| --- | ---: | ---: | ---: | ---: |',
    );
    for (const f of g.ranked.slice(0, rows))
      out.push(
        `| ${code(f.path)} | ${f.covered}/${f.total} | ${f.missing} | ${pct(f.percent)} | ${pp(f.gain, true)} |`,
      );
    if (g.ranked.length > rows) out.push(`| … ${g.ranked.length - rows} more | | | | |`);
    out.push('');
    for (const [label, path] of [
      ['floor', g.toFloor],
      ['target', g.toTarget],
    ] as const) {
      if (!path) continue;
      if (path.needed === 0) out.push(`- The ${label} (${pct(path.goal)}) is met.`);
      else
        out.push(
          `- To reach the ${label} (${pct(path.goal)}): ${path.needed} more covered ${g.metric === 'line' ? 'line(s)' : 'branch(es)'}; the fewest files: ${path.files.length} (${path.files.slice(0, 5).map(code).join(', ')}${path.files.length > 5 ? ', …' : ''}).`,
        );
    }
    out.push('');
  }

  if (r.tests) {
    const tt = r.tests.totals;
    const d = r.tests.durations.percentiles;
    out.push(
      '### Tests',
      '',
      '| Total | Passed | Failed | Errors | Skipped | Flaky |',
      '| ---: | ---: | ---: | ---: | ---: | ---: |',
      `| ${tt.total} | ${tt.passed} | ${tt.failed} | ${tt.errors} | ${tt.skipped} | ${tt.flaky} |`,
      '',
      `Durations (${d.method}, ${d.samples} tests): p50 ${seconds(d.p50)} · p90 ${seconds(d.p90)} · p95 ${seconds(d.p95)} · p99 ${seconds(d.p99)} · total ${seconds(r.tests.durations.total)}`,
      '',
    );
    if (r.tests.durations.slowest.length > 0) {
      out.push('| Slowest test | Time |', '| --- | ---: |');
      for (const s of r.tests.durations.slowest.slice(0, 5))
        out.push(`| ${code(s.id)} | ${seconds(s.duration)} |`);
      out.push('');
    }
  }

  if (artifacts.length > 0) {
    out.push(
      '<details><summary>Artifacts and their SHA-256</summary>',
      '',
      '| File | SHA-256 |',
      '| --- | --- |',
    );
    for (const a of artifacts) out.push(`| ${code(a.name)} | \`${a.sha256}\` |`);
    out.push('', '</details>', '');
  }
  out.push(
    `<sub>test-ladder ${inline(r.tool.version)} · run ${inline(r.run.id)} · judged on ${r.run.date} (UTC) · percentages compared unrounded, shown to two decimals · ${fixed2(r.ladder.tolerance)} pp tolerance</sub>`,
    '',
  );
  return out.join('\n');
}
