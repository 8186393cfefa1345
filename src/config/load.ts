import { DEFAULT_ENVIRONMENT, environmentProblems, toEnvironmentConfig } from './environment.js';
import { DEFAULT_TESTS, testsProblems, toTestsConfig } from './tests.js';
import { Ajv } from 'ajv';
import type { ErrorObject, ValidateFunction } from 'ajv';
import { constructFromEvents, parseEvents, YAMLException } from 'js-yaml';
import type { Event } from 'js-yaml';
import picomatch from 'picomatch';
import schema from '../../schema/test-ladder.schema.json' with { type: 'json' };
import { InputError, InputErrors } from '../model/errors.js';
import {
  escapePointerSegment,
  indexPositions,
  lineLocator,
  parentPointer,
  pointerSegments,
} from './positions.js';
import type { PositionIndex } from './positions.js';
import { DEFAULT_LADDER, DEFAULT_PATCH, TIER_GLOB_OPTIONS } from './types.js';
import type { Config, LadderConfig, PathPrefix, Tier } from './types.js';
import type { LadderKeysGiven } from './tpr.js';

/** A config is a few levels deep; anything far deeper is refused before it is built. */
const MAX_DEPTH = 20;
/**
 * A config has little use for aliases. Loaded aliases share one object rather than copying it, and
 * nothing here walks beyond the keys the schema knows, but a cap refuses alias bombs (billion laughs)
 * outright instead of relying on that.
 */
const MAX_ALIASES = 50;
/** Longer keys or strings are cut in messages so hostile input cannot flood the log. */
const SHOWN_CHARS = 60;

/** The parts of the JSON Schema that messages are written from. */
interface SchemaNode {
  /** What a value must be, in the words of a message ("a list of at least one glob"). */
  readonly title?: string;
  readonly type?: string | readonly string[];
  readonly properties?: Readonly<Record<string, SchemaNode>>;
  /** A schema here: a mapping whose keys the user names (tier names). */
  readonly additionalProperties?: boolean | SchemaNode;
  readonly items?: SchemaNode;
  readonly required?: readonly string[];
  readonly enum?: readonly unknown[];
  readonly const?: unknown;
  readonly minimum?: number;
  readonly exclusiveMinimum?: number;
  readonly maximum?: number;
  readonly format?: string;
}

const SCHEMA: SchemaNode = schema;

let compiled: ValidateFunction | undefined;

/** Compiled on first use, not on import: importing the module stays cheap. */
function validator(): ValidateFunction {
  if (compiled === undefined) {
    const ajv = new Ajv({
      allErrors: true,
      strict: true,
      strictTypes: true,
      strictNumbers: true, // .nan and .inf are not numbers here
      allowUnionTypes: true,
      coerceTypes: false,
    });
    ajv.addFormat('date', { type: 'string', validate: isCalendarDate });
    compiled = ajv.compile(schema);
  }
  return compiled;
}

/** One problem with the file, before it becomes an InputError. */
interface Problem {
  readonly offset: number;
  readonly text: string;
}

/**
 * Parses and validates test-ladder.yml. Throws an InputError for YAML the parser rejects, and an
 * InputErrors listing every problem, in file order, for YAML that is not a valid config.
 */
export function parseConfig(text: string, file: string): Config {
  return parseConfigGiven(text, file).config;
}

/**
 * parseConfig, and which of the ladder's keys the file wrote itself: a TPR_COVERAGE_* variable
 * fills only the others (config/tpr.ts applyTprDefaults), and the defaults filled in here cannot
 * tell `tolerance: 0` written from the default 0.
 */
export function parseConfigGiven(text: string, file: string): { config: Config; given: LadderKeysGiven } {
  const none = { baseline: false, target: false, tolerance: false };
  let events: Event[];
  try {
    events = parseEvents(text, { filename: file, maxDepth: MAX_DEPTH });
  } catch (e) {
    throw yamlError(e, file);
  }
  const index = indexPositions(text, events);
  const locate = lineLocator(text);

  if (index.documents === 0) return { config: defaults(file), given: none };
  if (index.documents > 1) {
    const at = index.secondDocumentOffset === undefined ? {} : locate(index.secondDocumentOffset);
    throw new InputError('expected one YAML document; found a second one (remove the "---" that starts it)', {
      file,
      ...at,
    });
  }

  const where = new Positions(index);
  if (index.complexKeys.length > 0) {
    // The loader would refuse these at the mapping, not at the key; say where each one is.
    const message = 'a key must be a plain word; found a list or mapping used as a key';
    throw new InputErrors(
      index.complexKeys.map(
        (k) => new InputError(`${where.label(k.pointer)}: ${message}`, { file, ...locate(k.offset) }),
      ),
    );
  }

  let data: unknown;
  try {
    // Duplicates found in the index are reported below with their positions; letting the last one
    // win meanwhile lets every other problem be reported in the same run.
    const json = index.duplicates.length > 0;
    [data] = constructFromEvents(events, { source: text, filename: file, maxAliases: MAX_ALIASES, json });
  } catch (e) {
    throw yamlError(e, file);
  }
  if (data === null || data === undefined) return { config: defaults(file), given: none };

  const problems: Problem[] = index.duplicates.map((d) => {
    const first = locate(d.firstOffset);
    return {
      offset: d.offset,
      text: `${where.label(d.pointer)}: duplicate key; first set at line ${first.line}, column ${first.column}`,
    };
  });
  const validate = validator();
  const invalid = new Set<string>();
  if (!validate(data)) problems.push(...schemaProblems(data, validate.errors ?? [], where, invalid));
  problems.push(...ladderProblems(data, where, invalid));
  if (isMapping(data) && !invalid.has('') && !invalid.has('/tests'))
    for (const p of testsProblems(own(data, 'tests')))
      problems.push({ offset: where.key(p.pointer), text: `${where.label(p.pointer)}: ${p.message}` });
  if (isMapping(data) && !invalid.has('') && !invalid.has('/environment'))
    for (const p of environmentProblems(own(data, 'environment')))
      problems.push({ offset: where.key(p.pointer), text: `${where.label(p.pointer)}: ${p.message}` });

  if (problems.length > 0) {
    const ordered = problems
      .map((p, i) => ({ ...p, i }))
      .sort((a, b) => a.offset - b.offset || a.i - b.i)
      .map((p) => new InputError(p.text, { file, ...locate(p.offset) }));
    throw new InputErrors(ordered);
  }
  const section = isMapping(data) ? own(data, 'coverage') : undefined;
  const wrote = (key: string) => isMapping(section) && own(section, key) !== undefined;
  return {
    config: toConfig(data, file),
    given: { baseline: wrote('baseline'), target: wrote('target'), tolerance: wrote('tolerance') },
  };
}

function defaults(file: string): Config {
  return { file, coverage: { ...DEFAULT_LADDER }, environment: DEFAULT_ENVIRONMENT, tests: DEFAULT_TESTS };
}

function yamlError(e: unknown, file: string): InputError {
  if (e instanceof YAMLException) {
    const where = e.mark ? { line: e.mark.line + 1, column: e.mark.column + 1 } : {};
    return new InputError(`invalid YAML: ${e.reason}${limitHint(e.reason)}`, { file, ...where });
  }
  return new InputError(`could not read YAML: ${e instanceof Error ? e.message : String(e)}`, { file });
}

function limitHint(reason: string): string {
  // Globs are where YAML's indicators bite: `- *.py` is an alias, `- !src/x/**` a tag.
  if (reason.startsWith('unidentified alias')) {
    return "; a value that starts with * is read as an alias: quote it, as in '*.py'";
  }
  if (/^unknown (scalar )?tag !<!/.test(reason)) {
    return "; a value that starts with ! is read as a tag: quote it, as in '!src/legacy/**'";
  }
  if (reason.startsWith('aliases exceeded')) {
    return '; a config needs few aliases, so more are refused as a likely alias bomb';
  }
  if (reason.startsWith('nesting exceeded')) return '; a config is only a few levels deep';
  return '';
}

/** Resolves JSON pointers to offsets and to the dotted paths users read (`coverage.target`). */
class Positions {
  constructor(private readonly index: PositionIndex) {}

  /** Where the key is written; for the root or an unknown position, the nearest written ancestor. */
  key(pointer: string): number {
    const node = this.index.nodes.get(pointer);
    return node?.key ?? node?.value ?? this.ancestor(pointer);
  }

  /** Where the value is written; the key when the value is empty. */
  value(pointer: string): number {
    const node = this.index.nodes.get(pointer);
    return node?.value ?? node?.key ?? this.ancestor(pointer);
  }

  private ancestor(pointer: string): number {
    for (let p = parentPointer(pointer); p !== undefined; p = parentPointer(p)) {
      const node = this.index.nodes.get(p);
      const offset = node?.value ?? node?.key;
      if (offset !== undefined) return offset;
    }
    return 0;
  }

  label(pointer: string): string {
    if (pointer === '') return 'top level';
    let out = '';
    let at = '';
    for (const segment of pointerSegments(pointer)) {
      at = `${at}/${escapePointerSegment(segment)}`;
      if (this.index.sequenceItems.has(at)) out += `[${segment}]`;
      else if (/^[A-Za-z0-9_-]+$/.test(segment))
        out += out === '' ? shorten(segment) : `.${shorten(segment)}`;
      else out += `${out === '' ? '' : '.'}${JSON.stringify(shorten(segment))}`;
    }
    return out;
  }
}

function schemaProblems(
  data: unknown,
  errors: readonly ErrorObject[],
  where: Positions,
  invalid: Set<string>,
): Problem[] {
  const problems: Problem[] = [];
  const missing = new Map<string, string[]>();
  for (const error of errors) {
    if (error.keyword === 'required') {
      // Gathered per mapping, so two missing keys make one message.
      const key = String((error.params as { missingProperty: unknown }).missingProperty);
      const list = missing.get(error.instancePath);
      if (list) list.push(key);
      else missing.set(error.instancePath, [key]);
      continue;
    }
    if (error.keyword === 'additionalProperties') {
      const key = String((error.params as { additionalProperty: unknown }).additionalProperty);
      const pointer = `${error.instancePath}/${escapePointerSegment(key)}`;
      const allowed = Object.keys(schemaAt(error.instancePath)?.properties ?? {});
      const guess = closest(key, allowed);
      problems.push({
        offset: where.key(pointer),
        text: `${where.label(pointer)}: unknown key; allowed: ${allowed.join(', ')}${guess === undefined ? '' : ` (did you mean "${guess}"?)`}`,
      });
      continue;
    }
    // One message per value: it says everything allowed, so a second keyword adds nothing.
    const pointer = error.instancePath;
    if (invalid.has(pointer)) continue;
    invalid.add(pointer);
    const node = schemaAt(pointer);
    const value = valueAt(data, pointer);
    const text =
      node === undefined
        ? `${error.message ?? 'invalid'}; found ${describe(value)}`
        : `expected ${expected(node)}; found ${describe(value)}${hint(node, value, pointer)}`;
    problems.push({ offset: where.value(pointer), text: `${where.label(pointer)}: ${text}` });
  }
  for (const [pointer, keys] of missing) {
    const required = schemaAt(pointer)?.required ?? keys;
    problems.push({
      offset: where.key(pointer),
      text: `${where.label(pointer)}: missing ${keys.length === 1 ? 'key' : 'keys'} ${keys.join(', ')}; required: ${required.join(', ')}`,
    });
  }
  return problems;
}

/** Rules between ladder keys, checked only on values that passed the schema. */
function ladderProblems(data: unknown, where: Positions, invalid: ReadonlySet<string>): Problem[] {
  if (!isMapping(data) || invalid.has('') || invalid.has('/coverage')) return [];
  const section = own(data, 'coverage');
  if (!isMapping(section)) return [];
  const has = (key: string) => Object.hasOwn(section, key);
  const valid = (key: string) => (has(key) && !invalid.has(`/coverage/${key}`) ? section[key] : undefined);
  const problems: Problem[] = [];
  const at = (key: string, text: string) => {
    const pointer = `/coverage/${key}`;
    problems.push({ offset: where.key(pointer), text: `${where.label(pointer)}: ${text}` });
  };

  if (has('target') && !has('horizon')) at('target', 'needs coverage.horizon, the date the target is due');
  if (has('horizon') && !has('target')) at('horizon', 'needs coverage.target, the percent due on that date');
  if (has('since') && !has('baseline')) {
    at('since', 'needs coverage.baseline, the percent the ladder starts from on that date');
  }
  // With since present, a missing baseline is reported at since (above), once.
  if (has('target') && has('horizon') && !has('since')) {
    const missing = has('baseline') ? 'coverage.since' : 'coverage.baseline and coverage.since';
    at(
      'target',
      `needs ${missing}: the floor rises from the baseline on since to the target on horizon, so it needs both ends`,
    );
  }

  const target = valid('target');
  const baseline = valid('baseline');
  if (typeof target === 'number' && typeof baseline === 'number' && target < baseline) {
    at(
      'target',
      `${target} is below coverage.baseline (${baseline}); the target must be at least the baseline`,
    );
  }
  const horizon = valid('horizon');
  const since = valid('since');
  if (typeof horizon === 'string' && typeof since === 'string' && horizon <= since) {
    at(
      'horizon',
      `${horizon} is on or before coverage.since (${since}); the target must be due after the ladder begins`,
    );
  }
  if (has('ratchet') && !has('baseline'))
    at('ratchet', 'needs coverage.baseline, the percent the ratchet raises');

  const push = (pointer: string, offset: number, text: string) =>
    problems.push({ offset, text: `${where.label(pointer)}: ${text}` });
  const tiers = valid('tiers');
  if (isMapping(tiers)) {
    for (const [name, spec] of Object.entries(tiers)) {
      const pointer = `/coverage/tiers/${escapePointerSegment(name)}`;
      if (name.trim() === '') push(pointer, where.key(pointer), 'a tier needs a name: write it as the key');
      const paths = isMapping(spec) && !invalid.has(pointer) ? own(spec, 'paths') : undefined;
      if (!Array.isArray(paths) || invalid.has(`${pointer}/paths`)) continue;
      paths.forEach((glob: unknown, i) => {
        const at = `${pointer}/paths/${i}`;
        const problem = typeof glob === 'string' && !invalid.has(at) ? globProblem(glob) : undefined;
        if (problem !== undefined) push(at, where.value(at), problem);
      });
      if (paths.every((glob) => typeof glob === 'string' && glob.startsWith('!'))) {
        push(
          `${pointer}/paths`,
          where.key(`${pointer}/paths`),
          'needs at least one glob that is not an exclusion: a glob starting with ! only takes files away from the others',
        );
      }
    }
  }

  const prefix = valid('path-prefix');
  if (isMapping(prefix)) {
    if (!Object.hasOwn(prefix, 'strip') && !Object.hasOwn(prefix, 'add')) {
      at(
        'path-prefix',
        'needs strip, add or both: the prefixes to remove from report paths, and the folder to put in front of them',
      );
    }
    const add = own(prefix, 'add');
    const pointer = '/coverage/path-prefix/add';
    if (typeof add === 'string' && !invalid.has(pointer)) {
      const problem = relativeFolderProblem(add);
      if (problem !== undefined) push(pointer, where.value(pointer), problem);
    }
  }
  return problems;
}

/** Why a tier glob can never match a repository path, or cannot be read; undefined when it is fine. */
function globProblem(glob: string): string | undefined {
  const shown = JSON.stringify(shorten(glob));
  const body = glob.startsWith('!') ? glob.slice(1) : glob;
  if (body === '') return `${shown} excludes nothing: write the glob to exclude after the !`;
  if (/^(\/|[A-Za-z]:[\\/])/.test(body)) {
    const relative =
      body.startsWith('/') && body.length > 1 ? ` (write ${JSON.stringify(shorten(body.slice(1)))})` : '';
    return `${shown} is absolute; tier globs are relative to the repository root${relative}`;
  }
  if (/(^|\/)\.\.(\/|$)/.test(body)) {
    return `${shown} uses ..; tier globs are relative to the repository root and cannot reach outside it`;
  }
  if (/\\[A-Za-z0-9_]/.test(body)) {
    return `${shown} has a backslash between folders; write / (in a glob, \\ makes the next character literal)`;
  }
  try {
    picomatch(body, TIER_GLOB_OPTIONS);
  } catch (e) {
    const reason = e instanceof Error ? e.message : String(e);
    return `${shown} is not a valid glob: ${reason.charAt(0).toLowerCase()}${reason.slice(1)}`;
  }
  return undefined;
}

/** Why `path-prefix.add` cannot name a folder of the repository; undefined when it can. */
function relativeFolderProblem(folder: string): string | undefined {
  const shown = JSON.stringify(shorten(folder));
  if (/^([\\/]|[A-Za-z]:[\\/])/.test(folder)) {
    return `${shown} is absolute; add is the folder, relative to the repository root, that report paths are relative to (for example services/api/); remove absolute prefixes with strip`;
  }
  let depth = 0;
  for (const segment of folder.split(/[\\/]/)) {
    if (segment === '..') depth -= 1;
    else if (segment !== '' && segment !== '.') depth += 1;
    if (depth < 0) return `${shown} reaches outside the repository; add is a folder inside it`;
  }
  return undefined;
}

/** Builds the Config from a value the schema and the rules above accepted. */
function toConfig(data: unknown, file: string): Config {
  const environment = toEnvironmentConfig(isMapping(data) ? own(data, 'environment') : undefined);
  const tests = toTestsConfig(isMapping(data) ? own(data, 'tests') : undefined);
  const section = isMapping(data) ? own(data, 'coverage') : undefined;
  if (!isMapping(section)) return { ...defaults(file), environment, tests };
  const given = camelCaseKeys(section) as Partial<LadderConfig>;
  const tiers = own(section, 'tiers');
  const ratchet = own(section, 'ratchet');
  const patch = own(section, 'patch');
  const prefix = own(section, 'path-prefix');
  return {
    file,
    coverage: {
      ...DEFAULT_LADDER,
      ...given,
      tiers: isMapping(tiers) ? Object.entries(tiers).map(([name, spec]) => toTier(name, spec)) : [],
      ratchet: isMapping(ratchet) ? { step: ratchet['step'] as number } : null,
      patch: isMapping(patch)
        ? {
            target: patch['target'] as number,
            minLines: (own(patch, 'min-lines') as number | undefined) ?? DEFAULT_PATCH.minLines,
          }
        : { ...DEFAULT_PATCH },
      pathPrefix: isMapping(prefix) ? toPathPrefix(prefix) : null,
    },
    environment,
    tests,
  };
}

function toTier(name: string, spec: unknown): Tier {
  const s = spec as Record<string, unknown>;
  return {
    name,
    paths: [...(s['paths'] as string[])],
    target: s['target'] as number,
    each: (own(s, 'each') as boolean | undefined) ?? false,
  };
}

function toPathPrefix(prefix: Record<string, unknown>): PathPrefix {
  return {
    strip: [...((own(prefix, 'strip') as string[] | undefined) ?? [])],
    add: (own(prefix, 'add') as string | undefined) ?? '',
  };
}

/** YAML keys are kebab-case (`path-prefix`), Config fields camelCase (`pathPrefix`). */
function camelCaseKeys(mapping: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(mapping).map(([key, value]) => [
      key.replace(/-([a-z0-9])/g, (_, c: string) => c.toUpperCase()),
      value,
    ]),
  );
}

function schemaAt(pointer: string): SchemaNode | undefined {
  let node: SchemaNode | undefined = SCHEMA;
  for (const segment of pointerSegments(pointer)) {
    if (node === undefined) return undefined;
    const properties: Readonly<Record<string, SchemaNode>> | undefined = node.properties;
    if (properties !== undefined && Object.hasOwn(properties, segment)) node = properties[segment];
    else if (node.items !== undefined && /^\d+$/.test(segment)) node = node.items;
    else if (typeof node.additionalProperties === 'object') node = node.additionalProperties;
    else node = undefined;
  }
  return node;
}

function valueAt(data: unknown, pointer: string): unknown {
  let value = data;
  for (const segment of pointerSegments(pointer)) {
    if (Array.isArray(value)) value = value[Number(segment)];
    else if (isMapping(value) && Object.hasOwn(value, segment)) value = value[segment];
    else return undefined;
  }
  return value;
}

function expected(node: SchemaNode): string {
  // The root's title names the file, not what it holds.
  if (node.title !== undefined && node !== SCHEMA) return node.title;
  if (node.const !== undefined) return JSON.stringify(node.const);
  if (node.enum !== undefined) return `one of ${node.enum.map((v) => JSON.stringify(v)).join(', ')}`;
  const types = typeof node.type === 'string' ? [node.type] : (node.type ?? []);
  if (types.includes('object')) return `a mapping with keys ${Object.keys(node.properties ?? {}).join(', ')}`;
  if (types.includes('number') || types.includes('integer')) {
    const what = types.includes('integer') ? 'a whole number' : 'a number';
    const { minimum: min, exclusiveMinimum: above, maximum: max } = node;
    if (above !== undefined)
      return max === undefined ? `${what} above ${above}` : `${what} above ${above} and at most ${max}`;
    if (min !== undefined && max !== undefined) return `${what} from ${min} to ${max}`;
    if (min !== undefined) return `${what} of at least ${min}`;
    if (max !== undefined) return `${what} of at most ${max}`;
    return what;
  }
  if (types.includes('string')) return node.format === 'date' ? 'a date written YYYY-MM-DD' : 'a string';
  if (types.includes('boolean')) return 'true or false';
  return types.join(' or ');
}

/** What was found, in a few words; never walks into a collection (it may be an alias bomb). */
function describe(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (value === null) return 'null (no value)';
  if (Array.isArray(value)) return value.length === 0 ? 'an empty list' : 'a list';
  switch (typeof value) {
    case 'string':
      return `the string ${JSON.stringify(shorten(value))}`;
    case 'boolean':
      return `the boolean ${value}`;
    case 'number':
      if (Number.isNaN(value)) return '.nan (not a number)';
      if (!Number.isFinite(value)) return `${value > 0 ? '' : '-'}.inf (infinity)`;
      return String(value);
    case 'object':
      return 'a mapping';
    default:
      return typeof value;
  }
}

function hint(node: SchemaNode, value: unknown, pointer: string): string {
  const types = typeof node.type === 'string' ? [node.type] : (node.type ?? []);
  if (pointer === '/coverage/tiers' && Array.isArray(value)) {
    return '; write each tier under its name instead of as a list item, for example core: {paths: [src/core/**], target: 90}';
  }
  // `ratchet: 0.5` for `ratchet: {step: 0.5}`: the one required key is obvious.
  const only = node.required?.length === 1 ? node.required[0] : undefined;
  if (
    types.includes('object') &&
    only !== undefined &&
    (typeof value === 'number' || typeof value === 'string')
  ) {
    return `; write it as {${only}: ${flowScalar(value)}}`;
  }
  if (types.includes('array') && typeof value === 'string')
    return `; write it as a list: [${flowScalar(value)}]`;
  if (typeof value !== 'string') return '';
  if (types.includes('number')) {
    const numeric = /^\s*([-+]?(?:\d+(?:\.\d*)?|\.\d+))\s*%?\s*$/.exec(value);
    return numeric ? `; write it as a plain number: ${numeric[1]}` : '';
  }
  if (node.enum !== undefined) {
    const guess = closest(
      value,
      node.enum.filter((v): v is string => typeof v === 'string'),
    );
    return guess === undefined ? '' : ` (did you mean "${guess}"?)`;
  }
  if (node.format === 'date' && /^\d{4}-\d{2}-\d{2}$/.test(value)) return ', which is not a real date';
  return '';
}

/** A scalar as it can be written inside `[…]` or `{…}`: quoted when YAML would read it otherwise. */
function flowScalar(value: string | number): string {
  if (typeof value === 'number') return String(value);
  const text = shorten(value);
  const plain = /^[A-Za-z0-9_./][^,[\]{}#:]*$/.test(text) && !/\s$/.test(text);
  return plain ? text : `'${text.replace(/'/g, "''")}'`;
}

export function isCalendarDate(text: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  if (month < 1 || month > 12 || day < 1) return false;
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  const days = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1] ?? 0;
  return day <= days;
}

/** The allowed word a typo most likely meant, if one is close enough to be an obvious slip. */
function closest(word: string, candidates: readonly string[]): string | undefined {
  if (word.length > SHOWN_CHARS) return undefined;
  const squash = (s: string) => s.toLowerCase().replace(/[-_\s]/g, '');
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const candidate of candidates) {
    const distance = squash(word) === squash(candidate) ? 0 : editDistance(word.toLowerCase(), candidate);
    if (distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
    }
  }
  if (best === undefined) return undefined;
  return bestDistance <= (best.length <= 4 ? 1 : 2) ? best : undefined;
}

function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const substitution = (previous[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1);
      current.push(Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, substitution));
    }
    previous = current;
  }
  return previous[b.length] ?? 0;
}

function isMapping(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function own(mapping: Record<string, unknown>, key: string): unknown {
  return Object.hasOwn(mapping, key) ? mapping[key] : undefined;
}

function shorten(text: string): string {
  return text.length > SHOWN_CHARS ? `${text.slice(0, SHOWN_CHARS)}…` : text;
}
