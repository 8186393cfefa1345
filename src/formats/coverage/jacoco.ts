import type { Counter, CoverageReport } from '../../model/coverage.js';
import { InputError } from '../../model/errors.js';
import { readXml, xmlLocation, type Attributes } from '../../xml/index.js';
import { parseCount, parseLineNumber, ReportBuilder, type FileBuilder, LINE_NUMBER_EXPECTED } from './build.js';

/**
 * The most outcomes one `<line>` may claim, and the most a whole report may claim beyond one per
 * character of its text: every outcome is stored, so unchecked `mb`/`cb` values would exhaust
 * memory. Real lines stay far below the first; no real report declares more outcomes than it has
 * characters.
 */
const MAX_OUTCOMES_PER_LINE = 10_000;
const OUTCOME_ALLOWANCE = 10_000;

/**
 * JaCoCo XML (`jacoco:report`, `jacococli report --xml`; Java, Kotlin, Scala).
 *
 * Counted as JaCoCo counts its LINE and BRANCH counters: a `<line nr mi ci mb cb>` under
 * `<package name><sourcefile name>` is an executable line when it has instructions (mi + ci > 0)
 * and covered when one of them ran (ci > 0, JaCoCo's partly and fully covered lines); its branches
 * are mb + cb outcomes, cb of them covered. The path is the package name and the source file name
 * (`com/example/Foo.java`), which the path mapper finds under `src/main/java/`.
 *
 * JaCoCo records whether code ran, not how often: a covered line has 1 hit. The XML does not say
 * which branch outcomes were covered, so the covered ones are taken to be the first (as for
 * Cobertura): merged shards count the best shard's outcomes on a line, a lower bound.
 *
 * The report-level `<counter type="LINE">` and `BRANCH` (JaCoCo's own totals, the figures its
 * HTML and CSV reports print) are carried as `declared`. Groups (`<group>`, one per module of a
 * multi-module report) add nothing to the path. Class and method counters are ignored.
 */
export function parseJacoco(text: string, file: string): CoverageReport {
  const report = new ReportBuilder();
  const declared: { lines?: Counter; branches?: Counter } = {};
  let depth = 0;
  let packageName: string | null = null;
  let packageDepth = -1;
  let current: FileBuilder | null = null;
  let sourceDepth = -1;
  let outcomeBudget = OUTCOME_ALLOWANCE + text.length;

  /**
   * Refuses the element whose start tag's '<' is at offset `at`, naming its line and column; or,
   * without `at`, the whole report.
   */
  const bad = (message: string, at?: number): never => {
    throw new InputError(message, at === undefined ? { file } : xmlLocation(text, at, file));
  };

  readXml(
    text,
    { file },
    {
      open(name: string, attrs: Attributes, _selfClosing: boolean, at: number) {
        depth++;
        if (depth === 1) {
          if (name !== 'report') bad(`expected a JaCoCo <report> root element, found <${name}>`, at);
          return;
        }
        switch (name) {
          case 'package': {
            const pkg = attrs['name'];
            if (pkg === undefined) bad('<package> has no name attribute', at);
            packageName = pkg!.trim();
            packageDepth = depth;
            return;
          }
          case 'sourcefile': {
            if (packageName === null) return;
            const source = attrs['name'];
            if (source === undefined || source.trim() === '')
              bad(`<sourcefile> in package "${packageName}" has no name attribute`, at);
            current = report.file(packageName === '' ? source!.trim() : `${packageName}/${source!.trim()}`);
            sourceDepth = depth;
            return;
          }
          case 'line': {
            if (!current || depth !== sourceDepth + 1) return;
            const f: FileBuilder = current;
            const nr = parseLineNumber(attrs['nr'] ?? '');
            if (nr === null) bad(`<line nr="${attrs['nr'] ?? ''}"> in ${f.path}: expected ${LINE_NUMBER_EXPECTED}`, at);
            const counts = (['mi', 'ci', 'mb', 'cb'] as const).map((k) => {
              const n = parseCount(attrs[k] ?? '');
              if (n === null)
                bad(`<line nr="${nr}" ${k}="${attrs[k] ?? ''}"> in ${f.path}: expected a non-negative count`, at);
              return n!;
            });
            const [mi, ci, mb, cb] = counts as [number, number, number, number];
            if (mi + ci > 0) f.addLine(nr!, ci > 0 ? 1 : 0);
            const outcomes = mb + cb;
            if (outcomes > MAX_OUTCOMES_PER_LINE)
              bad(`<line nr="${nr}"> in ${f.path}: mb + cb claims more than ${MAX_OUTCOMES_PER_LINE} branch outcomes on one line`, at);
            outcomeBudget -= outcomes;
            if (outcomeBudget < 0) bad('the report claims more branch outcomes than it has characters');
            // A line listed twice (a source file in two groups) keeps its outcomes: add per index.
            for (let i = 0; i < outcomes; i++) f.addOutcome(nr!, i, i < cb ? 1 : 0);
            return;
          }
          case 'counter': {
            // Only the report's own totals: counters directly under <report>.
            if (depth !== 2) return;
            const type = attrs['type'];
            if (type !== 'LINE' && type !== 'BRANCH') return;
            const missed = parseCount(attrs['missed'] ?? '');
            const covered = parseCount(attrs['covered'] ?? '');
            if (missed === null || covered === null)
              bad(
                `<counter type="${type}" missed="${attrs['missed'] ?? ''}" covered="${attrs['covered'] ?? ''}">: expected non-negative counts`,
                at,
              );
            declared[type === 'LINE' ? 'lines' : 'branches'] = { covered: covered!, total: missed! + covered! };
            return;
          }
          default:
            return;
        }
      },
      close(name: string) {
        if (name === 'sourcefile' && depth === sourceDepth) {
          current = null;
          sourceDepth = -1;
        } else if (name === 'package' && depth === packageDepth) {
          packageName = null;
          packageDepth = -1;
        }
        depth--;
      },
    },
  );

  return {
    sources: [{ file, format: 'jacoco', roots: [], declared }],
    files: report.build(),
  };
}
