// The artifact half of the runner's world for the end-to-end tests: Azurite (Microsoft's Azure
// Blob emulator) as the storage, and in front of it the results service @actions/artifact 6 talks
// to (Twirp JSON, github.actions.results.api.v1.ArtifactService). The service hands out SAS URLs
// that Azurite really checks, and on FinalizeArtifact re-reads the blob and compares its size and
// SHA-256 with what the client claims. Field names and int64-as-string encoding follow the client's
// generated code (node_modules/@actions/artifact/lib/generated/results/api/v1/artifact.js).
import { spawn, type ChildProcess } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';

import {
  BlobSASPermissions,
  BlobServiceClient,
  SASProtocol,
  StorageSharedKeyCredential,
  generateBlobSASQueryParameters,
  type ContainerClient,
} from '@azure/storage-blob';

import { node24, REPO_ROOT } from '../harness.js';
import type { GitHubState } from './github.js';
import { BodyTooLargeError, close, listen, LOOPBACK, readBody, sendJson } from './http-util.js';

/** Azurite's well-known development account. */
export const AZURITE_ACCOUNT = 'devstoreaccount1';
export const AZURITE_KEY =
  'Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==';
export const TWIRP_PREFIX = '/twirp/github.actions.results.api.v1.ArtifactService/';
/** `GITHUB_SERVER_URL` @actions/artifact accepts as not-GHES (github.com, *.ghe.com, *.localhost). */
export const ARTIFACT_SERVER_URL = 'https://github.com';

// ---------------------------------------------------------------------------------------------
// Azurite

export interface AzuriteHandle {
  /** http://127.0.0.1:PORT/devstoreaccount1 */
  blobUrl: string;
  accountName: string;
  accountKey: string;
  /** Milliseconds from spawn to "listening". */
  startMs: number;
  stop(): Promise<void>;
}

/**
 * Starts Azurite's blob service with Node 24 (Azurite needs Node ≥ 22) on 127.0.0.1 and an
 * ephemeral port (Azurite supports --blobPort 0 and prints the port it got), in memory, without
 * telemetry. `stop()` ends the process.
 */
export async function startAzurite(opts: { timeoutMs?: number } = {}): Promise<AzuriteHandle> {
  const start = performance.now();
  const main = join(REPO_ROOT, 'node_modules', 'azurite', 'dist', 'src', 'blob', 'main.js');
  const cwd = await mkdtemp(join(tmpdir(), 'test-ladder-azurite-'));
  const child = spawn(
    node24(),
    [
      main,
      '--blobHost',
      LOOPBACK,
      '--blobPort',
      '0',
      '--inMemoryPersistence',
      '--extentMemoryLimit',
      '256',
      '--skipApiVersionCheck',
      '--loose',
      '--silent',
      '--disableTelemetry',
    ],
    {
      cwd,
      env: { PATH: process.env['PATH'] ?? '/usr/bin:/bin', HOME: cwd },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  const output: string[] = [];
  // A worker that exits without afterAll (a crash, a timeout) must not leave Azurite behind.
  const killOnExit = (): void => {
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
  };
  process.once('exit', killOnExit);
  const stopChild = async (): Promise<void> => {
    process.off('exit', killOnExit);
    if (child.exitCode === null && child.signalCode === null) {
      const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 3_000);
      await exited;
      clearTimeout(timer);
    }
    await rm(cwd, { recursive: true, force: true });
  };
  let port: number;
  try {
    port = await waitForPort(child, output, opts.timeoutMs ?? 20_000);
  } catch (error) {
    await stopChild();
    throw error;
  }
  return {
    blobUrl: `http://${LOOPBACK}:${port}/${AZURITE_ACCOUNT}`,
    accountName: AZURITE_ACCOUNT,
    accountKey: AZURITE_KEY,
    startMs: performance.now() - start,
    stop: stopChild,
  };
}

function waitForPort(child: ChildProcess, output: string[], timeoutMs: number): Promise<number> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(
      () => finish(new Error(`Azurite did not start within ${timeoutMs} ms:\n${output.join('')}`)),
      timeoutMs,
    );
    let settled = false;
    const finish = (result: number | Error): void => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      if (typeof result === 'number') resolve(result);
      else reject(result);
    };
    const onData = (chunk: Buffer): void => {
      output.push(chunk.toString('utf8'));
      const match = /successfully listens on https?:\/\/[^:\s]+:(\d+)/.exec(output.join(''));
      if (match !== null) finish(Number(match[1]));
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', (chunk: Buffer) => output.push(chunk.toString('utf8')));
    child.once('error', (error) => finish(error));
    child.once('exit', (code, signal) =>
      finish(new Error(`Azurite exited (${code ?? signal}) before listening:\n${output.join('')}`)),
    );
  });
}

// ---------------------------------------------------------------------------------------------
// The runtime token

export interface RuntimeTokenClaims {
  runBackendId: string;
  jobBackendId: string;
  /** Further scopes in `scp` (space separated with the results scope). */
  extraScopes?: string[];
  /** Replace `scp` entirely (to test a token without the results scope). */
  scp?: string;
}

/**
 * An ACTIONS_RUNTIME_TOKEN: a JWT whose `scp` claim holds `Actions.Results:<run>:<job>`.
 * Unsigned (`alg: none`): @actions/artifact decodes it without checking a signature, and so does
 * the fake service.
 */
export function makeRuntimeToken(claims: RuntimeTokenClaims): string {
  const encode = (value: unknown): string => Buffer.from(JSON.stringify(value)).toString('base64url');
  const scp =
    claims.scp ??
    [
      'Actions.GenericRead:00000000-0000-0000-0000-000000000000',
      ...(claims.extraScopes ?? []),
      `Actions.Results:${claims.runBackendId}:${claims.jobBackendId}`,
    ].join(' ');
  const now = Math.floor(Date.now() / 1000);
  return `${encode({ typ: 'JWT', alg: 'none' })}.${encode({ scp, nbf: now - 60, exp: now + 6 * 3600, iss: 'vstoken.actions.githubusercontent.com', aud: 'vso:test-ladder' })}.`;
}

/** The (run, job) backend ids of a runtime token's results scope, or undefined. */
export function backendIdsOf(token: string): { runBackendId: string; jobBackendId: string } | undefined {
  const payload = token.split('.')[1];
  if (payload === undefined) return undefined;
  let scp: unknown;
  try {
    scp = (JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as { scp?: unknown }).scp;
  } catch {
    return undefined;
  }
  if (typeof scp !== 'string') return undefined;
  for (const scope of scp.split(' ')) {
    const parts = scope.split(':');
    if (parts[0] === 'Actions.Results' && parts.length === 3 && parts[1] !== '' && parts[2] !== '') {
      return { runBackendId: parts[1]!, jobBackendId: parts[2]! };
    }
  }
  return undefined;
}

// ---------------------------------------------------------------------------------------------
// The results service

export type TwirpMethod =
  'CreateArtifact' | 'FinalizeArtifact' | 'ListArtifacts' | 'GetSignedArtifactURL' | 'DeleteArtifact';

/** Twirp error codes and their HTTP statuses (twirp.ServerHTTPStatusFromErrorCode). */
export const TWIRP_STATUS = {
  canceled: 408,
  invalid_argument: 400,
  malformed: 400,
  deadline_exceeded: 408,
  not_found: 404,
  bad_route: 404,
  already_exists: 409,
  permission_denied: 403,
  unauthenticated: 401,
  resource_exhausted: 429,
  failed_precondition: 412,
  aborted: 409,
  out_of_range: 400,
  unimplemented: 501,
  internal: 500,
  unavailable: 503,
  dataloss: 500,
} as const;
export type TwirpCode = keyof typeof TWIRP_STATUS;

export type TwirpFault =
  | { code: TwirpCode; msg?: string }
  /** Destroy the connection without answering (ECONNRESET: @actions/artifact fails at once). */
  | { reset: true };

export interface TwirpFaultRule {
  /** A method name or `*`. */
  method: TwirpMethod | '*';
  respond: TwirpFault;
  times: number;
  used: number;
}

export interface ServiceArtifact {
  runBackendId: string;
  jobBackendId: string;
  name: string;
  blobName: string;
  mimeType: string | undefined;
  expiresAt: string | undefined;
  status: 'pending' | 'finalized';
  /** Set by FinalizeArtifact. */
  databaseId: string | undefined;
  size: number | undefined;
  /** `sha256:<hex>` as the client sent it (verified against the blob). */
  digest: string | undefined;
  createdAt: string;
}

export interface TwirpRecord {
  seq: number;
  method: string;
  /** The decoded request JSON. */
  body: unknown;
  /** From the bearer token, when it had a results scope. */
  backendIds: { runBackendId: string; jobBackendId: string } | undefined;
  status: number | undefined;
  response: unknown;
  fault: boolean;
}

export interface ArtifactServiceOptions {
  azurite: AzuriteHandle;
  /** The ids in the token `token` (default: fixed UUIDs). */
  runBackendId?: string;
  jobBackendId?: string;
  container?: string;
  /**
   * Also publish every finalized artifact on the fake GitHub API, under this run, so that
   * GET /repos/{o}/{r}/actions/runs/{runId}/artifacts lists it and …/zip serves it.
   */
  github?: { state: GitHubState; runId: number; repository?: string };
}

export interface ArtifactService {
  /** http://127.0.0.1:PORT: ACTIONS_RESULTS_URL (only its origin is used by the client). */
  url: string;
  /** A runtime token for this service's run and job: ACTIONS_RUNTIME_TOKEN. */
  token: string;
  runBackendId: string;
  jobBackendId: string;
  container: string;
  artifacts: ServiceArtifact[];
  requests: TwirpRecord[];
  /** Protocol breaches by the client (bad fields, wrong scope, size/hash mismatch …). */
  violations: string[];
  faults: {
    rules: TwirpFaultRule[];
    add(method: TwirpMethod | '*', respond: TwirpFault, times?: number): TwirpFaultRule;
    pending(): TwirpFaultRule[];
    clear(): void;
  };
  /** 'refuse': stop listening (ECONNREFUSED); '503': answer every call 503 unavailable; false: normal. */
  setDown(mode: 'refuse' | '503' | false): Promise<void>;
  /** The stored bytes of a finalized (or pending) artifact of this run. */
  readArtifact(name: string, runBackendId?: string): Promise<Buffer>;
  /** The env the artifact client needs: ACTIONS_RUNTIME_TOKEN, ACTIONS_RESULTS_URL, GITHUB_SERVER_URL. */
  env(): Record<string, string>;
  stop(): Promise<void>;
}

type Json = Record<string, unknown>;
type FieldType = 'string' | 'int32' | 'int64' | 'timestamp';

const REQUEST_FIELDS: Record<TwirpMethod, { fields: Record<string, FieldType>; required: string[] }> = {
  CreateArtifact: {
    fields: {
      workflow_run_backend_id: 'string',
      workflow_job_run_backend_id: 'string',
      name: 'string',
      expires_at: 'timestamp',
      version: 'int32',
      mime_type: 'string',
    },
    required: ['workflow_run_backend_id', 'workflow_job_run_backend_id', 'name', 'version'],
  },
  FinalizeArtifact: {
    fields: {
      workflow_run_backend_id: 'string',
      workflow_job_run_backend_id: 'string',
      name: 'string',
      size: 'int64',
      hash: 'string',
    },
    required: ['workflow_run_backend_id', 'workflow_job_run_backend_id', 'name', 'size'],
  },
  ListArtifacts: {
    fields: {
      workflow_run_backend_id: 'string',
      workflow_job_run_backend_id: 'string',
      name_filter: 'string',
      id_filter: 'int64',
    },
    required: ['workflow_run_backend_id', 'workflow_job_run_backend_id'],
  },
  GetSignedArtifactURL: {
    fields: { workflow_run_backend_id: 'string', workflow_job_run_backend_id: 'string', name: 'string' },
    required: ['workflow_run_backend_id', 'workflow_job_run_backend_id', 'name'],
  },
  DeleteArtifact: {
    fields: { workflow_run_backend_id: 'string', workflow_job_run_backend_id: 'string', name: 'string' },
    required: ['workflow_run_backend_id', 'workflow_job_run_backend_id', 'name'],
  },
};

/** The characters the service refuses in an artifact name. */
export const INVALID_NAME_CHARACTERS = ['"', ':', '<', '>', '|', '*', '?', '\r', '\n', '\\', '/'] as const;

class TwirpError extends Error {
  constructor(
    readonly code: TwirpCode,
    msg: string,
  ) {
    super(msg);
  }
}

export async function startArtifactService(opts: ArtifactServiceOptions): Promise<ArtifactService> {
  const runBackendId = opts.runBackendId ?? 'ce7f54c7-61c7-4aae-887f-30da475f5f1a';
  const jobBackendId = opts.jobBackendId ?? 'ca395085-040a-526b-2ce8-bdc85f692774';
  const containerName = opts.container ?? 'actions-results';
  const credential = new StorageSharedKeyCredential(opts.azurite.accountName, opts.azurite.accountKey);
  const blobService = new BlobServiceClient(opts.azurite.blobUrl, credential);
  const container: ContainerClient = blobService.getContainerClient(containerName);
  await container.createIfNotExists();

  const artifacts: ServiceArtifact[] = [];
  const requests: TwirpRecord[] = [];
  const violations: string[] = [];
  const rules: TwirpFaultRule[] = [];
  let down: 'refuse' | '503' | false = false;
  let nextId = 4_100_000_000;

  const sasUrl = (blobName: string, permissions: string, contentDisposition?: string): string => {
    const startsOn = new Date(Date.now() - 5 * 60_000);
    const expiresOn = new Date(Date.now() + 60 * 60_000);
    const sas = generateBlobSASQueryParameters(
      {
        containerName,
        blobName,
        permissions: BlobSASPermissions.parse(permissions),
        startsOn,
        expiresOn,
        protocol: SASProtocol.HttpsAndHttp,
        ...(contentDisposition === undefined ? {} : { contentDisposition }),
      },
      credential,
    ).toString();
    return `${container.getBlockBlobClient(blobName).url}?${sas}`;
  };

  const find = (run: string, name: string, status?: ServiceArtifact['status']): ServiceArtifact | undefined =>
    artifacts.find(
      (a) => a.runBackendId === run && a.name === name && (status === undefined || a.status === status),
    );

  const methods: Record<TwirpMethod, (body: Json, ids: { run: string; job: string }) => Promise<Json>> = {
    async CreateArtifact(body, ids) {
      const name = String(body['name']);
      checkName(name);
      if (body['version'] !== 7)
        violations.push(`CreateArtifact: version ${String(body['version'])}, the v4 backend expects 7`);
      if (find(ids.run, name) !== undefined) {
        throw new TwirpError(
          'already_exists',
          `an artifact with this name already exists on the workflow run: ${name}`,
        );
      }
      const mimeType = typeof body['mime_type'] === 'string' ? body['mime_type'] : undefined;
      const hashed = createHash('sha256').update(name).digest('hex').slice(0, 24);
      const blobName = `${ids.run}/workflow-job-run-${ids.job}/artifacts/${hashed}${mimeType === 'application/zip' ? '.zip' : ''}`;
      artifacts.push({
        runBackendId: ids.run,
        jobBackendId: ids.job,
        name,
        blobName,
        mimeType,
        expiresAt: typeof body['expires_at'] === 'string' ? body['expires_at'] : undefined,
        status: 'pending',
        databaseId: undefined,
        size: undefined,
        digest: undefined,
        createdAt: new Date().toISOString().replace(/\.\d{3}Z$/, 'Z'),
      });
      return { ok: true, signed_upload_url: sasUrl(blobName, 'cw') };
    },
    async FinalizeArtifact(body, ids) {
      const name = String(body['name']);
      const artifact = find(ids.run, name, 'pending');
      if (artifact === undefined)
        throw new TwirpError('not_found', `no artifact ${name} waiting to be finalized`);
      if (artifact.jobBackendId !== ids.job) {
        throw new TwirpError('permission_denied', `artifact ${name} was created by another job`);
      }
      const blob = container.getBlockBlobClient(artifact.blobName);
      if (!(await blob.exists())) {
        violations.push(`FinalizeArtifact ${name}: nothing was uploaded to the signed URL`);
        throw new TwirpError('failed_precondition', `no blob uploaded for artifact ${name}`);
      }
      const content = await blob.downloadToBuffer();
      const claimedSize = Number(body['size']);
      const actualHash = `sha256:${createHash('sha256').update(content).digest('hex')}`;
      if (claimedSize !== content.length) {
        violations.push(`FinalizeArtifact ${name}: size ${claimedSize} claimed, ${content.length} uploaded`);
        throw new TwirpError('invalid_argument', `size mismatch: ${claimedSize} != ${content.length}`);
      }
      if (body['hash'] !== undefined && body['hash'] !== actualHash) {
        violations.push(
          `FinalizeArtifact ${name}: hash ${String(body['hash'])} claimed, ${actualHash} uploaded`,
        );
        throw new TwirpError('invalid_argument', `hash mismatch: ${String(body['hash'])} != ${actualHash}`);
      }
      artifact.status = 'finalized';
      artifact.size = content.length;
      artifact.digest = typeof body['hash'] === 'string' ? body['hash'] : undefined;
      artifact.databaseId = String((nextId += 7));
      if (opts.github !== undefined) {
        opts.github.state.addArtifact(
          {
            runId: opts.github.runId,
            name,
            zip: content,
            id: Number(artifact.databaseId),
            digest: artifact.digest ?? null,
          },
          opts.github.repository,
        );
      }
      return { ok: true, artifact_id: artifact.databaseId };
    },
    async ListArtifacts(body, ids) {
      const nameFilter = body['name_filter'];
      const idFilter = body['id_filter'];
      const list = artifacts.filter(
        (a) =>
          a.runBackendId === ids.run &&
          a.status === 'finalized' &&
          (nameFilter === undefined || a.name === nameFilter) &&
          (idFilter === undefined || a.databaseId === String(idFilter)),
      );
      return {
        artifacts: list.map((a) => {
          const item: Json = {
            workflow_run_backend_id: a.runBackendId,
            workflow_job_run_backend_id: a.jobBackendId,
            database_id: a.databaseId,
            name: a.name,
            size: String(a.size),
            created_at: a.createdAt,
          };
          if (a.digest !== undefined) item['digest'] = a.digest;
          return item;
        }),
      };
    },
    async GetSignedArtifactURL(body, ids) {
      const name = String(body['name']);
      const artifact = find(ids.run, name, 'finalized');
      if (artifact === undefined) throw new TwirpError('not_found', `artifact ${name} not found`);
      const disposition =
        artifact.mimeType === 'application/zip' ? undefined : `attachment; filename="${artifact.name}"`;
      return { signed_url: sasUrl(artifact.blobName, 'r', disposition) };
    },
    async DeleteArtifact(body, ids) {
      const name = String(body['name']);
      const artifact = find(ids.run, name, 'finalized');
      if (artifact === undefined) throw new TwirpError('not_found', `artifact ${name} not found`);
      await container.getBlockBlobClient(artifact.blobName).deleteIfExists();
      artifacts.splice(artifacts.indexOf(artifact), 1);
      return { ok: true, artifact_id: artifact.databaseId };
    },
  };

  const server: Server = createServer((req, res) => {
    handle(req, res).catch((error: unknown) => {
      if (!res.headersSent) sendTwirp(res, new TwirpError('internal', String(error)));
      else res.destroy();
    });
  });

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const record: TwirpRecord = {
      seq: requests.length + 1,
      method: '',
      body: undefined,
      backendIds: undefined,
      status: undefined,
      response: undefined,
      fault: false,
    };
    requests.push(record);
    const reply = (status: number, body: unknown): void => {
      record.status = status;
      record.response = body;
      sendJson(res, status, body);
    };
    const fail = (error: TwirpError): void => {
      record.status = TWIRP_STATUS[error.code];
      record.response = { code: error.code, msg: error.message };
      sendTwirp(res, error);
    };
    let raw: Buffer;
    try {
      raw = await readBody(req, 1024 * 1024);
    } catch (error) {
      if (error instanceof BodyTooLargeError) return fail(new TwirpError('malformed', error.message));
      throw error;
    }
    const path = new URL(req.url ?? '/', 'http://x').pathname;
    const method = path.startsWith(TWIRP_PREFIX) ? path.slice(TWIRP_PREFIX.length) : '';
    record.method = method;
    if (req.method !== 'POST' || !Object.hasOwn(REQUEST_FIELDS, method)) {
      violations.push(`${req.method ?? '?'} ${path}: no such Twirp route`);
      return fail(new TwirpError('bad_route', `no handler for path "${path}"`));
    }
    const twirpMethod = method as TwirpMethod;
    if (down === '503') {
      record.fault = true;
      return fail(new TwirpError('unavailable', 'the results service is unavailable'));
    }
    const rule = rules.find((r) => r.used < r.times && (r.method === '*' || r.method === twirpMethod));
    if (rule !== undefined) {
      rule.used += 1;
      record.fault = true;
      if ('reset' in rule.respond) {
        req.socket.destroy();
        return;
      }
      return fail(new TwirpError(rule.respond.code, rule.respond.msg ?? `scripted ${rule.respond.code}`));
    }
    const contentType = (req.headers['content-type'] ?? '').split(';')[0]!.trim();
    if (contentType !== 'application/json') {
      violations.push(
        `${method}: Content-Type ${contentType || '(none)'}, the JSON client sends application/json`,
      );
      return fail(new TwirpError('bad_route', `unexpected Content-Type: ${contentType}`));
    }
    const auth = /^Bearer\s+(\S+)$/i.exec(req.headers.authorization ?? '');
    if (auth === null) return fail(new TwirpError('unauthenticated', 'missing bearer token'));
    const ids = backendIdsOf(auth[1]!);
    record.backendIds = ids;
    if (ids === undefined) {
      return fail(new TwirpError('unauthenticated', 'the token has no Actions.Results:<run>:<job> scope'));
    }
    let body: Json;
    try {
      body = JSON.parse(raw.toString('utf8')) as Json;
    } catch {
      violations.push(`${method}: the body is not JSON`);
      return fail(new TwirpError('malformed', 'the body is not JSON'));
    }
    record.body = body;
    const problems = checkFields(twirpMethod, body);
    if (problems.length > 0) {
      violations.push(`${method}: ${problems.join('; ')}`);
      return fail(new TwirpError('malformed', problems.join('; ')));
    }
    if (
      body['workflow_run_backend_id'] !== ids.runBackendId ||
      body['workflow_job_run_backend_id'] !== ids.jobBackendId
    ) {
      violations.push(`${method}: backend ids in the body do not match the token's scope`);
      return fail(
        new TwirpError('permission_denied', 'the token is not scoped to this workflow run and job'),
      );
    }
    try {
      reply(200, await methods[twirpMethod](body, { run: ids.runBackendId, job: ids.jobBackendId }));
    } catch (error) {
      if (error instanceof TwirpError) return fail(error);
      throw error;
    }
  }

  let port = await listen(server);
  const url = `http://${LOOPBACK}:${port}`;
  const token = makeRuntimeToken({ runBackendId, jobBackendId });

  return {
    url,
    token,
    runBackendId,
    jobBackendId,
    container: containerName,
    artifacts,
    requests,
    violations,
    faults: {
      rules,
      add(method, respond, times = 1) {
        const rule: TwirpFaultRule = { method, respond, times, used: 0 };
        rules.push(rule);
        return rule;
      },
      pending: () => rules.filter((r) => r.used < r.times),
      clear() {
        rules.length = 0;
      },
    },
    async setDown(mode) {
      if (mode === 'refuse' && server.listening) await close(server);
      if (mode !== 'refuse' && !server.listening) port = await listen(server, port);
      down = mode;
    },
    async readArtifact(name, run = runBackendId) {
      const artifact = find(run, name);
      if (artifact === undefined) throw new Error(`no artifact ${name} in run ${run}`);
      return container.getBlockBlobClient(artifact.blobName).downloadToBuffer();
    },
    env: () => ({
      ACTIONS_RUNTIME_TOKEN: token,
      ACTIONS_RESULTS_URL: `${url}/`,
      GITHUB_SERVER_URL: ARTIFACT_SERVER_URL,
    }),
    async stop() {
      await close(server);
    },
  };
}

function checkName(name: string): void {
  if (name.trim() === '') throw new TwirpError('invalid_argument', 'artifact name is empty');
  const bad = INVALID_NAME_CHARACTERS.filter((c) => name.includes(c));
  if (bad.length > 0) {
    throw new TwirpError(
      'invalid_argument',
      `artifact name ${JSON.stringify(name)} contains invalid characters: ${bad.map((c) => JSON.stringify(c)).join(' ')}`,
    );
  }
}

function checkFields(method: TwirpMethod, body: unknown): string[] {
  if (body === null || typeof body !== 'object' || Array.isArray(body))
    return ['the body is not a JSON object'];
  const spec = REQUEST_FIELDS[method];
  const problems: string[] = [];
  for (const [key, value] of Object.entries(body)) {
    const type = spec.fields[key];
    if (type === undefined) {
      problems.push(`unknown field "${key}" (proto field names: ${Object.keys(spec.fields).join(', ')})`);
      continue;
    }
    const ok =
      type === 'string'
        ? typeof value === 'string'
        : type === 'int32'
          ? Number.isInteger(value)
          : type === 'int64'
            ? (typeof value === 'string' && /^-?\d+$/.test(value)) || Number.isSafeInteger(value)
            : typeof value === 'string' && !Number.isNaN(Date.parse(value)) && /Z$/.test(value);
    if (!ok) problems.push(`field "${key}" is not a valid ${type}: ${JSON.stringify(value)}`);
  }
  for (const key of spec.required) {
    if (!Object.hasOwn(body, key)) problems.push(`missing field "${key}"`);
  }
  return problems;
}

function sendTwirp(res: ServerResponse, error: TwirpError): void {
  sendJson(res, TWIRP_STATUS[error.code], { code: error.code, msg: error.message });
}

// ---------------------------------------------------------------------------------------------
// Running the real @actions/artifact client in a child process (Node 24), as the action would.

export const ARTIFACT_CLIENT_SCRIPT = fileURLToPath(new URL('./artifact-client.mjs', import.meta.url));

export type ArtifactClientCommand =
  | {
      op: 'upload';
      name: string;
      files: string[];
      rootDirectory: string;
      options?: { retentionDays?: number; compressionLevel?: number; skipArchive?: boolean };
    }
  | { op: 'list'; latest?: boolean; findBy?: FindBy }
  | { op: 'get'; name: string; findBy?: FindBy }
  | { op: 'download'; id: number; path: string; expectedHash?: string; findBy?: FindBy }
  | { op: 'delete'; name: string; findBy?: FindBy };

export interface FindBy {
  token: string;
  workflowRunId: number;
  repositoryOwner: string;
  repositoryName: string;
}

export interface ArtifactClientRun {
  ok: boolean;
  /** What the client returned (JSON). */
  result: unknown;
  /** The error's name and message when it threw. */
  error: { name: string; message: string } | undefined;
  stdout: string;
  stderr: string;
  durationMs: number;
}

/**
 * Runs one @actions/artifact call in a fresh Node 24 process with exactly `env` (plus PATH and a
 * HOME). GITHUB_API_URL in `env` is what the client's Octokit uses for `findBy` calls.
 */
export async function runArtifactClient(
  command: ArtifactClientCommand,
  env: Record<string, string>,
  timeoutMs = 60_000,
): Promise<ArtifactClientRun> {
  const start = performance.now();
  const home = await mkdtemp(join(tmpdir(), 'test-ladder-artifact-client-'));
  try {
    const child = spawn(node24(), [ARTIFACT_CLIENT_SCRIPT, JSON.stringify(command)], {
      cwd: REPO_ROOT,
      env: {
        PATH: process.env['PATH'] ?? '/usr/bin:/bin',
        HOME: home,
        RUNNER_TEMP: home,
        GITHUB_WORKSPACE: home,
        ...env,
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const stdout: Buffer[] = [];
    const stderr: Buffer[] = [];
    child.stdout.on('data', (c: Buffer) => stdout.push(c));
    child.stderr.on('data', (c: Buffer) => stderr.push(c));
    const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
    const code = await new Promise<number | null>((resolve, reject) => {
      child.once('error', reject);
      child.once('close', (c) => resolve(c));
    });
    clearTimeout(timer);
    const out = Buffer.concat(stdout).toString('utf8');
    const err = Buffer.concat(stderr).toString('utf8');
    const line = out
      .split('\n')
      .reverse()
      .find((l) => l.startsWith(RESULT_MARKER));
    if (line === undefined) {
      throw new Error(
        `artifact client (${command.op}) exited ${String(code)} without a result\n--- stdout ---\n${out}\n--- stderr ---\n${err}`,
      );
    }
    const parsed = JSON.parse(line.slice(RESULT_MARKER.length)) as {
      ok: boolean;
      result?: unknown;
      error?: { name: string; message: string };
    };
    return {
      ok: parsed.ok,
      result: parsed.result,
      error: parsed.error,
      stdout: out,
      stderr: err,
      durationMs: performance.now() - start,
    };
  } finally {
    await rm(home, { recursive: true, force: true });
  }
}

/** The line prefix artifact-client.mjs prints its outcome after. */
export const RESULT_MARKER = '@@test-ladder-artifact-client@@';
