/**
 * Where the action runs, read once from the runner's variables and the event payload (both come
 * from GitHub, not from the change under test). Pure: the caller passes the values in.
 */

export interface RepoRef {
  readonly owner: string;
  readonly repo: string;
}

/** The pull request of a `pull_request` event, as GitHub's payload describes it. */
export interface PullContext {
  readonly number: number;
  readonly headSha: string | null;
  readonly headRef: string | null;
  /** `owner/name` of the repository the change comes from. */
  readonly headRepo: string | null;
  readonly baseRef: string;
  /** The base branch's commit when the event fired (the merge base is found from it with git). */
  readonly baseSha: string | null;
  /** From another repository: GITHUB_TOKEN is read-only there. */
  readonly fork: boolean;
  /** GitHub's count of the files the pull request changes (`changed_files`); null when absent. */
  readonly changedFiles: number | null;
}

/** The run that triggered a `workflow_run` event: the unprivileged run whose data `mode: publish` posts. */
export interface TriggeringRun {
  readonly id: number;
  readonly attempt: number;
  readonly name: string;
  readonly workflowId: number;
  readonly event: string;
  readonly headSha: string;
  readonly headBranch: string | null;
  readonly headRepo: string | null;
  readonly createdAt: string;
}

export interface GitHubContext {
  readonly repo: RepoRef;
  readonly eventName: string;
  readonly runId: number;
  readonly attempt: number;
  readonly sha: string | null;
  readonly ref: string | null;
  /** The workflow's name (`name:`), for the default comment key. */
  readonly workflow: string;
  /** The workflow file (`ci.yml`), from GITHUB_WORKFLOW_REF; null when unknown. */
  readonly workflowFile: string | null;
  readonly job: string;
  readonly defaultBranch: string | null;
  readonly pull: PullContext | null;
  readonly triggeringRun: TriggeringRun | null;
}

export type Env = Readonly<Record<string, string | undefined>>;

/** The context, or why there is none (not on a runner, or a variable is missing). */
export function githubContext(env: Env, payload: unknown): GitHubContext | { problem: string } {
  const [owner, repo, ...rest] = (env['GITHUB_REPOSITORY'] ?? '').split('/');
  if (!owner || !repo || rest.length > 0)
    return { problem: 'GITHUB_REPOSITORY is not set (not on a runner)' };
  const runId = Number(env['GITHUB_RUN_ID']);
  if (!Number.isSafeInteger(runId) || runId <= 0) return { problem: 'GITHUB_RUN_ID is not a run id' };
  const attempt = Number(env['GITHUB_RUN_ATTEMPT'] ?? '1');
  const eventName = env['GITHUB_EVENT_NAME'] ?? '';
  const p = record(payload);
  return {
    repo: { owner, repo },
    eventName,
    runId,
    attempt: Number.isSafeInteger(attempt) && attempt > 0 ? attempt : 1,
    sha: env['GITHUB_SHA'] || null,
    ref: env['GITHUB_REF'] || null,
    workflow: env['GITHUB_WORKFLOW'] || 'workflow',
    workflowFile: workflowFile(env['GITHUB_WORKFLOW_REF']),
    job: env['GITHUB_JOB'] || 'job',
    defaultBranch: str(record(p['repository'])['default_branch']),
    pull: PULL_EVENTS.has(eventName) ? pullContext(p, `${owner}/${repo}`) : null,
    triggeringRun: eventName === 'workflow_run' ? triggeringRun(record(p['workflow_run'])) : null,
  };
}

const PULL_EVENTS = new Set(['pull_request', 'pull_request_target']);

/** `owner/repo/.github/workflows/ci.yml@refs/heads/main` → `ci.yml`. */
export function workflowFile(ref: string | undefined): string | null {
  const match = /^[^/]+\/[^/]+\/\.github\/workflows\/([^/@]+\.ya?ml)@/.exec(ref ?? '');
  return match ? match[1]! : null;
}

function pullContext(p: Record<string, unknown>, repository: string): PullContext | null {
  const pr = record(p['pull_request']);
  const number = num(pr['number']) ?? num(p['number']);
  const base = record(pr['base']);
  const head = record(pr['head']);
  const baseRef = str(base['ref']);
  if (number === null || baseRef === null) return null;
  const headRepo = str(record(head['repo'])['full_name']);
  return {
    number,
    headSha: str(head['sha']),
    headRef: str(head['ref']),
    headRepo,
    baseRef,
    baseSha: str(base['sha']),
    fork: headRepo !== null && headRepo.toLowerCase() !== repository.toLowerCase(),
    changedFiles:
      typeof pr['changed_files'] === 'number' &&
      Number.isSafeInteger(pr['changed_files']) &&
      pr['changed_files'] >= 0
        ? pr['changed_files']
        : null,
  };
}

function triggeringRun(r: Record<string, unknown>): TriggeringRun | null {
  const id = num(r['id']);
  const headSha = str(r['head_sha']);
  const workflowId = num(r['workflow_id']);
  if (id === null || headSha === null || workflowId === null) return null;
  return {
    id,
    attempt: num(r['run_attempt']) ?? 1,
    name: str(r['name']) ?? 'workflow',
    workflowId,
    event: str(r['event']) ?? '',
    headSha,
    headBranch: str(r['head_branch']),
    headRepo: str(record(r['head_repository'])['full_name']),
    createdAt: str(r['run_started_at']) ?? str(r['created_at']) ?? '',
  };
}

function record(v: unknown): Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v) ? (v as Record<string, unknown>) : {};
}

function str(v: unknown): string | null {
  return typeof v === 'string' && v !== '' ? v : null;
}

function num(v: unknown): number | null {
  return typeof v === 'number' && Number.isSafeInteger(v) && v > 0 ? v : null;
}

/** The branch of a `refs/heads/…` ref, else null (tags, pull request merge refs). */
export function branchOf(ref: string | null): string | null {
  return ref?.startsWith('refs/heads/') ? ref.slice('refs/heads/'.length) : null;
}
