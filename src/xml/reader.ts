import { InputError, type Location } from '../model/errors.js';
import {
  AMP,
  APOS,
  ASCII,
  BANG,
  clip,
  CR,
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

/**
 * The one way XML is read: a strict, streaming (SAX-style) reader of a whole document held in a
 * string. Coverage and test reports can be 150 MB, so the hot path scans with `indexOf` and
 * `charCodeAt`, builds only the strings a handler receives, and works out line and column only
 * when it throws.
 *
 * Hardened: no entity declarations (any internal DOCTYPE subset is refused), no external fetch,
 * only the five predefined entities and numeric character references, an explicit element stack
 * capped at MAX_DEPTH, linear time on every input.
 *
 * Deliberately not checked, for speed: literal characters that XML forbids (control characters,
 * U+FFFE/U+FFFF) in text and attribute values, and the XML declaration's pseudo-attributes. The
 * encoding declaration is the file reader's business: the source here is already decoded text.
 */

/** Attribute values by name, decoded. A null-prototype object: `__proto__` or `toString` is just a key. */
export type Attributes = Readonly<Record<string, string>>;

export interface XmlHandlers {
  /**
   * An element starts. `attrs` is a null-prototype object with decoded values. `selfClosing` true
   * for <a/>. `at` is the offset of the start tag's '<' in the source: a handler that refuses the
   * element names its line and column with `xmlLocation(source, at, file)`, which is worked out
   * only then.
   */
  open?(name: string, attrs: Attributes, selfClosing: boolean, at: number): void;
  /** An element ends; also called for a self-closing element, right after `open`. */
  close?(name: string): void;
  /**
   * Character data directly inside the current element: decoded text and CDATA, with line ends
   * normalised to `\n`, delivered as one string per run between two tags (comments and
   * processing instructions inside a run are skipped, CDATA joins it). Whitespace-only runs
   * inside the root element are delivered too; nothing outside the root ever is. A run longer
   * than `maxTextLength` UTF-16 code units is cut to that length and `omitted` says how many code
   * units were dropped (0 when the run is whole). Text is only built when this handler is defined.
   */
  text?(text: string, omitted: number): void;
}

export interface XmlOptions {
  /** Named in every error. */
  readonly file: string;
  /** The most UTF-16 code units one `text` call delivers; the rest is counted in `omitted`. Default 1 MiB. */
  readonly maxTextLength?: number;
}

export const DEFAULT_MAX_TEXT_LENGTH = 1024 * 1024;
/** Deeper documents are refused: no real report nests this deep, and the cap bounds the stack. */
export const MAX_DEPTH = 1000;
const NAMES_CACHE_SIZE = 256;

/** What kind of well-formedness error it is, for callers that say more than the message. */
export type XmlErrorCode =
  | 'empty' // nothing but whitespace (or a BOM)
  | 'no-root' // a prolog and no element
  | 'truncated' // the input ends inside the root element or inside a construct
  | 'mismatched-tag' // a close tag that is not the open element's
  | 'after-root' // text or a second element after the root element
  | 'doctype' // a DOCTYPE with an internal subset or entity declarations, or in the wrong place
  | 'entity' // an undefined entity, a malformed or forbidden character reference, a bare '&'
  | 'too-deep' // nesting beyond MAX_DEPTH
  | 'syntax'; // everything else: names, attributes, quotes, stray markup

export class XmlError extends InputError {
  constructor(
    message: string,
    location: Location,
    readonly code: XmlErrorCode,
  ) {
    super(message, location);
  }
}

/** Reads `source` from start to end, calling `handlers` as it goes; throws XmlError at the first fault. */
export function readXml(source: string, options: XmlOptions, handlers: XmlHandlers): void {
  const max = options.maxTextLength ?? DEFAULT_MAX_TEXT_LENGTH;
  if (!Number.isInteger(max) || max < 0) throw new RangeError(`maxTextLength must be a non-negative integer`);
  new Reader(source, options.file, max, handlers).document();
}

/**
 * Reads only what comes before the root element (a BOM, the XML declaration, comments,
 * processing instructions, a DOCTYPE), as readXml reads it: throws the XmlError readXml would
 * throw there, else returns the offset of the root element's '<'. For format detection, which
 * gives the reader's reason when a document is refused before its root.
 */
export function readXmlProlog(source: string, options: XmlOptions): number {
  return new Reader(source, options.file, DEFAULT_MAX_TEXT_LENGTH, {}).prolog();
}

/**
 * The file, line and column (1-based, in characters) of `offset` in `source`, as readXml's errors
 * name them: line ends are LF (CR LF is one line end, its CR a character of the line), a
 * surrogate pair is one column and a leading byte order mark none. Costs a pass over the text
 * before `offset`: for errors only.
 */
export function xmlLocation(
  source: string,
  offset: number,
  file: string,
): Location & { line: number; column: number } {
  const s = source;
  let line = 1;
  let lineStart = 0;
  for (let i = s.indexOf('\n'); i !== -1 && i < offset; i = s.indexOf('\n', i + 1)) {
    line++;
    lineStart = i + 1;
  }
  let column = 1;
  for (let i = lineStart; i < offset; i++) {
    const c = s.charCodeAt(i);
    // The second half of a surrogate pair and a leading BOM are not columns.
    if (c >= 0xdc00 && c <= 0xdfff && i > lineStart) {
      const h = s.charCodeAt(i - 1);
      if (h >= 0xd800 && h <= 0xdbff) continue;
    }
    if (i === 0 && c === 0xfeff) continue;
    column++;
  }
  return { file, line, column };
}

/**
 * The name of the document's first element, looking no further than `limit` characters, for
 * format detection: skips a BOM, the XML declaration, comments, processing instructions and a
 * DOCTYPE. Null when the head holds anything else first. Never throws.
 */
export function xmlRoot(source: string, limit = 4096): string | null {
  const head = source.length > limit ? source.slice(0, limit) : source;
  const n = head.length;
  let p = head.charCodeAt(0) === 0xfeff ? 1 : 0;
  for (;;) {
    while (p < n && isSpace(head.charCodeAt(p))) p++;
    if (head.charCodeAt(p) !== LT) return null;
    let end: number;
    if (head.startsWith('<?', p)) {
      end = head.indexOf('?>', p + 2);
      if (end === -1) return null;
      p = end + 2;
    } else if (head.startsWith('<!--', p)) {
      end = head.indexOf('-->', p + 4);
      if (end === -1) return null;
      p = end + 3;
    } else if (head.startsWith('<!DOCTYPE', p)) {
      end = doctypeEnd(head, p + 9);
      if (end === -1) return null;
      p = end + 1;
    } else {
      const e = nameEnd(head, p + 1);
      // A name cut by the limit is not the name.
      if (e === p + 1 || (e === n && n < source.length)) return null;
      return head.slice(p + 1, e);
    }
  }
}

/**
 * How many code units of a non-ASCII name character start at `pos` (0 if none): 1, or 2 for a
 * surrogate pair in U+10000–U+EFFFF.
 */
function nonAsciiNameWidth(s: string, pos: number, start: boolean): number {
  const c = s.charCodeAt(pos);
  if (c >= 0xd800 && c <= 0xdb7f) {
    const d = s.charCodeAt(pos + 1);
    return d >= 0xdc00 && d <= 0xdfff ? 2 : 0;
  }
  return (start ? isNonAsciiNameStart(c) : isNonAsciiNameChar(c)) ? 1 : 0;
}

/** The end of the XML Name starting at `pos`; `pos` itself when there is none. */
function nameEnd(s: string, pos: number): number {
  const n = s.length;
  if (pos >= n) return pos;
  let c = s.charCodeAt(pos);
  if (c < 128) {
    if ((ASCII[c]! & NAME_START) === 0) return pos;
    pos++;
  } else {
    const w = nonAsciiNameWidth(s, pos, true);
    if (w === 0) return pos;
    pos += w;
  }
  while (pos < n) {
    c = s.charCodeAt(pos);
    if (c < 128) {
      if ((ASCII[c]! & NAME_CHAR) === 0) return pos;
      pos++;
    } else {
      const w = nonAsciiNameWidth(s, pos, false);
      if (w === 0) return pos;
      pos += w;
    }
  }
  return pos;
}

/**
 * Where the DOCTYPE whose body starts at `pos` ends (its '>'), honouring quoted literals and a
 * bracketed internal subset; -1 if it does not end. Used only by xmlRoot, which must not throw.
 */
function doctypeEnd(s: string, pos: number): number {
  let quote = 0;
  let depth = 0;
  for (let i = pos; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (quote !== 0) {
      if (c === quote) quote = 0;
    } else if (c === QUOT || c === APOS) quote = c;
    else if (c === LBRACKET) depth++;
    else if (c === RBRACKET) depth--;
    else if (c === GT && depth <= 0) return i;
  }
  return -1;
}

// ---------------------------------------------------------------------------------------------
// The reader

class Reader {
  private readonly n: number;
  private readonly h: XmlHandlers;
  private readonly onText: XmlHandlers['text'];
  /** Open elements: names and the offsets of their '<'. */
  private readonly names: string[] = [];
  private readonly starts: number[] = [];
  private depth = 0;
  private sawDoctype = false;
  /** The text run being gathered for `onText`. */
  private run = '';
  private omitted = 0;
  private full = false;
  /**
   * Cached positions of the next '&', '\r' and ']]>' at or after the last position asked about
   * (n when there is none). Text positions only move forward, so each cache costs one pass over
   * the document in total instead of a search per text run.
   */
  private ampAt = -1;
  private crAt = -1;
  private cdataEndAt = -1;
  private readonly namesCache: string[] = new Array<string>(NAMES_CACHE_SIZE).fill('');
  private readonly namesAt = new Int32Array(NAMES_CACHE_SIZE);
  /** Set by `reference`: the offset just after the reference it read. */
  private after = 0;

  constructor(
    private readonly s: string,
    private readonly file: string,
    private readonly max: number,
    handlers: XmlHandlers,
  ) {
    this.n = s.length;
    this.h = handlers;
    this.onText = handlers.text;
  }

  document(): void {
    const s = this.s;
    const n = this.n;
    const rootEnd = this.element(this.prolog());
    const pos = this.misc(rootEnd, false);
    if (pos < n) {
      if (s.charCodeAt(pos) === LT && nameEnd(s, pos + 1) > pos + 1)
        this.fail('a second root element: a document has exactly one root element', pos, 'after-root');
      this.fail(`unexpected ${this.describe(pos)} after the root element ended`, pos, 'after-root');
    }
  }

  /** Reads what comes before the root element; returns the offset of the root's '<'. */
  prolog(): number {
    const s = this.s;
    const n = this.n;
    let pos = s.charCodeAt(0) === 0xfeff ? 1 : 0;
    let p = pos;
    while (p < n && isSpace(s.charCodeAt(p))) p++;
    if (p === n) this.fail('empty document: expected an XML root element', p, 'empty');
    // The declaration may only stand at the very start (after a BOM).
    if (s.startsWith('<?xml', pos) && isSpace(s.charCodeAt(pos + 5))) {
      const end = s.indexOf('?>', pos + 6);
      if (end === -1) this.unterminated('XML declaration', '?>', pos);
      pos = end + 2;
    }
    pos = this.misc(pos, true);
    if (pos === n) this.fail('no root element: the document ends before any element', pos, 'no-root');
    if (s.charCodeAt(pos) !== LT)
      this.fail(`no root element: found text ${this.describe(pos)}`, pos, 'no-root');
    if (s.charCodeAt(pos + 1) === SLASH) this.fail('a close tag with no element open', pos);
    return pos;
  }

  /**
   * Skips whitespace, comments, processing instructions and (before the root) one DOCTYPE.
   * Returns the offset of the first other thing, or n.
   */
  private misc(pos: number, prolog: boolean): number {
    const s = this.s;
    const n = this.n;
    for (;;) {
      while (pos < n && isSpace(s.charCodeAt(pos))) pos++;
      if (pos >= n || s.charCodeAt(pos) !== LT) return pos;
      const c = s.charCodeAt(pos + 1);
      if (c === QM) pos = this.pi(pos);
      else if (c === BANG) {
        if (s.startsWith('<!--', pos)) pos = this.comment(pos);
        else if (s.startsWith('<!DOCTYPE', pos)) {
          if (!prolog) this.fail('a DOCTYPE after the root element', pos, 'doctype');
          if (this.sawDoctype) this.fail('a second DOCTYPE', pos, 'doctype');
          this.sawDoctype = true;
          pos = this.doctype(pos);
        } else this.bang(pos);
      } else return pos;
    }
  }

  /**
   * A DOCTYPE is accepted only as a plain external reference, which is never fetched:
   * `<!DOCTYPE name>`, `<!DOCTYPE name SYSTEM "uri">`, `<!DOCTYPE name PUBLIC "id" "uri">`.
   * An internal subset could declare entities (billion laughs, external entity fetches): refused.
   */
  private doctype(start: number): number {
    const s = this.s;
    let pos = start + 9;
    if (!isSpace(s.charCodeAt(pos)))
      this.fail(`expected whitespace after '<!DOCTYPE', found ${this.describe(pos)}`, pos);
    pos = this.skipSpace(pos);
    const ne = nameEnd(s, pos);
    if (ne === pos)
      this.fail(`expected the root element's name in the DOCTYPE, found ${this.describe(pos)}`, pos);
    pos = this.skipSpace(ne);
    let literals = 0;
    if (s.startsWith('SYSTEM', pos)) {
      literals = 1;
      pos += 6;
    } else if (s.startsWith('PUBLIC', pos)) {
      literals = 2;
      pos += 6;
    }
    for (let i = 0; i < literals; i++) {
      const ws = this.skipSpace(pos);
      if (ws === pos) this.fail(`expected whitespace, found ${this.describe(pos)}`, pos);
      pos = ws;
      const q = s.charCodeAt(pos);
      if (q !== QUOT && q !== APOS)
        this.fail(`expected a quoted identifier in the DOCTYPE, found ${this.describe(pos)}`, pos);
      const end = s.indexOf(q === QUOT ? '"' : "'", pos + 1);
      if (end === -1) this.unterminated('DOCTYPE identifier', String.fromCharCode(q), pos);
      pos = end + 1;
    }
    pos = this.skipSpace(pos);
    if (s.charCodeAt(pos) === LBRACKET) {
      const entity = s.indexOf('<!ENTITY', pos);
      if (entity !== -1 && entity - pos < 65536)
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
    if (s.charCodeAt(pos) !== GT)
      this.fail(`expected '>' to end the DOCTYPE, found ${this.describe(pos)}`, pos, this.eofCode(pos));
    return pos + 1;
  }

  /** '<!' that is not a comment, CDATA section or DOCTYPE where one is allowed. */
  private bang(pos: number): never {
    const s = this.s;
    if (s.startsWith('<!ENTITY', pos))
      this.fail('entity declarations (<!ENTITY) are refused', pos, 'doctype');
    if (s.startsWith('<!DOCTYPE', pos))
      this.fail('a DOCTYPE is only allowed before the root element', pos, 'doctype');
    if (s.startsWith('<![CDATA[', pos))
      this.fail('a CDATA section is only allowed inside the root element', pos);
    if (this.n - pos < 9) {
      const rest = s.slice(pos);
      if ('<!--'.startsWith(rest)) this.unterminated('comment', '-->', pos);
      if ('<![CDATA['.startsWith(rest)) this.unterminated('CDATA section', ']]>', pos);
    }
    this.fail(`expected '<!--' or '<![CDATA[' after '<!', found ${this.describe(pos + 2)}`, pos);
  }

  private comment(start: number): number {
    const end = this.s.indexOf('--', start + 4);
    if (end === -1 || end + 2 >= this.n) this.unterminated('comment', '-->', start);
    if (this.s.charCodeAt(end + 2) !== GT) this.fail("'--' is not allowed inside a comment", end);
    return end + 3;
  }

  private pi(start: number): number {
    const s = this.s;
    const te = nameEnd(s, start + 2);
    if (te >= this.n) this.unterminated('processing instruction', '?>', start);
    if (te === start + 2)
      this.fail(`expected a processing instruction target after '<?', found ${this.describe(te)}`, te);
    if (te - start - 2 === 3 && s.slice(start + 2, te).toLowerCase() === 'xml')
      this.fail('the XML declaration is only allowed at the very start of the document', start);
    if (!s.startsWith('?>', te) && !isSpace(s.charCodeAt(te)))
      this.fail(
        `expected whitespace or '?>' after the processing instruction target, found ${this.describe(te)}`,
        te,
      );
    const end = s.indexOf('?>', te);
    if (end === -1) this.unterminated('processing instruction', '?>', start);
    return end + 2;
  }

  private unterminated(what: string, terminator: string, start: number): never {
    this.fail(
      `unterminated ${what}: no '${terminator}' before the end of input; the file looks truncated`,
      start,
      'truncated',
    );
  }

  /** Reads the root element at `pos` (a '<') and everything in it; returns the offset after it. */
  private element(pos: number): number {
    const s = this.s;
    const n = this.n;
    const names = this.names;
    const starts = this.starts;
    const onText = this.onText;
    for (;;) {
      // Here s[pos] === '<' and the depth is the number of open elements.
      const c1 = s.charCodeAt(pos + 1);
      if (c1 === SLASH) {
        pos = this.endTag(pos);
        if (this.depth === 0) return pos;
      } else if (c1 === BANG) {
        if (s.startsWith('<!--', pos)) pos = this.comment(pos);
        else if (s.startsWith('<![CDATA[', pos)) {
          const end = s.indexOf(']]>', pos + 9);
          if (end === -1) this.unterminated('CDATA section', ']]>', pos);
          if (onText !== undefined) this.addRaw(pos + 9, end);
          pos = end + 3;
        } else this.bang(pos);
      } else if (c1 === QM) {
        pos = this.pi(pos);
      } else {
        pos = this.startTag(pos);
        if (this.depth === 0) return pos;
      }
      // Character data up to the next markup.
      const lt = s.indexOf('<', pos);
      if (lt === -1) {
        const d = this.depth - 1;
        const open = this.location(starts[d]!);
        this.fail(
          `the document ends inside <${names[d]}> opened at ${open.line}:${open.column}; the file looks truncated`,
          n,
          'truncated',
        );
      }
      if (lt > pos) {
        if (this.cdataEnd(pos) < lt)
          this.fail("']]>' is not allowed in text (write ']]&gt;')", this.cdataEndAt, 'syntax');
        if (onText !== undefined) this.addText(pos, lt);
        else this.checkText(pos, lt);
      }
      pos = lt;
    }
  }

  private startTag(lt: number): number {
    const s = this.s;
    const n = this.n;
    let pos = lt + 1;
    const ne = nameEnd(s, pos);
    if (ne === pos) {
      if (pos >= n) this.truncatedTag(lt);
      this.fail(`expected an element name after '<', found ${this.describe(pos)}`, pos);
    }
    const name = this.intern(pos, ne);
    const attrs = Object.create(null) as Record<string, string>;
    let selfClosing = false;
    pos = ne;
    for (;;) {
      let c = s.charCodeAt(pos);
      const before = pos;
      while (c === SP || c === LF || c === TAB || c === CR) c = s.charCodeAt(++pos);
      if (c === GT) {
        pos++;
        break;
      }
      if (pos >= n) this.truncatedTag(lt);
      if (c === SLASH) {
        if (s.charCodeAt(pos + 1) !== GT) {
          if (pos + 1 >= n) this.truncatedTag(lt);
          this.fail(`expected '/>' to end <${name}>, found ${this.describe(pos)}`, pos);
        }
        pos += 2;
        selfClosing = true;
        break;
      }
      if (pos === before)
        this.fail(`expected whitespace, '>' or '/>' in <${name}>, found ${this.describe(pos)}`, pos);
      // An attribute: name = "value" | 'value'
      const an = pos;
      const ae = nameEnd(s, an);
      if (ae === an)
        this.fail(`expected an attribute name or '>' in <${name}>, found ${this.describe(an)}`, an);
      pos = ae;
      c = s.charCodeAt(pos);
      while (c === SP || c === LF || c === TAB || c === CR) c = s.charCodeAt(++pos);
      if (c !== EQ) {
        if (pos >= n) this.truncatedTag(lt);
        this.fail(
          `expected '=' after the attribute name ${s.slice(an, ae)}, found ${this.describe(pos)}`,
          pos,
        );
      }
      c = s.charCodeAt(++pos);
      while (c === SP || c === LF || c === TAB || c === CR) c = s.charCodeAt(++pos);
      if (c !== QUOT && c !== APOS) {
        if (pos >= n) this.truncatedTag(lt);
        this.fail(
          `expected a quoted value for the attribute ${s.slice(an, ae)}, found ${this.describe(pos)}`,
          pos,
        );
      }
      const vs = pos + 1;
      const ve = s.indexOf(c === QUOT ? '"' : "'", vs);
      if (ve === -1) this.unterminated(`value of the attribute ${s.slice(an, ae)}`, s[pos]!, pos);
      const value = this.attrValue(vs, ve, an, ae);
      const key = this.intern(an, ae);
      if (attrs[key] !== undefined) this.fail(`duplicate attribute ${key} in <${name}>`, an);
      attrs[key] = value;
      pos = ve + 1;
    }
    if (this.onText !== undefined) this.flush();
    if (selfClosing) {
      this.h.open?.(name, attrs, true, lt);
      this.h.close?.(name);
    } else {
      const d = this.depth;
      if (d >= MAX_DEPTH) this.fail(`elements nest deeper than ${MAX_DEPTH} levels`, lt, 'too-deep');
      this.names[d] = name;
      this.starts[d] = lt;
      this.depth = d + 1;
      this.h.open?.(name, attrs, false, lt);
    }
    return pos;
  }

  private endTag(lt: number): number {
    const s = this.s;
    const d = this.depth - 1;
    const expected = this.names[d]!;
    let pos = lt + 2;
    const ne = nameEnd(s, pos);
    // Compare in place: the name the handler gets is the one already on the stack.
    if (ne - pos !== expected.length || !occursAt(s, pos, expected)) {
      if (ne >= this.n) this.truncatedTag(lt);
      const open = this.location(this.starts[d]!);
      const found = ne === pos ? `'</' followed by ${this.describe(pos)}` : `</${clip(s.slice(pos, ne))}>`;
      this.fail(
        `expected </${expected}>, found ${found} (<${expected}> was opened at ${open.line}:${open.column})`,
        lt,
        ne === pos ? 'syntax' : 'mismatched-tag',
      );
    }
    pos = this.skipSpace(ne);
    if (s.charCodeAt(pos) !== GT) {
      if (pos >= this.n) this.truncatedTag(lt);
      this.fail(`expected '>' to end </${expected}>, found ${this.describe(pos)}`, pos);
    }
    if (this.onText !== undefined) this.flush();
    this.depth = d;
    this.h.close?.(expected);
    return pos + 1;
  }

  /** The input ends inside the tag that starts at `lt`. */
  private truncatedTag(lt: number): never {
    const open = this.location(lt);
    this.fail(
      `the document ends inside the tag begun at ${open.line}:${open.column}; the file looks truncated`,
      this.n,
      'truncated',
    );
  }

  /** An attribute value between its quotes: references decoded, literal tab/CR/LF made spaces. */
  private attrValue(vs: number, ve: number, an: number, ae: number): string {
    const s = this.s;
    for (let i = vs; i < ve; i++) {
      const c = s.charCodeAt(i);
      if (c <= LT && (c === LT || c === AMP || c === TAB || c === LF || c === CR))
        return this.attrValueSlow(vs, ve, an, ae);
    }
    return s.slice(vs, ve);
  }

  private attrValueSlow(vs: number, ve: number, an: number, ae: number): string {
    const s = this.s;
    let out = '';
    let from = vs;
    for (let i = vs; i < ve; i++) {
      const c = s.charCodeAt(i);
      if (c === LT)
        this.fail(
          `'<' is not allowed in the value of the attribute ${s.slice(an, ae)} (write &lt;, or is a closing quote missing?)`,
          i,
        );
      if (c === AMP) {
        out += s.slice(from, i) + this.reference(i);
        i = this.after - 1;
        from = this.after;
      } else if (c === TAB || c === LF || c === CR) {
        out += s.slice(from, i) + ' ';
        // CR LF is one line end, so one space.
        if (c === CR && s.charCodeAt(i + 1) === LF && i + 1 < ve) i++;
        from = i + 1;
      }
    }
    return out + s.slice(from, ve);
  }

  /**
   * The character(s) the reference at `amp` (an '&') stands for; sets `after`. Only the five
   * predefined entities and numeric references to XML characters exist here.
   */
  private reference(amp: number): string {
    const s = this.s;
    let p = amp + 1;
    if (s.charCodeAt(p) === HASH) {
      const { hex, digits, end, value: v } = numericReference((i) => s.charCodeAt(i), p + 1);
      p = end;
      if (p === digits || s.charCodeAt(p) !== SEMI)
        this.fail(
          `malformed character reference: expected ${hex ? '&#x, hex digits' : '&#, digits'} and ';', found ${this.describe(p)}`,
          amp,
          'entity',
        );
      if (!isXmlChar(v))
        this.fail(
          `the character reference ${clip(s.slice(amp, p + 1))} names a character XML does not allow`,
          amp,
          'entity',
        );
      this.after = p + 1;
      return String.fromCodePoint(v);
    }
    const ne = nameEnd(s, p);
    if (ne === p || s.charCodeAt(ne) !== SEMI)
      this.fail(
        "'&' must start a reference such as &amp; or &#38; (write &amp; for a literal '&')",
        amp,
        'entity',
      );
    this.after = ne + 1;
    switch (s.slice(p, ne)) {
      case 'lt':
        return '<';
      case 'gt':
        return '>';
      case 'amp':
        return '&';
      case 'quot':
        return '"';
      case 'apos':
        return "'";
    }
    this.fail(
      `undefined entity ${clip(s.slice(amp, ne + 1))}: only &lt; &gt; &amp; &quot; &apos; and numeric references are read`,
      amp,
      'entity',
    );
  }

  /** Checks the references in text nobody asked for. */
  private checkText(start: number, end: number): void {
    let amp = this.amp(start);
    while (amp < end) {
      this.reference(amp);
      amp = this.amp(this.after);
    }
  }

  /** Adds text (with references and CR line ends) to the run. */
  private addText(start: number, end: number): void {
    const s = this.s;
    let a = start;
    while (a < end) {
      const amp = this.amp(a);
      const cr = this.cr(a);
      const stop = Math.min(amp, cr, end);
      if (stop > a) this.addRange(a, stop);
      if (stop === end) return;
      if (stop === amp) {
        this.addString(this.reference(amp));
        a = this.after;
      } else {
        if (s.charCodeAt(cr + 1) !== LF) this.addString('\n');
        a = cr + 1;
      }
    }
  }

  /** Adds CDATA content (only CR line ends to normalise) to the run. */
  private addRaw(start: number, end: number): void {
    let a = start;
    while (a < end) {
      const cr = this.cr(a);
      const stop = Math.min(cr, end);
      if (stop > a) this.addRange(a, stop);
      if (stop === end) return;
      if (this.s.charCodeAt(cr + 1) !== LF) this.addString('\n');
      a = cr + 1;
    }
  }

  private addRange(a: number, b: number): void {
    if (this.full) {
      this.omitted += b - a;
      return;
    }
    const room = this.max - this.run.length;
    if (b - a <= room) {
      this.run += this.s.slice(a, b);
      return;
    }
    let cut = a + room;
    // Never split a surrogate pair.
    const last = this.s.charCodeAt(cut - 1);
    if (cut > a && last >= 0xd800 && last <= 0xdbff) cut--;
    this.run += this.s.slice(a, cut);
    this.omitted += b - cut;
    this.full = true;
  }

  private addString(t: string): void {
    if (!this.full && this.run.length + t.length <= this.max) this.run += t;
    else {
      this.full = true;
      this.omitted += t.length;
    }
  }

  private flush(): void {
    if (this.run.length === 0 && this.omitted === 0) return;
    const run = this.run;
    const omitted = this.omitted;
    this.run = '';
    this.omitted = 0;
    this.full = false;
    this.h.text!(run, omitted);
  }

  private amp(pos: number): number {
    if (this.ampAt < pos) {
      const i = this.s.indexOf('&', pos);
      this.ampAt = i === -1 ? this.n : i;
    }
    return this.ampAt;
  }

  private cr(pos: number): number {
    if (this.crAt < pos) {
      const i = this.s.indexOf('\r', pos);
      this.crAt = i === -1 ? this.n : i;
    }
    return this.crAt;
  }

  private cdataEnd(pos: number): number {
    if (this.cdataEndAt < pos) {
      const i = this.s.indexOf(']]>', pos);
      this.cdataEndAt = i === -1 ? this.n : i;
    }
    return this.cdataEndAt;
  }

  /**
   * The string source[a, b), reusing the one made last time the same name was read. Element and
   * attribute names repeat on every line of a report: reusing them saves an allocation and lets
   * V8 skip re-internalising the property key. A cached name is checked against the source text
   * it was cut from, not against itself: once used as a key, the string is slower to read.
   */
  private intern(a: number, b: number): string {
    const s = this.s;
    const len = b - a;
    const slot = (s.charCodeAt(a) * 31 + len * 7 + s.charCodeAt(b - 1)) & (NAMES_CACHE_SIZE - 1);
    const cached = this.namesCache[slot]!;
    if (cached.length === len) {
      const at = this.namesAt[slot]!;
      let i = 0;
      while (i < len && s.charCodeAt(a + i) === s.charCodeAt(at + i)) i++;
      if (i === len) return cached;
    }
    const name = s.slice(a, b);
    this.namesCache[slot] = name;
    this.namesAt[slot] = a;
    return name;
  }

  private skipSpace(pos: number): number {
    while (pos < this.n && isSpace(this.s.charCodeAt(pos))) pos++;
    return pos;
  }

  /** Inside the root, running out of input means truncation; otherwise it is a syntax error. */
  private eofCode(pos: number): XmlErrorCode {
    return pos >= this.n ? 'truncated' : 'syntax';
  }

  private describe(pos: number): string {
    if (pos >= this.n) return 'the end of input';
    const cp = this.s.codePointAt(pos)!;
    if (cp < 0x20 || cp === 0x7f) return `character U+${cp.toString(16).toUpperCase().padStart(4, '0')}`;
    return JSON.stringify(String.fromCodePoint(cp));
  }

  /** Line and column (1-based, in characters) of an offset: computed only for errors. */
  private location(offset: number): Location & { line: number; column: number } {
    return xmlLocation(this.s, offset, this.file);
  }

  private fail(message: string, offset: number, code: XmlErrorCode = 'syntax'): never {
    throw new XmlError(message, this.location(offset), code);
  }
}

/** `s.startsWith(t, pos)`, which V8 runs several times slower for the short names compared here. */
function occursAt(s: string, pos: number, t: string): boolean {
  for (let i = 0; i < t.length; i++) if (s.charCodeAt(pos + i) !== t.charCodeAt(i)) return false;
  return true;
}
