import type { RunResult } from '../analysis/run-result.js';
import { headline, ladderLine, TABLE_ROWS } from './summary.js';
import { renderCoverageChart } from './chart.js';
import { code, inline } from './escape.js';
import { extras } from './extras.js';
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
  patchSection,
  ratchetLines,
  propertyLine,
  reasonList,
  rollbackSection,
  reproduceBlock,
  testProblemsSection,
  testsSection,
  tiersTable,
  type LinkOptions,
  type RenderContext,
} from './sections.js';
import { coverageNotes } from './summary.js';

/** GitHub rejects an issue comment body over 65,536 characters. */
export const COMMENT_LIMIT = 65_536;

/**
 * The hidden marker that makes a comment ours and sticky per key: several workflows or reports can
 * each keep one comment on a PR. The key is reduced to a safe alphabet so report text can never
 * forge or close the marker.
 */
export function commentMarker(key: string): string {
  const safe = key.replace(/[^A-Za-z0-9._/-]/g, '_').slice(0, 100) || 'default';
  return `<!-- test-ladder:comment key=${safe} -->`;
}

export interface RenderedComment {
  readonly body: string;
  /** Which stage of degradation fitted: 0 is the full comment. */
  readonly stage: number;
}

export type CommentOptions = LinkOptions;

/**
 * The PR comment, fitted into GitHub's limit by degrading in stages: the full comment; without the
 * collapsed details; with tables cut to a few rows; finally only the verdict, the ladder line and
 * the failing reasons. Those three are never dropped.
 */
export function renderComment(
  r: RunResult,
  artifacts: readonly { name: string; sha256: string }[],
  key: string,
  limit = COMMENT_LIMIT,
  opts: CommentOptions = {},
): RenderedComment {
  const marker = commentMarker(key);
  const lines = lineLinker(r, opts);
  const stages = [
    () => full(r, artifacts, { rows: TABLE_ROWS, lines }, true),
    () => full(r, artifacts, { rows: TABLE_ROWS, lines }, false),
    () => full(r, artifacts, { rows: 3, lines }, false),
    () => minimal(r),
  ];
  for (let stage = 0; stage < stages.length; stage++) {
    const body = `${marker}\n${stages[stage]!()}`;
    if (body.length <= limit) return { body, stage };
  }
  // Even the minimal form is too long only when reasons are enormous: cut them, say so.
  const note = '\n\n… cut to fit GitHub’s comment limit; the artifacts hold everything.\n';
  const cut = [...`${marker}\n${minimal(r)}`];
  let body = '';
  // By code point: half a surrogate pair is a character GitHub's API refuses.
  for (const ch of cut) {
    if (body.length + ch.length > limit - note.length) break;
    body += ch;
  }
  return { body: body + note, stage: stages.length };
}

/**
 * In the order a reviewer decides: verdict, ladder, trend, this change's own lines, what to cover
 * next, the tests, the environment; the rest folded away.
 */
function full(
  r: RunResult,
  artifacts: readonly { name: string; sha256: string }[],
  ctx: RenderContext,
  withDetails: boolean,
): string {
  const out = [`## ${headline(r)}`, '', ladderLine(r), '', ...reasonList(r), ...rollbackSection(r)];
  out.push(...renderCoverageChart(extras(r).trend));
  out.push(...patchSection(r, ctx));
  out.push(...gapsSection(r, ctx));
  out.push(...ratchetLines(r));
  out.push(...testProblemsSection(r, ctx));
  out.push(...propertyLine(r));
  out.push(...testsSection(r, ctx));
  out.push(...environmentSection(r, ctx));
  if (withDetails) {
    out.push(...details('All gates', gatesTable(r)));
    out.push(...details(`All tiers (${r.coverage.tiers.length})`, tiersTable(r)));
    out.push(...details('Against the base run', baseDeltaSection(r, ctx)));
    out.push(
      ...details(`All files (${r.coverage.totals.files.length})`, [...coverageNotes(r), ...allFilesTable(r)]),
    );
    out.push(...details('Artifacts and their SHA-256', artifactsTable(artifacts)));
    out.push(...details('Reproduce locally with the CLI', reproduceBlock(r)));
  } else {
    out.push(
      '<sub>Details (every gate, tier and file, the artifact hashes) are in the job summary and the artifacts.</sub>',
      '',
    );
  }
  out.push(...footer(r));
  return out.join('\n');
}

function minimal(r: RunResult): string {
  const out = [`## ${headline(r)}`, '', ladderLine(r), ''];
  for (const v of r.verdicts)
    for (const reason of v.status === 'fail' || v.status === 'warn' ? v.reasons : [])
      out.push(`- ${ICON[v.status]} ${inline(v.gate)}: ${code(reason.code)} ${inline(reason.message)}`);
  out.push(
    '',
    '<sub>The full report did not fit in a comment; see the job summary and the artifacts.</sub>',
    '',
  );
  return out.join('\n');
}
