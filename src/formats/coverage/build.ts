import type { BranchPoint, Counter, FileCoverage, HitCounts } from '../../model/coverage.js';
import { MAX_LINE_NUMBER } from '../../model/coverage.js';

type Column = Uint16Array | Uint32Array | Float64Array;

/**
 * Each column is as narrow as its values allow: 2 bytes a value while all are integers below
 * 65,536 (line numbers and hit counts nearly always are), 4 while below 2³², 8 otherwise.
 */
function widened(column: Column, value: number, used: number): Column {
  if (column instanceof Uint16Array) {
    if (value >>> 0 === value && value < 65536) return column;
    return resized(column, column.length, used, value >>> 0 === value ? Uint32Array : Float64Array);
  }
  if (column instanceof Uint32Array && value >>> 0 !== value) return resized(column, column.length, used, Float64Array);
  return column;
}

function resized(
  column: Column,
  size: number,
  used: number,
  kind: Uint16ArrayConstructor | Uint32ArrayConstructor | Float64ArrayConstructor,
): Column {
  const next = new kind(size);
  next.set(column.subarray(0, used));
  release(column);
  return next;
}

/**
 * Gives a column's memory back at once where the engine can (`ArrayBuffer.prototype.transfer`,
 * Node 21 and later), rather than when the collector next finds the column dead: a 3-million-line
 * report's logs are 30 MB that would otherwise stay resident while the model is used. The column
 * must not be read again.
 */
function release(column: Column): void {
  const buffer = column.buffer as ArrayBuffer & { transfer?: (length: number) => ArrayBuffer };
  if (typeof buffer.transfer === 'function' && column.length > 0) buffer.transfer(0);
}

function kindOf(column: Column): Uint16ArrayConstructor | Uint32ArrayConstructor | Float64ArrayConstructor {
  return column instanceof Uint16Array ? Uint16Array : column instanceof Uint32Array ? Uint32Array : Float64Array;
}

/** Rows of (line, hits), in typed columns that grow fourfold. */
class LineLog {
  lines: Column = new Uint16Array(16384);
  hits: Column = new Uint16Array(16384);
  n = 0;

  push(line: number, hits: number): void {
    const n = this.n;
    if (n === this.lines.length) {
      this.lines = resized(this.lines, n * 4, n, kindOf(this.lines));
      this.hits = resized(this.hits, n * 4, n, kindOf(this.hits));
    }
    if ((line & 0xffff) !== line) this.lines = widened(this.lines, line, n);
    if ((hits & 0xffff) !== hits) this.hits = widened(this.hits, hits, n);
    this.lines[n] = line;
    this.hits[n] = hits;
    this.n = n + 1;
  }
}

/** Rows of (line, outcome index, hits). */
class OutcomeLog {
  lines: Column = new Uint16Array(4096);
  indexes: Column = new Uint16Array(4096);
  hits: Column = new Uint16Array(4096);
  n = 0;

  push(line: number, index: number, hits: number): void {
    const n = this.n;
    if (n === this.lines.length) {
      this.lines = resized(this.lines, n * 4, n, kindOf(this.lines));
      this.indexes = resized(this.indexes, n * 4, n, kindOf(this.indexes));
      this.hits = resized(this.hits, n * 4, n, kindOf(this.hits));
    }
    if ((line & 0xffff) !== line) this.lines = widened(this.lines, line, n);
    if ((index & 0xffff) !== index) this.indexes = widened(this.indexes, index, n);
    if ((hits & 0xffff) !== hits) this.hits = widened(this.hits, hits, n);
    this.lines[n] = line;
    this.indexes[n] = index;
    this.hits[n] = hits;
    this.n = n + 1;
  }
}

/** A growable list of numbers kept in the narrowest typed array that holds them all (see widened). */
export class Numbers {
  data: Column = new Uint16Array(4096);
  n = 0;

  /** Frees the list's memory; it must not be used again. */
  release(): void {
    release(this.data);
    this.n = 0;
  }

  push(value: number): void {
    const n = this.n;
    if (n === this.data.length) this.data = resized(this.data, n * 4, n, kindOf(this.data));
    if ((value & 0xffff) !== value) this.data = widened(this.data, value, n);
    this.data[n] = value;
    this.n = n + 1;
  }
}

/**
 * Where the files of one report keep their entries while it is read: two logs shared by all
 * files, (line, hits) and (line, outcome, hits). A file's entries are runs of rows in them (one
 * run, unless files interleave), so a file costs no allocation per line and the garbage
 * collector never sees a line: build() copies the rows into the model's typed arrays, a run at a
 * time.
 */
class Store {
  readonly lines = new LineLog();
  readonly outcomes = new OutcomeLog();
  lineOwner: FileBuilder | null = null;
  outcomeOwner: FileBuilder | null = null;

  /** Frees the logs once the model is built; nothing may be added or built after. */
  release(): void {
    for (const column of [this.lines.lines, this.lines.hits])
      release(column);
    for (const column of [this.outcomes.lines, this.outcomes.indexes, this.outcomes.hits]) release(column);
    this.lines.n = 0;
    this.outcomes.n = 0;
  }
}

/** Row runs [start, end) of one file in a log, flat; the last run is open while the file owns the log. */
type Runs = number[];

function* rows(runs: Runs, open: boolean, n: number): Generator<number> {
  for (let r = 0; r < runs.length; r += 2) {
    const end = r + 1 < runs.length ? runs[r + 1]! : open ? n : runs[r]!;
    for (let i = runs[r]!; i < end; i++) yield i;
  }
}

function count(runs: Runs, open: boolean, n: number): number {
  let total = 0;
  for (let r = 0; r < runs.length; r += 2) total += (r + 1 < runs.length ? runs[r + 1]! : open ? n : runs[r]!) - runs[r]!;
  return total;
}

/**
 * Accumulates one file's lines and branch outcomes while a reader walks a report, then freezes
 * them into the model's sorted, unique form. Repeated lines add their hits (a report may list a
 * file twice: Cobertura inner classes, LCOV records from several test names), in the order they
 * came, as a running sum per line would.
 *
 * A 150 MB report holds millions of lines: entries go to the report's typed logs (see Store),
 * nothing per line on the heap; build() sorts and merges only when the lines did not come in
 * ascending order, which they nearly always do, and otherwise copies runs of rows.
 */
export class FileBuilder {
  private readonly store: Store;
  private readonly lineRuns: Runs = [];
  private readonly outcomeRuns: Runs = [];
  /** Lines so far strictly ascending. */
  private ascending = true;
  private last = -Infinity;
  /** Outcomes so far in non-decreasing line order. */
  private ordered = true;
  private lastOutcomeLine = -Infinity;
  /** Outcomes per line, kept once a reader asks (LCOV's outcome numbering). */
  private counts: Map<number, number> | null = null;

  constructor(readonly path: string, store?: Store) {
    this.store = store ?? new Store();
  }

  addLine(line: number, hits: number): void {
    const store = this.store;
    const log = store.lines;
    if (store.lineOwner !== this) {
      store.lineOwner?.lineRuns.push(log.n);
      this.lineRuns.push(log.n);
      store.lineOwner = this;
    }
    log.push(line, hits);
    if (!(line > this.last)) this.ascending = false;
    this.last = line;
  }

  /** Adds hits to outcome `index` of the branch point on `line`. */
  addOutcome(line: number, index: number, hits: number): void {
    const store = this.store;
    const log = store.outcomes;
    if (store.outcomeOwner !== this) {
      store.outcomeOwner?.outcomeRuns.push(log.n);
      this.outcomeRuns.push(log.n);
      store.outcomeOwner = this;
    }
    log.push(line, index, hits);
    if (line < this.lastOutcomeLine) this.ordered = false;
    this.lastOutcomeLine = line;
    const counts = this.counts;
    if (counts !== null && (counts.get(line) ?? 0) <= index) counts.set(line, index + 1);
  }

  /** Number of outcomes already recorded on `line` (the next outcome's index). */
  outcomeCount(line: number): number {
    let counts = this.counts;
    if (counts === null) {
      counts = this.counts = new Map<number, number>();
      const log = this.store.outcomes;
      const { lines, indexes } = log;
      for (const i of rows(this.outcomeRuns, this.store.outcomeOwner === this, log.n))
        if ((counts.get(lines[i]!) ?? 0) <= indexes[i]!) counts.set(lines[i]!, indexes[i]! + 1);
    }
    return counts.get(line) ?? 0;
  }

  /**
   * The file in the model's form. With an arena (ReportBuilder.build), lines and hits in order are
   * views into its two arrays rather than two arrays of their own.
   */
  build(arena?: Arena): FileCoverage {
    const log = this.store.lines;
    const runs = this.lineRuns;
    if (!this.ascending) return { path: this.path, ...this.sortedLines(), branches: this.buildBranches() };
    // In order already (nearly always): each run of rows is copied as it is, no element by element.
    const n = count(runs, this.store.lineOwner === this, log.n);
    const wide = this.countsPast32Bits();
    const placed = arena !== undefined && !wide && arena.used + n <= arena.lines.length;
    const lines = placed ? arena.lines.subarray(arena.used, arena.used + n) : new Uint32Array(n);
    const hits = placed ? arena.hits.subarray(arena.used, arena.used + n) : wide ? new Float64Array(n) : new Uint32Array(n);
    if (placed) arena.used += n;
    let k = 0;
    for (let r = 0; r < runs.length; r += 2) {
      const start = runs[r]!;
      const end = r + 1 < runs.length ? runs[r + 1]! : log.n;
      lines.set(log.lines.subarray(start, end), k);
      hits.set(log.hits.subarray(start, end), k);
      k += end - start;
    }
    return { path: this.path, lines, hits, branches: this.buildBranches() };
  }

  /**
   * Whether one of the file's counts needs more than 32 bits. The log widens for any file's counts,
   * so a wide log says nothing about this file: its own counts decide, as they would alone.
   */
  private countsPast32Bits(): boolean {
    const log = this.store.lines;
    const data = log.hits;
    if (!(data instanceof Float64Array)) return false;
    for (const i of rows(this.lineRuns, this.store.lineOwner === this, log.n)) if (data[i]! > 0xffff_ffff) return true;
    return false;
  }

  /** Lines that came out of order or more than once: sorted, a line's hits added in the order they came. */
  private sortedLines(): { lines: Uint32Array; hits: HitCounts } {
    const log = this.store.lines;
    const lineData = log.lines;
    const hitData = log.hits;
    const index = [...rows(this.lineRuns, this.store.lineOwner === this, log.n)];
    const order = stableOrder(index.map((i) => lineData[i]!));
    const lines = new Uint32Array(order.length);
    const sums = new Float64Array(order.length);
    let n = 0;
    for (let k = 0; k < order.length; k++) {
      const i = index[order[k]!]!;
      const line = lineData[i]!;
      if (n > 0 && lines[n - 1] === line) sums[n - 1] = sums[n - 1]! + hitData[i]!;
      else {
        lines[n] = line;
        sums[n++] = hitData[i]!;
      }
    }
    return { lines: lines.slice(0, n), hits: hitCounts(sums.subarray(0, n)) };
  }

  private buildBranches(): BranchPoint[] {
    const log = this.store.outcomes;
    const runs = this.outcomeRuns;
    if (runs.length === 0) return [];
    const lineData = log.lines;
    const indexData = log.indexes;
    const hitData = log.hits;
    // One run in line order is read in place (the usual case); anything else through a list of rows.
    let index: number[] | null = null;
    let from = runs[0]!;
    let to = runs.length > 1 ? runs[1]! : log.n;
    if (runs.length > 2 || !this.ordered) {
      const all = [...rows(runs, this.store.outcomeOwner === this, log.n)];
      index = this.ordered ? all : Array.from(stableOrder(all.map((i) => lineData[i]!)), (k) => all[k]!);
      from = 0;
      to = all.length;
    }
    const branches: BranchPoint[] = [];
    for (let g = from; g < to; ) {
      const line = lineData[index === null ? g : index[g]!]!;
      let e = g;
      let size = 0;
      let outcomes: number[];
      if (index === null) {
        for (; e < to && lineData[e] === line; e++) size = Math.max(size, indexData[e]! + 1);
        // Two outcomes is the usual branch: a literal the engine allocates at once.
        outcomes = size === 2 ? [0, 0] : zeros(size);
        for (let i = g; i < e; i++) outcomes[indexData[i]!] = outcomes[indexData[i]!]! + hitData[i]!;
      } else {
        for (; e < to && lineData[index[e]!] === line; e++) size = Math.max(size, indexData[index[e]!]! + 1);
        outcomes = zeros(size);
        for (let k = g; k < e; k++) {
          const i = index[k]!;
          outcomes[indexData[i]!] = outcomes[indexData[i]!]! + hitData[i]!;
        }
      }
      branches.push({ line: line + 0, outcomes: shared(outcomes) });
      g = e;
    }
    return branches;
  }
}

/** Room for the lines and hits of a report's files, handed out in order (see FileBuilder.build). */
interface Arena {
  readonly lines: Uint32Array;
  readonly hits: Uint32Array;
  used: number;
}

/** Collects FileBuilders by path, in first-seen order, and freezes them sorted by path. */
export class ReportBuilder {
  private readonly files = new Map<string, FileBuilder>();
  private readonly store = new Store();

  file(path: string): FileBuilder {
    let f = this.files.get(path);
    if (!f) this.files.set(path, (f = new FileBuilder(path, this.store)));
    return f;
  }

  /** The files, sorted by path. The builder may be added to and built again. */
  build(): FileCoverage[] {
    // One pair of arrays for every file's lines and hits: 15,000 files are 2 allocations, not 30,000.
    const rows = this.store.lines.n;
    const arena: Arena = { lines: new Uint32Array(rows), hits: new Uint32Array(rows), used: 0 };
    return [...this.files.values()].map((f) => f.build(arena)).sort((a, b) => comparePaths(a.path, b.path));
  }

  /**
   * The files, sorted by path, and the logs freed at once: what a streaming reader does at the end of
   * a large report, whose logs would otherwise stay resident until a full collection. Nothing may be
   * added or built after it.
   */
  buildAndRelease(): FileCoverage[] {
    const files = this.build();
    this.files.clear();
    this.store.release();
    return files;
  }
}

export function comparePaths(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * The outcome lists of a one- or two-way branch hit at most once per outcome ([1, 0], [0, 0] …),
 * one frozen copy each: a Cobertura report has hundreds of thousands of them, and 64 bytes apiece
 * add up. Frozen, so that no one can change them all by changing one.
 */
const SHARED: readonly (readonly number[])[] = [[0], [1], [0, 0], [1, 0], [0, 1], [1, 1]].map((o) => Object.freeze(o));

function shared(outcomes: number[]): number[] {
  const a = outcomes[0]!;
  if (outcomes.length === 1 && (a === 0 || a === 1)) return SHARED[a] as number[];
  if (outcomes.length !== 2) return outcomes;
  const b = outcomes[1]!;
  return (a === 0 || a === 1) && (b === 0 || b === 1) ? (SHARED[2 + a + 2 * b] as number[]) : outcomes;
}

function zeros(n: number): number[] {
  const out: number[] = [];
  for (let k = 0; k < n; k++) out.push(0);
  return out;
}

/**
 * Indexes 0 … n−1 ordered by key, equal keys in entry order: a natural merge sort, so the usual
 * disorder (a few ascending runs, one per record of the file) costs a few linear merges.
 */
function stableOrder(keys: readonly number[]): Uint32Array {
  const n = keys.length;
  let a = new Uint32Array(n);
  let b = new Uint32Array(n);
  for (let i = 0; i < n; i++) a[i] = i;
  let bounds: number[] = [0];
  for (let i = 1; i < n; i++) if (keys[i]! < keys[i - 1]!) bounds.push(i);
  bounds.push(n);
  while (bounds.length > 2) {
    const next = [0];
    for (let r = 0; r + 1 < bounds.length; r += 2) {
      const lo = bounds[r]!;
      const mid = bounds[r + 1]!;
      const hi = r + 2 < bounds.length ? bounds[r + 2]! : mid;
      let i = lo;
      let j = mid;
      let k = lo;
      while (i < mid && j < hi) b[k++] = keys[a[j]!]! < keys[a[i]!]! ? a[j++]! : a[i++]!;
      while (i < mid) b[k++] = a[i++]!;
      while (j < hi) b[k++] = a[j++]!;
      next.push(hi);
    }
    [a, b] = [b, a];
    bounds = next;
  }
  return a;
}

/**
 * A count from a report: a non-negative integer. Anything else (NaN, negative, fractional,
 * empty) is the caller's error to report with its location; returns null for those.
 */
export function parseCount(text: string): number | null {
  if (!/^\d{1,20}$/.test(text)) {
    // Some producers write large counts in exponent form (JaCoCo never, gcov rarely): accept
    // a plain non-negative finite number that is integral.
    if (!/^\d+(\.\d+)?([eE][+]?\d+)?$/.test(text)) return null;
  }
  const n = Number(text);
  return Number.isFinite(n) && n >= 0 && Number.isInteger(n) ? n : null;
}

/**
 * A covered/total pair a report declares about itself (Cobertura's `lines-covered` of
 * `lines-valid`): undefined unless it declares both; null when what it declares is not two
 * counts, which the reader refuses with the element's position (never taken, never dropped quietly).
 */
export function declaredCounter(covered: string | undefined, total: string | undefined): Counter | undefined | null {
  if (covered === undefined || total === undefined) return undefined;
  const c = parseCount(covered);
  const t = parseCount(total);
  return c === null || t === null ? null : { covered: c, total: t };
}

/** A source line number: an integer from 1 to MAX_LINE_NUMBER. */
export function parseLineNumber(text: string): number | null {
  if (!/^\d{1,10}$/.test(text)) return null;
  const n = Number(text);
  return n >= 1 && n <= MAX_LINE_NUMBER ? n : null;
}

/** What a reader's message says a line number must be. */
export const LINE_NUMBER_EXPECTED = `a line number from 1 to ${MAX_LINE_NUMBER}`;

/**
 * Hit counts as the model keeps them (HitCounts): 32-bit when every value fits, else 64-bit. The
 * values are copied; they must be non-negative integers.
 */
export function hitCounts(values: ArrayLike<number>): HitCounts {
  for (let i = 0; i < values.length; i++)
    if (values[i]! > 0xffff_ffff) return values instanceof Float64Array ? values.slice() : Float64Array.from(values);
  return values instanceof Uint32Array ? values.slice() : Uint32Array.from(values);
}
