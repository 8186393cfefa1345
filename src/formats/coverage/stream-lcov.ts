import type { CoverageReport } from '../../model/coverage.js';
import { MAX_LINE_NUMBER } from '../../model/coverage.js';
import { InputError } from '../../model/errors.js';
import { utf8String } from '../../xml/utf8.js';
import { Numbers, parseCount, parseLineNumber, ReportBuilder, type FileBuilder, LINE_NUMBER_EXPECTED } from './build.js';

/**
 * An LCOV tracefile read from bytes as they arrive, for reports of any size: the same report
 * (and the same errors, line numbers included) as parseLcov on the decoded text; see lcov.ts for
 * what the rules mean. The common records (`DA:12,3`, `BRDA:12,0,1,-`, `end_of_record`, and the
 * `FN…` ones nobody counts) are read straight from their bytes; any other line is decoded and
 * read exactly as parseLcov reads it.
 */

const LF = 10;
const CR = 13;
const COMMA = 44;
const COLON = 58;
const DASH = 45;

const END_OF_RECORD = new TextEncoder().encode('end_of_record');

/** A record key of up to four capitals, packed into one number (bytes big-endian). */
function packKey(b: Uint8Array, p: number, q: number): number {
  let k = 0;
  for (let i = p; i < q; i++) k = k * 256 + b[i]!;
  return k;
}
const packed = (key: string) => packKey(new TextEncoder().encode(key), 0, key.length);
/** The keys parseLcov reads; any other capitalised key is skipped. */
const COUNTED = new Set(['SF', 'TN', 'DA', 'BRDA', 'LF', 'LH', 'BRF', 'BRH'].map(packed));
const KEY_LF = packed('LF');
const KEY_LH = packed('LH');
const KEY_BRF = packed('BRF');
const KEY_BRH = packed('BRH');
const TN = packed('TN');

/**
 * A branch outcome's identity within its line, `block,branch` as written. Plain small numbers
 * (the usual case) pack into one non-negative number; anything else is interned as a string and
 * gets a negative id. Two spellings are one outcome exactly when parseLcov's key strings match.
 */
const PLAIN_KEY = /^(0|[1-9]\d{0,6}),(0|[1-9]\d{0,6})$/;
const KEY_BASE = 1e7;

/** First-appearance ranks of keys: a short list, a map once it grows. */
class Ranks {
  private readonly list: number[] = [];
  private size = 0;
  private map: Map<number, number> | null = null;

  reset(): void {
    this.size = 0;
    this.map = null;
  }

  rank(key: number): number {
    if (this.map !== null) {
      let r = this.map.get(key);
      if (r === undefined) this.map.set(key, (r = this.map.size));
      return r;
    }
    const list = this.list;
    const size = this.size;
    for (let i = 0; i < size; i++) if (list[i] === key) return i;
    list[size] = key;
    this.size = size + 1;
    if (size + 1 > 32) this.map = new Map(list.slice(0, size + 1).map((k, j) => [k, j]));
    return size;
  }
}

export class LcovStream {
  private readonly report = new ReportBuilder();
  private current: FileBuilder | null = null;
  private currentStart = 0;
  /**
   * BRDA entries of all files, in order, their outcome numbering left for the end (parseLcov
   * numbers a line's outcomes in the order their keys first appear, across a file's records):
   * one log for all files, each file's entries being runs of its rows (see FileBuilder).
   */
  private readonly brLines = new Numbers();
  private readonly brKeys = new Numbers();
  private readonly brTaken = new Numbers();
  private readonly brRuns = new Map<string, number[]>();
  private currentRuns: number[] | null = null;
  private brOwner: number[] | null = null;
  private readonly keyIds = new Map<string, number>();
  /** Line of a TN: seen outside a record and not yet followed by its SF: (a cut after it is a truncation). */
  private pendingTn = 0;
  private linesCovered = 0;
  private linesTotal = 0;
  private branchesCovered = 0;
  private branchesTotal = 0;
  private sawLf = false;
  private sawBrf = false;
  private records = 0;
  private lineNo = 0;

  /** Bytes of the unfinished last line (or, before the first line, of the head). */
  private carry = new Uint8Array(256);
  private carryLength = 0;
  private started = false;
  private sawNewline = false;

  constructor(private readonly file: string) {}

  write(chunk: Uint8Array): void {
    let b = chunk;
    if (!this.started) {
      // Two byte order marks may lead: TextDecoder drops one, parseLcov skips the next.
      this.append(chunk, 0, chunk.length);
      if (this.carryLength < 6) return;
      b = this.carry.slice(0, this.carryLength);
      this.carryLength = 0;
      this.started = true;
      this.lines(b, this.skipMarks(b, b.length));
      return;
    }
    let p = 0;
    if (this.carryLength > 0) {
      const lf = b.indexOf(LF);
      if (lf === -1) {
        this.append(b, 0, b.length);
        return;
      }
      this.append(b, 0, lf + 1);
      const line = this.carry;
      const n = this.carryLength;
      this.carryLength = 0;
      this.lines(line.subarray(0, n), 0);
      p = lf + 1;
    }
    this.lines(b, p);
  }

  end(): CoverageReport {
    if (!this.started) {
      const b = this.carry.slice(0, this.carryLength);
      this.carryLength = 0;
      this.started = true;
      this.lines(b, this.skipMarks(b, b.length));
    }
    // The last line, unless the text ended with a line end (an empty text is one empty line).
    if (this.carryLength > 0 || !this.sawNewline) this.slowLine(this.carry, 0, this.carryLength);
    this.carryLength = 0;
    const file = this.file;
    if (this.current) {
      throw new InputError(
        `the record opened by SF: at line ${this.currentStart} has no end_of_record; the file looks truncated`,
        { file, line: this.lineNo },
      );
    }
    if (this.pendingTn !== 0) {
      throw new InputError(
        `TN: at line ${this.pendingTn} is not followed by its SF: record; the file looks truncated`,
        { file, line: this.lineNo },
      );
    }
    if (this.records === 0) throw new InputError('no LCOV records (expected SF: … end_of_record)', { file });
    this.replayOutcomes();
    return {
      sources: [
        {
          file,
          format: 'lcov',
          roots: [],
          declared: {
            ...(this.sawLf ? { lines: { covered: this.linesCovered, total: this.linesTotal } } : {}),
            ...(this.sawBrf ? { branches: { covered: this.branchesCovered, total: this.branchesTotal } } : {}),
          },
        },
      ],
      files: this.report.buildAndRelease(),
    };
  }

  private addOutcome(line: number, key: number, taken: number): void {
    const runs = this.currentRuns!;
    if (this.brOwner !== runs) {
      this.brOwner?.push(this.brLines.n);
      runs.push(this.brLines.n);
      this.brOwner = runs;
    }
    this.brLines.push(line);
    this.brKeys.push(key);
    this.brTaken.push(taken);
  }

  /** Hands each file its outcomes, numbered as parseLcov numbers them, hits added in document order. */
  private replayOutcomes(): void {
    const lines = this.brLines.data;
    const keys = this.brKeys.data;
    const taken = this.brTaken.data;
    const ranks = new Ranks();
    for (const [path, runs] of this.brRuns) {
      if (runs.length === 0) continue;
      const f = this.report.file(path);
      const rows: number[] = [];
      for (let r = 0; r < runs.length; r += 2) {
        const end = r + 1 < runs.length ? runs[r + 1]! : this.brLines.n;
        for (let i = runs[r]!; i < end; i++) rows.push(i);
      }
      let monotonic = true;
      for (let k = 1; k < rows.length && monotonic; k++) monotonic = lines[rows[k - 1]!]! <= lines[rows[k]!]!;
      if (monotonic) {
        let line = NaN;
        for (const i of rows) {
          if (lines[i] !== line) {
            line = lines[i]!;
            ranks.reset();
          }
          f.addOutcome(line, ranks.rank(keys[i]!), taken[i]!);
        }
      } else {
        const byLine = new Map<number, Ranks>();
        for (const i of rows) {
          let seen = byLine.get(lines[i]!);
          if (!seen) byLine.set(lines[i]!, (seen = new Ranks()));
          f.addOutcome(lines[i]!, seen.rank(keys[i]!), taken[i]!);
        }
      }
    }
    this.brLines.release();
    this.brKeys.release();
    this.brTaken.release();
  }

  private skipMarks(b: Uint8Array, n: number): number {
    let p = 0;
    for (let k = 0; k < 2; k++)
      if (p + 3 <= n && b[p] === 0xef && b[p + 1] === 0xbb && b[p + 2] === 0xbf) p += 3;
    return p;
  }

  private append(b: Uint8Array, from: number, to: number): void {
    const need = this.carryLength + (to - from);
    if (need > this.carry.length) {
      const grown = new Uint8Array(Math.max(need, this.carry.length * 2));
      grown.set(this.carry.subarray(0, this.carryLength));
      this.carry = grown;
    }
    this.carry.set(b.subarray(from, to), this.carryLength);
    this.carryLength = need;
  }

  /** Reads the complete lines of b from p on; keeps an unfinished last line. */
  private lines(b: Uint8Array, p: number): void {
    const end = b.length;
    while (p < end) {
      const c = b[p]!;
      let next = -1;
      // DA:<line>,<hits>, and the ones right after it
      if (c === 0x44 && b[p + 1] === 0x41 && b[p + 2] === COLON) {
        next = this.fastDa(b, p + 3);
        if (next !== -1) {
          this.lineNo += this.run;
          this.sawNewline = true;
          p = next;
          continue;
        }
      }
      // BRDA:<line>,<block>,<branch>,<taken>
      else if (c === 0x42 && b[p + 1] === 0x52 && b[p + 2] === 0x44 && b[p + 3] === 0x41 && b[p + 4] === COLON)
        next = this.fastBrda(b, p + 5);
      else if (c === 0x65 /* e */) next = this.fastEndOfRecord(b, p);
      else if (c >= 0x41 && c <= 0x5a) next = this.fastKey(b, p);
      if (next !== -1) {
        this.lineNo++;
        this.sawNewline = true;
        p = next;
        continue;
      }
      const lf = b.indexOf(LF, p);
      if (lf === -1) {
        this.append(b, p, end);
        return;
      }
      this.sawNewline = true;
      this.slowLine(b, p, lf);
      p = lf + 1;
    }
  }

  /** After the line's last field at q: the offset after its line end, or -1 unless CR? LF follows. */
  private static eol(b: Uint8Array, q: number): number {
    if (b[q] === LF) return q + 1;
    if (b[q] === CR && b[q + 1] === LF) return q + 2;
    return -1;
  }

  /** Lines read by the last fastDa. */
  private run = 0;

  /**
   * `DA:` records from p (just after the first `DA:`) on, as many as follow one another: the
   * offset after the last one's line end (its count in `run`), or -1 when the first is not plain.
   */
  private fastDa(b: Uint8Array, p: number): number {
    const f = this.current;
    if (f === null) return -1;
    let done = -1;
    let run = 0;
    for (;;) {
      const line = digits(b, p);
      let q = digitsEnd;
      if (q === p || q - p > 10 || line === 0 || line > MAX_LINE_NUMBER || b[q] !== COMMA) break;
      const h = q + 1;
      const hits = digits(b, h);
      q = digitsEnd;
      if (q === h || q - h > 15) break;
      // geninfo --checksum writes a third field, `DA:12,3,<base64 md5>`, which nobody reads.
      const next =
        b[q] === LF ? q + 1 : b[q] === CR && b[q + 1] === LF ? q + 2 : b[q] === COMMA ? b.indexOf(LF, q) + 1 : 0;
      if (next === 0) break;
      f.addLine(line, hits);
      done = next;
      run++;
      if (b[next] !== 0x44 || b[next + 1] !== 0x41 || b[next + 2] !== COLON) break;
      p = next + 3;
    }
    this.run = run;
    return done;
  }

  private fastBrda(b: Uint8Array, p: number): number {
    if (this.current === null) return -1;
    const line = digits(b, p);
    let q = digitsEnd;
    // "0" is line 0 (coverage.py's function exits); "00" and the like are parseLcov's errors.
    if (q === p || q - p > 10 || (line === 0 && q - p > 1) || line > MAX_LINE_NUMBER || b[q] !== COMMA) return -1;
    const block = plainNumber(b, q + 1);
    if (block < 0) return -1;
    q = plainEnd;
    if (b[q] !== COMMA) return -1;
    const branch = plainNumber(b, q + 1);
    if (branch < 0) return -1;
    q = plainEnd;
    if (b[q] !== COMMA) return -1;
    const t = ++q;
    let taken = 0;
    if (b[q] === DASH) q++;
    else {
      taken = digits(b, q);
      q = digitsEnd;
      if (q - t > 15) return -1;
    }
    if (q === t) return -1;
    const next = LcovStream.eol(b, q);
    if (next !== -1) this.addOutcome(line, block * KEY_BASE + branch, taken);
    return next;
  }

  private fastEndOfRecord(b: Uint8Array, p: number): number {
    if (this.current === null) return -1;
    for (let i = 0; i < END_OF_RECORD.length; i++) if (b[p + i] !== END_OF_RECORD[i]) return -1;
    const next = LcovStream.eol(b, p + END_OF_RECORD.length);
    if (next !== -1) this.endRecord();
    return next;
  }

  /**
   * KEY: in capitals: TN (a test name), LF, LH, BRF, BRH (declared totals), and the records
   * nobody counts (FN, FNDA, FNF, FNH, VER, …), read without decoding; the rest goes the long way.
   */
  private fastKey(b: Uint8Array, p: number): number {
    let q = p;
    while (b[q]! >= 0x41 && b[q]! <= 0x5a && q - p < 5) q++;
    if (b[q] !== COLON) return -1;
    const key = q - p <= 4 ? packKey(b, p, q) : -1;
    if (key === KEY_LF || key === KEY_LH || key === KEY_BRF || key === KEY_BRH) {
      const d0 = q + 1;
      const v = digits(b, d0);
      const e = digitsEnd;
      const next = e === d0 || e - d0 > 15 ? -1 : LcovStream.eol(b, e);
      if (next === -1) return -1;
      if (key === KEY_LF) {
        this.linesTotal += v;
        this.sawLf = true;
      } else if (key === KEY_LH) this.linesCovered += v;
      else if (key === KEY_BRF) {
        this.branchesTotal += v;
        this.sawBrf = true;
      } else this.branchesCovered += v;
      return next;
    }
    if (COUNTED.has(key) && key !== TN) return -1;
    const lf = b.indexOf(LF, q);
    if (lf === -1) return -1;
    if (key === TN && this.current === null) this.pendingTn = this.lineNo + 1;
    return lf + 1;
  }

  private endRecord(): void {
    this.current = null;
    this.currentRuns = null;
    this.records++;
  }

  private fail(message: string): never {
    throw new InputError(message, { file: this.file, line: this.lineNo });
  }

  /** One line, b[s, e) without its LF, read as parseLcov reads it. */
  private slowLine(b: Uint8Array, s: number, e: number): void {
    this.lineNo++;
    let line = utf8String(b, s, e);
    if (line.endsWith('\r')) line = line.slice(0, -1);
    if (line.trim() === '') return;
    if (line === 'end_of_record') {
      if (!this.current) this.fail('end_of_record without a preceding SF: record');
      this.endRecord();
      return;
    }
    const colon = line.indexOf(':');
    if (colon <= 0) this.fail(`expected an LCOV record "KEY:value", found ${quote(line)}`);
    const key = line.slice(0, colon).trim();
    const value = line.slice(colon + 1);
    switch (key) {
      case 'SF': {
        if (this.current) this.fail(`SF: before the end_of_record of the record opened at line ${this.currentStart}`);
        const path = value.trim();
        if (path === '') this.fail('SF: with an empty path');
        this.current = this.report.file(path);
        this.currentStart = this.lineNo;
        this.pendingTn = 0;
        let runs = this.brRuns.get(path);
        if (!runs) this.brRuns.set(path, (runs = []));
        this.currentRuns = runs;
        break;
      }
      case 'DA': {
        const f = this.current ?? this.fail('DA: outside a record (no SF: before it)');
        const [ln, count] = value.split(',');
        const n = parseLineNumber(ln?.trim() ?? '');
        const hits = parseCount(count?.trim() ?? '');
        if (n === null) this.fail(`DA: expected ${LINE_NUMBER_EXPECTED}, found ${quote(ln ?? '')}`);
        if (hits === null) this.fail(`DA: expected a non-negative hit count, found ${quote(count ?? '')}`);
        f.addLine(n, hits);
        break;
      }
      case 'BRDA': {
        if (!this.current) this.fail('BRDA: outside a record (no SF: before it)');
        const parts = value.split(',');
        if (parts.length < 4) this.fail(`BRDA: expected line,block,branch,taken, found ${quote(value)}`);
        const n = parts[0]!.trim() === '0' ? 0 : parseLineNumber(parts[0]!.trim());
        if (n === null) this.fail(`BRDA: expected a line number, found ${quote(parts[0]!)}`);
        // lcov 2 may put an expression with commas in the branch field: taken is always last.
        const takenText = parts[parts.length - 1]!.trim();
        const taken = takenText === '-' ? 0 : parseCount(takenText);
        if (taken === null) this.fail(`BRDA: expected a taken count or "-", found ${quote(takenText)}`);
        this.addOutcome(n, this.keyId(parts.slice(1, -1).join(',')), taken);
        break;
      }
      case 'LF':
      case 'LH':
      case 'BRF':
      case 'BRH': {
        const count = parseCount(value.trim());
        if (count === null) this.fail(`${key}: expected a non-negative count, found ${quote(value)}`);
        if (key === 'LF') this.linesTotal += count;
        if (key === 'LH') this.linesCovered += count;
        if (key === 'BRF') this.branchesTotal += count;
        if (key === 'BRH') this.branchesCovered += count;
        if (key === 'LF') this.sawLf = true;
        if (key === 'BRF') this.sawBrf = true;
        break;
      }
      case 'TN':
        if (!this.current) this.pendingTn = this.lineNo;
        break;
      default:
        // VER, FN, FNDA, FNF, FNH, FNL, FNA, MCDC, …: not counted here.
        break;
    }
  }

  private keyId(key: string): number {
    const m = PLAIN_KEY.exec(key);
    if (m) return Number(m[1]) * KEY_BASE + Number(m[2]);
    let id = this.keyIds.get(key);
    if (id === undefined) this.keyIds.set(key, (id = -1 - this.keyIds.size));
    return id;
  }
}

/**
 * The number written in ASCII digits at b[p] (up to the first non-digit, which digitsEnd marks);
 * 0 when there are none. Bounded so that the loop stays in integers.
 */
let digitsEnd = 0;
function digits(b: Uint8Array, p: number): number {
  const end = b.length;
  let v = 0;
  let q = p;
  while (q < end) {
    const d = b[q]! - 48;
    if (d >>> 0 > 9) break;
    v = v * 10 + d;
    q++;
  }
  digitsEnd = q;
  return v;
}

/** A plain outcome number at p ("0", or 1 to 7 digits without a leading zero); -1 if not. */
let plainEnd = 0;
function plainNumber(b: Uint8Array, p: number): number {
  const v = digits(b, p);
  const q = (plainEnd = digitsEnd);
  if (q === p || q - p > 7 || (b[p] === 48 && q - p > 1)) return -1;
  return v;
}

function quote(s: string): string {
  const cut = s.length > 60 ? `${s.slice(0, 60)}…` : s;
  return JSON.stringify(cut);
}
