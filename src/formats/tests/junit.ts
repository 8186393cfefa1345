import type {
  Attempt,
  CaseProperty,
  ExampleCounts,
  Marker,
  MarkerKind,
  Outcome,
  TestCase,
  TestRun,
} from '../../model/tests.js';
import { InputError } from '../../model/errors.js';
import { readXml, type Attributes } from '../../xml/index.js';
import {
  detectProducer,
  producerInfo,
  UNKNOWN_PRODUCER,
  type DuplicatePolicy,
  type Evidence,
  type ProducerId,
} from './producers.js';

/** Longest failure text kept per attempt: signatures need the start, not megabytes of output. */
export const MAX_MESSAGE = 4096;
/** How much of the document's end is kept for fingerprints (node writes its totals there). */
const TAIL = 1024;
/** Testcase properties kept per test, and the longest name and value kept of each. */
export const MAX_CASE_PROPERTIES = 32;
export const MAX_PROPERTY_NAME = 200;
export const MAX_PROPERTY_VALUE = 1024;
/** Markers kept per test, and the longest marker name (longer ones are cut, ending in `…`). */
export const MAX_MARKERS = 32;
export const MAX_MARKER_NAME = 200;
/** Hypothesis statistics kept per report, and the longest (base64) value read. */
const MAX_STATISTICS = 10_000;
const MAX_STATISTICS_VALUE = 16_384;
const HYPOTHESIS_STATISTICS = 'hypothesis-statistics-';

export interface JunitOptions {
  /**
   * The workspace, absolute. A `file` attribute under it is made relative, so that test ids do not
   * change with the checkout's location (mocha and PHPUnit write absolute paths).
   */
  readonly root?: string;
  /**
   * The unit of `time` when the user knows better than the fingerprint: a producer not known here
   * that writes milliseconds. Default: the detected producer's unit (seconds for every one known).
   */
  readonly timeUnit?: 'seconds' | 'milliseconds';
}

export interface JunitReport extends TestRun {
  /** Tests that failed or errored and then passed on a retry within this report. */
  readonly flakyIds: readonly string[];
  /** Which tool wrote the report (see producers.ts), or null when no fingerprint matched. */
  readonly producer: ProducerId | null;
  /** What was done to read this producer's dialect faithfully, one sentence each. */
  readonly fixups: readonly string[];
  /** What the report cannot tell, or may have miscounted, one sentence each. */
  readonly warnings: readonly string[];
}

type RetryKind = 'flaky' | 'rerun';

/** One `<testcase>` element as written, before the producer is known. */
interface Written {
  name: string;
  classname: string;
  file: string | undefined;
  /** The raw `time`, parsed later once the producer (and so the unit) is known. */
  time: string | undefined;
  outcome: Outcome;
  message: string;
  /** `type` of the first `<error>`: PHPUnit 9 writes a risky test as an error of its own type. */
  errorType: string | undefined;
  skipType: string | undefined;
  retries: {
    kind: RetryKind;
    outcome: Outcome;
    time: string | undefined;
    message: string;
    /** The retry's own `<system-err>`, kept only while it has no failure text (see `stderr`). */
    stderr: string;
  }[];
  /**
   * The testcase's own `<system-err>`, kept only when it failed or errored with no failure text:
   * early nextest releases write an empty `<failure/>` (and retries with no text) and the panic
   * only there (see __tests__/fixtures/junit/nextest/). Read as the message for nextest only.
   */
  stderr: string;
  /** `hostname` of the nearest suite: Playwright writes the project there. */
  suiteHost: string | undefined;
  /** `name` of the nearest suite: jest-junit writes the outermost describe block there. */
  suiteTitle: string;
  /** Go build tags a suite-level property gave the nearest suite (or one above it). */
  suiteBuildTags: string | undefined;
  /** The testcase's `<properties>`, capped; test-ladder's own (SHARD_MARKER, SHARD_EXAMPLES) apart. */
  properties: CaseProperty[];
  /** Markers as tests.junit.xml wrote them (`kind:name`); null when it wrote none. */
  shardMarkers: string[] | null;
  /** Examples as tests.junit.xml wrote them (`run,passing,failing,invalid`). */
  shardExamples: string | undefined;
}

interface SuiteCount {
  title: string;
  declaredTests: number | null;
  cases: number;
}

/**
 * JUnit XML in every dialect known here (see producers.ts): any nesting of `<testsuite>` under
 * `<testsuites>` or a bare `<testsuite>` root. Per `<testcase>`: `<failure>` → failed, `<error>` →
 * error, `<skipped>` (or a `status`/`result` of disabled, skipped, notrun, suppressed) → skipped,
 * else passed; an error outranks a failure, which outranks a skip. Retries become the test's attempts: the elements
 * `<flakyFailure>`/`<flakyError>` (failed, then passed: the test passed and is flaky) and
 * `<rerunFailure>`/`<rerunError>` (the retries that failed too), and a repeated testcase where the
 * producer writes retries that way.
 */
export function parseJunit(text: string, file: string, options: JunitOptions = {}): JunitReport {
  const written: Written[] = [];
  const suites: SuiteCount[] = [];
  const suiteStack: {
    file: string | undefined;
    host: string | undefined;
    buildTags: string | undefined;
    count: SuiteCount;
  }[] = [];
  /** Depth of the open `<properties>` of the current case, else -1. */
  let propertiesDepth = -1;
  /** Hypothesis statistics by `classname\0name` (see hypothesisKey), base64 as written. */
  const statistics = new Map<string, string>();
  let depth = 0;
  let caseDepth = -1;
  let current: Written | null = null;
  /** Depth of the open retry element inside the current case, else -1. */
  let retryDepth = -1;
  /** Depth of the element whose own text is being kept, else -1; and where it goes. */
  let captureDepth = -1;
  let captureRetry = false;
  /** The kept text goes to the `<system-err>` fallback (of the case, or of its last retry). */
  let captureStderr = false;
  let rootName = '';
  let rootKeys: string[] = [];
  let rootTitle: string | undefined;
  let firstSuiteKeys: string[] | null = null;
  let firstSuiteTitle: string | undefined;
  let schemaLocation: string | undefined;
  let goVersionProperty = false;
  let javaProperties = false;
  let assertionsAttribute = false;
  let declaredRootSkipped: number | null = null;
  let retryElements = 0;

  readXml(
    text,
    { file, maxTextLength: MAX_MESSAGE },
    {
      open(name: string, attrs: Attributes) {
        depth++;
        if (depth === 1) {
          if (name !== 'testsuites' && name !== 'testsuite')
            throw new InputError(
              `expected a JUnit <testsuites> or <testsuite> root element, found <${name}>`,
              {
                file,
              },
            );
          rootName = name;
          rootKeys = Object.keys(attrs);
          rootTitle = attrs['name'];
          schemaLocation = attrs['xsi:noNamespaceSchemaLocation'];
          declaredRootSkipped = count(attrs['skipped']);
        }
        if (name === 'testsuite') {
          if (current) return;
          if (firstSuiteKeys === null) {
            firstSuiteKeys = Object.keys(attrs);
            firstSuiteTitle = attrs['name'];
            schemaLocation ??= attrs['xsi:noNamespaceSchemaLocation'];
          }
          if (attrs['assertions'] !== undefined) assertionsAttribute = true;
          const parent = suiteStack[suiteStack.length - 1];
          const suite: SuiteCount = {
            title: attrs['name'] ?? '',
            declaredTests: count(attrs['tests']),
            cases: 0,
          };
          suites.push(suite);
          suiteStack.push({
            file: attrs['file'] || parent?.file,
            host: attrs['hostname'] ?? parent?.host,
            buildTags: parent?.buildTags,
            count: suite,
          });
          return;
        }
        if (name === 'property' && !current) {
          const key = attrs['name'] ?? '';
          if (key === 'go.version') goVersionProperty = true;
          else if (key.startsWith('java.')) javaProperties = true;
          else if (key.startsWith(HYPOTHESIS_STATISTICS)) {
            const at = hypothesisKey(key.slice(HYPOTHESIS_STATISTICS.length));
            const value = attrs['value'] ?? '';
            if (at !== null && statistics.size < MAX_STATISTICS && value.length <= MAX_STATISTICS_VALUE)
              statistics.set(at, value);
          } else if (markerKind(key) === 'build-tag') {
            const suite = suiteStack[suiteStack.length - 1];
            if (suite) suite.buildTags = (attrs['value'] ?? '').slice(0, MAX_PROPERTY_VALUE);
          }
          return;
        }
        if (name === 'testcase') {
          if (current)
            throw new InputError(`<testcase> nested inside <testcase name="${current.name}">`, { file });
          const suite = suiteStack[suiteStack.length - 1];
          if (suite) suite.count.cases++;
          if (attrs['assertions'] !== undefined) assertionsAttribute = true;
          // `status` (Ant, Bazel: disabled, notrun) or `result` (GoogleTest: `status="run" result="skipped"`).
          const skippedByAttribute =
            SKIP_STATUS.has(attrs['status'] ?? '') || SKIP_STATUS.has(attrs['result'] ?? '');
          current = {
            name: attrs['name'] ?? '',
            classname: attrs['classname'] ?? '',
            file: attrs['file'] || suite?.file,
            time: attrs['time'],
            outcome: skippedByAttribute ? 'skipped' : 'passed',
            message: '',
            errorType: undefined,
            skipType: undefined,
            retries: [],
            stderr: '',
            suiteHost: suite?.host,
            suiteTitle: suite?.count.title ?? '',
            suiteBuildTags: suite?.buildTags,
            properties: [],
            shardMarkers: null,
            shardExamples: undefined,
          };
          caseDepth = depth;
          return;
        }
        if (!current) return;
        if (depth === caseDepth + 1) {
          switch (name) {
            case 'failure':
            case 'error': {
              const outcome: Outcome = name === 'failure' ? 'failed' : 'error';
              if (outcome === 'error') current.errorType ??= attrs['type'] ?? '';
              current.outcome = worse(current.outcome, outcome);
              // The first failure's text is the test's message (pytest's call failure, not its teardown).
              if (current.message === '') {
                current.message = attrs['message'] ? `${attrs['message']}\n` : '';
                captureDepth = depth;
                captureRetry = false;
                captureStderr = false;
              }
              return;
            }
            case 'skipped':
              current.outcome = worse(current.outcome, 'skipped');
              current.skipType ??= attrs['type'] ?? '';
              return;
            case 'properties':
              propertiesDepth = depth;
              return;
            case 'system-err':
              // Kept only as the failure text of a failure written without any (see `stderr`).
              if ((current.outcome === 'failed' || current.outcome === 'error') && current.message === '') {
                captureDepth = depth;
                captureRetry = false;
                captureStderr = true;
              }
              return;
            case 'flakyFailure':
            case 'flakyError':
            case 'rerunFailure':
            case 'rerunError': {
              retryElements++;
              current.retries.push({
                kind: name.startsWith('flaky') ? 'flaky' : 'rerun',
                outcome: name.endsWith('Failure') ? 'failed' : 'error',
                time: attrs['time'],
                message: attrs['message'] ? `${attrs['message']}\n` : '',
                stderr: '',
              });
              retryDepth = depth;
              captureDepth = depth;
              captureRetry = true;
              captureStderr = false;
              return;
            }
            default:
              return;
          }
        }
        if (depth === propertiesDepth + 1 && propertiesDepth !== -1 && name === 'property') {
          const key = attrs['name'] ?? '';
          const value = attrs['value'] ?? '';
          if (key === SHARD_MARKER) {
            current.shardMarkers ??= [];
            if (current.shardMarkers.length < MAX_MARKERS) current.shardMarkers.push(value);
          } else if (key === SHARD_EXAMPLES) current.shardExamples ??= value.slice(0, 100);
          else if (current.properties.length < MAX_CASE_PROPERTIES)
            current.properties.push({
              name: copyString((attrs['name'] ?? '').slice(0, MAX_PROPERTY_NAME)),
              value: copyString((attrs['value'] ?? '').slice(0, MAX_PROPERTY_VALUE)),
            });
          return;
        }
        // Surefire and Playwright put a retry's trace in a <stackTrace> child; its <system-out> is not kept.
        if (retryDepth !== -1 && depth === retryDepth + 1 && name === 'stackTrace') {
          captureDepth = depth;
          captureRetry = true;
          captureStderr = false;
        }
        if (retryDepth !== -1 && depth === retryDepth + 1 && name === 'system-err') {
          const r = current.retries[current.retries.length - 1]!;
          if (r.message === '') {
            captureDepth = depth;
            captureRetry = true;
            captureStderr = true;
          }
        }
      },
      close(name: string) {
        if (depth === captureDepth) captureDepth = -1;
        if (depth === retryDepth) retryDepth = -1;
        if (depth === propertiesDepth) propertiesDepth = -1;
        if (name === 'testsuite' && !current) suiteStack.pop();
        if (name === 'testcase' && current && depth === caseDepth) {
          written.push(current);
          current = null;
          caseDepth = -1;
        }
        depth--;
      },
      text(chunk: string) {
        // Whitespace between a retry element and its <stackTrace> is layout, not text.
        if (depth !== captureDepth || !current || !/\S/.test(chunk)) return;
        if (captureRetry) {
          const r = current.retries[current.retries.length - 1]!;
          if (captureStderr) r.stderr = append(r.stderr, chunk);
          else r.message = append(r.message, chunk);
        } else if (captureStderr) current.stderr = append(current.stderr, chunk);
        else current.message = append(current.message, chunk);
      },
    },
  );

  const evidence: Evidence = {
    rootName,
    rootKeys,
    rootTitle,
    firstSuiteKeys: firstSuiteKeys ?? [],
    firstSuiteTitle,
    schemaLocation,
    goVersionProperty,
    javaProperties,
    assertionsAttribute,
    tail: text.length > TAIL ? text.slice(-TAIL) : text,
  };
  const producer = detectProducer(evidence);
  const info = producer ? producerInfo(producer) : { id: null, ...UNKNOWN_PRODUCER };
  const fixups: string[] = [];
  const warnings: string[] = [];
  const label = producer ?? 'unknown producer';

  // Times: the producer's unit; grouping commas (Surefire's `1,234.5`) and decimal commas fixed.
  let commaTimes = 0;
  // Times written but not a number of seconds (NaN, negative): unknown durations, said aloud.
  let badTimes = 0;
  let badTime = '';
  const unit = options.timeUnit ?? info.timeUnit;
  const seconds = (raw: string | undefined): number | null => {
    const n = parseSeconds(raw);
    if (n !== null && raw!.includes(',')) commaTimes++;
    if (n === null && raw !== undefined && raw.trim() !== '' && badTimes++ === 0)
      badTime = raw.trim().slice(0, 40);
    return n === null ? null : unit === 'milliseconds' ? n / 1000 : n;
  };

  // Producer fix-ups on single testcases.
  let risky = 0;
  let xfail = 0;
  let projectNamed = 0;
  let fromStderr = 0;
  for (const w of written) {
    if (producer === 'nextest') {
      if (failing(w.outcome) && w.message.trim() === '' && w.stderr.trim() !== '') {
        w.message = w.stderr;
        fromStderr++;
      }
      for (const r of w.retries) {
        if (failing(r.outcome) && r.message.trim() === '' && r.stderr.trim() !== '') {
          r.message = r.stderr;
          fromStderr++;
        }
      }
    }
    if (producer === 'phpunit' && w.outcome === 'error' && w.errorType === PHPUNIT_RISKY) {
      w.outcome = 'passed';
      w.message = '';
      risky++;
    }
    if (producer === 'pytest' && w.skipType === 'pytest.xfail') xfail++;
    if (producer === 'playwright' && w.suiteHost && !w.name.startsWith(`[${w.suiteHost}] `)) {
      w.name = `[${w.suiteHost}] ${w.name}`;
      projectNamed++;
    }
  }
  if (risky > 0)
    fixups.push(
      `phpunit: ${plural(risky, 'risky test')} written as <error type="${PHPUNIT_RISKY}"> counted passed, as PHPUnit counts it (risky is not an error unless --fail-on-risky)`,
    );
  if (xfail > 0)
    fixups.push(`pytest: ${plural(xfail, 'xfail test')} (<skipped type="pytest.xfail">) counted skipped`);
  if (fromStderr > 0)
    fixups.push(
      `nextest: ${plural(fromStderr, 'failure')} written with no text of ${fromStderr === 1 ? 'its' : 'their'} own read from ${fromStderr === 1 ? 'its' : 'their'} <system-err>, where nextest wrote the panic`,
    );
  if (projectNamed > 0)
    fixups.push(
      `playwright: the project (the suite's hostname) is put before ${plural(projectNamed, 'test name')}, as includeProjectInTestName does, so one test in two projects is two tests`,
    );

  // Group testcases into tests by id, per the producer's reading of a repeated testcase.
  const root = options.root ? norm(options.root).replace(/\/+$/, '') : undefined;
  const tests: Group[] = [];
  const byId = new Map<string, Group>();
  let folded = 0;
  let sharedIds = 0;
  for (const w of written) {
    const caseFile = w.file ? relativeTo(norm(w.file), root) : undefined;
    const id = testId(caseFile, w.classname, w.name);
    const attempts = attemptsOf(w, seconds);
    const seen = byId.get(id);
    if (seen && info.duplicates !== 'distinct') {
      folded++;
      if (info.duplicates === 'attempts') seen.attempts.push(...attempts);
      else mergePhase(seen.attempts, attempts);
      continue;
    }
    if (seen) sharedIds++;
    const group: Group = { id, written: w, file: caseFile, attempts };
    tests.push(group);
    if (!seen) byId.set(id, group);
  }
  if (folded > 0) fixups.push(duplicatesFixup(label, info.duplicates, folded));
  if (sharedIds > 0)
    warnings.push(
      `${label}: ${plural(sharedIds, 'testcase')} share${sharedIds === 1 ? 's' : ''} file, classname and name with an earlier one; ${producer} never repeats a test for a retry, so each is counted as a test of its own`,
    );
  if (retryElements > 0)
    fixups.push(
      `${label}: ${plural(retryElements, 'retry element')} (flakyFailure, flakyError, rerunFailure, rerunError) read as attempts`,
    );
  if (commaTimes > 0)
    fixups.push(`${label}: ${plural(commaTimes, 'time')} written with a comma read as seconds`);
  if (unit === 'milliseconds') fixups.push(`${label}: times are milliseconds; divided by 1000`);
  if (badTimes > 0)
    warnings.push(
      `${label}: ${plural(badTimes, 'time')} ${badTimes === 1 ? 'is' : 'are'} not a number of seconds (the first: ${JSON.stringify(badTime)}); ${badTimes === 1 ? 'its duration is' : 'their durations are'} left out`,
    );

  const cases: TestCase[] = [];
  const flakyIds: string[] = [];
  const extras: Extras = { producer, statistics };
  for (const g of tests) {
    const c = toCase(g, extras);
    cases.push(c);
    if (c.attempts && isFlaky(c.attempts)) flakyIds.push(c.id);
  }

  // What the producer is known to leave out or blur.
  if (info.dropsRetries && (producer !== 'playwright' || retryElements === 0))
    warnings.push(info.dropsRetries);
  if (producer === 'go') goNotes(cases, fixups);
  if (producer === 'jest-junit') {
    for (const s of suites) {
      if (s.declaredTests !== null && s.cases > s.declaredTests)
        warnings.push(
          `jest-junit: suite ${JSON.stringify(s.title)} lists ${s.cases} testcases but declares tests="${s.declaredTests}": jest-junit writes a todo test as a testcase with no outcome, so ${plural(s.cases - s.declaredTests, 'todo test')} read${s.cases - s.declaredTests === 1 ? 's' : ''} as passed`,
        );
    }
  }
  if (producer === 'mocha-junit-reporter' && declaredRootSkipped !== null) {
    const listed = written.filter((w) => w.outcome === 'skipped').length;
    if (declaredRootSkipped > listed)
      warnings.push(
        `mocha-junit-reporter: the root declares skipped="${declaredRootSkipped}" but lists ${listed} skipped testcases: pending tests are left out unless includePending is set, so ${plural(declaredRootSkipped - listed, 'skipped test')} ${declaredRootSkipped - listed === 1 ? 'is' : 'are'} not counted`,
      );
  }
  if (producer === 'nextest')
    warnings.push('nextest leaves skipped tests out of its JUnit report: none is counted as skipped');

  return { sources: [file], cases, flakyIds, producer, fixups, warnings };
}

interface Group {
  id: string;
  written: Written;
  file: string | undefined;
  attempts: Attempt[];
}

const SKIP_STATUS = new Set(['disabled', 'skipped', 'notrun', 'suppressed']);
const PHPUNIT_RISKY = 'PHPUnit\\Framework\\RiskyTestError';
const RANK: Readonly<Record<Outcome, number>> = { passed: 0, skipped: 1, failed: 2, error: 3 };

function failing(o: Outcome): boolean {
  return o === 'failed' || o === 'error';
}

function worse(a: Outcome, b: Outcome): Outcome {
  return RANK[b] > RANK[a] ? b : a;
}

/**
 * One testcase element's attempts, in the order run. Failed retries (`rerun*`) follow the first
 * run, which is the testcase's own `<failure>`/`<error>` (Playwright writes it after them, Surefire
 * before). Flaky retries (`flaky*`) precede the testcase's own, final, outcome.
 */
function attemptsOf(w: Written, seconds: (raw: string | undefined) => number | null): Attempt[] {
  const own = attempt(w.outcome, seconds(w.time), w.message);
  if (w.retries.length === 0) return [own];
  const retries = w.retries.map((r) => attempt(r.outcome, seconds(r.time), r.message));
  return w.retries.some((r) => r.kind === 'rerun') ? [own, ...retries] : [...retries, own];
}

function attempt(outcome: Outcome, duration: number | null, message: string): Attempt {
  const kept = outcome === 'failed' || outcome === 'error' ? message.trim() : '';
  // Copied: a slice of a huge report would keep the whole report alive.
  return kept ? { outcome, duration, message: copyString(kept) } : { outcome, duration };
}

/** pytest's second record of a test (its teardown) belongs to the same run: the worse outcome wins. */
function mergePhase(into: Attempt[], phase: readonly Attempt[]): void {
  const last = into[into.length - 1]!;
  const next = phase[phase.length - 1]!;
  const outcome = worse(last.outcome, next.outcome);
  const duration =
    last.duration === null && next.duration === null
      ? null
      : Math.round(((last.duration ?? 0) + (next.duration ?? 0)) * 1e9) / 1e9;
  const message = last.message ?? next.message;
  into[into.length - 1] =
    message && (outcome === 'failed' || outcome === 'error')
      ? { outcome, duration, message }
      : { outcome, duration };
}

/** What toCase reads beyond the testcase: the producer (for describe paths) and Hypothesis's figures. */
interface Extras {
  readonly producer: ProducerId | null;
  readonly statistics: ReadonlyMap<string, string>;
}

function toCase(g: Group, extras: Extras): TestCase {
  const { attempts, written: w } = g;
  const markers = w.shardMarkers ? shardMarkers(w.shardMarkers) : markersOf(w, extras.producer);
  const stats = extras.statistics.get(`${w.classname}\0${w.name}`);
  const examples =
    stats !== undefined
      ? hypothesisExamples(stats)
      : w.shardExamples !== undefined
        ? shardExamples(w.shardExamples)
        : null;
  let final = attempts[attempts.length - 1]!;
  for (let i = attempts.length - 1; i >= 0; i--) {
    if (attempts[i]!.outcome !== 'skipped') {
      final = attempts[i]!;
      break;
    }
  }
  let duration: number | null = null;
  for (const a of attempts) if (a.duration !== null) duration = (duration ?? 0) + a.duration;
  // A sum of decimal times picks up binary noise (0.006 + 0.007 = 0.013000000000000001); reports
  // give at most nanoseconds.
  if (duration !== null && attempts.length > 1) duration = Math.round(duration * 1e9) / 1e9;
  return {
    id: g.id,
    name: copyString(w.name),
    classname: copyString(w.classname),
    ...(g.file ? { file: copyString(g.file) } : {}),
    outcome: final.outcome,
    duration,
    ...(final.message ? { message: final.message } : {}),
    ...(attempts.length > 1 ? { attempts } : {}),
    ...(w.properties.length > 0 ? { properties: w.properties } : {}),
    ...(markers.length > 0 ? { markers } : {}),
    ...(examples ? { examples } : {}),
  };
}

/** The property names that carry markers, by kind; compared without case. */
const MARKER_PROPERTIES: Readonly<Record<string, MarkerKind>> = Object.assign(Object.create(null), {
  marker: 'property',
  markers: 'property',
  tag: 'tag',
  tags: 'tag',
  category: 'category',
  categories: 'category',
  'build-tags': 'build-tag',
  build_tags: 'build-tag',
  buildtags: 'build-tag',
  'go.buildtags': 'build-tag',
  'go.build.tags': 'build-tag',
}) as Readonly<Record<string, MarkerKind>>;

/**
 * Property names test-ladder writes into tests.junit.xml (src/github/shard-junit.ts) so that a
 * later job reads back the markers and examples a case had, whatever report they came from: one
 * `test-ladder.marker` property per marker, valued `kind:name`, and `test-ladder.examples` valued
 * `run,passing,failing,invalid`. A testcase with any `test-ladder.marker` has exactly those markers.
 */
export const SHARD_MARKER = 'test-ladder.marker';
export const SHARD_EXAMPLES = 'test-ladder.examples';

/** What tests.junit.xml writes in a testcase's `<properties>` for this case: its own, then test-ladder's. */
export function shardProperties(c: TestCase): CaseProperty[] {
  return [
    ...(c.properties ?? []),
    ...(c.markers ?? []).map((m) => ({ name: SHARD_MARKER, value: `${m.kind}:${m.name}` })),
    ...(c.examples
      ? [
          {
            name: SHARD_EXAMPLES,
            value: [c.examples.run, c.examples.passing, c.examples.failing, c.examples.invalid].join(','),
          },
        ]
      : []),
  ];
}

const KINDS: readonly MarkerKind[] = ['property', 'tag', 'category', 'describe', 'build-tag'];

function shardMarkers(values: readonly string[]): Marker[] {
  const out: Marker[] = [];
  const seen = new Set<string>();
  for (const v of values) {
    const colon = v.indexOf(':');
    const kind = v.slice(0, colon) as MarkerKind;
    const name = markerName(v.slice(colon + 1));
    if (colon === -1 || !KINDS.includes(kind) || name === '' || seen.has(`${kind}\0${name}`)) continue;
    seen.add(`${kind}\0${name}`);
    out.push({ name, kind });
  }
  return out;
}

function shardExamples(value: string): ExampleCounts | null {
  const m = /^(\d{1,12}),(\d{1,12}),(\d{1,12}),(\d{1,12})$/.exec(value);
  if (!m) return null;
  return {
    run: Number(m[1]),
    passing: Number(m[2]),
    failing: Number(m[3]),
    invalid: Number(m[4]),
    source: 'hypothesis-statistics',
  };
}

/** The marker kind a property of this name carries, or null. */
export function markerKind(propertyName: string): MarkerKind | null {
  return MARKER_PROPERTIES[propertyName.trim().toLowerCase()] ?? null;
}

/**
 * A testcase's markers: from its properties named marker(s), tag(s), category/categories or build
 * tags (values separated by commas or whitespace), from a suite's build-tags property, and from
 * the describe blocks of jest-junit and vitest. vitest writes the path in the name, `a > b > title`:
 * each ancestor path is a marker (`a`, `a > b`). jest-junit joins the path and the title with
 * spaces, so only the outermost block, which it writes as the suite's name, can be told apart
 * (a file without one is named "undefined"). Duplicates are dropped; at most MAX_MARKERS are kept.
 */
function markersOf(w: Written, producer: ProducerId | null): Marker[] {
  const out: Marker[] = [];
  const seen = new Set<string>();
  const add = (raw: string, kind: MarkerKind) => {
    const name = markerName(raw);
    if (name === '' || out.length >= MAX_MARKERS) return;
    const key = `${kind}\0${name}`;
    if (seen.has(key)) return;
    seen.add(key);
    out.push({ name, kind });
  };
  const split = (value: string, kind: MarkerKind) => {
    for (const v of value.split(/[\s,]+/)) add(v, kind);
  };
  for (const p of w.properties) {
    const kind = markerKind(p.name);
    if (kind !== null) split(p.value, kind);
  }
  if (w.suiteBuildTags !== undefined) split(w.suiteBuildTags, 'build-tag');
  if (producer === 'vitest') {
    const parts = w.name.split(' > ');
    for (let i = 1; i < parts.length; i++) add(parts.slice(0, i).join(' > '), 'describe');
  } else if (producer === 'jest-junit') {
    const title = w.suiteTitle;
    if (title.trim() !== '' && title !== 'undefined' && w.classname.startsWith(`${title} `))
      add(title, 'describe');
  }
  return out;
}

/**
 * A marker name as kept: whitespace folded, control and format characters dropped (they would
 * forge lines in logs and comments), cut at MAX_MARKER_NAME characters.
 */
function markerName(raw: string): string {
  const name = raw
    .replace(/[\p{Cc}\p{Cf}\p{Zl}\p{Zp}]/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  if (name.length <= MAX_MARKER_NAME) return copyString(name);
  return `${name.slice(0, MAX_MARKER_NAME - 1)}…`;
}

/**
 * pytest's node id → the `classname\0name` its JUnit writer derives from it (mangle_test_address:
 * the path's `/` become `.`, `.py` is dropped, `::` parts join with `.`, the last part is the name).
 */
function hypothesisKey(nodeid: string): string | null {
  const bracket = nodeid.indexOf('[');
  const path = bracket === -1 ? nodeid : nodeid.slice(0, bracket);
  const params = bracket === -1 ? '' : nodeid.slice(bracket);
  const names = path.split('::');
  if (names.length < 2) return null;
  names[0] = names[0]!.replace(/\//g, '.').replace(/\.py$/, '');
  names[names.length - 1] += params;
  return `${names.slice(0, -1).join('.')}\0${names[names.length - 1]}`;
}

/**
 * The examples Hypothesis ran, from its statistics (base64 of the text `--hypothesis-show-statistics`
 * prints): each phase's "N passing examples, N failing examples, N invalid examples", summed. Null
 * when the value is not that text.
 */
export function hypothesisExamples(base64: string): ExampleCounts | null {
  if (!/^[A-Za-z0-9+/]*={0,2}$/.test(base64) || base64.length % 4 !== 0) return null;
  const text = Buffer.from(base64, 'base64').toString('utf8');
  let passing = 0;
  let failing = 0;
  let invalid = 0;
  let phases = 0;
  for (const m of text.matchAll(
    /(\d{1,12}) passing examples, (\d{1,12}) failing examples, (\d{1,12}) invalid examples/g,
  )) {
    passing += Number(m[1]);
    failing += Number(m[2]);
    invalid += Number(m[3]);
    phases++;
  }
  if (phases === 0) return null;
  return { run: passing + failing + invalid, passing, failing, invalid, source: 'hypothesis-statistics' };
}

/** A failed or errored attempt before the last attempt that ran, and that one passed. */
export function isFlaky(attempts: readonly Attempt[]): boolean {
  let final = -1;
  for (let i = attempts.length - 1; i >= 0; i--) {
    if (attempts[i]!.outcome !== 'skipped') {
      final = i;
      break;
    }
  }
  if (final <= 0 || attempts[final]!.outcome !== 'passed') return false;
  return attempts.slice(0, final).some((a) => a.outcome === 'failed' || a.outcome === 'error');
}

function duplicatesFixup(label: string, policy: DuplicatePolicy, folded: number): string {
  return policy === 'phases'
    ? `${label}: ${plural(folded, 'repeated testcase')} (a teardown or setup written apart from its call) merged into the test's run; an error outranks a failure`
    : `${label}: ${plural(folded, 'repeated testcase')} (same file, classname and name) read as retries: each is an attempt of one test`;
}

/**
 * Go flattens subtests as `Parent/sub` and fails a parent when a child fails. Both are reported and
 * both counted, as `go test` and gotestsum count them; the note names the parents. gotestsum lists
 * failed runs before passed ones, so attempts of one test are ordered by outcome, not by time.
 */
function goNotes(cases: readonly TestCase[], fixups: string[]): void {
  const failed = new Set(
    cases.filter((c) => c.outcome === 'failed' || c.outcome === 'error').map((c) => c.id),
  );
  const parents = new Set<string>();
  for (const id of failed) {
    // Every `/` after the classname separator ends a parent's name: `Pkg::A/b/c` → `Pkg::A`, `Pkg::A/b`.
    const from = id.lastIndexOf('::') + 2;
    for (let i = id.indexOf('/', from); i !== -1; i = id.indexOf('/', i + 1)) {
      const parent = id.slice(0, i);
      if (failed.has(parent)) parents.add(parent);
    }
  }
  if (parents.size > 0) {
    const names = cases.filter((c) => parents.has(c.id)).map((c) => c.name);
    fixups.push(
      `go: ${plural(names.length, 'parent test')} failed because a subtest failed (${names.slice(0, 5).join(', ')}${names.length > 5 ? ', …' : ''}); go reports the parent and the subtest, and both are counted`,
    );
  }
  if (cases.some((c) => c.attempts))
    fixups.push(
      'go: gotestsum lists failed runs before passed ones, so the attempts of a test are in that order, not the order they ran',
    );
}

/** `(file?, classname, name)` normalized (separators to `/`, whitespace folded), joined by `::`. */
export function testId(file: string | undefined, classname: string, name: string): string {
  const fold = (s: string) => s.replace(/\s+/g, ' ').trim();
  const parts = [fold(norm(classname)), fold(norm(name))];
  return file ? [fold(norm(file)), ...parts].join('::') : parts.join('::');
}

function norm(s: string): string {
  return s.replace(/\\/g, '/');
}

function relativeTo(file: string, root: string | undefined): string {
  if (!root) return file;
  if (file.startsWith(`${root}/`)) return file.slice(root.length + 1);
  return file;
}

/** Seconds; accepts `1,234.5` (Surefire's grouping) and `0,5` (a decimal comma). */
export function parseSeconds(raw: string | undefined): number | null {
  if (raw === undefined) return null;
  let s = raw.trim();
  if (s === '') return null;
  if (/^\d{1,3}(,\d{3})+(\.\d+)?$/.test(s)) s = s.replace(/,/g, '');
  else if (/^\d+,\d+$/.test(s)) s = s.replace(',', '.');
  const n = Number(s);
  return Number.isFinite(n) && n >= 0 ? n : null;
}

function count(raw: string | undefined): number | null {
  if (raw === undefined || !/^\s*\d+\s*$/.test(raw)) return null;
  return Number(raw);
}

function append(kept: string, chunk: string): string {
  return kept.length >= MAX_MESSAGE ? kept : kept + chunk.slice(0, MAX_MESSAGE - kept.length);
}

function plural(n: number, what: string): string {
  return `${n} ${what}${n === 1 ? '' : 's'}`;
}

/**
 * A copy that does not keep the report alive: V8 keeps a slice of 13 or more characters as a view
 * into the whole string, so a kept test name would hold a 150 MB report. Slicing a concatenation
 * flattens it into a new string first, so the view is into that short string only; shorter slices
 * are copies already. Lone surrogates stay as they are (a UTF-8 round trip would replace them).
 * Measured (bench/junit.bench.mjs): a JSON round trip here cost 100 ms of a 340 ms read.
 */
function copyString(s: string): string {
  return s.length < 13 ? s : (s + ' ').slice(0, -1);
}
