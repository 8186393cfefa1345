import { describe, expect, it } from 'vitest';
import { isFlaky, MAX_MESSAGE, parseJunit, type JunitOptions } from '../../src/formats/tests/junit.js';
import { detectProducer, type Evidence } from '../../src/formats/tests/producers.js';
import { InputError } from '../../src/model/errors.js';

/**
 * Dialect features and hostile input, on small hand-written reports. The retry element shapes
 * below copy what Surefire 2.22 and Playwright 1.65 write (see the golden fixtures); they are
 * synthetic inputs for the element handling, not stand-ins for the golden reports.
 */

const parse = (xml: string, options?: JunitOptions) => parseJunit(xml, 'j.xml', options);
const suite = (body: string, attrs = '') => `<testsuite${attrs}>${body}</testsuite>`;
const outcomesOf = (c: { outcome: string; attempts?: readonly { outcome: string }[] }) =>
  (c.attempts ?? [c]).map((a) => a.outcome).join(',');

describe('retries as child elements', () => {
  it('flakyFailure ×2 then the pass: three attempts, passed, flaky, no message, times summed', () => {
    const r = parse(
      suite(`<testcase classname="K" name="t" time="0.5">
        <flakyFailure message="first" type="E" time="0.25"><stackTrace>trace 1</stackTrace><system-out>noise</system-out></flakyFailure>
        <flakyFailure message="second" time="0.125"/>
      </testcase>`),
    );
    const [c] = r.cases;
    expect(c).toEqual({
      id: 'K::t',
      name: 't',
      classname: 'K',
      outcome: 'passed',
      duration: 0.875,
      attempts: [
        { outcome: 'failed', duration: 0.25, message: 'first\ntrace 1' },
        { outcome: 'failed', duration: 0.125, message: 'second' },
        { outcome: 'passed', duration: 0.5 },
      ],
    });
    expect(r.flakyIds).toEqual(['K::t']);
    expect(r.fixups).toEqual([
      'unknown producer: 2 retry elements (flakyFailure, flakyError, rerunFailure, rerunError) read as attempts',
    ]);
  });

  it("rerunFailure: the testcase's own <failure> is the first run, whether written before (Surefire) or after (Playwright)", () => {
    const surefire = parse(
      suite(`<testcase classname="K" name="t"><failure message="run 1"/>
        <rerunFailure message="run 2"><stackTrace>at x</stackTrace></rerunFailure><rerunFailure message="run 3"/></testcase>`),
    );
    const playwright = parse(
      suite(`<testcase classname="K" name="t"><rerunFailure message="run 2"><stackTrace>at x</stackTrace></rerunFailure>
        <rerunFailure message="run 3"/><failure message="run 1"/></testcase>`),
    );
    for (const r of [surefire, playwright]) {
      const c = r.cases[0]!;
      expect(c.attempts!.map((a) => a.message)).toEqual(['run 1', 'run 2\nat x', 'run 3']);
      expect([c.outcome, c.message]).toEqual(['failed', 'run 3']);
      expect(r.flakyIds).toEqual([]);
    }
  });

  it('flakyError and rerunError keep the error outcome; a failure after flaky retries is not flaky', () => {
    const r = parse(
      suite(`<testcase name="a"><flakyError message="boom"/></testcase>
        <testcase name="b"><error message="e1"/><rerunError message="e2"/><rerunFailure message="f3"/></testcase>
        <testcase name="c"><flakyFailure/><failure message="still"/></testcase>`),
    );
    expect(r.cases.map((c) => [c.name, outcomesOf(c), c.outcome])).toEqual([
      ['a', 'error,passed', 'passed'],
      ['b', 'error,error,failed', 'failed'],
      ['c', 'failed,failed', 'failed'],
    ]);
    expect(r.flakyIds).toEqual(['::a']);
  });

  it('the kept text of a retry is capped like any failure message', () => {
    const r = parse(
      suite(
        `<testcase name="t"><flakyFailure message="m"><stackTrace><![CDATA[${'y'.repeat(50_000)}]]></stackTrace></flakyFailure></testcase>`,
      ),
    );
    expect(r.cases[0]!.attempts![0]!.message).toBe(`m\n${'y'.repeat(MAX_MESSAGE - 2)}`);
  });
});

describe('retries as repeated testcases', () => {
  it('an unknown producer: each repeat is an attempt, in report order, at the first one’s place', () => {
    const r = parse(
      suite(`<testcase classname="K" name="a" time="1"><failure message="x"/></testcase>
        <testcase classname="K" name="b" time="1"/>
        <testcase classname="K" name="a" time="2"/>
        <testcase classname="K" name="a" time="3"><skipped/></testcase>`),
    );
    expect(r.cases.map((c) => [c.id, outcomesOf(c), c.outcome, c.duration])).toEqual([
      ['K::a', 'failed,passed,skipped', 'passed', 6],
      ['K::b', 'passed', 'passed', 1],
    ]);
    expect(r.flakyIds).toEqual(['K::a']);
    expect(r.fixups).toEqual([
      'unknown producer: 2 repeated testcases (same file, classname and name) read as retries: each is an attempt of one test',
    ]);
  });

  it('the same retries as repeats or as child elements give the same attempts', () => {
    const asRepeats = parse(
      suite(`<testcase classname="K" name="t" time="1"><failure message="1"/></testcase>
        <testcase classname="K" name="t" time="2"><error message="2"/></testcase>
        <testcase classname="K" name="t" time="3"/>`),
    );
    const asChildren = parse(
      suite(
        `<testcase classname="K" name="t" time="3"><flakyFailure message="1" time="1"/><flakyError message="2" time="2"/></testcase>`,
      ),
    );
    expect(asRepeats.cases).toEqual(asChildren.cases);
    expect(asRepeats.flakyIds).toEqual(asChildren.flakyIds);
  });

  it('pytest: a teardown written as a second testcase is the same run; the worse outcome wins', () => {
    const r = parse(
      `<testsuites>${suite(
        `<testcase classname="m" name="t" time="0.5"><failure message="assert 1 == 2"/></testcase>
         <testcase classname="m" name="t" time="0.25"><error message="teardown"/></testcase>
         <testcase classname="m" name="u"/><testcase classname="m" name="u"><error message="teardown u"/></testcase>`,
        ' name="pytest"',
      )}</testsuites>`,
    );
    expect(r.producer).toBe('pytest');
    expect(r.cases).toEqual([
      { id: 'm::t', name: 't', classname: 'm', outcome: 'error', duration: 0.75, message: 'assert 1 == 2' },
      { id: 'm::u', name: 'u', classname: 'm', outcome: 'error', duration: null, message: 'teardown u' },
    ]);
    expect(r.fixups).toContain(
      "pytest: 2 repeated testcases (a teardown or setup written apart from its call) merged into the test's run; an error outranks a failure",
    );
  });

  it('jest-junit: a repeated title is another test, counted apart, with a warning', () => {
    const r = parse(
      `<testsuites name="jest tests">${suite('<testcase classname="a" name="a"/><testcase classname="a" name="a"><failure/></testcase>', ' name="s" tests="2"')}</testsuites>`,
    );
    expect(r.cases.map((c) => [c.id, c.outcome])).toEqual([
      ['a::a', 'passed'],
      ['a::a', 'failed'],
    ]);
    expect(r.warnings).toContain(
      'jest-junit: 1 testcase shares file, classname and name with an earlier one; jest-junit never repeats a test for a retry, so each is counted as a test of its own',
    );
  });
});

describe('isFlaky', () => {
  const a = (...o: ('passed' | 'failed' | 'error' | 'skipped')[]) =>
    o.map((outcome) => ({ outcome, duration: null }));
  it('a failure or error before a final pass; skips are no evidence', () => {
    expect(isFlaky(a('failed', 'passed'))).toBe(true);
    expect(isFlaky(a('error', 'skipped', 'passed', 'skipped'))).toBe(true);
    expect(isFlaky(a('passed', 'failed'))).toBe(false);
    expect(isFlaky(a('skipped', 'passed'))).toBe(false);
    expect(isFlaky(a('passed'))).toBe(false);
    expect(isFlaky(a('failed', 'skipped'))).toBe(false);
    expect(isFlaky([])).toBe(false);
  });
});

describe('producer fingerprints', () => {
  const producer = (xml: string) => parse(xml).producer;
  it('each producer by its own mark', () => {
    expect(producer('<testsuites><testsuite name="pytest"/></testsuites>')).toBe('pytest');
    expect(producer('<testsuite name="pytest"/>')).toBe('pytest');
    expect(producer('<testsuites name="jest tests"/>')).toBe('jest-junit');
    expect(producer('<testsuites name="vitest tests"/>')).toBe('vitest');
    expect(producer('<testsuites name="Mocha Tests"/>')).toBe('mocha-junit-reporter');
    expect(producer('<testsuites name="custom"><testsuite name="Root Suite"/></testsuites>')).toBe(
      'mocha-junit-reporter',
    );
    expect(
      producer('<testsuites id="" name="" tests="0" failures="0" skipped="0" errors="0" time="0"/>'),
    ).toBe('playwright');
    expect(
      producer(
        '<testsuites><testsuite name="p"><properties><property name="go.version" value="go1.22"/></properties></testsuite></testsuites>',
      ),
    ).toBe('go');
    const xsi = (kind: string) =>
      `<testsuite xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:noNamespaceSchemaLocation="https://maven.apache.org/surefire/maven-${kind}-plugin/xsd/${kind}-test-report-3.0.xsd" name="K"/>`;
    expect(producer(xsi('surefire'))).toBe('surefire');
    expect(producer(xsi('failsafe'))).toBe('failsafe');
    expect(
      producer(
        '<testsuite name="K"><properties><property name="java.version" value="17"/></properties></testsuite>',
      ),
    ).toBe('surefire');
    expect(producer('<testsuites name="nextest-run" tests="1"/>')).toBe('nextest');
    expect(producer('<testsuites name="my-run" uuid="1b4f"/>')).toBe('nextest');
    expect(producer('<testsuites><testsuite name="" assertions="3"/></testsuites>')).toBe('phpunit');
    expect(
      producer(
        '<testsuite name="K" tests="1" skipped="0" failures="0" errors="0" timestamp="t" hostname="h" time="1"><properties/></testsuite>',
      ),
    ).toBe('gradle');
    expect(producer('<testsuites>\n<!-- tests 1 -->\n<!-- suites 0 -->\n</testsuites>')).toBe('node-test');
  });

  it('no mark, no producer; near misses are not taken', () => {
    expect(producer('<testsuites><testsuite name="K"/></testsuites>')).toBeNull();
    // Gradle's attribute order, but another one's order is not Gradle.
    expect(
      producer(
        '<testsuite name="K" tests="1" failures="0" skipped="0" errors="0" timestamp="t" hostname="h" time="1"/>',
      ),
    ).toBeNull();
    // A testcase property named go.version is a test's own, not the toolchain's.
    expect(
      producer(
        '<testsuite><testcase name="t"><properties><property name="go.version"/></properties></testcase></testsuite>',
      ),
    ).toBeNull();
    expect(producer('<testsuites name="pytest"/>')).toBeNull();
    // node's comments must be where node writes them: in a tiny root with no attributes.
    expect(producer('<testsuites name="x"><!-- tests 1 --><!-- suites 0 --></testsuites>')).toBeNull();
  });

  it('the most specific mark wins', () => {
    const e: Evidence = {
      rootName: 'testsuites',
      rootKeys: ['name'],
      rootTitle: 'jest tests',
      firstSuiteKeys: [],
      firstSuiteTitle: 'pytest',
      schemaLocation: undefined,
      goVersionProperty: true,
      javaProperties: true,
      assertionsAttribute: true,
      tail: '',
    };
    expect(detectProducer(e)).toBe('go');
    expect(detectProducer({ ...e, goVersionProperty: false })).toBe('pytest');
  });
});

describe('producer fix-ups and warnings', () => {
  it('PHPUnit: a risky test (RiskyTestError) is passed; another producer’s error of that type stays an error', () => {
    const body = `<testcase name="r" class="K" classname="K" assertions="0"><error type="PHPUnit\\Framework\\RiskyTestError">K::r
This test did not perform any assertions</error></testcase>`;
    const php = parse(`<testsuites>${suite(body, ' name="" assertions="0"')}</testsuites>`);
    expect(php.producer).toBe('phpunit');
    expect(php.cases[0]).toMatchObject({ outcome: 'passed' });
    expect(php.cases[0]!.message).toBeUndefined();
    const other = parse(
      `<testsuites>${suite('<testcase name="r"><error type="PHPUnit\\Framework\\RiskyTestError"/></testcase>')}</testsuites>`,
    );
    expect(other.cases[0]!.outcome).toBe('error');
  });

  it('Playwright: the project (hostname) goes before the name, so two projects are two tests', () => {
    const root = '<testsuites id="" name="" tests="2" failures="0" skipped="0" errors="0" time="1">';
    const r = parse(
      `${root}<testsuite name="a.spec.ts" hostname="chromium"><testcase name="t" classname="a.spec.ts"/></testsuite>` +
        `<testsuite name="a.spec.ts" hostname="firefox"><testcase name="[firefox] t" classname="a.spec.ts"/></testsuite>` +
        `<testsuite name="a.spec.ts" hostname=""><testcase name="t" classname="a.spec.ts"/></testsuite></testsuites>`,
    );
    expect(r.cases.map((c) => c.id)).toEqual([
      'a.spec.ts::[chromium] t',
      'a.spec.ts::[firefox] t',
      'a.spec.ts::t',
    ]);
    expect(r.fixups).toContain(
      "playwright: the project (the suite's hostname) is put before 1 test name, as includeProjectInTestName does, so one test in two projects is two tests",
    );
    expect(r.warnings).toHaveLength(1);
  });

  it('go: a parent failed through a subtest at any depth is named', () => {
    const r = parse(
      `<testsuites><testsuite name="pkg"><properties><property name="go.version" value="go1.22"/></properties>
        <testcase classname="pkg" name="TestA/b/c"><failure message="Failed"/></testcase>
        <testcase classname="pkg" name="TestA/b"><failure message="Failed"/></testcase>
        <testcase classname="pkg" name="TestA"><failure message="Failed"/></testcase>
        <testcase classname="pkg" name="TestB/x"/><testcase classname="pkg" name="TestB"><failure message="Failed"/></testcase>
      </testsuite></testsuites>`,
    );
    expect(r.fixups).toEqual([
      'go: 2 parent tests failed because a subtest failed (TestA/b, TestA); go reports the parent and the subtest, and both are counted',
    ]);
    expect(r.cases.filter((c) => c.outcome === 'failed')).toHaveLength(4);
  });

  it('jest-junit todo, mocha pending and nextest skips are warned with their counts', () => {
    expect(
      parse(
        `<testsuites name="jest tests">${suite('<testcase name="a"/><testcase name="b"/><testcase name="c"/>', ' name="s" tests="1"')}</testsuites>`,
      ).warnings[1],
    ).toBe(
      'jest-junit: suite "s" lists 3 testcases but declares tests="1": jest-junit writes a todo test as a testcase with no outcome, so 2 todo tests read as passed',
    );
    expect(
      parse('<testsuites name="Mocha Tests" skipped="1"><testsuite name="Root Suite"/></testsuites>')
        .warnings[1],
    ).toBe(
      'mocha-junit-reporter: the root declares skipped="1" but lists 0 skipped testcases: pending tests are left out unless includePending is set, so 1 skipped test is not counted',
    );
    expect(parse('<testsuites name="nextest-run"/>').warnings).toEqual([
      'nextest leaves skipped tests out of its JUnit report: none is counted as skipped',
    ]);
  });
});

describe('times', () => {
  it('commas are fixed and reported; milliseconds only when told', () => {
    const xml = suite(
      '<testcase name="a" time="1,234.5"/><testcase name="b" time="0,5"/><testcase name="c" time="250"/>',
    );
    const r = parse(xml);
    expect(r.cases.map((c) => c.duration)).toEqual([1234.5, 0.5, 250]);
    expect(r.fixups).toEqual(['unknown producer: 2 times written with a comma read as seconds']);
    const ms = parse(xml, { timeUnit: 'milliseconds' });
    expect(ms.cases.map((c) => c.duration)).toEqual([1.2345, 0.0005, 0.25]);
    expect(ms.fixups).toContain('unknown producer: times are milliseconds; divided by 1000');
  });

  it('sums of attempts carry no binary noise', () => {
    const r = parse(suite('<testcase name="t" time="0.007"><flakyFailure time="0.006"/></testcase>'));
    expect(r.cases[0]!.duration).toBe(0.013);
  });
});

describe('status attributes, nesting and files', () => {
  it('status="disabled|skipped|notrun" (and gtest result="suppressed") are skips; a failure still outranks them', () => {
    const r = parse(
      suite(
        '<testcase name="a" status="disabled"/><testcase name="b" status="notrun"/><testcase name="c" result="suppressed"/><testcase name="d" status="run"/><testcase name="g" status="run" result="skipped"/><testcase name="e" status="skipped"><failure/></testcase>',
      ),
    );
    expect(r.cases.map((c) => c.outcome)).toEqual([
      'skipped',
      'skipped',
      'skipped',
      'passed',
      'skipped',
      'failed',
    ]);
  });

  it('suites nested 50 deep are read; file comes from the nearest suite naming one; root makes it relative', () => {
    const open = Array.from(
      { length: 50 },
      (_, i) => `<testsuite name="s${i}"${i === 3 ? ' file="/ws/repo/t/a.php"' : ''}>`,
    ).join('');
    const r = parse(
      `<testsuites>${open}<testcase classname="K" name="deep"/>${'</testsuite>'.repeat(50)}</testsuites>`,
      {
        root: '/ws/repo/',
      },
    );
    expect(r.cases).toEqual([
      {
        id: 't/a.php::K::deep',
        name: 'deep',
        classname: 'K',
        file: 't/a.php',
        outcome: 'passed',
        duration: null,
      },
    ]);
  });

  it('Windows paths: separators normalized before the root is taken off; a file outside the root is kept whole', () => {
    const r = parse(
      suite(
        '<testcase name="t" file="D:\\a\\r\\r\\tests\\x.py"/><testcase name="u" file="/elsewhere/y.py"/>',
      ),
      {
        root: 'D:\\a\\r\\r',
      },
    );
    expect(r.cases.map((c) => c.id)).toEqual(['tests/x.py::::t', '/elsewhere/y.py::::u']);
  });
});

describe('hostile input', () => {
  it('names with ::error::, newlines, control characters, markdown, HTML and prototype keys are data', () => {
    const r = parse(
      suite(`<testcase classname="__proto__" name="::error file=x::pwned&#10;line 2 \u0001 **b** &lt;img src=x&gt;"/>
        <testcase classname="constructor" name="hasOwnProperty"/>
        <testcase classname="__proto__" name="::error file=x::pwned&#10;line 2 \u0001 **b** &lt;img src=x&gt;"><failure message="again"/></testcase>
        <testcase classname="toString" name="__proto__"/>`),
    );
    expect(r.cases.map((c) => [c.id, c.name, outcomesOf(c)])).toEqual([
      [
        '__proto__::::error file=x::pwned line 2 \u0001 **b** <img src=x>',
        '::error file=x::pwned\nline 2 \u0001 **b** <img src=x>',
        'passed,failed',
      ],
      ['constructor::hasOwnProperty', 'hasOwnProperty', 'passed'],
      ['toString::__proto__', '__proto__', 'passed'],
    ]);
    for (const c of r.cases) expect(Object.getPrototypeOf(c)).toBe(Object.prototype);
    expect(({} as Record<string, unknown>)['pwned']).toBeUndefined();
  });

  it('megabytes of system-out, in the suite and in a case, are skipped; the failure keeps its capped start', () => {
    const big = 'z'.repeat(3_000_000);
    const r = parse(
      suite(`<system-out><![CDATA[${big}]]></system-out>
        <testcase name="t"><system-out>${big}</system-out><failure message="boom"><![CDATA[${big}]]></failure><system-err>${big}</system-err></testcase>`),
    );
    expect(r.cases[0]!.message).toBe(`boom\n${'z'.repeat(MAX_MESSAGE - 5)}`);
    expect(r.cases[0]!.message!.length).toBe(MAX_MESSAGE);
  });

  it('a testcase inside a testcase, another root, and truncation are InputErrors naming the file', () => {
    for (const xml of [
      '<testsuite><testcase name="a"><testsuite><testcase name="b"/></testsuite></testcase></testsuite>',
      '<testcase name="a"/>',
      '<testsuites><testsuite><testcase name="a"><failure message="x">',
      '<testsuites><testsuite><testcase name="a" time="1"/></testsuite></testsuites><extra/>',
    ]) {
      let thrown: unknown;
      try {
        parse(xml);
      } catch (e) {
        thrown = e;
      }
      expect(thrown, xml).toBeInstanceOf(InputError);
      expect((thrown as InputError).location?.file).toBe('j.xml');
    }
  });
});
