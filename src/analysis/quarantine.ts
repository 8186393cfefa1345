import { constructFromEvents, parseEvents, YAMLException } from 'js-yaml';
import type { Event } from 'js-yaml';
import { indexPositions, lineLocator, escapePointerSegment } from '../config/positions.js';
import { InputError, InputErrors } from '../model/errors.js';
import { dayNumber } from './dates.js';

/**
 * The quarantine file: tests whose failures are known, owned and due to be fixed by a date. A
 * quarantined test still runs and its failures are still reported, but they do not fail the tests
 * gate until the entry expires; from then on they count again and the entry warns.
 *
 * ```yaml
 * quarantine:
 *   - test: tests/test_net.py::TestNet::test_timeout   # a test id, or a glob over ids
 *     owner: '@alice'
 *     reason: 'times out on the shared DNS, see #123'   # quoted: ` #` starts a comment
 *     expires: 2026-12-31                               # through this day (UTC)
 * ```
 */
export const DEFAULT_QUARANTINE_FILE = '.github/test-ladder-quarantine.yml';

export interface QuarantineEntry {
  /** A test id exactly, or a glob: `*` any characters but `/`, `**` any characters, `?` one. */
  readonly test: string;
  readonly owner: string;
  readonly reason: string;
  /** YYYY-MM-DD (UTC), the last day the entry holds. */
  readonly expires: string;
  /** Where the entry is written, for messages. */
  readonly line: number;
}

export interface Quarantine {
  readonly file: string;
  readonly entries: readonly QuarantineEntry[];
}

const ENTRY_KEYS = ['test', 'owner', 'reason', 'expires'] as const;
const ROOT_KEYS = ['version', 'quarantine'] as const;
const MAX_DEPTH = 10;
const MAX_ALIASES = 50;
const SHOWN = 60;

/**
 * Parses the quarantine file. Every problem (an unknown key, a missing one, an empty value, a date
 * that is not a calendar date) is an InputError naming the file, line and column; all of them are
 * reported at once.
 */
export function parseQuarantine(text: string, file: string): Quarantine {
  let events: Event[];
  try {
    events = parseEvents(text, { filename: file, maxDepth: MAX_DEPTH });
  } catch (e) {
    throw yamlError(e, file);
  }
  const index = indexPositions(text, events);
  const locate = lineLocator(text);
  if (index.documents === 0) return { file, entries: [] };
  if (index.documents > 1)
    throw new InputError('expected one YAML document; found a second one', {
      file,
      ...(index.secondDocumentOffset === undefined ? {} : locate(index.secondDocumentOffset)),
    });
  let data: unknown;
  try {
    [data] = constructFromEvents(events, {
      source: text,
      filename: file,
      maxAliases: MAX_ALIASES,
      json: true,
    });
  } catch (e) {
    throw yamlError(e, file);
  }
  if (data === null || data === undefined) return { file, entries: [] };

  const problems: { offset: number; text: string }[] = [];
  const keyAt = (pointer: string) => {
    const n = index.nodes.get(pointer);
    return n?.key ?? n?.value ?? 0;
  };
  const valueAt = (pointer: string) => {
    const n = index.nodes.get(pointer);
    return n?.value ?? n?.key ?? 0;
  };
  const problem = (offset: number, message: string) => problems.push({ offset, text: message });
  for (const d of index.duplicates) problem(d.offset, `${label(d.pointer)}: duplicate key`);

  if (!isMapping(data)) {
    problem(
      valueAt(''),
      `expected a mapping with the key quarantine (a list of entries); found ${describe(data)}`,
    );
    throw errors(problems, file, locate);
  }
  for (const key of Object.keys(data))
    if (!(ROOT_KEYS as readonly string[]).includes(key))
      problem(
        keyAt(`/${escapePointerSegment(key)}`),
        `${show(key)}: unknown key; allowed: ${ROOT_KEYS.join(', ')}`,
      );
  if (Object.hasOwn(data, 'version') && data['version'] !== 1)
    problem(valueAt('/version'), `version: expected 1; found ${describe(data['version'])}`);
  const list = Object.hasOwn(data, 'quarantine') ? data['quarantine'] : [];
  const entries: QuarantineEntry[] = [];
  if (list !== null && !Array.isArray(list)) {
    problem(
      valueAt('/quarantine'),
      `quarantine: expected a list of entries (test, owner, reason, expires); found ${describe(list)}`,
    );
  } else if (Array.isArray(list)) {
    list.forEach((item: unknown, i) => {
      const at = `/quarantine/${i}`;
      const where = `quarantine[${i}]`;
      if (!isMapping(item)) {
        problem(
          valueAt(at),
          `${where}: expected a mapping with keys ${ENTRY_KEYS.join(', ')}; found ${describe(item)}`,
        );
        return;
      }
      let ok = true;
      for (const key of Object.keys(item))
        if (!(ENTRY_KEYS as readonly string[]).includes(key)) {
          problem(
            keyAt(`${at}/${escapePointerSegment(key)}`),
            `${where}.${show(key)}: unknown key; allowed: ${ENTRY_KEYS.join(', ')}`,
          );
          ok = false;
        }
      const missing = ENTRY_KEYS.filter((k) => !Object.hasOwn(item, k));
      if (missing.length > 0) {
        problem(
          valueAt(at),
          `${where}: missing ${missing.length === 1 ? 'key' : 'keys'} ${missing.join(', ')}; every entry needs ${ENTRY_KEYS.join(', ')}`,
        );
        ok = false;
      }
      for (const key of ['test', 'owner', 'reason'] as const) {
        if (!Object.hasOwn(item, key)) continue;
        const v = item[key];
        if (typeof v !== 'string' || v.trim() === '') {
          problem(
            valueAt(`${at}/${key}`),
            `${where}.${key}: expected a non-empty string; found ${describe(v)}`,
          );
          ok = false;
        }
      }
      const expires = item['expires'];
      if (Object.hasOwn(item, 'expires') && (typeof expires !== 'string' || dayNumber(expires) === null)) {
        const real =
          typeof expires === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(expires)
            ? ', which is not a real date'
            : '';
        problem(
          valueAt(`${at}/expires`),
          `${where}.expires: expected a date written YYYY-MM-DD; found ${describe(expires)}${real}`,
        );
        ok = false;
      }
      if (typeof item['test'] === 'string' && ok) {
        const glob = globProblem(item['test']);
        if (glob !== null) {
          problem(valueAt(`${at}/test`), `${where}.test: ${glob}`);
          ok = false;
        }
      }
      if (ok)
        entries.push({
          test: (item['test'] as string).trim(),
          owner: (item['owner'] as string).trim(),
          reason: (item['reason'] as string).trim(),
          expires: expires as string,
          line: locate(valueAt(at)).line,
        });
    });
  }
  if (problems.length > 0) throw errors(problems, file, locate);
  return { file, entries };
}

function errors(
  problems: readonly { offset: number; text: string }[],
  file: string,
  locate: (offset: number) => { line: number; column: number },
): InputErrors {
  return new InputErrors(
    [...problems]
      .map((p, i) => ({ ...p, i }))
      .sort((a, b) => a.offset - b.offset || a.i - b.i)
      .map((p) => new InputError(p.text, { file, ...locate(p.offset) })),
  );
}

function yamlError(e: unknown, file: string): InputError {
  if (e instanceof YAMLException) {
    const where = e.mark ? { line: e.mark.line + 1, column: e.mark.column + 1 } : {};
    return new InputError(`invalid YAML: ${e.reason}`, { file, ...where });
  }
  return new InputError(`could not read YAML: ${e instanceof Error ? e.message : String(e)}`, { file });
}

function globProblem(test: string): string | null {
  if (/^\*+$/.test(test.trim()))
    return `${show(test)} would quarantine every test; name the tests or a narrower glob`;
  return null;
}

/**
 * A glob over test ids as a regular expression: `**` any characters, `*` any but `/`, `?` one but
 * `/`; everything else literal (test ids hold `[`, `(` and `::`, which are not glob syntax here).
 */
export function globToRegExp(glob: string): RegExp {
  let out = '';
  for (let i = 0; i < glob.length; i++) {
    const c = glob[i]!;
    if (c === '*') {
      if (glob[i + 1] === '*') {
        out += '.*';
        i++;
      } else out += '[^/]*';
    } else if (c === '?') out += '[^/]';
    else out += c.replace(/[.*+?^${}()|[\]\\/-]/g, '\\$&');
  }
  return new RegExp(`^${out}$`, 's');
}

export interface QuarantineMatcher {
  /** The entry that covers this test id (active entries before expired, then file order), or null. */
  match(id: string): { entry: QuarantineEntry; expired: boolean } | null;
  readonly active: readonly QuarantineEntry[];
  readonly expired: readonly QuarantineEntry[];
}

/** Entries split by `date` (YYYY-MM-DD): an entry holds through its expiry day. */
export function quarantineMatcher(q: Quarantine, date: string): QuarantineMatcher {
  const today = dayNumber(date);
  const isExpired = (e: QuarantineEntry) => today !== null && (dayNumber(e.expires) ?? 0) < today;
  const active = q.entries.filter((e) => !isExpired(e));
  const expired = q.entries.filter(isExpired);
  // Exact ids by Map (no prototype keys: a test may be called __proto__), globs tried in order.
  const exact = new Map<string, { entry: QuarantineEntry; expired: boolean }>();
  const globs: { re: RegExp; entry: QuarantineEntry; expired: boolean }[] = [];
  for (const [list, exp] of [
    [active, false],
    [expired, true],
  ] as const)
    for (const entry of list) {
      if (!exact.has(entry.test)) exact.set(entry.test, { entry, expired: exp });
      if (/[*?]/.test(entry.test)) globs.push({ re: globToRegExp(entry.test), entry, expired: exp });
    }
  return {
    active,
    expired,
    match(id) {
      const hit = exact.get(id);
      if (hit && !hit.expired) return hit;
      for (const g of globs) if (!g.expired && g.re.test(id)) return g;
      if (hit) return hit;
      for (const g of globs) if (g.re.test(id)) return g;
      return null;
    },
  };
}

function isMapping(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function label(pointer: string): string {
  return pointer
    .slice(1)
    .split('/')
    .map((s) => (/^\d+$/.test(s) ? `[${s}]` : `.${s}`))
    .join('')
    .replace(/^\./, '');
}

function show(s: string): string {
  const cut = s.length > SHOWN ? `${s.slice(0, SHOWN)}…` : s;
  return /^[A-Za-z0-9_-]+$/.test(cut) ? cut : JSON.stringify(cut);
}

function describe(v: unknown): string {
  if (v === undefined) return 'nothing';
  if (v === null) return 'null (no value)';
  if (Array.isArray(v)) return 'a list';
  if (typeof v === 'string')
    return `the string ${JSON.stringify(v.length > SHOWN ? `${v.slice(0, SHOWN)}…` : v)}`;
  if (typeof v === 'object') return 'a mapping';
  return `${typeof v} ${String(v)}`;
}
