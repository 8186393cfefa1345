import { describe, expect, it } from 'vitest';
import { ArtifactSet } from '../../src/artifacts/index.js';
import { collectShards, fetchTriggeringSet, findHistory } from '../../src/github/lookup.js';
import {
  ApiError,
  type ArtifactStore,
  type GitHubApi,
  type IssueComment,
  type RunArtifact,
  type Scratch,
  type WorkflowRun,
} from '../../src/github/ports.js';
import { upsertComment, uploadSet } from '../../src/github/publish.js';
import { makeZip } from '../e2e/servers/zip.js';

/** The orchestration of downloads and publication, through fake ports. */

function setZip(runId: number, opts: { attempt?: number; tamper?: boolean } = {}): Uint8Array {
  const s = new ArtifactSet();
  s.addText('coverage.xml', '<coverage/>');
  s.addJson('foundation.checkpoint.json', {
    schema: 'test-ladder/checkpoint@1',
    tool: { name: 'test-ladder' },
    run: { id: String(runId), repository: 'o/r', attempt: opts.attempt ?? 1 },
  });
  const m = s.manifest();
  const files: Record<string, Uint8Array | string> = Object.fromEntries(
    s.files().map((f) => [f.name, f.bytes]),
  );
  files[m.name] = m.text;
  if (opts.tamper) files['coverage.xml'] = '<coverage lines-covered="1"/>';
  return makeZip(files);
}

const wrun = (id: number, createdAt: string): WorkflowRun => ({
  id,
  attempt: 1,
  workflowId: 1,
  headSha: `sha${id}`,
  headBranch: 'main',
  event: 'push',
  status: 'completed',
  conclusion: 'success',
  createdAt,
  runNumber: id,
});

function fakes(
  opts: {
    runs?: WorkflowRun[];
    artifacts?: Record<number, { a: RunArtifact; zip: Uint8Array }[]>;
    fail?: ApiError;
  } = {},
) {
  const log = {
    infos: [] as string[],
    warnings: [] as string[],
    info(m: string) {
      this.infos.push(m);
    },
    warning(m: string) {
      this.warnings.push(m);
    },
  };
  const written = new Map<string, Map<string, Uint8Array>>();
  let n = 0;
  const scratch: Scratch = {
    dir: async (label) => `/scratch/${label}-${++n}`,
    write: async (dir, files) => void written.set(dir, new Map(files)),
    list: async () => [],
  };
  const api: Partial<GitHubApi> = {
    listWorkflowRuns: async () => {
      if (opts.fail) throw opts.fail;
      return opts.runs ?? [];
    },
    listRunArtifacts: async (runId) => (opts.artifacts?.[runId] ?? []).map((x) => x.a),
    downloadArtifact: async (a) => {
      for (const list of Object.values(opts.artifacts ?? {}))
        for (const x of list) if (x.a.id === a.id) return x.zip;
      throw new ApiError(404, 'Not Found', 'download');
    },
  };
  return { api: api as GitHubApi, scratch, log, written };
}
const art = (id: number, name: string, size = 100): RunArtifact => ({
  id,
  name,
  size,
  expired: false,
  digest: null,
});

describe('findHistory', () => {
  const q = {
    repository: 'o/r',
    workflow: 'ci.yml',
    workflowLabel: 'ci.yml',
    branch: 'main',
    mergeBase: null,
    stem: 'test-ladder',
  };

  it('skips a tampered base with one warning and takes the next; an earlier attempt’s set is the history', async () => {
    const f = fakes({
      runs: [wrun(1, '2026-11-20T00:00:00Z'), wrun(2, '2026-11-21T00:00:00Z')],
      artifacts: {
        2: [{ a: art(20, 'test-ladder'), zip: setZip(2, { tamper: true }) }],
        1: [{ a: art(10, 'test-ladder'), zip: setZip(1) }],
        9: [{ a: art(90, 'test-ladder'), zip: setZip(9) }],
      },
    });
    const found = await findHistory(f, { ...q, run: { id: 9, attempt: 2 } });
    expect(f.log.warnings).toHaveLength(1);
    expect(f.log.warnings[0]).toMatch(
      /^ignoring artifact test-ladder \(id 20\) of run 2: tampered: HASH_MISMATCH coverage\.xml/,
    );
    expect(found.base?.source).toMatch(/^run 1 \(#1\) of ci\.yml on main at sha1: the newest completed run/);
    expect(found.history?.source).toBe('attempt 1 of this run (test-ladder)');
    expect([...f.written.keys()]).toEqual([found.base!.dir, found.history!.dir]);
  });

  it('refuses a set larger than the limit before downloading it', async () => {
    const f = fakes({
      runs: [wrun(1, '2026-11-20T00:00:00Z')],
      artifacts: { 1: [{ a: art(10, 'test-ladder', 500 * 1024 * 1024), zip: setZip(1) }] },
    });
    const found = await findHistory(f, { ...q, run: { id: 9, attempt: 1 } });
    expect(found.base).toBeNull();
    expect(f.log.warnings).toEqual([
      `ignoring artifact test-ladder (id 10) of run 1: ${500 * 1024 * 1024} bytes, more than ${100 * 1024 * 1024}`,
    ]);
  });

  it('without actions: read, one warning saying so, and no base', async () => {
    const f = fakes({
      fail: new ApiError(
        403,
        'Resource not accessible by integration',
        'GET /repos/o/r/actions/workflows/ci.yml/runs',
      ),
    });
    expect(await findHistory(f, { ...q, run: { id: 9, attempt: 1 } })).toEqual({ base: null, history: null });
    expect(f.log.warnings[0]).toMatch(
      /403 Resource not accessible by integration\).*needs `permissions: actions: read`/,
    );
  });
});

describe('collectShards', () => {
  const store = (list: { a: RunArtifact; zip: Uint8Array }[]): ArtifactStore => ({
    upload: async () => ({ id: 1, size: 1 }),
    list: async () => list.map((x) => x.a),
    download: async (a) => list.find((x) => x.a.id === a.id)!.zip,
  });
  const q = { repository: 'o/r', runId: 5, attempt: 1, base: 'tl', expected: ['1', '2'] };

  it('every expected shard, checked', async () => {
    const f = fakes();
    const got = await collectShards(
      {
        ...f,
        store: store([
          { a: art(1, 'tl-1'), zip: setZip(5) },
          { a: art(2, 'tl-2'), zip: setZip(5) },
        ]),
      },
      q,
    );
    expect(got.map((s) => [s.label, s.name])).toEqual([
      ['1', 'tl-1'],
      ['2', 'tl-2'],
    ]);
  });

  it('no verdict with a shard missing, or one that does not verify, or one from another run', async () => {
    const f = fakes();
    await expect(
      collectShards({ ...f, store: store([{ a: art(1, 'tl-1'), zip: setZip(5) }]) }, q),
    ).rejects.toThrow(
      /^mode merge: shard "2" \(artifact tl-2\) missing from run 5: 1 of 2 expected shards uploaded\. No verdict/,
    );
    await expect(
      collectShards(
        {
          ...f,
          store: store([
            { a: art(1, 'tl-1'), zip: setZip(5) },
            { a: art(2, 'tl-2'), zip: setZip(5, { tamper: true }) },
          ]),
        },
        q,
      ),
    ).rejects.toThrow(/^mode merge: shard "2" \(artifact tl-2\) cannot be used: tampered: HASH_MISMATCH/);
    await expect(
      collectShards(
        {
          ...f,
          store: store([
            { a: art(1, 'tl-1'), zip: setZip(4) },
            { a: art(2, 'tl-2'), zip: setZip(5) },
          ]),
        },
        q,
      ),
    ).rejects.toThrow(/shard "1" \(artifact tl-1\) cannot be used: foreign: written by run "4"/);
    await expect(collectShards({ ...f, store: store([]) }, { ...q, expected: null })).rejects.toThrow(
      /has no shard artifacts named tl-<shard>/,
    );
  });
});

describe('fetchTriggeringSet', () => {
  it('the latest attempt’s set of that run, or why not', async () => {
    const f = fakes({ artifacts: { 7: [{ a: art(70, 'test-ladder'), zip: setZip(7) }] } });
    expect(
      await fetchTriggeringSet(f, { repository: 'o/r', runId: 7, attempt: 1, stem: 'test-ladder' }),
    ).toMatchObject({ name: 'test-ladder' });
    expect(
      await fetchTriggeringSet(f, { repository: 'o/r', runId: 8, attempt: 1, stem: 'test-ladder' }),
    ).toEqual({ problem: 'run 8 uploaded no artifact test-ladder' });
  });
});

describe('publication', () => {
  const log = () => ({
    infos: [] as string[],
    warnings: [] as string[],
    info(m: string) {
      this.infos.push(m);
    },
    warning(m: string) {
      this.warnings.push(m);
    },
  });
  function commentApi(
    existing: IssueComment[],
    faults: Partial<Record<'list' | 'create' | 'update' | 'delete', ApiError>> = {},
  ) {
    const calls: string[] = [];
    const api = {
      listComments: async () => {
        calls.push('list');
        if (faults.list) throw faults.list;
        return existing;
      },
      createComment: async (_: number, body: string) => {
        calls.push('create');
        if (faults.create) throw faults.create;
        return { id: 99, body, author: null };
      },
      updateComment: async (id: number) => {
        calls.push(`update ${id}`);
        if (faults.update) throw faults.update;
      },
      deleteComment: async (id: number) => {
        calls.push(`delete ${id}`);
        if (faults.delete) throw faults.delete;
      },
    } as unknown as GitHubApi;
    return { api, calls };
  }
  const M = '<!-- m -->';
  const req = { issue: 4, marker: M, body: `${M}\nnew`, fork: false };

  it('an edit of a comment deleted meanwhile becomes a new comment; a failed delete is left be', async () => {
    const bot = { login: 'bot', type: 'Bot' };
    const { api, calls } = commentApi(
      [
        { id: 1, body: `${M}\nold`, author: bot },
        { id: 2, body: `${M}\nolder`, author: bot },
      ],
      {
        update: new ApiError(404, 'Not Found', 'PATCH'),
        delete: new ApiError(403, 'nope', 'DELETE'),
      },
    );
    const r = await upsertComment(api, req, log());
    expect(calls).toEqual(['list', 'update 2', 'create', 'delete 1']);
    expect(r).toMatchObject({ state: 'ok', id: 99, summaryNote: null });
  });

  it('403: one warning; the fork gets the workflow_run recipe, a same-repository PR the missing permission', async () => {
    for (const fork of [true, false]) {
      const l = log();
      const { api } = commentApi([], {
        create: new ApiError(403, 'Resource not accessible by integration', 'POST'),
      });
      const r = await upsertComment(api, { ...req, fork }, l);
      expect(r.state).toBe('failed');
      expect(l.warnings).toHaveLength(1);
      expect(l.warnings[0]).toContain(fork ? '`mode: publish`' : '`permissions: pull-requests: write`');
      expect(r.summaryNote).toMatch(/^The PR comment was not posted: GitHub answered 403/);
    }
  });

  it('an upload with no artifact service is skipped, a failed one is a warning', async () => {
    const l = log();
    expect(await uploadSet(null, { name: 'n', dir: '/d', files: ['a'] }, l)).toMatchObject({
      state: 'skipped',
      id: null,
    });
    const broken: ArtifactStore = {
      upload: async () => {
        throw new Error('connect ECONNREFUSED');
      },
      list: async () => [],
      download: async () => new Uint8Array(),
    };
    expect(await uploadSet(broken, { name: 'n', dir: '/d', files: ['a'] }, l)).toMatchObject({
      state: 'failed',
      detail: 'connect ECONNREFUSED',
    });
    expect(l.warnings).toEqual([
      'could not upload the artifact set as n: connect ECONNREFUSED. The verdict stands: the summary, the outputs and the files in /d hold it.',
    ]);
  });
});
