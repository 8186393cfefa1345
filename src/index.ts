import { existsSync, readFileSync } from 'node:fs';
import { readFile, readdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import * as core from '@actions/core';
import { actionsReporter } from './adapters/actions-reporter.js';
import { artifactStore, nodeScratch } from './adapters/artifacts.js';
import { gitChangedLines, localPullBase } from './adapters/git.js';
import { gitMergeBase, githubApi } from './adapters/github.js';
import { clockFrom, nodeHost } from './adapters/host.js';
import { nodeFiles } from './adapters/node-files.js';
import { nodeEnvironmentProbe } from './adapters/probe.js';
import type { Adapters, Reporter } from './adapters/types.js';
import { parseHistory } from './analysis/history.js';
import { parseJunit } from './formats/tests/junit.js';
import { planAnnotations, newlyFailing, STEP_CAP, type TestFailure } from './github/annotations.js';
import { branchOf, githubContext, type GitHubContext, type PullContext } from './github/context.js';
import { collectShards, fetchTriggeringSet, findHistory } from './github/lookup.js';
import { artifactName } from './github/naming.js';
import { isApiError, type GitHubApi, type Log } from './github/ports.js';
import { publishProblems, publishStatus, upsertComment, uploadSet, type Channel } from './github/publish.js';
import { pullsForRun } from './github/pull.js';
import {
  assemblePullDiff,
  describePullFiles,
  PULL_FILES_LIMIT,
  pullFilesProblem,
} from './github/pull-files.js';
import { SHARD_JUNIT } from './github/shard-junit.js';
import {
  INPUT,
  OUTPUT,
  lines,
  resolveGitHubInputs,
  resolveInputs,
  type GitHubInputs,
  type Inputs,
} from './inputs.js';
import { run, type RunOutcome, closingLines } from './main.js';
import { InputError, isInputError } from './model/errors.js';
import { CheckpointError, parseCheckpoint } from './report/checkpoint.js';
import { commentMarker, COMMENT_LIMIT, renderComment } from './report/comment.js';
import { inline, logLine } from './report/escape.js';

/**
 * The action: read the inputs; fetch what earlier runs left (the base run's and earlier attempts'
 * artifacts, or this run's shards); await the same run() the CLI uses, which writes the files, the
 * summary and the outputs; then annotate and publish (artifact upload, sticky PR comment). Nothing
 * after run() can lose its verdict: a publication failure is a warning and `publish-status`.
 */
export async function main(): Promise<void> {
  const env = process.env;
  const scratch = nodeScratch(path.join(env['RUNNER_TEMP'] || tmpdir(), 'test-ladder'));
  const counts = { warning: 0, error: 0 };
  try {
    const get = (name: string) => core.getInput(name);
    const inputs = resolveInputs(
      {
        mode: get(INPUT.mode),
        coverage: lines(get(INPUT.coverageFiles)),
        coverageFormat: get(INPUT.coverageFormat),
        tests: lines(get(INPUT.testFiles)),
        config: get(INPUT.config),
        baseDir: get(INPUT.baseDir),
        historyDir: get(INPUT.historyDir),
        outDir: get(INPUT.artifactsDir),
        date: get(INPUT.date),
        diffFile: get(INPUT.diffFile),
        baseRef: get(INPUT.baseRef),
        validateEnv: get(INPUT.validateEnv),
        failfastMode: get(INPUT.failfastMode),
        shard: get(INPUT.shard),
      },
      env,
      process.cwd(),
      (key) => `input ${INPUT[key]}`,
    );
    const gh = resolveGitHubInputs(
      {
        githubToken: get(INPUT.githubToken),
        comment: get(INPUT.comment),
        commentKey: get(INPUT.commentKey),
        artifactName: get(INPUT.artifactName),
        shard: get(INPUT.shard),
        expectedShards: get(INPUT.expectedShards),
        upload: get(INPUT.upload),
        history: get(INPUT.history),
      },
      inputs.mode,
    );
    const host = nodeHost(env, clockFrom(env));
    const reporter = counting(actionsReporter(), counts);
    const adapters: Adapters = {
      files: nodeFiles(),
      reporter,
      host,
      probe: nodeEnvironmentProbe(host),
      git: gitChangedLines,
    };
    if (inputs.mode === 'validate-env') return finish(await run(inputs, adapters));

    const found = githubContext(env, readPayload(env['GITHUB_EVENT_PATH']));
    const ctx = 'problem' in found ? null : found;
    const log: Log = { info: (m) => core.info(logLine(m)), warning: (m) => reporter.warning(m) };
    const api =
      gh.token && ctx
        ? await githubApi({
            token: gh.token,
            baseUrl: env['GITHUB_API_URL'] || 'https://api.github.com',
            repo: ctx.repo,
            log: log.info,
          })
        : null;
    const store = artifactStore(env, scratch);
    if (inputs.mode === 'publish') return await publishMode(gh, ctx, api, scratch, log);

    const notes: string[] = [];
    let runInputs: Inputs = { ...inputs, mode: 'run' };
    let files = adapters.files;
    if (inputs.mode === 'merge') {
      if (!store || !ctx)
        throw new InputError(
          "mode merge reads the shards from this run's artifacts: it runs in a GitHub Actions job only",
        );
      const shards = await collectShards(
        { store, scratch, log },
        {
          repository: `${ctx.repo.owner}/${ctx.repo.repo}`,
          runId: ctx.runId,
          attempt: ctx.attempt,
          base: gh.artifactName,
          expected: gh.expectedShards,
        },
      );
      const tests = shards.map((s) => path.join(s.dir, SHARD_JUNIT)).filter((f) => existsSync(f));
      runInputs = {
        ...runInputs,
        coverage: shards.map((s) => path.join(s.dir, 'coverage.xml')),
        tests: [...runInputs.tests, ...tests],
      };
      // The shards' coverage.xml is test-ladder's own output, already repository-relative: mapping
      // it again against this job's checkout (often none) would only call every path unknown.
      files = { ...files, listRepoFiles: async () => null };
      notes.push(
        `Merged ${shards.length} shard(s): ${shards.map((s) => `${s.label} (${s.name})`).join(', ')}.`,
      );
    }

    if (gh.history === 'on' && (!inputs.baseDir || !inputs.historyDir)) {
      const history = await lookHistory(inputs, gh, ctx, api, scratch, log);
      if (history.base && !inputs.baseDir) runInputs = { ...runInputs, baseDir: history.base.dir };
      if (history.history && !inputs.historyDir)
        runInputs = { ...runInputs, historyDir: history.history.dir };
      notes.push(...history.notes);
    }

    if (ctx?.pull && inputs.shard === null && !inputs.diffFile && !inputs.baseRef) {
      const change = await pullChange(inputs, ctx.pull, api, scratch, log);
      runInputs = {
        ...runInputs,
        ...(change.baseRef ? { baseRef: change.baseRef } : {}),
        ...(change.diffFile ? { diffFile: change.diffFile, diffLabel: change.label ?? null } : {}),
        ...(change.skipped ? { noDiffReason: change.skipped } : {}),
      } as ChangeInputs;
      notes.push(...change.notes);
    }

    const outcome = await run(runInputs, { ...adapters, files });
    if (outcome.exitCode === 2 || !outcome.result || !outcome.outDir) return finish(outcome);

    await annotate(outcome, counts);

    const channels: Channel[] = [];
    const upload = await uploadSet(
      store,
      gh.upload === 'off'
        ? { skip: 'upload: off' }
        : {
            name: artifactName(gh.artifactName, gh.shard, ctx?.attempt ?? 1),
            dir: outcome.outDir,
            files: (await readdir(outcome.outDir, { withFileTypes: true }))
              .filter((e) => e.isFile())
              .map((e) => e.name)
              .sort(),
          },
      log,
    );
    channels.push(upload);
    const commentWanted =
      gh.comment === 'on' || (gh.comment === 'auto' && ctx?.pull != null && gh.shard === null);
    if (commentWanted) {
      if (!ctx?.pull) log.info('comment: not a pull request event; nothing to comment on');
      else if (!api) log.info('comment: no github-token; the verdict is in the job summary');
      else {
        const key = gh.commentKey ?? `${ctx.workflow}/${ctx.job}`;
        // No artifact hashes in the comment: they change every run, the comment should only change
        // when the verdict or the figures do (the summary and the checkpoint carry the hashes).
        const { body } = renderComment(outcome.result, [], key, COMMENT_LIMIT, {
          serverUrl: env['GITHUB_SERVER_URL'],
        });
        const result = await upsertComment(
          api,
          { issue: ctx.pull.number, marker: commentMarker(key), body, fork: ctx.pull.fork },
          log,
        );
        channels.push(result);
        if (result.summaryNote) notes.push(`⚠️ ${result.summaryNote}`);
      }
    }
    const status = publishStatus(channels, inputs.mode);
    core.setOutput(OUTPUT.artifactId, upload.id === null ? '' : String(upload.id));
    core.setOutput(OUTPUT.publishStatus, status);
    core.setOutput(OUTPUT.publishProblems, publishProblems(channels));
    await summaryNotes(notes);
    return finish(outcome);
  } catch (e) {
    if (isInputError(e)) {
      core.setFailed(logLine(e.message));
      process.exitCode = 2;
      return;
    }
    core.setFailed(
      `test-ladder failed unexpectedly: ${logLine(e instanceof Error ? (e.stack ?? e.message) : String(e))}`,
    );
    process.exitCode = 2;
  } finally {
    await scratch.cleanup().catch(() => {});
  }
}

function finish(outcome: RunOutcome): void {
  for (const line of closingLines(outcome)) core.info(line);
  if (outcome.exitCode === 2) {
    core.setFailed(logLine(outcome.error ?? 'unreadable input'));
    process.exitCode = 2;
  } else if (outcome.exitCode === 1) {
    const reasons = outcome.failed.flatMap((v) => v.reasons);
    core.setFailed(logLine(reasons.map((r) => `${r.code}: ${r.message}`).join('; ') || 'a gate failed'));
    process.exitCode = 1;
  }
}

/** The base run's set and the set whose history this run continues, found through the API. */
async function lookHistory(
  inputs: Inputs,
  gh: GitHubInputs,
  ctx: GitHubContext | null,
  api: GitHubApi | null,
  scratch: ReturnType<typeof nodeScratch>,
  log: Log,
): Promise<{ base: { dir: string } | null; history: { dir: string } | null; notes: string[] }> {
  const none = { base: null, history: null, notes: [] };
  if (!ctx) return none;
  if (!api) {
    log.info('history: no github-token, so no earlier run is read');
    return none;
  }
  const branch = ctx.pull?.baseRef ?? branchOf(ctx.ref);
  if (!branch || !ctx.workflowFile) {
    log.info('history: no base branch or workflow file known for this event; no earlier run is read');
    return none;
  }
  const mergeBase =
    ctx.pull?.baseSha && ctx.pull.headSha
      ? await gitMergeBase(inputs.workspace, ctx.pull.baseSha, ctx.pull.headSha)
      : null;
  const found = await findHistory(
    { api, scratch, log },
    {
      repository: `${ctx.repo.owner}/${ctx.repo.repo}`,
      workflow: ctx.workflowFile,
      workflowLabel: ctx.workflowFile,
      branch,
      run: { id: ctx.runId, attempt: ctx.attempt },
      mergeBase,
      stem: artifactName(gh.artifactName, gh.shard, 1),
    },
  );
  const notes: string[] = [];
  if (found.base) {
    log.info(`base: ${found.base.source}`);
    notes.push(`Base: ${found.base.source}.`);
  }
  if (found.history && found.history !== found.base) {
    log.info(`history continued from ${found.history.source}`);
    notes.push(`History continued from ${found.history.source}.`);
  }
  return { ...found, notes };
}

/**
 * What run() is told about a change found here: the diff file's name for messages (`PR #12 files
 * API (…)`, not a temporary path that differs every run and would rewrite the sticky comment) and
 * why there is none. Inputs declares both once src/inputs.ts carries them; until then they travel
 * as extra fields that run() does not read.
 */
type ChangeInputs = Inputs & { readonly diffLabel?: string | null; readonly noDiffReason?: string | null };

/**
 * A pull request's changed lines when neither diff-file nor base-ref names them: git from the
 * event's base commit when this clone holds it (and finds the merge base), else GitHub's list of
 * the pull request's files, assembled into a diff file under RUNNER_TEMP that run() reads like any
 * diff file. A list GitHub refuses (403/404: no `pull-requests: read`) leaves patch coverage
 * skipped with a warning that says what to grant; the run goes on.
 */
async function pullChange(
  inputs: Inputs,
  pull: PullContext,
  api: GitHubApi | null,
  scratch: ReturnType<typeof nodeScratch>,
  log: Log,
): Promise<{ baseRef?: string; diffFile?: string; label?: string; skipped?: string; notes: string[] }> {
  const local = pull.baseSha
    ? await localPullBase(inputs.workspace, pull.baseSha)
    : { problem: 'the event names no base commit' };
  if ('mergeBase' in local) {
    log.info(
      `changed lines: git, from the merge base ${local.mergeBase.slice(0, 12)} of PR #${pull.number}'s base and HEAD ${local.head.slice(0, 12)}`,
    );
    return { baseRef: pull.baseSha!, notes: [] };
  }
  if (!api) {
    const why = `patch coverage skipped: ${local.problem}, and without a github-token the files of PR #${pull.number} cannot be listed; fetch the base commit (actions/checkout with fetch-depth: 0) or give a token with \`pull-requests: read\``;
    log.info(why);
    return { skipped: why, notes: [`${why}.`] };
  }
  log.info(`changed lines: ${local.problem}; listing the files of PR #${pull.number} through the API`);
  let listed;
  try {
    listed = await api.listPullFiles(pull.number, PULL_FILES_LIMIT);
  } catch (e) {
    if (!isApiError(e)) throw e;
    const warning = pullFilesProblem(e, pull);
    log.warning(warning);
    return { skipped: warning, notes: [`⚠️ ${warning}.`] };
  }
  const diff = assemblePullDiff(listed.files, `PR #${pull.number} files API`);
  const report = describePullFiles(
    pull,
    { files: listed.files.length, pages: listed.pages, more: listed.more },
    diff,
  );
  const dir = await scratch.dir('pr-files');
  const name = `pr-${pull.number}-files.diff`;
  await scratch.write(dir, new Map([[name, Buffer.from(diff.diffText, 'utf8')]]));
  for (const note of report.notes) log.info(note);
  if (report.warning) log.warning(report.warning);
  return { diffFile: path.join(dir, name), label: report.label, notes: [...report.notes] };
}

/**
 * `mode: publish`, in a workflow_run workflow: post the verdict of the run that triggered it (a fork's
 * pull request run, whose token could not). Its artifact is hostile data: verified, the comment
 * re-rendered from the checkpoint's data, the pull request found from the commit by asking GitHub.
 */
async function publishMode(
  gh: GitHubInputs,
  ctx: GitHubContext | null,
  api: GitHubApi | null,
  scratch: ReturnType<typeof nodeScratch>,
  log: Log,
): Promise<void> {
  if (!ctx || ctx.eventName !== 'workflow_run' || !ctx.triggeringRun)
    throw new InputError(
      `input mode: publish runs in a workflow triggered \`on: workflow_run\`; this job's event is ${ctx?.eventName || 'unknown'}`,
    );
  if (!api)
    throw new InputError(
      'input github-token: mode publish needs a token (permissions: pull-requests: write, actions: read)',
    );
  const tr = ctx.triggeringRun;
  const repository = `${ctx.repo.owner}/${ctx.repo.repo}`;
  const channels: Channel[] = [];
  const summary: string[] = [];
  const done = async (verdict: string) => {
    core.setOutput(OUTPUT.verdict, verdict);
    core.setOutput(OUTPUT.artifactId, '');
    core.setOutput(OUTPUT.publishStatus, publishStatus(channels, 'publish'));
    core.setOutput(OUTPUT.publishProblems, publishProblems(channels));
    await core.summary.addRaw(summary.join('\n')).write();
  };
  if (tr.event !== 'pull_request' && tr.event !== 'pull_request_target') {
    log.info(`publish: run ${tr.id} was triggered by ${tr.event}, not a pull request; nothing to post`);
    summary.push(`test-ladder publish: run ${tr.id} is not a pull request run; nothing posted.`, '');
    return done('');
  }
  let pulls = pullsForRun(await api.pullsForCommit(tr.headSha).catch(() => []), tr);
  if (pulls.length === 0 && tr.headRepo && tr.headBranch)
    pulls = pullsForRun(
      await api.openPullsFrom(`${tr.headRepo.split('/')[0]}:${tr.headBranch}`).catch(() => []),
      tr,
    );
  if (pulls.length === 0) {
    log.info(
      `publish: no open pull request has head ${tr.headSha}; the run is stale or the pull request closed, nothing posted`,
    );
    summary.push(`test-ladder publish: no open pull request has head \`${tr.headSha}\`; nothing posted.`, '');
    return done('');
  }
  const fetched = await fetchTriggeringSet(
    { api, scratch, log },
    { repository, runId: tr.id, attempt: tr.attempt, stem: artifactName(gh.artifactName, null, 1) },
  );
  if ('problem' in fetched) {
    log.warning(`publish: nothing posted: ${fetched.problem}`);
    channels.push({ channel: 'comment', state: 'failed', detail: fetched.problem });
    summary.push(`⚠️ test-ladder publish: nothing posted: ${inline(fetched.problem)}`, '');
    return done('');
  }
  let parsed;
  try {
    parsed = parseCheckpoint(await readFile(path.join(fetched.dir, 'foundation.checkpoint.json'), 'utf8'));
  } catch (e) {
    if (!(e instanceof CheckpointError)) throw e;
    const problem = `the checkpoint of run ${tr.id} is not one this version would write: ${e.message}`;
    log.warning(`publish: nothing posted: ${problem}`);
    channels.push({ channel: 'comment', state: 'failed', detail: problem });
    summary.push(`⚠️ test-ladder publish: nothing posted: ${inline(problem)}`, '');
    return done('');
  }
  const key = gh.commentKey ?? tr.name;
  const { body } = renderComment(parsed.result, [], key, COMMENT_LIMIT, {
    serverUrl: process.env['GITHUB_SERVER_URL'],
  });
  for (const p of pulls) {
    const fork = p.headRepo !== null && p.headRepo.toLowerCase() !== repository.toLowerCase();
    channels.push(await upsertComment(api, { issue: p.number, marker: commentMarker(key), body, fork }, log));
  }
  summary.push(
    `Posted the verdict of run ${tr.id} (${inline(fetched.name)}) to ${pulls.map((p) => `#${p.number}`).join(', ')}:`,
    '',
    body.slice(body.indexOf('\n') + 1),
  );
  return done(parsed.result.status);
}

/** Uncovered changed lines and new test failures, within what the step may still show. */
async function annotate(outcome: RunOutcome, counts: { warning: number; error: number }): Promise<void> {
  const r = outcome.result!;
  const newFailures = r.tests ? await newTestFailures(outcome.outDir!) : [];
  // Publication may warn twice (upload, comment) and a failing gate ends with one error: kept free.
  const planned = planAnnotations(
    { patchFiles: r.coverage.patch?.files ?? [], newFailures },
    {
      warning: STEP_CAP - counts.warning - 2,
      error: STEP_CAP - counts.error - (outcome.exitCode === 1 ? 1 : 0),
    },
  );
  for (const a of planned) {
    const props = {
      title: a.title,
      ...(a.file ? { file: a.file } : {}),
      ...(a.startLine ? { startLine: a.startLine } : {}),
      ...(a.endLine ? { endLine: a.endLine } : {}),
    };
    if (a.level === 'error') core.error(logLine(a.message), props);
    else if (a.level === 'warning') core.warning(logLine(a.message), props);
    else core.notice(logLine(a.message), props);
    if (a.level !== 'notice') counts[a.level]++;
  }
}

async function newTestFailures(outDir: string): Promise<TestFailure[]> {
  const historyText = await readFile(path.join(outDir, 'history.json'), 'utf8').catch(() => null);
  if (historyText === null) return [];
  const parsed = parseHistory(historyText);
  if ('problem' in parsed) return [];
  const ids = newlyFailing(parsed.history);
  if (ids.size === 0) return [];
  // Names, files and messages from the run's own tests.junit.xml when it wrote one; else the ids.
  const junit = await readFile(path.join(outDir, SHARD_JUNIT), 'utf8').catch(() => null);
  const cases = junit ? parseJunit(junit, SHARD_JUNIT).cases : [];
  const byId = new Map(cases.map((c) => [c.id, c]));
  return [...ids].sort().map((id) => {
    const c = byId.get(id);
    return c
      ? {
          id,
          name: c.name,
          ...(c.file ? { file: c.file } : {}),
          ...(c.message ? { message: c.message } : {}),
        }
      : { id, name: id };
  });
}

async function summaryNotes(notes: readonly string[]): Promise<void> {
  if (notes.length === 0) return;
  const text = ['### GitHub', '', ...notes.map((n) => `- ${inline(n).slice(0, 1000)}`), ''].join('\n');
  await core.summary.addRaw(text).write();
}

/** The event payload GitHub wrote for this job; {} when there is none. */
function readPayload(file: string | undefined): unknown {
  if (!file) return {};
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as unknown;
  } catch {
    return {};
  }
}

/** The step shows at most 10 warnings and 10 errors: count what the run emits to budget the rest. */
function counting(inner: Reporter, counts: { warning: number; error: number }): Reporter {
  return {
    ...inner,
    warning: (m, where) => {
      counts.warning++;
      inner.warning(m, where);
    },
    error: (m, where) => {
      counts.error++;
      inner.error(m, where);
    },
  };
}

await main();
