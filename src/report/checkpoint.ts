import type { RunResult } from '../analysis/run-result.js';
import type { AcceptanceStatus, judgeAcceptance } from '../analysis/acceptance.js';
import { isEventName, type LoggedEvent, type EventName } from '../events/index.js';
import { canonicalJson, checkEmbeddedHash, EMBEDDED_HASH_FIELD, SHA256_HEX } from '../artifacts/index.js';
import { code, codeCell, cell, inline } from './escape.js';
import { ladderLine, headline } from './summary.js';
import { pct, pp, seconds, share } from './format.js';
import { extras } from './extras.js';
import { ICON } from './sections.js';
import { renderComment, COMMENT_LIMIT, type CommentOptions, type RenderedComment } from './comment.js';
import { ShapeError, arr, bool, lit, num, obj, readRunResult, str, type Check } from './result-shape.js';

export const CHECKPOINT_SCHEMA = 'test-ladder/checkpoint@1';

/** Events a `run` must have emitted before its checkpoint; a missing one is a logging deficit. */
export const REQUIRED_EVENTS: readonly EventName[] = [
  'metrics_capture_start',
  'metrics_capture_complete',
  'coverage_ladder_recorded',
  'flake_scan_complete',
  'failfast_mode_applied',
  'property_test_start',
  'property_test_complete',
];

type Artifacts = readonly { name: string; sha256: string }[];

/**
 * foundation.checkpoint.json: every gate with its reasons, the figures, the hash of every artifact
 * written before it, the event audit and the rollback triggers that fired. A logging deficit blocks
 * the checkpoint. `result` carries the whole RunResult, so a later `publish` step can re-render the
 * comment from data without re-reading any report.
 */
export function buildCheckpoint(
  r: RunResult,
  artifacts: Artifacts,
  events: readonly LoggedEvent[],
  missingEvents: readonly EventName[],
  required: readonly EventName[] = REQUIRED_EVENTS,
  acceptance: Acceptance | null = null,
): Record<string, unknown> {
  return checkpointOf(
    r,
    artifacts,
    {
      required: [...required],
      seen: [...new Set(events.map((e) => e.event))].sort(),
      missing: [...missingEvents],
    },
    acceptance,
  );
}

/** The plan's acceptance criteria as judged (see analysis/acceptance.ts). */
export type Acceptance = ReturnType<typeof judgeAcceptance>;

interface Audit {
  readonly required: readonly EventName[];
  readonly seen: readonly EventName[];
  readonly missing: readonly EventName[];
}

function checkpointOf(
  r: RunResult,
  artifacts: Artifacts,
  audit: Audit,
  acceptance: Acceptance | null,
): Record<string, unknown> {
  return {
    schema: CHECKPOINT_SCHEMA,
    status: r.status,
    blocked: audit.missing.length > 0,
    blocked_by: audit.missing.map((e) => `logging_deficit: ${e}`),
    ...(acceptance
      ? {
          acceptance: acceptance.criteria,
          definition_of_done: {
            met: acceptance.done.met,
            line: acceptance.done.line,
            missing: acceptance.done.missing,
          },
        }
      : {}),
    gates: r.verdicts,
    figures: figures(r),
    artifacts: artifacts.map((a) => ({ name: a.name, sha256: a.sha256 })),
    events: { required: audit.required, seen: audit.seen, missing: audit.missing },
    rollback_triggers: extras(r).rollback ?? [],
    tool: r.tool,
    run: r.run,
    // A plain copy: the canonical form drops absent optional fields, as the file will.
    result: JSON.parse(canonicalJson(r)) as unknown,
  };
}

/** The figures a release manager checks, picked from the result (none is computed here). */
function figures(r: RunResult): Record<string, unknown> {
  const t = r.coverage.totals;
  const { trend, flakes } = extras(r);
  const patch = r.coverage.patch;
  const env = r.environment;
  return {
    coverage: {
      lines: t.lines,
      branches: t.branches,
      ...(t.statements ? { statements: t.statements } : {}),
      delta: r.coverage.delta,
      files: t.files.length,
      unmapped_paths: r.coverage.paths.unmapped.length,
    },
    ladder: r.ladder,
    pace: trend?.pace ?? null,
    patch: patch
      ? {
          covered: patch.covered,
          total: patch.total,
          percent: patch.percent,
          changed_lines: patch.changedLines,
          target: r.config.coverage.patch.target,
        }
      : null,
    tiers: r.coverage.tiers.map((x) => ({
      name: x.name,
      covered: x.covered,
      total: x.total,
      percent: x.percent,
      target: x.target,
      status: x.status,
    })),
    flake_rate: flakes?.flakeRate ?? null,
    tests: r.tests
      ? {
          totals: r.tests.totals,
          durations: r.tests.durations.percentiles,
          total_seconds: r.tests.durations.total,
        }
      : null,
    environment: env
      ? {
          os: env.signature.os,
          arch: env.signature.arch,
          runtimes: Object.fromEntries(
            Object.entries(env.signature.runtimes).map(([k, v]) => [k, v.version]),
          ),
          lock_files: env.signature.lock_files.length,
          seed: env.signature.seed.state,
          drift: env.drift.map((d) => d.code),
        }
      : null,
  };
}

export function renderCheckpointMarkdown(
  r: RunResult,
  artifacts: Artifacts,
  missingEvents: readonly EventName[],
  events: readonly LoggedEvent[] = [],
  required: readonly EventName[] = REQUIRED_EVENTS,
  acceptance: Acceptance | null = null,
): string {
  const out: string[] = [`# Foundation checkpoint`, '', `## ${headline(r)}`, '', ladderLine(r), ''];
  if (missingEvents.length > 0)
    out.push(
      `**Blocked:** required events never emitted (each logged as \`logging_deficit\`): ${missingEvents.map((e) => code(e)).join(', ')}.`,
      '',
    );
  if (acceptance) out.push(...acceptanceSection(acceptance));
  out.push('## Gates', '', '| Gate | Status | Reasons |', '| --- | --- | --- |');
  for (const v of r.verdicts)
    out.push(
      `| ${cell(v.gate)} | ${ICON[v.status]} ${v.status} | ${v.reasons.map((x) => `${codeCell(x.code)} ${cell(x.message)}`).join('<br>') || '—'} |`,
    );
  out.push('', '## Figures', '', '| Figure | Value |', '| --- | --- |');
  for (const [name, value] of figureRows(r)) out.push(`| ${name} | ${value} |`);

  const rollback = extras(r).rollback ?? [];
  out.push('', '## Rollback triggers', '');
  if (rollback.length === 0) out.push('None fired.');
  for (const t of rollback)
    out.push(
      `- ${code(t.code)} ${inline(t.message)}${t.actions.length > 0 ? `; then: ${t.actions.map(inline).join(' → ')}` : ''}`,
    );

  const seen = new Set(events.map((e) => e.event));
  out.push('', '## Event audit', '', '| Required event | Seen |', '| --- | --- |');
  for (const e of required)
    out.push(
      `| ${code(e)} | ${missingEvents.includes(e) || !seen.has(e) ? '❌ missing: `logging_deficit`' : '✅'} |`,
    );

  out.push('', '## Artifacts', '', '| File | SHA-256 |', '| --- | --- |');
  for (const a of artifacts) out.push(`| ${codeCell(a.name)} | ${codeCell(a.sha256)} |`);
  out.push(
    '',
    'This file, `foundation.checkpoint.json`, `events.log.jsonl` and every file above are listed with their SHA-256 in `SHA256SUMS`; `test-ladder verify DIR` checks them all.',
    '',
  );
  return out.join('\n');
}

const AC_ICON: Record<AcceptanceStatus, string> = {
  met: '✅',
  'not met': '❌',
  pending: '⏳',
  'not measured': '➖',
};

/** The AC table: each criterion, its status, the evidence (artifact hashes, events, figures) and what is missing. */
function acceptanceSection(a: Acceptance): string[] {
  const out = [
    '## Acceptance criteria',
    '',
    `**${inline(a.done.line)}**`,
    '',
    '| ID | Criterion | Status | Evidence | Missing |',
    '| --- | --- | --- | --- | --- |',
  ];
  for (const c of a.criteria) {
    const evidence = c.evidence
      .map((e) =>
        e.kind === 'artifact'
          ? `${codeCell(e.name)} ${e.value === null ? 'not written' : codeCell(`${String(e.value).slice(0, 12)}…`)}`
          : e.kind === 'event'
            ? `${codeCell(e.name)} ${e.value === true ? 'seen' : 'not seen'}`
            : `${cell(e.name)}: ${e.value === null ? 'n/a' : cell(String(e.value))}`,
      )
      .join('<br>');
    out.push(
      `| ${c.id} | ${cell(c.criterion)} | ${AC_ICON[c.status]} ${c.status} | ${evidence} | ${c.missing.map(cell).join('<br>') || '—'} |`,
    );
  }
  out.push('');
  return out;
}

function figureRows(r: RunResult): [string, string][] {
  const t = r.coverage.totals;
  const l = r.ladder;
  const { trend, flakes } = extras(r);
  const rows: [string, string][] = [
    ['Line coverage', `${pct(t.lines.percent)} (${t.lines.covered}/${t.lines.total})`],
    ['Branch coverage', `${pct(t.branches.percent)} (${t.branches.covered}/${t.branches.total})`],
  ];
  if (r.coverage.delta)
    rows.push([`Delta against the ${r.coverage.delta.against}`, pp(r.coverage.delta.value, true)]);
  rows.push(
    [`Floor on ${inline(l.date)}`, pct(l.floor)],
    ['Target', `${pct(l.target)}${l.horizon ? ` by ${inline(l.horizon)}` : ''}`],
  );
  if (trend) rows.push(['Pace', inline(trend.pace.status)]);
  const patch = r.coverage.patch;
  rows.push([
    'Patch coverage',
    patch ? `${pct(patch.percent)} (${patch.covered}/${patch.total})` : 'no diff given',
  ]);
  for (const x of r.coverage.tiers)
    rows.push([
      `Tier ${cell(x.name)}`,
      `${pct(x.percent)} (target ${pct(x.target)}) ${ICON[x.status]} ${x.status}`,
    ]);
  rows.push(['Flake rate', flakes ? `${share(flakes.flakeRate)} over ${flakes.runsSeen} run(s)` : 'n/a']);
  if (r.tests) {
    const tt = r.tests.totals;
    const d = r.tests.durations.percentiles;
    rows.push(
      [
        'Tests',
        `${tt.total} total, ${tt.passed} passed, ${tt.failed} failed, ${tt.errors} errors, ${tt.skipped} skipped, ${tt.flaky} flaky`,
      ],
      [
        'Durations',
        `p50 ${seconds(d.p50)} · p90 ${seconds(d.p90)} · p95 ${seconds(d.p95)} · p99 ${seconds(d.p99)} (${d.method}, ${d.samples} tests) · total ${seconds(r.tests.durations.total)}`,
      ],
    );
  }
  if (r.environment) {
    const s = r.environment.signature;
    rows.push([
      'Environment',
      `${cell(s.os)}/${cell(s.arch)} · ${s.lock_files.length} lock file(s) · seed ${s.seed.state} · ${r.environment.drift.length} drift(s) from the base run`,
    ]);
  }
  return rows;
}

// ───────────────────────────── reading a checkpoint back ─────────────────────────────

export class CheckpointError extends Error {
  override readonly name = 'CheckpointError';
}

/** A checkpoint is small; a hundred megabytes of "checkpoint" is an attack, not a run. */
const MAX_CHECKPOINT_CHARS = 64 * 1024 * 1024;
const PLAIN_NAME = /^[A-Za-z0-9][A-Za-z0-9._-]*$/;

const eventName: Check<EventName> = (v, at) => {
  if (!isEventName(v)) throw new ShapeError(`${at}: expected an event name`);
  return v;
};
const artifactsCheck = arr(
  obj({
    name: (v, at) => {
      const s = str(v, at);
      if (!PLAIN_NAME.test(s) || s.includes('..')) throw new ShapeError(`${at}: expected a plain file name`);
      return s;
    },
    sha256: (v, at) => {
      const s = str(v, at);
      if (!SHA256_HEX.test(s)) throw new ShapeError(`${at}: expected 64 lowercase hex digits`);
      return s;
    },
  }),
);
const auditCheck = obj({ required: arr(eventName), seen: arr(eventName), missing: arr(eventName) });
const evidenceValue: Check<string | number | boolean | null> = (v, at) =>
  v === null || typeof v === 'boolean' ? v : typeof v === 'number' ? num(v, at) : str(v, at);
const criterionCheck = obj({
  id: lit('AC-1', 'AC-2', 'AC-3', 'AC-4', 'AC-5', 'AC-6', 'AC-7'),
  criterion: str,
  status: lit('met', 'not met', 'pending', 'not measured'),
  evidence: arr(obj({ kind: lit('artifact', 'event', 'figure'), name: str, value: evidenceValue })),
  missing: arr(str),
});
const doneCheck = obj({ met: bool, line: str, missing: arr(str) });

export interface ReadCheckpoint {
  readonly result: RunResult;
  readonly artifacts: readonly { name: string; sha256: string }[];
  readonly blocked: boolean;
}

/**
 * Read foundation.checkpoint.json from another run as hostile data: its embedded hash must match,
 * `result` must be a RunResult field for field, and every other field must be exactly what this
 * version would write for that result. Anything else is a CheckpointError.
 */
export function parseCheckpoint(text: string): ReadCheckpoint {
  if (text.length > MAX_CHECKPOINT_CHARS) throw new CheckpointError('the checkpoint is too large to be one');
  const sealed = checkEmbeddedHash(text);
  if (!sealed.ok) throw new CheckpointError(`not a sealed checkpoint: ${sealed.reason}`);
  const data = JSON.parse(text) as Record<string, unknown>;
  if (data['schema'] !== CHECKPOINT_SCHEMA)
    throw new CheckpointError(
      `not a ${CHECKPOINT_SCHEMA} document (schema ${JSON.stringify(data['schema'])?.slice(0, 80)})`,
    );
  try {
    for (const key of ['result', 'artifacts', 'events'])
      if (!Object.hasOwn(data, key)) throw new ShapeError(`checkpoint: missing field "${key}"`);
    const result = readRunResult(data['result']);
    const artifacts = artifactsCheck(data['artifacts'], 'artifacts');
    const audit = auditCheck(data['events'], 'events');
    // The criteria were judged from evidence the checkpoint does not carry whole (the validation step,
    // the baseline's population): checked field by field, then carried as written.
    const acceptance = Object.hasOwn(data, 'acceptance')
      ? {
          criteria: arr(criterionCheck)(data['acceptance'], 'acceptance'),
          done: doneCheck(data['definition_of_done'], 'definition_of_done'),
        }
      : null;
    const expected = checkpointOf(result, artifacts, audit, acceptance);
    const { [EMBEDDED_HASH_FIELD]: _hash, ...content } = data;
    for (const key of new Set([...Object.keys(content), ...Object.keys(expected)]))
      if (
        canonicalJson(content[key] ?? null) !== canonicalJson(expected[key] ?? null) ||
        !(key in content) ||
        !(key in expected)
      )
        throw new ShapeError(
          key in expected
            ? key in content
              ? `checkpoint: "${key}" does not match its result`
              : `checkpoint: missing field "${key}"`
            : `checkpoint: unknown field ${JSON.stringify(key).slice(0, 80)}`,
        );
    return { result, artifacts, blocked: audit.missing.length > 0 };
  } catch (e) {
    if (e instanceof ShapeError) throw new CheckpointError(e.message);
    throw e;
  }
}

export interface CheckpointCommentOptions extends CommentOptions {
  /** The sticky comment's key (the `comment-key` input). */
  readonly key?: string;
  readonly limit?: number;
}

/** The PR comment re-rendered from a checkpoint alone: what a `publish` step posts for a fork's run. */
export function renderCommentFromCheckpoint(
  checkpointJson: string,
  opts: CheckpointCommentOptions = {},
): RenderedComment {
  const { result, artifacts } = parseCheckpoint(checkpointJson);
  return renderComment(result, artifacts, opts.key ?? 'default', opts.limit ?? COMMENT_LIMIT, opts);
}
