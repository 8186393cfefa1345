/**
 * What the GitHub integration needs from the world. src/adapters/github.ts and
 * src/adapters/artifacts.ts implement these against the REST API and the artifact service; unit
 * tests pass plain fakes.
 */

export interface WorkflowRun {
  readonly id: number;
  readonly attempt: number;
  readonly workflowId: number;
  readonly headSha: string;
  readonly headBranch: string | null;
  readonly event: string;
  readonly status: string | null;
  readonly conclusion: string | null;
  readonly createdAt: string;
  readonly runNumber: number;
}

export interface RunArtifact {
  readonly id: number;
  readonly name: string;
  /** Bytes of the zip as stored. */
  readonly size: number;
  readonly expired: boolean;
  /** `sha256:<hex>` of the zip, when the service recorded one. */
  readonly digest: string | null;
}

export interface IssueComment {
  readonly id: number;
  readonly body: string;
  readonly author: { readonly login: string; readonly type: string } | null;
}

export interface PullSummary {
  readonly number: number;
  readonly state: string;
  readonly headSha: string;
  readonly headRef: string;
  readonly headRepo: string | null;
  readonly baseRef: string;
  readonly baseSha: string;
}

/** One file of a pull request as GET /pulls/{n}/files lists it (GitHub's `diff-entry`). */
export interface PullFile {
  /** The path on the head side, repository-relative. */
  readonly filename: string;
  /** added, removed, modified, renamed, copied, changed or unchanged. */
  readonly status: string;
  /** The path before a rename or copy; null otherwise. */
  readonly previousFilename: string | null;
  /** The file's hunks; null when GitHub leaves it out (binary, or a diff too large to show). */
  readonly patch: string | null;
  readonly additions: number;
  readonly deletions: number;
}

/** A failed API call: the HTTP status (null for a network error) and GitHub's message. */
export class ApiError extends Error {
  override readonly name = 'ApiError';
  constructor(
    readonly status: number | null,
    message: string,
    /** The request, as `GET /repos/o/r/…`, for the warning. */
    readonly request: string,
  ) {
    super(message);
  }
}

export function isApiError(e: unknown): e is ApiError {
  return e instanceof ApiError;
}

/** The REST API, with retries for 5xx, 429 and rate limits already applied. */
export interface GitHubApi {
  /** One page (newest first) of completed runs of a workflow on a branch. */
  listWorkflowRuns(
    workflow: string | number,
    filter: { readonly branch: string; readonly perPage: number },
  ): Promise<WorkflowRun[]>;
  /** Every artifact of a run (all pages), optionally only those named `name`. */
  listRunArtifacts(runId: number, name?: string): Promise<RunArtifact[]>;
  /** The zip of an artifact, refused (ApiError) beyond `maxBytes`. */
  downloadArtifact(artifact: RunArtifact, maxBytes: number): Promise<Uint8Array>;
  /** Every comment of an issue or PR (all pages, 100 a page). */
  listComments(issue: number): Promise<IssueComment[]>;
  createComment(issue: number, body: string): Promise<IssueComment>;
  updateComment(id: number, body: string): Promise<void>;
  deleteComment(id: number): Promise<void>;
  /** Pull requests whose head (or merge commit) is `sha`. */
  pullsForCommit(sha: string): Promise<PullSummary[]>;
  /** Open pull requests from `owner:branch`. */
  openPullsFrom(head: string): Promise<PullSummary[]>;
  /**
   * A pull request's files, 100 a page, following GitHub's `Link` header until `maxFiles` or the
   * last page; `more` tells whether a next page was left unread.
   */
  listPullFiles(pull: number, maxFiles: number): Promise<{ files: PullFile[]; pages: number; more: boolean }>;
}

/** This run's artifacts, through the results service the runner provides (no token needed). */
export interface ArtifactStore {
  upload(
    name: string,
    dir: string,
    files: readonly string[],
  ): Promise<{ id: number | null; size: number | null }>;
  list(): Promise<RunArtifact[]>;
  download(artifact: RunArtifact, maxBytes: number): Promise<Uint8Array>;
}

/** Local files the integration reads and writes: scratch directories under RUNNER_TEMP. */
export interface Scratch {
  /** A new empty directory. */
  dir(label: string): Promise<string>;
  write(dir: string, files: ReadonlyMap<string, Uint8Array>): Promise<void>;
  /** Regular files directly in `dir`. */
  list(dir: string): Promise<string[]>;
}

/** The job log and annotations, as @actions/core writes them. */
export interface Log {
  info(message: string): void;
  warning(message: string): void;
}
