/**
 * Which tool wrote a JUnit report, told from marks the tool always leaves, and what that means for
 * reading it. JUnit XML has no standard: the same element means different things per producer
 * (a repeated `<testcase>` is a retry for gotestsum, a teardown error for pytest, and a second test
 * of the same title for jest), so the fix-ups hang on the producer, never on a guess per value.
 */

export type ProducerId =
  | 'pytest'
  | 'jest-junit'
  | 'vitest'
  | 'node-test'
  | 'mocha-junit-reporter'
  | 'playwright'
  | 'go'
  | 'surefire'
  | 'failsafe'
  | 'gradle'
  | 'nextest'
  | 'phpunit';

/**
 * What a repeated `<testcase>` (same file, classname and name) means:
 * - `attempts`: another run of the same test (gotestsum `--rerun-fails`, `go test -count=N`,
 *   Gradle's retry plugin); the runs become the test's attempts, in report order.
 * - `phases`: another phase of the same run (pytest writes a call failure and a teardown error as
 *   two testcases); merged into one attempt, the worse outcome winning.
 * - `distinct`: a different test that happens to share the title (jest, vitest, mocha write one
 *   testcase per test and never repeat one for a retry); kept apart, and a warning says so.
 */
export type DuplicatePolicy = 'attempts' | 'phases' | 'distinct';

export interface Producer {
  readonly id: ProducerId;
  /** `time` attributes are in this unit (every producer known here writes seconds; the switch exists so one that does not is fixed by its fingerprint, never by the size of a value). */
  readonly timeUnit: 'seconds' | 'milliseconds';
  readonly duplicates: DuplicatePolicy;
  /** Set when the producer runs retries but never writes them: a pass on retry reads as a plain pass. */
  readonly dropsRetries?: string;
}

const PRODUCERS: Readonly<Record<ProducerId, Producer>> = {
  pytest: {
    id: 'pytest',
    timeUnit: 'seconds',
    duplicates: 'phases',
    dropsRetries:
      'pytest writes no trace of reruns (pytest-rerunfailures --reruns): a test that passed on a rerun reads as a plain pass, so pass-on-retry flakes are invisible in this report',
  },
  'jest-junit': {
    id: 'jest-junit',
    timeUnit: 'seconds',
    duplicates: 'distinct',
    dropsRetries:
      'jest-junit writes no trace of retries (jest.retryTimes): a test that passed on a retry reads as a plain pass, so pass-on-retry flakes are invisible in this report',
  },
  vitest: {
    id: 'vitest',
    timeUnit: 'seconds',
    duplicates: 'distinct',
    dropsRetries:
      "vitest's JUnit reporter writes no trace of retries (`retry`): a test that passed on a retry reads as a plain pass, so pass-on-retry flakes are invisible in this report",
  },
  'node-test': { id: 'node-test', timeUnit: 'seconds', duplicates: 'distinct' },
  'mocha-junit-reporter': {
    id: 'mocha-junit-reporter',
    timeUnit: 'seconds',
    duplicates: 'distinct',
    dropsRetries:
      'mocha-junit-reporter writes no trace of retries (this.retries()): a test that passed on a retry reads as a plain pass, so pass-on-retry flakes are invisible in this report',
  },
  playwright: {
    id: 'playwright',
    timeUnit: 'seconds',
    duplicates: 'distinct',
    // Only without `includeRetries`: the reader warns when the report holds no retry element.
    dropsRetries:
      "Playwright's JUnit reporter writes retries only with includeRetries (or PLAYWRIGHT_JUNIT_INCLUDE_RETRIES=1) and this report holds none: a test that passed on a retry reads as a plain pass",
  },
  go: { id: 'go', timeUnit: 'seconds', duplicates: 'attempts' },
  surefire: { id: 'surefire', timeUnit: 'seconds', duplicates: 'attempts' },
  failsafe: { id: 'failsafe', timeUnit: 'seconds', duplicates: 'attempts' },
  gradle: { id: 'gradle', timeUnit: 'seconds', duplicates: 'attempts' },
  nextest: { id: 'nextest', timeUnit: 'seconds', duplicates: 'attempts' },
  phpunit: { id: 'phpunit', timeUnit: 'seconds', duplicates: 'distinct' },
};

/** A report whose producer is not recognised: seconds, and repeated testcases are retries. */
export const UNKNOWN_PRODUCER: Omit<Producer, 'id'> = { timeUnit: 'seconds', duplicates: 'attempts' };

export function producerInfo(id: ProducerId): Producer {
  return PRODUCERS[id];
}

/** The marks the reader collects while it reads; small, whatever the report's size. */
export interface Evidence {
  /** `testsuites` or `testsuite`. */
  readonly rootName: string;
  /** The root element's attribute names in document order, and its `name`. */
  readonly rootKeys: readonly string[];
  readonly rootTitle: string | undefined;
  /** The first `<testsuite>` (the root itself when it is one). */
  readonly firstSuiteKeys: readonly string[];
  readonly firstSuiteTitle: string | undefined;
  /** `xsi:noNamespaceSchemaLocation` of the root or the first suite. */
  readonly schemaLocation: string | undefined;
  readonly goVersionProperty: boolean;
  readonly javaProperties: boolean;
  /** A `<testsuite>` or `<testcase>` carries PHPUnit's `assertions` attribute. */
  readonly assertionsAttribute: boolean;
  /** The end of the document, where node's reporter writes its totals as comments. */
  readonly tail: string;
}

/** The producer, or null when no fingerprint matches. First match wins; the order goes from the most specific mark to the least. */
export function detectProducer(e: Evidence): ProducerId | null {
  const schema = e.schemaLocation ?? '';
  if (schema.includes('failsafe-test-report')) return 'failsafe';
  if (schema.includes('surefire-test-report')) return 'surefire';
  if (e.goVersionProperty) return 'go';
  if (e.rootName === 'testsuites' && (e.rootTitle === 'nextest-run' || e.rootKeys.includes('uuid')))
    return 'nextest';
  if (e.firstSuiteTitle === 'pytest') return 'pytest';
  if (e.rootName === 'testsuites' && e.rootTitle === 'jest tests') return 'jest-junit';
  if (e.rootName === 'testsuites' && e.rootTitle === 'vitest tests') return 'vitest';
  if ((e.rootName === 'testsuites' && e.rootTitle === 'Mocha Tests') || e.firstSuiteTitle === 'Root Suite')
    return 'mocha-junit-reporter';
  if (e.rootName === 'testsuites' && sameKeys(e.rootKeys, PLAYWRIGHT_ROOT)) return 'playwright';
  if (e.assertionsAttribute) return 'phpunit';
  if (e.rootName === 'testsuites' && e.rootKeys.length === 0 && NODE_TAIL.test(e.tail)) return 'node-test';
  if (e.rootName === 'testsuite' && sameKeys(e.firstSuiteKeys, GRADLE_SUITE)) return 'gradle';
  // Surefire before 2.20 wrote no schema location, only the JVM's properties.
  if (e.javaProperties) return 'surefire';
  return null;
}

const PLAYWRIGHT_ROOT = ['id', 'name', 'tests', 'failures', 'skipped', 'errors', 'time'];
const GRADLE_SUITE = ['name', 'tests', 'skipped', 'failures', 'errors', 'timestamp', 'hostname', 'time'];
const NODE_TAIL = /<!-- tests \d+ -->\s*<!-- suites \d+ -->/;

function sameKeys(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((k, i) => k === b[i]);
}
