import type { Counter, CoverageReport } from '../../model/coverage.js';
import { MAX_LINE_NUMBER } from '../../model/coverage.js';
import { InputError } from '../../model/errors.js';
import { ByteXmlReader, type ByteXmlHandlers } from '../../xml/bytes.js';
import { Utf16Length } from '../../xml/utf8.js';
import { parseCount, parseLineNumber, ReportBuilder, type FileBuilder, LINE_NUMBER_EXPECTED } from './build.js';

/**
 * JaCoCo XML read from bytes as they arrive, for reports of any size: the same report (and the
 * same errors) as parseJacoco on the decoded text, rule for rule; see jacoco.ts for what the rules
 * mean. Names are matched as bytes, a `<line>`'s nr, mi, ci, mb and cb are read straight from
 * their digits, and only package and source file names become strings.
 *
 * parseJacoco refuses a report that claims more branch outcomes than its text has characters
 * (`text.length`), checked at each line, which a stream cannot know before its end. The length is
 * counted as the bytes go by (Utf16Length); while the outcomes claimed stay within what the bytes
 * so far allow (always, for a real report) they are stored at once. Past that, a line's outcomes
 * wait, a few numbers each, until the end tells whether parseJacoco would have stopped at them;
 * and an error met meanwhile is held until the rest of the bytes are counted, since parseJacoco
 * would have stopped at the outcomes first when the whole text is too short for them.
 */

const NAMES = [
  'report',
  'package',
  'sourcefile',
  'line',
  'counter',
  'name',
  'nr',
  'mi',
  'ci',
  'mb',
  'cb',
  'type',
  'missed',
  'covered',
] as const;
const REPORT = 0;
const PACKAGE = 1;
const SOURCEFILE = 2;
const LINE = 3;
const COUNTER = 4;
const NAME = 5;
const NR = 6;
const MI = 7;
const CI = 8;
const MB = 9;
const CB = 10;
const TYPE = 11;
const MISSED = 12;
const COVERED = 13;

/** As in jacoco.ts. */
const MAX_OUTCOMES_PER_LINE = 10_000;
const OUTCOME_ALLOWANCE = 10_000;
const BUDGET_ERROR = 'the report claims more branch outcomes than it has characters';

export class JacocoStream implements ByteXmlHandlers {
  private readonly reader: ByteXmlReader;
  private readonly report = new ReportBuilder();
  private readonly declared: { lines?: Counter; branches?: Counter } = {};
  private depth = 0;
  private packageName: string | null = null;
  private packageDepth = -1;
  private current: FileBuilder | null = null;
  private sourceDepth = -1;

  /** The decoded text's length so far, and the report's first bytes (a byte order mark is not counted). */
  private readonly length = new Utf16Length();
  private readonly head = new Uint8Array(3);
  private headLength = 0;
  /** Branch outcomes claimed by the lines read so far. */
  private claimed = 0;
  /** Lines whose outcomes wait for the end: (file, line, outcomes, covered) each. */
  private readonly waiting: FileBuilder[] = [];
  private readonly waitingNumbers: number[] = [];
  /** An error met while outcomes wait, held until the bytes end. */
  private held: InputError | null = null;

  constructor(private readonly file: string) {
    this.reader = new ByteXmlReader({ file, names: NAMES }, this);
  }

  write(chunk: Uint8Array): void {
    for (let i = 0; this.headLength < 3 && i < chunk.length; i++) this.head[this.headLength++] = chunk[i]!;
    this.length.add(chunk);
    if (this.held !== null) return;
    try {
      this.reader.write(chunk);
    } catch (e) {
      this.hold(e);
    }
  }

  end(): CoverageReport {
    if (this.held === null) {
      try {
        this.reader.end();
      } catch (e) {
        this.hold(e);
      }
    }
    if (this.claimed > OUTCOME_ALLOWANCE + this.textLength()) throw new InputError(BUDGET_ERROR, { file: this.file });
    if (this.held !== null) throw this.held;
    const numbers = this.waitingNumbers;
    for (let k = 0; k < this.waiting.length; k++) {
      const f = this.waiting[k]!;
      const nr = numbers[3 * k]!;
      const outcomes = numbers[3 * k + 1]!;
      const covered = numbers[3 * k + 2]!;
      for (let i = 0; i < outcomes; i++) f.addOutcome(nr, i, i < covered ? 1 : 0);
    }
    return {
      sources: [{ file: this.file, format: 'jacoco', roots: [], declared: this.declared }],
      files: this.report.buildAndRelease(),
    };
  }

  /** `text.length` of the decoded report, once all bytes are in. */
  private textLength(): number {
    const h = this.head;
    const bom = this.headLength === 3 && h[0] === 0xef && h[1] === 0xbb && h[2] === 0xbf;
    return this.length.total() - (bom ? 1 : 0);
  }

  /**
   * An error from the reader or a handler: thrown at once, unless outcomes claimed before it may
   * exceed the whole text, which only the rest of the bytes can tell.
   */
  private hold(e: unknown): void {
    if (!(e instanceof InputError) || this.claimed <= OUTCOME_ALLOWANCE + this.length.length) throw e;
    this.held = e;
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
      if (id !== REPORT) this.bad(`expected a JaCoCo <report> root element, found <${r.tagName()}>`);
      return;
    }
    switch (id) {
      case LINE:
        if (this.current !== null && depth === this.sourceDepth + 1) this.line(this.current);
        return;
      case PACKAGE: {
        const pkg = r.valueOf(NAME);
        if (pkg === undefined) this.bad('<package> has no name attribute');
        this.packageName = pkg.trim();
        this.packageDepth = depth;
        return;
      }
      case SOURCEFILE: {
        const packageName = this.packageName;
        if (packageName === null) return;
        const source = r.valueOf(NAME);
        if (source === undefined || source.trim() === '')
          this.bad(`<sourcefile> in package "${packageName}" has no name attribute`);
        this.current = this.report.file(packageName === '' ? source.trim() : `${packageName}/${source.trim()}`);
        this.sourceDepth = depth;
        return;
      }
      case COUNTER:
        if (depth === 2) this.counter();
        return;
      default:
        return;
    }
  }

  /** For the reader. */
  close(id: number): void {
    if (id === SOURCEFILE && this.depth === this.sourceDepth) {
      this.current = null;
      this.sourceDepth = -1;
    } else if (id === PACKAGE && this.depth === this.packageDepth) {
      this.packageName = null;
      this.packageDepth = -1;
    }
    this.depth--;
  }

  /** A `<line>` directly under a `<sourcefile>` of a package. */
  private line(f: FileBuilder): void {
    const r = this.reader;
    const ni = r.attr(NR);
    let nr = ni < 0 ? -1 : r.digits(ni, 10);
    if (nr < 1 || nr > MAX_LINE_NUMBER) {
      nr = parseLineNumber(r.valueOf(NR) ?? '') ?? 0;
      if (nr === 0) this.bad(`<line nr="${r.valueOf(NR) ?? ''}"> in ${f.path}: expected ${LINE_NUMBER_EXPECTED}`);
    }
    const mi = this.count(f, nr, MI, 'mi');
    const ci = this.count(f, nr, CI, 'ci');
    const mb = this.count(f, nr, MB, 'mb');
    const cb = this.count(f, nr, CB, 'cb');
    if (mi + ci > 0) f.addLine(nr, ci > 0 ? 1 : 0);
    const outcomes = mb + cb;
    if (outcomes > MAX_OUTCOMES_PER_LINE)
      this.bad(`<line nr="${nr}"> in ${f.path}: mb + cb claims more than ${MAX_OUTCOMES_PER_LINE} branch outcomes on one line`);
    if (outcomes === 0) return;
    this.claimed += outcomes;
    // A line listed twice (a source file in two groups) keeps its outcomes: add per index.
    if (this.waiting.length === 0 && this.claimed <= OUTCOME_ALLOWANCE + this.length.length) {
      for (let i = 0; i < outcomes; i++) f.addOutcome(nr, i, i < cb ? 1 : 0);
    } else {
      this.waiting.push(f);
      this.waitingNumbers.push(nr, outcomes, cb);
    }
  }

  private count(f: FileBuilder, nr: number, id: number, name: string): number {
    const r = this.reader;
    const fast = r.numberOf(id);
    if (fast >= 0) return fast;
    const n = parseCount(r.valueOf(id) ?? '');
    if (n === null) this.bad(`<line nr="${nr}" ${name}="${r.valueOf(id) ?? ''}"> in ${f.path}: expected a non-negative count`);
    return n;
  }

  /** A `<counter>` directly under `<report>`: the report's own totals. */
  private counter(): void {
    const r = this.reader;
    const type = r.valueOf(TYPE);
    if (type !== 'LINE' && type !== 'BRANCH') return;
    const missedText = r.valueOf(MISSED);
    const coveredText = r.valueOf(COVERED);
    const missed = parseCount(missedText ?? '');
    const covered = parseCount(coveredText ?? '');
    if (missed === null || covered === null)
      this.bad(
        `<counter type="${type}" missed="${missedText ?? ''}" covered="${coveredText ?? ''}">: expected non-negative counts`,
      );
    this.declared[type === 'LINE' ? 'lines' : 'branches'] = { covered, total: missed + covered };
  }
}
