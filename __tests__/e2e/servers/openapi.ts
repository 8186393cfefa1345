// GitHub's published REST description (@octokit/openapi's api.github.com.json) as a contract:
// route a request to its operation, validate its path, query and JSON body with ajv, enforce the
// size limits the description does not state, and check that a response the fake server sends has
// the documented shape. The 13 MB description is read once per process; validators are compiled
// lazily, per schema location, and cached.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { performance } from 'node:perf_hooks';

import { Ajv, type ErrorObject, type ValidateFunction } from 'ajv';

const require = createRequire(import.meta.url);

/** Only the one description; the package root would load all ten. */
export const SPEC_PATH = require.resolve('@octokit/openapi/generated/api.github.com.json');

/** Issue and pull-request comment bodies (GitHub: "maximum is 65536 characters"). */
export const COMMENT_BODY_LIMIT = 65_536;
/** Check-run output summary and text (the description says so itself: maxLength). */
export const CHECK_RUN_TEXT_LIMIT = 65_535;
/** Annotations per check-run create/update request (the description's maxItems). */
export const CHECK_RUN_ANNOTATIONS_LIMIT = 50;

export type IssueKind =
  | 'unknown-route'
  | 'path'
  | 'query'
  | 'body'
  | 'content-type'
  | 'limit'
  | 'response'
  /** Something reached the artifact blob URL that must not (the GitHub token). */
  | 'download';

/** One way a request (or a response of the fake) breaks the published contract. */
export interface ContractIssue {
  kind: IssueKind;
  /** "METHOD /path" as requested. */
  request: string;
  operationId?: string;
  message: string;
  /** The field concerned, when there is one (`body`, `output.summary`, a parameter name). */
  field?: string;
  errors?: ErrorObject[];
  /** GitHub itself would not refuse this (an unknown query parameter is ignored): recorded, not answered 422. */
  ignoredByGitHub?: boolean;
}

export interface Operation {
  operationId: string;
  /** Upper case. */
  method: string;
  /** The path template as the description writes it: `/repos/{owner}/{repo}/pulls/{pull_number}`. */
  template: string;
  /** JSON pointer (without `#`) to the operation object inside the description. */
  pointer: string;
  parameters: readonly ParameterObject[];
  requestBody: RequestBodyObject | undefined;
  /** Status code (or `default`) → the response object, $ref resolved, with its pointer. */
  responses: ReadonlyMap<string, { pointer: string; value: ResponseObject }>;
  /** Literal segments first when ordering candidates: `/pulls/comments` beats `/pulls/{pull_number}`. */
  segments: readonly string[];
  /** GitHub's documentation page for the operation (what its errors put in `documentation_url`). */
  docsUrl: string;
}

interface ParameterObject {
  name: string;
  in: 'path' | 'query' | 'header' | 'cookie';
  required?: boolean;
  schema?: Schema;
  /** Pointer to `schema` (without `#`). */
  schemaPointer: string;
}

interface RequestBodyObject {
  required?: boolean;
  content: Record<string, { schema?: Schema }>;
  pointer: string;
}

interface ResponseObject {
  content?: Record<string, { schema?: Schema }>;
}

type Schema = Record<string, unknown>;

export interface RouteMatch {
  operation: Operation;
  /** Path parameters, percent-decoded. */
  params: Record<string, string>;
}

export interface RequestToCheck {
  method: string;
  /** The URL path (no query), percent-encoded as sent. */
  path: string;
  query: URLSearchParams;
  /** The Content-Type header, if any. */
  contentType?: string | undefined;
  /** The raw body text; '' or undefined when there was none. */
  rawBody?: string | undefined;
}

export interface RequestCheck {
  match: RouteMatch | undefined;
  /** The JSON body, parsed (undefined when none or unparseable). */
  body: unknown;
  /** Path and query values coerced to their schema types (`per_page: 100`). */
  params: Record<string, unknown>;
  query: Record<string, unknown>;
  issues: ContractIssue[];
}

export interface ContractStats {
  /** Reading + parsing + rewriting the description, once per process. */
  loadMs: number;
  /** Building the route table and registering the document with ajv. */
  prepareMs: number;
  validatorsCompiled: number;
  /** Total time spent compiling validators so far. */
  compileMs: number;
  /** The first compile of this process (the most expensive: it pulls in shared schemas). */
  firstCompileMs: number | undefined;
  /** How many `nullable`-without-`type` nodes were rewritten into `anyOf`. */
  nullableRewrites: number;
  operations: number;
}

// ---------------------------------------------------------------------------------------------
// The nullable rewrite

/**
 * OpenAPI 3.0 `nullable: true` only means something next to `type`; ajv refuses it elsewhere
 * ("nullable" cannot be used without "type"). Rewrites, in place, every node that has `nullable`
 * but no `type`: `{nullable: true, …rest}` becomes `{anyOf: [{…rest}, {type: 'null'}]}` (keeping
 * `description`), `{nullable: false, …rest}` loses the keyword. Returns how many nodes changed.
 * Nodes with `type` are left to ajv, which supports `nullable` there.
 */
export function rewriteNullable(node: unknown): number {
  let count = 0;
  const stack: unknown[] = [node];
  while (stack.length > 0) {
    const current = stack.pop();
    if (Array.isArray(current)) {
      for (const item of current) stack.push(item);
      continue;
    }
    if (current === null || typeof current !== 'object') continue;
    const object = current as Record<string, unknown>;
    if (Object.hasOwn(object, 'nullable') && object['type'] === undefined) {
      count += 1;
      const { nullable, description, ...rest } = object;
      for (const key of Object.keys(object)) delete object[key];
      if (description !== undefined) object['description'] = description;
      if (nullable === true) object['anyOf'] = [rest, { type: 'null' }];
      else Object.assign(object, rest);
      stack.push(rest);
      continue;
    }
    for (const value of Object.values(object)) stack.push(value);
  }
  return count;
}

// ---------------------------------------------------------------------------------------------
// Formats: ajv-formats is not installed; register the ones the description uses.

const DATE_TIME = /^\d{4}-\d{2}-\d{2}[Tt ]\d{2}:\d{2}:\d{2}(\.\d+)?([Zz]|[+-]\d{2}:?\d{2})$/;
const DATE = /^\d{4}-\d{2}-\d{2}$/;
const EMAIL = /^[^\s@]+@[^\s@]+$/;

function isUri(value: string): boolean {
  try {
    new URL(value);
    return true;
  } catch {
    return false;
  }
}

function addFormats(ajv: Ajv): void {
  ajv.addFormat('date-time', DATE_TIME);
  ajv.addFormat('date', DATE);
  ajv.addFormat('email', EMAIL);
  ajv.addFormat('uri', { type: 'string', validate: isUri });
  // Formats that only annotate a type in this description.
  for (const name of ['uri-template', 'int64', 'int32', 'double', 'timestamp', 'repo.nwo', 'binary']) {
    ajv.addFormat(name, true);
  }
}

// ---------------------------------------------------------------------------------------------
// Loading

interface LoadedSpec {
  doc: {
    paths: Record<string, Record<string, unknown>>;
    components: Record<string, Record<string, unknown>>;
  };
  loadMs: number;
  nullableRewrites: number;
}

let loaded: LoadedSpec | undefined;

function loadSpec(): LoadedSpec {
  if (loaded !== undefined) return loaded;
  const start = performance.now();
  const doc = JSON.parse(readFileSync(SPEC_PATH, 'utf8')) as LoadedSpec['doc'];
  const nullableRewrites = rewriteNullable(doc.paths) + rewriteNullable(doc.components);
  patchKnownErrata(doc);
  loaded = { doc, nullableRewrites, loadMs: performance.now() - start };
  return loaded;
}

/**
 * Places where the description disagrees with the API it describes, corrected so that a correct
 * client is not reported. Each entry says what GitHub really accepts.
 */
function patchKnownErrata(doc: LoadedSpec['doc']): void {
  // `created` on the workflow-run lists takes the search syntax (`>=2026-01-01`, `a..b`), which
  // the description types as `format: date-time`.
  const created = doc.components['parameters']?.['created'] as { schema?: Schema } | undefined;
  if (created?.schema !== undefined) created.schema = { type: 'string' };
  // Path and query values arrive as strings and are coerced: `workflow_id: oneOf [integer,
  // string]` then matches both branches for "161335", which oneOf forbids. For parameters the
  // exclusivity means nothing; anyOf says what GitHub accepts.
  const parameterSchemas: Schema[] = [];
  for (const parameter of Object.values(doc.components['parameters'] ?? {})) {
    const schema = (parameter as { schema?: Schema }).schema;
    if (schema !== undefined) parameterSchemas.push(schema);
  }
  for (const item of Object.values(doc.paths)) {
    for (const operation of Object.values(item)) {
      for (const parameter of ((operation as { parameters?: unknown[] }).parameters ?? []) as Array<{
        schema?: Schema;
      }>) {
        if (parameter.schema !== undefined) parameterSchemas.push(parameter.schema);
      }
    }
  }
  for (const schema of parameterSchemas) {
    if (schema['oneOf'] !== undefined) {
      schema['anyOf'] = schema['oneOf'];
      delete schema['oneOf'];
    }
  }
}

const METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'] as const;
const DOC_ID = 'github-rest';

function escapePointer(token: string): string {
  return token.replace(/~/g, '~0').replace(/\//g, '~1');
}

function unescapePointer(token: string): string {
  return token.replace(/~1/g, '/').replace(/~0/g, '~');
}

/** The ajv error list as one short line per error. */
export function formatErrors(
  errors: readonly ErrorObject[] | null | undefined,
  prefix = '',
  strip = '',
): string {
  if (!errors || errors.length === 0) return '';
  return errors
    .slice(0, 8)
    .map((e) => {
      const path =
        strip !== '' && e.instancePath.startsWith(strip)
          ? e.instancePath.slice(strip.length)
          : e.instancePath;
      const where = `${prefix}${path}` || '(root)';
      const extra =
        e.keyword === 'additionalProperties'
          ? ` (${String((e.params as { additionalProperty?: string }).additionalProperty)})`
          : e.keyword === 'enum'
            ? ` (${JSON.stringify((e.params as { allowedValues?: unknown }).allowedValues)})`
            : '';
      return `${where} ${e.message ?? e.keyword}${extra}`;
    })
    .join('; ');
}

// ---------------------------------------------------------------------------------------------
// The contract

/** The description as an executable contract. One instance per process (`OpenApiContract.get()`). */
export class OpenApiContract {
  private static instance: OpenApiContract | undefined;

  /** The shared instance; the first call reads the description (about 0.2 s). */
  static get(): OpenApiContract {
    OpenApiContract.instance ??= new OpenApiContract(loadSpec());
    return OpenApiContract.instance;
  }

  private readonly doc: LoadedSpec['doc'];
  private readonly byMethod = new Map<string, Operation[]>();
  private readonly byId = new Map<string, Operation>();
  /** Validates bodies as sent: no coercion. */
  private readonly bodyAjv: Ajv;
  /** Validates path and query values, which arrive as strings: coerced to the schema's type. */
  private readonly paramAjv: Ajv;
  private readonly validators = new Map<string, ValidateFunction>();
  private readonly counters = {
    compileMs: 0,
    firstCompileMs: undefined as number | undefined,
    compiled: 0,
  };
  private readonly loadMs: number;
  private readonly prepareMs: number;
  private readonly nullableRewrites: number;

  private constructor(spec: LoadedSpec) {
    const start = performance.now();
    this.doc = spec.doc;
    this.loadMs = spec.loadMs;
    this.nullableRewrites = spec.nullableRewrites;
    for (const [template, item] of Object.entries(this.doc.paths)) {
      for (const method of METHODS) {
        const raw = item[method] as Record<string, unknown> | undefined;
        if (raw === undefined) continue;
        const pointer = `/paths/${escapePointer(template)}/${method}`;
        const operation = this.buildOperation(template, method, pointer, raw);
        const list = this.byMethod.get(operation.method) ?? [];
        list.push(operation);
        this.byMethod.set(operation.method, list);
        this.byId.set(operation.operationId, operation);
      }
    }
    for (const list of this.byMethod.values()) list.sort(compareSpecificity);
    const options = {
      strict: false,
      allErrors: true,
      validateSchema: false,
      // The description is one big document: refs point into it, it is never a meta-schema.
      addUsedSchema: false,
    } as const;
    this.bodyAjv = new Ajv(options);
    this.paramAjv = new Ajv({ ...options, coerceTypes: 'array' });
    for (const ajv of [this.bodyAjv, this.paramAjv]) {
      addFormats(ajv);
      ajv.addSchema({ components: this.doc.components, paths: this.doc.paths }, DOC_ID);
    }
    this.prepareMs = performance.now() - start;
  }

  stats(): ContractStats {
    return {
      loadMs: this.loadMs,
      prepareMs: this.prepareMs,
      validatorsCompiled: this.counters.compiled,
      compileMs: this.counters.compileMs,
      firstCompileMs: this.counters.firstCompileMs,
      nullableRewrites: this.nullableRewrites,
      operations: this.byId.size,
    };
  }

  /** The (rewritten) node at a JSON pointer of the description, e.g. `/components/schemas/issue-comment`. */
  nodeAt(pointer: string): unknown {
    return pointer
      .split('/')
      .slice(1)
      .reduce<unknown>(
        (node, token) => (node as Record<string, unknown> | undefined)?.[unescapePointer(token)],
        this.doc,
      );
  }

  /** Validates `value` against the schema at `pointer` (no coercion); ajv's errors, [] when valid. */
  validateAt(pointer: string, value: unknown): ErrorObject[] {
    const validate = this.validator(this.bodyAjv, pointer);
    return validate(value) ? [] : [...(validate.errors ?? [])];
  }

  operation(operationId: string): Operation | undefined {
    return this.byId.get(operationId);
  }

  /** The operation a method and URL path (percent-encoded, no query) address, if any. */
  match(method: string, path: string): RouteMatch | undefined {
    const segments = path.split('/').slice(1);
    const candidates = this.byMethod.get(method.toUpperCase()) ?? [];
    for (const operation of candidates) {
      if (operation.segments.length !== segments.length) continue;
      const params: Record<string, string> = {};
      let ok = true;
      for (let i = 0; i < segments.length && ok; i++) {
        const want = operation.segments[i]!;
        const got = segments[i]!;
        if (want.startsWith('{') && want.endsWith('}')) {
          let value: string;
          try {
            value = decodeURIComponent(got);
          } catch {
            value = got;
          }
          if (value === '') ok = false;
          else params[want.slice(1, -1)] = value;
        } else if (want !== got) {
          ok = false;
        }
      }
      if (ok) return { operation, params };
    }
    return undefined;
  }

  /** Routes and validates one request: path parameters, query, content type, JSON body, limits. */
  checkRequest(req: RequestToCheck): RequestCheck {
    const label = `${req.method.toUpperCase()} ${req.path}`;
    const issues: ContractIssue[] = [];
    const match = this.match(req.method, req.path);
    const raw = req.rawBody ?? '';
    let body: unknown;
    if (match === undefined) {
      issues.push({
        kind: 'unknown-route',
        request: label,
        message: `No operation in GitHub's REST description matches ${label}`,
      });
      return { match, body, params: {}, query: {}, issues };
    }
    const { operation } = match;
    const base = { request: label, operationId: operation.operationId };

    const params = this.checkParameters(operation, 'path', match.params, base, issues);
    const queryValues: Record<string, string | string[]> = {};
    for (const key of new Set(req.query.keys())) {
      const all = req.query.getAll(key);
      queryValues[key] = all.length === 1 ? all[0]! : all;
    }
    const query = this.checkParameters(operation, 'query', queryValues, base, issues);

    const requestBody = operation.requestBody;
    if (raw !== '') {
      const mediaType = (req.contentType ?? '').split(';')[0]!.trim().toLowerCase();
      if (requestBody === undefined) {
        issues.push({ ...base, kind: 'body', message: `${operation.operationId} takes no request body` });
      } else if (requestBody.content['application/json'] !== undefined) {
        if (mediaType !== 'application/json' && !mediaType.endsWith('+json')) {
          issues.push({
            ...base,
            kind: 'content-type',
            message: `Content-Type ${JSON.stringify(req.contentType ?? '')} is not application/json`,
          });
        }
        try {
          body = JSON.parse(raw) as unknown;
        } catch (error) {
          issues.push({ ...base, kind: 'body', message: `The body is not JSON: ${String(error)}` });
        }
        if (body !== undefined) {
          const validate = this.validator(
            this.bodyAjv,
            `${requestBody.pointer}/content/application~1json/schema`,
          );
          if (!validate(body)) {
            issues.push({
              ...base,
              kind: 'body',
              message: `The body does not match the schema: ${formatErrors(validate.errors, 'body')}`,
              errors: [...(validate.errors ?? [])],
            });
          }
          issues.push(...checkLimits(operation.operationId, body, base));
        }
      } else if (requestBody.content[mediaType] === undefined) {
        issues.push({
          ...base,
          kind: 'content-type',
          message: `Content-Type ${mediaType} is not one of ${Object.keys(requestBody.content).join(', ')}`,
        });
      }
    } else if (requestBody?.required === true) {
      issues.push({ ...base, kind: 'body', message: `${operation.operationId} requires a request body` });
    }
    return { match, body, params, query, issues };
  }

  /**
   * Checks a response body against what the description documents for that operation and status.
   * A status the description does not list (a scripted 500, say) is not checked: GitHub can always
   * fail that way.
   */
  checkResponse(operation: Operation, status: number, body: unknown, request = ''): ContractIssue[] {
    const entry = operation.responses.get(String(status));
    if (entry === undefined) return [];
    const content = entry.value.content;
    if (content === undefined) {
      if (body === undefined) return [];
      return [
        {
          kind: 'response',
          request,
          operationId: operation.operationId,
          message: `${status} of ${operation.operationId} documents no body, but one was sent`,
        },
      ];
    }
    const mediaType = Object.keys(content).find(
      (type) => type === 'application/json' || type.endsWith('json'),
    );
    if (mediaType === undefined || content[mediaType]?.schema === undefined) return [];
    const validate = this.validator(
      this.bodyAjv,
      `${entry.pointer}/content/${escapePointer(mediaType)}/schema`,
    );
    if (validate(body)) return [];
    return [
      {
        kind: 'response',
        request,
        operationId: operation.operationId,
        message: `The ${status} response of ${operation.operationId} does not match the description: ${formatErrors(validate.errors, 'response')}`,
        errors: [...(validate.errors ?? [])],
      },
    ];
  }

  private checkParameters(
    operation: Operation,
    where: 'path' | 'query',
    values: Record<string, string | string[]>,
    base: { request: string; operationId: string },
    issues: ContractIssue[],
  ): Record<string, unknown> {
    const declared = operation.parameters.filter((p) => p.in === where);
    const coerced: Record<string, unknown> = {};
    const names = new Set(declared.map((p) => p.name));
    for (const name of Object.keys(values)) {
      if (!names.has(name)) {
        issues.push({
          ...base,
          kind: where,
          field: name,
          ignoredByGitHub: where === 'query',
          message: `${operation.operationId} has no ${where} parameter "${name}" (it has: ${[...names].join(', ') || 'none'})`,
        });
        coerced[name] = values[name];
      }
    }
    for (const parameter of declared) {
      const value = values[parameter.name];
      if (value === undefined) {
        if (parameter.required === true) {
          issues.push({
            ...base,
            kind: where,
            field: parameter.name,
            message: `The required ${where} parameter "${parameter.name}" is missing`,
          });
        }
        continue;
      }
      if (parameter.schema === undefined) {
        coerced[parameter.name] = value;
        continue;
      }
      const isArray = parameter.schema['type'] === 'array';
      // Form style, explode false: `labels=a,b` is an array of two.
      const holder = {
        value: isArray && typeof value === 'string' ? value.split(',') : value,
      };
      const validate = this.validator(this.paramAjv, parameter.schemaPointer, true);
      if (!validate(holder)) {
        issues.push({
          ...base,
          kind: where,
          field: parameter.name,
          message: `The ${where} parameter "${parameter.name}"=${JSON.stringify(value)} does not match its schema: ${formatErrors(validate.errors, parameter.name, '/value')}`,
          errors: [...(validate.errors ?? [])],
        });
      }
      coerced[parameter.name] = holder.value;
    }
    return coerced;
  }

  /** A cached validator for the schema at `pointer`; `wrapped` validates `{value}` so coercion can write back. */
  private validator(ajv: Ajv, pointer: string, wrapped = false): ValidateFunction {
    const key = `${ajv === this.paramAjv ? 'param' : 'body'}:${wrapped ? 'w' : ''}:${pointer}`;
    const cached = this.validators.get(key);
    if (cached !== undefined) return cached;
    const start = performance.now();
    const ref = { $ref: `${DOC_ID}#${pointer.split('/').map(encodeURIComponentForPointer).join('/')}` };
    const validate = ajv.compile(
      wrapped ? { type: 'object', properties: { value: ref }, required: ['value'] } : ref,
    );
    const elapsed = performance.now() - start;
    this.counters.compileMs += elapsed;
    this.counters.firstCompileMs ??= elapsed;
    this.counters.compiled += 1;
    this.validators.set(key, validate);
    return validate;
  }

  private buildOperation(
    template: string,
    method: (typeof METHODS)[number],
    pointer: string,
    raw: Record<string, unknown>,
  ): Operation {
    const parameters: ParameterObject[] = [];
    const rawParams = (raw['parameters'] as unknown[] | undefined) ?? [];
    rawParams.forEach((entry, index) => {
      const resolved = this.resolve(entry, `${pointer}/parameters/${index}`);
      const value = resolved.value as Omit<ParameterObject, 'schemaPointer'>;
      parameters.push({ ...value, schemaPointer: `${resolved.pointer}/schema` });
    });
    let requestBody: RequestBodyObject | undefined;
    if (raw['requestBody'] !== undefined) {
      const resolved = this.resolve(raw['requestBody'], `${pointer}/requestBody`);
      requestBody = { ...(resolved.value as Omit<RequestBodyObject, 'pointer'>), pointer: resolved.pointer };
    }
    const responses = new Map<string, { pointer: string; value: ResponseObject }>();
    for (const [status, response] of Object.entries((raw['responses'] as Record<string, unknown>) ?? {})) {
      const resolved = this.resolve(response, `${pointer}/responses/${escapePointer(status)}`);
      responses.set(status, { pointer: resolved.pointer, value: resolved.value as ResponseObject });
    }
    return {
      operationId: String(raw['operationId']),
      method: method.toUpperCase(),
      template,
      pointer,
      parameters,
      requestBody,
      responses,
      segments: template.split('/').slice(1),
      docsUrl: (raw['externalDocs'] as { url?: string } | undefined)?.url ?? 'https://docs.github.com/rest',
    };
  }

  /** Follows a local `$ref` (parameters, request bodies, responses) to its target and pointer. */
  private resolve(value: unknown, pointer: string): { value: unknown; pointer: string } {
    let current = value;
    let at = pointer;
    for (let hops = 0; hops < 10; hops++) {
      const ref = (current as { $ref?: unknown } | null)?.$ref;
      if (typeof ref !== 'string') return { value: current, pointer: at };
      if (!ref.startsWith('#/')) throw new Error(`Unsupported $ref ${ref} at ${at}`);
      at = ref.slice(1);
      current = at
        .split('/')
        .slice(1)
        .reduce<unknown>(
          (node, token) => (node as Record<string, unknown>)[unescapePointer(token)],
          this.doc,
        );
      if (current === undefined) throw new Error(`Unresolvable $ref ${ref}`);
    }
    throw new Error(`$ref chain too long at ${pointer}`);
  }
}

/** JSON pointer tokens inside a URI fragment: `{` `}` and friends must be percent-encoded. */
function encodeURIComponentForPointer(token: string): string {
  return token.replace(/[^A-Za-z0-9_.~!$&'()*+,;=:@-]/g, (c) => encodeURIComponent(c));
}

function compareSpecificity(a: Operation, b: Operation): number {
  // Literal segments win over parameters, position by position.
  const n = Math.min(a.segments.length, b.segments.length);
  for (let i = 0; i < n; i++) {
    const pa = a.segments[i]!.startsWith('{');
    const pb = b.segments[i]!.startsWith('{');
    if (pa !== pb) return pa ? 1 : -1;
  }
  return a.segments.length - b.segments.length;
}

// ---------------------------------------------------------------------------------------------
// Limits GitHub enforces that the description does not encode. (Check-run summary/text and the
// 50 annotations per request are in the description as maxLength/maxItems: ajv checks them.)

interface TextLimit {
  /** Dotted path into the body. */
  field: string;
  max: number;
  resource: string;
}

const TEXT_LIMITS: Readonly<Record<string, readonly TextLimit[]>> = {
  'issues/create-comment': [{ field: 'body', max: COMMENT_BODY_LIMIT, resource: 'IssueComment' }],
  'issues/update-comment': [{ field: 'body', max: COMMENT_BODY_LIMIT, resource: 'IssueComment' }],
  'issues/create': [{ field: 'body', max: COMMENT_BODY_LIMIT, resource: 'Issue' }],
  'issues/update': [{ field: 'body', max: COMMENT_BODY_LIMIT, resource: 'Issue' }],
  'pulls/create': [{ field: 'body', max: COMMENT_BODY_LIMIT, resource: 'PullRequest' }],
  'pulls/update': [{ field: 'body', max: COMMENT_BODY_LIMIT, resource: 'PullRequest' }],
  'pulls/create-review': [{ field: 'body', max: COMMENT_BODY_LIMIT, resource: 'PullRequestReview' }],
  'pulls/create-review-comment': [
    { field: 'body', max: COMMENT_BODY_LIMIT, resource: 'PullRequestReviewComment' },
  ],
  'pulls/update-review-comment': [
    { field: 'body', max: COMMENT_BODY_LIMIT, resource: 'PullRequestReviewComment' },
  ],
};

/** GitHub counts characters (code points), not UTF-16 units. */
export function characterCount(text: string): number {
  let count = 0;
  for (const _ of text) count += 1;
  return count;
}

/** The GitHub error message for a text over its limit. */
export function tooLongMessage(field: string, max: number): string {
  const name = field.split('.').pop() ?? field;
  return `${name.charAt(0).toUpperCase()}${name.slice(1)} is too long (maximum is ${max} characters)`;
}

function checkLimits(
  operationId: string,
  body: unknown,
  base: { request: string; operationId: string },
): ContractIssue[] {
  const issues: ContractIssue[] = [];
  for (const limit of TEXT_LIMITS[operationId] ?? []) {
    const value = limit.field
      .split('.')
      .reduce<unknown>((node, key) => (node as Record<string, unknown> | undefined)?.[key], body);
    if (typeof value !== 'string') continue;
    const length = characterCount(value);
    if (length > limit.max) {
      issues.push({
        ...base,
        kind: 'limit',
        field: limit.field,
        message: `${tooLongMessage(limit.field, limit.max)}: ${length} were sent`,
      });
    }
  }
  return issues;
}

/** The resource name GitHub's 422 errors use for an operation's text limit. */
export function limitResource(operationId: string): string {
  return TEXT_LIMITS[operationId]?.[0]?.resource ?? 'Resource';
}
