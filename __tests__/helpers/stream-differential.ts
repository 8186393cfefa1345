import fc from 'fast-check';
import { expect } from 'vitest';
import { parseCoverage, type ReadableCoverageFormat } from '../../src/formats/coverage/detect.js';
import { readCoverageStream } from '../../src/formats/coverage/read.js';
import type { CoverageReport } from '../../src/model/coverage.js';
import { InputError } from '../../src/model/errors.js';

// What the differential tests of the streaming readers share: a report read as a stream of chunks
// must be parseCoverage on the decoded bytes, the same report or the same error (class, message,
// file, line, column), however the bytes are cut.

export type Outcome =
  { report: CoverageReport } | { error: { kind: string; message: string; location: unknown } };
export type Format = ReadableCoverageFormat | 'auto';

export function settle(fn: () => CoverageReport): Outcome {
  try {
    return { report: fn() };
  } catch (e) {
    if (!(e instanceof InputError)) throw e;
    return { error: { kind: e.constructor.name, message: e.message, location: e.location } };
  }
}

export async function settleAsync(fn: () => Promise<CoverageReport>): Promise<Outcome> {
  try {
    return { report: await fn() };
  } catch (e) {
    if (!(e instanceof InputError)) throw e;
    return { error: { kind: e.constructor.name, message: e.message, location: e.location } };
  }
}

export function viaString(bytes: Uint8Array, format: Format): Outcome {
  return settle(() => parseCoverage(new TextDecoder().decode(bytes), 'r', format));
}

async function* asChunks(chunks: readonly Uint8Array[]): AsyncGenerator<Uint8Array> {
  for (const c of chunks) yield c;
}

/**
 * As Files.readChunks hands them out: every chunk in one buffer, overwritten once the next is
 * asked for; a reader that keeps a chunk without copying it reads garbage.
 */
async function* reusing(chunks: readonly Uint8Array[]): AsyncGenerator<Uint8Array> {
  const buffer = new Uint8Array(Math.max(1, ...chunks.map((c) => c.length)));
  for (const c of chunks) {
    buffer.set(c);
    yield buffer.subarray(0, c.length);
    buffer.fill(0x3c);
  }
}

export function viaStream(chunks: readonly Uint8Array[], format: Format, reuse = true): Promise<Outcome> {
  return settleAsync(() => readCoverageStream(reuse ? reusing(chunks) : asChunks(chunks), 'r', format));
}

/** Cuts at the given fractions, or into 1-byte chunks. */
export function cut(bytes: Uint8Array, at: readonly number[], ones: boolean): Uint8Array[] {
  if (ones) return Array.from(bytes, (b) => Uint8Array.of(b));
  const points = [...new Set(at.map((f) => Math.floor(f * bytes.length)))].sort((x, y) => x - y);
  const out: Uint8Array[] = [];
  let prev = 0;
  for (const p of [...points, bytes.length]) {
    out.push(bytes.slice(prev, p));
    prev = p;
  }
  return out;
}

/** Where to cut: up to `most` fractions of the length, or every byte. */
export const cutsArb = (most = 8) =>
  fc.tuple(fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { maxLength: most }), fc.boolean());

/** The stream (reused buffer and fresh chunks alike) gives what the string reader gives; returns it. */
export async function same(
  bytes: Uint8Array,
  [at, ones]: [number[], boolean],
  format: Format = 'auto',
): Promise<Outcome> {
  const expected = viaString(bytes, format);
  expect(await viaStream(cut(bytes, at, ones), format)).toEqual(expected);
  expect(await viaStream(cut(bytes, at, ones), format, false)).toEqual(expected);
  return expected;
}

/**
 * Whether `location` names a '<' of `text` (decoded as the readers see it), counting columns in
 * characters and not counting a byte order mark at the start, as the readers count them.
 */
export function namesTag(text: string, location: unknown): boolean {
  const { line, column } = location as { line?: number; column?: number };
  if (line === undefined || column === undefined) return false;
  const row = text.replace(/^\uFEFF/, '').split('\n')[line - 1];
  if (row === undefined) return false;
  return Array.from(line === 1 ? row.replace(/^\uFEFF/, '') : row)[column - 1] === '<';
}
