// The validator the fake GitHub server enforces: GitHub's published OpenAPI description run with
// ajv. These tests pin what it accepts and refuses, so an end-to-end test that reports "no
// violations" means something.
import { Ajv } from 'ajv';
import { beforeAll, describe, expect, it } from 'vitest';

import { DEFAULT_REPOSITORY, GITHUB_ACTIONS_BOT, GitHubState } from '../e2e/servers/github.js';
import { artifactJson, issueCommentJson, type Origins } from '../e2e/servers/github-shapes.js';
import {
  CHECK_RUN_ANNOTATIONS_LIMIT,
  CHECK_RUN_TEXT_LIMIT,
  COMMENT_BODY_LIMIT,
  OpenApiContract,
  characterCount,
  rewriteNullable,
  type RequestToCheck,
} from '../e2e/servers/openapi.js';

let contract: OpenApiContract;
const origins: Origins = { api: 'http://127.0.0.1:9', html: 'https://github.com' };

beforeAll(() => {
  contract = OpenApiContract.get();
  const stats = contract.stats();
  console.log(
    `OpenAPI description: read+parse+rewrite ${stats.loadMs.toFixed(0)} ms, route table + ajv registration ` +
      `${stats.prepareMs.toFixed(0)} ms, ${stats.operations} operations, ${stats.nullableRewrites} nullable rewrites`,
  );
});

function request(partial: Partial<RequestToCheck> & { method: string; path: string }): RequestToCheck {
  return { query: new URLSearchParams(), ...partial };
}

function json(method: string, path: string, body: unknown): RequestToCheck {
  return request({
    method,
    path,
    contentType: 'application/json; charset=utf-8',
    rawBody: JSON.stringify(body),
  });
}

describe('the nullable rewrite', () => {
  it('turns nullable-without-type into anyOf with null, keeping the description', () => {
    const schema = {
      type: 'object',
      properties: {
        account: {
          nullable: true,
          description: 'who',
          anyOf: [{ $ref: '#/defs/user' }, { $ref: '#/defs/org' }],
        },
        typed: { type: 'string', nullable: true },
        notNull: { nullable: false, allOf: [{ type: 'integer' }] },
      },
    };
    expect(rewriteNullable(schema)).toBe(2);
    expect(schema.properties.account).toEqual({
      description: 'who',
      anyOf: [{ anyOf: [{ $ref: '#/defs/user' }, { $ref: '#/defs/org' }] }, { type: 'null' }],
    });
    // A typed node is left to ajv's own `nullable` support.
    expect(schema.properties.typed).toEqual({ type: 'string', nullable: true });
    expect(schema.properties.notNull).toEqual({ allOf: [{ type: 'integer' }] });
  });

  it('rewrites nested nodes and makes ajv accept what it refused', () => {
    const make = (): Record<string, unknown> => ({
      type: 'object',
      properties: {
        value: {
          nullable: true,
          oneOf: [
            { type: 'string' },
            { type: 'object', properties: { x: { nullable: true, allOf: [{ type: 'integer' }] } } },
          ],
        },
      },
    });
    expect(() => new Ajv({ strict: false }).compile(make())).toThrow(/nullable/);
    const fixed = make();
    expect(rewriteNullable(fixed)).toBe(2);
    const validate = new Ajv({ strict: false }).compile(fixed);
    expect(validate({ value: null })).toBe(true);
    expect(validate({ value: 'text' })).toBe(true);
    expect(validate({ value: { x: null } })).toBe(true);
    expect(validate({ value: { x: 3 } })).toBe(true);
    expect(validate({ value: { x: 'three' } })).toBe(false);
    expect(validate({ value: 42 })).toBe(false);
  });

  it('left no nullable-without-type node in the loaded description', () => {
    expect(contract.stats().nullableRewrites).toBeGreaterThan(100);
    const stack: unknown[] = [contract.nodeAt('/components'), contract.nodeAt('/paths')];
    let offenders = 0;
    while (stack.length > 0) {
      const node = stack.pop();
      if (node === null || typeof node !== 'object') continue;
      if (!Array.isArray(node) && 'nullable' in node && !('type' in node)) offenders += 1;
      stack.push(...Object.values(node));
    }
    expect(offenders).toBe(0);
    // installation.account was `{nullable: true, anyOf: [simple-user, enterprise]}`.
    expect(contract.validateAt('/components/schemas/installation/properties/account', null)).toEqual([]);
    expect(contract.validateAt('/components/schemas/installation/properties/account', 'x')).not.toEqual([]);
  });
});

describe('path templates', () => {
  const routes: Array<[string, string, string, Record<string, string>]> = [
    ['GET', '/repos/o/r/issues/12/comments', 'issues/list-comments', { issue_number: '12' }],
    ['POST', '/repos/o/r/issues/12/comments', 'issues/create-comment', { issue_number: '12' }],
    ['GET', '/repos/o/r/issues/comments/2400000001', 'issues/get-comment', { comment_id: '2400000001' }],
    ['PATCH', '/repos/o/r/issues/comments/2400000001', 'issues/update-comment', { comment_id: '2400000001' }],
    [
      'DELETE',
      '/repos/o/r/issues/comments/2400000001',
      'issues/delete-comment',
      { comment_id: '2400000001' },
    ],
    ['GET', '/repos/o/r/pulls', 'pulls/list', {}],
    [
      'GET',
      '/repos/o/r/commits/abc123/pulls',
      'repos/list-pull-requests-associated-with-commit',
      { commit_sha: 'abc123' },
    ],
    ['GET', '/repos/o/r/pulls/7', 'pulls/get', { pull_number: '7' }],
    ['GET', '/repos/o/r/pulls/7/files', 'pulls/list-files', { pull_number: '7' }],
    ['GET', '/repos/o/r/actions/runs', 'actions/list-workflow-runs-for-repo', {}],
    [
      'GET',
      '/repos/o/r/actions/workflows/ci.yml/runs',
      'actions/list-workflow-runs',
      { workflow_id: 'ci.yml' },
    ],
    [
      'GET',
      '/repos/o/r/actions/workflows/161335/runs',
      'actions/list-workflow-runs',
      { workflow_id: '161335' },
    ],
    ['GET', '/repos/o/r/actions/runs/99/artifacts', 'actions/list-workflow-run-artifacts', { run_id: '99' }],
    [
      'GET',
      '/repos/o/r/actions/artifacts/5/zip',
      'actions/download-artifact',
      { artifact_id: '5', archive_format: 'zip' },
    ],
    [
      'GET',
      '/repos/o/r/actions/runs/99/attempts/2',
      'actions/get-workflow-run-attempt',
      { run_id: '99', attempt_number: '2' },
    ],
    ['GET', '/repos/o/r/actions/runs/99', 'actions/get-workflow-run', { run_id: '99' }],
    // A literal segment beats a parameter in the same place.
    ['GET', '/repos/o/r/pulls/comments', 'pulls/list-review-comments-for-repo', {}],
    ['GET', '/repos/o/r/issues/comments', 'issues/list-comments-for-repo', {}],
  ];

  it.each(routes)('%s %s → %s', (method, path, operationId, params) => {
    const match = contract.match(method, path);
    expect(match?.operation.operationId).toBe(operationId);
    expect(match?.params).toEqual({ owner: 'o', repo: 'r', ...params });
  });

  it('decodes percent-encoded parameters', () => {
    expect(
      contract.match('GET', '/repos/o/r/actions/workflows/my%20ci.yml/runs')?.params['workflow_id'],
    ).toBe('my ci.yml');
  });

  it('matches nothing for an unknown path, a wrong method or a trailing segment', () => {
    expect(contract.match('GET', '/repos/o/r/not-a-thing')).toBeUndefined();
    expect(contract.match('PUT', '/repos/o/r/issues/12/comments')).toBeUndefined();
    expect(contract.match('GET', '/repos/o/r/pulls/7/files/extra')).toBeUndefined();
    expect(contract.match('GET', '/repos/o//pulls')).toBeUndefined();
    const check = contract.checkRequest(request({ method: 'GET', path: '/repos/o/r/not-a-thing' }));
    expect(check.issues.map((i) => i.kind)).toEqual(['unknown-route']);
  });
});

describe('request bodies', () => {
  it('accepts a valid comment and coerces the path parameters', () => {
    const check = contract.checkRequest(
      json('POST', '/repos/o/r/issues/12/comments', { body: 'Coverage 81.2%' }),
    );
    expect(check.issues).toEqual([]);
    expect(check.params).toEqual({ owner: 'o', repo: 'r', issue_number: 12 });
    expect(check.body).toEqual({ body: 'Coverage 81.2%' });
  });

  it('refuses a comment body over 65,536 characters and accepts one of exactly 65,536', () => {
    const at = contract.checkRequest(
      json('POST', '/repos/o/r/issues/12/comments', { body: 'x'.repeat(COMMENT_BODY_LIMIT) }),
    );
    expect(at.issues).toEqual([]);
    const over = contract.checkRequest(
      json('PATCH', '/repos/o/r/issues/comments/1', { body: 'x'.repeat(COMMENT_BODY_LIMIT + 1) }),
    );
    expect(over.issues).toHaveLength(1);
    expect(over.issues[0]).toMatchObject({
      kind: 'limit',
      field: 'body',
      operationId: 'issues/update-comment',
    });
    expect(over.issues[0]?.message).toContain('Body is too long (maximum is 65536 characters)');
  });

  it('counts characters, not UTF-16 units, for the limit', () => {
    const emoji = '📈'.repeat(COMMENT_BODY_LIMIT);
    expect(emoji.length).toBe(2 * COMMENT_BODY_LIMIT);
    expect(characterCount(emoji)).toBe(COMMENT_BODY_LIMIT);
    expect(
      contract.checkRequest(json('POST', '/repos/o/r/issues/1/comments', { body: emoji })).issues,
    ).toEqual([]);
    expect(
      contract.checkRequest(json('POST', '/repos/o/r/issues/1/comments', { body: `${emoji}!` })).issues[0]
        ?.kind,
    ).toBe('limit');
  });

  it('applies the check-run limits the description states: 65,535 characters of summary, 50 annotations', () => {
    const path = '/repos/o/r/check-runs';
    const base = { name: 'test-ladder', head_sha: 'a'.repeat(40) };
    const annotation = {
      path: 'a.ts',
      start_line: 1,
      end_line: 1,
      annotation_level: 'warning',
      message: 'm',
    };
    const ok = contract.checkRequest(
      json('POST', path, {
        ...base,
        output: {
          title: 't',
          summary: 's'.repeat(CHECK_RUN_TEXT_LIMIT),
          annotations: Array.from({ length: CHECK_RUN_ANNOTATIONS_LIMIT }, () => annotation),
        },
      }),
    );
    expect(ok.issues).toEqual([]);
    const bad = contract.checkRequest(
      json('POST', path, {
        ...base,
        output: {
          title: 't',
          summary: 's'.repeat(CHECK_RUN_TEXT_LIMIT + 1),
          annotations: Array.from({ length: CHECK_RUN_ANNOTATIONS_LIMIT + 1 }, () => annotation),
        },
      }),
    );
    expect(bad.issues.map((i) => i.kind)).toEqual(['body']);
    expect(bad.issues[0]?.message).toContain('body/output/summary must NOT have more than 65535 characters');
    expect(bad.issues[0]?.message).toContain('body/output/annotations must NOT have more than 50 items');
  });

  it('refuses wrong types, a missing required field and a missing body', () => {
    const wrongType = contract.checkRequest(json('POST', '/repos/o/r/issues/12/comments', { body: 42 }));
    expect(wrongType.issues.map((i) => i.kind)).toEqual(['body']);
    expect(wrongType.issues[0]?.message).toMatch(/body\/body must be string/);
    const missing = contract.checkRequest(json('POST', '/repos/o/r/issues/12/comments', { text: 'hi' }));
    expect(missing.issues[0]?.message).toMatch(/must have required property 'body'/);
    const none = contract.checkRequest(request({ method: 'POST', path: '/repos/o/r/issues/12/comments' }));
    expect(none.issues.map((i) => i.message)).toEqual(['issues/create-comment requires a request body']);
    const array = contract.checkRequest(json('POST', '/repos/o/r/issues/12/comments', [{ body: 'x' }]));
    expect(array.issues[0]?.message).toMatch(/must be object/);
  });

  it('respects the description on unknown fields: allowed unless the schema forbids them', () => {
    // issues/create-comment does not set additionalProperties: GitHub ignores extra fields.
    expect(
      contract.checkRequest(json('POST', '/repos/o/r/issues/12/comments', { body: 'x', extra: true })).issues,
    ).toEqual([]);
    // repos/update-webhook-config-for-repo says additionalProperties: false.
    const strict = contract.checkRequest(
      json('PATCH', '/repos/o/r/hooks/1/config', { url: 'https://example.com/hook', colour: 'blue' }),
    );
    expect(strict.issues).toHaveLength(1);
    expect(strict.issues[0]?.message).toContain('must NOT have additional properties (colour)');
  });

  it('refuses a body that is not JSON or not sent as JSON', () => {
    const text = contract.checkRequest(
      request({
        method: 'POST',
        path: '/repos/o/r/issues/1/comments',
        contentType: 'application/json',
        rawBody: 'body=hi',
      }),
    );
    expect(text.issues.map((i) => i.kind)).toEqual(['body']);
    const form = contract.checkRequest(
      request({
        method: 'POST',
        path: '/repos/o/r/issues/1/comments',
        contentType: 'application/x-www-form-urlencoded',
        rawBody: JSON.stringify({ body: 'hi' }),
      }),
    );
    expect(form.issues.map((i) => i.kind)).toEqual(['content-type']);
  });

  it('refuses a body on an operation that takes none', () => {
    const check = contract.checkRequest(json('GET', '/repos/o/r/pulls/1', { body: 'x' }));
    expect(check.issues.map((i) => i.message)).toEqual(['pulls/get takes no request body']);
  });
});

describe('path and query parameters', () => {
  it('coerces and accepts valid query values', () => {
    const check = contract.checkRequest(
      request({
        method: 'GET',
        path: '/repos/o/r/actions/runs',
        query: new URLSearchParams(
          'branch=main&event=push&status=success&head_sha=abc&per_page=100&page=3&exclude_pull_requests=true',
        ),
      }),
    );
    expect(check.issues).toEqual([]);
    expect(check.query).toEqual({
      branch: 'main',
      event: 'push',
      status: 'success',
      head_sha: 'abc',
      per_page: 100,
      page: 3,
      exclude_pull_requests: true,
    });
  });

  it('refuses values of the wrong type or outside an enum', () => {
    const check = contract.checkRequest(
      request({
        method: 'GET',
        path: '/repos/o/r/actions/runs',
        query: new URLSearchParams('status=green&per_page=all'),
      }),
    );
    expect(check.issues.map((i) => i.field).sort()).toEqual(['per_page', 'status']);
    expect(check.issues.every((i) => i.kind === 'query' && i.ignoredByGitHub !== true)).toBe(true);
  });

  it('records an unknown query parameter as one GitHub ignores', () => {
    const check = contract.checkRequest(
      request({ method: 'GET', path: '/repos/o/r/pulls/1/files', query: new URLSearchParams('perpage=100') }),
    );
    expect(check.issues).toHaveLength(1);
    expect(check.issues[0]).toMatchObject({ kind: 'query', field: 'perpage', ignoredByGitHub: true });
  });

  it('refuses a path parameter of the wrong type', () => {
    const check = contract.checkRequest(json('POST', '/repos/o/r/issues/twelve/comments', { body: 'x' }));
    expect(check.issues.map((i) => [i.kind, i.field])).toEqual([['path', 'issue_number']]);
  });

  it('accepts the search syntax GitHub takes for `created` (an erratum of the description)', () => {
    const check = contract.checkRequest(
      request({
        method: 'GET',
        path: '/repos/o/r/actions/runs',
        query: new URLSearchParams('created=>=2026-11-01'),
      }),
    );
    expect(check.issues).toEqual([]);
  });
});

describe('responses', () => {
  const state = new GitHubState([DEFAULT_REPOSITORY]);
  state.addPull({ number: 12, headSha: 'a'.repeat(40) });
  const repo = state.repo().info;
  const comment = state.addComment(12, 'hello', { user: GITHUB_ACTIONS_BOT });

  it('accepts the shapes the fake server builds', () => {
    const op = contract.operation('issues/create-comment')!;
    expect(contract.checkResponse(op, 201, issueCommentJson(repo, comment, origins))).toEqual([]);
    const run = state.addRun({ headSha: 'a'.repeat(40) });
    const artifact = state.addArtifact({ runId: run.id, name: 'coverage', files: { 'a.txt': 'a' } });
    const list = contract.operation('actions/list-workflow-run-artifacts')!;
    expect(
      contract.checkResponse(list, 200, {
        total_count: 1,
        artifacts: [artifactJson(repo, artifact, undefined, origins)],
      }),
    ).toEqual([]);
  });

  it('refuses a response missing a required field or with a wrong type', () => {
    const op = contract.operation('issues/create-comment')!;
    const { user: _user, ...withoutUser } = issueCommentJson(repo, comment, origins);
    expect(contract.checkResponse(op, 201, withoutUser)[0]?.message).toContain(
      "must have required property 'user'",
    );
    const wrong = { ...issueCommentJson(repo, comment, origins), id: String(comment.id) };
    expect(contract.checkResponse(op, 201, wrong)[0]?.message).toContain('response/id must be integer');
    const badTime = { ...issueCommentJson(repo, comment, origins), created_at: 'yesterday' };
    expect(contract.checkResponse(op, 201, badTime)[0]?.message).toContain('must match format "date-time"');
  });

  it('does not check a status the description does not list, and refuses a body where none is documented', () => {
    const op = contract.operation('issues/delete-comment')!;
    expect(contract.checkResponse(op, 500, { message: 'boom' })).toEqual([]);
    expect(contract.checkResponse(op, 204, undefined)).toEqual([]);
    expect(contract.checkResponse(op, 204, { ok: true })).toHaveLength(1);
  });
});

describe('cost', () => {
  it('compiles validators lazily and caches them', () => {
    const before = contract.stats().validatorsCompiled;
    const check = (): void => {
      contract.checkRequest(json('POST', '/repos/o/r/issues/3/comments', { body: 'x' }));
    };
    check();
    const afterFirst = contract.stats().validatorsCompiled;
    check();
    check();
    expect(contract.stats().validatorsCompiled).toBe(afterFirst);
    expect(afterFirst).toBeGreaterThanOrEqual(before);
    // Far fewer than the description's ~1,200 operations: nothing was compiled up front.
    expect(afterFirst).toBeLessThan(100);
    const stats = contract.stats();
    console.log(
      `validators: ${stats.validatorsCompiled} compiled in ${stats.compileMs.toFixed(0)} ms (first ${stats.firstCompileMs?.toFixed(1)} ms)`,
    );
  });
});
