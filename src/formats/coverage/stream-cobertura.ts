import type { Counter, CoverageReport } from '../../model/coverage.js';
import { MAX_LINE_NUMBER } from '../../model/coverage.js';
import { InputError } from '../../model/errors.js';
import { ByteXmlReader, type ByteXmlHandlers } from '../../xml/bytes.js';
import { parseCount, parseLineNumber, ReportBuilder, type FileBuilder, LINE_NUMBER_EXPECTED } from './build.js';
import { header } from './cobertura.js';

/**
 * Cobertura XML read from bytes as they arrive, for reports of any size: the same report (and the
 * same errors) as parseCobertura on the decoded text, rule for rule; see cobertura.ts for what the
 * rules mean. The differences are all about cost: names are matched as bytes, a `<line>`'s
 * number and hits are read straight from its digits, and only filenames and `<source>` text
 * become strings.
 */

const NAMES = [
  'coverage',
  'source',
  'class',
  'methods',
  'line',
  'number',
  'hits',
  'branch',
  'condition-coverage',
  'filename',
  'name',
  'lines-covered',
  'lines-valid',
  'branches-covered',
  'branches-valid',
] as const;
const COVERAGE = 0;
const SOURCE = 1;
const CLASS = 2;
const METHODS = 3;
const LINE = 4;
const NUMBER = 5;
const HITS = 6;
const BRANCH = 7;
const CONDITION_COVERAGE = 8;
const FILENAME = 9;
const NAME = 10;
const LINES_COVERED = 11;
const LINES_VALID = 12;
const BRANCHES_COVERED = 13;
const BRANCHES_VALID = 14;

const CONDITION = /^\s*\d+(?:\.\d+)?%\s*\((\d+)\/(\d+)\)/;
/** As in cobertura.ts: each outcome is stored, so a line may claim no more than this many. */
const MAX_OUTCOMES_PER_LINE = 10_000;

export class CoberturaStream implements ByteXmlHandlers {
  private readonly reader: ByteXmlReader;
  private readonly report = new ReportBuilder();
  private readonly roots: string[] = [];
  private declaredLines: Counter | undefined;
  private declaredBranches: Counter | undefined;
  private depth = 0;
  private inSource = false;
  private sourceText = '';
  private current: FileBuilder | null = null;
  private classDepth = -1;
  private methodsDepth = -1;

  constructor(private readonly file: string) {
    // The reader calls this object's open, close and text directly: a line costs no extra call.
    this.reader = new ByteXmlReader({ file, names: NAMES }, this);
  }

  write(chunk: Uint8Array): void {
    this.reader.write(chunk);
  }

  end(): CoverageReport {
    this.reader.end();
    return {
      sources: [
        {
          file: this.file,
          format: 'cobertura',
          roots: this.roots,
          declared: {
            ...(this.declaredLines ? { lines: this.declaredLines } : {}),
            ...(this.declaredBranches ? { branches: this.declaredBranches } : {}),
          },
        },
      ],
      files: this.report.buildAndRelease(),
    };
  }

  /** For the reader: character data, delivered only inside <source>. */
  text(text: string): void {
    if (this.inSource) this.sourceText += text;
  }

  /** Refuses the element being opened, naming the line and column of its start tag. */
  private bad(message: string): never {
    throw new InputError(message, this.reader.tagLocation());
  }

  /** For the reader. */
  open(id: number): void {
    const r = this.reader;
    const depth = ++this.depth;
    if (depth === 1) {
      if (id !== COVERAGE) this.bad(`expected a Cobertura <coverage> root element, found <${r.tagName()}>`);
      const attrs = {
        'lines-covered': r.valueOf(LINES_COVERED),
        'lines-valid': r.valueOf(LINES_VALID),
        'branches-covered': r.valueOf(BRANCHES_COVERED),
        'branches-valid': r.valueOf(BRANCHES_VALID),
      };
      const bad = (m: string) => this.bad(m);
      this.declaredLines = header(attrs, 'lines-covered', 'lines-valid', bad);
      this.declaredBranches = header(attrs, 'branches-covered', 'branches-valid', bad);
      return;
    }
    switch (id) {
      case LINE:
        if (this.current !== null && this.methodsDepth === -1) this.line(this.current);
        return;
      case SOURCE:
        this.inSource = true;
        r.capture = true;
        this.sourceText = '';
        return;
      case CLASS: {
        const filename = r.valueOf(FILENAME);
        if (filename === undefined || filename.trim() === '')
          this.bad(`<class name="${r.valueOf(NAME) ?? ''}"> has no filename attribute`);
        this.current = this.report.file(filename.trim());
        this.classDepth = depth;
        return;
      }
      case METHODS:
        if (this.current) this.methodsDepth = depth;
        return;
      default:
        return;
    }
  }

  /** A `<line>` of a class (not of a method). */
  private line(current: FileBuilder): void {
    const r = this.reader;
    const ni = r.attr(NUMBER);
    let line = ni < 0 ? -1 : r.digits(ni, 10);
    if (line < 1 || line > MAX_LINE_NUMBER) {
      line = parseLineNumber(r.valueOf(NUMBER) ?? '') ?? 0;
      if (line === 0)
        this.bad(`<line number="${r.valueOf(NUMBER) ?? ''}"> in ${current.path}: expected ${LINE_NUMBER_EXPECTED}`);
    }
    const hi = r.attr(HITS);
    let hits = hi < 0 ? -1 : r.digits(hi, 15);
    if (hits < 0) {
      hits = parseCount(r.valueOf(HITS) ?? '') ?? -1;
      if (hits < 0)
        this.bad(
          `<line number="${line}" hits="${r.valueOf(HITS) ?? ''}"> in ${current.path}: expected a non-negative hit count`,
        );
    }
    current.addLine(line, hits);
    const bi = r.attr(BRANCH);
    if (bi < 0) return;
    // coverlet writes .NET booleans: branch="True".
    const isBranch = r.plainLowerEquals(bi, 'true') ?? r.value(bi).toLowerCase() === 'true';
    if (!isBranch) return;
    const ci = r.attr(CONDITION_COVERAGE);
    if (ci < 0) return;
    let covered = r.plain(ci) ? conditionCoverage(r.valueBytes(), r.valueStart(ci), r.valueEnd(ci)) : -1;
    let total = conditionTotal;
    const condition = covered < 0 ? r.value(ci) : '';
    if (covered < 0) {
      const m = CONDITION.exec(condition);
      if (!m) this.bad(`<line number="${line}"> in ${current.path}: condition-coverage "${condition}" is not "P% (covered/total)"`);
      covered = Number(m[1]);
      total = Number(m[2]);
    }
    if (covered > total)
      this.bad(
        `<line number="${line}"> in ${current.path}: condition-coverage "${r.value(ci)}" covers more than its total`,
      );
    if (total > MAX_OUTCOMES_PER_LINE)
      this.bad(
        `<line number="${line}"> in ${current.path}: condition-coverage "${r.value(ci)}" claims more than ${MAX_OUTCOMES_PER_LINE} outcomes on one line`,
      );
    // A line listed twice (two classes of one file) keeps its outcomes; add hits per index.
    for (let i = 0; i < total; i++) current.addOutcome(line, i, i < covered ? 1 : 0);
  }

  /** For the reader. */
  close(id: number): void {
    if (id === SOURCE) {
      this.inSource = false;
      this.reader.capture = false;
      const root = this.sourceText.trim();
      if (root !== '') this.roots.push(root);
    } else if (id === METHODS && this.depth === this.methodsDepth) {
      this.methodsDepth = -1;
    } else if (id === CLASS && this.depth === this.classDepth) {
      this.current = null;
      this.classDepth = -1;
    }
    this.depth--;
  }
}

/** Set by conditionCoverage: the total it read. */
let conditionTotal = 0;

/**
 * CONDITION read from plain bytes "50% (1/2)": returns the covered count and sets
 * conditionTotal, or -1 when the bytes are anything but the plain ASCII form (read the string
 * with CONDITION then: the result is the same, only slower).
 */
/** \s in ASCII, less tab, LF and CR (a plain value has none): space, VT, FF. */
function space(c: number | undefined): boolean {
  return c === 32 || c === 11 || c === 12;
}

function conditionCoverage(b: Uint8Array, p: number, e: number): number {
  while (p < e && space(b[p])) p++;
  const d0 = p;
  while (p < e && b[p]! >= 48 && b[p]! <= 57) p++;
  if (p === d0) return -1;
  if (b[p] === 46) {
    const f0 = ++p;
    while (p < e && b[p]! >= 48 && b[p]! <= 57) p++;
    if (p === f0) return -1;
  }
  if (p >= e || b[p] !== 37) return -1;
  p++;
  while (p < e && space(b[p])) p++;
  if (p >= e || b[p] !== 40) return -1;
  const c0 = ++p;
  let covered = 0;
  while (p < e && b[p]! >= 48 && b[p]! <= 57 && p - c0 < 15) covered = covered * 10 + b[p++]! - 48;
  if (p === c0 || p >= e || b[p] !== 47) return -1;
  const t0 = ++p;
  let total = 0;
  while (p < e && b[p]! >= 48 && b[p]! <= 57 && p - t0 < 15) total = total * 10 + b[p++]! - 48;
  if (p === t0 || p >= e || b[p] !== 41) return -1;
  conditionTotal = total;
  return covered;
}


