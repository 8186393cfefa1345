import type { RunResult } from '../analysis/run-result.js';
import type { Verdict } from '../model/verdict.js';
import type { EnvironmentSignature } from '../analysis/environment.js';
import { cell, code, codeCell, inline, plain } from './escape.js';
import { pct, pp } from './format.js';
import { extras } from './extras.js';
import { renderCoverageChart } from './chart.js';
import {
  ICON,
  allFilesTable,
  artifactsTable,
  baseDeltaSection,
  details,
  environmentSection,
  footer,
  gapsSection,
  gatesTable,
  lineLinker,
  pacePhrase,
  patchSection,
  propertyLine,
  ratchetLines,
  reproduceBlock,
  rollbackSection,
  suffixSentence,
  testProblemsSection,
  testsSection,
  tiersTable,
  unmappedSentence,
  type LinkOptions,
  type RenderContext,
} from './sections.js';

export const TABLE_ROWS = 10;

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
  const pace = pacePhrase(extras(r).trend?.pace, l.target, l.horizon);
  if (pace) parts.push(pace);
  return parts.join(' · ');
}

export interface SummaryOptions extends LinkOptions {
  /** Rows per table before "… N more". */
  readonly rows?: number;
}

/**
 * The job summary: everything the comment shows, plus the gates, the coverage table, how the
 * reports were read and the comparison with the base run, in the open.
 */
export function renderSummary(
  r: RunResult,
  artifacts: readonly { name: string; sha256: string }[],
  opts: SummaryOptions = {},
): string {
  const ctx: RenderContext = { rows: opts.rows ?? TABLE_ROWS, lines: lineLinker(r, opts) };
  const out: string[] = [`## ${headline(r)}`, '', ladderLine(r), ''];
  out.push(...renderCoverageChart(extras(r).trend));
  out.push(...rollbackSection(r));
  out.push('### Gates', '', ...gatesTable(r));
  out.push(...coverageSection(r));
  if (r.coverage.baseDelta) out.push('### Against the base run', '', ...baseDeltaSection(r, ctx));
  out.push(...patchSection(r, ctx));
  const tiers = tiersTable(r);
  if (tiers.length > 0) out.push('### Tiers', '', ...tiers);
  out.push(...ratchetLines(r));
  out.push(...gapsSection(r, ctx));
  out.push(...testProblemsSection(r, ctx));
  out.push(...propertyLine(r));
  out.push(...testsSection(r, ctx));
  out.push(...readAsSection(r, ctx));
  out.push(...environmentSection(r, ctx));
  out.push(...details(`All files (${r.coverage.totals.files.length})`, allFilesTable(r)));
  out.push(...details('Artifacts and their SHA-256', artifactsTable(artifacts)));
  out.push(...details('Reproduce locally', reproduceBlock(r)));
  out.push(...footer(r));
  return out.join('\n');
}

/** The totals, the reports read, and what the path mapping and the producers say about them. */
export function coverageSection(r: RunResult): string[] {
  const t = r.coverage.totals;
  const out = ['### Coverage', '', '| | Covered | Total | Percent |', '| --- | ---: | ---: | ---: |'];
  out.push(`| Lines | ${t.lines.covered} | ${t.lines.total} | ${pct(t.lines.percent)} |`);
  out.push(`| Branches | ${t.branches.covered} | ${t.branches.total} | ${pct(t.branches.percent)} |`);
  out.push('');
  out.push(...coverageNotes(r));
  return out;
}

export function coverageNotes(r: RunResult): string[] {
  const t = r.coverage.totals;
  const out: string[] = [];
  const inputs = r.coverage.inputs.map((i) => `${code(i.file)} (${i.format})`).join(', ');
  out.push(`Read ${r.coverage.inputs.length} report(s): ${inputs}; ${t.files.length} file(s).`);
  const paths = r.coverage.paths;
  const unmapped = unmappedSentence(paths, code);
  if (unmapped) out.push('', `⚠️ ${unmapped}.`);
  const suffix = suffixSentence(paths, code);
  if (suffix) out.push('', `ℹ️ ${suffix}.`);
  out.push('');
  if (paths.prefixSuggestion) out.push(`💡 ${inline(paths.prefixSuggestion)}.`, '');
  const statements = t.statements;
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
  return out;
}

/** Which producers wrote the test reports, the fix-ups applied and what the reports cannot tell. */
function readAsSection(r: RunResult, ctx: RenderContext): string[] {
  if (!r.tests || (r.tests.producers.length === 0 && r.tests.notes.length === 0)) return [];
  const out = [`Read as: ${r.tests.producers.map(inline).join(', ') || 'unknown producer'}.`, ''];
  for (const note of r.tests.notes.slice(0, ctx.rows)) out.push(`- ${inline(note)}`);
  if (r.tests.notes.length > ctx.rows) out.push(`- … ${r.tests.notes.length - ctx.rows} more`);
  if (r.tests.notes.length > 0) out.push('');
  return out;
}

/** The summary of a validate-env step: the verdict, each reason with expected and actual, the signature. */
export function renderEnvironmentSummary(sig: EnvironmentSignature, verdict: Verdict): string {
  const out = [`## ${ICON[verdict.status]} test-ladder environment: ${verdict.status}`, ''];
  if (verdict.reasons.length > 0) {
    out.push('| Reason | Detail |', '| --- | --- |');
    for (const r of verdict.reasons) out.push(`| ${codeCell(r.code)} | ${cell(r.message)} |`);
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
