// A GitHub REST API on loopback for the end-to-end tests. Every request is routed and validated
// against GitHub's published OpenAPI description; what breaks the contract is answered the way
// GitHub answers (404/422) and recorded in `violations`. Behind the contract sits an in-memory
// repository (PR comments, pulls and their files, workflow runs and attempts, run artifacts with
// downloadable zips) whose responses are checked against the description too
// (`responseViolations`), so the fake cannot drift from GitHub's shapes unnoticed.
import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';

import {
  GITHUB_ACTIONS_BOT,
  OCTOCAT,
  artifactJson,
  diffEntryJson,
  fullName,
  issueCommentJson,
  pullRequestJson,
  pullRequestSimpleJson,
  workflowRunJson,
  type Account,
  type ArtifactRecord,
  type CommentRecord,
  type FileStatus,
  type Origins,
  type PullRecord,
  type RepoInfo,
  type RunAttemptRecord,
  type RunConclusion,
  type RunRecord,
  type RunStatus,
} from './github-shapes.js';
import { BodyTooLargeError, close, headerRecord, listen, LOOPBACK, readBody, sendJson } from './http-util.js';
import {
  COMMENT_BODY_LIMIT,
  OpenApiContract,
  limitResource,
  tooLongMessage,
  type ContractIssue,
  type Operation,
} from './openapi.js';
import { makeZip } from './zip.js';

export { GITHUB_ACTIONS_BOT, OCTOCAT, type Account } from './github-shapes.js';
export type { ContractIssue } from './openapi.js';

export const DEFAULT_REPOSITORY = 'octo-org/octo-repo';
/** GitHub caps GET /pulls/{n}/files at this many files. */
export const PULL_FILES_LIMIT = 3_000;
/** The diff media type of GET /pulls/{n} fails above this many files. */
export const PULL_DIFF_FILES_LIMIT = 300;
const HTML_ORIGIN = 'https://github.com';
const START_TIME = Date.parse('2026-11-20T12:00:00Z');
const MAX_BODY_BYTES = 25 * 1024 * 1024;

// ---------------------------------------------------------------------------------------------
// Recording

export interface RecordedRequest {
  /** 1, 2, 3 … in arrival order. */
  seq: number;
  method: string;
  /** Path and query exactly as requested. */
  url: string;
  /** The path after a `/repositories/{id}/…` link was mapped back to `/repos/{owner}/{repo}/…`. */
  path: string;
  headers: Record<string, string>;
  /** The token from `Authorization: token X` / `Bearer X`, if any. */
  token: string | undefined;
  operationId: string | undefined;
  /** Path parameters, coerced to their schema types. */
  params: Record<string, unknown>;
  /** Query parameters, coerced to their schema types. */
  query: Record<string, unknown>;
  rawBody: string;
  /** The JSON body, parsed. */
  body: unknown;
  /** Contract issues of this request (also in `server.violations`). */
  issues: ContractIssue[];
  /** Set when the response is sent. */
  status: number | undefined;
  responseHeaders: Record<string, string>;
  responseBody: unknown;
  /** The response came from a scripted fault. */
  fault: boolean;
}

// ---------------------------------------------------------------------------------------------
// Faults

export type FaultResponse =
  | { status: number; headers?: Record<string, string>; body?: unknown }
  /** Destroy the connection without answering (a client sees ECONNRESET / "socket hang up"). */
  | { reset: true };

export interface FaultRule {
  /** An operationId (`issues/create-comment`), `METHOD /template` from the description, or `*`. */
  route: string;
  respond: FaultResponse;
  /** How many matching requests it answers (default 1; Infinity for all). */
  times: number;
  /** How many it has answered. */
  used: number;
}

/** Ready-made GitHub failures, with GitHub's bodies and headers. */
export const fault = {
  serverError(status = 500): FaultResponse {
    return { status, body: { message: 'Server Error' } };
  },
  /** 429 with `retry-after`, as GitHub sends for a primary limit on some endpoints. */
  tooManyRequests(retryAfterSeconds = 1): FaultResponse {
    return {
      status: 429,
      headers: { 'retry-after': String(retryAfterSeconds), ...rateHeaders(0) },
      body: {
        message: 'API rate limit exceeded for installation.',
        documentation_url: 'https://docs.github.com/rest/using-the-rest-api/rate-limits-for-the-rest-api',
        status: '429',
      },
    };
  },
  /** The secondary (abuse) limit on content creation: 403 with `retry-after`. */
  secondaryRateLimit(retryAfterSeconds = 1): FaultResponse {
    return {
      status: 403,
      headers: { 'retry-after': String(retryAfterSeconds) },
      body: {
        message:
          'You have exceeded a secondary rate limit. Please wait a few minutes before you try again. If you reach out to GitHub Support for help, please include the request ID ABCD:1234:5678.',
        documentation_url:
          'https://docs.github.com/free-pro-team@latest/rest/overview/rate-limits-for-the-rest-api#about-secondary-rate-limits',
        status: '403',
      },
    };
  },
  /** The primary limit: 403 with `x-ratelimit-remaining: 0` and the reset time. */
  primaryRateLimit(resetInSeconds = 1): FaultResponse {
    return {
      status: 403,
      headers: {
        ...rateHeaders(0),
        'x-ratelimit-reset': String(Math.ceil(Date.now() / 1000) + resetInSeconds),
      },
      body: {
        message: 'API rate limit exceeded for installation ID 12345678.',
        documentation_url:
          'https://docs.github.com/rest/overview/rate-limits-for-the-rest-api#about-rate-limits',
        status: '403',
      },
    };
  },
  /** What a fork's read-only GITHUB_TOKEN gets on a write. */
  notAccessible(documentationUrl = 'https://docs.github.com/rest'): FaultResponse {
    return {
      status: 403,
      body: {
        message: 'Resource not accessible by integration',
        documentation_url: documentationUrl,
        status: '403',
      },
    };
  },
  reset(): FaultResponse {
    return { reset: true };
  },
};

function rateHeaders(remaining: number): Record<string, string> {
  return {
    'x-ratelimit-limit': '5000',
    'x-ratelimit-remaining': String(remaining),
    'x-ratelimit-used': String(5000 - remaining),
    'x-ratelimit-reset': String(Math.ceil(Date.now() / 1000) + 3600),
    'x-ratelimit-resource': 'core',
  };
}

export class FaultQueue {
  readonly rules: FaultRule[] = [];

  /** Scripts the next `times` requests to `route`; rules are consumed in the order added. */
  add(route: string, respond: FaultResponse, times = 1): FaultRule {
    const rule: FaultRule = { route, respond, times, used: 0 };
    this.rules.push(rule);
    return rule;
  }

  /** The rules not used up yet (a test can assert its script was played). */
  pending(): FaultRule[] {
    return this.rules.filter((r) => r.used < r.times);
  }

  clear(): void {
    this.rules.length = 0;
  }

  take(operation: Operation): FaultResponse | undefined {
    const rule = this.rules.find(
      (r) =>
        r.used < r.times &&
        (r.route === '*' ||
          r.route === operation.operationId ||
          r.route === `${operation.method} ${operation.template}`),
    );
    if (rule === undefined) return undefined;
    rule.used += 1;
    return rule.respond;
  }
}

// ---------------------------------------------------------------------------------------------
// State

export interface TokenSpec {
  /** A fork PR's GITHUB_TOKEN: reads work, writes get 403 "Resource not accessible by integration". */
  readOnly?: boolean;
  /** Who the token acts as (comment authors); default github-actions[bot]. */
  account?: Account;
}

export interface PullFileSeed {
  filename: string;
  status?: FileStatus;
  additions?: number;
  deletions?: number;
  /** Omit (undefined) to leave `patch` out as GitHub does for binary or large files. */
  patch?: string;
  previousFilename?: string;
}

export interface PullSeed {
  number: number;
  headSha: string;
  headRef?: string;
  baseRef?: string;
  baseSha?: string;
  title?: string;
  body?: string | null;
  state?: 'open' | 'closed';
  merged?: boolean;
  draft?: boolean;
  mergeCommitSha?: string | null;
  author?: Account;
  /** `owner/name` of a fork the PR comes from; default: a branch of the same repository. */
  fork?: string;
  files?: PullFileSeed[];
  commits?: number;
}

export interface RunSeed {
  id?: number;
  name?: string;
  workflowId?: number;
  /** `.github/workflows/ci.yml` */
  workflowPath?: string;
  headSha: string;
  headBranch?: string | null;
  event?: string;
  status?: RunStatus;
  conclusion?: RunConclusion | null;
  /** Earlier attempts, oldest first; the run itself (status/conclusion) is the last attempt. */
  previousAttempts?: Array<{ status?: RunStatus; conclusion: RunConclusion | null }>;
  runNumber?: number;
  displayTitle?: string;
  actor?: Account;
  /** Pull request numbers; leave empty for fork PRs (GitHub does). */
  pullRequests?: number[];
  /** `owner/name` of the head repository (a fork); default the repository itself. */
  headRepository?: string;
}

export interface ArtifactSeed {
  runId: number;
  name: string;
  /** Files to zip; or give `zip` directly. */
  files?: Record<string, string | Uint8Array>;
  zip?: Uint8Array;
  expired?: boolean;
  /** Default: the sha256 of the zip; null for a pre-v4 artifact. */
  digest?: string | null;
  id?: number;
}

interface Workflow {
  id: number;
  name: string;
  path: string;
}

export interface RepoState {
  info: RepoInfo;
  /** Issue numbers that exist (pull request numbers are issue numbers too). */
  issues: Set<number>;
  comments: Map<number, CommentRecord>;
  pulls: Map<number, PullRecord>;
  runs: Map<number, RunRecord>;
  workflows: Map<number, Workflow>;
  artifacts: Map<number, ArtifactRecord>;
}

/** The repositories behind the fake API. Helpers take `repo` last; it defaults to the first repository. */
export class GitHubState {
  readonly repos = new Map<string, RepoState>();
  private readonly ids = {
    repo: 1296269,
    comment: 2_400_000_000,
    pull: 1_900_000_000,
    run: 16_500_000_000,
    workflow: 61_000_000,
    artifact: 3_500_000_000,
    checkSuite: 40_000_000_000,
  };
  private clock = 0;
  private readonly defaultRepo: string;

  constructor(repositories: readonly string[] = [DEFAULT_REPOSITORY]) {
    if (repositories.length === 0) throw new Error('GitHubState needs at least one repository');
    for (const name of repositories) this.addRepo(name);
    this.defaultRepo = repositories[0]!;
  }

  /** A timestamp that moves one second forward per call, from 2026-11-20T12:00:00Z. */
  tick(): string {
    return new Date(START_TIME + 1000 * this.clock++).toISOString().replace(/\.\d{3}Z$/, 'Z');
  }

  addRepo(full: string, opts: { private?: boolean; defaultBranch?: string; id?: number } = {}): RepoState {
    const info = repoInfo(full, opts.id ?? this.nextId('repo', 1000), false, opts);
    const state: RepoState = {
      info,
      issues: new Set(),
      comments: new Map(),
      pulls: new Map(),
      runs: new Map(),
      workflows: new Map(),
      artifacts: new Map(),
    };
    this.repos.set(full.toLowerCase(), state);
    return state;
  }

  repo(full: string = this.defaultRepo): RepoState {
    const state = this.repos.get(full.toLowerCase());
    if (state === undefined) throw new Error(`The fake GitHub has no repository ${full}`);
    return state;
  }

  repoById(id: number): RepoState | undefined {
    return [...this.repos.values()].find((r) => r.info.id === id);
  }

  addIssue(number: number, repo?: string): void {
    this.repo(repo).issues.add(number);
  }

  addPull(seed: PullSeed, repo?: string): PullRecord {
    const state = this.repo(repo);
    const at = this.tick();
    const headRepo =
      seed.fork === undefined
        ? state.info
        : repoInfo(seed.fork, this.nextId('repo', 1000), true, { defaultBranch: state.info.defaultBranch });
    const merged = seed.merged ?? false;
    const closed = (seed.state ?? 'open') === 'closed';
    const pull: PullRecord = {
      id: this.nextId('pull'),
      number: seed.number,
      title: seed.title ?? `Pull request #${seed.number}`,
      body: seed.body ?? null,
      state: seed.state ?? 'open',
      draft: seed.draft ?? false,
      merged,
      user: seed.author ?? (seed.fork !== undefined ? headRepo.owner : OCTOCAT),
      head: { repo: headRepo, ref: seed.headRef ?? `feature-${seed.number}`, sha: seed.headSha },
      base: {
        ref: seed.baseRef ?? state.info.defaultBranch,
        sha: seed.baseSha ?? fakeSha(`base-${seed.number}`),
      },
      mergeCommitSha:
        seed.mergeCommitSha === undefined ? fakeSha(`merge-${seed.number}`) : seed.mergeCommitSha,
      createdAt: at,
      updatedAt: at,
      closedAt: closed ? at : null,
      mergedAt: merged ? at : null,
      files: [],
      commits: seed.commits ?? 1,
    };
    state.pulls.set(pull.number, pull);
    state.issues.add(pull.number);
    if (seed.files !== undefined) this.setPullFiles(pull.number, seed.files, repo);
    return pull;
  }

  setPullFiles(number: number, files: readonly PullFileSeed[], repo?: string): void {
    const pull = this.repo(repo).pulls.get(number);
    if (pull === undefined) throw new Error(`no pull request #${number}`);
    pull.files = files.map((f) => ({
      filename: f.filename,
      status: f.status ?? 'modified',
      additions: f.additions ?? 0,
      deletions: f.deletions ?? 0,
      patch: f.patch,
      previousFilename: f.previousFilename,
      sha: fakeSha(`blob:${f.filename}`),
    }));
  }

  addComment(issueNumber: number, body: string, opts: { user?: Account; repo?: string } = {}): CommentRecord {
    const state = this.repo(opts.repo);
    if (!state.issues.has(issueNumber)) throw new Error(`no issue or pull request #${issueNumber}`);
    const at = this.tick();
    const comment: CommentRecord = {
      id: this.nextId('comment'),
      issueNumber,
      body,
      user: opts.user ?? GITHUB_ACTIONS_BOT,
      createdAt: at,
      updatedAt: at,
    };
    state.comments.set(comment.id, comment);
    return comment;
  }

  /** The comments on an issue or PR, oldest first. */
  comments(issueNumber: number, repo?: string): CommentRecord[] {
    return [...this.repo(repo).comments.values()]
      .filter((c) => c.issueNumber === issueNumber)
      .sort((a, b) => a.id - b.id);
  }

  addRun(seed: RunSeed, repo?: string): RunRecord {
    const state = this.repo(repo);
    const path = seed.workflowPath ?? '.github/workflows/ci.yml';
    const name = seed.name ?? 'CI';
    let workflow =
      seed.workflowId === undefined
        ? [...state.workflows.values()].find((w) => w.path === path)
        : state.workflows.get(seed.workflowId);
    if (workflow === undefined) {
      workflow = { id: seed.workflowId ?? this.nextId('workflow'), name, path };
      state.workflows.set(workflow.id, workflow);
    }
    const attempts: RunAttemptRecord[] = [];
    for (const previous of seed.previousAttempts ?? []) {
      const at = this.tick();
      attempts.push({
        status: previous.status ?? 'completed',
        conclusion: previous.conclusion,
        createdAt: at,
        updatedAt: at,
      });
    }
    const at = this.tick();
    const status = seed.status ?? 'completed';
    attempts.push({
      status,
      conclusion:
        seed.conclusion === undefined ? (status === 'completed' ? 'success' : null) : seed.conclusion,
      createdAt: at,
      updatedAt: at,
    });
    const sameBranchRuns = [...state.runs.values()].filter((r) => r.workflowId === workflow.id).length;
    const run: RunRecord = {
      id: seed.id ?? this.nextId('run', 7),
      name,
      workflowId: workflow.id,
      workflowPath: workflow.path,
      headBranch: seed.headBranch === undefined ? state.info.defaultBranch : seed.headBranch,
      headSha: seed.headSha,
      headRepo:
        seed.headRepository === undefined
          ? state.info
          : repoInfo(seed.headRepository, this.nextId('repo', 1000), true, {}),
      event: seed.event ?? 'push',
      runNumber: seed.runNumber ?? sameBranchRuns + 1,
      displayTitle: seed.displayTitle ?? 'Update README.md',
      actor: seed.actor ?? OCTOCAT,
      pullRequests: seed.pullRequests ?? [],
      attempts,
      checkSuiteId: this.nextId('checkSuite'),
    };
    state.runs.set(run.id, run);
    return run;
  }

  addArtifact(seed: ArtifactSeed, repo?: string): ArtifactRecord {
    const state = this.repo(repo);
    if (!state.runs.has(seed.runId)) throw new Error(`no workflow run ${seed.runId}`);
    const content = Buffer.from(seed.zip ?? makeZip(seed.files ?? {}));
    const at = this.tick();
    const artifact: ArtifactRecord = {
      id: seed.id ?? this.nextId('artifact', 3),
      runId: seed.runId,
      name: seed.name,
      content,
      sizeInBytes: content.length,
      digest:
        seed.digest === undefined
          ? `sha256:${createHash('sha256').update(content).digest('hex')}`
          : seed.digest,
      expired: seed.expired ?? false,
      createdAt: at,
      expiresAt: new Date(Date.parse(at) + 90 * 86_400_000).toISOString().replace(/\.\d{3}Z$/, 'Z'),
    };
    state.artifacts.set(artifact.id, artifact);
    return artifact;
  }

  /** The artifacts of one run (or of the repository), oldest first. */
  artifacts(runId?: number, repo?: string): ArtifactRecord[] {
    return [...this.repo(repo).artifacts.values()]
      .filter((a) => runId === undefined || a.runId === runId)
      .sort((a, b) => a.id - b.id);
  }

  private nextId(kind: keyof GitHubState['ids'], step = 1): number {
    this.ids[kind] += step;
    return this.ids[kind];
  }
}

function repoInfo(
  full: string,
  id: number,
  fork: boolean,
  opts: { private?: boolean; defaultBranch?: string },
): RepoInfo {
  const [owner, name, ...rest] = full.split('/');
  if (owner === undefined || name === undefined || rest.length > 0 || owner === '' || name === '') {
    throw new Error(`"${full}" is not owner/name`);
  }
  const ownerId = 9_900_000 + (createHash('sha1').update(owner).digest().readUInt32BE(0) % 1_000_000);
  return {
    owner: { login: owner, id: ownerId, type: owner.endsWith('-org') ? 'Organization' : 'User' },
    name,
    id,
    private: opts.private ?? false,
    fork,
    defaultBranch: opts.defaultBranch ?? 'main',
    createdAt: '2026-01-05T09:00:00Z',
  };
}

/** A stable 40-hex pseudo SHA for a label. */
export function fakeSha(label: string): string {
  return createHash('sha1').update(label).digest('hex');
}

// ---------------------------------------------------------------------------------------------
// The server

export interface GitHubServerOptions {
  /** Repositories that exist (first = the default of the state helpers). Default octo-org/octo-repo. */
  repositories?: string[];
  /**
   * When given, only these tokens are accepted (401 "Bad credentials" otherwise, 401 "Requires
   * authentication" without one). When absent, any token is accepted and acts as
   * github-actions[bot]; anonymous reads are allowed, anonymous writes get 401.
   */
  tokens?: Record<string, TokenSpec>;
  /** Check every JSON response against the description (default true). */
  validateResponses?: boolean;
  /**
   * The form of the URLs in `Link` headers. GitHub writes `/repositories/{id}/…` (default);
   * `repos` writes `/repos/{owner}/{repo}/…`.
   */
  linkStyle?: 'repositories' | 'repos';
}

export interface GitHubServer {
  /** http://127.0.0.1:PORT: GITHUB_API_URL for the action, baseUrl for Octokit. */
  url: string;
  /** Where artifact zips are served (a separate origin, as blob storage is). */
  downloadUrl: string;
  requests: RecordedRequest[];
  /** Requests that break the contract (unknown route, bad parameter or body, limits). */
  violations: ContractIssue[];
  /** Responses of this fake that do not match the description: a bug in the fake. */
  responseViolations: ContractIssue[];
  /** Operations the contract knows but this fake does not implement (answered 501). */
  unimplemented: string[];
  /** Blob downloads: which artifact, and whether an Authorization header leaked to the blob host. */
  downloads: Array<{ artifactId: number; authorization: string | undefined; status: number }>;
  state: GitHubState;
  faults: FaultQueue;
  contract: OpenApiContract;
  /** Requests to one operation, in order. */
  requestsTo(operationId: string): RecordedRequest[];
  /** Throws with a readable list when any violation, response violation or unimplemented call was seen. */
  assertClean(): void;
  stop(): Promise<void>;
}

type Handler = (ctx: Context) => Reply;

interface Reply {
  status: number;
  body?: unknown;
  headers?: Record<string, string>;
  /** A non-JSON body (the diff media type). */
  text?: string;
}

interface Context {
  operation: Operation;
  params: Record<string, unknown>;
  query: Record<string, unknown>;
  body: unknown;
  repo: RepoState;
  account: Account;
  req: IncomingMessage;
  /** The request URL (path + query) after alias mapping, for pagination links. */
  url: URL;
}

export async function startGitHubServer(opts: GitHubServerOptions = {}): Promise<GitHubServer> {
  const contract = OpenApiContract.get();
  const state = new GitHubState(opts.repositories ?? [DEFAULT_REPOSITORY]);
  const faults = new FaultQueue();
  const requests: RecordedRequest[] = [];
  const violations: ContractIssue[] = [];
  const responseViolations: ContractIssue[] = [];
  const unimplemented: string[] = [];
  const downloads: GitHubServer['downloads'] = [];
  const validateResponses = opts.validateResponses ?? true;
  const linkStyle = opts.linkStyle ?? 'repositories';
  const signedDownloads = new Map<string, { artifactId: number; repo: string; expires: number }>();
  let remaining = 5000;

  const download = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://download');
    const sig = url.searchParams.get('sig') ?? '';
    const grant = signedDownloads.get(sig);
    const artifact = grant === undefined ? undefined : state.repo(grant.repo).artifacts.get(grant.artifactId);
    const record = {
      artifactId: grant?.artifactId ?? -1,
      authorization: req.headers.authorization,
      status: 0,
    };
    downloads.push(record);
    if (req.headers.authorization !== undefined) {
      violations.push({
        kind: 'download',
        request: `GET ${url.pathname}`,
        message:
          'An Authorization header was sent to the artifact blob URL: the GitHub token leaked to blob storage',
      });
    }
    if (grant === undefined || artifact === undefined || grant.expires < Date.now() || req.method !== 'GET') {
      record.status = 403;
      res.writeHead(403, { 'content-type': 'application/xml' });
      res.end(
        '<?xml version="1.0" encoding="utf-8"?><Error><Code>AuthenticationFailed</Code><Message>Server failed to authenticate the request.</Message></Error>',
      );
      return;
    }
    record.status = 200;
    res.writeHead(200, {
      'content-type': 'application/zip',
      'content-length': String(artifact.content.length),
      'content-disposition': `attachment; filename=${artifact.name}.zip; filename*=UTF-8''${encodeURIComponent(artifact.name)}.zip`,
      'x-ms-blob-type': 'BlockBlob',
    });
    res.end(artifact.content);
  });
  const downloadPort = await listen(download);
  const downloadUrl = `http://${LOOPBACK}:${downloadPort}`;

  let url = '';
  const origins = (): Origins => ({ api: url, html: HTML_ORIGIN });

  const handlers: Record<string, Handler> = {
    'issues/list-comments': (ctx) => {
      const number = Number(ctx.params['issue_number']);
      if (!ctx.repo.issues.has(number)) return notFound(ctx);
      const since = typeof ctx.query['since'] === 'string' ? Date.parse(ctx.query['since']) : undefined;
      const all = state
        .comments(number, fullName(ctx.repo.info))
        .filter((c) => since === undefined || Date.parse(c.updatedAt) >= since);
      return paginate(ctx, all, (c) => issueCommentJson(ctx.repo.info, c, origins()));
    },
    'issues/get-comment': (ctx) => {
      const comment = ctx.repo.comments.get(Number(ctx.params['comment_id']));
      if (comment === undefined) return notFound(ctx);
      return { status: 200, body: issueCommentJson(ctx.repo.info, comment, origins()) };
    },
    'issues/create-comment': (ctx) => {
      const number = Number(ctx.params['issue_number']);
      if (!ctx.repo.issues.has(number)) return notFound(ctx);
      const body = (ctx.body as { body: string }).body;
      const comment = state.addComment(number, body, { user: ctx.account, repo: fullName(ctx.repo.info) });
      const json = issueCommentJson(ctx.repo.info, comment, origins());
      return { status: 201, body: json, headers: { location: String(json['url']) } };
    },
    'issues/update-comment': (ctx) => {
      const comment = ctx.repo.comments.get(Number(ctx.params['comment_id']));
      if (comment === undefined) return notFound(ctx);
      comment.body = (ctx.body as { body: string }).body;
      comment.updatedAt = state.tick();
      return { status: 200, body: issueCommentJson(ctx.repo.info, comment, origins()) };
    },
    'issues/delete-comment': (ctx) => {
      const id = Number(ctx.params['comment_id']);
      if (!ctx.repo.comments.delete(id)) return notFound(ctx);
      return { status: 204 };
    },
    'pulls/list': (ctx) => {
      const wanted = (ctx.query['state'] as string | undefined) ?? 'open';
      const head = ctx.query['head'] as string | undefined;
      const base = ctx.query['base'] as string | undefined;
      const direction = (ctx.query['direction'] as string | undefined) ?? 'desc';
      const list = [...ctx.repo.pulls.values()]
        .filter((p) => wanted === 'all' || p.state === wanted)
        .filter((p) => head === undefined || `${p.head.repo.owner.login}:${p.head.ref}` === head)
        .filter((p) => base === undefined || p.base.ref === base)
        .sort((a, b) => (direction === 'asc' ? a.number - b.number : b.number - a.number));
      return paginate(ctx, list, (p) => pullRequestSimpleJson(ctx.repo.info, p, origins()));
    },
    'repos/list-pull-requests-associated-with-commit': (ctx) => {
      const sha = String(ctx.params['commit_sha']);
      const list = [...ctx.repo.pulls.values()]
        .filter((p) => p.head.sha === sha || (p.merged && p.mergeCommitSha === sha))
        .sort((a, b) => b.number - a.number);
      return paginate(ctx, list, (p) => pullRequestSimpleJson(ctx.repo.info, p, origins()));
    },
    'pulls/get': (ctx) => {
      const pull = ctx.repo.pulls.get(Number(ctx.params['pull_number']));
      if (pull === undefined) return notFound(ctx);
      const accept = ctx.req.headers.accept ?? '';
      if (/application\/vnd\.github(\.v3)?\.diff/.test(accept)) {
        if (pull.files.length > PULL_DIFF_FILES_LIMIT) {
          return {
            status: 406,
            body: {
              message: `Sorry, the diff exceeded the maximum number of files (${PULL_DIFF_FILES_LIMIT}). Consider using 'List pull requests files' API or locally cloning the repository instead.`,
              errors: [{ resource: 'PullRequest', field: 'diff', code: 'too_large' }],
              documentation_url: ctx.operation.docsUrl,
              status: '406',
            },
          };
        }
        return {
          status: 200,
          text: unifiedDiff(pull),
          headers: { 'content-type': 'application/vnd.github.diff; charset=utf-8' },
        };
      }
      return { status: 200, body: pullRequestJson(ctx.repo.info, pull, origins()) };
    },
    'pulls/list-files': (ctx) => {
      const pull = ctx.repo.pulls.get(Number(ctx.params['pull_number']));
      if (pull === undefined) return notFound(ctx);
      return paginate(ctx, pull.files.slice(0, PULL_FILES_LIMIT), (f) =>
        diffEntryJson(ctx.repo.info, pull.head.sha, f, origins()),
      );
    },
    'actions/list-workflow-runs-for-repo': (ctx) => listRuns(ctx, undefined),
    'actions/list-workflow-runs': (ctx) => {
      const id = String(ctx.params['workflow_id']);
      const workflow = [...ctx.repo.workflows.values()].find(
        (w) => String(w.id) === id || w.path.split('/').pop() === id,
      );
      if (workflow === undefined) return notFound(ctx);
      return listRuns(ctx, workflow.id);
    },
    'actions/get-workflow-run': (ctx) => {
      const run = ctx.repo.runs.get(Number(ctx.params['run_id']));
      if (run === undefined) return notFound(ctx);
      return { status: 200, body: runJson(ctx, run, run.attempts.length) };
    },
    'actions/get-workflow-run-attempt': (ctx) => {
      const run = ctx.repo.runs.get(Number(ctx.params['run_id']));
      const attempt = Number(ctx.params['attempt_number']);
      if (run === undefined || !(attempt >= 1 && attempt <= run.attempts.length)) return notFound(ctx);
      return { status: 200, body: runJson(ctx, run, attempt) };
    },
    'actions/list-workflow-run-artifacts': (ctx) => {
      const runId = Number(ctx.params['run_id']);
      const run = ctx.repo.runs.get(runId);
      if (run === undefined) return notFound(ctx);
      const list = [...ctx.repo.artifacts.values()].filter((a) => a.runId === runId);
      return listArtifacts(ctx, list);
    },
    'actions/list-artifacts-for-repo': (ctx) => listArtifacts(ctx, [...ctx.repo.artifacts.values()]),
    'actions/get-artifact': (ctx) => {
      const artifact = ctx.repo.artifacts.get(Number(ctx.params['artifact_id']));
      if (artifact === undefined) return notFound(ctx);
      return {
        status: 200,
        body: artifactJson(ctx.repo.info, artifact, ctx.repo.runs.get(artifact.runId), origins()),
      };
    },
    'actions/delete-artifact': (ctx) => {
      if (!ctx.repo.artifacts.delete(Number(ctx.params['artifact_id']))) return notFound(ctx);
      return { status: 204 };
    },
    'actions/download-artifact': (ctx) => {
      const artifact = ctx.repo.artifacts.get(Number(ctx.params['artifact_id']));
      if (artifact === undefined || ctx.params['archive_format'] !== 'zip') return notFound(ctx);
      if (artifact.expired) {
        return {
          status: 410,
          body: { message: 'Artifact has expired', documentation_url: ctx.operation.docsUrl, status: '410' },
        };
      }
      const sig = randomBytes(18).toString('base64url');
      signedDownloads.set(sig, {
        artifactId: artifact.id,
        repo: fullName(ctx.repo.info),
        expires: Date.now() + 60_000,
      });
      const location = `${downloadUrl}/actions-results/${randomUUID()}/${artifact.id}.zip?sv=2025-01-05&spr=https&se=${encodeURIComponent(new Date(Date.now() + 60_000).toISOString())}&sr=b&sp=r&sig=${sig}`;
      return { status: 302, headers: { location } };
    },
  };

  function runJson(ctx: Context, run: RunRecord, attempt: number): Record<string, unknown> {
    return workflowRunJson(
      ctx.repo.info,
      run,
      attempt,
      [...ctx.repo.pulls.values()],
      origins(),
      ctx.query['exclude_pull_requests'] === true,
    );
  }

  function listRuns(ctx: Context, workflowId: number | undefined): Reply {
    const q = ctx.query;
    const list = [...ctx.repo.runs.values()]
      .filter((r) => workflowId === undefined || r.workflowId === workflowId)
      .filter((r) => q['branch'] === undefined || r.headBranch === q['branch'])
      .filter((r) => q['event'] === undefined || r.event === q['event'])
      .filter((r) => q['head_sha'] === undefined || r.headSha === q['head_sha'])
      .filter((r) => q['actor'] === undefined || r.actor.login === q['actor'])
      .filter((r) => q['check_suite_id'] === undefined || r.checkSuiteId === q['check_suite_id'])
      .filter((r) => {
        if (q['status'] === undefined) return true;
        const last = r.attempts[r.attempts.length - 1]!;
        return last.status === q['status'] || last.conclusion === q['status'];
      })
      .filter((r) => createdMatches(String(q['created'] ?? ''), r.attempts[0]!.createdAt))
      .sort((a, b) => b.id - a.id);
    const page = pageOf(ctx, list);
    return {
      status: 200,
      headers: page.headers,
      body: {
        total_count: list.length,
        workflow_runs: page.items.map((r) => runJson(ctx, r, r.attempts.length)),
      },
    };
  }

  function listArtifacts(ctx: Context, all: ArtifactRecord[]): Reply {
    const name = ctx.query['name'] as string | undefined;
    const direction = (ctx.query['direction'] as string | undefined) ?? 'desc';
    const list = all
      .filter((a) => name === undefined || a.name === name)
      .sort((a, b) => (direction === 'asc' ? a.id - b.id : b.id - a.id));
    const page = pageOf(ctx, list);
    return {
      status: 200,
      headers: page.headers,
      body: {
        total_count: list.length,
        artifacts: page.items.map((a) =>
          artifactJson(ctx.repo.info, a, ctx.repo.runs.get(a.runId), origins()),
        ),
      },
    };
  }

  function pageOf<T>(ctx: Context, all: readonly T[]): { items: T[]; headers: Record<string, string> } {
    const perPage = Math.min(100, Math.max(1, Number(ctx.query['per_page'] ?? 30) || 30));
    const page = Math.max(1, Number(ctx.query['page'] ?? 1) || 1);
    const items = all.slice((page - 1) * perPage, page * perPage);
    const last = Math.max(1, Math.ceil(all.length / perPage));
    const headers: Record<string, string> = {};
    const link = linkHeader(ctx, page, last);
    if (link !== '') headers['link'] = link;
    return { items, headers };
  }

  function paginate<T>(ctx: Context, all: readonly T[], render: (item: T) => unknown): Reply {
    const page = pageOf(ctx, all);
    return { status: 200, headers: page.headers, body: page.items.map(render) };
  }

  /** GitHub's Link header: prev, next, last, first, as applicable, keeping the other query parameters. */
  function linkHeader(ctx: Context, page: number, last: number): string {
    if (last <= 1 && page <= 1) return '';
    const repoPath = `/repos/${fullName(ctx.repo.info)}`;
    const path =
      linkStyle === 'repositories' && ctx.url.pathname.toLowerCase().startsWith(repoPath.toLowerCase())
        ? `/repositories/${ctx.repo.info.id}${ctx.url.pathname.slice(repoPath.length)}`
        : ctx.url.pathname;
    const at = (n: number): string => {
      const params = new URLSearchParams(ctx.url.search);
      params.set('page', String(n));
      return `<${url}${path}?${params.toString()}>`;
    };
    const parts: string[] = [];
    if (page > 1) parts.push(`${at(Math.min(page - 1, last))}; rel="prev"`);
    if (page < last) parts.push(`${at(page + 1)}; rel="next"`, `${at(last)}; rel="last"`);
    if (page > 1) parts.push(`${at(1)}; rel="first"`);
    return parts.join(', ');
  }

  function notFound(ctx: Context): Reply {
    return {
      status: 404,
      body: { message: 'Not Found', documentation_url: ctx.operation.docsUrl, status: '404' },
    };
  }

  const server: Server = createServer((req, res) => {
    handle(req, res).catch((error: unknown) => {
      if (!res.headersSent) sendJson(res, 500, { message: `fake GitHub crashed: ${String(error)}` });
      else res.destroy();
    });
  });

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const rawUrl = req.url ?? '/';
    const method = (req.method ?? 'GET').toUpperCase();
    const parsed = new URL(rawUrl, 'http://x');
    let path = parsed.pathname;
    // Link headers point at /repositories/{id}/…: map them back like GitHub does.
    const alias = /^\/repositories\/(\d+)(\/.*)?$/.exec(path);
    if (alias !== null) {
      const byId = state.repoById(Number(alias[1]));
      if (byId !== undefined) path = `/repos/${fullName(byId.info)}${alias[2] ?? ''}`;
    }
    const record: RecordedRequest = {
      seq: requests.length + 1,
      method,
      url: rawUrl,
      path,
      headers: headerRecord(req),
      token: parseToken(req.headers.authorization),
      operationId: undefined,
      params: {},
      query: {},
      rawBody: '',
      body: undefined,
      issues: [],
      status: undefined,
      responseHeaders: {},
      responseBody: undefined,
      fault: false,
    };
    requests.push(record);

    const respond = (reply: Reply, operation?: Operation): void => {
      const headers: Record<string, string> = {
        'x-github-api-version-selected': '2022-11-28',
        'x-github-media-type': 'github.v3; format=json',
        'x-github-request-id': `${randomBytes(4).toString('hex').toUpperCase()}:${randomBytes(3).toString('hex').toUpperCase()}`,
        ...rateHeaders(Math.max(0, remaining)),
        ...reply.headers,
      };
      record.status = reply.status;
      record.responseHeaders = headers;
      record.responseBody = reply.body;
      if (validateResponses && operation !== undefined && reply.text === undefined) {
        responseViolations.push(
          ...contract.checkResponse(operation, reply.status, reply.body, `${method} ${parsed.pathname}`),
        );
      }
      if (reply.text !== undefined) {
        res.writeHead(reply.status, { 'content-length': String(Buffer.byteLength(reply.text)), ...headers });
        res.end(reply.text);
      } else if (reply.body === undefined) {
        res.writeHead(reply.status, headers);
        res.end();
      } else {
        sendJson(res, reply.status, reply.body, headers);
      }
    };

    let raw: Buffer;
    try {
      raw = await readBody(req, MAX_BODY_BYTES);
    } catch (error) {
      if (error instanceof BodyTooLargeError) {
        respond({ status: 413, body: { message: 'Payload Too Large', status: '413' } });
        return;
      }
      throw error;
    }
    record.rawBody = raw.toString('utf8');
    remaining -= 1;

    const check = contract.checkRequest({
      method,
      path,
      query: parsed.searchParams,
      contentType: req.headers['content-type'],
      rawBody: record.rawBody,
    });
    record.issues = check.issues;
    record.body = check.body;
    record.params = check.params;
    record.query = check.query;
    violations.push(...check.issues);
    const match = check.match;
    if (match === undefined) {
      respond({
        status: 404,
        body: { message: 'Not Found', documentation_url: 'https://docs.github.com/rest', status: '404' },
      });
      return;
    }
    const { operation } = match;
    record.operationId = operation.operationId;
    const docs = operation.docsUrl;

    // Answer contract breaches as GitHub would. Unknown query parameters GitHub ignores.
    if (check.issues.some((i) => i.kind === 'path')) {
      respond(
        { status: 404, body: { message: 'Not Found', documentation_url: docs, status: '404' } },
        operation,
      );
      return;
    }
    const invalid = check.issues.filter(
      (i) =>
        i.kind === 'body' || i.kind === 'content-type' || (i.kind === 'query' && i.ignoredByGitHub !== true),
    );
    if (invalid.length > 0) {
      respond(
        {
          status: 422,
          body: {
            message: `Invalid request.\n\n${invalid.map((i) => i.message).join('\n')}`,
            documentation_url: docs,
            status: '422',
          },
        },
        operation,
      );
      return;
    }
    const limits = check.issues.filter((i) => i.kind === 'limit');
    if (limits.length > 0) {
      respond(
        {
          status: 422,
          body: {
            message: 'Validation Failed',
            errors: limits.map((i) => ({
              resource: limitResource(operation.operationId),
              code: 'custom',
              field: i.field ?? 'body',
              message: i.field === 'body' ? tooLongMessage('body', COMMENT_BODY_LIMIT) : i.message,
            })),
            documentation_url: docs,
            status: '422',
          },
        },
        operation,
      );
      return;
    }

    const scripted = faults.take(operation);
    if (scripted !== undefined) {
      record.fault = true;
      if ('reset' in scripted) {
        record.status = 0;
        req.socket.destroy();
        return;
      }
      respond({ status: scripted.status, body: scripted.body, headers: scripted.headers ?? {} }, operation);
      return;
    }

    // Authentication and the read-only token of a fork PR.
    const write = method !== 'GET' && method !== 'HEAD';
    let account = GITHUB_ACTIONS_BOT;
    if (opts.tokens !== undefined) {
      if (record.token === undefined) {
        respond(
          {
            status: 401,
            body: { message: 'Requires authentication', documentation_url: docs, status: '401' },
          },
          operation,
        );
        return;
      }
      const spec = opts.tokens[record.token];
      if (spec === undefined) {
        respond(
          {
            status: 401,
            body: {
              message: 'Bad credentials',
              documentation_url: 'https://docs.github.com/rest',
              status: '401',
            },
          },
          operation,
        );
        return;
      }
      account = spec.account ?? GITHUB_ACTIONS_BOT;
      if (write && spec.readOnly === true) {
        respond(
          {
            status: 403,
            body: {
              message: 'Resource not accessible by integration',
              documentation_url: docs,
              status: '403',
            },
          },
          operation,
        );
        return;
      }
    } else if (record.token === undefined && write) {
      respond(
        { status: 401, body: { message: 'Requires authentication', documentation_url: docs, status: '401' } },
        operation,
      );
      return;
    }

    const handler = handlers[operation.operationId];
    if (handler === undefined) {
      unimplemented.push(`${operation.operationId} (${method} ${operation.template})`);
      respond({
        status: 501,
        body: { message: `The fake GitHub server does not implement ${operation.operationId}` },
      });
      return;
    }
    const owner = String(check.params['owner'] ?? '');
    const repoName = String(check.params['repo'] ?? '');
    const repo = owner === '' ? undefined : state.repos.get(`${owner}/${repoName}`.toLowerCase());
    if (repo === undefined) {
      respond(
        { status: 404, body: { message: 'Not Found', documentation_url: docs, status: '404' } },
        operation,
      );
      return;
    }
    const reqUrl = new URL(parsed.href);
    reqUrl.pathname = path;
    respond(
      handler({
        operation,
        params: check.params,
        query: check.query,
        body: check.body,
        repo,
        account,
        req,
        url: reqUrl,
      }),
      operation,
    );
  }

  const port = await listen(server);
  url = `http://${LOOPBACK}:${port}`;

  return {
    url,
    downloadUrl,
    requests,
    violations,
    responseViolations,
    unimplemented,
    downloads,
    state,
    faults,
    contract,
    requestsTo: (operationId) => requests.filter((r) => r.operationId === operationId),
    assertClean() {
      const lines = [
        ...violations.map((v) => `request violation: ${v.message} [${v.request}]`),
        ...responseViolations.map((v) => `response violation (fake's bug): ${v.message} [${v.request}]`),
        ...unimplemented.map((u) => `not implemented by the fake: ${u}`),
      ];
      if (lines.length > 0) throw new Error(`The GitHub contract was broken:\n${lines.join('\n')}`);
    },
    async stop() {
      await Promise.all([close(server), close(download)]);
    },
  };
}

function parseToken(header: string | undefined): string | undefined {
  if (header === undefined) return undefined;
  const match = /^(?:token|bearer)\s+(\S+)\s*$/i.exec(header);
  return match?.[1];
}

/** `created` filter: `>=D`, `>D`, `<=D`, `<D`, `A..B` or a date/date-time prefix. */
function createdMatches(filter: string, createdAt: string): boolean {
  if (filter === '') return true;
  const t = Date.parse(createdAt);
  const range = /^(.+)\.\.(.+)$/.exec(filter);
  if (range !== null) return t >= Date.parse(range[1]!) && t <= endOf(range[2]!);
  const cmp = /^(>=|<=|>|<)(.+)$/.exec(filter);
  if (cmp !== null) {
    const value = cmp[2]!;
    switch (cmp[1]) {
      case '>=':
        return t >= Date.parse(value);
      case '>':
        return t > endOf(value);
      case '<=':
        return t <= endOf(value);
      default:
        return t < Date.parse(value);
    }
  }
  return createdAt.startsWith(filter);
}

/** The last millisecond a date (YYYY-MM-DD) or an exact time covers. */
function endOf(value: string): number {
  return /^\d{4}-\d{2}-\d{2}$/.test(value) ? Date.parse(value) + 86_399_999 : Date.parse(value);
}

function unifiedDiff(pull: PullRecord): string {
  return pull.files
    .map((f) => {
      const from = f.previousFilename ?? f.filename;
      const header = `diff --git a/${from} b/${f.filename}\n`;
      const oldName = f.status === 'added' ? '/dev/null' : `a/${from}`;
      const newName = f.status === 'removed' ? '/dev/null' : `b/${f.filename}`;
      if (f.patch === undefined) return `${header}Binary files ${oldName} and ${newName} differ\n`;
      return `${header}--- ${oldName}\n+++ ${newName}\n${f.patch}${f.patch.endsWith('\n') ? '' : '\n'}`;
    })
    .join('');
}

/** Seeds `count` PR files named src/file-0001.ts … with a one-line patch each. */
export function manyFiles(count: number): PullFileSeed[] {
  return Array.from({ length: count }, (_, i) => ({
    filename: `src/file-${String(i + 1).padStart(4, '0')}.ts`,
    status: 'modified' as const,
    additions: 1,
    deletions: 1,
    patch: `@@ -1 +1 @@\n-export const n = ${i};\n+export const n = ${i + 1};`,
  }));
}

/**
 * A `git diff` (with context lines) as GitHub lists the pull request's files: one entry a file, in
 * the diff's order, `patch` the file's hunks without headers or final newline, left out for binary
 * files, pure renames and mode changes; `status` and `previous_filename` from the headers; the
 * counts from the hunks. Names are the diff's, unquoted; C-quoted names are refused.
 */
export function pullFilesFromDiff(diff: string): PullFileSeed[] {
  const sections = diff.split(/^(?=diff --git )/m).filter((s) => s.startsWith('diff --git '));
  return sections.map((section) => {
    const lines = section.replace(/\n$/, '').split('\n');
    const hunkAt = lines.findIndex((l) => l.startsWith('@@'));
    const head = hunkAt < 0 ? lines : lines.slice(0, hunkAt);
    const patchLines = hunkAt < 0 ? [] : lines.slice(hunkAt);
    const field = (prefix: string) => {
      const line = head.find((l) => l.startsWith(prefix));
      if (line === undefined) return undefined;
      const name = line.slice(prefix.length).replace(/\t.*$/, '');
      if (name.startsWith('"')) throw new Error(`pullFilesFromDiff: quoted name ${name}`);
      return name;
    };
    const [, fromHeader, toHeader] = /^diff --git a\/(.*) b\/(.*)$/.exec(lines[0]!) ?? [];
    const oldName = field('rename from ') ?? field('--- a/') ?? fromHeader;
    const newName = field('rename to ') ?? field('+++ b/') ?? toHeader;
    if (oldName === undefined || newName === undefined)
      throw new Error(`pullFilesFromDiff: no names in ${lines[0]}`);
    const added = head.some((l) => l.startsWith('new file mode'));
    const removed = head.some((l) => l.startsWith('deleted file mode'));
    const renamed = head.some((l) => l.startsWith('rename from '));
    const modeOnly = patchLines.length === 0 && head.some((l) => l.startsWith('new mode '));
    const count = (c: string) => patchLines.filter((l) => l.startsWith(c)).length;
    const seed: PullFileSeed = {
      filename: removed ? oldName : newName,
      status: added ? 'added' : removed ? 'removed' : renamed ? 'renamed' : modeOnly ? 'changed' : 'modified',
      additions: count('+'),
      deletions: count('-'),
    };
    if (patchLines.length > 0) seed.patch = patchLines.join('\n');
    if (renamed) seed.previousFilename = oldName;
    return seed;
  });
}
