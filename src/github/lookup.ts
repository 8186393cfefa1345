import { InputError } from '../model/errors.js';
import { baseCandidates, checkArtifactSet, describeBase } from './history.js';
import { latestOf, planMerge } from './naming.js';
import {
  isApiError,
  type ArtifactStore,
  type GitHubApi,
  type Log,
  type RunArtifact,
  type Scratch,
} from './ports.js';
import { readArtifactZip } from './zip.js';

/**
 * Downloading earlier artifact sets: the base run's and earlier attempts' (history), this run's
 * shards (`mode: merge`), a fork's run (`mode: publish`). Each is checked before use: the listed
 * size before the download, the zip while reading it, the hashes and the checkpoint after.
 */

/** An artifact zip larger than this is not downloaded (an artifact set is a few hundred kB). */
export const MAX_ARTIFACT_ZIP = 100 * 1024 * 1024;

export interface Found {
  readonly dir: string;
  /** Where it came from, in words (the log and the summary say which run was used, and why). */
  readonly source: string;
}

export interface HistoryQuery {
  readonly repository: string;
  /** The workflow's file name or id, and how to name it. */
  readonly workflow: string | number;
  readonly workflowLabel: string;
  /** The base branch: the pull request's base, or the pushed branch. */
  readonly branch: string;
  /** The run being judged, never its own base; its earlier attempts continue its history. */
  readonly run: { readonly id: number; readonly attempt: number };
  readonly mergeBase: string | null;
  /** The artifact name this job's runs upload (without the attempt suffix). */
  readonly stem: string;
}

export interface HistoryFound {
  /** The base run's set: its coverage.xml is the base of the delta. */
  readonly base: Found | null;
  /** The set whose history.json this run continues: an earlier attempt's, else the base's. */
  readonly history: Found | null;
}

export async function findHistory(
  ports: { api: GitHubApi; scratch: Scratch; log: Log },
  q: HistoryQuery,
): Promise<HistoryFound> {
  const { api, log } = ports;
  let base: Found | null = null;
  try {
    const runs = await api.listWorkflowRuns(q.workflow, { branch: q.branch, perPage: 20 });
    for (const c of baseCandidates(runs, { exclude: q.run.id, mergeBase: q.mergeBase })) {
      const artifact = latestOf(await api.listRunArtifacts(c.run.id), q.stem);
      if (!artifact) {
        log.info(`history: run ${c.run.id} on ${q.branch} has no artifact ${q.stem}`);
        continue;
      }
      const dir = await fetchSet(ports, artifact, { runId: c.run.id, repository: q.repository }, 'base');
      if (!dir) continue;
      base = { dir, source: describeBase(c, q.mergeBase, q.workflowLabel, q.branch) };
      break;
    }
    if (!base)
      log.info(`history: no earlier run of ${q.workflowLabel} on ${q.branch} with artifact ${q.stem}`);
  } catch (e) {
    if (!isApiError(e)) throw e;
    log.warning(
      `history: cannot read earlier runs (${e.request}: ${e.status ?? 'no response'} ${e.message}); the run is judged without a base or history. Reading other runs' artifacts needs \`permissions: actions: read\`.`,
    );
    return { base: null, history: null };
  }
  let earlier: Found | null = null;
  if (q.run.attempt > 1) {
    try {
      const artifact = latestOf(await api.listRunArtifacts(q.run.id), q.stem, q.run.attempt - 1);
      if (artifact) {
        const dir = await fetchSet(
          ports,
          artifact,
          { runId: q.run.id, repository: q.repository, attempt: q.run.attempt - 1 },
          'attempt',
        );
        if (dir) earlier = { dir, source: `attempt ${artifact.attempt} of this run (${artifact.name})` };
      }
    } catch (e) {
      if (!isApiError(e)) throw e;
      log.warning(
        `history: cannot read this run's earlier attempts (${e.request}: ${e.status ?? 'no response'} ${e.message})`,
      );
    }
  }
  return { base, history: earlier ?? base };
}

/** Download, read and check one set; null (with one warning) when it cannot be trusted. */
async function fetchSet(
  { api, scratch, log }: { api: GitHubApi; scratch: Scratch; log: Log },
  artifact: RunArtifact,
  expect: { runId: number; repository: string; attempt?: number },
  label: string,
): Promise<string | null> {
  const what = `artifact ${artifact.name} (id ${artifact.id}) of run ${expect.runId}`;
  if (artifact.size > MAX_ARTIFACT_ZIP) {
    log.warning(`ignoring ${what}: ${artifact.size} bytes, more than ${MAX_ARTIFACT_ZIP}`);
    return null;
  }
  let zip: Uint8Array;
  try {
    zip = await api.downloadArtifact(artifact, MAX_ARTIFACT_ZIP);
  } catch (e) {
    if (!isApiError(e)) throw e;
    log.warning(`ignoring ${what}: cannot download it (${e.status ?? 'no response'} ${e.message})`);
    return null;
  }
  const files = usable(zip, expect);
  if ('problem' in files) {
    log.warning(`ignoring ${what}: ${files.problem}`);
    return null;
  }
  const dir = await scratch.dir(label);
  await scratch.write(dir, files.files);
  return dir;
}

function usable(
  zip: Uint8Array,
  expect: { runId: number; repository: string; attempt?: number },
): { files: ReadonlyMap<string, Uint8Array> } | { problem: string } {
  const read = readArtifactZip(zip);
  if ('problem' in read) return { problem: `not a readable artifact zip: ${read.problem}` };
  const check = checkArtifactSet(read.files, expect);
  return check.ok ? read : { problem: check.problem };
}

export interface ShardQuery {
  readonly repository: string;
  readonly runId: number;
  readonly attempt: number;
  /** `artifact-name`: shards are `<base>-<shard>`. */
  readonly base: string;
  readonly expected: readonly string[] | null;
}

/**
 * `mode: merge`: this run's shard sets, each checked. A shard that is expected but missing, or
 * present but not sound, means no verdict: merging without it would report coverage that is not
 * there as a drop. Throws InputError naming it.
 */
export async function collectShards(
  ports: { store: ArtifactStore; scratch: Scratch; log: Log },
  q: ShardQuery,
): Promise<{ label: string; dir: string; name: string }[]> {
  let listed: RunArtifact[];
  try {
    listed = await ports.store.list();
  } catch (e) {
    throw new InputError(`mode merge: cannot list this run's artifacts: ${(e as Error).message}`);
  }
  const plan = planMerge(listed, q.base, q.expected, q.attempt);
  if (plan.missing.length > 0) {
    const names = plan.missing.map((m) => `"${m.label}" (artifact ${m.name})`).join(', ');
    throw new InputError(
      `mode merge: ${plan.missing.length === 1 ? 'shard' : 'shards'} ${names} missing from run ${q.runId}: ${plan.shards.length} of ${q.expected!.length} expected shards uploaded. No verdict: a merge without ${plan.missing.length === 1 ? 'it' : 'them'} would report the missing coverage as a drop. Did that leg fail before test-ladder ran, or upload under another artifact-name?`,
    );
  }
  if (plan.shards.length === 0)
    throw new InputError(
      `mode merge: run ${q.runId} has no shard artifacts named ${q.base}-<shard>; give each matrix leg a \`shard\` input (and the same \`artifact-name\`)`,
    );
  for (const extra of plan.extra) ports.log.info(`mode merge: ${extra} is not an expected shard; not merged`);
  const out: { label: string; dir: string; name: string }[] = [];
  for (const { label, artifact } of plan.shards) {
    const problem = (p: string) =>
      new InputError(
        `mode merge: shard "${label}" (artifact ${artifact.name}) cannot be used: ${p}. No verdict.`,
      );
    if (artifact.size > MAX_ARTIFACT_ZIP)
      throw problem(`${artifact.size} bytes, more than ${MAX_ARTIFACT_ZIP}`);
    let zip: Uint8Array;
    try {
      zip = await ports.store.download(artifact, MAX_ARTIFACT_ZIP);
    } catch (e) {
      throw problem(`download failed: ${(e as Error).message}`);
    }
    const files = usable(zip, { runId: q.runId, repository: q.repository, attempt: q.attempt });
    if ('problem' in files) throw problem(files.problem);
    const dir = await ports.scratch.dir(`shard-${out.length + 1}`);
    await ports.scratch.write(dir, files.files);
    out.push({ label, dir, name: artifact.name });
  }
  return out;
}

/**
 * `mode: publish`: the triggering run's set. Null with a warning when it is missing or unsound;
 * nothing is posted from it then.
 */
export async function fetchTriggeringSet(
  ports: { api: GitHubApi; scratch: Scratch; log: Log },
  q: { repository: string; runId: number; attempt: number; stem: string },
): Promise<{ dir: string; name: string } | { problem: string }> {
  let artifact;
  try {
    artifact = latestOf(await ports.api.listRunArtifacts(q.runId), q.stem, q.attempt);
  } catch (e) {
    if (!isApiError(e)) throw e;
    return {
      problem: `cannot list the artifacts of run ${q.runId} (${e.status ?? 'no response'} ${e.message}); the job needs \`actions: read\``,
    };
  }
  if (!artifact) return { problem: `run ${q.runId} uploaded no artifact ${q.stem}` };
  if (artifact.size > MAX_ARTIFACT_ZIP)
    return { problem: `artifact ${artifact.name}: ${artifact.size} bytes, more than ${MAX_ARTIFACT_ZIP}` };
  let zip: Uint8Array;
  try {
    zip = await ports.api.downloadArtifact(artifact, MAX_ARTIFACT_ZIP);
  } catch (e) {
    if (!isApiError(e)) throw e;
    return {
      problem: `cannot download artifact ${artifact.name} (${e.status ?? 'no response'} ${e.message})`,
    };
  }
  const files = usable(zip, { runId: q.runId, repository: q.repository, attempt: q.attempt });
  if ('problem' in files) return { problem: `artifact ${artifact.name} of run ${q.runId}: ${files.problem}` };
  const dir = await ports.scratch.dir('publish');
  await ports.scratch.write(dir, files.files);
  return { dir, name: artifact.name };
}
