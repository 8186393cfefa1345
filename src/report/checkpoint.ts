import type { RunResult } from '../analysis/run-result.js';
import type { LoggedEvent, EventName } from '../events/index.js';
import { code, cell } from './escape.js';
import { ladderLine, headline } from './summary.js';
import { pct } from './format.js';

export const CHECKPOINT_SCHEMA = 'test-ladder/checkpoint@1';

/**
 * foundation.checkpoint.json: every gate with its reasons, the figures, the hash of every artifact
 * written before it, and the event audit. A logging deficit blocks the checkpoint.
 */
export function buildCheckpoint(
  r: RunResult,
  artifacts: readonly { name: string; sha256: string }[],
  events: readonly LoggedEvent[],
  missingEvents: readonly EventName[],
): Record<string, unknown> {
  return {
    schema: CHECKPOINT_SCHEMA,
    status: r.status,
    blocked: missingEvents.length > 0,
    blocked_by: missingEvents.map((e) => `logging_deficit: ${e}`),
    gates: r.verdicts,
    figures: {
      coverage: {
        lines: r.coverage.totals.lines,
        branches: r.coverage.totals.branches,
        delta: r.coverage.delta,
        files: r.coverage.totals.files.length,
        unmapped_paths: r.coverage.paths.unmapped.length,
      },
      ladder: r.ladder,
      tests: r.tests ? { totals: r.tests.totals, durations: r.tests.durations.percentiles } : null,
    },
    artifacts: artifacts.map((a) => ({ name: a.name, sha256: a.sha256 })),
    events: {
      seen: [...new Set(events.map((e) => e.event))].sort(),
      missing: missingEvents,
    },
    tool: r.tool,
    run: r.run,
  };
}

export function renderCheckpointMarkdown(
  r: RunResult,
  artifacts: readonly { name: string; sha256: string }[],
  missingEvents: readonly EventName[],
): string {
  const out: string[] = [`# Foundation checkpoint`, '', `## ${headline(r)}`, '', ladderLine(r), ''];
  if (missingEvents.length > 0)
    out.push(
      `**Blocked:** expected events never emitted: ${missingEvents.map((e) => code(e)).join(', ')}.`,
      '',
    );
  out.push('| Gate | Status | Reasons |', '| --- | --- | --- |');
  for (const v of r.verdicts)
    out.push(
      `| ${v.gate} | ${v.status} | ${v.reasons.map((x) => `\`${x.code}\` ${cell(x.message)}`).join('<br>') || '—'} |`,
    );
  const t = r.coverage.totals;
  out.push(
    '',
    '| Figure | Value |',
    '| --- | --- |',
    `| Line coverage | ${pct(t.lines.percent)} (${t.lines.covered}/${t.lines.total}) |`,
    `| Branch coverage | ${pct(t.branches.percent)} (${t.branches.covered}/${t.branches.total}) |`,
    `| Floor on ${r.ladder.date} | ${pct(r.ladder.floor)} |`,
    `| Target | ${pct(r.ladder.target)}${r.ladder.horizon ? ` by ${r.ladder.horizon}` : ''} |`,
  );
  if (r.tests) {
    const tt = r.tests.totals;
    out.push(
      `| Tests | ${tt.total} total, ${tt.passed} passed, ${tt.failed} failed, ${tt.errors} errors, ${tt.skipped} skipped |`,
    );
  }
  out.push('', '## Artifacts', '', '| File | SHA-256 |', '| --- | --- |');
  for (const a of artifacts) out.push(`| ${code(a.name)} | \`${a.sha256}\` |`);
  out.push(
    '',
    'This file, `foundation.checkpoint.json`, `events.log.jsonl` and every file above are listed with their SHA-256 in `SHA256SUMS`; `test-ladder verify DIR` checks them all.',
    '',
  );
  return out.join('\n');
}
