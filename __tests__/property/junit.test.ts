import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isFlaky, parseJunit } from '../../src/formats/tests/junit.js';
import { InputError } from '../../src/model/errors.js';
import type { Outcome } from '../../src/model/tests.js';

// ---------------------------------------------------------------------------------------------
// Arbitrary JUnit-ish documents: the element and attribute names the reader cares about, hostile
// values, comments, CDATA, entities, and random cuts. Whatever comes in, the reader returns a model
// or throws an InputError; when it returns, the model keeps its own rules.

const ELEMENTS = [
  'testsuites',
  'testsuite',
  'testcase',
  'failure',
  'error',
  'skipped',
  'flakyFailure',
  'flakyError',
  'rerunFailure',
  'rerunError',
  'stackTrace',
  'system-out',
  'properties',
  'property',
  'other',
];
const ATTRIBUTES = [
  'name',
  'classname',
  'file',
  'time',
  'status',
  'message',
  'type',
  'tests',
  'skipped',
  'hostname',
  'assertions',
  'value',
];

const value = fc.oneof(
  fc.constantFrom(
    '',
    '__proto__',
    'constructor',
    '::error::x',
    'pytest',
    'jest tests',
    'go.version',
    'java.home',
    '1,234.5',
    '0,5',
    '-1',
    'NaN',
    '1e309',
    'PHPUnit\\Framework\\RiskyTestError',
    'disabled',
  ),
  fc.string({ maxLength: 12 }),
);
const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/"/g, '&quot;');

interface Node {
  readonly name: string;
  readonly attrs: readonly (readonly [string, string])[];
  readonly children: readonly (Node | string)[];
}

const tree: fc.Arbitrary<Node> = fc.letrec<{ node: Node; child: Node | string }>((tie) => ({
  node: fc.record({
    name: fc.constantFrom(...ELEMENTS),
    attrs: fc.array(fc.tuple(fc.constantFrom(...ATTRIBUTES), value), { maxLength: 4 }),
    children: fc.array(tie('child'), { maxLength: 4 }),
  }),
  child: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    fc.string({ maxLength: 10 }).map((s) => escape(s)),
    fc.string({ maxLength: 10 }).map((s) => `<![CDATA[${s.replace(/]]>/g, '')}]]>`),
    fc.constant('<!-- c -->'),
    fc.constantFrom('&lt;', '&#10;', '&#x1F600;', '&bogus;', '&#0;', ']]>'),
    tie('node'),
  ),
})).node;

function write(n: Node): string {
  const attrs = [...new Map(n.attrs)].map(([k, v]) => ` ${k}="${escape(v)}"`).join('');
  if (n.children.length === 0) return `<${n.name}${attrs}/>`;
  return `<${n.name}${attrs}>${n.children.map((c) => (typeof c === 'string' ? c : write(c))).join('')}</${n.name}>`;
}

// Well-formed reports with few distinct names, so that repeats, retries and fix-ups happen often.
const outcomeChild = fc
  .tuple(
    fc.constantFrom(
      'failure',
      'error',
      'skipped',
      'flakyFailure',
      'flakyError',
      'rerunFailure',
      'rerunError',
      'system-out',
    ),
    value,
    fc.string({ maxLength: 20 }),
  )
  .map(
    ([name, message, body]) =>
      `<${name} message="${escape(message)}" time="${escape(message)}">${escape(body)}</${name}>`,
  );
const testcase = fc
  .tuple(
    fc.constantFrom('K', '__proto__', 'pkg'),
    fc.constantFrom('a', 'b', '__proto__', 'T/x', 'T'),
    value,
    fc.array(outcomeChild, { maxLength: 3 }),
  )
  .map(
    ([k, n, t, children]) =>
      `<testcase classname="${k}" name="${n}" time="${escape(t)}">${children.join('')}</testcase>`,
  );
const suiteOf = (inner: fc.Arbitrary<string>) =>
  fc
    .tuple(
      fc.constantFrom(
        '',
        ' name="pytest"',
        ' assertions="1"',
        ' hostname="chromium"',
        ' file="C:\\x\\y.php"',
      ),
      fc.array(fc.oneof(testcase, inner), { maxLength: 6 }),
    )
    .map(([attrs, body]) => `<testsuite${attrs}>${body.join('')}</testsuite>`);
const report = fc
  .tuple(
    fc.constantFrom(
      '',
      ' name="jest tests"',
      ' name="vitest tests"',
      ' name="Mocha Tests" skipped="3"',
      ' id="" name="" tests="1" failures="0" skipped="0" errors="0" time="1"',
      ' name="nextest-run"',
    ),
    fc.array(suiteOf(suiteOf(fc.constant(''))), { maxLength: 3 }),
  )
  .map(([attrs, suites]) => `<testsuites${attrs}>${suites.join('')}</testsuites>`);

const document = fc.oneof(
  { weight: 4, arbitrary: report },
  { weight: 4, arbitrary: tree.map((t) => write({ ...t, name: 'testsuites' })) },
  { weight: 2, arbitrary: tree.map(write) },
  {
    weight: 2,
    arbitrary: fc
      .tuple(
        tree.map((t) => write({ ...t, name: 'testsuite' })),
        fc.nat(),
      )
      .map(([s, cut]) => s.slice(0, cut % (s.length + 1))),
  },
  { weight: 1, arbitrary: fc.string({ maxLength: 200 }) },
);

describe('parseJunit on arbitrary input', () => {
  it('returns a model or throws an InputError, nothing else; a returned model keeps its rules', () => {
    fc.assert(
      fc.property(document, (xml) => {
        let r;
        try {
          r = parseJunit(xml, 'p.xml');
        } catch (e) {
          if (!(e instanceof InputError)) throw e;
          expect(e.location?.file).toBe('p.xml');
          return;
        }
        const ids = new Set(r.cases.map((c) => c.id));
        for (const id of r.flakyIds) expect(ids.has(id)).toBe(true);
        // Flaky: exactly the tests whose attempts show a failure before a final pass.
        expect(r.flakyIds).toEqual(r.cases.filter((c) => c.attempts && isFlaky(c.attempts)).map((c) => c.id));
        for (const c of r.cases) {
          if (c.attempts) {
            expect(c.attempts.length).toBeGreaterThan(1);
            const ran = c.attempts.filter((a) => a.outcome !== 'skipped');
            expect(c.outcome).toBe(ran.length > 0 ? ran[ran.length - 1]!.outcome : 'skipped');
          }
          expect(c.duration === null || (Number.isFinite(c.duration) && c.duration >= 0)).toBe(true);
          if (c.message !== undefined) expect(c.outcome === 'failed' || c.outcome === 'error').toBe(true);
        }
      }),
    );
  });
});

// ---------------------------------------------------------------------------------------------
// One test's runs written the two ways producers write retries must read the same.

const failing = fc.constantFrom<Outcome>('failed', 'error');
const runs = fc.record({
  failures: fc.array(fc.tuple(failing, fc.integer({ min: 0, max: 5000 })), { minLength: 1, maxLength: 5 }),
  final: fc.tuple(fc.constantFrom<Outcome>('passed', 'failed', 'error'), fc.integer({ min: 0, max: 5000 })),
  message: fc.string({ maxLength: 8 }),
});

const element = (o: Outcome) => (o === 'failed' ? 'failure' : 'error');
const retryElement = (kind: 'flaky' | 'rerun', o: Outcome) =>
  `${kind}${o === 'failed' ? 'Failure' : 'Error'}`;
const ms = (n: number) => (n / 1000).toFixed(3);

describe('retries as repeated testcases and as child elements', () => {
  it('give the same attempts, outcome, duration and flaky verdict', () => {
    fc.assert(
      fc.property(runs, ({ failures, final, message }) => {
        const m = escape(message);
        const all = [...failures, final];
        // One <testcase> per run: gotestsum, Gradle's retry plugin.
        const repeats = all
          .map(([o, t], i) =>
            o === 'passed'
              ? `<testcase classname="K" name="t" time="${ms(t)}"/>`
              : `<testcase classname="K" name="t" time="${ms(t)}"><${element(o)} message="${m}${i}"/></testcase>`,
          )
          .join('');
        // Surefire: a final pass carries flaky* elements; a final failure is the first run's own
        // element followed by rerun* elements.
        const [fo, ft] = final;
        const children =
          fo === 'passed'
            ? `<testcase classname="K" name="t" time="${ms(ft)}">${failures
                .map(([o, t], i) => `<${retryElement('flaky', o)} message="${m}${i}" time="${ms(t)}"/>`)
                .join('')}</testcase>`
            : `<testcase classname="K" name="t" time="${ms(failures[0]![1])}"><${element(failures[0]![0])} message="${m}0"/>${[
                ...failures.slice(1),
                final,
              ]
                .map(([o, t], i) => `<${retryElement('rerun', o)} message="${m}${i + 1}" time="${ms(t)}"/>`)
                .join('')}</testcase>`;
        const a = parseJunit(`<testsuite>${repeats}</testsuite>`, 'a.xml');
        const b = parseJunit(`<testsuite>${children}</testsuite>`, 'b.xml');
        expect(a.cases).toEqual(b.cases);
        expect(a.flakyIds).toEqual(b.flakyIds);
        expect(a.cases[0]!.attempts!.map((x) => x.outcome)).toEqual(all.map(([o]) => o));
        expect(a.flakyIds).toEqual(fo === 'passed' ? ['K::t'] : []);
      }),
    );
  });
});
