// The JSON GitHub's REST API returns, built from the fake server's state. Field for field what
// api.github.com sends (URL patterns included), so the response check of the description passes
// and a client that reads a field the real API has finds it.

/** Where the API lives (the fake server's own URL) and where the web UI lives. */
export interface Origins {
  /** e.g. http://127.0.0.1:40123 (no trailing slash). */
  api: string;
  /** https://github.com */
  html: string;
}

export type AccountType = 'User' | 'Bot' | 'Organization';

export interface Account {
  login: string;
  id: number;
  type: AccountType;
}

/** The account GITHUB_TOKEN acts as. */
export const GITHUB_ACTIONS_BOT: Account = { login: 'github-actions[bot]', id: 41898282, type: 'Bot' };
export const OCTOCAT: Account = { login: 'octocat', id: 583231, type: 'User' };

export function nodeId(kind: string, id: number): string {
  return Buffer.from(`0${kind.length}:${kind}${id}`).toString('base64');
}

export function userJson(account: Account, o: Origins): Record<string, unknown> {
  const url = `${o.api}/users/${encodeURIComponent(account.login)}`;
  return {
    login: account.login,
    id: account.id,
    node_id: nodeId(account.type, account.id),
    avatar_url: `https://avatars.githubusercontent.com/u/${account.id}?v=4`,
    gravatar_id: '',
    url,
    html_url: `${o.html}/${account.type === 'Bot' ? 'apps/' + account.login.replace(/\[bot\]$/, '') : account.login}`,
    followers_url: `${url}/followers`,
    following_url: `${url}/following{/other_user}`,
    gists_url: `${url}/gists{/gist_id}`,
    starred_url: `${url}/starred{/owner}{/repo}`,
    subscriptions_url: `${url}/subscriptions`,
    organizations_url: `${url}/orgs`,
    repos_url: `${url}/repos`,
    events_url: `${url}/events{/privacy}`,
    received_events_url: `${url}/received_events`,
    type: account.type,
    user_view_type: 'public',
    site_admin: false,
  };
}

export interface RepoInfo {
  owner: Account;
  name: string;
  id: number;
  private: boolean;
  fork: boolean;
  defaultBranch: string;
  createdAt: string;
}

export function fullName(repo: RepoInfo): string {
  return `${repo.owner.login}/${repo.name}`;
}

/** `minimal-repository`: the URL set every repository object carries. */
export function minimalRepositoryJson(repo: RepoInfo, o: Origins): Record<string, unknown> {
  const full = fullName(repo);
  const url = `${o.api}/repos/${full}`;
  return {
    id: repo.id,
    node_id: nodeId('Repository', repo.id),
    name: repo.name,
    full_name: full,
    private: repo.private,
    owner: userJson(repo.owner, o),
    html_url: `${o.html}/${full}`,
    description: null,
    fork: repo.fork,
    url,
    forks_url: `${url}/forks`,
    keys_url: `${url}/keys{/key_id}`,
    collaborators_url: `${url}/collaborators{/collaborator}`,
    teams_url: `${url}/teams`,
    hooks_url: `${url}/hooks`,
    issue_events_url: `${url}/issues/events{/number}`,
    events_url: `${url}/events`,
    assignees_url: `${url}/assignees{/user}`,
    branches_url: `${url}/branches{/branch}`,
    tags_url: `${url}/tags`,
    blobs_url: `${url}/git/blobs{/sha}`,
    git_tags_url: `${url}/git/tags{/sha}`,
    git_refs_url: `${url}/git/refs{/sha}`,
    trees_url: `${url}/git/trees{/sha}`,
    statuses_url: `${url}/statuses/{sha}`,
    languages_url: `${url}/languages`,
    stargazers_url: `${url}/stargazers`,
    contributors_url: `${url}/contributors`,
    subscribers_url: `${url}/subscribers`,
    subscription_url: `${url}/subscription`,
    commits_url: `${url}/commits{/sha}`,
    git_commits_url: `${url}/git/commits{/sha}`,
    comments_url: `${url}/comments{/number}`,
    issue_comment_url: `${url}/issues/comments{/number}`,
    contents_url: `${url}/contents/{+path}`,
    compare_url: `${url}/compare/{base}...{head}`,
    merges_url: `${url}/merges`,
    archive_url: `${url}/{archive_format}{/ref}`,
    downloads_url: `${url}/downloads`,
    issues_url: `${url}/issues{/number}`,
    pulls_url: `${url}/pulls{/number}`,
    milestones_url: `${url}/milestones{/number}`,
    notifications_url: `${url}/notifications{?since,all,participating}`,
    labels_url: `${url}/labels{/name}`,
    releases_url: `${url}/releases{/id}`,
    deployments_url: `${url}/deployments`,
  };
}

/** `repository`: what pull requests carry as head.repo / base.repo. */
export function repositoryJson(repo: RepoInfo, o: Origins): Record<string, unknown> {
  const full = fullName(repo);
  const host = new URL(o.html).host;
  return {
    ...minimalRepositoryJson(repo, o),
    git_url: `git://${host}/${full}.git`,
    ssh_url: `git@${host}:${full}.git`,
    clone_url: `${o.html}/${full}.git`,
    svn_url: `${o.html}/${full}`,
    mirror_url: null,
    homepage: null,
    language: 'TypeScript',
    forks_count: 0,
    stargazers_count: 0,
    watchers_count: 0,
    size: 1024,
    default_branch: repo.defaultBranch,
    open_issues_count: 0,
    is_template: false,
    topics: [],
    has_issues: true,
    has_projects: true,
    has_wiki: true,
    has_pages: false,
    has_downloads: true,
    has_discussions: false,
    archived: false,
    disabled: false,
    visibility: repo.private ? 'private' : 'public',
    pushed_at: repo.createdAt,
    created_at: repo.createdAt,
    updated_at: repo.createdAt,
    allow_forking: true,
    web_commit_signoff_required: false,
    license: null,
    forks: 0,
    open_issues: 0,
    watchers: 0,
  };
}

export interface CommentRecord {
  id: number;
  issueNumber: number;
  body: string;
  user: Account;
  createdAt: string;
  updatedAt: string;
}

export function issueCommentJson(repo: RepoInfo, c: CommentRecord, o: Origins): Record<string, unknown> {
  const full = fullName(repo);
  return {
    id: c.id,
    node_id: nodeId('IssueComment', c.id),
    url: `${o.api}/repos/${full}/issues/comments/${c.id}`,
    html_url: `${o.html}/${full}/pull/${c.issueNumber}#issuecomment-${c.id}`,
    body: c.body,
    user: userJson(c.user, o),
    created_at: c.createdAt,
    updated_at: c.updatedAt,
    issue_url: `${o.api}/repos/${full}/issues/${c.issueNumber}`,
    author_association: c.user.type === 'Bot' ? 'NONE' : 'MEMBER',
    performed_via_github_app: null,
    reactions: {
      url: `${o.api}/repos/${full}/issues/comments/${c.id}/reactions`,
      total_count: 0,
      '+1': 0,
      '-1': 0,
      laugh: 0,
      hooray: 0,
      confused: 0,
      heart: 0,
      rocket: 0,
      eyes: 0,
    },
  };
}

export type FileStatus = 'added' | 'removed' | 'modified' | 'renamed' | 'copied' | 'changed' | 'unchanged';

export interface PullFileRecord {
  filename: string;
  status: FileStatus;
  additions: number;
  deletions: number;
  /** Undefined: GitHub leaves `patch` out (binary or too large). */
  patch: string | undefined;
  previousFilename: string | undefined;
  sha: string;
}

export function diffEntryJson(
  repo: RepoInfo,
  headSha: string,
  f: PullFileRecord,
  o: Origins,
): Record<string, unknown> {
  const full = fullName(repo);
  const path = f.filename.split('/').map(encodeURIComponent).join('/');
  const entry: Record<string, unknown> = {
    sha: f.sha,
    filename: f.filename,
    status: f.status,
    additions: f.additions,
    deletions: f.deletions,
    changes: f.additions + f.deletions,
    blob_url: `${o.html}/${full}/blob/${headSha}/${path}`,
    raw_url: `${o.html}/${full}/raw/${headSha}/${path}`,
    contents_url: `${o.api}/repos/${full}/contents/${path}?ref=${headSha}`,
  };
  if (f.patch !== undefined) entry['patch'] = f.patch;
  if (f.previousFilename !== undefined) entry['previous_filename'] = f.previousFilename;
  return entry;
}

export interface PullRecord {
  id: number;
  number: number;
  title: string;
  body: string | null;
  state: 'open' | 'closed';
  draft: boolean;
  merged: boolean;
  user: Account;
  head: { repo: RepoInfo; ref: string; sha: string };
  base: { ref: string; sha: string };
  mergeCommitSha: string | null;
  createdAt: string;
  updatedAt: string;
  closedAt: string | null;
  mergedAt: string | null;
  files: PullFileRecord[];
  commits: number;
}

function pullLinks(repo: RepoInfo, p: PullRecord, o: Origins): Record<string, unknown> {
  const full = fullName(repo);
  const api = `${o.api}/repos/${full}`;
  return {
    self: { href: `${api}/pulls/${p.number}` },
    html: { href: `${o.html}/${full}/pull/${p.number}` },
    issue: { href: `${api}/issues/${p.number}` },
    comments: { href: `${api}/issues/${p.number}/comments` },
    review_comments: { href: `${api}/pulls/${p.number}/comments` },
    review_comment: { href: `${api}/pulls/comments{/number}` },
    commits: { href: `${api}/pulls/${p.number}/commits` },
    statuses: { href: `${api}/statuses/${p.head.sha}` },
  };
}

/** `pull-request-simple`: the items of the pulls lists. */
export function pullRequestSimpleJson(repo: RepoInfo, p: PullRecord, o: Origins): Record<string, unknown> {
  const full = fullName(repo);
  const api = `${o.api}/repos/${full}`;
  const head = p.head.repo;
  return {
    url: `${api}/pulls/${p.number}`,
    id: p.id,
    node_id: nodeId('PullRequest', p.id),
    html_url: `${o.html}/${full}/pull/${p.number}`,
    diff_url: `${o.html}/${full}/pull/${p.number}.diff`,
    patch_url: `${o.html}/${full}/pull/${p.number}.patch`,
    issue_url: `${api}/issues/${p.number}`,
    number: p.number,
    state: p.state,
    locked: false,
    title: p.title,
    user: userJson(p.user, o),
    body: p.body,
    created_at: p.createdAt,
    updated_at: p.updatedAt,
    closed_at: p.closedAt,
    merged_at: p.mergedAt,
    merge_commit_sha: p.mergeCommitSha,
    assignee: null,
    assignees: [],
    requested_reviewers: [],
    requested_teams: [],
    labels: [],
    milestone: null,
    draft: p.draft,
    commits_url: `${api}/pulls/${p.number}/commits`,
    review_comments_url: `${api}/pulls/${p.number}/comments`,
    review_comment_url: `${api}/pulls/comments{/number}`,
    comments_url: `${api}/issues/${p.number}/comments`,
    statuses_url: `${api}/statuses/${p.head.sha}`,
    head: {
      label: `${head.owner.login}:${p.head.ref}`,
      ref: p.head.ref,
      sha: p.head.sha,
      user: userJson(head.owner, o),
      repo: repositoryJson(head, o),
    },
    base: {
      label: `${repo.owner.login}:${p.base.ref}`,
      ref: p.base.ref,
      sha: p.base.sha,
      user: userJson(repo.owner, o),
      repo: repositoryJson(repo, o),
    },
    _links: pullLinks(repo, p, o),
    author_association: head.fork ? 'CONTRIBUTOR' : 'MEMBER',
    auto_merge: null,
    active_lock_reason: null,
  };
}

/** `pull-request`: GET /pulls/{n}. */
export function pullRequestJson(repo: RepoInfo, p: PullRecord, o: Origins): Record<string, unknown> {
  return {
    ...pullRequestSimpleJson(repo, p, o),
    merged: p.merged,
    mergeable: p.state === 'open' ? true : null,
    rebaseable: p.state === 'open' ? true : null,
    mergeable_state: p.state === 'open' ? 'clean' : 'unknown',
    merged_by: null,
    comments: 0,
    review_comments: 0,
    maintainer_can_modify: false,
    commits: p.commits,
    additions: p.files.reduce((sum, f) => sum + f.additions, 0),
    deletions: p.files.reduce((sum, f) => sum + f.deletions, 0),
    changed_files: p.files.length,
  };
}

export interface RunAttemptRecord {
  status: RunStatus;
  conclusion: RunConclusion | null;
  createdAt: string;
  updatedAt: string;
}

export type RunStatus = 'queued' | 'in_progress' | 'completed' | 'waiting' | 'requested' | 'pending';
export type RunConclusion =
  'success' | 'failure' | 'cancelled' | 'skipped' | 'neutral' | 'timed_out' | 'action_required' | 'stale';

export interface RunRecord {
  id: number;
  name: string;
  workflowId: number;
  /** `.github/workflows/ci.yml` */
  workflowPath: string;
  headBranch: string | null;
  headSha: string;
  headRepo: RepoInfo;
  event: string;
  runNumber: number;
  displayTitle: string;
  actor: Account;
  /** Pull requests (numbers in the base repository) the run belongs to; empty for forks, as on GitHub. */
  pullRequests: number[];
  /** attempts[0] is attempt 1; the last one is the run as listed. */
  attempts: RunAttemptRecord[];
  checkSuiteId: number;
}

export function workflowRunJson(
  repo: RepoInfo,
  run: RunRecord,
  attemptNumber: number,
  pulls: readonly PullRecord[],
  o: Origins,
  excludePullRequests = false,
): Record<string, unknown> {
  const attempt = run.attempts[attemptNumber - 1]!;
  const full = fullName(repo);
  const api = `${o.api}/repos/${full}`;
  const runUrl = `${api}/actions/runs/${run.id}`;
  return {
    id: run.id,
    name: run.name,
    node_id: nodeId('WorkflowRun', run.id),
    head_branch: run.headBranch,
    head_sha: run.headSha,
    path: run.workflowPath,
    display_title: run.displayTitle,
    run_number: run.runNumber,
    event: run.event,
    status: attempt.status,
    conclusion: attempt.conclusion,
    workflow_id: run.workflowId,
    check_suite_id: run.checkSuiteId,
    check_suite_node_id: nodeId('CheckSuite', run.checkSuiteId),
    url: runUrl,
    html_url: `${o.html}/${full}/actions/runs/${run.id}`,
    pull_requests: excludePullRequests
      ? []
      : pulls
          .filter((p) => run.pullRequests.includes(p.number))
          .map((p) => ({
            url: `${api}/pulls/${p.number}`,
            id: p.id,
            number: p.number,
            head: {
              ref: p.head.ref,
              sha: p.head.sha,
              repo: {
                id: p.head.repo.id,
                url: `${o.api}/repos/${fullName(p.head.repo)}`,
                name: p.head.repo.name,
              },
            },
            base: { ref: p.base.ref, sha: p.base.sha, repo: { id: repo.id, url: api, name: repo.name } },
          })),
    created_at: run.attempts[0]!.createdAt,
    updated_at: attempt.updatedAt,
    actor: userJson(run.actor, o),
    run_attempt: attemptNumber,
    referenced_workflows: [],
    run_started_at: attempt.createdAt,
    triggering_actor: userJson(run.actor, o),
    jobs_url: `${runUrl}/jobs`,
    logs_url: `${runUrl}/logs`,
    check_suite_url: `${api}/check-suites/${run.checkSuiteId}`,
    artifacts_url: `${runUrl}/artifacts`,
    cancel_url: `${runUrl}/cancel`,
    rerun_url: `${runUrl}/rerun`,
    previous_attempt_url: attemptNumber > 1 ? `${runUrl}/attempts/${attemptNumber - 1}` : null,
    workflow_url: `${api}/actions/workflows/${run.workflowId}`,
    head_commit: {
      id: run.headSha,
      tree_id: run.headSha.split('').reverse().join(''),
      message: run.displayTitle,
      timestamp: run.attempts[0]!.createdAt,
      author: { name: run.actor.login, email: `${run.actor.id}+${run.actor.login}@users.noreply.github.com` },
      committer: { name: 'GitHub', email: 'noreply@github.com' },
    },
    repository: minimalRepositoryJson(repo, o),
    head_repository: minimalRepositoryJson(run.headRepo, o),
  };
}

export interface ArtifactRecord {
  id: number;
  runId: number;
  name: string;
  /** What GET …/zip serves. */
  content: Buffer;
  sizeInBytes: number;
  /** `sha256:<hex>` of content, or null (artifacts uploaded before v4). */
  digest: string | null;
  expired: boolean;
  createdAt: string;
  expiresAt: string;
}

export function artifactJson(
  repo: RepoInfo,
  a: ArtifactRecord,
  run: RunRecord | undefined,
  o: Origins,
): Record<string, unknown> {
  const api = `${o.api}/repos/${fullName(repo)}`;
  return {
    id: a.id,
    node_id: nodeId('Artifact', a.id),
    name: a.name,
    size_in_bytes: a.sizeInBytes,
    url: `${api}/actions/artifacts/${a.id}`,
    archive_download_url: `${api}/actions/artifacts/${a.id}/zip`,
    expired: a.expired,
    created_at: a.createdAt,
    updated_at: a.createdAt,
    expires_at: a.expiresAt,
    digest: a.digest,
    workflow_run:
      run === undefined
        ? null
        : {
            id: run.id,
            repository_id: repo.id,
            head_repository_id: run.headRepo.id,
            head_branch: run.headBranch ?? '',
            head_sha: run.headSha,
          },
  };
}
