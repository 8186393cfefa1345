import type { Counter, CoverageReport } from '../../model/coverage.js';
import { InputError } from '../../model/errors.js';
import { readXml, xmlLocation, type Attributes } from '../../xml/index.js';
import { parseCount, parseLineNumber, ReportBuilder, type FileBuilder, LINE_NUMBER_EXPECTED, declaredCounter } from './build.js';

/** See jacoco.ts: a per-line cap and a per-report allowance bound the outcomes stored. */
const MAX_OUTCOMES_PER_LINE = 10_000;
const OUTCOME_ALLOWANCE = 10_000;

interface Condition {
  readonly file: FileBuilder;
  readonly line: number;
  readonly trueCount: number;
  readonly falseCount: number;
  /** The offset of its <line>'s '<'. */
  readonly at: number;
}

/**
 * Clover XML (PHPUnit, istanbul/c8/jest `clover`, OpenClover).
 *
 * Files are the `<file>` elements under `<project>` (`<testproject>`, OpenClover's test sources,
 * is not counted), named by `path` when present, else by `name` (PHPUnit puts the full path in
 * `name`). A line is a `<line type="stmt">` or `<line type="cond">` directly under a `<file>`,
 * covered when its `count` is above zero; `type="method"` lines mark a method's signature and are
 * not lines of the count (Clover's `statements` metric leaves them out too).
 *
 * `truecount`/`falsecount` on a `cond` line mean two different things:
 * - Clover and OpenClover: how often the condition was true and how often false. Two outcomes,
 *   each covered when its count is above zero (`conditionals` = 2 per condition).
 * - istanbul's clover reporter: how many of the line's branch outcomes were covered and how many
 *   were not (`conditionals` = the line's outcome count), so c8 prints the same branch figure for
 *   its clover.xml as for its LCOV.
 * The project's own `<metrics conditionals coveredconditionals>` decides: the reading that
 * reproduces them is taken; when neither or both do, istanbul's reading is taken for istanbul's
 * files (`<project name="All files">`, which no other producer writes) and Clover's otherwise.
 *
 * The project-level `<metrics statements coveredstatements conditionals coveredconditionals>` are
 * carried as `declared` (istanbul writes its line counts there; PHPUnit its executable lines;
 * OpenClover counts statements, several to a line, so it may differ from the line count).
 */
export function parseClover(text: string, file: string): CoverageReport {
  const report = new ReportBuilder();
  const declared: { lines?: Counter; branches?: Counter } = {};
  const conditions: Condition[] = [];
  let depth = 0;
  let projectDepth = -1;
  let projectName: string | undefined;
  let current: FileBuilder | null = null;
  let fileDepth = -1;
  let outcomeBudget = OUTCOME_ALLOWANCE + text.length;

  /**
   * Refuses the element whose start tag's '<' is at offset `at`, naming its line and column; or,
   * without `at`, the whole report.
   */
  const bad = (message: string, at?: number): never => {
    throw new InputError(message, at === undefined ? { file } : xmlLocation(text, at, file));
  };
  const count = (attrs: Attributes, key: string, line: number, f: FileBuilder, at: number): number => {
    const n = parseCount(attrs[key] ?? '');
    if (n === null)
      bad(`<line num="${line}" ${key}="${attrs[key] ?? ''}"> in ${f.path}: expected a non-negative count`, at);
    return n!;
  };

  readXml(
    text,
    { file },
    {
      open(name: string, attrs: Attributes, _selfClosing: boolean, at: number) {
        depth++;
        if (depth === 1) {
          if (name !== 'coverage') bad(`expected a Clover <coverage> root element, found <${name}>`, at);
          return;
        }
        if (depth === 2) {
          if (name === 'project') {
            projectDepth = depth;
            projectName = attrs['name'];
          }
          return;
        }
        if (projectDepth === -1) return;
        switch (name) {
          case 'metrics':
            if (depth === projectDepth + 1) {
              const pair = (covered: string, total: string): Counter | undefined => {
                const c = declaredCounter(attrs[covered], attrs[total]);
                if (c === null)
                  return bad(
                    `<metrics ${covered}="${attrs[covered] ?? ''}" ${total}="${attrs[total] ?? ''}">: expected non-negative counts`,
                    at,
                  );
                return c;
              };
              const lines = pair('coveredstatements', 'statements');
              const branches = pair('coveredconditionals', 'conditionals');
              if (lines) declared.lines = lines;
              if (branches) declared.branches = branches;
            }
            return;
          case 'file': {
            const path = nonEmpty(attrs['path']) ?? nonEmpty(attrs['name']);
            if (path === undefined) bad('<file> has neither a path nor a name attribute', at);
            current = report.file(path!);
            fileDepth = depth;
            return;
          }
          case 'line': {
            if (!current || depth !== fileDepth + 1) return;
            const f: FileBuilder = current;
            const line = parseLineNumber(attrs['num'] ?? '');
            if (line === null) bad(`<line num="${attrs['num'] ?? ''}"> in ${f.path}: expected ${LINE_NUMBER_EXPECTED}`, at);
            const type = attrs['type'];
            if (type === undefined) bad(`<line num="${line}"> in ${f.path} has no type attribute`, at);
            if (type === 'stmt') {
              f.addLine(line!, count(attrs, 'count', line!, f, at));
            } else if (type === 'cond') {
              const trueCount = count(attrs, 'truecount', line!, f, at);
              const falseCount = count(attrs, 'falsecount', line!, f, at);
              // OpenClover writes no count on a cond line: the condition ran as often as it was evaluated.
              f.addLine(
                line!,
                attrs['count'] === undefined ? trueCount + falseCount : count(attrs, 'count', line!, f, at),
              );
              conditions.push({ file: f, line: line!, trueCount, falseCount, at });
            }
            // method (a signature) and types this version does not know are not lines.
            return;
          }
          default:
            return;
        }
      },
      close(name: string) {
        if (name === 'file' && depth === fileDepth) {
          current = null;
          fileDepth = -1;
        } else if (name === 'project' && depth === projectDepth) {
          projectDepth = -1;
        }
        depth--;
      },
    },
  );

  const istanbul = readsAsIstanbul(conditions, declared.branches, projectName === 'All files');
  for (const c of conditions) {
    if (istanbul) {
      const outcomes = c.trueCount + c.falseCount;
      if (outcomes > MAX_OUTCOMES_PER_LINE)
        bad(
          `<line num="${c.line}"> in ${c.file.path}: truecount + falsecount claims more than ${MAX_OUTCOMES_PER_LINE} branch outcomes on one line`,
          c.at,
        );
      outcomeBudget -= outcomes;
      if (outcomeBudget < 0) bad('the report claims more branch outcomes than it has characters');
      const base = c.file.outcomeCount(c.line);
      for (let i = 0; i < outcomes; i++) c.file.addOutcome(c.line, base + i, i < c.trueCount ? 1 : 0);
    } else {
      // Two conditions on one line (OpenClover writes one <line> each) are two pairs of outcomes.
      const base = c.file.outcomeCount(c.line);
      c.file.addOutcome(c.line, base, c.trueCount);
      c.file.addOutcome(c.line, base + 1, c.falseCount);
    }
  }

  return {
    sources: [{ file, format: 'clover', roots: [], declared }],
    files: report.build(),
  };
}

/** Whether `truecount`/`falsecount` count covered and missed outcomes (istanbul) rather than evaluations. */
function readsAsIstanbul(conditions: readonly Condition[], metrics: Counter | undefined, istanbulProject: boolean): boolean {
  if (metrics) {
    let istanbulCovered = 0;
    let istanbulTotal = 0;
    let cloverCovered = 0;
    for (const c of conditions) {
      istanbulCovered += c.trueCount;
      istanbulTotal += c.trueCount + c.falseCount;
      cloverCovered += (c.trueCount > 0 ? 1 : 0) + (c.falseCount > 0 ? 1 : 0);
    }
    const istanbulFits = istanbulCovered === metrics.covered && istanbulTotal === metrics.total;
    const cloverFits = cloverCovered === metrics.covered && 2 * conditions.length === metrics.total;
    if (istanbulFits !== cloverFits) return istanbulFits;
  }
  return istanbulProject;
}

function nonEmpty(s: string | undefined): string | undefined {
  const t = s?.trim();
  return t === undefined || t === '' ? undefined : t;
}
