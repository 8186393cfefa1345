import type { Location } from '../model/errors.js';
import {
  AMP,
  APOS,
  ASCII,
  BANG,
  clip,
  CR,
  DASH,
  EQ,
  GT,
  HASH,
  isNonAsciiNameChar,
  isNonAsciiNameStart,
  isSpace,
  isXmlChar,
  numericReference,
  LBRACKET,
  LF,
  LT,
  NAME_CHAR,
  NAME_START,
  QM,
  QUOT,
  RBRACKET,
  SEMI,
  SLASH,
  SP,
  TAB,
} from './chars.js';
import { DEFAULT_MAX_TEXT_LENGTH, MAX_DEPTH, XmlError, type XmlErrorCode } from './reader.js';
import { CharCounter, utf8String } from './utf8.js';

/**
 * The XML reader for documents too large to hold as one string: it reads UTF-8 bytes as they
 * arrive, chunk by chunk, and never decodes what no handler asks for. It accepts exactly what
 * `readXml` accepts on the decoded text (`new TextDecoder().decode(bytes)`) and refuses the rest
 * with the same XmlError: message, code, line and column. Every rule below mirrors one in
 * reader.ts; the differential tests hold the two together.
 *
 * Chunk boundaries may fall anywhere. Each construct (a tag, a comment, a reference) is read from
 * its first byte; when it runs past the bytes at hand, the reader keeps the unread tail and reads
 * the construct again once more bytes came (the tail doubles, so a huge construct costs linear
 * time). Character data is read incrementally and never held. Handlers run only once a construct
 * is complete, so a retry never repeats one.
 *
 * Handlers see names as ids (the index in `names` of the options, -1 for any other name) and read
 * attributes lazily through the reader while `open` runs: a Cobertura `<line>` costs no string.
 */
export interface ByteXmlHandlers {
  /** An element starts; its attributes are readable through the reader until `open` returns. */
  open(id: number, selfClosing: boolean): void;
  /** An element ends; also called right after `open` for a self-closing element. */
  close(id: number): void;
  /**
   * Character data directly inside the current element, delivered only while `capture` is set:
   * one string per run between two tags, as `readXml` delivers it, cut to `maxTextLength` UTF-16
   * code units (never inside a surrogate pair).
   */
  text?(text: string): void;
}

export interface ByteXmlOptions {
  /** Named in every error. */
  readonly file: string;
  /** The ASCII element and attribute names handlers ask about; a name's id is its index. */
  readonly names: readonly string[];
  readonly maxTextLength?: number;
}

/**
 * A start tag the reader has read, with the whitespace before it, kept to recognise the next tags
 * of the same shape by comparing bytes (see tryShape): the literal bytes between its attribute
 * values, the values themselves being slots that vary.
 */
interface Shape {
  /** The literal segments, one after another: segment i ends at bytes[segEnd[i]]. */
  readonly bytes: Uint8Array;
  /** words[q]: bytes[q, q + 4) as a little-endian integer, to compare four bytes at once; halves: two. */
  readonly words: Int32Array;
  readonly halves: Int16Array;
  readonly segEnd: Int32Array;
  /** Value slots (= attributes); segment i ends with the opening quote of value i. */
  readonly slots: number;
  readonly id: number;
  readonly selfClosing: boolean;
  /** Offset of the '<' in segment 0, and the element name's length. */
  readonly lt: number;
  readonly nameLength: number;
  /**
   * Line ends in the whitespace before the '<' (a tag with one inside it is never a shape) and the
   * offset of the last one (-1 for none).
   */
  readonly lineEnds: number;
  readonly lastLineEnd: number;
  /** Per attribute: where its name starts in its segment, its length and id. */
  readonly nameAt: Int32Array;
  readonly nameLen: Int32Array;
  readonly nameId: Int32Array;
}

/** The most shapes remembered; the least recently matched one goes first. */
const SHAPES = 4;
/** The longest tag (with the whitespace before it) remembered as a shape. */
const MAX_SHAPE = 1024;

/** Thrown inside the reader when a construct runs past the bytes at hand. */
const MORE = { more: true } as const;

const START = 0;
const PROLOG = 1;
const CONTENT = 2;
const EPILOG = 3;
const DONE = 4;

/** Bytes that end a plain run of character data: '<', '&', ']' (for ']]>') and LF (line count). */
const TEXT_STOP = new Uint8Array(256);
TEXT_STOP[LT] = 1;
TEXT_STOP[AMP] = 1;
TEXT_STOP[RBRACKET] = 1;
TEXT_STOP[LF] = 1;
/** Bytes an attribute value needs a closer look at: quotes, and what the plain path cannot pass. */
const VALUE_STOP = new Uint8Array(256);
for (const c of [QUOT, APOS, LT, AMP, TAB, LF, CR]) VALUE_STOP[c] = 1;

/** ASCII name bytes: 1 may start a name, 2 may continue one; 4: not ASCII (decode to tell). */
const NAME_BYTE = new Uint8Array(256);
for (let c = 0; c < 256; c++)
  NAME_BYTE[c] =
    c >= 128 ? 4 : ((ASCII[c]! & NAME_START) !== 0 ? 1 : 0) | ((ASCII[c]! & NAME_CHAR) !== 0 ? 2 : 0);

const EMPTY = new Uint8Array(0);
/** Tail of a chunk read together with the next chunk's head when a construct straddles them. */
const SEAM = 4096;
/** A single construct (tag, comment, …) longer than this is refused rather than buffered. */
const MAX_CONSTRUCT = 1024 * 1024 * 1024;

export class ByteXmlReader {
  /** Deliver character data to `text` (set by a handler, e.g. inside `<source>`). */
  capture = false;

  private readonly file: string;
  private readonly h: ByteXmlHandlers;
  private readonly max: number;

  // The bytes being read: b[0, end) sit at absolute offset `base` in the document.
  private b: Uint8Array = EMPTY;
  /** The same bytes, for reading four at once. */
  private view: DataView = new DataView(EMPTY.buffer);
  private limit = 0;
  private base = 0;
  private final = false;
  /** In a seam, stop at the first construct boundary at or after this index. */
  private stop = 0;
  private state = START;
  private onlySpace = true;
  private sawDoctype = false;
  /** Unread bytes kept from the last chunk, at absolute offset `carryAt`. */
  private carry: Uint8Array | null = null;
  private carryAt = 0;
  /** Absolute offset of the next chunk's first byte. */
  private next = 0;

  // Lines: `line` is the current line, starting at absolute offset `lineStart`.
  private line = 1;
  private lineStart = 0;
  // Where the construct being read starts, with the line state there: a retry or an error starts
  // from here.
  private markPos = 0;
  private markLine = 1;
  private markLineStart = 0;
  // Columns are counted lazily from a cursor on one line: `colN` characters precede `colAt`.
  private colLine = 0;
  private colAt = 0;
  private colN = 0;
  private readonly colState = new CharCounter();
  private readonly scratch = new CharCounter();

  // Open elements: name bytes in a pool, id, and the line and column of their '<'.
  private depth = 0;
  private pool = new Uint8Array(1024);
  private poolAt = new Int32Array(MAX_DEPTH + 1);
  private readonly stackId = new Int32Array(MAX_DEPTH);
  private readonly stackLine = new Float64Array(MAX_DEPTH);
  private readonly stackCol = new Float64Array(MAX_DEPTH);

  // The tag being read: its name and attributes as offsets into b.
  private tagStart = 0;
  private tagEnd = 0;
  private na = 0;
  private aName = new Int32Array(16);
  private aNameEnd = new Int32Array(16);
  private aId = new Int32Array(16);
  private aVal = new Int32Array(16);
  private aValEnd = new Int32Array(16);
  /** 1: the value has references or literal whitespace to normalise; 2: the name is not ASCII. */
  private aFlags = new Uint8Array(16);
  /** The value as a number when it is 1 to 15 plain digits, else -1. */
  private aNum = new Float64Array(16);
  private readonly attrIndex: Int32Array;
  /** Names of the tag's attributes once there are many. */
  private seen: Set<string> | null = null;

  // Known names, by a hash of first byte, length and last byte.
  private readonly names: readonly Uint8Array[];
  /** Known names by hash slot: id, or -1. */
  private readonly table: Int32Array;
  private readonly mask: number;
  private readonly knownLen: Int32Array;
  private readonly knownP0: Int32Array;
  private readonly knownP1: Int32Array;

  // Set by decodeAt: the width in bytes of the character it decoded.
  private w = 0;
  // Set by nameEnd: whether the name had a non-ASCII character.
  private wide = false;
  // Set by name: the id of the name it read.
  private nameId = -1;
  // Set by reference: the offset just after the reference.
  private after = 0;

  // Character data held for `text`: decoded parts, then undecoded bytes of the current literal run.
  private parts: string[] = [];
  private partsLength = 0;
  private tbuf = new Uint8Array(256);
  private tlen = 0;
  // Errors found in the current run of character data: readXml checks a run for ']]>' before its
  // references, and for its end before either, so these wait for the run's end.
  private pendingCdataEnd: XmlError | null = null;
  private pendingReference: XmlError | null = null;

  // Shapes of recent start tags, most recently matched first; where the current text run began.
  private readonly shapes: Shape[] = [];
  private runStart = -1;
  // Shapes pay only where tags repeat: learning stops when it does not, trying when tries fail.
  private shapesLearned = 0;
  private shapesTried = 0;
  private shapesMatched = 0;
  private shapesOff = false;
  /** The shape of the tag tryShape read last, at `namesAt`, until its names' offsets are placed. */
  private namesShape: Shape | null = null;
  private namesAt = 0;
  /** The shape whose attribute ids are in aId, aFlags and the attribute index. */
  private indexShape: Shape | null = null;

  constructor(options: ByteXmlOptions, handlers: ByteXmlHandlers) {
    this.file = options.file;
    this.h = handlers;
    const max = options.maxTextLength ?? DEFAULT_MAX_TEXT_LENGTH;
    if (!Number.isInteger(max) || max < 0)
      throw new RangeError(`maxTextLength must be a non-negative integer`);
    this.max = max;
    const encoder = new TextEncoder();
    this.names = options.names.map((n) => encoder.encode(n));
    if (new Set(options.names).size !== options.names.length) throw new RangeError('names must be unique');
    const n = this.names.length;
    this.knownLen = new Int32Array(n);
    this.knownP0 = new Int32Array(n);
    this.knownP1 = new Int32Array(n);
    this.names.forEach((bytes, id) => {
      if (bytes.length === 0 || bytes.some((c) => c >= 0x80))
        throw new RangeError(`names must be ASCII: ${options.names[id]}`);
      const [p0, p1] = pack(bytes, 0, bytes.length);
      this.knownLen[id] = bytes.length;
      this.knownP0[id] = p0;
      this.knownP1[id] = p1;
    });
    const slots = this.names.map((_, id) =>
      packedSlot(this.knownLen[id]!, this.knownP0[id]!, this.knownP1[id]!),
    );
    // The smallest table in which no two known names share a slot.
    let mask = 255;
    while (new Set(slots.map((h) => h & mask)).size < n) mask = mask * 2 + 1;
    this.mask = mask;
    this.table = new Int32Array(mask + 1).fill(-1);
    slots.forEach((h, id) => (this.table[h & mask] = id));
    this.attrIndex = new Int32Array(this.names.length).fill(-1);
  }

  /** Reads the next bytes of the document. The chunk is not kept: the caller may reuse it. */
  write(chunk: Uint8Array): void {
    if (this.final) throw new Error('write after end');
    const n = chunk.length;
    let off = 0;
    while (off < n) {
      const carry = this.carry;
      if (carry === null) {
        const used = this.run(chunk, off, this.next, n);
        if (used < n) {
          this.carry = chunk.slice(used);
          this.carryAt = this.next + used;
        }
        off = n;
      } else {
        // Read the construct that straddles the boundary in a small seam, then go on in the chunk.
        const take = Math.min(n - off, Math.max(SEAM, carry.length));
        if (carry.length + take > MAX_CONSTRUCT) this.tooLong();
        const seam = new Uint8Array(carry.length + take);
        seam.set(carry);
        seam.set(chunk.subarray(off, off + take), carry.length);
        const used = this.run(seam, 0, this.carryAt, carry.length);
        if (used >= carry.length) {
          off += used - carry.length;
          this.carry = null;
        } else {
          this.carry = seam.subarray(used);
          this.carryAt += used;
          off += take;
        }
      }
    }
    this.next += n;
  }

  /** The document is complete: reads what is left and throws if it is not a whole document. */
  end(): void {
    this.final = true;
    const carry = this.carry;
    this.carry = null;
    if (carry) this.run(carry, 0, this.carryAt, Infinity);
    else this.run(EMPTY, 0, this.next, Infinity);
    if (this.state !== DONE) throw new Error('internal: the byte reader stopped before the end');
  }

  // ---------------------------------------------------------------------------------------------
  // What handlers read during `open`

  /**
   * Where the start tag being handled begins: the file, line and column of its '<', as readXml
   * and xmlLocation name them. Worked out only when asked (for an error about the element), and
   * only while `open` runs.
   */
  tagLocation(): Location & { line: number; column: number } {
    return this.location(this.tagStart - 1);
  }

  /** The element's name. */
  tagName(): string {
    return utf8String(this.b, this.tagStart, this.tagEnd);
  }

  attrCount(): number {
    return this.na;
  }

  attrName(i: number): string {
    if (this.namesShape !== null) this.placeNames();
    return utf8String(this.b, this.aName[i]!, this.aNameEnd[i]!);
  }

  /** Index of the attribute named names[id], or -1. */
  attr(id: number): number {
    return this.attrIndex[id]!;
  }

  /** Attribute i's value, decoded as readXml decodes it. */
  value(i: number): string {
    const vs = this.aVal[i]!;
    const ve = this.aValEnd[i]!;
    if ((this.aFlags[i]! & 1) === 0) return utf8String(this.b, vs, ve);
    return this.valueSlow(vs, ve);
  }

  /** The value of the attribute named names[id], or undefined. */
  valueOf(id: number): string | undefined {
    const i = this.attrIndex[id]!;
    return i < 0 ? undefined : this.value(i);
  }

  /**
   * Attribute i's value as a number when it is written as 1 to `maxDigits` ASCII digits and
   * nothing else (no reference, no space); -1 otherwise (read the string then).
   */
  digits(i: number, maxDigits: number): number {
    const v = this.aNum[i]!;
    return v >= 0 && this.aValEnd[i]! - this.aVal[i]! <= maxDigits ? v : -1;
  }

  /**
   * The value of the attribute named names[id] as a number when it is written as 1 to 15 ASCII
   * digits and nothing else; -1 otherwise, or when the tag has no such attribute.
   */
  numberOf(id: number): number {
    const i = this.attrIndex[id]!;
    return i < 0 ? -1 : this.aNum[i]!;
  }

  /**
   * Attribute i's value as raw bytes, for readers that parse a value themselves: the bytes are
   * valueBytes()[valueStart(i), valueEnd(i)), valid only while `open` runs, and mean what they
   * say only when plain(i) (no reference, no literal whitespace to normalise).
   */
  valueBytes(): Uint8Array {
    return this.b;
  }

  valueStart(i: number): number {
    return this.aVal[i]!;
  }

  valueEnd(i: number): number {
    return this.aValEnd[i]!;
  }

  plain(i: number): boolean {
    return (this.aFlags[i]! & 1) === 0;
  }

  /**
   * Whether attribute i's value, lower-cased, is `lower` (an ASCII lower-case word); null when the
   * value is not plain ASCII and the caller must decode it to tell.
   */
  plainLowerEquals(i: number, lower: string): boolean | null {
    if (this.aFlags[i]! !== 0) return null;
    const b = this.b;
    const vs = this.aVal[i]!;
    const ve = this.aValEnd[i]!;
    let equal = ve - vs === lower.length;
    for (let p = vs; p < ve; p++) {
      let c = b[p]!;
      if (c >= 0x80) return null;
      if (c >= 65 && c <= 90) c |= 0x20;
      if (equal && c !== lower.charCodeAt(p - vs)) equal = false;
    }
    return equal;
  }

  // ---------------------------------------------------------------------------------------------
  // Driving

  /**
   * Reads b[start, end) (b[0] at absolute offset `base`); returns the index up to which all is
   * read. Stops early at the first construct boundary at or after `stop` (seams) or, when not
   * final, where a construct runs past `end`.
   */
  private run(b: Uint8Array, start: number, base: number, stop: number): number {
    this.b = b;
    this.view = new DataView(b.buffer, b.byteOffset, b.byteLength);
    this.limit = b.length;
    this.base = base;
    this.stop = stop;
    this.runStart = -1;
    this.mark(start);
    try {
      let pos = start;
      for (;;) {
        const state = this.state;
        if (state === CONTENT) pos = this.content(pos);
        else if (state === PROLOG) pos = this.prolog(pos);
        else if (state === EPILOG) pos = this.epilog(pos);
        else if (state === START) pos = this.start(pos);
        else return pos;
      }
    } catch (e) {
      if (e !== MORE) throw e;
      this.line = this.markLine;
      this.lineStart = this.markLineStart;
      const keep = this.markPos;
      if (this.final) throw new Error('internal: more input asked for after the end', { cause: e });
      this.retire(keep);
      return keep;
    }
  }

  private mark(pos: number): void {
    this.markPos = pos;
    this.markLine = this.line;
    this.markLineStart = this.lineStart;
  }

  /** Bytes before `keep` are about to go: move the column cursor past them if its line goes on. */
  private retire(keep: number): void {
    const at = this.base + keep;
    if (this.lineStart >= at) return;
    if (this.colLine !== this.line) {
      this.colLine = this.line;
      this.colAt = this.lineStart;
      this.colN = 0;
      this.colState.reset();
    }
    const from = Math.max(0, this.colAt - this.base);
    this.colN += this.colState.count(this.b, from, keep);
    this.colAt = at;
  }

  private tooLong(): never {
    this.fail(
      `a single tag, comment or other construct is longer than ${MAX_CONSTRUCT} bytes; such a report cannot be read`,
      this.markPos,
      'syntax',
    );
  }

  /** The byte at p; -1 past the end of the document; MORE past the bytes at hand. */
  private at(p: number): number {
    if (p < this.limit) return this.b[p]!;
    if (!this.final) throw MORE;
    return -1;
  }

  private startsWithAt(p: number, t: string): boolean {
    for (let i = 0; i < t.length; i++) if (this.at(p + i) !== t.charCodeAt(i)) return false;
    return true;
  }

  private newline(pos: number): void {
    this.line++;
    this.lineStart = this.base + pos + 1;
  }

  private countLines(from: number, to: number): void {
    const b = this.b;
    for (let i = from; i < to; i++) if (b[i] === LF) this.newline(i);
  }

  // ---------------------------------------------------------------------------------------------
  // The document

  private start(pos: number): number {
    let p = pos;
    // TextDecoder drops one byte order mark; readXml skips one more (and does not count it as a column).
    if (this.at(p) === 0xef && this.at(p + 1) === 0xbb && this.at(p + 2) === 0xbf) p += 3;
    if (this.at(p) === 0xef && this.at(p + 1) === 0xbb && this.at(p + 2) === 0xbf) p += 3;
    this.lineStart = this.base + p;
    this.markLineStart = this.lineStart;
    // The declaration may only stand at the very start (after a BOM).
    if (this.startsWithAt(p, '<?xml') && isSpace(this.at(p + 5))) {
      const end = this.find2(p + 6, QM, GT);
      if (end === -1) this.unterminated('XML declaration', '?>', p);
      this.countLines(p, end + 2);
      p = end + 2;
      this.onlySpace = false;
    }
    this.state = PROLOG;
    return p;
  }

  private prolog(pos: number): number {
    pos = this.misc(pos, true);
    if (pos >= this.limit) {
      if (this.onlySpace) this.fail('empty document: expected an XML root element', pos, 'empty');
      this.fail('no root element: the document ends before any element', pos, 'no-root');
    }
    if (this.b[pos] !== LT) this.fail(`no root element: found text ${this.describe(pos)}`, pos, 'no-root');
    if (this.at(pos + 1) === SLASH) this.fail('a close tag with no element open', pos);
    this.state = CONTENT;
    return pos;
  }

  private epilog(pos: number): number {
    pos = this.misc(pos, false);
    if (pos >= this.limit) {
      this.state = DONE;
      return pos;
    }
    if (this.b[pos] === LT && this.nameEnd(pos + 1) > pos + 1)
      this.fail('a second root element: a document has exactly one root element', pos, 'after-root');
    this.fail(`unexpected ${this.describe(pos)} after the root element ended`, pos, 'after-root');
  }

  /**
   * Skips whitespace, comments, processing instructions and (before the root) one DOCTYPE.
   * Returns the offset of the first other thing, or the end of the document.
   */
  private misc(pos: number, prolog: boolean): number {
    const b = this.b;
    const end = this.limit;
    for (;;) {
      while (pos < end) {
        const c = b[pos]!;
        if (c === LF) this.newline(pos);
        else if (c !== SP && c !== TAB && c !== CR) break;
        pos++;
      }
      this.mark(pos);
      if (pos >= end) {
        if (!this.final) throw MORE;
        return pos;
      }
      if (b[pos] !== LT) {
        this.onlySpace = false;
        return pos;
      }
      this.onlySpace = false;
      if (pos >= this.stop) throw MORE;
      const c = this.at(pos + 1);
      if (c === QM) pos = this.pi(pos);
      else if (c === BANG) {
        if (this.startsWithAt(pos, '<!--')) pos = this.comment(pos);
        else if (this.startsWithAt(pos, '<!DOCTYPE')) {
          if (!prolog) this.fail('a DOCTYPE after the root element', pos, 'doctype');
          if (this.sawDoctype) this.fail('a second DOCTYPE', pos, 'doctype');
          pos = this.doctype(pos);
          this.sawDoctype = true;
        } else this.bang(pos);
      } else return pos;
    }
  }

  /** A plain external DOCTYPE only; an internal subset could declare entities and is refused. */
  private doctype(start: number): number {
    let pos = start + 9;
    if (!isSpace(this.at(pos)))
      this.fail(`expected whitespace after '<!DOCTYPE', found ${this.describe(pos)}`, pos);
    pos = this.skipSpace(pos);
    const ne = this.nameEnd(pos);
    if (ne === pos)
      this.fail(`expected the root element's name in the DOCTYPE, found ${this.describe(pos)}`, pos);
    pos = this.skipSpace(ne);
    let literals = 0;
    if (this.startsWithAt(pos, 'SYSTEM')) {
      literals = 1;
      pos += 6;
    } else if (this.startsWithAt(pos, 'PUBLIC')) {
      literals = 2;
      pos += 6;
    }
    for (let i = 0; i < literals; i++) {
      const ws = this.skipSpace(pos);
      if (ws === pos) this.fail(`expected whitespace, found ${this.describe(pos)}`, pos);
      pos = ws;
      const q = this.at(pos);
      if (q !== QUOT && q !== APOS)
        this.fail(`expected a quoted identifier in the DOCTYPE, found ${this.describe(pos)}`, pos);
      const end = this.find1(pos + 1, q);
      if (end === -1) this.unterminated('DOCTYPE identifier', String.fromCharCode(q), pos);
      this.countLines(pos + 1, end);
      pos = end + 1;
    }
    pos = this.skipSpace(pos);
    if (this.at(pos) === LBRACKET) {
      // readXml names the first '<!ENTITY' anywhere after the '[' when it is within 65,536
      // characters; at most 3 bytes a character, so that many bytes decide it.
      const window = pos + 3 * 65536 + 16;
      if (!this.final && window > this.limit) throw MORE;
      const entity = this.findText(pos, Math.min(window, this.limit), '<!ENTITY');
      if (entity !== -1 && utf8String(this.b, pos, entity).length < 65536)
        this.fail(
          'entity declarations (<!ENTITY) are refused: a report needs none, and they enable entity-expansion attacks',
          entity,
          'doctype',
        );
      this.fail(
        "a DOCTYPE with an internal subset ('[') is refused: it can declare entities; only a plain external DOCTYPE is accepted",
        pos,
        'doctype',
      );
    }
    if (this.at(pos) !== GT)
      this.fail(
        `expected '>' to end the DOCTYPE, found ${this.describe(pos)}`,
        pos,
        pos >= this.limit ? 'truncated' : 'syntax',
      );
    return pos + 1;
  }

  /** '<!' that is not a comment, CDATA section or DOCTYPE where one is allowed. */
  private bang(pos: number): never {
    if (this.startsWithAt(pos, '<!ENTITY'))
      this.fail('entity declarations (<!ENTITY) are refused', pos, 'doctype');
    if (this.startsWithAt(pos, '<!DOCTYPE'))
      this.fail('a DOCTYPE is only allowed before the root element', pos, 'doctype');
    if (this.startsWithAt(pos, '<![CDATA['))
      this.fail('a CDATA section is only allowed inside the root element', pos);
    if (this.limit - pos < 9) {
      // Final here: startsWithAt asked for nine bytes or the end.
      if (isPrefixOf(this.b, pos, this.limit, '<!--')) this.unterminated('comment', '-->', pos);
      if (isPrefixOf(this.b, pos, this.limit, '<![CDATA[')) this.unterminated('CDATA section', ']]>', pos);
    }
    this.fail(`expected '<!--' or '<![CDATA[' after '<!', found ${this.describe(pos + 2)}`, pos);
  }

  private comment(start: number): number {
    const end = this.find2(start + 4, DASH, DASH);
    if (end !== -1 && end + 2 >= this.limit && !this.final) throw MORE;
    if (end === -1 || end + 2 >= this.limit) this.unterminated('comment', '-->', start);
    if (this.b[end + 2] !== GT) this.fail("'--' is not allowed inside a comment", end);
    this.countLines(start, end + 3);
    return end + 3;
  }

  private pi(start: number): number {
    const te = this.nameEnd(start + 2);
    if (te >= this.limit) this.unterminated('processing instruction', '?>', start);
    if (te === start + 2)
      this.fail(`expected a processing instruction target after '<?', found ${this.describe(te)}`, te);
    if (equalsIgnoringCase(this.b, start + 2, te, 'xml'))
      this.fail('the XML declaration is only allowed at the very start of the document', start);
    if (!(this.at(te) === QM && this.at(te + 1) === GT) && !isSpace(this.at(te)))
      this.fail(
        `expected whitespace or '?>' after the processing instruction target, found ${this.describe(te)}`,
        te,
      );
    const end = this.find2(te, QM, GT);
    if (end === -1) this.unterminated('processing instruction', '?>', start);
    this.countLines(start, end + 2);
    return end + 2;
  }

  private unterminated(what: string, terminator: string, start: number): never {
    this.fail(
      `unterminated ${what}: no '${terminator}' before the end of input; the file looks truncated`,
      start,
      'truncated',
    );
  }

  /** Inside the root element: markup and character data until the root closes. */
  private content(pos: number): number {
    const b = this.b;
    for (;;) {
      // Right after a construct: the next tag may be one of a shape already read.
      if (
        this.shapes.length !== 0 &&
        !this.shapesOff &&
        !this.capture &&
        this.stop >= this.limit &&
        this.pendingCdataEnd === null &&
        this.pendingReference === null
      ) {
        const next = this.tryShapes(pos);
        if (next !== -1) {
          pos = next;
          continue;
        }
      }
      this.runStart = pos;
      if (b[pos] !== LT || pos >= this.limit) pos = this.text(pos);
      // The run of character data ended at this '<': its errors come out now, in readXml's order.
      if (this.pendingCdataEnd !== null) throw this.pendingCdataEnd;
      if (this.pendingReference !== null) throw this.pendingReference;
      this.mark(pos);
      if (pos >= this.stop) throw MORE;
      const c1 = pos + 1 < this.limit ? b[pos + 1]! : this.at(pos + 1);
      if (c1 === SLASH) {
        pos = this.endTag(pos);
        if (this.depth === 0) {
          this.state = EPILOG;
          return pos;
        }
      } else if (c1 === BANG) {
        if (this.startsWithAt(pos, '<!--')) pos = this.comment(pos);
        else if (this.startsWithAt(pos, '<![CDATA[')) {
          const end = this.find3(pos + 9, RBRACKET, RBRACKET, GT);
          if (end === -1) this.unterminated('CDATA section', ']]>', pos);
          if (this.capture) {
            this.literal();
            this.keep(pos + 9, end);
            this.literal();
          }
          this.countLines(pos, end + 3);
          pos = end + 3;
        } else this.bang(pos);
      } else if (c1 === QM) {
        pos = this.pi(pos);
      } else {
        pos = this.startTag(pos);
        if (this.depth === 0) {
          this.state = EPILOG;
          return pos;
        }
      }
    }
  }

  /** Character data from pos up to the next '<' (returned); throws MORE at the end of the bytes. */
  private text(pos: number): number {
    const b = this.b;
    const end = this.limit;
    let from = pos;
    for (;;) {
      while (pos < end && TEXT_STOP[b[pos]!] === 0) pos++;
      if (pos >= end) {
        if (this.capture) this.keep(from, pos);
        this.mark(pos);
        if (!this.final) throw MORE;
        const d = this.depth - 1;
        this.fail(
          `the document ends inside <${this.stackName(d)}> opened at ${this.stackLine[d]}:${this.stackCol[d]}; the file looks truncated`,
          pos,
          'truncated',
        );
      }
      const c = b[pos]!;
      if (c === LT) {
        if (this.capture) this.keep(from, pos);
        return pos;
      }
      if (c === LF) {
        this.newline(pos);
        pos++;
        continue;
      }
      if (this.capture) this.keep(from, pos);
      from = pos;
      this.mark(pos);
      if (c === AMP) {
        if (this.pendingReference !== null) {
          pos++;
          continue;
        }
        let cp: number;
        try {
          cp = this.reference(pos);
        } catch (e) {
          if (!(e instanceof XmlError)) throw e;
          this.pendingReference = e;
          pos++;
          continue;
        }
        if (this.capture) this.keepString(String.fromCodePoint(cp));
        pos = this.after;
        from = pos;
        continue;
      }
      // ']': is it the first of ']]>'?
      if (this.pendingCdataEnd === null && this.at(pos + 1) === RBRACKET && this.at(pos + 2) === GT)
        this.pendingCdataEnd = this.error("']]>' is not allowed in text (write ']]&gt;')", pos, 'syntax');
      pos++;
    }
  }

  private startTag(lt: number): number {
    this.clearIndexShape();
    this.namesShape = null;
    const b = this.b;
    const end = this.limit;
    let pos = lt + 1;
    // The usual name, ASCII and well inside the bytes at hand, is read here, packed as it goes
    // (see known); any other goes the long way, through name.
    let ne = pos;
    let p0 = 0;
    let p1 = 0;
    let t = 0;
    if (pos < end && NAME_BYTE[b[pos]!] === 3) {
      p0 = b[pos]!;
      ne++;
      while (ne < end && ((t = NAME_BYTE[b[ne]!]!) & 2) !== 0) {
        const k = ne - pos;
        if (k < 4) p0 = (p0 << 8) | b[ne]!;
        else if (k < 8) p1 = (p1 << 8) | b[ne]!;
        ne++;
      }
    }
    let id: number;
    if (ne === pos || ne >= end || t === 4) {
      ne = this.name(pos);
      if (ne === pos) {
        if (pos >= end) this.truncatedTag(lt);
        this.fail(`expected an element name after '<', found ${this.describe(pos)}`, pos);
      }
      id = this.nameId;
    } else id = this.known(pos, ne - pos, p0, p1);
    this.tagStart = pos;
    this.tagEnd = ne;
    let selfClosing = false;
    let na = 0;
    pos = ne;
    for (;;) {
      // Past the bytes at hand, c is -1: nothing matches it.
      let c = pos < end ? b[pos]! : -1;
      const before = pos;
      while (c === SP || c === LF || c === TAB || c === CR) {
        if (c === LF) this.newline(pos);
        c = ++pos < end ? b[pos]! : -1;
      }
      if (c === GT) {
        pos++;
        break;
      }
      if (pos >= end) this.truncatedTag(lt);
      if (c === SLASH) {
        if (pos + 1 >= end) this.truncatedTag(lt);
        if (b[pos + 1] !== GT)
          this.fail(`expected '/>' to end <${this.tagName()}>, found ${this.describe(pos)}`, pos);
        pos += 2;
        selfClosing = true;
        break;
      }
      if (pos === before)
        this.fail(
          `expected whitespace, '>' or '/>' in <${this.tagName()}>, found ${this.describe(pos)}`,
          pos,
        );
      // An attribute: name = "value" | 'value'
      const an = pos;
      let ae = an;
      p0 = 0;
      p1 = 0;
      t = 0;
      if (NAME_BYTE[b[an]!] === 3) {
        p0 = b[an]!;
        ae++;
        while (ae < end && ((t = NAME_BYTE[b[ae]!]!) & 2) !== 0) {
          const k = ae - an;
          if (k < 4) p0 = (p0 << 8) | b[ae]!;
          else if (k < 8) p1 = (p1 << 8) | b[ae]!;
          ae++;
        }
      }
      let aid: number;
      let wide = false;
      if (ae === an || ae >= end || t === 4) {
        ae = this.name(an);
        if (ae === an)
          this.fail(
            `expected an attribute name or '>' in <${this.tagName()}>, found ${this.describe(an)}`,
            an,
          );
        wide = this.wide;
        aid = this.nameId;
      } else aid = this.known(an, ae - an, p0, p1);
      pos = ae;
      c = pos < end ? b[pos]! : -1;
      while (c === SP || c === LF || c === TAB || c === CR) {
        if (c === LF) this.newline(pos);
        c = ++pos < end ? b[pos]! : -1;
      }
      if (c !== EQ) {
        if (pos >= end) this.truncatedTag(lt);
        this.fail(
          `expected '=' after the attribute name ${utf8String(b, an, ae)}, found ${this.describe(pos)}`,
          pos,
        );
      }
      c = ++pos < end ? b[pos]! : -1;
      while (c === SP || c === LF || c === TAB || c === CR) {
        if (c === LF) this.newline(pos);
        c = ++pos < end ? b[pos]! : -1;
      }
      if (c !== QUOT && c !== APOS) {
        if (pos >= end) this.truncatedTag(lt);
        this.fail(
          `expected a quoted value for the attribute ${utf8String(b, an, ae)}, found ${this.describe(pos)}`,
          pos,
        );
      }
      const vs = pos + 1;
      let ve = vs;
      let flags = 0;
      // Numbers are most values: their digits are read as they are scanned.
      let num = 0;
      while (ve < end) {
        const digit = b[ve]! - 48;
        if (digit >>> 0 >= 10) break;
        num = num * 10 + digit;
        ve++;
      }
      if (ve === vs || ve - vs > 15 || b[ve] !== c) num = -1;
      for (;;) {
        while (ve < end && VALUE_STOP[b[ve]!] === 0) ve++;
        if (ve >= end) {
          if (!this.final) throw MORE;
          this.unterminated(`value of the attribute ${utf8String(b, an, ae)}`, String.fromCharCode(c), pos);
        }
        const d = b[ve]!;
        if (d === c) break;
        if (d === LF) this.newline(ve);
        if (d !== QUOT && d !== APOS) flags = 1;
        ve++;
      }
      if (flags !== 0) this.checkValue(vs, ve, an, ae);
      if (na === this.aName.length) this.growAttributes();
      if (na > 0) {
        if (aid >= 0 && na < 32) {
          // A known name (ASCII) equals only itself.
          const ids = this.aId;
          for (let j = 0; j < na; j++) if (ids[j] === aid) this.duplicate(an, ae);
        } else this.checkDuplicate(na, an, ae, aid, wide);
      }
      this.aName[na] = an;
      this.aNameEnd[na] = ae;
      this.aId[na] = aid;
      this.aVal[na] = vs;
      this.aValEnd[na] = ve;
      this.aNum[na] = num;
      this.aFlags[na] = flags | (wide ? 2 : 0);
      na++;
      pos = ve + 1;
    }
    // Complete: from here on nothing is read again.
    this.na = na;
    const index = this.attrIndex;
    for (let i = 0; i < na; i++) {
      const aid = this.aId[i]!;
      if (aid >= 0) index[aid] = i;
    }
    if (this.parts.length !== 0 || this.tlen !== 0) this.flush();
    if (this.runStart >= 0 && !this.capture && !this.shapesOff) this.learn(lt, pos, id, selfClosing);
    if (selfClosing) {
      this.h.open(id, true);
      this.h.close(id);
    } else {
      const d = this.depth;
      if (d >= MAX_DEPTH) this.fail(`elements nest deeper than ${MAX_DEPTH} levels`, lt, 'too-deep');
      this.push(lt, id);
      this.h.open(id, false);
    }
    for (let i = 0; i < na; i++) {
      const aid = this.aId[i]!;
      if (aid >= 0) index[aid] = -1;
    }
    return pos;
  }

  /**
   * Remembers the start tag just read at `lt` (ending before `end`), with the whitespace run before
   * it, as a shape: when its names are ASCII and its values plain (no reference, no literal
   * whitespace), the same bytes with other values are the same well-formed tag.
   */
  private learn(lt: number, end: number, id: number, selfClosing: boolean): void {
    const b = this.b;
    const from = this.runStart;
    const na = this.na;
    if (na === 0 || end - from > MAX_SHAPE || na > 16) return;
    if (++this.shapesLearned > 256 && this.shapesLearned > this.shapesMatched) {
      this.shapesOff = true;
      return;
    }
    for (let i = from; i < lt; i++) {
      const c = b[i]!;
      if (c !== SP && c !== TAB && c !== LF && c !== CR) return;
    }
    // A line end inside the tag would move with the values before it: such tags are not shapes.
    for (let i = lt; i < end; i++) if (b[i] === LF) return;
    for (let i = 0; i < na; i++) if (this.aFlags[i] !== 0) return;
    const segEnd = new Int32Array(na + 1);
    const nameAt = new Int32Array(na);
    const nameLen = new Int32Array(na);
    const nameId = new Int32Array(na);
    const bytes = new Uint8Array(end - from);
    let at = 0;
    let segStart = from;
    for (let i = 0; i <= na; i++) {
      const segEndAt = i < na ? this.aVal[i]! : end;
      bytes.set(b.subarray(segStart, segEndAt), at);
      if (i < na) {
        nameAt[i] = this.aName[i]! - segStart;
        nameLen[i] = this.aNameEnd[i]! - this.aName[i]!;
        nameId[i] = this.aId[i]!;
      }
      at += segEndAt - segStart;
      segEnd[i] = at;
      if (i < na) segStart = this.aValEnd[i]!;
    }
    let lineEnds = 0;
    let lastLineEnd = -1;
    for (let i = from; i < lt; i++)
      if (b[i] === LF) {
        lineEnds++;
        lastLineEnd = i - from;
      }
    const words = new Int32Array(at);
    const view = new DataView(bytes.buffer);
    for (let q = 0; q + 4 <= at; q++) words[q] = view.getInt32(q, true);
    const halves = new Int16Array(at);
    for (let q = 0; q + 2 <= at; q++) halves[q] = view.getInt16(q, true);
    const shape: Shape = {
      bytes: bytes.subarray(0, at),
      words,
      halves,
      segEnd,
      slots: na,
      id,
      selfClosing,
      lt: lt - from,
      nameLength: this.tagEnd - this.tagStart,
      lineEnds,
      lastLineEnd,
      nameAt,
      nameLen,
      nameId,
    };
    if (this.shapes.length === SHAPES) this.shapes.pop();
    this.shapes.unshift(shape);
  }

  /** The offset after a tag of a known shape at pos (with the whitespace before it), or -1. */
  private tryShapes(pos: number): number {
    const shapes = this.shapes;
    if (++this.shapesTried > 4096 && this.shapesMatched < this.shapesTried >>> 3) this.shapesOff = true;
    for (let k = 0; k < shapes.length; k++) {
      const shape = shapes[k]!;
      const next = this.tryShape(shape, pos);
      if (next !== -1) {
        this.shapesMatched++;
        if (k !== 0) {
          shapes[k] = shapes[0]!;
          shapes[0] = shape;
        }
        return next;
      }
    }
    return -1;
  }

  private tryShape(shape: Shape, pos: number): number {
    const b = this.b;
    const end = this.limit;
    const view = this.view;
    const bytes = shape.bytes;
    const words = shape.words;
    const halves = shape.halves;
    const segEnd = shape.segEnd;
    const slots = shape.slots;
    const aVal = this.aVal;
    const aValEnd = this.aValEnd;
    const aNum = this.aNum;
    let p = pos;
    let q = 0;
    for (let i = 0; ; i++) {
      const e = segEnd[i]!;
      const len = e - q;
      if (p + len > end) return -1;
      if (len >= 4) {
        // Four bytes at a time; the last four overlap the ones before when len is not a multiple.
        if (view.getInt32(p, true) !== words[q] || view.getInt32(p + len - 4, true) !== words[e - 4])
          return -1;
        for (let k = 4; k < len - 4; k += 4) if (view.getInt32(p + k, true) !== words[q + k]) return -1;
      } else if (len >= 2) {
        if (view.getInt16(p, true) !== halves[q] || (len === 3 && b[p + 2] !== bytes[q + 2])) return -1;
      } else if (len === 1 && b[p] !== bytes[q]) return -1;
      p += len;
      q = e;
      if (i === slots) break;
      // Value i: plain bytes up to its closing quote, which the next segment starts with.
      const quote = bytes[q - 1]!;
      const vs = p;
      let num = 0;
      let c = p < end ? b[p]! : -1;
      while ((c - 48) >>> 0 < 10) {
        num = num * 10 + (c - 48);
        c = ++p < end ? b[p]! : -1;
      }
      // Digits and the quote (nearly every value) need no second look.
      if (c !== quote || p === vs || p - vs > 15) {
        num = -1;
        for (;;) {
          while (p < end && VALUE_STOP[b[p]!] === 0) p++;
          if (p >= end) return -1;
          const d = b[p]!;
          if (d === quote) break;
          if (d !== QUOT && d !== APOS) return -1;
          p++;
        }
      }
      // Written straight away: a shape that does not match leaves them to startTag to overwrite.
      aVal[i] = vs;
      aValEnd[i] = p;
      aNum[i] = num;
    }
    // The same tag as one already read, but for its values: read it as startTag would have.
    if (shape.lineEnds !== 0) {
      this.line += shape.lineEnds;
      this.lineStart = this.base + pos + shape.lastLineEnd + 1;
    }
    const lt = pos + shape.lt;
    this.tagStart = lt + 1;
    this.tagEnd = lt + 1 + shape.nameLength;
    const na = shape.slots;
    // Ids, flags and the index stay as they are while the same shape repeats.
    if (this.indexShape !== shape) {
      this.clearIndexShape();
      const index = this.attrIndex;
      for (let i = 0; i < na; i++) {
        const aid = shape.nameId[i]!;
        this.aId[i] = aid;
        this.aFlags[i] = 0;
        if (aid >= 0) index[aid] = i;
      }
      this.indexShape = shape;
    }
    // Where the names are is worked out only if a handler asks (attrName).
    this.namesShape = shape;
    this.namesAt = pos;
    this.na = na;
    const id = shape.id;
    if (shape.selfClosing) {
      this.h.open(id, true);
      this.h.close(id);
    } else {
      this.mark(lt);
      if (this.depth >= MAX_DEPTH) this.fail(`elements nest deeper than ${MAX_DEPTH} levels`, lt, 'too-deep');
      this.push(lt, id);
      this.h.open(id, false);
    }
    return p;
  }

  /** The attribute names' offsets of the tag tryShape read last (the shape says where they are). */
  private placeNames(): void {
    const shape = this.namesShape!;
    this.namesShape = null;
    for (let i = 0; i < shape.slots; i++) {
      const an = (i === 0 ? this.namesAt : this.aValEnd[i - 1]!) + shape.nameAt[i]!;
      this.aName[i] = an;
      this.aNameEnd[i] = an + shape.nameLen[i]!;
    }
  }

  /** Forgets the ids a shape left in the attribute index (see tryShape). */
  private clearIndexShape(): void {
    const shape = this.indexShape;
    if (shape === null) return;
    for (let i = 0; i < shape.slots; i++) {
      const aid = shape.nameId[i]!;
      if (aid >= 0) this.attrIndex[aid] = -1;
    }
    this.indexShape = null;
  }

  private endTag(lt: number): number {
    const b = this.b;
    const d = this.depth - 1;
    let pos = lt + 2;
    const ne = this.nameEnd(pos);
    if (!this.sameName(d, pos, ne)) {
      if (ne >= this.limit) this.truncatedTag(lt);
      const expected = this.stackName(d);
      const found =
        ne === pos ? `'</' followed by ${this.describe(pos)}` : `</${clip(utf8String(b, pos, ne))}>`;
      this.fail(
        `expected </${expected}>, found ${found} (<${expected}> was opened at ${this.stackLine[d]}:${this.stackCol[d]})`,
        lt,
        ne === pos ? 'syntax' : 'mismatched-tag',
      );
    }
    pos = this.skipSpace(ne);
    if (this.at(pos) !== GT) {
      if (pos >= this.limit) this.truncatedTag(lt);
      this.fail(`expected '>' to end </${this.stackName(d)}>, found ${this.describe(pos)}`, pos);
    }
    if (this.parts.length !== 0 || this.tlen !== 0) this.flush();
    this.depth = d;
    this.h.close(this.stackId[d]!);
    return pos + 1;
  }

  /** The input ends inside the tag that starts at `lt`. */
  private truncatedTag(lt: number): never {
    if (!this.final) throw MORE;
    const open = this.location(lt);
    this.fail(
      `the document ends inside the tag begun at ${open.line}:${open.column}; the file looks truncated`,
      this.limit,
      'truncated',
    );
  }

  private push(lt: number, id: number): void {
    const d = this.depth;
    const len = this.tagEnd - this.tagStart;
    const at = this.poolAt[d]!;
    if (at + len > this.pool.length) {
      const grown = new Uint8Array(Math.max(this.pool.length * 2, at + len));
      grown.set(this.pool);
      this.pool = grown;
    }
    this.pool.set(this.b.subarray(this.tagStart, this.tagEnd), at);
    this.poolAt[d + 1] = at + len;
    this.stackId[d] = id;
    this.stackLine[d] = this.markLine;
    this.stackCol[d] = this.column(this.markLine, this.markLineStart, lt, true);
    this.depth = d + 1;
  }

  private stackName(d: number): string {
    return utf8String(this.pool, this.poolAt[d]!, this.poolAt[d + 1]!);
  }

  /** Whether b[a, e) names open element d (as decoded text: two ill-formed bytes may both be U+FFFD). */
  private sameName(d: number, a: number, e: number): boolean {
    const pool = this.pool;
    const s = this.poolAt[d]!;
    const len = this.poolAt[d + 1]! - s;
    const b = this.b;
    if (e - a === len) {
      let i = 0;
      while (i < len && b[a + i] === pool[s + i]) i++;
      if (i === len) return true;
    }
    let wide = false;
    for (let i = a; i < e && !wide; i++) wide = b[i]! >= 0x80;
    for (let i = 0; i < len && !wide; i++) wide = pool[s + i]! >= 0x80;
    return wide && utf8String(b, a, e) === this.stackName(d);
  }

  private growAttributes(): void {
    const n = this.aName.length * 2;
    const grow = (a: Int32Array) => {
      const g = new Int32Array(n);
      g.set(a);
      return g;
    };
    this.aName = grow(this.aName);
    this.aNameEnd = grow(this.aNameEnd);
    this.aId = grow(this.aId);
    this.aVal = grow(this.aVal);
    this.aValEnd = grow(this.aValEnd);
    const f = new Uint8Array(n);
    f.set(this.aFlags);
    this.aFlags = f;
    const num = new Float64Array(n);
    num.set(this.aNum);
    this.aNum = num;
  }

  private checkDuplicate(na: number, an: number, ae: number, aid: number, wide: boolean): void {
    const b = this.b;
    if (na >= 32) {
      // Many attributes: look names up instead of comparing with each, as readXml does.
      if (na === 32 || this.seen === null) {
        this.seen = new Set<string>();
        for (let j = 0; j < na; j++) this.seen.add(utf8String(b, this.aName[j]!, this.aNameEnd[j]!));
      }
      const key = utf8String(b, an, ae);
      if (this.seen.has(key)) this.duplicate(an, ae);
      this.seen.add(key);
      return;
    }
    const len = ae - an;
    let key: string | null = null;
    for (let j = 0; j < na; j++) {
      const jid = this.aId[j]!;
      if (aid >= 0 || jid >= 0) {
        // Known names are ASCII: equal ids are equal names, and a known name equals no other.
        if (aid === jid) this.duplicate(an, ae);
        continue;
      }
      const s = this.aName[j]!;
      const e = this.aNameEnd[j]!;
      if (e - s === len) {
        let i = 0;
        while (i < len && b[an + i] === b[s + i]) i++;
        if (i === len) this.duplicate(an, ae);
      }
      if (wide || (this.aFlags[j]! & 2) !== 0) {
        key ??= utf8String(b, an, ae);
        if (utf8String(b, s, e) === key) this.duplicate(an, ae);
      }
    }
  }

  private duplicate(an: number, ae: number): never {
    this.fail(`duplicate attribute ${utf8String(this.b, an, ae)} in <${this.tagName()}>`, an);
  }

  /** Checks a value with references or literal whitespace: no '<', and only known references. */
  private checkValue(vs: number, ve: number, an: number, ae: number): void {
    const b = this.b;
    for (let i = vs; i < ve; i++) {
      const c = b[i]!;
      if (c === LT)
        this.fail(
          `'<' is not allowed in the value of the attribute ${utf8String(b, an, ae)} (write &lt;, or is a closing quote missing?)`,
          i,
        );
      if (c === AMP) {
        this.reference(i);
        i = this.after - 1;
      }
    }
  }

  /** A value with references decoded and literal tab, CR and LF made spaces (CR LF: one space). */
  private valueSlow(vs: number, ve: number): string {
    const b = this.b;
    let out = '';
    let from = vs;
    for (let i = vs; i < ve; i++) {
      const c = b[i]!;
      if (c === AMP) {
        const cp = this.reference(i);
        out += utf8String(b, from, i) + String.fromCodePoint(cp);
        i = this.after - 1;
        from = this.after;
      } else if (c === TAB || c === LF || c === CR) {
        out += utf8String(b, from, i) + ' ';
        if (c === CR && i + 1 < ve && b[i + 1] === LF) i++;
        from = i + 1;
      }
    }
    return out + utf8String(b, from, ve);
  }

  /**
   * The code point the reference at `amp` (an '&') stands for; sets `after`. Only the five
   * predefined entities and numeric references to XML characters exist here.
   */
  private reference(amp: number): number {
    const b = this.b;
    let p = amp + 1;
    if (this.at(p) === HASH) {
      const { hex, digits, end, value: v } = numericReference((i) => this.at(i), p + 1);
      p = end;
      if (p === digits || this.at(p) !== SEMI)
        this.fail(
          `malformed character reference: expected ${hex ? '&#x, hex digits' : '&#, digits'} and ';', found ${this.describe(p)}`,
          amp,
          'entity',
        );
      if (!isXmlChar(v))
        this.fail(
          `the character reference ${clip(utf8String(b, amp, p + 1))} names a character XML does not allow`,
          amp,
          'entity',
        );
      this.after = p + 1;
      return v;
    }
    const ne = this.nameEnd(p);
    if (ne === p || this.at(ne) !== SEMI)
      this.fail(
        "'&' must start a reference such as &amp; or &#38; (write &amp; for a literal '&')",
        amp,
        'entity',
      );
    this.after = ne + 1;
    const len = ne - p;
    const c0 = b[p];
    if (len === 2 && b[p + 1] === 0x74 /* t */ && (c0 === 0x6c /* l */ || c0 === 0x67) /* g */)
      return c0 === 0x6c ? 60 : 62;
    if (len === 3 && c0 === 0x61 && b[p + 1] === 0x6d && b[p + 2] === 0x70) return 38; // amp
    if (len === 4 && occursAt(b, p, ne, 'quot')) return 34;
    if (len === 4 && occursAt(b, p, ne, 'apos')) return 39;
    this.fail(
      `undefined entity ${clip(utf8String(b, amp, ne + 1))}: only &lt; &gt; &amp; &quot; &apos; and numeric references are read`,
      amp,
      'entity',
    );
  }

  // ---------------------------------------------------------------------------------------------
  // Character data for `text`

  /** Adds literal bytes b[a, e) to the run, up to a little more than the run can deliver. */
  private keep(a: number, e: number): void {
    if (e <= a) return;
    // Three bytes at most make one UTF-16 code unit; beyond that much nothing is delivered.
    const room = 3 * (this.max + 2) - this.tlen - 3 * this.partsLength;
    if (room <= 0) return;
    if (e - a > room) e = a + room;
    const need = this.tlen + (e - a);
    if (need > this.tbuf.length) {
      const grown = new Uint8Array(Math.max(need, this.tbuf.length * 2));
      grown.set(this.tbuf.subarray(0, this.tlen));
      this.tbuf = grown;
    }
    this.tbuf.set(this.b.subarray(a, e), this.tlen);
    this.tlen = need;
  }

  /** Ends a literal run: CR LF and a lone CR become LF, as readXml's text does (not a reference's CR). */
  private literal(): void {
    if (this.tlen === 0) return;
    const s = utf8String(this.tbuf, 0, this.tlen).replace(/\r\n?/g, '\n');
    this.tlen = 0;
    this.parts.push(s);
    this.partsLength += s.length;
  }

  private keepString(s: string): void {
    this.literal();
    if (this.partsLength > this.max + 2) return;
    this.parts.push(s);
    this.partsLength += s.length;
  }

  private flush(): void {
    this.literal();
    let run = this.parts.join('');
    this.parts = [];
    this.partsLength = 0;
    if (run.length > this.max) {
      let cut = this.max;
      const last = run.charCodeAt(cut - 1);
      if (cut > 0 && last >= 0xd800 && last <= 0xdbff) cut--;
      run = run.slice(0, cut);
    }
    if (run.length !== 0 || this.max === 0) this.h.text?.(run);
  }

  // ---------------------------------------------------------------------------------------------
  // Names, characters, searches

  /** The id of the known name b[a, e) that nameEnd just read, or -1. */
  private lookup(a: number, e: number): number {
    if (this.wide) return -1;
    const [p0, p1] = pack(this.b, a, e);
    return this.known(a, e - a, p0, p1);
  }

  /** The id of the ASCII name of `len` bytes at b[a] whose first eight bytes pack to p0, p1; or -1. */
  private known(a: number, len: number, p0: number, p1: number): number {
    const id = this.table[packedSlot(len, p0, p1) & this.mask]!;
    if (id < 0 || this.knownLen[id] !== len || this.knownP0[id] !== p0 || this.knownP1[id] !== p1) return -1;
    if (len > 8) {
      const name = this.names[id]!;
      const b = this.b;
      for (let i = 8; i < len; i++) if (b[a + i] !== name[i]) return -1;
    }
    return id;
  }

  /**
   * nameEnd, and the name's id in `nameId` (-1 for an unknown name). The usual name, ASCII and
   * well inside the bytes at hand, is read here, packed as it goes; the rest goes to nameEnd.
   */
  private name(pos: number): number {
    const b = this.b;
    const end = this.limit;
    if (pos < end && NAME_BYTE[b[pos]!] === 3) {
      let p0 = b[pos]!;
      let p1 = 0;
      let e = pos + 1;
      let t = 0;
      while (e < end && ((t = NAME_BYTE[b[e]!]!) & 2) !== 0) {
        const k = e - pos;
        if (k < 4) p0 = (p0 << 8) | b[e]!;
        else if (k < 8) p1 = (p1 << 8) | b[e]!;
        e++;
      }
      if (e < end && t !== 4) {
        this.wide = false;
        this.nameId = this.known(pos, e - pos, p0, p1);
        return e;
      }
    }
    const e = this.nameEnd(pos);
    this.nameId = e === pos ? -1 : this.lookup(pos, e);
    return e;
  }

  /** The end of the XML Name starting at `pos`; `pos` itself when there is none. Sets `wide`. */
  private nameEnd(pos: number): number {
    const b = this.b;
    const end = this.limit;
    this.wide = false;
    if (pos >= end) {
      if (!this.final) throw MORE;
      return pos;
    }
    let c = b[pos]!;
    if (c < 128) {
      if ((ASCII[c]! & NAME_START) === 0) return pos;
      pos++;
    } else {
      const cp = this.decodeAt(pos);
      if (!(cp >= 0x10000 ? cp < 0xf0000 : isNonAsciiNameStart(cp))) return pos;
      pos += this.w;
      this.wide = true;
    }
    for (;;) {
      if (pos >= end) {
        if (!this.final) throw MORE;
        break;
      }
      c = b[pos]!;
      if (c < 128) {
        if ((ASCII[c]! & NAME_CHAR) === 0) break;
        pos++;
      } else {
        const cp = this.decodeAt(pos);
        if (!(cp >= 0x10000 ? cp < 0xf0000 : isNonAsciiNameChar(cp))) break;
        pos += this.w;
        this.wide = true;
      }
    }
    return pos;
  }

  /** The code point of the character at pos (U+FFFD for an ill-formed sequence); sets `w`. */
  private decodeAt(pos: number): number {
    const b = this.b;
    const c = b[pos]!;
    this.w = 1;
    if (c < 0x80) return c;
    let need: number;
    let cp: number;
    let lower = 0x80;
    let upper = 0xbf;
    if (c >= 0xc2 && c <= 0xdf) {
      need = 1;
      cp = c & 0x1f;
    } else if (c >= 0xe0 && c <= 0xef) {
      need = 2;
      cp = c & 0x0f;
      if (c === 0xe0) lower = 0xa0;
      else if (c === 0xed) upper = 0x9f;
    } else if (c >= 0xf0 && c <= 0xf4) {
      need = 3;
      cp = c & 0x07;
      if (c === 0xf0) lower = 0x90;
      else if (c === 0xf4) upper = 0x8f;
    } else return 0xfffd;
    let i = pos + 1;
    while (need > 0) {
      if (i >= this.limit) {
        if (!this.final) throw MORE;
        this.w = i - pos;
        return 0xfffd;
      }
      const d = b[i]!;
      if (d < lower || d > upper) {
        this.w = i - pos;
        return 0xfffd;
      }
      lower = 0x80;
      upper = 0xbf;
      cp = (cp << 6) | (d & 0x3f);
      i++;
      need--;
    }
    this.w = i - pos;
    return cp;
  }

  private skipSpace(pos: number): number {
    for (;;) {
      const c = this.at(pos);
      if (c === LF) this.newline(pos);
      else if (c !== SP && c !== TAB && c !== CR) return pos;
      pos++;
    }
  }

  /** The first x at or after pos: -1 at the end of the document, MORE at the end of the bytes. */
  private find1(pos: number, x: number): number {
    const i = this.b.indexOf(x, pos);
    if (i !== -1) return i;
    if (!this.final) throw MORE;
    return -1;
  }

  private find2(pos: number, x: number, y: number): number {
    const b = this.b;
    for (let i = this.b.indexOf(x, pos); i !== -1; i = b.indexOf(x, i + 1)) {
      if (i + 1 >= this.limit) break;
      if (b[i + 1] === y) return i;
    }
    if (!this.final) throw MORE;
    return -1;
  }

  private find3(pos: number, x: number, y: number, z: number): number {
    const b = this.b;
    for (let i = this.b.indexOf(x, pos); i !== -1; i = b.indexOf(x, i + 1)) {
      if (i + 2 >= this.limit) break;
      if (b[i + 1] === y && b[i + 2] === z) return i;
    }
    if (!this.final) throw MORE;
    return -1;
  }

  /** The first occurrence of the ASCII text t in b[pos, limit), or -1. */
  private findText(pos: number, limit: number, t: string): number {
    const b = this.b;
    const first = t.charCodeAt(0);
    for (let i = b.indexOf(first, pos); i !== -1 && i + t.length <= limit; i = b.indexOf(first, i + 1))
      if (occursAt(b, i, limit, t)) return i;
    return -1;
  }

  private describe(pos: number): string {
    if (pos >= this.limit) {
      if (!this.final) throw MORE;
      return 'the end of input';
    }
    const cp = this.decodeAt(pos);
    if (cp < 0x20 || cp === 0x7f) return `character U+${cp.toString(16).toUpperCase().padStart(4, '0')}`;
    return JSON.stringify(String.fromCodePoint(cp));
  }

  // ---------------------------------------------------------------------------------------------
  // Locations

  /**
   * The column of b[pos] on `line`, which starts at absolute offset `ls`: characters counted from
   * the cursor when it is on that line, else from the line's start (then within these bytes).
   * `commit` moves the cursor to pos (pos must start a character).
   */
  private column(line: number, ls: number, pos: number, commit: boolean): number {
    const at = this.base + pos;
    const counter = this.scratch;
    let from: number;
    let n: number;
    if (this.colLine === line && this.colAt >= this.base && this.colAt >= ls && this.colAt <= at) {
      from = this.colAt - this.base;
      n = this.colN;
      counter.copyFrom(this.colState);
    } else {
      from = Math.max(0, ls - this.base);
      n = 0;
      counter.reset();
    }
    n += counter.count(this.b, from, pos);
    // A sequence cut short by the character at pos was one U+FFFD before it.
    if (counter.need !== 0) n++;
    if (commit) {
      this.colLine = line;
      this.colAt = at;
      this.colN = n;
      this.colState.reset();
    }
    return n + 1;
  }

  /** Line and column (1-based, in characters) of b[pos], pos at or after the mark. */
  private location(pos: number): Location & { line: number; column: number } {
    let line = this.markLine;
    let ls = this.markLineStart;
    const b = this.b;
    const to = Math.min(pos, this.limit);
    for (let i = this.markPos; i < to; i++) {
      if (b[i] === LF) {
        line++;
        ls = this.base + i + 1;
      }
    }
    return { file: this.file, line, column: this.column(line, ls, to, false) };
  }

  private error(message: string, pos: number, code: XmlErrorCode): XmlError {
    return new XmlError(message, this.location(pos), code);
  }

  private fail(message: string, pos: number, code: XmlErrorCode = 'syntax'): never {
    throw this.error(message, pos, code);
  }
}

/** A name's first eight bytes packed big-endian into two words: with the length, its identity up to eight bytes. */
function pack(b: Uint8Array, a: number, e: number): [number, number] {
  let p0 = 0;
  let p1 = 0;
  for (let k = 0; k < e - a && k < 8; k++) {
    if (k < 4) p0 = (p0 << 8) | b[a + k]!;
    else p1 = (p1 << 8) | b[a + k]!;
  }
  return [p0, p1];
}

/** A hash of a name's length and packed first eight bytes. */
function packedSlot(len: number, p0: number, p1: number): number {
  const h = Math.imul(p0 ^ Math.imul(p1, 0x27d4eb2d), 0x165667b1) ^ len;
  return h ^ (h >>> 13);
}

/** Whether all of b[pos, end) is a prefix of the ASCII text t ('<!-' of '<!--'). */
function isPrefixOf(b: Uint8Array, pos: number, end: number, t: string): boolean {
  if (end - pos > t.length) return false;
  for (let i = pos; i < end; i++) if (b[i] !== t.charCodeAt(i - pos)) return false;
  return true;
}

/** Whether the ASCII text t stands at b[pos] (within end). */
function occursAt(b: Uint8Array, pos: number, end: number, t: string): boolean {
  if (end - pos < t.length) return false;
  for (let i = 0; i < t.length; i++) if (b[pos + i] !== t.charCodeAt(i)) return false;
  return true;
}

/** Whether b[a, e) is the ASCII word `lower`, ignoring ASCII case. */
function equalsIgnoringCase(b: Uint8Array, a: number, e: number, lower: string): boolean {
  if (e - a !== lower.length) return false;
  for (let i = a; i < e; i++) {
    let c = b[i]!;
    if (c >= 65 && c <= 90) c |= 0x20;
    if (c !== lower.charCodeAt(i - a)) return false;
  }
  return true;
}

/** Reads a whole document held in chunks; for tests and small inputs. */
export function readXmlBytes(
  chunks: Iterable<Uint8Array>,
  options: ByteXmlOptions,
  handlers: ByteXmlHandlers,
  configure?: (reader: ByteXmlReader) => void,
): void {
  const reader = new ByteXmlReader(options, handlers);
  configure?.(reader);
  for (const c of chunks) reader.write(c);
  reader.end();
}
