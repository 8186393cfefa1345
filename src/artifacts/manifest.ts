import { InputError } from '../model/errors.js';
import { compareCodeUnits } from './canonical.js';
import { SHA256_HEX } from './hash.js';

/** The manifest's file name; `sha256sum -c SHA256SUMS` checks the directory. */
export const MANIFEST_NAME = 'SHA256SUMS';

/**
 * JSON files whose schema belongs to someone else and refuses extra keys: shields.io's endpoint
 * badge rejects an embedded `sha256`. SHA256SUMS still covers them.
 */
export const UNSEALED_JSON: ReadonlySet<string> = new Set(['coverage-badge.json']);

export interface ManifestEntry {
  readonly name: string;
  readonly sha256: string;
}

/**
 * Why a name may not appear in a manifest, or null when it may. A manifest from another run is
 * hostile: a name must stay inside the directory it is checked in, and must be one line that GNU
 * `sha256sum` reads without its backslash escaping.
 */
export function manifestNameProblem(name: string): string | null {
  if (name === '') return 'the name is empty';
  if (name.startsWith('/') || /^[A-Za-z]:/.test(name)) return 'the name is an absolute path';
  if (name.includes('..')) return 'the name contains ".."';
  if (name.includes('\\')) return 'the name contains a backslash';
  if (name.includes('\0')) return 'the name contains a NUL character';
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u001f\u007f]/.test(name)) return 'the name contains a control character';
  return null;
}

/**
 * GNU coreutils format: `<hex>  <name>\n` (two spaces: text mode), sorted by name. Entries come from
 * this program, so a bad one is a bug and throws a plain Error.
 */
export function renderManifest(entries: readonly ManifestEntry[]): string {
  const seen = new Set<string>();
  for (const { name, sha256 } of entries) {
    const problem = manifestNameProblem(name);
    if (problem !== null) throw new Error(`renderManifest: ${JSON.stringify(name)}: ${problem}`);
    if (!SHA256_HEX.test(sha256))
      throw new Error(`renderManifest: ${name}: not a lowercase sha256: ${sha256}`);
    if (seen.has(name)) throw new Error(`renderManifest: ${name} listed twice`);
    seen.add(name);
  }
  return [...entries]
    .sort((a, b) => compareCodeUnits(a.name, b.name))
    .map((e) => `${e.sha256}  ${e.name}\n`)
    .join('');
}

// Text mode (two spaces) or binary mode (space, asterisk): both are what `sha256sum` writes.
const LINE = /^([0-9A-Fa-f]{64}) [ *](.*)$/s;

/**
 * Read a manifest (name → lowercase sha256). Every malformed line is an InputError naming `file` and
 * the line. Lines may end in CRLF (a manifest that went through a Windows checkout); blank lines and
 * GNU's backslash-escaped names are refused.
 */
export function parseManifest(text: string, file: string): Map<string, string> {
  const result = new Map<string, string>();
  const lines = text.split('\n');
  // A final newline leaves one empty string after the last line; a missing one is tolerated.
  if (lines[lines.length - 1] === '') lines.pop();
  lines.forEach((raw, i) => {
    const location = { file, line: i + 1 };
    const line = raw.endsWith('\r') ? raw.slice(0, -1) : raw;
    if (line.trim() === '') throw new InputError('blank line in manifest', location);
    if (line.startsWith('\\')) throw new InputError('escaped file names are not accepted', location);
    const match = LINE.exec(line);
    if (match === null) {
      throw new InputError(
        `expected "<64 hex digits>  <file name>", got ${JSON.stringify(truncate(line))}`,
        location,
      );
    }
    const [, hex = '', name = ''] = match;
    const problem = manifestNameProblem(name);
    if (problem !== null) throw new InputError(`${JSON.stringify(truncate(name))}: ${problem}`, location);
    if (result.has(name)) throw new InputError(`${name} is listed twice`, location);
    result.set(name, hex.toLowerCase());
  });
  return result;
}

function truncate(s: string): string {
  return s.length > 120 ? `${s.slice(0, 117)}...` : s;
}
