import type { CoverageReport } from '../../model/coverage.js';
import { InputError } from '../../model/errors.js';
import { detectCoverageFormat, forcedFormatHeld, parseCoverage, type ReadableCoverageFormat } from './detect.js';
import { CoberturaStream } from './stream-cobertura.js';
import { JacocoStream } from './stream-jacoco.js';
import { LcovStream } from './stream-lcov.js';

/**
 * Reads one coverage report from its bytes, chunk by chunk, never holding the whole file: the
 * way to read reports of any size, including those larger than a JavaScript string can hold.
 *
 * The result, and every error, is what parseCoverage gives on the same bytes decoded as the file
 * adapter decodes them (`new TextDecoder().decode(bytes)`): the same format detection from the
 * head of the file, the same CoverageReport, the same InputError with its file, line and column.
 * Cobertura, LCOV and JaCoCo are read as a stream; a format without a streaming reader is gathered and
 * handed to its string reader, up to the size a string can hold.
 */
export async function readCoverageStream(
  chunks: AsyncIterable<Uint8Array> | Iterable<Uint8Array>,
  file: string,
  format: ReadableCoverageFormat | 'auto' = 'auto',
): Promise<CoverageReport> {
  const input = new Input(chunks);
  // detectCoverageFormat looks at the first 4,096 characters and at whether there are more: a
  // head of 4 × 4,097 bytes decodes to more than that whenever the file holds more.
  const head = await input.head(HEAD_BYTES);
  const text = new TextDecoder().decode(head.length > HEAD_BYTES ? head.subarray(0, HEAD_BYTES) : head);
  const chosen = format === 'auto' ? detectCoverageFormat(text, file) : format;
  const blank = new BlankCheck(format !== 'auto');

  if (chosen !== 'cobertura' && chosen !== 'lcov' && chosen !== 'jacoco')
    return parseCoverage(await input.text(file), file, format);
  const reader =
    chosen === 'cobertura'
      ? new CoberturaStream(file)
      : chosen === 'lcov'
        ? new LcovStream(file)
        : new JacocoStream(file);

  try {
    for (let chunk = await input.next(); chunk !== null; chunk = await input.next()) {
      blank.see(chunk);
      reader.write(chunk);
    }
    blank.end();
    return forcedFormatHeld(reader.end(), text, file, format);
  } catch (e) {
    // parseCoverage calls a report of nothing but whitespace empty before any reader sees it.
    if (e instanceof InputError && blank.possible) {
      for (let chunk = await input.next(); chunk !== null; chunk = await input.next()) blank.see(chunk);
      blank.end();
      if (blank.blank) throw new InputError('the coverage report is empty', { file });
    }
    throw e;
  }
}

const HEAD_BYTES = 4 * 4097;
/** The most a report read through its string reader may hold (as the file adapter allows). */
const MAX_TEXT_BYTES = 512 * 1024 * 1024 - 64;

/**
 * The chunks, with the head read ahead for detection and handed out again. A chunk may be valid
 * only until the next is asked for (Files.readChunks reuses its memory): what is held is copied.
 */
class Input {
  private readonly it: AsyncIterator<Uint8Array> | Iterator<Uint8Array>;
  private readonly ahead: Uint8Array[] = [];

  constructor(chunks: AsyncIterable<Uint8Array> | Iterable<Uint8Array>) {
    this.it =
      Symbol.asyncIterator in chunks
        ? (chunks as AsyncIterable<Uint8Array>)[Symbol.asyncIterator]()
        : (chunks as Iterable<Uint8Array>)[Symbol.iterator]();
  }

  async next(): Promise<Uint8Array | null> {
    const held = this.ahead.shift();
    if (held !== undefined) return held;
    for (;;) {
      const r = await this.it.next();
      if (r.done) return null;
      if (r.value.length > 0) return r.value;
    }
  }

  /** At least `size` bytes from the start (fewer only at the end of the file), not consumed. */
  async head(size: number): Promise<Uint8Array> {
    let length = this.ahead.reduce((n, c) => n + c.length, 0);
    while (length < size) {
      const r = await this.it.next();
      if (r.done) break;
      this.ahead.push(r.value.slice());
      length += r.value.length;
    }
    return concat(this.ahead, length);
  }

  /** Everything left, decoded, as the file adapter's readText does. */
  async text(file: string): Promise<string> {
    const parts: Uint8Array[] = [];
    let length = 0;
    for (let chunk = await this.next(); chunk !== null; chunk = await this.next()) {
      length += chunk.length;
      if (length > MAX_TEXT_BYTES)
        throw new InputError(`the file is over the ${MAX_TEXT_BYTES}-byte limit for one report in this format`, {
          file,
        });
      parts.push(chunk.slice());
    }
    return new TextDecoder().decode(concat(parts, length));
  }
}

function concat(parts: readonly Uint8Array[], length: number): Uint8Array {
  if (parts.length === 1) return parts[0]!;
  const out = new Uint8Array(length);
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

/** Whether the whole report, decoded, is whitespace (as `text.trim() === ''` sees it). */
class BlankCheck {
  blank: boolean;
  private readonly decoder = new TextDecoder();

  constructor(readonly possible: boolean) {
    this.blank = possible;
  }

  see(chunk: Uint8Array): void {
    if (!this.blank) return;
    // Most reports show a non-space ASCII character in their first bytes: no decoding then.
    for (let i = 0; i < chunk.length; i++) {
      const c = chunk[i]!;
      if (c >= 0x80) break;
      if (c !== 32 && (c < 9 || c > 13)) {
        this.blank = false;
        return;
      }
    }
    this.blank = /^\s*$/.test(this.decoder.decode(chunk, { stream: true }));
  }

  end(): void {
    if (this.blank) this.blank = /^\s*$/.test(this.decoder.decode());
  }
}
