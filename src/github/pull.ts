import type { PullSummary } from './ports.js';

/**
 * `mode: publish` finds the pull request a fork's run belongs to by the commit it ran on, asking
 * GitHub; it never believes a number found in the run's own data. A pull request whose head has
 * moved on since is not the one that run judged: it gets nothing, so a stale result never
 * overwrites a newer one.
 */
export function pullsForRun(
  candidates: readonly PullSummary[],
  run: { readonly headSha: string; readonly headRepo: string | null },
): PullSummary[] {
  const open = candidates.filter((p) => p.state === 'open' && p.headSha === run.headSha);
  const sameRepo = run.headRepo
    ? open.filter((p) => p.headRepo?.toLowerCase() === run.headRepo!.toLowerCase())
    : open;
  const chosen = sameRepo.length > 0 ? sameRepo : open;
  const seen = new Set<number>();
  return chosen.filter((p) => !seen.has(p.number) && seen.add(p.number)).sort((a, b) => a.number - b.number);
}
