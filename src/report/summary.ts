import type { RunResult } from '../analysis/run-result.js';
import type { GateStatus, Verdict } from '../model/verdict.js';
import type { EnvironmentSignature } from '../analysis/environment.js';
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

  if (r.coverage.paths.prefixSuggestion) out.push(`💡 ${inline(r.coverage.paths.prefixSuggestion)}.`, '');
  const statements = r.coverage.totals.statements;
  if (statements)
    out.push(
      `Go statements (as \`go tool cover -func\` counts them): ${statements.covered}/${statements.total} = ${pct(statements.percent)}.`,
      '',
    );
  for (const i of r.coverage.inputs)
    if (i.percentCombined !== undefined)
      out.push(
        `${code(i.file)}: ${inline(i.producer ?? 'coverage.py')} prints ${pct(i.percentCombined)} (statements and branches together); the ladder judges ${r.ladder.metric} coverage.`,
        '',
      );

  if (r.coverage.baseDelta) {
    const d = r.coverage.baseDelta.delta;
    out.push(
      `### Against the base run`,
      '',
      `${pct(d.before.percent)} → ${pct(d.after.percent)} (${pp(d.change, true)}); ${d.files.length} file(s) changed, ${d.added} added, ${d.removed} removed.`,
      '',
    );
    if (r.coverage.baseDelta.explanation)
      out.push(`ℹ️ ${inline(r.coverage.baseDelta.explanation.message)}`, '');
    if (d.files.length > 0) {
      out.push('| File | Before | After | Change |', '| --- | ---: | ---: | ---: |');
      for (const f of d.files.slice(0, rows))
        out.push(
          `| ${code(f.path)} | ${pct(f.before?.percent ?? null)} | ${pct(f.after?.percent ?? null)} | ${pp(f.change, true)} |`,
        );
      if (d.files.length > rows) out.push(`| … ${d.files.length - rows} more | | | |`);
      out.push('');
    }
  }

  const patch = r.coverage.patch;
  if (patch) {
    out.push(
      '### Patch coverage',
      '',
      `${patch.covered} of ${patch.total} changed executable lines covered: **${pct(patch.percent)}**${r.config.coverage.patch.target !== null ? ` (target ${pct(r.config.coverage.patch.target)})` : ''}; ${patch.changedLines} lines changed (${code(patch.source)}).`,
      '',
    );
    const missing = patch.files.filter((f) => f.uncovered.length > 0);
    if (missing.length > 0) {
      out.push('| File | Covered | Uncovered lines |', '| --- | ---: | --- |');
      for (const f of missing.slice(0, rows))
        out.push(
          `| ${code(f.path)} | ${f.covered}/${f.total} | ${f.uncovered.map(([a, b]) => (a === b ? `${a}` : `${a}–${b}`)).join(', ')} |`,
        );
      if (missing.length > rows) out.push(`| … ${missing.length - rows} more | | |`);
      out.push('');
    }
    if (patch.unreported.length > 0)
      out.push(
        `${patch.unreported.length} changed file(s) are in no coverage report: ${patch.unreported.slice(0, 5).map(code).join(', ')}${patch.unreported.length > 5 ? ', …' : ''}.`,
        '',
      );
  }

  if (r.coverage.tiers.length > 0) {
    out.push(
      '### Tiers',
      '',
      '| Tier | Files | Covered | Percent | Target | Status |',
      '| --- | ---: | ---: | ---: | ---: | --- |',
    );
    for (const t of r.coverage.tiers)
      out.push(
        `| ${cell(t.name)}${t.each ? ' (each file)' : ''} | ${t.files} | ${t.covered}/${t.total} | ${pct(t.percent)} | ${pct(t.target)} | ${ICON[t.status]} ${t.status} |`,
      );
    out.push('');
  }

  const ratchet = r.coverage.ratchet;
  if (ratchet?.proposed != null)
    out.push(
      `⬆️ Ratchet: raise \`coverage.baseline\` to ${ratchet.proposed.toFixed(2)}${ratchet.since ? ` and \`coverage.since\` to ${ratchet.since}` : ''} in test-ladder.yml.`,
      '',
    );

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

  if (r.tests && (r.tests.producers.length > 0 || r.tests.notes.length > 0)) {
    out.push(`Read as: ${r.tests.producers.map(inline).join(', ') || 'unknown producer'}.`, '');
    for (const note of r.tests.notes.slice(0, rows)) out.push(`- ${inline(note)}`);
    if (r.tests.notes.length > rows) out.push(`- … ${r.tests.notes.length - rows} more`);
    out.push('');
  }

  if (r.environment) {
    const sig = r.environment.signature;
    const runtimes = Object.entries(sig.runtimes)
      .map(([name, e]) => `${name} ${e.version ?? e.status}`)
      .join(', ');
    out.push(
      '### Environment',
      '',
      `${inline(sig.os)}/${inline(sig.arch)}${runtimes ? ` · ${inline(runtimes)}` : ''} · ${sig.lock_files.length} lock file(s) hashed`,
      '',
    );
    for (const d of r.environment.drift.slice(0, rows)) out.push(`- ℹ️ \`${d.code}\` ${inline(d.message)}`);
    if (r.environment.drift.length > 0) out.push('');
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

/** The summary of a validate-env step: the verdict, each reason with expected and actual, the signature. */
export function renderEnvironmentSummary(sig: EnvironmentSignature, verdict: Verdict): string {
  const out = [`## ${ICON[verdict.status]} test-ladder environment: ${verdict.status}`, ''];
  if (verdict.reasons.length > 0) {
    out.push('| Reason | Detail |', '| --- | --- |');
    for (const r of verdict.reasons) out.push(`| \`${r.code}\` | ${cell(r.message)} |`);
    out.push('');
  }
  out.push('| Runtime or tool | Version | Probe |', '| --- | --- | --- |');
  for (const [name, e] of [...Object.entries(sig.runtimes), ...Object.entries(sig.tools)])
    out.push(`| ${cell(name)} | ${cell(e.version ?? '—')} | ${cell(e.status)} |`);
  out.push(
    '',
    `${inline(sig.os)}/${inline(sig.arch)} · ${sig.lock_files.length} lock file(s) hashed · seed ${inline(sig.seed.variable)} ${sig.seed.state}`,
    '',
  );
  return out.join('\n');
}
