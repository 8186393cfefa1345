import { isInputError } from '../model/errors.js';
import { compareCodeUnits } from './canonical.js';
import { sha256Hex } from './hash.js';
import { checkEmbeddedHash } from './json-artifact.js';
import { MANIFEST_NAME, parseManifest, renderManifest, UNSEALED_JSON } from './manifest.js';

export type VerifyProblemCode =
  | 'MANIFEST_MISSING'
  | 'MANIFEST_INVALID'
  | 'MISSING'
  | 'UNLISTED'
  | 'HASH_MISMATCH'
  | 'EMBEDDED_HASH_MISMATCH'
  | 'EMBEDDED_HASH_MISSING';

export interface VerifyProblem {
  readonly file: string;
  readonly code: VerifyProblemCode;
  readonly message: string;
}

export interface VerifyResult {
  readonly ok: boolean;
  /** Files examined: every file given except SHA256SUMS itself. */
  readonly checked: number;
  /** Sorted by file name, then in the order of the checks (manifest first, embedded hash second). */
  readonly problems: readonly VerifyProblem[];
}

/**
 * Check a directory's artifacts: each file against SHA256SUMS, SHA256SUMS against the directory, and
 * each `*.json` against the hash it embeds. `files` is every file in the directory, name → bytes,
 * SHA256SUMS included. Every problem is reported, not just the first.
 */
export function verifyArtifacts(files: ReadonlyMap<string, Uint8Array>): VerifyResult {
  const problems: VerifyProblem[] = [];
  const manifestBytes = files.get(MANIFEST_NAME);
  const listed = manifestBytes === undefined ? null : readManifest(manifestBytes, problems);
  if (manifestBytes === undefined) {
    problems.push({ file: MANIFEST_NAME, code: 'MANIFEST_MISSING', message: `${MANIFEST_NAME} is missing` });
  }

  if (listed !== null) {
    for (const [name, expected] of listed) {
      const bytes = files.get(name);
      if (bytes === undefined) {
        problems.push({
          file: name,
          code: 'MISSING',
          message: `${name} is listed in ${MANIFEST_NAME} but missing`,
        });
        continue;
      }
      const actual = sha256Hex(bytes);
      if (actual !== expected) {
        problems.push({
          file: name,
          code: 'HASH_MISMATCH',
          message: `${name}: sha256 mismatch: expected ${expected} (${MANIFEST_NAME}), actual ${actual}`,
        });
      }
    }
  }

  let checked = 0;
  for (const [name, bytes] of files) {
    if (name === MANIFEST_NAME) continue;
    checked++;
    if (listed !== null && !listed.has(name)) {
      problems.push({ file: name, code: 'UNLISTED', message: `${name} is not listed in ${MANIFEST_NAME}` });
    }
    if (name.endsWith('.json') && !UNSEALED_JSON.has(name)) {
      const problem = embeddedProblem(name, bytes);
      if (problem !== null) problems.push(problem);
    }
  }

  const codeOrder = (p: VerifyProblem): number => CODE_ORDER.indexOf(p.code);
  problems.sort((a, b) => compareCodeUnits(a.file, b.file) || codeOrder(a) - codeOrder(b));
  return { ok: problems.length === 0, checked, problems };
}

const CODE_ORDER: readonly VerifyProblemCode[] = [
  'MANIFEST_MISSING',
  'MANIFEST_INVALID',
  'MISSING',
  'UNLISTED',
  'HASH_MISMATCH',
  'EMBEDDED_HASH_MISSING',
  'EMBEDDED_HASH_MISMATCH',
];

function readManifest(bytes: Uint8Array, problems: VerifyProblem[]): Map<string, string> | null {
  let text: string;
  try {
    text = decodeUtf8(bytes);
  } catch {
    problems.push({ file: MANIFEST_NAME, code: 'MANIFEST_INVALID', message: `${MANIFEST_NAME}: not UTF-8` });
    return null;
  }
  let listed: Map<string, string>;
  try {
    listed = parseManifest(text, MANIFEST_NAME);
  } catch (e) {
    if (!isInputError(e)) throw e;
    problems.push({ file: MANIFEST_NAME, code: 'MANIFEST_INVALID', message: e.message });
    return null;
  }
  // parseManifest also reads what other tools write (upper-case hex, binary mode, CRLF); a manifest
  // this program wrote has exactly one form, so any other form means it was edited. Its entries are
  // still checked.
  const canonical = renderManifest([...listed].map(([name, sha256]) => ({ name, sha256 })));
  if (text !== canonical) {
    problems.push({
      file: MANIFEST_NAME,
      code: 'MANIFEST_INVALID',
      message: `${MANIFEST_NAME} is not in the form test-ladder writes (lower-case hex, two spaces, sorted by name, LF endings)`,
    });
  }
  return listed;
}

function embeddedProblem(name: string, bytes: Uint8Array): VerifyProblem | null {
  let text: string;
  try {
    text = decodeUtf8(bytes);
  } catch {
    return {
      file: name,
      code: 'EMBEDDED_HASH_MISSING',
      message: `${name}: not UTF-8, so no embedded sha256 to check`,
    };
  }
  const check = checkEmbeddedHash(text);
  if (check.ok) return null;
  if (check.kind === 'mismatch')
    return { file: name, code: 'EMBEDDED_HASH_MISMATCH', message: `${name}: ${check.reason}` };
  return { file: name, code: 'EMBEDDED_HASH_MISSING', message: `${name}: ${check.reason}` };
}

/** Strict UTF-8: a byte sequence that is not UTF-8 throws (TypeError) instead of becoming U+FFFD. */
function decodeUtf8(bytes: Uint8Array): string {
  return new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
}
