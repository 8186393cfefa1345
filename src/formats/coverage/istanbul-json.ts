import type { CoverageReport } from '../../model/coverage.js';
import { InputError } from '../../model/errors.js';
import { parseCount, parseLineNumber, ReportBuilder, type FileBuilder } from './build.js';
import { isObject, parseJsonReport, short, type Json, type JsonObject } from './coveragepy-json.js';

/**
 * Istanbul JSON (`coverage-final.json` from the `json` reporter of nyc, c8, jest, vitest): one
 * entry per file, keyed by its absolute path, with `statementMap`/`s` and `branchMap`/`b`.
 *
 * Lines, as istanbul's own `getLineCoverage` (what its `Lines` figure, `lcov` and `text` reports
 * count): a line is a line where a statement starts; its hits are the most any statement starting
 * there ran, so a line is covered when any of them ran. Statements are not counted separately.
 *
 * Branches: every entry of every `b[id]` array is one outcome, covered when above zero (istanbul's
 * `Branches`), placed on the branch's line (`branchMap[id].line`, else where its `loc` starts), in
 * `b` order: the same order for every run of the same code, so shards merge outcome by outcome.
 *
 * `coverage-summary.json` (the `json-summary` reporter) has totals and no lines: it is refused with
 * a message that names the file to pass instead. Paths are left as istanbul wrote them (absolute
 * paths of the machine that ran the tests); the path mapper makes them repository paths.
 */
export function parseIstanbulJson(text: string, file: string): CoverageReport {
  const root = parseJsonReport(text, file);
  const at = (path: string, message: string) => new InputError(`${path}: ${message}`, { file });
  if (!isObject(root)) throw new InputError('expected an Istanbul coverage map: an object with one entry per file', { file });
  if (isSummary(root)) throw new InputError(SUMMARY_REFUSED, { file });
  const entries = Object.entries(root);
  if (entries.length === 0) throw new InputError('the Istanbul coverage map has no files', { file });
  const report = new ReportBuilder();
  for (const [key, value] of entries) {
    const where = JSON.stringify(key);
    // istanbul-lib-coverage accepts a file's data wrapped in { data: … } (older jest wrote that).
    const entry = isObject(value) && isObject(value['data']) && !('statementMap' in value) ? value['data'] : value;
    if (!isObject(entry)) throw at(where, 'expected an object with statementMap and s');
    const p = typeof entry['path'] === 'string' && entry['path'].trim() !== '' ? entry['path'].trim() : key.trim();
    if (p === '') throw at(where, 'a file with an empty path');
    readFile(report.file(p), entry, where, at);
  }
  return { sources: [{ file, format: 'istanbul-json', roots: [], declared: {} }], files: report.build() };
}

export const SUMMARY_REFUSED =
  "this looks like Istanbul's coverage-summary.json (the json-summary reporter), which has totals but no lines; pass coverage-final.json (the json reporter) instead";

/** coverage-summary.json: `{"total": {"lines": {"total", "covered", "pct"}, …}, "/path": {…}}`. */
export function isSummary(root: JsonObject): boolean {
  const total = root['total'];
  return isObject(total) && isObject(total['lines']) && 'pct' in total['lines'] && !('statementMap' in total);
}

function readFile(f: FileBuilder, entry: JsonObject, where: string, at: (path: string, message: string) => InputError): void {
  const statementMap = entry['statementMap'];
  const s = entry['s'];
  if (!isObject(statementMap)) throw at(`${where}.statementMap`, 'expected an object (not an Istanbul coverage-final.json entry?)');
  if (!isObject(s)) throw at(`${where}.s`, 'expected an object of statement counts');
  const lineHits = new Map<number, number>();
  for (const [id, count] of Object.entries(s)) {
    const hits = countOf(count);
    if (hits === null) throw at(`${where}.s[${JSON.stringify(id)}]`, `expected a non-negative count, found ${short(count)}`);
    const loc = Object.hasOwn(statementMap, id) ? statementMap[id] : undefined;
    // istanbul skips a count without a statement (its getLineCoverage does the same).
    if (loc === undefined) continue;
    const line = startLine(loc);
    if (line === null)
      throw at(`${where}.statementMap[${JSON.stringify(id)}]`, `expected {"start": {"line": n ≥ 1, …}, …}, found ${short(loc)}`);
    const seen = lineHits.get(line);
    if (seen === undefined || seen < hits) lineHits.set(line, hits);
  }
  for (const [line, hits] of lineHits) f.addLine(line, hits);

  const branchMap = entry['branchMap'];
  const b = entry['b'];
  if (b === undefined) return;
  if (!isObject(b)) throw at(`${where}.b`, 'expected an object of branch counts');
  for (const [id, counts] of Object.entries(b)) {
    const path = `${where}.b[${JSON.stringify(id)}]`;
    if (!Array.isArray(counts)) throw at(path, `expected an array of counts, found ${short(counts)}`);
    const map = isObject(branchMap) && Object.hasOwn(branchMap, id) ? branchMap[id] : undefined;
    const line = map === undefined ? null : branchLine(map);
    if (line === null)
      throw at(`${where}.branchMap[${JSON.stringify(id)}]`, `expected the branch's line or loc, found ${short(map)}`);
    for (const [i, c] of counts.entries()) {
      const hits = countOf(c);
      if (hits === null) throw at(`${path}[${i}]`, `expected a non-negative count, found ${short(c)}`);
      f.addOutcome(line, f.outcomeCount(line), hits);
    }
  }
}

function countOf(v: Json | undefined): number | null {
  return typeof v === 'number' ? parseCount(String(v)) : null;
}

function startLine(loc: Json): number | null {
  if (!isObject(loc) || !isObject(loc['start'])) return null;
  return lineOf(loc['start']['line']);
}

/** istanbul's getBranchCoverageByLine: `map.line || map.loc.start.line`. */
function branchLine(map: Json): number | null {
  if (!isObject(map)) return null;
  if (map['line'] !== undefined && map['line'] !== 0 && map['line'] !== null) return lineOf(map['line']);
  return isObject(map['loc']) ? startLine(map['loc']) : null;
}

function lineOf(v: Json | undefined): number | null {
  return typeof v === 'number' && Number.isInteger(v) ? parseLineNumber(String(v)) : null;
}
