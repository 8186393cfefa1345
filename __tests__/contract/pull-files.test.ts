// GET /repos/{owner}/{repo}/pulls/{pull_number}/files as the fake GitHub serves it, against GitHub's
// published OpenAPI description: every entry a valid `diff-entry` (renamed, added, removed, binary
// without `patch`), the pages linked as GitHub links them, the list capped at 3,000 files.
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import {
  DEFAULT_REPOSITORY,
  GitHubState,
  manyFiles,
  PULL_FILES_LIMIT,
  pullFilesFromDiff,
  startGitHubServer,
  type GitHubServer,
} from '../e2e/servers/github.js';
import { diffEntryJson, type Origins } from '../e2e/servers/github-shapes.js';
import { OpenApiContract } from '../e2e/servers/openapi.js';

const origins: Origins = { api: 'http://127.0.0.1:9', html: 'https://github.com' };
const diff = readFileSync('__tests__/fixtures/patch/changes-context.diff', 'utf8');
let contract: OpenApiContract;

beforeAll(() => {
  contract = OpenApiContract.get();
});

describe('the diff-entry the fake builds', () => {
  const state = new GitHubState([DEFAULT_REPOSITORY]);
  const pull = state.addPull({ number: 12, headSha: 'a'.repeat(40), files: pullFilesFromDiff(diff) });

  it('is GitHub’s schema for every kind of file in a real change', () => {
    const op = contract.operation('pulls/list-files')!;
    const body = pull.files.map((f) => diffEntryJson(state.repo().info, pull.head.sha, f, origins));
    expect(new Set(body.map((e) => e['status']))).toEqual(
      new Set(['added', 'removed', 'modified', 'renamed', 'changed']),
    );
    expect(body.filter((e) => !('patch' in e)).map((e) => e['filename'])).toEqual([
      'shop/__init__.py',
      'shop/constants.py',
      'shop/logo.png',
    ]);
    expect(contract.checkResponse(op, 200, body)).toEqual([]);
  });

  it('would be refused without a filename or with a status GitHub does not send', () => {
    const op = contract.operation('pulls/list-files')!;
    const entry = diffEntryJson(state.repo().info, pull.head.sha, pull.files[0]!, origins);
    const { filename: _filename, ...withoutName } = entry;
    expect(contract.checkResponse(op, 200, [withoutName])[0]?.message).toContain(
      "must have required property 'filename'",
    );
    expect(contract.checkResponse(op, 200, [{ ...entry, status: 'moved' }])[0]?.message).toContain(
      'must be equal to one of the allowed values',
    );
  });

  it('takes the query the action sends', () => {
    const check = contract.checkRequest({
      method: 'GET',
      path: '/repos/o/r/pulls/12/files',
      query: new URLSearchParams('per_page=100&page=2'),
    });
    expect(check.issues).toEqual([]);
    expect(check.query).toEqual({ per_page: 100, page: 2 });
  });
});

describe('the endpoint, served', () => {
  let gh: GitHubServer;
  beforeAll(async () => {
    gh = await startGitHubServer();
    gh.state.addPull({ number: 40, headSha: 'b'.repeat(40), files: manyFiles(PULL_FILES_LIMIT + 150) });
  });
  afterAll(async () => {
    await gh.stop();
  });

  const get = async (url: string) => {
    const res = await fetch(url, { headers: { accept: 'application/vnd.github+json' } });
    return { status: res.status, link: res.headers.get('link') ?? '', body: (await res.json()) as unknown[] };
  };

  it('links the pages as GitHub does and stops at 3,000 files', async () => {
    const first = await get(`${gh.url}/repos/${DEFAULT_REPOSITORY}/pulls/40/files?per_page=100`);
    expect(first.status).toBe(200);
    expect(first.body).toHaveLength(100);
    const rels = Object.fromEntries(
      [...first.link.matchAll(/<([^>]+)>; rel="(\w+)"/g)].map((m) => [m[2], new URL(m[1]!)]),
    );
    expect(Object.keys(rels).sort()).toEqual(['last', 'next']);
    expect(rels['next']!.pathname).toMatch(/^\/repositories\/\d+\/pulls\/40\/files$/);
    expect(rels['next']!.searchParams.get('page')).toBe('2');
    expect(rels['last']!.searchParams.get('page')).toBe(String(PULL_FILES_LIMIT / 100));

    let url: string | null = `${gh.url}/repos/${DEFAULT_REPOSITORY}/pulls/40/files?per_page=100`;
    let files = 0;
    let pages = 0;
    while (url) {
      const page = await get(url);
      pages++;
      files += page.body.length;
      url = /<([^>]+)>; rel="next"/.exec(page.link)?.[1] ?? null;
    }
    expect([pages, files]).toEqual([PULL_FILES_LIMIT / 100, PULL_FILES_LIMIT]);
    const beyond = await get(`${gh.url}/repos/${DEFAULT_REPOSITORY}/pulls/40/files?per_page=100&page=31`);
    expect(beyond.body).toEqual([]);
    gh.assertClean();
    expect(gh.responseViolations).toEqual([]);
  });
});
