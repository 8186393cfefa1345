import { sha256Hex } from '../artifacts/index.js';
import type { TestCase } from '../model/tests.js';
import { entries, type History } from './history.js';

/**
 * Failure signatures: two failures share one when their normalized text is the same. The text is a
 * failure's message and stack trace with everything that changes from run to run masked (numbers,
 * addresses, ids, times, machine paths…) and with only the first in-repository stack frames kept,
 * innermost first, since library frames move with library versions and say little about the cause.
 * The hash is LUCI Analysis's: SHA-256 of the normalized text, its first 16 bytes in hex.
 */

/**
 * In-repository frames kept per failure, innermost first: by default one, where in the
 * repository's code it failed. A second frame is, for any failure below a test, the test itself,
 * which would split one cause failing many tests into one signature per test.
 */
export const DEFAULT_FRAMES = 1;
/** Failure text beyond this is not read: the JUnit reader keeps 4096 characters anyway. */
const MAX_INPUT = 8192;

export interface NormalizeOptions {
  /** The workspace (absolute), masked as `<workspace>` wherever it appears. */
  readonly workspace?: string;
  /** In-repository frames kept; default 1. */
  readonly frames?: number;
}

export interface Signature {
  /** SHA-256 of `normalized`, first 16 bytes, lowercase hex (32 digits). */
  readonly hash: string;
  readonly normalized: string;
}

/**
 * One masking rule: what it replaces and with what. Applied in this order to each line after
 * whitespace is folded, so a later rule never sees what an earlier one masked. No placeholder
 * contains a digit, a dot or whitespace, so masking again changes nothing.
 */
interface Rule {
  readonly name: string;
  readonly pattern: RegExp;
  readonly replace: string | ((match: string, ...groups: string[]) => string);
  /**
   * A cheap test the line must pass for the pattern to have a chance: most lines of a stack trace
   * hold no `@`, `=` or `::`, and skipping the scan for them halves the time of a large run.
   */
  readonly needs?: (line: string) => boolean;
}

const has =
  (...parts: string[]) =>
  (line: string) =>
    parts.some((p) => line.includes(p));
const hasDigit = (line: string) => /\d/.test(line);

const TLD = '(?:com|net|org|io|dev|app|cloud|internal|local|localdomain|lan|svc|corp)';
const MONTH = '(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*';
const DAY = '(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*';
const UNIT = '(?:ns|µs|μs|us|ms|s|secs?|seconds?|m|mins?|minutes?|h|hrs?|hours?)';

/** The masking rules, in the order they run. Exported so the rules can be listed and tested one by one. */
export const RULES: readonly Rule[] = [
  // Machine paths first: their segments hold numbers and hex that would otherwise be masked piecemeal.
  {
    name: 'runner temp',
    needs: has('_temp'),
    pattern: /(?:\/home\/runner\/work|\/__w|[A-Za-z]:\\a)[\\/]_temp(?=[\\/]|\b)/g,
    replace: '<tmp>',
  },
  {
    name: 'workspace',
    needs: has('runner/work/', '/__w/', ':\\a\\'),
    pattern:
      /(?:\/home\/runner\/work|\/Users\/runner\/work|\/__w)\/[^/\s"'`:()]+\/[^/\s"'`:()]+|[A-Za-z]:\\a\\[^\\\s"'`:()]+\\[^\\\s"'`:()]+/g,
    replace: '<workspace>',
  },
  {
    name: 'temp',
    needs: has('tmp', '/var/folders/', '\\Temp'),
    pattern:
      /\/tmp\/pytest-of-[^/\s]+\/pytest-\d+|(?:\/private)?\/var\/folders\/[^/\s]+\/[^/\s]+\/T(?=\/|\b)|\/tmp\/[^/\s"'`:()]*\d[^/\s"'`:()]*|[A-Za-z]:\\Users\\[^\\\s]+\\AppData\\Local\\Temp(?:\\[^\\\s"'`:()]*\d[^\\\s"'`:()]*)?/g,
    replace: '<tmp>',
  },
  {
    name: 'e-mail',
    needs: has('@'),
    pattern: /[\w.+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}\b/g,
    replace: '<email>',
  },
  // file: URLs point into the workspace; masking them whole would hide the frame's file.
  {
    name: 'url',
    needs: has('://'),
    pattern: /\b(?!file:)[a-z][a-z0-9+.-]*:\/\/[^\s"'<>()[\]{}]+/gi,
    replace: '<url>',
  },
  {
    name: 'host',
    needs: has('.', 'localhost'),
    // A dotted name ending in a common top-level domain, unless a code name goes on after it
    // (`java.io.File` is a class, not the host `java.io`).
    pattern: new RegExp(
      `\\b(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\\.)+${TLD}\\b(?!\\.[A-Za-z_$])|\\blocalhost\\b`,
      'gi',
    ),
    replace: '<host>',
  },
  { name: 'ipv4', needs: has('.'), pattern: /\b(?:\d{1,3}\.){3}\d{1,3}\b/g, replace: '<ip>' },
  {
    name: 'ipv6',
    needs: has(':'),
    // Full form, or compressed with `::` and at least one digit (so `Foo::bar` stays a name).
    pattern:
      /(?<![\w:])(?:(?:[0-9a-f]{1,4}:){7}[0-9a-f]{1,4}|(?=[0-9a-f:]*\d)(?:[0-9a-f]{1,4}(?::[0-9a-f]{1,4})*)?::(?:[0-9a-f]{1,4}(?::[0-9a-f]{1,4})*)?)(?![\w:])/gi,
    replace: '<ip>',
  },
  { name: 'port', needs: has(':'), pattern: /(<host>|<ip>|\]):\d{1,5}\b/g, replace: '$1:<port>' },
  {
    name: 'port',
    needs: (l) => /port /i.test(l),
    pattern: /\bport \d{1,5}\b/gi,
    replace: (m) => `${m.slice(0, 4)} <port>`,
  },
  {
    name: 'uuid',
    needs: has('-'),
    pattern: /\b[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\b/gi,
    replace: '<uuid>',
  },
  { name: 'sha', pattern: /\b(?:[0-9a-f]{64}|[0-9a-f]{40}|[0-9a-f]{32})\b/gi, replace: '<sha>' },
  {
    name: 'date',
    needs: hasDigit,
    pattern: new RegExp(
      [
        // ISO 8601 date, with an optional time and zone.
        '\\b\\d{4}-\\d{2}-\\d{2}(?:[T ]\\d{2}:\\d{2}(?::\\d{2}(?:[.,]\\d+)?)?)?(?:Z|[+-]\\d{2}:?\\d{2}\\b)?',
        '\\b\\d{4}/\\d{2}/\\d{2}\\b',
        '\\b\\d{1,2}/\\d{1,2}/\\d{2,4}\\b',
        `\\b(?:${DAY},? )?\\d{1,2} ${MONTH} \\d{4}\\b`,
        `\\b(?:${DAY},? )?${MONTH} \\d{1,2}(?:,? \\d{4})?\\b`,
      ].join('|'),
      'g',
    ),
    replace: '<date>',
  },
  {
    name: 'time',
    needs: has(':'),
    pattern: /\b\d{1,2}:\d{2}:\d{2}(?:[.,]\d+)?(?: ?[AP]M)?\b|\b\d{1,2}:\d{2} ?[AP]M\b/g,
    replace: '<time>',
  },
  {
    name: 'duration',
    needs: hasDigit,
    // Go's compound durations (1h2m3.5s) first, then a number with a unit.
    pattern: new RegExp(
      `\\b(?:\\d+(?:\\.\\d+)?(?:h|m|s|ms|µs|μs|us|ns)){2,}\\b|(?<![\\p{L}\\p{N}_.])\\d+(?:\\.\\d+)? ?${UNIT}(?![\\p{L}\\p{N}_])`,
      'gu',
    ),
    replace: '<duration>',
  },
  { name: 'address', needs: (l) => /0x/i.test(l), pattern: /\b0x[0-9a-f]+\b/gi, replace: '<addr>' },
  // Java's Object.toString: Foo@1b6d3586.
  { name: 'address', needs: has('@'), pattern: /(?<=[\w$>])@[0-9a-f]{4,16}\b/gi, replace: '@<addr>' },
  { name: 'base64', needs: has('='), pattern: /[/+0-9a-zA-Z]{10,}={1,2}(?![\w=])/g, replace: '<blob>' },
  { name: 'hex', pattern: /\b(?:[0-9a-f]{2}[ :-]){7,}[0-9a-f]{2}\b/gi, replace: '<hex>' },
  {
    name: 'hex',
    needs: hasDigit,
    pattern: /\b(?=[0-9a-f]*[a-f])(?=[0-9a-f]*\d)[0-9a-f]{8,}\b/gi,
    replace: '<hex>',
  },
  { name: 'goroutine', needs: has('goroutine '), pattern: /\bgoroutine \d+\b/g, replace: 'goroutine <id>' },
  // Line numbers where code is located: `file.py:42`, `file.js:10:5`, `, line 42`, `:line 42` (C#).
  {
    name: 'line',
    needs: has(':'),
    pattern: /(\.[A-Za-z][A-Za-z0-9]{0,7}):\d+(?::\d+)?\b/g,
    replace: (m: string, ext: string) =>
      `${ext}:<line>${m.slice(ext.length).split(':').length > 2 ? ':<col>' : ''}`,
  },
  {
    name: 'line',
    needs: (l) => /line /i.test(l),
    pattern: /\bline \d+\b/gi,
    replace: (m) => `${m.slice(0, 4)} <line>`,
  },
  // Every other number, inside names too (`user_1234`, `worker-7`, `test_case_2`), as LUCI masks
  // `[0-9]+`: generated names differ from run to run, and `utf8` is `utf<n>` in every failure alike.
  {
    name: 'number',
    needs: hasDigit,
    pattern: /\d+(?:\.\d+)?/g,
    replace: '<n>',
  },
];

/**
 * Every rule, in order, on one line whose whitespace is already folded; again until nothing changes.
 * A mask can open a word boundary a rule needed (`…000Zlocalhost` only shows `localhost` once the
 * date before it is `<date>`), so one pass is not always a fixed point. Each pass that changes the
 * line turns raw text into placeholders, which no rule rewrites, so it ends; the cap is a guard.
 */
export function maskLine(line: string, workspace?: string): string {
  let out = line;
  if (workspace) {
    for (const w of workspaceForms(workspace)) out = out.split(w).join('<workspace>');
  }
  for (let pass = 0; pass < 8; pass++) {
    const before = out;
    for (const rule of RULES)
      if (rule.needs === undefined || rule.needs(out))
        out = out.replace(rule.pattern, rule.replace as string);
    if (out === before) break;
  }
  return out;
}

function workspaceForms(workspace: string): string[] {
  const trimmed = workspace.replace(/[\\/]+$/, '');
  if (trimmed.length < 2) return [];
  return [...new Set([trimmed, trimmed.replace(/\\/g, '/'), trimmed.replace(/\//g, '\\')])];
}

type FrameKind = 'python' | 'go-file' | 'other';

/** What a (masked, folded) line of a stack trace is: null when it is not a frame. */
function frameKind(line: string): FrameKind | null {
  // Python: File "<workspace>/pkg/mod.py", line <line>, in func
  if (/^File "[^"]*", line <line>(?:, in .*)?$/.test(line)) return 'python';
  // pytest's location lines: tests/test_x.py:<line>: in func · tests/test_x.py:<line>: AssertionError
  if (/^[^\s:]+\.py:<line>:(?: .*)?$/.test(line)) return 'python';
  // Java, Kotlin, Scala, C#, JavaScript, Rust: `at …` with a location.
  if (
    /^at \S.*(?:\.[A-Za-z]\w{0,7}:<line>(?::<col>)?\)?|\((?:Native Method|Unknown Source|<anonymous>|index <n>)\)|:line <line>)$/.test(
      line,
    )
  )
    return 'other';
  // Node's own frames: `at node:internal/…`, `at process.x (node:internal/…)`.
  if (/^at (?:.* )?\(?node:\S+\)?$/.test(line)) return 'other';
  // Go: /path/file.go:<line> +<addr>, and the function line above it.
  if (/^\S+\.go:<line>(?: \+<addr>)?$/.test(line)) return 'go-file';
  if (/^[\w.\-/*()$<>]+\((?:<addr>|\.\.\.|, |\{[^}]*\})*\)$/.test(line)) return 'other';
  // Rust backtraces: `<n>: std::panicking::begin_panic`.
  if (/^<n>: [\w:<>]+$/.test(line)) return 'other';
  // PHP: #<n> /path/File.php(<n>): Foo->bar()
  if (/^#<n> /.test(line)) return 'other';
  return null;
}

/** Frames that belong to a runtime, a test framework or a dependency, not to the repository. */
const LIBRARY =
  /node_modules\/|site-packages\/|dist-packages\/|\/usr\/lib\/|\/usr\/local\/lib\/|\/lib\/python[^/]*\/|<frozen |\bnode:|\(internal\/|\/opt\/hostedtoolcache\/|\/rustc\/|\.cargo\/registry|\/go\/pkg\/mod\/|\/usr\/local\/go\/src\/|\/usr\/lib\/go|\/vendor\/|\/_pytest\/|\/pluggy\/|\/unittest\/|\(<anonymous>\)|\(index <n>\)|Native Method|Unknown Source|^at (?:async )?(?:java|javax|jdk|sun|com\.sun|org\.junit|junit|org\.opentest4j|org\.apache\.maven|org\.gradle|org\.testng|org\.mockito|org\.assertj|org\.hamcrest|net\.bytebuddy|kotlin|kotlinx|scala|worker\.org\.gradle|System|Microsoft|Xunit|NUnit)\.|^(?:runtime|testing|reflect|sync)[./]|^<n>: (?:std|core|alloc|test)::/;

/**
 * The failure text normalized: lines folded (whitespace runs to one space, trimmed, empty lines
 * dropped), every line masked, and of the stack frames only the first `frames` in-repository ones
 * kept (innermost first: for Python, whose tracebacks end with the innermost call, the last ones).
 * pytest's long failure text (source lines, then `E   …` lines with the error) keeps only its `E`
 * lines and frames: the test's own source would make every test's signature its own.
 * Idempotent: normalizing a normalized text gives the same text.
 */
export function normalizeFailure(text: string, options: NormalizeOptions = {}): string {
  return normalizeWith(text, options, null);
}

/** Lines masked before, by their folded text: library frames repeat across the failures of a run. */
type LineMemo = Map<string, string>;
const MAX_MEMO = 20_000;

function normalizeWith(text: string, options: NormalizeOptions, memo: LineMemo | null): string {
  const keep = options.frames ?? DEFAULT_FRAMES;
  const lines: string[] = [];
  for (const raw of text.slice(0, MAX_INPUT).split(/\r\n|\r|\n/)) {
    // Control characters are folded like whitespace: test output carries ANSI escapes and NULs.
    // eslint-disable-next-line no-control-regex
    const folded = raw.replace(/[\s\u0000-\u001f\u007f]+/g, ' ').trim();
    if (folded === '') continue;
    let masked = memo?.get(folded);
    if (masked === undefined) {
      masked = maskLine(folded, options.workspace);
      if (memo && memo.size < MAX_MEMO) memo.set(folded, masked);
    }
    lines.push(masked);
  }
  const kinds = lines.map(frameKind);
  const pytest =
    lines.some((l) => /^E(?: |$)/.test(l)) && lines.some((l, i) => /^> /.test(l) || kinds[i] === 'python');

  // Which in-repository frames to keep: the first `keep`, or for Python the last `keep`.
  const inRepo: number[] = [];
  const pythonInRepo: number[] = [];
  // Go writes a frame as two lines, the function and then its file: the file line goes with it.
  const goesWithAbove = (i: number) => kinds[i] === 'go-file' && i > 0 && kinds[i - 1] === 'other';
  lines.forEach((l, i) => {
    const k = kinds[i];
    if (k === null || goesWithAbove(i) || LIBRARY.test(l)) return;
    (k === 'python' ? pythonInRepo : inRepo).push(i);
  });
  const kept = new Set([
    ...inRepo.slice(0, keep),
    ...pythonInRepo.slice(Math.max(0, pythonInRepo.length - keep)),
  ]);
  for (let i = 1; i < lines.length; i++) if (goesWithAbove(i) && kept.has(i - 1)) kept.add(i);

  const out: string[] = [];
  let dropCode = false;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (kinds[i] !== null) {
      // A Python frame's source line follows it: it goes with its frame.
      dropCode = kinds[i] === 'python' && !kept.has(i) && /^File "/.test(line);
      if (kept.has(i)) out.push(line);
      continue;
    }
    if (dropCode) {
      dropCode = false;
      if (
        !/^(?:E |E$|Traceback |During handling|The above exception)/.test(line) &&
        !/^\w+(?:\.\w+)*(?:Error|Exception|Exit|Interrupt|Warning)\b/.test(line)
      )
        continue;
    }
    // Java's "... 12 more" only says how many library frames were left out.
    if (/^\.\.\. <n> more$/.test(line)) continue;
    if (pytest && !/^E(?: |$)/.test(line)) continue;
    out.push(line);
  }
  return out.join('\n');
}

/** The signature of one failure's text. */
export function signatureOf(text: string, options: NormalizeOptions = {}): Signature {
  return sign(normalizeFailure(text, options));
}

function sign(normalized: string): Signature {
  return { hash: sha256Hex(normalized).slice(0, 32), normalized };
}

/**
 * Signatures of the tests that failed or errored, by test id. The text is the final attempt's
 * (message, then body, as the JUnit reader keeps it); a test listed twice keeps its first.
 */
export function signFailures(
  cases: readonly TestCase[],
  options: NormalizeOptions = {},
): Map<string, Signature> {
  const out = new Map<string, Signature>();
  // Many failures share their text exactly (one cause, many tests): normalize each text once.
  const memo = new Map<string, Signature>();
  const lines: LineMemo = new Map();
  for (const c of cases) {
    if ((c.outcome !== 'failed' && c.outcome !== 'error') || out.has(c.id)) continue;
    const text = c.message ?? '';
    let sig = memo.get(text);
    if (sig === undefined) {
      sig = sign(normalizeWith(text, options, lines));
      memo.set(text, sig);
    }
    out.set(c.id, sig);
  }
  return out;
}

/** Hash by test id, as `extendHistory` records it. */
export function signatureHashes(signed: ReadonlyMap<string, Signature>): Map<string, string> {
  return new Map([...signed].map(([id, s]) => [id, s.hash]));
}

/** Tests listed per signature in flake.report.json; the count is always complete. */
export const MAX_LISTED_TESTS = 50;
/** Characters of the normalized text shown per signature. */
export const MAX_SHOWN_TEXT = 1000;

export interface SignatureGroup {
  readonly signature: string;
  /** The normalized text, cut to MAX_SHOWN_TEXT characters. */
  readonly normalized: string;
  /** This run's tests that failed with it: how many, and the first MAX_LISTED_TESTS ids, sorted. */
  readonly test_count: number;
  readonly tests: readonly string[];
  /** `new`: no earlier run of the window had it; `seen`: at least one did. */
  readonly status: 'new' | 'seen';
  /** Earlier runs of the window with a failure of this signature, of how many earlier runs. */
  readonly seen_in_runs: number;
  readonly of_runs: number;
  /** "seen in 4 of the last 20 runs", or "new in this run (not in the last 20 runs)". */
  readonly summary: string;
  readonly first_seen: { readonly run_id: string; readonly date: string } | null;
  /** Tests that failed with it in earlier runs (first MAX_LISTED_TESTS ids, sorted), and how many. */
  readonly earlier_test_count: number;
  readonly earlier_tests: readonly string[];
}

/**
 * This run's failures grouped by signature, each said to be new or seen in the history, and in
 * which tests. `history` is the window extended with this run: its last run is this one, and the
 * earlier runs are the evidence. Largest groups first, then by signature.
 */
export function groupSignatures(
  signed: ReadonlyMap<string, Signature>,
  history: History | null,
): SignatureGroup[] {
  const groups = new Map<string, { sig: Signature; tests: string[] }>();
  for (const [id, sig] of signed) {
    const g = groups.get(sig.hash);
    if (g) g.tests.push(id);
    else groups.set(sig.hash, { sig, tests: [id] });
  }
  const earlierRuns = Math.max(0, (history?.runs.length ?? 1) - 1);
  // For each signature of this run: the earlier runs and tests that had it.
  const wanted = new Map<number, { runs: Set<number>; tests: string[] }>();
  if (history) {
    history.signatures.forEach((h, i) => {
      if (groups.has(h)) wanted.set(i, { runs: new Set(), tests: [] });
    });
    if (wanted.size > 0)
      for (const t of history.tests) {
        if (t.signatures === undefined) continue;
        const list = entries(t.signatures);
        for (let r = 0; r < earlierRuns; r++) {
          const s = list[r];
          if (s === null || s === undefined) continue;
          const w = wanted.get(s);
          if (!w) continue;
          w.runs.add(r);
          if (w.tests[w.tests.length - 1] !== t.id) w.tests.push(t.id);
        }
      }
  }
  const byHash = new Map<string, { runs: Set<number>; tests: string[] }>();
  for (const [i, w] of wanted) byHash.set(history!.signatures[i]!, w);

  const out: SignatureGroup[] = [];
  for (const [hash, g] of groups) {
    const seen = byHash.get(hash);
    const runs = seen ? [...seen.runs].sort((a, b) => a - b) : [];
    const first = runs.length > 0 ? history!.runs[runs[0]!]! : null;
    const tests = [...g.tests].sort();
    const earlier = seen ? [...seen.tests].sort() : [];
    out.push({
      signature: hash,
      normalized:
        g.sig.normalized.length > MAX_SHOWN_TEXT
          ? `${g.sig.normalized.slice(0, MAX_SHOWN_TEXT)}…`
          : g.sig.normalized,
      test_count: tests.length,
      tests: tests.slice(0, MAX_LISTED_TESTS),
      status: runs.length > 0 ? 'seen' : 'new',
      seen_in_runs: runs.length,
      of_runs: earlierRuns,
      summary:
        runs.length > 0
          ? `seen in ${runs.length} of the last ${earlierRuns} ${earlierRuns === 1 ? 'run' : 'runs'}`
          : earlierRuns === 0
            ? 'new in this run (no earlier run to compare with)'
            : `new in this run (not in the last ${earlierRuns} ${earlierRuns === 1 ? 'run' : 'runs'})`,
      first_seen: first ? { run_id: first.run_id, date: first.date } : null,
      earlier_test_count: earlier.length,
      earlier_tests: earlier.slice(0, MAX_LISTED_TESTS),
    });
  }
  return out.sort((a, b) => b.test_count - a.test_count || (a.signature < b.signature ? -1 : 1));
}
