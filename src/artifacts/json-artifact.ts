import { canonicalJson, prettyJson } from './canonical.js';
import { SHA256_HEX, sha256Hex } from './hash.js';

/** The field every JSON artifact carries: sha256 of the canonical JSON of the object without it. */
export const EMBEDDED_HASH_FIELD = 'sha256';

export interface SealedJson {
  /** The file's text: pretty JSON, keys sorted, the sha256 field included. */
  readonly text: string;
  /** The embedded hash (of the canonical content), not the hash of `text`. */
  readonly sha256: string;
}

/**
 * Seal a JSON artifact. A `sha256` already present in `obj` is ignored and replaced, so sealing a
 * parsed artifact again gives the same text.
 */
export function sealJson(obj: Record<string, unknown>): SealedJson {
  const content = withoutHash(obj);
  const sha256 = sha256Hex(canonicalJson(content));
  Object.defineProperty(content, EMBEDDED_HASH_FIELD, dataProperty(sha256));
  return { text: prettyJson(content), sha256 };
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
