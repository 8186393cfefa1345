import type { Counter, CoverageReport } from '../../model/coverage.js';
import { MAX_LINE_NUMBER } from '../../model/coverage.js';
import { InputError } from '../../model/errors.js';
import { ReportBuilder, type FileBuilder, LINE_NUMBER_EXPECTED } from './build.js';

/**
 * coverage.py JSON (`coverage json`, pytest-cov `--cov-report=json`).
 *
 * Lines: `executed_lines` (covered, 1 hit: the JSON carries no counts) and `missing_lines`;
 * `excluded_lines` are not counted, as coverage.py does not count them. coverage.py lists
 * docstring lines as executed, which its own counts leave out; see withoutDocstrings.
 *
 * Branches, counted like coverage.py's `num_branches` / `covered_branches`: one outcome per arc
 * `[from, to]` of `executed_branches` and `missing_branches`, grouped by the `from` line, in `to`
 * order (the set of possible arcs is fixed by the source, so every shard numbers them alike).
 * Executed arcs from a line to itself are dropped: coverage.py's analysis never counts one (it
 * drops arcs that start and end on the same line), yet Python 3.11 records one for a
 * comprehension's loop and the JSON lists it. When the arcs still do not add up to the file's own
 * `summary` (another arc coverage.py did not predict), or the JSON has no arcs (older versions),
 * the file's `num_branches` / `covered_branches` are taken instead, as one branch point on line 0
 * with the covered outcomes first: the figure stays coverage.py's, the branch lines are unknown.
 *
 * `totals` are carried as `declared`; `meta.version` names the producer; `totals.percent_covered`
 * is coverage.py's headline figure (`percentCombined`): with branch coverage it counts statements
 * and branches together, which is neither the line nor the branch percent.
 */
export function parseCoveragePyJson(text: string, file: string): CoverageReport {
  const root = parseJsonReport(text, file);
  const at = (path: string) => (message: string) => new InputError(`${path}: ${message}`, { file });
  if (!isObject(root)) throw new InputError('expected a coverage.py JSON object with "files" and "meta"', { file });
  const files = root['files'];
  if (!isObject(files))
    throw at('files')(
      files === undefined ? 'missing: not a coverage.py JSON report (it has "meta", "files" and "totals")' : 'expected an object',
    );
  const report = new ReportBuilder();
  let budget = OUTCOME_ALLOWANCE + text.length;
  const spend = (n: number, where: string) => {
    budget -= n;
    if (budget < 0) throw at(where)('the report claims more branches than it has characters');
  };
  for (const [path, entry] of Object.entries(files)) {
    const where = `files[${JSON.stringify(path)}]`;
    if (path.trim() === '') throw at(where)('a file with an empty path');
    if (!isObject(entry)) throw at(where)('expected an object');
    const f = report.file(path);
    readFile(f, entry, where, at, spend);
  }

  const meta = isObject(root['meta']) ? root['meta'] : {};
  const totals = isObject(root['totals']) ? root['totals'] : {};
  const lines = counter(totals, 'covered_lines', 'num_statements', 'totals', at);
  const branches = counter(totals, 'covered_branches', 'num_branches', 'totals', at);
  const version = meta['version'];
  const percent = totals['percent_covered'];
  if (percent !== undefined && !(typeof percent === 'number' && percent >= 0 && percent <= 100))
    throw at('totals.percent_covered')(`expected a percent from 0 to 100, found ${short(percent)}`);
  return {
    sources: [
      {
        file,
        format: 'coveragepy-json',
        roots: [],
        declared: { ...(lines ? { lines } : {}), ...(branches ? { branches } : {}) },
        ...(typeof version === 'string' && version.trim() !== '' ? { producer: `coverage.py ${version.trim()}` } : {}),
        ...(typeof percent === 'number' ? { percentCombined: percent } : {}),
      },
    ],
    files: report.build(),
  };
}

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type JsonObject = { [key: string]: Json };

function readFile(
  f: FileBuilder,
  entry: JsonObject,
  where: string,
  at: (path: string) => (message: string) => InputError,
  spend: (n: number, where: string) => void,
): void {
  let executed = lineList(entry, 'executed_lines', where, at);
  const missing = lineList(entry, 'missing_lines', where, at);
  const ran = new Set(executed);
  for (const l of missing)
    if (ran.has(l)) throw at(`${where}.missing_lines`)(`line ${l} is listed as both executed and missing`);
  const summary = isObject(entry['summary']) ? entry['summary'] : undefined;
  const hasArcs = entry['executed_branches'] !== undefined || entry['missing_branches'] !== undefined;
  const taken = hasArcs ? arcList(entry, 'executed_branches', where, at).filter(([from, to]) => from !== to) : [];
  const notTaken = hasArcs ? arcList(entry, 'missing_branches', where, at) : [];

  const statements = summary ? counter(summary, 'covered_lines', 'num_statements', `${where}.summary`, at) : undefined;
  if (statements && missing.length === statements.total - statements.covered && ran.size > statements.covered)
    executed = withoutDocstrings(ran, ran.size - statements.covered, [...taken, ...notTaken]);
  for (const l of executed) f.addLine(l, 1);
  for (const l of missing) f.addLine(l, 0);

  const declared = summary ? counter(summary, 'covered_branches', 'num_branches', `${where}.summary`, at) : undefined;
  if (hasArcs) {
    const outcomes = new Map<string, { from: number; to: number; hit: number }>();
    for (const [from, to] of taken) outcomes.set(`${from},${to}`, { from, to, hit: 1 });
    for (const [from, to] of notTaken) {
      if (outcomes.has(`${from},${to}`))
        throw at(`${where}.missing_branches`)(`the arc [${from}, ${to}] is listed as both executed and missing`);
      outcomes.set(`${from},${to}`, { from, to, hit: 0 });
    }
    const covered = [...outcomes.values()].filter((o) => o.hit > 0).length;
    if (!declared || (declared.total === outcomes.size && declared.covered === covered)) {
      const sorted = [...outcomes.values()].sort((a, b) => a.from - b.from || a.to - b.to);
      for (const o of sorted) f.addOutcome(o.from, f.outcomeCount(o.from), o.hit);
      return;
    }
  }
  if (declared) {
    spend(declared.total, `${where}.summary`);
    for (let i = 0; i < declared.total; i++) f.addOutcome(0, i, i < declared.covered ? 1 : 0);
  }
}

/**
 * coverage.py up to 7.x lists module and class docstring lines in `executed_lines` (Python 3.11+
 * runs them; coveragepy/coveragepy#1900, #2105), though they are not statements: `missing_lines`
 * and the summary are right, and the summary says how many executed lines are too many. The JSON
 * does not say which: the lowest-numbered ones that no branch arc starts or ends on are dropped (a
 * module docstring is the first line; a class docstring may be misplaced onto an earlier line).
 * The counts are then coverage.py's; at most that many lines are misplaced.
 */
function withoutDocstrings(executed: ReadonlySet<number>, extra: number, arcs: readonly [number, number][]): number[] {
  const onArc = new Set<number>();
  for (const [from, to] of arcs) {
    onArc.add(from);
    onArc.add(to);
  }
  const drop = new Set<number>();
  for (const l of [...executed].sort((a, b) => a - b)) {
    if (drop.size === extra) break;
    if (!onArc.has(l)) drop.add(l);
  }
  return [...executed].filter((l) => !drop.has(l));
}

/**
 * Every stored outcome is one number: summary counts are stored as outcomes, so a forged
 * `num_branches` could exhaust memory. A real report never claims more branches than it has
 * characters (its line lists are longer than that).
 */
const OUTCOME_ALLOWANCE = 10_000;

function lineList(
  entry: JsonObject,
  key: string,
  where: string,
  at: (path: string) => (message: string) => InputError,
): number[] {
  const list = entry[key];
  if (list === undefined) throw at(`${where}.${key}`)('missing: every file of a coverage.py JSON report lists it');
  if (!Array.isArray(list)) throw at(`${where}.${key}`)('expected an array of line numbers');
  return list.map((v, i) => {
    if (!isLine(v))
      throw at(`${where}.${key}[${i}]`)(`expected ${LINE_NUMBER_EXPECTED}, found ${short(v)}`);
    return v;
  });
}

function arcList(
  entry: JsonObject,
  key: string,
  where: string,
  at: (path: string) => (message: string) => InputError,
): [number, number][] {
  const list = entry[key];
  if (list === undefined) return [];
  if (!Array.isArray(list)) throw at(`${where}.${key}`)('expected an array of [from, to] arcs');
  return list.map((v, i) => {
    // `to` is negative for an exit from the code object that starts on line -to.
    if (
      !Array.isArray(v) ||
      v.length !== 2 ||
      !isLine(v[0]) ||
      typeof v[1] !== 'number' ||
      !Number.isInteger(v[1]) ||
      Math.abs(v[1]) > MAX_LINE_NUMBER
    )
      throw at(`${where}.${key}[${i}]`)(`expected a [from, to] pair of line numbers, found ${short(v)}`);
    return [v[0] as number, v[1]];
  });
}

function isLine(v: Json | undefined): v is number {
  return typeof v === 'number' && Number.isInteger(v) && v >= 1 && v <= MAX_LINE_NUMBER;
}

/**
 * A covered/total pair the report declares (`covered_lines` of `num_statements`): absent when
 * neither key is there; anything else that is not two counts, covered within total, is refused
 * (a NaN or negative count is never taken as data, nor quietly dropped).
 */
function counter(
  obj: JsonObject,
  coveredKey: string,
  totalKey: string,
  where: string,
  at: (path: string) => (message: string) => InputError,
): Counter | undefined {
  const covered = obj[coveredKey];
  const total = obj[totalKey];
  if (covered === undefined && total === undefined) return undefined;
  const ok = (n: Json | undefined): n is number => typeof n === 'number' && Number.isInteger(n) && n >= 0;
  if (!ok(covered)) throw at(`${where}.${coveredKey}`)(`expected a non-negative count, found ${short(covered)}`);
  if (!ok(total)) throw at(`${where}.${totalKey}`)(`expected a non-negative count, found ${short(total)}`);
  if (covered > total) throw at(where)(`${coveredKey} ${covered} is more than ${totalKey} ${total}`);
  return { covered, total };
}

// ------------------------------------------------------------------------------------------------
// JSON, for the JSON formats (coverage.py here, Istanbul in istanbul-json.ts)

/**
 * `JSON.parse` with the error a user can act on: where the text stops being JSON (line and
 * column, from V8's "at position N"), without the engine's wording of that position, which
 * differs between Node versions.
 */
export function parseJsonReport(text: string, file: string): Json {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  try {
    return JSON.parse(body) as Json;
  } catch (e) {
    const raw = e instanceof Error ? e.message : String(e);
    const position = /at position (\d+)/.exec(raw);
    const reason = raw
      .replace(/ in JSON at position \d+.*$/s, '')
      .replace(/, ".*" is not valid JSON$/s, '')
      .replace(/^Unexpected end of JSON input$/, 'the text ends before the JSON does; the file looks truncated');
    if (!position) {
      if (/truncated/.test(reason)) return fail(`not valid JSON: ${reason}`, file, body, body.length);
      // V8 gives no position for an unexpected token; when the text does not even start like JSON, it is the first one.
      const first = /\S/.exec(body);
      if (first && !/[[{"\d-]/.test(first[0])) return fail(`not valid JSON: ${reason}`, file, body, first.index);
      throw new InputError(`not valid JSON: ${reason}`, { file });
    }
    return fail(`not valid JSON: ${reason}`, file, body, Number(position[1]));
  }
}

function fail(message: string, file: string, text: string, offset: number): never {
  let line = 1;
  let lineStart = 0;
  const end = Math.min(offset, text.length);
  for (let i = text.indexOf('\n'); i !== -1 && i < end; i = text.indexOf('\n', i + 1)) {
    line++;
    lineStart = i + 1;
  }
  throw new InputError(message, { file, line, column: end - lineStart + 1 });
}

export function isObject(v: Json | undefined): v is JsonObject {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

export function short(v: Json | undefined): string {
  const s = v === undefined ? 'nothing' : JSON.stringify(v);
  return s.length > 60 ? `${s.slice(0, 60)}…` : s;
}

export type { Json, JsonObject };
