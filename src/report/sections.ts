/**
 * The sections the PR comment and the job summary are made of. Each returns its lines, ending with
 * a blank one; each only formats figures the run computed.
 */
import type { RunResult } from '../analysis/run-result.js';
import type { GateStatus } from '../model/verdict.js';
import type { Pace } from '../analysis/pace.js';
import type { CoverageDelta } from '../analysis/delta.js';
import type { MappingSummary } from '../analysis/paths.js';
import { cell, code, codeCell, fenced, inline, shellArg, urlPath } from './escape.js';
import { fixed2, pct, pp, ppPer30Days, seconds, share } from './format.js';
import { extras, testsExtras } from './extras.js';

export const ICON: Record<GateStatus, string> = { pass: '✅', warn: '⚠️', fail: '❌', skipped: '⏭️' };

export interface RenderContext {
  /** Rows per table before "… N more". */
  readonly rows: number;
  /** Builds a link to lines of a file at the run's commit; null when the run names no repository. */
  readonly lines: ((path: string, from: number, to: number) => string) | null;
}

export interface LinkOptions {
  /** Where the repository lives: https://github.com, or a GitHub Enterprise Server URL. */
  readonly serverUrl?: string;
}

const REPOSITORY = /^[A-Za-z0-9_.-]{1,100}\/[A-Za-z0-9_.-]{1,100}$/;
const SHA = /^[0-9a-f]{7,64}$/i;

/**
 * Line links into the repository at the run's commit. Only a plain owner/name, a hex commit and an
 * http(s) server make links: anything else in a result read from data gives plain numbers.
 */
export function lineLinker(r: RunResult, opts: LinkOptions = {}): RenderContext['lines'] {
  const { repository, commit } = r.run;
  if (!repository || !commit || !REPOSITORY.test(repository) || !SHA.test(commit)) return null;
  let server: URL;
  try {
    server = new URL(opts.serverUrl ?? 'https://github.com');
  } catch {
    return null;
  }
  if (server.protocol !== 'https:' && server.protocol !== 'http:') return null;
  const base = `${server.origin}${server.pathname.replace(/\/+$/, '')}`;
  return (path, from, to) =>
    `${base}/${repository}/blob/${commit}/${urlPath(path)}#L${from}${to !== from ? `-L${to}` : ''}`;
}

function more(n: number, columns: number): string {
  return `| … ${n} more |${' |'.repeat(columns - 1)}`;
}

/** Verdict headline and ladder line come from summary.ts; this is the pace part of the ladder line. */
export function pacePhrase(
  pace: Pace | null | undefined,
  target: number | null,
  horizon: string | null,
): string {
  if (!pace || target === null || horizon === null) return '';
  const over = `over ${pace.runs} runs`;
  switch (pace.status) {
    case 'met':
      return 'target met';
    case 'missed':
      return `the horizon ${horizon} has passed`;
    case 'on-track':
      return `pace ${ppPer30Days(pace.perPeriod)} ${over}: reaches the target${pace.reachesOn ? ` around ${pace.reachesOn}` : ''}, on track`;
    case 'behind':
      return `pace ${ppPer30Days(pace.perPeriod)} ${over}: ${pct(pace.projected)} by ${horizon}, behind (needs ${ppPer30Days(pace.needed)})`;
    case 'unknown':
      return pace.needed !== null
        ? `needs ${ppPer30Days(pace.needed)} to reach the target (no pace yet: ${pace.reason})`
        : `no pace yet: ${pace.reason}`;
  }
}

/** The reasons of every gate that failed or warned: never dropped from the comment. */
export function reasonList(r: RunResult): string[] {
  const out: string[] = [];
  for (const v of r.verdicts)
    if (v.status === 'fail' || v.status === 'warn')
      for (const x of v.reasons)
        out.push(`- ${ICON[v.status]} ${inline(v.gate)}: ${code(x.code)} ${inline(x.message)}`);
  if (out.length > 0) out.push('');
  return out;
}

/**
 * The rollback triggers that fired (`risk_trigger`): what fired, on what evidence, and the actions in
 * the order to take them. Loud, near the top: a rollback is a decision for the reviewer.
 */
export function rollbackSection(r: RunResult): string[] {
  const fired = extras(r).rollback ?? [];
  if (fired.length === 0) return [];
  const out = [`### ⚠️ Rollback recommended (${fired.length} trigger${fired.length === 1 ? '' : 's'})`, ''];
  for (const t of fired) {
    out.push(`- ${code(t.code)} ${inline(t.message)}`);
    t.actions.forEach((a, i) => out.push(`  ${i + 1}. ${inline(a)}`));
  }
  out.push('');
  return out;
}

/** The property pilot in one line: how many property tests, how many have their 30 passes, what is left. */
export function propertyLine(r: RunResult): string[] {
  const p = extras(r).property;
  if (!p || p.tests === 0) return [];
  const left =
    p.falsified > 0
      ? `${p.falsified} falsified`
      : p.needs_runs > 0
        ? `needs ${p.needs_runs} more run${p.needs_runs === 1 ? '' : 's'}`
        : `every one passed ${p.required_passes} runs in a row`;
  const seed = p.seed === null ? 'TPR_SEED not set' : `seed ${code(p.seed)}`;
  return [
    `${ICON[p.status]} Property tests: ${p.passing} of ${p.tests} have ${p.required_passes} passes in a row under ${p.runtime_threshold_ms} ms; ${left} · ${seed}.`,
    '',
  ];
}

export function gatesTable(r: RunResult): string[] {
  const out = ['| Gate | Status | Reasons |', '| --- | --- | --- |'];
  for (const v of r.verdicts) {
    const reasons = v.reasons.map((x) => `${codeCell(x.code)} ${cell(x.message)}`).join('<br>') || '—';
    out.push(`| ${cell(v.gate)} | ${ICON[v.status]}&nbsp;${v.status} | ${reasons} |`);
  }
  out.push('');
  return out;
}

function ranges(uncovered: readonly (readonly [number, number])[], path: string, ctx: RenderContext): string {
  const shown = uncovered.slice(0, 20).map(([a, b]) => {
    const text = a === b ? `${a}` : `${a}–${b}`;
    return ctx.lines ? `[${text}](${ctx.lines(path, a, b)})` : text;
  });
  return shown.join(', ') + (uncovered.length > 20 ? `, … ${uncovered.length - 20} more` : '');
}

export function patchSection(r: RunResult, ctx: RenderContext): string[] {
  const patch = r.coverage.patch;
  if (!patch) return [];
  const target = r.config.coverage.patch.target;
  const out = [
    '### Patch coverage',
    '',
    `${patch.covered} of ${patch.total} changed executable lines covered: **${pct(patch.percent)}**${target !== null ? ` (target ${pct(target)})` : ''}; ${patch.changedLines} lines changed (${code(patch.source)}).`,
    '',
  ];
  const missing = patch.files.filter((f) => f.uncovered.length > 0);
  if (missing.length > 0) {
    out.push('| File | Covered | Uncovered changed lines |', '| --- | ---: | --- |');
    for (const f of missing.slice(0, ctx.rows))
      out.push(`| ${codeCell(f.path)} | ${f.covered}/${f.total} | ${ranges(f.uncovered, f.path, ctx)} |`);
    if (missing.length > ctx.rows) out.push(more(missing.length - ctx.rows, 3));
    out.push('');
  }
  if (patch.unreported.length > 0)
    out.push(
      `${patch.unreported.length} changed file(s) are in no coverage report: ${patch.unreported.slice(0, 5).map(code).join(', ')}${patch.unreported.length > 5 ? ', …' : ''}.`,
      '',
    );
  return out;
}

export function gapsSection(r: RunResult, ctx: RenderContext): string[] {
  const g = r.coverage.gaps;
  if (g.ranked.length === 0) return [];
  const unit = g.metric === 'line' ? 'line' : 'branch';
  // The Tier column only when tiers are configured: a column of dashes tells the reader nothing.
  const withTiers = r.coverage.tiers.length > 0;
  const out = [
    `### Gaps (${g.metric})`,
    '',
    `| File |${withTiers ? ' Tier |' : ''} Covered | Missing | Percent | Gain if covered |`,
    `| --- |${withTiers ? ' --- |' : ''} ---: | ---: | ---: | ---: |`,
  ];
  for (const f of g.ranked.slice(0, ctx.rows)) {
    const names = f.tiers ?? [];
    const tier = withTiers ? ` ${names.length > 0 ? names.map(cell).join(', ') : '—'} |` : '';
    out.push(
      `| ${codeCell(f.path)} |${tier} ${f.covered}/${f.total} | ${f.missing} | ${pct(f.percent)} | ${pp(f.gain, true)} |`,
    );
  }
  if (g.ranked.length > ctx.rows) out.push(more(g.ranked.length - ctx.rows, 5));
  out.push('');
  for (const [label, path] of [
    ['floor', g.toFloor],
    ['target', g.toTarget],
  ] as const) {
    if (!path) continue;
    if (path.needed === 0) out.push(`- The ${label} (${pct(path.goal)}) is met.`);
    else if (!path.reachable)
      out.push(`- The ${label} (${pct(path.goal)}) cannot be reached by covering the files reported.`);
    else
      out.push(
        `- Cheapest path to the ${label} (${pct(path.goal)}): ${path.needed} more covered ${unit}${path.needed === 1 ? '' : g.metric === 'line' ? 's' : 'es'}, in ${path.files.length} file${path.files.length === 1 ? '' : 's'}: ${path.files.slice(0, 5).map(code).join(', ')}${path.files.length > 5 ? ', …' : ''}.`,
      );
  }
  out.push('');
  return out;
}

export function ratchetLines(r: RunResult): string[] {
  const ratchet = r.coverage.ratchet;
  if (ratchet?.proposed == null) return [];
  return [
    `⬆️ Ratchet: raise \`coverage.baseline\` to ${ratchet.proposed.toFixed(2)}${ratchet.since ? ` and \`coverage.since\` to ${inline(ratchet.since)}` : ''} in test-ladder.yml.`,
    '',
  ];
}

/** Failing tests grouped by signature, then flaky tests, with the flake rate. */
export function testProblemsSection(r: RunResult, ctx: RenderContext): string[] {
  const t = r.tests;
  if (!t) return [];
  const failures = testsExtras(t).signatures;
  const flakes = extras(r).flakes;
  const flaky = flakes
    ? flakes.flaky
    : t.flakyIds.map((id) => ({ id, evidence: 'passed-on-retry', outcomes: '' }));
  const failed = t.totals.failed + t.totals.errors;
  if (failed === 0 && flaky.length === 0) return [];
  const out = ['### Failing and flaky tests', ''];
  if (failed > 0 && failures && failures.length > 0) {
    const fresh = failures.filter((f) => f.status === 'new').length;
    out.push(
      `${failed} failing test${failed === 1 ? '' : 's'} in ${failures.length} signature${failures.length === 1 ? '' : 's'}: ${fresh} new, ${failures.length - fresh} seen before.`,
      '',
      '| Signature | Seen before | Tests | Message |',
      '| --- | --- | --- | --- |',
    );
    for (const f of failures.slice(0, ctx.rows)) {
      const seen = f.status === 'new' ? '🆕 new' : `in ${f.seen_in_runs} of the last ${f.of_runs} runs`;
      const listed = f.tests.slice(0, 3);
      const tests =
        listed.map(codeCell).join('<br>') +
        (f.test_count > listed.length ? `<br>… ${f.test_count - listed.length} more` : '');
      out.push(
        `| ${codeCell(f.signature.slice(0, 12))} | ${seen} | ${tests} | ${cell(truncate(f.normalized, 200))} |`,
      );
    }
    if (failures.length > ctx.rows) out.push(more(failures.length - ctx.rows, 4));
    out.push('');
  } else if (failed > 0) {
    out.push(
      `${failed} failing test${failed === 1 ? '' : 's'}${t.firstFailure ? `; the first in report order: ${code(t.firstFailure.id)}` : ''}. No failure signatures were computed for this run.`,
      '',
    );
  }
  if (flaky.length > 0) {
    out.push(
      `${flaky.length} flaky test${flaky.length === 1 ? '' : 's'}${flakes ? `; flake rate ${share(flakes.flakeRate)} over ${flakes.runsSeen} run${flakes.runsSeen === 1 ? '' : 's'}` : ''}.`,
      '',
      '| Flaky test | Evidence | Outcomes, oldest first |',
      '| --- | --- | --- |',
    );
    for (const f of flaky.slice(0, ctx.rows))
      out.push(
        `| ${codeCell(f.id)} | ${f.evidence === 'passed-on-retry' ? 'passed on retry' : 'passed and failed on one commit'} | ${f.outcomes ? codeCell(f.outcomes) : '—'} |`,
      );
    if (flaky.length > ctx.rows) out.push(more(flaky.length - ctx.rows, 3));
    out.push(
      '',
      '<sub>Outcomes: P passed, R passed on retry, F failed, E error, S skipped, - not run.</sub>',
      '',
    );
  }
  return out;
}

export function testsSection(r: RunResult, ctx: RenderContext): string[] {
  if (!r.tests) return [];
  const tt = r.tests.totals;
  const d = r.tests.durations.percentiles;
  const out = [
    '### Tests',
    '',
    '| Total | Passed | Failed | Errors | Skipped | Flaky |',
    '| ---: | ---: | ---: | ---: | ---: | ---: |',
    `| ${tt.total} | ${tt.passed} | ${tt.failed} | ${tt.errors} | ${tt.skipped} | ${tt.flaky} |`,
    '',
    `Durations (${d.method}, ${d.samples} tests): p50 ${seconds(d.p50)} · p90 ${seconds(d.p90)} · p95 ${seconds(d.p95)} · p99 ${seconds(d.p99)} · total ${seconds(r.tests.durations.total)}`,
    '',
  ];
  const slowest = r.tests.durations.slowest;
  // pytest rounds to milliseconds: a table of "0 ms" rows says nothing the line above does not.
  if (slowest.length > 0 && slowest[0]!.duration > 0) {
    const n = Math.min(5, ctx.rows);
    out.push('| Slowest test | Time |', '| --- | ---: |');
    for (const s of slowest.slice(0, n)) out.push(`| ${codeCell(s.id)} | ${seconds(s.duration)} |`);
    out.push('');
  }
  return out;
}

export function environmentSection(r: RunResult, ctx: RenderContext): string[] {
  const verdict = r.verdicts.find((v) => v.gate === 'environment');
  if (!r.environment && !verdict) return [];
  const out = ['### Environment', ''];
  if (verdict) out.push(`${ICON[verdict.status]} environment ${verdict.status}`, '');
  if (r.environment) {
    const sig = r.environment.signature;
    const runtimes = Object.entries(sig.runtimes)
      .map(([name, e]) => `${name} ${e.version ?? e.status}`)
      .join(', ');
    const missingLocks = sig.lock_files.filter((l) => l.status !== 'ok').length;
    out.push(
      `${inline(sig.os)}/${inline(sig.arch)}${runtimes ? ` · ${inline(runtimes)}` : ''} · ${sig.lock_files.length} lock file(s) hashed${missingLocks > 0 ? ` (${missingLocks} missing or unreadable)` : ''} · seed ${code(sig.seed.variable)} ${SEED_STATE[sig.seed.state]}`,
      '',
    );
    const drift = r.environment.drift;
    for (const d of drift.slice(0, ctx.rows)) out.push(`- ℹ️ ${code(d.code)} ${inline(d.message)}`);
    if (drift.length > ctx.rows) out.push(`- … ${drift.length - ctx.rows} more`);
    if (drift.length > 0) out.push('');
  }
  return out;
}

const SEED_STATE: Record<string, string> = {
  integer: 'set (an integer)',
  'not-integer': 'set, but not an integer',
  empty: 'set but empty',
  unset: 'not set',
};

export function tiersTable(r: RunResult): string[] {
  if (r.coverage.tiers.length === 0) return [];
  const out = [
    '| Tier | Files | Covered | Percent | Target | Status |',
    '| --- | ---: | ---: | ---: | ---: | --- |',
  ];
  for (const t of r.coverage.tiers)
    out.push(
      `| ${cell(t.name)}${t.each ? ' (each file)' : ''} | ${t.files} | ${t.covered}/${t.total} | ${pct(t.percent)} | ${pct(t.target)} | ${ICON[t.status]}&nbsp;${t.status} |`,
    );
  out.push('');
  return out;
}

// Sentences the job summary, the comment and the terminal share; `name` shows a path (a code span
// in markdown, plain text on a terminal). No full stop: each renderer ends them its own way.

/** The base comparison in one sentence: before → after (change); files changed, added, removed. */
export function baseDeltaSentence(d: CoverageDelta): string {
  return `${pct(d.before.percent)} → ${pct(d.after.percent)} (${pp(d.change, true)}); ${d.files.length} file(s) changed, ${d.added} added, ${d.removed} removed`;
}

/** How many reported paths match no repository file, the first five named; null when none. */
export function unmappedSentence(paths: MappingSummary, name: (path: string) => string): string | null {
  if (paths.unmapped.length === 0) return null;
  const shown = paths.unmapped.slice(0, 5).map(name).join(', ');
  const more = paths.unmapped.length > 5 ? ` and ${paths.unmapped.length - 5} more` : '';
  return `${paths.unmapped.length} reported path(s) match no file in the repository: ${shown}${more}`;
}

/** The folder relative paths were found under only by their tail; null when there is none. */
export function suffixSentence(paths: MappingSummary, name: (path: string) => string): string | null {
  if (!paths.suggestedPrefix) return null;
  return `${paths.bySuffix} path(s) were found only under ${name(paths.suggestedPrefix)}: the reports were written relative to that folder`;
}

export function baseDeltaSection(r: RunResult, ctx: RenderContext): string[] {
  if (!r.coverage.baseDelta) return [];
  const d = r.coverage.baseDelta.delta;
  const out = [`${baseDeltaSentence(d)}.`, ''];
  if (r.coverage.baseDelta.explanation)
    out.push(`ℹ️ ${inline(r.coverage.baseDelta.explanation.message)}`, '');
  if (d.files.length > 0) {
    out.push('| File | Before | After | Change |', '| --- | ---: | ---: | ---: |');
    for (const f of d.files.slice(0, ctx.rows))
      out.push(
        `| ${codeCell(f.path)} | ${pct(f.before?.percent ?? null)} | ${pct(f.after?.percent ?? null)} | ${pp(f.change, true)} |`,
      );
    if (d.files.length > ctx.rows) out.push(more(d.files.length - ctx.rows, 4));
    out.push('');
  }
  return out;
}

/** Every file, up to `max` rows: past that coverage.xml holds them, and a page would not load. */
export function allFilesTable(r: RunResult, max = 1000): string[] {
  const files = r.coverage.totals.files;
  if (files.length === 0) return [];
  const out = ['| File | Lines | Line % | Branches | Branch % |', '| --- | ---: | ---: | ---: | ---: |'];
  for (const f of files.slice(0, max))
    out.push(
      `| ${codeCell(f.path)} | ${f.lines.covered}/${f.lines.total} | ${pct(f.lines.percent)} | ${f.branches.covered}/${f.branches.total} | ${pct(f.branches.percent)} |`,
    );
  if (files.length > max)
    out.push(`${more(files.length - max, 5)}`, '', 'The artifact `coverage.xml` lists every file.');
  out.push('');
  return out;
}

export function artifactsTable(artifacts: readonly { name: string; sha256: string }[]): string[] {
  if (artifacts.length === 0) return [];
  const out = ['| File | SHA-256 |', '| --- | --- |'];
  for (const a of artifacts) out.push(`| ${codeCell(a.name)} | ${codeCell(a.sha256)} |`);
  out.push('');
  return out;
}

/**
 * The CLI command that judges the same reports the same way. A patch taken from git is given as
 * the diff git printed, so the command does not depend on which refs the reader has fetched.
 */
export function reproduceBlock(r: RunResult): string[] {
  const args = ['npx', 'test-ladder', 'run'];
  if (r.config.file) args.push('--config', r.config.file);
  for (const i of r.coverage.inputs) args.push('--coverage', i.file);
  for (const t of r.tests?.inputs ?? []) args.push('--tests', t);
  const source = r.coverage.patch?.source ?? null;
  const gitDiff = source !== null && /^git diff [0-9a-f]{4,64} [0-9a-f]{4,64}$/.test(source);
  // The action's diff assembled from the pull request's files: the GitHub CLI gives the same change.
  const pull = source === null ? null : /^PR #(\d+) files API\b/.exec(source);
  if (source !== null) args.push('--diff', gitDiff || pull ? 'patch.diff' : source);
  args.push('--date', r.run.date, '--out', 'test-ladder-out');
  // One option a line: the command stays readable without scrolling, and copies as one command.
  const command = [
    'npx test-ladder run',
    ...pairs(args.slice(3)).map((p) => `  ${p.map(shellArg).join(' ')}`),
  ];
  const fetchDiff = gitDiff ? [`${source} > patch.diff`] : pull ? [`gh pr diff ${pull[1]} > patch.diff`] : [];
  const lines = [...fetchDiff, command.join(' \\\n')];
  const out = [fenced(lines.join('\n'), 'sh'), ''];
  const dirs: string[] = [];
  if (r.coverage.base) dirs.push('`--base DIR` (the base run’s artifacts, for the delta)');
  if ((extras(r).trend?.points.length ?? 0) > 1)
    dirs.push('`--history DIR` (an earlier run’s artifacts, for flakes and the chart)');
  if (dirs.length > 0) out.push(`Add ${dirs.join(' and ')} to compare as this run did.`, '');
  return out;
}

function pairs(args: readonly string[]): string[][] {
  const out: string[][] = [];
  for (let i = 0; i < args.length; i += 2) out.push(args.slice(i, i + 2));
  return out;
}

export function footer(r: RunResult): string[] {
  return [
    `<sub>test-ladder ${inline(r.tool.version)} · run ${inline(r.run.id)} · judged on ${inline(r.run.date)} (UTC) · percentages compared unrounded, shown to two decimals · ${fixed2(r.ladder.tolerance)} pp tolerance</sub>`,
    '',
  ];
}

export function details(summary: string, body: readonly string[]): string[] {
  if (body.length === 0) return [];
  return [`<details><summary>${summary}</summary>`, '', ...body, '</details>', ''];
}

/** By code point, so a cut never leaves half a surrogate pair (which GitHub's API refuses). */
function truncate(s: string, n: number): string {
  const chars = [...s];
  return chars.length > n ? `${chars.slice(0, n - 1).join('')}…` : s;
}
