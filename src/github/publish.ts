import { planComment } from './comment-plan.js';
import { isApiError, type ArtifactStore, type GitHubApi, type Log } from './ports.js';

/**
 * Publication after the verdict: the artifact upload and the sticky comment. The files, the job
 * summary and the outputs are written before this runs, so a failure here is a warning and a
 * `publish-status`, never a lost result.
 */

export type ChannelState = 'ok' | 'unchanged' | 'skipped' | 'failed';

export interface Channel {
  readonly channel: 'artifact' | 'comment';
  readonly state: ChannelState;
  /** Why it was skipped or what failed, in a few words. */
  readonly detail: string;
}

export type PublishStatus = 'ok' | 'skipped' | 'degraded' | 'failed';

/**
 * `ok`: everything due was published; `skipped`: nothing was due (no pull request, no token, no
 * artifact service, or switched off); `degraded`: something failed, the verdict stands in the
 * summary, the outputs and the files; `failed`: `mode: publish`, whose only job is the comment,
 * could not post it.
 */
export function publishStatus(channels: readonly Channel[], mode: string): PublishStatus {
  const failed = channels.filter((c) => c.state === 'failed');
  if (failed.length > 0)
    return mode === 'publish' && failed.some((c) => c.channel === 'comment') ? 'failed' : 'degraded';
  return channels.some((c) => c.state === 'ok' || c.state === 'unchanged') ? 'ok' : 'skipped';
}

/** `comment: 403 read-only token; artifact: service unreachable` */
export function publishProblems(channels: readonly Channel[]): string {
  return channels
    .filter((c) => c.state === 'failed')
    .map((c) => `${c.channel}: ${c.detail}`)
    .join('; ');
}

export async function uploadSet(
  store: ArtifactStore | null,
  req: { name: string; dir: string; files: readonly string[] } | { skip: string },
  log: Log,
): Promise<Channel & { id: number | null }> {
  if ('skip' in req) return { channel: 'artifact', state: 'skipped', detail: req.skip, id: null };
  if (!store)
    return {
      channel: 'artifact',
      state: 'skipped',
      detail: 'no artifact service here (ACTIONS_RUNTIME_TOKEN is not set: not a GitHub-hosted job)',
      id: null,
    };
  try {
    const up = await store.upload(req.name, req.dir, req.files);
    log.info(
      `artifact ${req.name} uploaded (id ${up.id ?? '?'}, ${up.size ?? '?'} bytes, ${req.files.length} files)`,
    );
    return { channel: 'artifact', state: 'ok', detail: req.name, id: up.id };
  } catch (e) {
    const message = oneLine((e as Error).message);
    log.warning(
      `could not upload the artifact set as ${req.name}: ${message}. The verdict stands: the summary, the outputs and the files in ${req.dir} hold it.`,
    );
    return { channel: 'artifact', state: 'failed', detail: message, id: null };
  }
}

export interface CommentRequest {
  readonly issue: number;
  readonly marker: string;
  readonly body: string;
  /** From a fork: the token is read-only, and the warning says how to comment anyway. */
  readonly fork: boolean;
}

export interface CommentResult extends Channel {
  readonly id: number | null;
  /** What a reader of the job summary should know when the comment did not get through. */
  readonly summaryNote: string | null;
}

export async function upsertComment(api: GitHubApi, req: CommentRequest, log: Log): Promise<CommentResult> {
  try {
    const plan = planComment(await api.listComments(req.issue), req.marker, req.body);
    let id: number;
    let state: ChannelState = 'ok';
    if (plan.action === 'unchanged') {
      id = plan.id;
      state = 'unchanged';
      log.info(`comment ${plan.id} on #${req.issue} is up to date; not rewritten`);
    } else if (plan.action === 'update') {
      try {
        await api.updateComment(plan.id, req.body);
        id = plan.id;
        log.info(`comment ${plan.id} on #${req.issue} updated`);
      } catch (e) {
        // Deleted between the listing and the edit: write a new one.
        if (!isApiError(e) || e.status !== 404) throw e;
        id = (await api.createComment(req.issue, req.body)).id;
        log.info(`comment ${id} on #${req.issue} created`);
      }
    } else {
      id = (await api.createComment(req.issue, req.body)).id;
      log.info(`comment ${id} on #${req.issue} created`);
    }
    for (const old of plan.deletes) {
      try {
        await api.deleteComment(old);
        log.info(`older duplicate comment ${old} on #${req.issue} deleted`);
      } catch (e) {
        if (!isApiError(e)) throw e;
        log.info(
          `older duplicate comment ${old} could not be deleted (${e.status ?? 'no response'}); left as is`,
        );
      }
    }
    return { channel: 'comment', state, detail: `#${req.issue}`, id, summaryNote: null };
  } catch (e) {
    if (!isApiError(e)) throw e;
    const status = e.status ?? 'no response';
    if (e.status === 403 && !/rate limit/i.test(e.message)) {
      const how = req.fork
        ? 'A pull request from a fork gets a read-only GITHUB_TOKEN. To comment on fork pull requests, keep this job uploading the artifact and post it from a `workflow_run` workflow with `mode: publish` (README: Fork pull requests).'
        : 'Give the job `permissions: pull-requests: write`.';
      log.warning(
        `could not comment on pull request #${req.issue} (403 ${oneLine(e.message)}): the verdict is in the job summary. ${how}`,
      );
      return {
        channel: 'comment',
        state: 'failed',
        detail: `403 ${req.fork ? 'read-only token (fork)' : 'no pull-requests: write'}`,
        id: null,
        summaryNote: `The PR comment was not posted: GitHub answered 403 (${oneLine(e.message)}). ${how}`,
      };
    }
    log.warning(
      `could not comment on pull request #${req.issue} (${e.request}: ${status} ${oneLine(e.message)}); the verdict is in the job summary`,
    );
    return {
      channel: 'comment',
      state: 'failed',
      detail: `${status} ${oneLine(e.message)}`,
      id: null,
      summaryNote: `The PR comment was not posted: GitHub answered ${status} (${oneLine(e.message)}).`,
    };
  }
}

function oneLine(s: string): string {
  return s.replace(/\s+/g, ' ').trim().slice(0, 300);
}
