import type { Counter, CoverageReport } from '../../model/coverage.js';
import { InputError } from '../../model/errors.js';
import { readXml, xmlLocation, type Attributes } from '../../xml/index.js';
import { declaredCounter, parseCount, parseLineNumber, ReportBuilder, type FileBuilder, LINE_NUMBER_EXPECTED } from './build.js';

const CONDITION = /^\s*\d+(?:\.\d+)?%\s*\((\d+)\/(\d+)\)/;
/**
 * The most outcomes one line may claim. Each outcome is stored, so an unchecked "(1/99999999999)"
 * would exhaust memory; real lines (C++ templates and exceptions included) stay far below this.
 */
const MAX_OUTCOMES_PER_LINE = 10_000;

/**
 * Cobertura XML (coverage.py, istanbul/c8/jest, gcovr, coverlet, …).
 * A line is a `<line>` directly under a class's `<lines>`; the copies under `<methods>` are the
 * same lines again and are not counted. A branch line's outcomes come from `condition-coverage`
 * "50% (1/2)": Cobertura gives no outcome identity, so covered outcomes are taken to be the first
 * ones; merged shards therefore count the best shard's outcomes on that line (a lower bound).
 */
export function parseCobertura(text: string, file: string): CoverageReport {
  const report = new ReportBuilder();
  const roots: string[] = [];
  let declaredLines: Counter | undefined;
  let declaredBranches: Counter | undefined;
  let depth = 0;
  let inSource = false;
  let sourceText = '';
  let current: FileBuilder | null = null;
  let classDepth = -1;
  let methodsDepth = -1;

  /** Refuses the element whose start tag's '<' is at offset `at`, naming its line and column. */
  const bad = (message: string, at: number): never => {
    throw new InputError(message, xmlLocation(text, at, file));
  };

  readXml(
    text,
    { file },
    {
      open(name: string, attrs: Attributes, _selfClosing: boolean, at: number) {
        depth++;
        if (depth === 1) {
          if (name !== 'coverage') bad(`expected a Cobertura <coverage> root element, found <${name}>`, at);
          declaredLines = header(attrs, 'lines-covered', 'lines-valid', (m) => bad(m, at));
          declaredBranches = header(attrs, 'branches-covered', 'branches-valid', (m) => bad(m, at));
          return;
        }
        switch (name) {
          case 'source':
            inSource = true;
            sourceText = '';
            return;
          case 'class': {
            const filename = attrs['filename'];
            if (filename === undefined || filename.trim() === '')
              bad(`<class name="${attrs['name'] ?? ''}"> has no filename attribute`, at);
            current = report.file(filename!.trim());
            classDepth = depth;
            return;
          }
          case 'methods':
            if (current) methodsDepth = depth;
            return;
          case 'line': {
            if (!current || methodsDepth !== -1) return;
            const line = parseLineNumber(attrs['number'] ?? '');
            if (line === null) bad(`<line number="${attrs['number'] ?? ''}"> in ${current.path}: expected ${LINE_NUMBER_EXPECTED}`, at);
            const hits = parseCount(attrs['hits'] ?? '');
            if (hits === null)
              bad(`<line number="${line}" hits="${attrs['hits'] ?? ''}"> in ${current.path}: expected a non-negative hit count`, at);
            current.addLine(line!, hits!);
            const condition = attrs['condition-coverage'];
            // coverlet writes .NET booleans: branch="True".
            if (attrs['branch']?.toLowerCase() === 'true' && condition !== undefined) {
              const m = CONDITION.exec(condition);
              if (!m) bad(`<line number="${line}"> in ${current.path}: condition-coverage "${condition}" is not "P% (covered/total)"`, at);
              const covered = Number(m![1]);
              const total = Number(m![2]);
              if (covered > total)
                bad(`<line number="${line}"> in ${current.path}: condition-coverage "${condition}" covers more than its total`, at);
              if (total > MAX_OUTCOMES_PER_LINE)
                bad(
                  `<line number="${line}"> in ${current.path}: condition-coverage "${condition}" claims more than ${MAX_OUTCOMES_PER_LINE} outcomes on one line`,
                  at,
                );
              // A line listed twice (two classes of one file) keeps its outcomes; add hits per index.
              for (let i = 0; i < total; i++) current.addOutcome(line!, i, i < covered ? 1 : 0);
            }
            return;
          }
          default:
            return;
        }
      },
      close(name: string) {
        if (name === 'source') {
          inSource = false;
          const root = sourceText.trim();
          if (root !== '') roots.push(root);
        } else if (name === 'methods' && depth === methodsDepth) {
          methodsDepth = -1;
        } else if (name === 'class' && depth === classDepth) {
          current = null;
          classDepth = -1;
        }
        depth--;
      },
      text(chunk: string) {
        if (inSource) sourceText += chunk;
      },
    },
  );

  return {
    sources: [
      {
        file,
        format: 'cobertura',
        roots,
        declared: {
          ...(declaredLines ? { lines: declaredLines } : {}),
          ...(declaredBranches ? { branches: declaredBranches } : {}),
        },
      },
    ],
    files: report.build(),
  };
}

/** The header's declared pair (see declaredCounter); a pair that is not two counts is refused. */
export function header(
  attrs: Readonly<Record<string, string | undefined>>,
  coveredName: string,
  totalName: string,
  bad: (message: string) => never,
): Counter | undefined {
  const counter = declaredCounter(attrs[coveredName], attrs[totalName]);
  if (counter === null)
    bad(
      `<coverage ${coveredName}="${attrs[coveredName] ?? ''}" ${totalName}="${attrs[totalName] ?? ''}">: expected non-negative counts`,
    );
  return counter;
}
