import { verifyArtifacts } from '../artifacts/index.js';
import type { WorkflowRun } from './ports.js';

/**
 * Which earlier run is the base of this one, and whether a downloaded artifact set may be used.
 * Pure: the GitHub adapter lists and downloads, these decide.
 */

export interface BaseCandidate {
  readonly run: WorkflowRun;
  /** `merge-base`: the run of the commit this change branched from; `newest`: the latest completed run. */
  readonly why: 'merge-base' | 'newest';
}

/**
 * The runs to try as the base, best first: the merge base's run when there is one, then the
 * newest completed runs. The current run is never its own base. A run without a usable artifact is
 * skipped by the caller, so a few are returned.
 */
export function baseCandidates(
  runs: readonly WorkflowRun[],
  opts: { readonly exclude: number; readonly mergeBase: string | null; readonly max?: number },
): BaseCandidate[] {
  const completed = runs
    .filter((r) => r.id !== opts.exclude && (r.status === null || r.status === 'completed'))
    .sort((a, b) => b.createdAt.localeCompare(a.createdAt) || b.id - a.id);
  const atMergeBase = opts.mergeBase ? completed.filter((r) => r.headSha === opts.mergeBase) : [];
  const rest = completed.filter((r) => !atMergeBase.includes(r));
  return [
    ...atMergeBase.map((run) => ({ run, why: 'merge-base' as const })),
    ...rest.map((run) => ({ run, why: 'newest' as const })),
  ].slice(0, opts.max ?? 3);
}

/** How a base was chosen, in words, for the log and the summary. */
export function describeBase(
  c: BaseCandidate,
  mergeBase: string | null,
  workflow: string,
  branch: string,
): string {
  const what = `run ${c.run.id} (#${c.run.runNumber}) of ${workflow} on ${branch} at ${c.run.headSha.slice(0, 7)}`;
  if (c.why === 'merge-base') return `${what}: the merge base's run`;
  return mergeBase
    ? `${what}: the newest completed run (none for the merge base ${mergeBase.slice(0, 7)} had the artifact)`
    : `${what}: the newest completed run (the merge base is not known here: check out with fetch-depth: 0 to use its run)`;
}

export type SetCheck = { readonly ok: true } | { readonly ok: false; readonly problem: string };

/**
 * Whether an artifact set downloaded from another run may be used: every file matches SHA256SUMS
 * and its embedded hash (tampered otherwise), and the checkpoint says it was written by test-ladder
 * for that run of this repository (foreign otherwise: copied from elsewhere).
 */
export function checkArtifactSet(
  files: ReadonlyMap<string, Uint8Array>,
  expect: { readonly runId: number; readonly repository: string; readonly attempt?: number },
): SetCheck {
  const verified = verifyArtifacts(files);
  if (!verified.ok) {
    const shown = verified.problems.slice(0, 3).map((p) => `${p.code} ${p.message}`);
    const more = verified.problems.length > 3 ? ` and ${verified.problems.length - 3} more` : '';
    return { ok: false, problem: `tampered: ${shown.join('; ')}${more}` };
  }
  const checkpoint = files.get('foundation.checkpoint.json');
  if (!checkpoint) return { ok: false, problem: 'foreign: no foundation.checkpoint.json' };
  if (!files.has('coverage.xml')) return { ok: false, problem: 'foreign: no coverage.xml' };
  let cp: {
    schema?: unknown;
    tool?: { name?: unknown };
    run?: { id?: unknown; repository?: unknown; attempt?: unknown };
  };
  try {
    cp = JSON.parse(new TextDecoder().decode(checkpoint)) as typeof cp;
  } catch {
    return { ok: false, problem: 'foreign: foundation.checkpoint.json is not JSON' };
  }
  if (
    typeof cp.schema !== 'string' ||
    !cp.schema.startsWith('test-ladder/checkpoint@') ||
    cp.tool?.name !== 'test-ladder'
  )
    return { ok: false, problem: 'foreign: not a test-ladder checkpoint' };
  if (String(cp.run?.id) !== String(expect.runId))
    return {
      ok: false,
      problem: `foreign: written by run ${JSON.stringify(cp.run?.id)}, not by run ${expect.runId} it was uploaded to`,
    };
  const repo = cp.run?.repository;
  if (typeof repo === 'string' && repo.toLowerCase() !== expect.repository.toLowerCase())
    return { ok: false, problem: `foreign: written for ${repo}, not ${expect.repository}` };
  if (expect.attempt !== undefined && typeof cp.run?.attempt === 'number' && cp.run.attempt > expect.attempt)
    return {
      ok: false,
      problem: `foreign: written by attempt ${cp.run.attempt}, after attempt ${expect.attempt}`,
    };
  return { ok: true };
}
