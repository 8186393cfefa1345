import { canonicalJson, walk } from './canonical.js';
import { SHA256_HEX, sha256Hex, sha256Stream } from './hash.js';

/** The field every JSON artifact carries: sha256 of the canonical JSON of the object without it. */
export const EMBEDDED_HASH_FIELD = 'sha256';

export interface SealedJson {
  /** The file's text: pretty JSON, keys sorted, the sha256 field included. */
  readonly text: string;
  /** The embedded hash (of the canonical content), not the hash of `text`. */
  readonly sha256: string;
}

export interface SealedJsonBytes {
  /** The file's bytes: the UTF-8 of SealedJson's text. */
  readonly bytes: Uint8Array;
  /** The embedded hash (of the canonical content). */
  readonly sha256: string;
  /** sha256 of `bytes`: what the manifest lists. */
  readonly fileSha256: string;
}

/**
 * Seal a JSON artifact. A `sha256` already present in `obj` is ignored and replaced, so sealing a
 * parsed artifact again gives the same text.
 */
export function sealJson(obj: Record<string, unknown>): SealedJson {
  const sealed = sealedPieces(obj);
  return { text: sealed.pieces.join(''), sha256: sealed.sha256 };
}

/**
 * sealJson's text as bytes, with their hash: what a file of the artifact set needs, without the
 * whole text as one string on the way (for a history.json of 50,000 tests that is 14 MB less).
 */
export function sealJsonBytes(obj: Record<string, unknown>): SealedJsonBytes {
  const { pieces, sha256 } = sealedPieces(obj);
  const fileHash = sha256Stream();
  const encoder = new TextEncoder();
  // Most artifacts are ASCII: one byte per code unit. Grown when a piece needs more (at most 3).
  let bytes = new Uint8Array(pieces.reduce((n, p) => n + p.length, 0));
  let length = 0;
  for (const piece of pieces) {
    let read = 0;
    for (;;) {
      const done = encoder.encodeInto(read === 0 ? piece : piece.slice(read), bytes.subarray(length));
      fileHash.update(bytes.subarray(length, length + done.written));
      length += done.written;
      read += done.read;
      if (read === piece.length) break;
      const grown = new Uint8Array(Math.max(bytes.length * 2, length + (piece.length - read) * 3));
      grown.set(bytes.subarray(0, length));
      bytes = grown;
    }
  }
  // UTF-8 has at least one byte per UTF-16 code unit, so an ungrown buffer is exactly full; a grown
  // one is copied to its size rather than kept up to twice as large.
  return {
    bytes: length === bytes.length ? bytes : bytes.slice(0, length),
    sha256,
    fileSha256: fileHash.digest(),
  };
}

/** Pieces of text are at least this long before they are handed on: few pieces, few hash calls. */
const PIECE = 64 * 1024;

/**
 * One walk over the content: the canonical form goes straight into the hash, a piece at a time,
 * and the pretty form is kept in pieces with a place for the hash, filled in when the walk is over.
 * The hash field sits in its sorted place in the pretty form; the canonical form has none.
 */
function sealedPieces(obj: Record<string, unknown>): { pieces: string[]; sha256: string } {
  const content = withoutHash(obj);
  const hash = sha256Stream();
  const pieces: string[] = [];
  let canonical = '';
  let pretty = '';
  let slot = -1;
  walk(
    content,
    {
      // Whole tokens only: a surrogate pair is never split between two pieces.
      token(text) {
        canonical += text;
        pretty += text;
        if (canonical.length >= PIECE) {
          hash.update(canonical);
          canonical = '';
        }
        if (pretty.length >= PIECE) {
          pieces.push(pretty);
          pretty = '';
        }
      },
      layout(text) {
        pretty += text;
      },
    },
    {
      key: EMBEDDED_HASH_FIELD,
      value() {
        pieces.push(pretty);
        pretty = '';
        slot = pieces.length;
        pieces.push('');
      },
    },
  );
  hash.update(canonical);
  pieces.push(`${pretty}\n`);
  const sha256 = hash.digest();
  pieces[slot] = JSON.stringify(sha256);
  return { pieces, sha256 };
}

export type EmbeddedHashCheck =
  | { readonly ok: true; readonly sha256: string }
  | {
      readonly ok: false;
      /** `invalid`: not JSON or not an object; `missing`: no usable sha256 field; `mismatch`: wrong hash. */
      readonly kind: 'invalid' | 'missing' | 'mismatch';
      readonly reason: string;
    };

/** Re-hash a JSON artifact's content and compare with the hash it embeds. */
export function checkEmbeddedHash(text: string): EmbeddedHashCheck {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (e) {
    return { ok: false, kind: 'invalid', reason: `not JSON: ${(e as Error).message}` };
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
    return { ok: false, kind: 'invalid', reason: 'not a JSON object' };
  }
  const record = parsed as Record<string, unknown>;
  if (!Object.hasOwn(record, EMBEDDED_HASH_FIELD)) {
    return { ok: false, kind: 'missing', reason: `no "${EMBEDDED_HASH_FIELD}" field` };
  }
  const expected = record[EMBEDDED_HASH_FIELD];
  if (typeof expected !== 'string' || !SHA256_HEX.test(expected)) {
    return {
      ok: false,
      kind: 'missing',
      reason: `"${EMBEDDED_HASH_FIELD}" is not 64 lowercase hex digits: ${JSON.stringify(expected)}`,
    };
  }
  let actual: string;
  try {
    actual = sha256Hex(canonicalJson(withoutHash(record)));
  } catch (e) {
    // JSON.parse accepts numbers JSON cannot write back (1e400 becomes Infinity).
    return { ok: false, kind: 'invalid', reason: `content has no canonical form: ${(e as Error).message}` };
  }
  if (actual !== expected) {
    return {
      ok: false,
      kind: 'mismatch',
      reason: `embedded sha256 mismatch: expected ${expected}, actual ${actual}`,
    };
  }
  return { ok: true, sha256: actual };
}

/** A shallow copy without the hash field; `__proto__` keys stay data, never a prototype. */
function withoutHash(obj: Record<string, unknown>): Record<string, unknown> {
  const copy: Record<string, unknown> = {};
  for (const key of Object.keys(obj)) {
    if (key !== EMBEDDED_HASH_FIELD) Object.defineProperty(copy, key, dataProperty(obj[key]));
  }
  return copy;
}

function dataProperty(value: unknown): PropertyDescriptor {
  return { value, enumerable: true, writable: true, configurable: true };
}
