import type { RunResult } from '../analysis/run-result.js';
import { renderSummary, headline, ladderLine } from './summary.js';
import { cell } from './escape.js';

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
): RenderedComment {
  const marker = commentMarker(key);
  const stages = [
    () => renderSummary(r, artifacts),
    () => renderSummary(r, []),
    () => renderSummary(r, [], { rows: 3 }),
    () => minimal(r),
  ];
  for (let stage = 0; stage < stages.length; stage++) {
    const body = `${marker}\n${stages[stage]!()}`;
    if (body.length <= limit) return { body, stage };
  }
  // Even the minimal form is too long only when reasons are enormous: cut them, say so.
  const note = '\n\n… cut to fit GitHub’s comment limit; the artifacts hold everything.\n';
  return { body: `${marker}\n${minimal(r)}`.slice(0, limit - note.length) + note, stage: stages.length };
}

function minimal(r: RunResult): string {
  const out = [`## ${headline(r)}`, '', ladderLine(r), ''];
  for (const v of r.verdicts)
    for (const reason of v.status === 'fail' || v.status === 'warn' ? v.reasons : [])
      out.push(`- ${v.gate}: \`${reason.code}\` ${cell(reason.message)}`);
  out.push(
    '',
    '<sub>The full report did not fit in a comment; see the job summary and the artifacts.</sub>',
    '',
  );
  return out.join('\n');
}
