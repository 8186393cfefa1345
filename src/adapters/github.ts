import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { promisify } from 'node:util';
import type { RepoRef } from '../github/context.js';
import {
  ApiError,
  type GitHubApi,
  type IssueComment,
  type PullFile,
  type PullSummary,
  type RunArtifact,
  type WorkflowRun,
} from '../github/ports.js';
import { DEFAULT_RETRY, retryDelay, type Failure, type RetryPolicy } from '../github/retry.js';

/**
 * The REST API through @actions/github's Octokit, with bounded retries for server errors, 429 and
 * rate limits. @actions/github reads GITHUB_API_URL when first imported, so the base URL is passed
 * explicitly; it is imported only when a token is there to use.
 */
export async function githubApi(opts: {
  readonly token: string;
  readonly baseUrl: string;
  readonly repo: RepoRef;
  /** The job log: each retry says why and how long it waits. */
  readonly log: (message: string) => void;
  readonly policy?: RetryPolicy;
  readonly sleep?: (ms: number) => Promise<void>;
}): Promise<GitHubApi> {
  const { getOctokit } = await import('@actions/github');
  const policy = opts.policy ?? DEFAULT_RETRY;
  const sleep = opts.sleep ?? ((ms: number) => new Promise<void>((r) => setTimeout(r, ms)));
  const quiet = () => {};
  const octokit = getOctokit(opts.token, {
    baseUrl: opts.baseUrl,
    log: { debug: quiet, info: quiet, warn: opts.log, error: opts.log },
  });
  octokit.hook.wrap('request', async (request, options) => {
    const started = Date.now();
    for (let attempt = 1; ; attempt++) {
      try {
        return await request(options);
      } catch (e) {
        const f = failureOf(e);
        const wait = retryDelay(f, attempt, Date.now() - started, Date.now(), policy);
        if (wait === null) throw e;
        opts.log(
          `GitHub answered ${f.status ?? 'nothing'} to ${String(options.method)} ${String(options.url)}${f.message ? ` (${f.message.slice(0, 200)})` : ''}; retry ${attempt} of ${policy.attempts - 1} in ${(wait / 1000).toFixed(1)} s`,
        );
        await sleep(wait);
      }
    }
  });
  const { owner, repo } = opts.repo;
  const call = async <T>(what: string, fn: () => Promise<T>): Promise<T> => {
    try {
      return await fn();
    } catch (e) {
      if (e instanceof ApiError) throw e;
      const f = failureOf(e);
      throw new ApiError(f.status, f.message, what);
    }
  };

  return {
    listWorkflowRuns: (workflow, filter) =>
      call(`GET /repos/${owner}/${repo}/actions/workflows/${workflow}/runs`, async () => {
        const res = await octokit.rest.actions.listWorkflowRuns({
          owner,
          repo,
          workflow_id: workflow,
          branch: filter.branch,
          status: 'completed',
          per_page: filter.perPage,
          exclude_pull_requests: true,
        });
        return res.data.workflow_runs.map((r): WorkflowRun => ({
          id: r.id,
          attempt: r.run_attempt ?? 1,
          workflowId: r.workflow_id,
          headSha: r.head_sha,
          headBranch: r.head_branch,
          event: r.event,
          status: r.status,
          conclusion: r.conclusion,
          createdAt: r.created_at,
          runNumber: r.run_number,
        }));
      }),

    listRunArtifacts: (runId, name) =>
      call(`GET /repos/${owner}/${repo}/actions/runs/${runId}/artifacts`, async () => {
        const list = await octokit.paginate(octokit.rest.actions.listWorkflowRunArtifacts, {
          owner,
          repo,
          run_id: runId,
          per_page: 100,
          ...(name !== undefined ? { name } : {}),
        });
        return list.map((a): RunArtifact => ({
          id: a.id,
          name: a.name,
          size: a.size_in_bytes,
          expired: a.expired,
          digest: a.digest ?? null,
        }));
      }),

    downloadArtifact: (artifact, maxBytes) =>
      call(`GET /repos/${owner}/${repo}/actions/artifacts/${artifact.id}/zip`, async () => {
        if (artifact.size > maxBytes)
          throw new ApiError(
            null,
            `${artifact.size} bytes, more than ${maxBytes}`,
            `artifact ${artifact.id}`,
          );
        // The API answers with a redirect to blob storage; following it by hand keeps the token
        // from ever being sent there.
        const res = await octokit.rest.actions.downloadArtifact({
          owner,
          repo,
          artifact_id: artifact.id,
          archive_format: 'zip',
          request: { redirect: 'manual' },
        });
        const location = (res.headers as Record<string, string | undefined>)['location'];
        if (res.status !== 302 || !location)
          throw new ApiError(res.status, 'expected a redirect to the artifact', `artifact ${artifact.id}`);
        const bytes = await fetchBounded(location, maxBytes);
        if (artifact.digest?.startsWith('sha256:')) {
          const actual = `sha256:${createHash('sha256').update(bytes).digest('hex')}`;
          if (actual !== artifact.digest)
            throw new ApiError(
              null,
              `the download's ${actual} is not the listed ${artifact.digest}`,
              `artifact ${artifact.id}`,
            );
        }
        return bytes;
      }),

    listComments: (issue) =>
      call(`GET /repos/${owner}/${repo}/issues/${issue}/comments`, async () => {
        const list = await octokit.paginate(octokit.rest.issues.listComments, {
          owner,
          repo,
          issue_number: issue,
          per_page: 100,
        });
        return list.map(comment);
      }),

    createComment: (issue, body) =>
      call(`POST /repos/${owner}/${repo}/issues/${issue}/comments`, async () =>
        comment((await octokit.rest.issues.createComment({ owner, repo, issue_number: issue, body })).data),
      ),

    updateComment: (id, body) =>
      call(`PATCH /repos/${owner}/${repo}/issues/comments/${id}`, async () => {
        await octokit.rest.issues.updateComment({ owner, repo, comment_id: id, body });
      }),

    deleteComment: (id) =>
      call(`DELETE /repos/${owner}/${repo}/issues/comments/${id}`, async () => {
        await octokit.rest.issues.deleteComment({ owner, repo, comment_id: id });
      }),

    pullsForCommit: (sha) =>
      call(`GET /repos/${owner}/${repo}/commits/${sha}/pulls`, async () => {
        const res = await octokit.rest.repos.listPullRequestsAssociatedWithCommit({
          owner,
          repo,
          commit_sha: sha,
          per_page: 100,
        });
        return res.data.map(pull);
      }),

    openPullsFrom: (head) =>
      call(`GET /repos/${owner}/${repo}/pulls?head=${head}`, async () => {
        const res = await octokit.rest.pulls.list({ owner, repo, state: 'open', head, per_page: 100 });
        return res.data.map(pull);
      }),

    listPullFiles: (number, maxFiles) =>
      call(`GET /repos/${owner}/${repo}/pulls/${number}/files`, async () => {
        const files: PullFile[] = [];
        let pages = 0;
        let more = false;
        // A page may come back short or empty and still link to a next one: pages are bounded too.
        const maxPages = Math.max(1, Math.ceil(maxFiles / 100));
        const pagesOf = octokit.paginate.iterator(octokit.rest.pulls.listFiles, {
          owner,
          repo,
          pull_number: number,
          per_page: 100,
        });
        for await (const res of pagesOf) {
          pages++;
          for (const f of res.data as unknown[]) if (files.length < maxFiles) files.push(pullFile(f));
          if (files.length >= maxFiles || pages >= maxPages) {
            more = /\brel="next"/.test(String((res.headers as Record<string, unknown>)['link'] ?? ''));
            break;
          }
        }
        return { files, pages, more };
      }),
  };
}

/** A `diff-entry`, read defensively: a field of the wrong type becomes a value the assembly refuses. */
function pullFile(value: unknown): PullFile {
  const f = (typeof value === 'object' && value !== null ? value : {}) as Record<string, unknown>;
  const text = (v: unknown) => (typeof v === 'string' ? v : null);
  const count = (v: unknown) => (typeof v === 'number' && Number.isSafeInteger(v) && v >= 0 ? v : -1);
  return {
    filename: text(f['filename']) ?? '',
    status: text(f['status']) ?? 'modified',
    previousFilename: text(f['previous_filename']),
    patch: text(f['patch']),
    additions: count(f['additions']),
    deletions: count(f['deletions']),
  };
}

function comment(c: {
  id: number;
  body?: string | undefined;
  user: { login: string; type: string } | null;
}): IssueComment {
  return { id: c.id, body: c.body ?? '', author: c.user ? { login: c.user.login, type: c.user.type } : null };
}

function pull(p: {
  number: number;
  state: string;
  head: { sha: string; ref: string; repo: { full_name: string } | null };
  base: { sha: string; ref: string };
}): PullSummary {
  return {
    number: p.number,
    state: p.state,
    headSha: p.head.sha,
    headRef: p.head.ref,
    headRepo: p.head.repo?.full_name ?? null,
    baseRef: p.base.ref,
    baseSha: p.base.sha,
  };
}

/** What a failed Octokit call tells the retry policy; a missing response is a network failure. */
function failureOf(e: unknown): Failure {
  const err = e as {
    status?: unknown;
    response?: { headers?: Record<string, unknown>; data?: unknown };
    message?: unknown;
  };
  const headers: Record<string, string | undefined> = {};
  for (const [k, v] of Object.entries(err.response?.headers ?? {}))
    headers[k.toLowerCase()] = v === undefined || v === null ? undefined : String(v);
  const data = err.response?.data as { message?: unknown } | undefined;
  const message =
    typeof data?.message === 'string'
      ? data.message
      : typeof err.message === 'string'
        ? err.message
        : String(e);
  return {
    status: err.response === undefined || typeof err.status !== 'number' ? null : err.status,
    headers,
    message,
  };
}

/** GET without credentials, refusing more than `maxBytes`; retried once on a network or 5xx failure. */
async function fetchBounded(url: string, maxBytes: number): Promise<Uint8Array> {
  for (let attempt = 1; ; attempt++) {
    try {
      const res = await fetch(url, { redirect: 'follow' });
      if (!res.ok) {
        const err = new ApiError(res.status, `blob storage answered ${res.status}`, 'GET (artifact blob)');
        if (res.status < 500 || attempt >= 2) throw err;
        continue;
      }
      const declared = Number(res.headers.get('content-length'));
      if (Number.isFinite(declared) && declared > maxBytes)
        throw new ApiError(null, `${declared} bytes, more than ${maxBytes}`, 'GET (artifact blob)');
      const chunks: Uint8Array[] = [];
      let total = 0;
      for await (const chunk of res.body ?? []) {
        total += (chunk as Uint8Array).length;
        if (total > maxBytes) throw new ApiError(null, `more than ${maxBytes} bytes`, 'GET (artifact blob)');
        chunks.push(chunk as Uint8Array);
      }
      return Buffer.concat(chunks);
    } catch (e) {
      if (e instanceof ApiError || attempt >= 2)
        throw e instanceof ApiError ? e : new ApiError(null, (e as Error).message, 'GET (artifact blob)');
    }
  }
}

const exec = promisify(execFile);

/**
 * The merge base of the pull request's base and head commits, from the local clone; null when git
 * cannot tell (a shallow checkout, the default): the newest base run is used then, and said so.
 */
export async function gitMergeBase(cwd: string, a: string, b: string): Promise<string | null> {
  try {
    const { stdout } = await exec('git', ['merge-base', a, b], { cwd, timeout: 10_000 });
    const sha = stdout.trim();
    return /^[0-9a-f]{40,64}$/.test(sha) ? sha : null;
  } catch {
    return null;
  }
}
